"""Every export loads back (with geoextract, networkx or pandas) with the same graph."""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import pytest

from geoextract import read_graph, write_graph
from geoextract.errors import GeoExtractValueError
from geoextract.graph import (
    build_graph,
    collapse,
    csv_paths,
    from_dataframes,
    infer_format,
    meetings,
    to_dataframes,
)

FORMATS = ["graphml", "gexf", "json", "csv"]


def edge_table(graph):
    """Edges with attributes, comparable across graphs whatever the endpoint order."""
    rows = []
    edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)
    for edge in edges:
        u, v, data = edge[0], edge[1], edge[-1]
        if not graph.is_directed():
            u, v = sorted((u, v))
        key = edge[2] if graph.is_multigraph() else None
        rows.append((u, v, key, json.dumps(data, sort_keys=True)))
    return sorted(rows)


def assert_same_graph(read, original):
    assert read.is_directed() == original.is_directed()
    assert read.is_multigraph() == original.is_multigraph()
    assert dict(read.nodes(data=True)) == dict(original.nodes(data=True))
    assert edge_table(read) == edge_table(original)


@pytest.fixture(params=[False, True], ids=["undirected", "directed"])
def graph(request, corpus):
    return build_graph(corpus, directed=request.param, roles=True, affiliations=True, isolates=True)


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_round_trip_keeps_nodes_edges_keys_and_attributes(graph, fmt, tmp_path):
    written = write_graph(graph, tmp_path / f"corpus.{fmt}")
    read = read_graph(written[0])
    assert read.number_of_nodes() == graph.number_of_nodes()
    assert read.number_of_edges() == graph.number_of_edges()
    assert_same_graph(read, graph)
    assert meetings(read) == meetings(graph)


@pytest.mark.parametrize("fmt", FORMATS)
def test_collapsed_graph_round_trip(corpus, fmt, tmp_path):
    simple = collapse(build_graph(corpus))
    read = read_graph(write_graph(simple, tmp_path / f"simple.{fmt}")[0])
    assert_same_graph(read, simple)
    assert read.edges["Q6279", "Q15031"]["weight"] == 2


def test_graphml_loads_with_plain_networkx(graph, tmp_path):
    (path,) = write_graph(graph, tmp_path / "g.graphml")
    plain = nx.read_graphml(path, force_multigraph=True)
    assert plain.number_of_nodes() == graph.number_of_nodes()
    assert plain.number_of_edges() == graph.number_of_edges()
    assert json.loads(plain.nodes["Q6279"]["documents"]) == ["a1", "a2", "a3", "a4"]
    assert plain.graph["schema"] == "geoextract.graph.v1"


def test_gexf_shows_names_as_labels_in_gephi(graph, tmp_path):
    (path,) = write_graph(graph, tmp_path / "g.gexf")
    plain = nx.read_gexf(path)
    assert plain.number_of_nodes() == graph.number_of_nodes()
    assert plain.number_of_edges() == graph.number_of_edges()
    assert plain.nodes["Q6279"]["label"] == "Joe Biden"
    assert plain.nodes["Q6279"]["entity_label"] == "PERSON"


def test_node_link_json_loads_with_plain_networkx(graph, tmp_path):
    (path,) = write_graph(graph, tmp_path / "g.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    plain = nx.node_link_graph(data, edges="edges")
    assert plain.number_of_edges() == graph.number_of_edges()
    assert data["graph"]["meetings"] == 6


def test_csv_writes_a_node_list_and_an_edge_list_that_pandas_loads(graph, tmp_path):
    nodes_path, edges_path = write_graph(graph, tmp_path / "g.csv")
    assert (nodes_path.name, edges_path.name) == ("g.nodes.csv", "g.edges.csv")
    nodes = pd.read_csv(nodes_path)
    edges = pd.read_csv(edges_path)
    assert len(nodes) == graph.number_of_nodes()
    assert len(edges) == graph.number_of_edges()
    assert list(edges.columns[:3]) == ["source", "target", "key"]
    biden = nodes.set_index("id").loc["Q6279"]
    assert json.loads(biden["documents"]) == ["a1", "a2", "a3", "a4"]
    assert biden["mentions"] == 5


def test_csv_reads_from_either_file_of_the_pair(graph, tmp_path):
    write_graph(graph, tmp_path / "g.csv")
    for name in ("g.csv", "g.nodes.csv", "g.edges.csv"):
        assert read_graph(tmp_path / name).number_of_edges() == graph.number_of_edges()


def test_dataframes_round_trip(graph):
    nodes, edges = to_dataframes(graph)
    assert len(nodes) == graph.number_of_nodes()
    assert len(edges) == graph.number_of_edges()
    assert edges.loc[edges["key"] == "m3", "documents"].iloc[0] == ["a1", "a2", "a3"]
    assert_same_graph(from_dataframes(nodes, edges), graph)


def test_dataframes_of_an_empty_graph():
    nodes, edges = to_dataframes(build_graph([]))
    assert len(nodes) == 0 and len(edges) == 0
    assert from_dataframes(nodes, edges).number_of_nodes() == 0


def test_format_is_inferred_from_the_suffix_or_given():
    assert infer_format("x.GraphML") == "graphml"
    assert infer_format("x.out", "GEXF") == "gexf"
    assert [p.name for p in csv_paths("dir/x")] == ["x.nodes.csv", "x.edges.csv"]


def test_unknown_format_and_suffix_are_coded_errors(graph, tmp_path):
    with pytest.raises(GeoExtractValueError, match=r"E401.*'dot'"):
        write_graph(graph, tmp_path / "g.dot", format="dot")
    with pytest.raises(GeoExtractValueError, match=r"E406.*g\.dot"):
        write_graph(graph, tmp_path / "g.dot")


def test_missing_half_of_a_csv_graph_is_a_coded_error(graph, tmp_path):
    _, edges_path = write_graph(graph, tmp_path / "g.csv")
    edges_path.unlink()
    with pytest.raises(GeoExtractValueError, match=r"E408.*g\.edges\.csv"):
        read_graph(tmp_path / "g.csv")


def test_unreadable_file_is_a_coded_error(tmp_path):
    path = tmp_path / "broken.graphml"
    path.write_text("<graphml><graph", encoding="utf-8")
    with pytest.raises(GeoExtractValueError, match=r"E410.*graphml"):
        read_graph(path)


def test_graphml_written_by_plain_networkx_reads_as_is(tmp_path):
    plain = nx.MultiGraph()
    plain.add_node("a", colour="red")
    plain.add_edge("a", "b", key="x", weight=2.5)
    path = tmp_path / "plain.graphml"
    nx.write_graphml(plain, path)
    read = read_graph(path)
    assert read.nodes["a"] == {"colour": "red"}
    assert read.edges["a", "b", "x"] == {"weight": 2}


def test_broken_json_graph_is_a_coded_error(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"nodes": [', encoding="utf-8")
    with pytest.raises(GeoExtractValueError, match=r"E410.*json"):
        read_graph(path)


def test_missing_output_folders_are_created(graph, tmp_path):
    (path,) = write_graph(graph, tmp_path / "new" / "dir" / "g.graphml")
    assert path.exists()


def test_unwritable_output_is_a_coded_error(graph, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(GeoExtractValueError, match=r"E413"):
        write_graph(graph, blocker / "g.graphml")
