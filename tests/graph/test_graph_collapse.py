"""collapse(): one weighted edge per pair, counting distinct meetings."""

from __future__ import annotations

import networkx as nx

from geoextract import collapse
from geoextract.graph import build_graph


def test_collapse_counts_distinct_meetings_per_pair(corpus):
    simple = collapse(build_graph(corpus))
    assert isinstance(simple, nx.Graph) and not simple.is_multigraph()
    edge = simple.edges["Q6279", "Q15031"]
    assert edge["weight"] == 2
    assert edge["first_date"] == "2024-11-16"
    assert edge["last_date"] == "2025-03-01"
    assert edge["topics"] == ["trade", "Trade and Taiwan", "fentanyl"]
    assert edge["modes"] == ["meet", "phone"]
    assert edge["statuses"] == ["occurred"]
    assert edge["n_documents"] == 4
    assert len(edge["meetings"]) == 2


def test_collapse_counts_a_multilateral_meeting_once_per_pair(corpus):
    simple = collapse(build_graph(corpus))
    assert simple.edges["Q15983", "Q540143"]["weight"] == 1
    assert simple.number_of_edges() == 10


def test_collapse_keeps_node_attributes_and_counts_meetings_per_node(corpus):
    simple = collapse(build_graph(corpus))
    assert simple.nodes["Q6279"]["name"] == "Joe Biden"
    assert simple.nodes["Q6279"]["n_meetings"] == 2
    assert simple.nodes["Q4773967"]["n_meetings"] == 3


def test_collapse_leaves_role_edges_out_unless_asked(corpus):
    graph = build_graph(corpus, roles=True)
    assert "office:Foreign Minister|DEU" not in collapse(graph)
    with_roles = collapse(graph, types=("meet", "holds"))
    assert with_roles.edges["Q15983", "office:Foreign Minister|DEU"]["type"] == "holds"
    assert with_roles.edges["Q15983", "office:Foreign Minister|DEU"]["weight"] == 1


def test_collapse_keeps_isolated_actors(corpus):
    assert "Q7184" in collapse(build_graph(corpus, isolates=True))
