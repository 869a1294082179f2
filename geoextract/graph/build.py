"""Build a who-met-whom graph from geoextract Documents."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
from pydantic import ValidationError

from ..errors import Errors, GeoExtractTypeError, GeoExtractValueError
from ..results import Document, ErrorRecord
from .dedup import Meeting, Report, merge_reports
from .nodes import NodeTable
from .roles import RoleEdges
from .schema import ACTOR_LABELS, SCHEMA
from .text import DateLike, as_date

DocumentLike = Document | ErrorRecord | Mapping[str, Any] | str | bytes


def build_graph(
    documents: Iterable[DocumentLike],
    *,
    directed: bool = False,
    roles: bool = False,
    affiliations: bool = False,
    window_days: int = 2,
    since: DateLike = None,
    until: DateLike = None,
    isolates: bool = False,
) -> nx.MultiGraph:
    """Build the meeting graph of a corpus: actors as nodes, meetings as edges.

    The same actor in several documents is one node (keyed by kb_id, else
    ``"name:<name>|<country>"``); the same meeting reported by several articles is one
    meeting listing all its sources (see :mod:`geoextract.graph.dedup` for the rule). A
    meeting of n participants becomes one edge per pair of participants, all with the same
    key (the meeting id, e.g. ``"m12"``) and attributes, so ``graph.edges[u, v, "m12"]``
    is the meeting and :func:`geoextract.graph.meetings` reassembles it.

    Args:
        documents: Documents, their dicts, or their JSON strings (one per item), e.g. the
            lines of a file written by ``geoextract annotate``. Error records (``{id, error,
            position}``) are skipped and counted in ``graph.graph["error_records"]``.
        directed: Build a MultiDiGraph: a visit with a host gives visitor → host edges;
            every other pair of participants gets one edge each way (``direction`` is
            ``"visit"`` or ``"mutual"``).
        roles: Add office nodes (``"office:Foreign Minister|DEU"``) and person → office
            edges of type ``"holds"``.
        affiliations: Add person → organisation edges of type ``"member_of"`` for roles
            that belong to an organisation.
        window_days: How many days apart two reports of one meeting may date it.
        since: Keep only meetings (and role sightings) dated on or after this day. A
            report's day is its meeting date, else its document's publication date.
        until: Keep only meetings dated on or before this day.
        isolates: Also keep actors (PERSON, ORG, GPE, NORP) that take part in no edge.

    Returns:
        A ``networkx.MultiGraph`` (``MultiDiGraph`` when ``directed``). ``graph.graph``
        holds counts: documents, error_records, relations, meetings, skipped_relations,
        unresolved_participants, out_of_range.

    Raises:
        GeoExtractValueError: an item is not a Document, or window_days is negative.
        GeoExtractTypeError: an item is of an unsupported type.

    Example:
        >>> from geoextract.results import Document, Entity, Mention, Relation
        >>> doc = Document(id="a1", date="2024-11-12", text="Biden met Xi.", entities=[
        ...     Entity(id="e0", name="Joe Biden", label="PERSON", kb_id="Q6279"),
        ...     Entity(id="e1", name="Xi Jinping", label="PERSON", kb_id="Q15031")],
        ...     relations=[Relation(mode="meet", participants=["e0", "e1"], status="occurred",
        ...         evidence=Mention(start=0, end=13, text="Biden met Xi."), confidence=0.9)])
        >>> graph = build_graph([doc])
        >>> sorted(graph.edges(keys=True))
        [('Q15031', 'Q6279', 'm0')]
    """
    if isinstance(window_days, bool) or not isinstance(window_days, int) or window_days < 0:
        raise GeoExtractValueError(Errors.E409.format(value=window_days))
    lower = as_date(since, option="since")
    upper = as_date(until, option="until")
    table = NodeTable()
    role_edges = RoleEdges(table, roles=roles, affiliations=affiliations)
    reports: list[Report] = []
    stats = {
        "documents": 0,
        "error_records": 0,
        "relations": 0,
        "skipped_relations": 0,
        "unresolved_participants": 0,
        "out_of_range": 0,
    }
    for position, item in enumerate(documents):
        document = coerce_document(item, position)
        if isinstance(document, ErrorRecord):
            stats["error_records"] += 1
            continue
        stats["documents"] += 1
        doc_id = document.id if document.id is not None else f"#{position}"
        keys = {ent.id: table.add_entity(ent, doc_id) for ent in document.entities}
        in_range = _in_range(document.date, lower, upper)
        role_edges.add_document(document, keys, doc_id, in_range=in_range)
        for rel in document.relations:
            stats["relations"] += 1
            participants = [keys.get(p) for p in rel.participants]
            stats["unresolved_participants"] += sum(k is None for k in participants)
            host = keys.get(rel.host) if rel.host is not None else None
            members = frozenset(k for k in [*participants, host] if k is not None)
            if len(members) < 2:
                stats["skipped_relations"] += 1
                continue
            report = Report(
                participants=members,
                host=host,
                mode=rel.mode,
                status=rel.status,
                topic=rel.topic,
                place=rel.place,
                date=rel.date,
                document=doc_id,
                document_date=document.date,
                evidence=rel.evidence.text,
                confidence=rel.confidence,
                trigger=rel.trigger,
                order=stats["relations"],
            )
            if not _in_range(report.anchor, lower, upper):
                stats["out_of_range"] += 1
                continue
            reports.append(report)
    meetings = merge_reports(reports, window_days=window_days)
    graph: nx.MultiGraph = nx.MultiDiGraph() if directed else nx.MultiGraph()
    graph.graph.update(
        {"schema": SCHEMA, "window_days": window_days, "meetings": len(meetings), **stats}
    )
    _add_meeting_edges(graph, meetings, directed=directed)
    role_edges.add_to(graph)
    _add_nodes(graph, table, isolates=isolates)
    return graph


def coerce_document(item: DocumentLike, position: int) -> Document | ErrorRecord:
    """Turn one input item into a Document (or an ErrorRecord to be skipped).

    Args:
        item: A Document, an ErrorRecord, a dict of either, or a JSON string of either.
        position: 0-based position of the item, named in error messages.

    Returns:
        The Document or ErrorRecord.

    Raises:
        GeoExtractValueError: the item does not validate as a Document.
        GeoExtractTypeError: the item is of another type.
    """
    if isinstance(item, Document | ErrorRecord):
        return item
    data: Any = item
    if isinstance(item, str | bytes):
        try:
            data = json.loads(item)
        except ValueError as e:
            raise GeoExtractValueError(
                Errors.E405.format(position=position, msg=f"invalid JSON ({e})")
            ) from e
    if not isinstance(data, Mapping):
        raise GeoExtractTypeError(
            Errors.E405.format(position=position, msg=f"got {type(data).__name__}")
        )
    try:
        if is_error_record(data):
            return ErrorRecord.model_validate(data)
        return Document.model_validate(data)
    except ValidationError as e:
        raise GeoExtractValueError(
            Errors.E405.format(position=position, msg=validation_summary(e))
        ) from e


def is_error_record(data: Mapping[str, Any]) -> bool:
    """Tell an error record ``{id, error, position}`` of a batch run from a Document."""
    return "error" in data and "text" not in data


def validation_summary(error: ValidationError) -> str:
    """One line naming the first invalid field of a pydantic error (and how many more)."""
    problems = error.errors()
    first = problems[0]
    where = ".".join(str(part) for part in first["loc"]) or "record"
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where}: {first['msg']}{more}"


def _in_range(day: dt.date | None, lower: dt.date | None, upper: dt.date | None) -> bool:
    if lower is None and upper is None:
        return True
    if day is None:
        return False
    return (lower is None or day >= lower) and (upper is None or day <= upper)


def _add_meeting_edges(graph: nx.MultiGraph, meetings: list[Meeting], *, directed: bool) -> None:
    """Add one edge per pair of participants of each meeting, keyed by the meeting id.

    The edges of one meeting share the list values of their attributes (treat them as
    read-only); that keeps a corpus of large summits small in memory.
    """
    for meeting in meetings:
        attrs = meeting.attributes()
        host = attrs["host"]
        for u, v in itertools.combinations(attrs["participants"], 2):
            if not directed:
                graph.add_edge(u, v, key=meeting.id, **attrs)
            elif host in (u, v):
                visitor, visited = (v, u) if host == u else (u, v)
                graph.add_edge(visitor, visited, key=meeting.id, direction="visit", **attrs)
            else:
                graph.add_edge(u, v, key=meeting.id, direction="mutual", **attrs)
                graph.add_edge(v, u, key=meeting.id, direction="mutual", **attrs)


def _add_nodes(graph: nx.MultiGraph, table: NodeTable, *, isolates: bool) -> None:
    """Give the edge endpoints their attributes; add isolated actors when asked."""
    for key, attrs in table.nodes.items():
        if key in graph or (isolates and attrs["label"] in ACTOR_LABELS):
            graph.add_node(key, **attrs)
