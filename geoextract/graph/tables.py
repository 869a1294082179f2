"""Graphs as tables: a CSV node list plus edge list, and pandas DataFrames."""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..errors import Errors, GeoExtractValueError, MissingDependencyError
from .schema import ACTOR_FIELDS, MEET_FIELDS
from .serialize import csv_value, restore_edge, restore_node

if TYPE_CHECKING:
    import pandas as pd

_EDGE_ENDS = ("source", "target", "key")


def csv_paths(path: str | Path) -> tuple[Path, Path]:
    """Return the node list and edge list paths of a CSV graph named ``X.csv`` or ``X``.

    Example:
        >>> [p.name for p in csv_paths("out/corpus.csv")]
        ['corpus.nodes.csv', 'corpus.edges.csv']
    """
    path = Path(path)
    name = path.name
    for suffix in (".nodes.csv", ".edges.csv", ".csv"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return path.with_name(f"{name}.nodes.csv"), path.with_name(f"{name}.edges.csv")


def write_csv(graph: nx.Graph, path: str | Path) -> list[Path]:
    """Write ``X.nodes.csv`` (column ``id`` + attributes) and ``X.edges.csv`` (``source``,
    ``target``, ``key`` for multigraphs + attributes). Lists are JSON, None is empty."""
    nodes_path, edges_path = csv_paths(path)
    node_rows = [{"id": n, **d} for n, d in graph.nodes(data=True)]
    _write_rows(nodes_path, node_rows, ["id"], ACTOR_FIELDS)
    if graph.is_multigraph():
        edge_rows = [
            {"source": u, "target": v, "key": k, **d}
            for u, v, k, d in graph.edges(keys=True, data=True)
        ]
    else:
        edge_rows = [{"source": u, "target": v, **d} for u, v, d in graph.edges(data=True)]
    ends = list(_EDGE_ENDS if graph.is_multigraph() else _EDGE_ENDS[:2])
    _write_rows(edges_path, edge_rows, ends, MEET_FIELDS)
    return [nodes_path, edges_path]


def read_csv(path: str | Path, *, directed: bool | None = None) -> nx.Graph:
    """Read a CSV node list and edge list written by :func:`write_csv`.

    Args:
        path: ``X.csv``, ``X.nodes.csv`` or ``X.edges.csv``.
        directed: Default: directed when the edge list has a non-empty ``direction``.

    Raises:
        GeoExtractValueError: one of the two files is missing (E408).
    """
    nodes_path, edges_path = csv_paths(path)
    for part in (nodes_path, edges_path):
        if not part.exists():
            raise GeoExtractValueError(Errors.E408.format(path=part))
    with nodes_path.open(encoding="utf-8", newline="") as f:
        nodes = [_non_empty(row) for row in csv.DictReader(f)]
    with edges_path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        multigraph = "key" in (reader.fieldnames or [])
        edges = [_non_empty(row) for row in reader]
    return _assemble(nodes, edges, directed=directed, multigraph=multigraph)


def to_dataframes(graph: nx.Graph) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return the nodes and the edges of a graph as two pandas DataFrames.

    The node frame has a column ``id``; the edge frame ``source``, ``target`` and, for a
    meeting multigraph, ``key`` (the meeting id). List attributes stay Python lists.

    Raises:
        MissingDependencyError: pandas is not installed.

    Example:
        >>> g = nx.MultiGraph()
        >>> _ = g.add_edge("A", "B", key="m0", type="meet", date="2024-05-01")
        >>> nodes, edges = to_dataframes(g)
        >>> edges[["source", "target", "key", "date"]].values.tolist()
        [['A', 'B', 'm0', '2024-05-01']]
    """
    pd = _pandas()
    nodes = pd.DataFrame([{"id": n, **d} for n, d in graph.nodes(data=True)])
    if graph.is_multigraph():
        rows = [
            {"source": u, "target": v, "key": k, **d}
            for u, v, k, d in graph.edges(keys=True, data=True)
        ]
    else:
        rows = [{"source": u, "target": v, **d} for u, v, d in graph.edges(data=True)]
    if not len(nodes):
        nodes = pd.DataFrame(columns=["id"])
    edges = pd.DataFrame(rows) if rows else pd.DataFrame(columns=list(_EDGE_ENDS))
    return nodes, edges


def from_dataframes(
    nodes: pd.DataFrame, edges: pd.DataFrame, *, directed: bool | None = None
) -> nx.Graph:
    """Rebuild a graph from :func:`to_dataframes` output (or frames shaped like it).

    Args:
        nodes: Frame with a column ``id`` and attribute columns.
        edges: Frame with ``source``, ``target``, optional ``key``, and attribute columns.
        directed: Default: directed when a ``direction`` column has values.

    Returns:
        A MultiGraph/MultiDiGraph when ``edges`` has a ``key`` column, else a Graph/DiGraph.
    """
    node_rows = [_present(row) for row in nodes.to_dict("records")]
    edge_rows = [_present(row) for row in edges.to_dict("records")]
    return _assemble(node_rows, edge_rows, directed=directed, multigraph="key" in edges.columns)


def _assemble(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    *,
    directed: bool | None,
    multigraph: bool,
) -> nx.Graph:
    if directed is None:
        directed = any(row.get("direction") for row in edges)
    cls = {
        (True, True): nx.MultiDiGraph,
        (True, False): nx.MultiGraph,
        (False, True): nx.DiGraph,
        (False, False): nx.Graph,
    }[(multigraph, directed)]
    graph: nx.Graph = cls()
    for row in nodes:
        node = row.pop("id")
        graph.add_node(node, **restore_node(row))
    for row in edges:
        u, v = row.pop("source"), row.pop("target")
        key = row.pop("key", None)
        attrs = restore_edge(row)
        if multigraph:
            graph.add_edge(u, v, key=key, **attrs)
        else:
            graph.add_edge(u, v, **attrs)
    return graph


def _write_rows(
    path: Path, rows: list[dict[str, Any]], ends: list[str], preferred: tuple[str, ...]
) -> None:
    """Write rows: the id columns, the schema's columns, then any others as they appear."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    columns = [*ends, *(c for c in preferred if c in seen and c not in ends)]
    columns += [c for c in seen if c not in columns]
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({c: csv_value(row.get(c)) for c in columns})


def _non_empty(row: dict[str, str]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if v != "" and v is not None}


def _present(row: dict[Any, Any]) -> dict[str, Any]:
    """Drop the cells pandas filled in for attributes an element does not have."""
    return {
        str(k): v
        for k, v in row.items()
        if v is not None
        and not (isinstance(v, float) and math.isnan(v))
        and type(v).__name__ != "NAType"
    }


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError as e:
        raise MissingDependencyError(
            Errors.E411.format(feature="Graph DataFrames", extra="geoextract[pandas]")
        ) from e
    return pd
