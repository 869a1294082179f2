"""Static drawing and the shared layout: deterministic, components apart, readable."""

from __future__ import annotations

import sys

import matplotlib
import networkx as nx
import pytest
from display_helpers import article_document

import geoextract
from geoextract.display import draw_graph, pair_graph, spring_positions
from geoextract.errors import MissingDependencyError

matplotlib.use("Agg")

import matplotlib.pyplot as plt


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_draw_graph_draws_every_actor_with_its_name_and_a_legend():
    graph = geoextract.build_graph([article_document()], isolates=True)
    ax = draw_graph(graph, title="Article")
    texts = {t.get_text() for t in ax.texts}
    assert {"Antony Blinken", "Wang Yi", "NATO", "Beijing"} <= texts
    offsets = ax.collections[-1].get_offsets()
    assert len(offsets) == graph.number_of_nodes()
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == sorted({d["label"] for _, d in graph.nodes(data=True)})
    assert ax.get_title() == "Article"


def test_draw_graph_draws_on_the_given_axes_and_without_labels():
    _fig, ax = plt.subplots()
    graph = geoextract.build_graph([article_document()])
    assert draw_graph(graph, ax=ax, labels=False) is ax
    assert not ax.texts


def test_draw_graph_handles_an_empty_graph_and_a_meeting_graph_wrapper():
    assert draw_graph(nx.MultiGraph()).get_legend() is None
    ax = draw_graph(geoextract.MeetingGraph(geoextract.build_graph([article_document()])))
    assert ax.texts


def test_layout_is_deterministic_and_keeps_components_apart():
    graph = nx.union(nx.complete_graph(6), nx.relabel_nodes(nx.path_graph(3), lambda n: f"p{n}"))
    graph.add_node("alone")
    first = spring_positions(graph, seed=3)
    assert first == spring_positions(graph, seed=3)
    boxes = []
    for component in nx.connected_components(graph):
        xs = [first[n][0] for n in component]
        ys = [first[n][1] for n in component]
        boxes.append((min(xs), max(xs), min(ys), max(ys)))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2]
            assert apart, (a, b)


def test_layout_gives_every_component_the_same_edge_length():
    graph = nx.union(nx.complete_graph(12), nx.relabel_nodes(nx.path_graph(2), lambda n: f"p{n}"))
    pos = spring_positions(graph)
    pair = abs(complex(*pos["p0"]) - complex(*pos["p1"]))
    clique = sorted(
        abs(complex(*pos[u]) - complex(*pos[v])) for u, v in nx.complete_graph(12).edges
    )
    assert 0.5 < pair / clique[len(clique) // 2] < 2.0


def test_large_component_without_scipy_names_the_package(monkeypatch):
    monkeypatch.setitem(sys.modules, "scipy", None)
    with pytest.raises(MissingDependencyError, match=r"E601.*scipy"):
        spring_positions(nx.path_graph(500))


def test_pair_graph_counts_meetings_and_marks_role_only_pairs():
    graph = nx.MultiGraph()
    graph.add_edge("a", "b", key="m0", type="meet", status="occurred")
    graph.add_edge("a", "b", key="m1", type="meet", status="planned")
    graph.add_edge("a", "o", key="h0", type="holds")
    graph.add_edge("c", "d", key="m2", type="meet", status="cancelled")
    pairs = pair_graph(graph)
    assert pairs.edges["a", "b"]["weight"] == 2 and pairs.edges["a", "b"]["held"] is True
    assert pairs.edges["a", "o"]["structural"] is True
    assert pairs.edges["c", "d"]["held"] is False
