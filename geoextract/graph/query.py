"""Questions to a meeting graph: who met whom, when, about what, from which countries.

Every query returns reassembled meetings: one dict per meeting (not per edge), with the
meeting id under ``"meeting"``, the node keys under ``"participants"`` and the other edge
attributes (mode, topic, place, date, status, documents, provenance...). Meetings come
sorted by day, then id. A meeting's day is its date, else the publication date of its first
report (``first_reported``); with ``since``/``until`` meetings with neither are left out.
Queries need the multigraph of :func:`~geoextract.graph.build_graph` (one edge per meeting),
not the output of :func:`~geoextract.graph.collapse`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from ..errors import Errors, GeoExtractTypeError, GeoExtractValueError
from .schema import ACTOR, MEET
from .text import DateLike, as_date, fold, tokens

MeetingRecord = dict[str, Any]
_EDGE_ONLY = ("type", "direction")


def meetings(
    graph: nx.MultiGraph, *, since: DateLike = None, until: DateLike = None
) -> list[MeetingRecord]:
    """Return every meeting of the graph, reassembled from its pairwise edges.

    Args:
        graph: A graph from :func:`~geoextract.graph.build_graph` or one read back.
        since: Keep meetings on or after this day (``date`` or ISO string).
        until: Keep meetings on or before this day.

    Returns:
        One dict per meeting, sorted by day.

    Raises:
        GeoExtractTypeError: the graph is not a multigraph (e.g. a collapsed graph, E412).

    Example:
        >>> g = nx.MultiGraph()
        >>> for u, v in [("A", "B"), ("A", "C"), ("B", "C")]:
        ...     _ = g.add_edge(u, v, key="m0", type="meet", date="2024-05-01")
        >>> [(m["meeting"], m["participants"]) for m in meetings(g)]
        [('m0', ['A', 'B', 'C'])]
    """
    _check_multigraph(graph)
    return _finish(_assemble(graph.edges(keys=True, data=True)), since, until)


def resolve_actor(graph: nx.MultiGraph, actor: str) -> list[str]:
    """Find the nodes an actor reference means: a node key, a kb_id, or a name.

    Names match case- and accent-insensitively and may match several nodes (the same name
    in two countries); all are returned.

    Raises:
        GeoExtractValueError: nothing matches (E407).

    Example:
        >>> g = nx.MultiGraph()
        >>> g.add_node("Q6279", name="Joe Biden", kb_id="Q6279", type="actor")
        >>> resolve_actor(g, "joe biden")
        ['Q6279']
    """
    if actor in graph:
        return [actor]
    by_id = [n for n, d in graph.nodes(data=True) if d.get("kb_id") == actor]
    if by_id:
        return by_id
    wanted = fold(actor)
    by_name = [
        n
        for n, d in graph.nodes(data=True)
        if d.get("type", ACTOR) == ACTOR and d.get("name") and fold(d["name"]) == wanted
    ]
    if not by_name:
        raise GeoExtractValueError(Errors.E407.format(actor=actor))
    return by_name


def meetings_of(
    graph: nx.MultiGraph, actor: str, *, since: DateLike = None, until: DateLike = None
) -> list[MeetingRecord]:
    """Return the meetings an actor took part in, optionally between two days.

    Args:
        graph: The meeting graph.
        actor: Node key, kb_id (``"Q6279"``) or canonical name (``"Joe Biden"``).
        since: First day to keep (inclusive).
        until: Last day to keep (inclusive).

    Returns:
        The actor's meetings, sorted by day.

    Raises:
        GeoExtractValueError: no node matches ``actor``.
        GeoExtractTypeError: the graph is not a multigraph (E412).

    Example:
        >>> g = nx.MultiGraph()
        >>> _ = g.add_edge("A", "B", key="m0", type="meet", date="2024-05-01")
        >>> _ = g.add_edge("B", "C", key="m1", type="meet", date="2024-06-01")
        >>> [m["meeting"] for m in meetings_of(g, "B", since="2024-05-15")]
        ['m1']
    """
    _check_multigraph(graph)
    nodes = resolve_actor(graph, actor)
    return _finish(_assemble(_incident_edges(graph, nodes)), since, until)


def meetings_about(
    graph: nx.MultiGraph,
    topic: str,
    *,
    evidence: bool = False,
    since: DateLike = None,
    until: DateLike = None,
) -> list[MeetingRecord]:
    """Return the meetings whose topic contains every word of ``topic``.

    Words match case- and accent-insensitively, against every topic that any report of
    the meeting gave.

    Args:
        graph: The meeting graph.
        topic: One or more words, e.g. ``"Ukraine"`` or ``"support ukraine"``.
        evidence: Also match the evidence sentences.
        since: First day to keep (inclusive).
        until: Last day to keep (inclusive).

    Returns:
        The matching meetings, sorted by day.

    Example:
        >>> g = nx.MultiGraph()
        >>> _ = g.add_edge("A", "B", key="m0", type="meet", topic="Support for Ukraine",
        ...                topics=["Support for Ukraine"])
        >>> [m["meeting"] for m in meetings_about(g, "ukraine")]
        ['m0']
    """
    wanted = tokens(topic)

    def matches(meeting: MeetingRecord) -> bool:
        texts = list(meeting.get("topics") or ([meeting["topic"]] if meeting.get("topic") else []))
        if evidence:
            texts += meeting.get("evidence") or []
        return any(wanted <= tokens(text) for text in texts)

    return [m for m in meetings(graph, since=since, until=until) if matches(m)]


def meetings_between_countries(
    graph: nx.MultiGraph,
    country_a: str,
    country_b: str,
    *,
    people_only: bool = False,
    since: DateLike = None,
    until: DateLike = None,
) -> list[MeetingRecord]:
    """Return meetings between an actor of one country and a different actor of another.

    Args:
        graph: The meeting graph.
        country_a: ISO 3166-1 alpha-3 code (case-insensitive), e.g. ``"USA"``.
        country_b: Another (or the same) code; with the same code, two distinct
            participants of that country are needed.
        people_only: Count only PERSON participants (officials), not states or bodies.
        since: First day to keep (inclusive).
        until: Last day to keep (inclusive).

    Returns:
        The matching meetings, sorted by day.

    Example:
        >>> g = nx.MultiGraph()
        >>> g.add_node("A", country="USA", label="PERSON")
        >>> g.add_node("B", country="CHN", label="PERSON")
        >>> _ = g.add_edge("A", "B", key="m0", type="meet")
        >>> [m["meeting"] for m in meetings_between_countries(g, "chn", "usa")]
        ['m0']
    """
    a, b = country_a.upper(), country_b.upper()

    def countries(meeting: MeetingRecord) -> list[tuple[str, str]]:
        found = []
        for node in meeting["participants"]:
            data = graph.nodes[node] if node in graph else {}
            if people_only and data.get("label") != "PERSON":
                continue
            if data.get("country"):
                found.append((node, str(data["country"]).upper()))
        return found

    def matches(meeting: MeetingRecord) -> bool:
        found = countries(meeting)
        return any(ca == a and cb == b and na != nb for na, ca in found for nb, cb in found)

    return [m for m in meetings(graph, since=since, until=until) if matches(m)]


def counterparts(
    graph: nx.MultiGraph,
    actor: str,
    *,
    since: DateLike = None,
    until: DateLike = None,
    limit: int | None = None,
) -> list[tuple[str, int]]:
    """Rank an actor's counterparts by the number of distinct meetings with them.

    Args:
        graph: The meeting graph.
        actor: Node key, kb_id or canonical name.
        since: First day to count (inclusive).
        until: Last day to count (inclusive).
        limit: Return at most this many.

    Returns:
        ``(node key, number of meetings)`` pairs, most meetings first, then by name.

    Raises:
        GeoExtractValueError: no node matches ``actor``.

    Example:
        >>> g = nx.MultiGraph()
        >>> _ = g.add_edge("A", "B", key="m0", type="meet")
        >>> _ = g.add_edge("A", "B", key="m1", type="meet")
        >>> _ = g.add_edge("A", "C", key="m2", type="meet")
        >>> counterparts(g, "A")
        [('B', 2), ('C', 1)]
    """
    nodes = set(resolve_actor(graph, actor))
    counts: Counter[str] = Counter()
    for meeting in meetings_of(graph, actor, since=since, until=until):
        for other in meeting["participants"]:
            if other not in nodes:
                counts[other] += 1

    def name(node: str) -> str:
        return str(graph.nodes[node].get("name") or node) if node in graph else node

    ranked = sorted(counts.items(), key=lambda item: (-item[1], name(item[0]), item[0]))
    return ranked[:limit] if limit is not None else ranked


def _check_multigraph(graph: nx.Graph) -> None:
    if not graph.is_multigraph():
        raise GeoExtractTypeError(Errors.E412.format(kind=type(graph).__name__))


def _incident_edges(
    graph: nx.MultiGraph, nodes: Iterable[str]
) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    for node in nodes:
        yield from graph.edges(node, keys=True, data=True)
        if graph.is_directed():
            yield from graph.in_edges(node, keys=True, data=True)


def _assemble(edges: Iterable[tuple[str, str, str, dict[str, Any]]]) -> dict[str, MeetingRecord]:
    """Group meeting edges by key; participants come from the edge or from the endpoints."""
    found: dict[str, MeetingRecord] = {}
    ends: dict[str, dict[str, None]] = {}
    for u, v, key, data in edges:
        if data.get("type", MEET) != MEET:
            continue
        record = found.get(key)
        if record is None:
            # Copies of the lists, so that editing a result cannot edit the graph.
            record = {
                k: list(v) if isinstance(v, list) else v
                for k, v in data.items()
                if k not in _EDGE_ONLY
            }
            record["meeting"] = key
            found[key] = record
            ends[key] = {}
        ends[key].update({u: None, v: None})
    for key, record in found.items():
        if not record.get("participants"):
            record["participants"] = sorted(ends[key])
    return found


def _day(meeting: MeetingRecord) -> str | None:
    return meeting.get("date") or meeting.get("first_reported") or None


def _finish(
    found: dict[str, MeetingRecord], since: DateLike, until: DateLike
) -> list[MeetingRecord]:
    lower = as_date(since, option="since")
    upper = as_date(until, option="until")
    low = lower.isoformat() if lower else None
    high = upper.isoformat() if upper else None
    kept = []
    for meeting in found.values():
        day = _day(meeting)
        if low is not None or high is not None:
            if day is None or (low is not None and day < low) or (high is not None and day > high):
                continue
        kept.append(meeting)
    kept.sort(key=lambda m: (_day(m) is None, _day(m) or "", _natural(m["meeting"])))
    return kept


def _natural(key: object) -> tuple[str, int]:
    """Sort "m2" before "m10"."""
    key = str(key)
    stem = key.rstrip("0123456789")
    digits = key[len(stem) :]
    return (stem, int(digits) if digits else -1)
