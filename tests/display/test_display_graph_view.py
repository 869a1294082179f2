"""The offline interactive graph view: inlined vis-network, safe JSON, iframe display."""

from __future__ import annotations

import json
import re
import sys

import networkx as nx
import pytest
from display_helpers import article_document

import geoextract
from geoextract.display import GraphView, graph_html, graph_view, vis_data
from geoextract.errors import GeoExtractTypeError, GeoExtractValueError
from geoextract.results import Document, Entity, Mention, Relation

#: The ids the article fixture uses, so its actors merge with these documents' ones.
KB_IDS = {"Antony Blinken": "Q7821917", "Wang Yi": "gx:person:wang-yi"}


def _meeting_doc(
    doc_id: str,
    names: list[str],
    *,
    host: int | None = None,
    status: str = "occurred",
    topic: str | None = "trade",
    date: str = "2024-05-01",
) -> Document:
    entities = [
        Entity(
            id=f"e{i}",
            name=n,
            label="PERSON",
            kb_id=KB_IDS.get(n, f"Q{100 + sum(map(ord, n))}"),
            mentions=[Mention(start=0, end=1, text="x")],
        )
        for i, n in enumerate(names)
    ]
    relation = Relation(
        mode="visit" if host is not None else "meet",
        participants=[e.id for e in entities],
        host=None if host is None else f"e{host}",
        status=status,
        topic=topic,
        date=date,
        evidence=Mention(start=0, end=1, text="x"),
        confidence=0.9,
    )
    return Document(id=doc_id, date=date, text="x", entities=entities, relations=[relation])


def _node_and_edge_json(page: str) -> tuple[list[dict], list[dict]]:
    found = re.findall(r"new vis\.DataSet\((.*?)\);\n", page)
    assert len(found) == 2
    return json.loads(found[0]), json.loads(found[1])


@pytest.fixture
def graph() -> nx.MultiGraph:
    docs = [
        _meeting_doc("a", ["Antony Blinken", "Wang Yi"]),
        _meeting_doc("b", ["Antony Blinken", "Wang Yi"], date="2024-06-01", topic="fentanyl"),
        _meeting_doc("c", ["Xi Jinping", "Joe Biden"], status="planned"),
        article_document(),
    ]
    return geoextract.build_graph(docs)


def test_graph_page_inlines_vis_network_and_fetches_nothing(graph: nx.MultiGraph):
    page = graph_html(graph)
    assert "vis-network" in page[:20000] and "new vis.Network(" in page
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)
    assert "cdn" not in page.lower().replace("cdn_resources", "")
    assert len(page) > 400_000  # the library itself, not a reference to it


def test_parallel_meetings_become_one_wider_edge_with_a_tooltip_listing_them(graph: nx.MultiGraph):
    nodes, edges = _node_and_edge_json(graph_html(graph))
    names = {n["id"]: n["label"] for n in nodes}
    pair = next(
        e for e in edges if {names[e["from"]], names[e["to"]]} == {"Antony Blinken", "Wang Yi"}
    )
    assert pair["label"] == "3" and pair["width"] > 2
    assert (
        "3 meetings" in pair["title"]
        and "fentanyl" in pair["title"]
        and "2024-06-01" in pair["title"]
    )
    planned = next(
        e for e in edges if {names[e["from"]], names[e["to"]]} == {"Xi Jinping", "Joe Biden"}
    )
    assert planned["dashes"] == [6, 6]


def test_spring_layout_positions_are_fixed_and_physics_is_off(graph: nx.MultiGraph):
    page = graph_html(graph)
    nodes, _ = _node_and_edge_json(page)
    assert all("x" in n and "y" in n for n in nodes)
    assert '"enabled": false, "solver"' in page
    assert graph_html(graph) == page  # the same picture every time
    physics_nodes, _ = _node_and_edge_json(graph_html(graph, layout="physics"))
    assert not any("x" in n for n in physics_nodes)


def test_text_from_the_graph_cannot_break_out_of_the_script():
    evil = "</script><script>alert(1)</script>"
    docs = [_meeting_doc("d", [evil, "Normal Name"], topic="<b>&</b>")]
    page = graph_html(geoextract.build_graph(docs), title="<title>")
    assert evil not in page and "alert(1)</script>" not in page
    assert "\\u003c/script\\u003e" in page
    assert "<title>&lt;title&gt;</title>" in page
    nodes, edges = _node_and_edge_json(page)
    assert evil in [n["label"] for n in nodes] or any(evil[:31] in n["label"] for n in nodes)
    assert "<b>&</b>" in edges[0]["title"]  # plain text for vis-network's tooltip, not HTML


def test_directed_visits_point_from_visitor_to_host():
    graph = geoextract.build_graph(
        [_meeting_doc("v", ["Olaf Scholz", "Xi Jinping"], host=1)], directed=True
    )
    nodes, edges = vis_data(graph)
    names = {n["id"]: n["label"] for n in nodes}
    (edge,) = edges
    assert edge["arrows"] == "to"
    assert (names[edge["from"]], names[edge["to"]]) == ("Olaf Scholz", "Xi Jinping")


def test_role_edges_are_dashed_and_offices_are_boxes():
    graph = geoextract.build_graph([article_document()], roles=True)
    nodes, edges = vis_data(graph)
    assert any(n["shape"] == "box" and n["label"] == "Secretary of State (USA)" for n in nodes)
    holds = [e for e in edges if e["title"].splitlines()[1] == "holds"]
    assert holds and all(e["dashes"] is True for e in holds)


def test_collapsed_graph_uses_its_weights():
    graph = geoextract.build_graph(
        [_meeting_doc(str(i), ["A Person", "B Person"], date=f"2024-0{i}-01") for i in range(1, 4)]
    )
    _, (edge,) = vis_data(geoextract.collapse(graph))
    assert edge["label"] == "3" and "2024-01-01 to 2024-03-01" in edge["title"]


def test_view_displays_in_an_iframe_and_saves_a_standalone_page(graph: nx.MultiGraph, tmp_path):
    view = graph_view(graph, height="500px")
    shown = view._repr_html_()
    assert shown.startswith("<iframe") and "height: 500px" in shown
    assert "<script" not in shown  # the page is an escaped srcdoc attribute
    assert 'sandbox="allow-scripts"' in shown
    path = view.save(tmp_path / "graph.html")
    assert path.read_text(encoding="utf-8") == view.html


def test_view_accepts_a_meeting_graph_wrapper(graph: nx.MultiGraph):
    assert graph_html(geoextract.MeetingGraph(graph)) == graph_html(graph)


def test_empty_graph_says_so():
    page = graph_html(nx.MultiGraph())
    assert "The graph is empty." in page


def test_bad_inputs_get_coded_errors():
    with pytest.raises(GeoExtractTypeError, match="E604"):
        graph_view([1, 2])
    with pytest.raises(GeoExtractValueError, match="E606"):
        GraphView("<html></html>", height="tall")
    with pytest.raises(GeoExtractValueError, match="E607"):
        graph_html(nx.MultiGraph(), layout="circle")  # type: ignore[arg-type]


def test_a_component_too_large_to_lay_out_without_scipy_is_laid_out_in_the_browser(monkeypatch):
    monkeypatch.setitem(sys.modules, "scipy", None)
    page = graph_html(nx.path_graph(500))
    nodes, _ = _node_and_edge_json(page)
    assert not any("x" in n for n in nodes)
    assert '"enabled": true, "solver"' in page
