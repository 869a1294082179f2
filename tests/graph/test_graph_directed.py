"""Directed graphs: a visit points from the visitor to the host; other pairs both ways."""

from __future__ import annotations

import networkx as nx

from geoextract.graph import build_graph, collapse, counterparts, meetings


def test_visit_with_host_points_from_visitor_to_host(corpus):
    graph = build_graph(corpus, directed=True)
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.has_edge("Q4773967", "Q148")
    assert not graph.has_edge("Q148", "Q4773967")
    (edge,) = graph.get_edge_data("Q4773967", "Q148").values()
    assert edge["direction"] == "visit"
    assert edge["host"] == "Q148"
    assert edge["mode"] == "visit"


def test_meeting_without_host_goes_both_ways(corpus):
    graph = build_graph(corpus, directed=True)
    forth = graph.get_edge_data("Q4773967", "Q24840")
    back = graph.get_edge_data("Q24840", "Q4773967")
    assert forth.keys() == back.keys()
    assert next(iter(forth.values()))["direction"] == "mutual"


def test_several_visitors_each_point_to_the_host_and_to_each_other_both_ways(make):
    doc = make.document(
        "d1",
        "2024-03-01",
        [
            make.entity("e0", "Visitor One"),
            make.entity("e1", "Visitor Two"),
            make.entity("e2", "Hostland", "GPE", country="HST"),
        ],
        [make.relation(["e0", "e1", "e2"], mode="visit", host="e2")],
    )
    graph = build_graph([doc], directed=True)
    host = "name:Hostland|HST"
    assert sorted((u, v) for u, v in graph.edges()) == sorted(
        [
            ("name:Visitor One", host),
            ("name:Visitor Two", host),
            ("name:Visitor One", "name:Visitor Two"),
            ("name:Visitor Two", "name:Visitor One"),
        ]
    )


def test_directed_and_undirected_graphs_hold_the_same_meetings(corpus):
    directed = meetings(build_graph(corpus, directed=True))
    undirected = meetings(build_graph(corpus))
    assert [(m["meeting"], m["participants"]) for m in directed] == [
        (m["meeting"], m["participants"]) for m in undirected
    ]


def test_counterparts_count_visits_in_either_direction(corpus):
    graph = build_graph(corpus, directed=True)
    ranked = dict(counterparts(graph, "China"))
    assert ranked == {"Q4773967": 1}


def test_collapse_of_a_directed_graph_is_a_digraph(corpus):
    simple = collapse(build_graph(corpus, directed=True))
    assert isinstance(simple, nx.DiGraph)
    assert simple.has_edge("Q4773967", "Q148") and not simple.has_edge("Q148", "Q4773967")
    assert simple.edges["Q24840", "Q4773967"]["weight"] == 1
