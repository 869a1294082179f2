"""Meeting graph → vis-network records: nodes, one edge per pair of actors, tooltips, layout.

Kept apart from the page (:mod:`geoextract.display.network`) so the records can be tested,
reused by other front ends, and so that :func:`draw_graph` shares the same pair weights and
layout.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any

import networkx as nx

from .common import label_color

_MAX_TOOLTIP_LINES = 12
STRUCTURAL = frozenset({"holds", "member_of"})
_NOT_HELD = frozenset({"planned", "cancelled", "denied"})
#: Pixels per unit of :func:`~geoextract.display.layout.spring_positions`: neighbours end
#: up ~160 px apart, room for their names at full zoom.
_PIXELS_PER_UNIT = 100.0


def node_name(node: Any, attrs: dict[str, Any]) -> str:
    """The name to write on a node; an office also names its state or organisation.

    Example:
        >>> node_name("office:President|USA", {"type": "office", "name": "President", "country": "USA"})
        'President (USA)'
    """
    name = str(attrs.get("name") or node)
    if attrs.get("type") == "office":
        owner = attrs.get("country") or attrs.get("org_name")
        if owner:
            return f"{name} ({owner})"
    return name


def pair_graph(graph: nx.Graph) -> nx.Graph:
    """One undirected edge per pair of nodes, ``weight`` = its number of distinct meetings.

    A pair joined only by ``holds``/``member_of`` edges gets weight 1 and
    ``structural=True``; ``held`` is False when every meeting of the pair was only
    planned, cancelled or denied. Node attributes are kept.

    Example:
        >>> g = nx.MultiGraph()
        >>> _ = g.add_edge("A", "B", key="m0", type="meet")
        >>> _ = g.add_edge("B", "A", key="m1", type="meet")
        >>> pair_graph(g).edges["A", "B"]["weight"]
        2
    """
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    meetings: dict[tuple[Any, Any], set[Any]] = {}
    held: dict[tuple[Any, Any], bool] = {}
    for u, v, key, data in _edges(graph):
        pair = (u, v) if str(u) <= str(v) else (v, u)
        bucket = meetings.setdefault(pair, set())
        if str(data.get("type") or "meet") in STRUCTURAL:
            continue
        # A collapsed graph has no keys but a weight: count it as that many meetings.
        weight = int(data.get("weight") or 1)
        bucket.update({key} if key is not None else {(pair, i) for i in range(weight)})
        statuses = _list(data.get("statuses")) or [data.get("status")]
        held[pair] = held.get(pair, False) or any(s not in _NOT_HELD for s in statuses)
    for pair, bucket in meetings.items():
        simple.add_edge(
            *pair, weight=max(1, len(bucket)), structural=not bucket, held=held.get(pair, False)
        )
    return simple


def vis_data(
    graph: nx.Graph, *, positions: dict[Any, tuple[float, float]] | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Turn a meeting graph into vis-network node and edge records (plain JSON-able dicts).

    Args:
        graph: The meeting graph (multigraph, collapsed graph or directed variant).
        positions: Node positions in layout units (from
            :func:`~geoextract.display.layout.spring_positions`); when given, each node
            record gets pixel ``x``/``y`` coordinates.

    Example:
        >>> g = nx.MultiGraph()
        >>> _ = g.add_node("Q1", name="Joe Biden", label="PERSON")
        >>> _ = g.add_node("Q2", name="Xi Jinping", label="PERSON")
        >>> _ = g.add_edge("Q1", "Q2", key="m0", type="meet", date="2023-11-15", mode="meet")
        >>> nodes, edges = vis_data(g)
        >>> [n["label"] for n in nodes], edges[0]["width"]
        (['Joe Biden', 'Xi Jinping'], 2.0)
    """
    nodes = [_vis_node(graph, node, attrs) for node, attrs in graph.nodes(data=True)]
    if positions is not None:
        for record, node in zip(nodes, graph.nodes, strict=True):
            x, y = positions.get(node, (0.0, 0.0))
            # vis-network's y axis points down; flip it so the picture matches draw_graph.
            record.update(x=round(x * _PIXELS_PER_UNIT, 1), y=round(-y * _PIXELS_PER_UNIT, 1))
    groups: dict[tuple[str, str], list[tuple[str, str, Any, dict[str, Any]]]] = {}
    for u, v, key, data in _edges(graph):
        pair = (str(u), str(v)) if str(u) <= str(v) else (str(v), str(u))
        groups.setdefault(pair, []).append((str(u), str(v), key, data))
    edges = [_vis_edge(graph, pair, group) for pair, group in groups.items()]
    return nodes, edges


def _edges(graph: nx.Graph) -> Iterable[tuple[Any, Any, Any, dict[str, Any]]]:
    if graph.is_multigraph():
        yield from graph.edges(keys=True, data=True)
    else:
        for u, v, data in graph.edges(data=True):
            yield u, v, None, data


def _vis_node(graph: nx.Graph, node: Any, attrs: dict[str, Any]) -> dict[str, Any]:
    name = node_name(node, attrs)
    label = str(attrs.get("label") or "")
    color = label_color(label)
    lines = [name, " · ".join(p for p in (label, attrs.get("kind"), attrs.get("country")) if p)]
    if attrs.get("kb_id"):
        lines.append(f"KB id: {attrs['kb_id']}")
    for role in _list(attrs.get("roles"))[:4]:
        if isinstance(role, dict) and role.get("title"):
            owner = role.get("country") or role.get("org_name") or ""
            lines.append(f"{role.get('qualifier') or ''} {role['title']} {owner}".strip())
    degree = graph.degree(node)
    lines.append(f"{degree} connection{'s' if degree != 1 else ''}")
    if attrs.get("n_documents"):
        lines.append(f"in {attrs['n_documents']} document(s)")
    return {
        "id": str(node),
        "label": name if len(name) <= 32 else name[:31] + "…",
        "title": "\n".join(line for line in lines if line),
        "value": 1 + degree,
        "shape": "box" if attrs.get("type") == "office" else "dot",
        "color": {
            "background": color,
            "border": "#57606a",
            "highlight": {"background": color, "border": "#0b4fb3"},
            "hover": {"background": color, "border": "#0b4fb3"},
        },
    }


def _vis_edge(
    graph: nx.Graph, pair: tuple[str, str], group: list[tuple[str, str, Any, dict[str, Any]]]
) -> dict[str, Any]:
    meetings: dict[Any, tuple[str, str, dict[str, Any]]] = {}
    for u, v, key, data in group:
        meetings.setdefault(key if key is not None else (u, v), (u, v, data))
    kinds = {str(data.get("type") or "meet") for _, _, data in meetings.values()}
    structural = kinds <= STRUCTURAL
    count = sum(
        int(data.get("weight") or 1)
        for _, _, data in meetings.values()
        if structural or str(data.get("type") or "meet") not in STRUCTURAL
    )
    lines = [f"{_name(graph, pair[0])} — {_name(graph, pair[1])}"]
    if structural:
        lines.append(" / ".join(sorted(kinds)))
    else:
        lines.append(f"{count} meeting{'s' if count != 1 else ''}")
    described = [_describe(graph, u, v, data) for u, v, data in meetings.values()]
    lines.extend(described[:_MAX_TOOLTIP_LINES])
    if len(described) > _MAX_TOOLTIP_LINES:
        lines.append(f"… and {len(described) - _MAX_TOOLTIP_LINES} more")
    edge: dict[str, Any] = {
        "from": pair[0],
        "to": pair[1],
        "title": "\n".join(lines),
        "width": round(min(10.0, 2.0 + 2.0 * math.log2(count)), 2),
    }
    if count > 1:
        edge["label"] = str(count)
    if structural:
        edge.update(dashes=True, width=1.5, color={"color": "#b6bcc4"})
        if graph.is_directed():
            edge["from"], edge["to"] = group[0][0], group[0][1]
            edge["arrows"] = "to"
        return edge
    if all(data.get("status") in _NOT_HELD for *_, data in meetings.values()):
        edge["dashes"] = [6, 6]
    visits = {(u, v) for u, v, data in meetings.values() if data.get("direction") == "visit"}
    if graph.is_directed() and len(visits) == 1:
        edge["from"], edge["to"] = next(iter(visits))
        edge["arrows"] = "to"
    return edge


def _describe(graph: nx.Graph, u: str, v: str, data: dict[str, Any]) -> str:
    kind = data.get("type") or "meet"
    if kind in STRUCTURAL:
        title = data.get("title") or ", ".join(map(str, _list(data.get("titles"))))
        return f"{kind}: {title}".rstrip(": ")
    if data.get("weight") is not None and data.get("meetings") is not None:
        span = " to ".join(
            dict.fromkeys(d for d in (data.get("first_date"), data.get("last_date")) if d)
        )
        topics = ", ".join(map(str, _list(data.get("topics"))[:3]))
        return " · ".join(p for p in (span, topics) if p)
    parts = [
        data.get("date") or data.get("first_reported") or "undated",
        data.get("mode"),
        data.get("status"),
        data.get("topic"),
        f"in {data['place']}" if data.get("place") else None,
    ]
    if data.get("direction") == "visit":
        parts.append(f"visit: {_name(graph, u)} → {_name(graph, v)}")
    sources = _list(data.get("documents"))
    if sources:
        shown = ", ".join(map(str, sources[:3])) + (" …" if len(sources) > 3 else "")
        parts.append(f"sources: {shown}")
    return " · ".join(str(p) for p in parts if p)


def _name(graph: nx.Graph, node: str) -> str:
    return node_name(node, graph.nodes[node]) if node in graph else node


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str):
        try:
            loaded = json.loads(value)
        except ValueError:
            return [value]
        return loaded if isinstance(loaded, list) else [loaded]
    return list(value) if isinstance(value, list | tuple) else [value]
