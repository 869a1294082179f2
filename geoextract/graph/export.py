"""Write and read meeting graphs: GraphML, GEXF (Gephi), node-link JSON and CSV.

Every format loads back with :func:`read_graph` into a graph with the same nodes, edges,
edge keys (meeting ids) and attributes. Lists and dicts are JSON strings inside GraphML,
GEXF and CSV (see :mod:`geoextract.graph.serialize`); JSON keeps them as they are.
In GEXF the node ``label`` is the actor's name (what Gephi shows) and the spaCy label is
stored as ``entity_label``; the edge ``type`` is stored as ``edge_type`` because GEXF
reserves ``type`` for the edge direction, and the edge key as ``edge_key``.
:func:`read_graph` undoes these renames.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import networkx as nx

from ..errors import Errors, GeoExtractValueError
from .serialize import flatten, restore_edge, restore_node
from .tables import read_csv, write_csv

FORMATS = ("graphml", "gexf", "json", "csv")
_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".csv": "csv"}


def infer_format(path: str | Path, format: str | None = None) -> str:
    """Return the export format named by ``format``, else by the file suffix.

    Raises:
        GeoExtractValueError: the format is unknown (E401) or the suffix tells none (E406).

    Example:
        >>> infer_format("corpus.gexf")
        'gexf'
    """
    if format is not None:
        fmt = format.lower().lstrip(".")
        if fmt not in FORMATS:
            raise GeoExtractValueError(Errors.E401.format(fmt=format, known=", ".join(FORMATS)))
        return fmt
    fmt_from_suffix = _SUFFIXES.get(Path(path).suffix.lower())
    if fmt_from_suffix is None:
        raise GeoExtractValueError(Errors.E406.format(path=path, known=", ".join(FORMATS)))
    return fmt_from_suffix


def write_graph(graph: nx.Graph, path: str | Path, *, format: str | None = None) -> list[Path]:
    """Write a graph as GraphML, GEXF, node-link JSON or a CSV node list plus edge list.

    Args:
        graph: A meeting graph or a collapsed graph.
        path: Output file. For CSV, ``X.csv`` (or ``X``) writes ``X.nodes.csv`` and
            ``X.edges.csv``.
        format: ``"graphml"``, ``"gexf"``, ``"json"`` or ``"csv"``; default: from the suffix.

    Returns:
        The files written.

    Raises:
        GeoExtractValueError: unknown format, a suffix that names none, or the file cannot
            be written (E413). Missing parent folders are created.

    Example:
        >>> g = nx.MultiGraph()
        >>> _ = g.add_edge("A", "B", key="m0", type="meet", documents=["a1"])
        >>> import tempfile, os
        >>> out = os.path.join(tempfile.mkdtemp(), "g.graphml")
        >>> [p.name for p in write_graph(g, out)]
        ['g.graphml']
    """
    fmt = infer_format(path, format)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "csv":
            return write_csv(graph, path)
        if fmt == "json":
            with path.open("w", encoding="utf-8") as f:
                json.dump(to_node_link(graph), f, ensure_ascii=False, default=str)
        elif fmt == "graphml":
            nx.write_graphml(_flat_copy(graph), path)
        else:
            nx.write_gexf(_gexf_copy(graph), path)
    except OSError as e:
        raise GeoExtractValueError(Errors.E413.format(path=path, err=e)) from e
    return [path]


def read_graph(
    path: str | Path, *, format: str | None = None, directed: bool | None = None
) -> nx.Graph:
    """Read a graph written by :func:`write_graph` (or by Gephi, yEd, networkx...).

    Args:
        path: The file; for CSV, ``X.csv``, ``X.nodes.csv`` or ``X.edges.csv``.
        format: Default: from the suffix.
        directed: CSV only: whether the edges are directed. Default: directed when the
            edge list has a ``direction`` column (as directed meeting graphs do).

    Returns:
        A MultiGraph/MultiDiGraph for a meeting graph, a Graph/DiGraph for a collapsed one.

    Raises:
        GeoExtractValueError: unknown format, or the file cannot be parsed (E410).
    """
    fmt = infer_format(path, format)
    path = Path(path)
    if fmt == "csv":
        return read_csv(path, directed=directed)
    try:
        if fmt == "json":
            with path.open(encoding="utf-8") as f:
                return from_node_link(json.load(f))
        if fmt == "graphml":
            raw = nx.read_graphml(path, edge_key_type=str, force_multigraph=True)
            multigraph = bool(raw.graph.pop("multigraph", True))
            return _rebuild(raw, multigraph=multigraph)
        raw = nx.read_gexf(path)
    except (OSError, ValueError, KeyError, TypeError, ParseError, nx.NetworkXError) as e:
        raise GeoExtractValueError(Errors.E410.format(path=path, fmt=fmt, msg=e)) from e
    return _rebuild_gexf(raw)


def to_node_link(graph: nx.Graph) -> dict[str, Any]:
    """Return the node-link dict of a graph (``nodes``, ``edges``, ``graph``), JSON-able.

    Example:
        >>> g = nx.MultiGraph()
        >>> _ = g.add_edge("A", "B", key="m0", type="meet")
        >>> to_node_link(g)["edges"]
        [{'type': 'meet', 'source': 'A', 'target': 'B', 'key': 'm0'}]
    """
    data: dict[str, Any] = nx.node_link_data(graph, edges="edges")
    return data


def from_node_link(data: dict[str, Any]) -> nx.Graph:
    """Rebuild a graph from :func:`to_node_link` output, with missing schema fields as None."""
    raw = nx.node_link_graph(
        data,
        directed=bool(data.get("directed", False)),
        multigraph=bool(data.get("multigraph", True)),
        edges="edges",
    )
    return _rebuild(raw, multigraph=raw.is_multigraph())


def _flat_copy(graph: nx.Graph) -> nx.Graph:
    flat = graph.__class__()
    flat.graph.update(flatten(graph.graph))
    flat.graph["multigraph"] = graph.is_multigraph()
    flat.add_nodes_from((n, flatten(d)) for n, d in graph.nodes(data=True))
    if graph.is_multigraph():
        flat.add_edges_from(
            (u, v, k, flatten(d)) for u, v, k, d in graph.edges(keys=True, data=True)
        )
    else:
        flat.add_edges_from((u, v, flatten(d)) for u, v, d in graph.edges(data=True))
    return flat


def _gexf_copy(graph: nx.Graph) -> nx.Graph:
    flat = _flat_copy(graph)
    for node, data in flat.nodes(data=True):
        if "label" in data:
            data["entity_label"] = data.pop("label")
        data["label"] = str(data.get("name") or node)
    if flat.is_multigraph():
        # networkx drops edge keys when a GEXF file has no parallel edges: keep them apart.
        for *_, key, data in flat.edges(keys=True, data=True):
            data["edge_key"] = str(key)
    for *_, data in flat.edges(data=True):
        if "type" in data:
            data["edge_type"] = data.pop("type")
    del flat.graph["multigraph"]
    return flat


def _rebuild(raw: nx.Graph, *, multigraph: bool) -> nx.Graph:
    """Copy a freshly read graph into the right class, restoring attribute values."""
    cls = {
        (True, True): nx.MultiDiGraph,
        (True, False): nx.MultiGraph,
        (False, True): nx.DiGraph,
        (False, False): nx.Graph,
    }[(multigraph, raw.is_directed())]
    graph: nx.Graph = cls()
    graph.graph.update(raw.graph)
    for node, data in raw.nodes(data=True):
        graph.add_node(node, **restore_node(dict(data)))
    edges = raw.edges(keys=True, data=True) if raw.is_multigraph() else raw.edges(data=True)
    for edge in edges:
        u, v, data = edge[0], edge[1], edge[-1]
        attrs = restore_edge(dict(data))
        if multigraph:
            key = edge[2] if raw.is_multigraph() else None
            graph.add_edge(u, v, key=key, **attrs)
        else:
            graph.add_edge(u, v, **attrs)
    return graph


def _rebuild_gexf(raw: nx.Graph) -> nx.Graph:
    """Undo the GEXF renames; edge keys come back from the ``edge_key`` attribute."""
    edges = raw.edges(keys=True, data=True) if raw.is_multigraph() else raw.edges(data=True)
    items = [(e[0], e[1], dict(e[-1])) for e in edges]
    multigraph = any("edge_key" in data for *_, data in items) or raw.is_multigraph()
    fixed = nx.MultiDiGraph() if raw.is_directed() else nx.MultiGraph()
    for node, data in raw.nodes(data=True):
        data = dict(data)
        if "entity_label" in data:
            # geoextract wrote the name as the GEXF label; the spaCy label sits aside.
            data["label"] = data.pop("entity_label")
        fixed.add_node(node, **data)
    for u, v, data in items:
        data.pop("id", None)
        key = data.pop("edge_key", None)
        if "edge_type" in data:
            data["type"] = data.pop("edge_type")
        fixed.add_edge(u, v, key=key, **data)
    return _rebuild(fixed, multigraph=multigraph)
