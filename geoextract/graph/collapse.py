"""Collapse a meeting multigraph into a weighted simple graph for analysis."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from typing import Any

import networkx as nx

from .schema import MEET
from .text import fold


def collapse(graph: nx.MultiGraph, *, types: Collection[str] = (MEET,)) -> nx.Graph:
    """Merge the parallel edges of each pair of nodes into one weighted edge.

    Args:
        graph: A graph from :func:`~geoextract.graph.build_graph` (or one read back).
        types: Edge types to keep (``"meet"``, ``"holds"``, ``"member_of"``).

    Returns:
        A ``networkx.Graph`` (a ``DiGraph`` for a directed input, where a mutual meeting
        counts in both directions). Each edge has ``weight`` (number of distinct meetings,
        i.e. distinct edge keys), ``meetings`` (their ids), ``first_date`` and
        ``last_date`` (ISO), ``topics`` (most reported first), ``modes`` and ``statuses``
        (sorted), ``n_documents`` (distinct source documents). Nodes keep their attributes
        and gain ``n_meetings``; nodes left without a kept edge are dropped, except those
        that had no edge in the input.

    Example:
        >>> g = nx.MultiGraph()
        >>> g.add_edge("A", "B", key="m0", type="meet", date="2024-01-02", documents=["d1"])
        'm0'
        >>> g.add_edge("A", "B", key="m1", type="meet", date="2024-03-04", documents=["d2"])
        'm1'
        >>> simple = collapse(g)
        >>> simple.edges["A", "B"]["weight"], simple.edges["A", "B"]["last_date"]
        (2, '2024-03-04')
    """
    wanted = set(types)
    pairs: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
    directed = graph.is_directed()
    for u, v, key, data in graph.edges(keys=True, data=True):
        if data.get("type", MEET) not in wanted:
            continue
        pair = (u, v) if directed or str(u) <= str(v) else (v, u)
        pairs.setdefault(pair, []).append((key, data))
    simple: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    simple.graph.update(graph.graph)
    simple.graph["collapsed"] = True
    meetings_of: dict[str, set[str]] = {}
    for (u, v), edges in pairs.items():
        simple.add_edge(u, v, **_pair_attributes(edges))
        for key, _ in edges:
            meetings_of.setdefault(u, set()).add(key)
            meetings_of.setdefault(v, set()).add(key)
    for node, attrs in graph.nodes(data=True):
        if node in simple or graph.degree(node) == 0:
            simple.add_node(node, **attrs, n_meetings=len(meetings_of.get(node, ())))
    return simple


def _pair_attributes(edges: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    keys: dict[str, None] = {}
    dates: list[str] = []
    topics: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    modes: set[str] = set()
    statuses: set[str] = set()
    documents: set[str] = set()
    types: set[str] = set()
    for key, data in edges:
        if key in keys:
            continue
        keys[key] = None
        types.add(data.get("type", MEET))
        if data.get("date"):
            dates.append(data["date"])
        for topic in data.get("topics") or ([data["topic"]] if data.get("topic") else []):
            folded = fold(topic)
            topics[folded] += 1
            spelling.setdefault(folded, topic)
        if data.get("mode"):
            modes.add(data["mode"])
        if data.get("status"):
            statuses.add(data["status"])
        documents.update(data.get("documents") or ())
    return {
        "type": MEET if types == {MEET} else "+".join(sorted(types)),
        "weight": len(keys),
        "meetings": list(keys),
        "first_date": min(dates) if dates else None,
        "last_date": max(dates) if dates else None,
        "topics": [spelling[t] for t, _ in topics.most_common()],
        "modes": sorted(modes),
        "statuses": sorted(statuses),
        "n_documents": len(documents),
    }
