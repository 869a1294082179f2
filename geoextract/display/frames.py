"""pandas DataFrames of the entities, roles and meetings of one Document, a corpus or a graph.

One row per entity, role or meeting; the first columns say which document it comes from
(``doc_id``, ``doc_date``), and entity ids are resolved to canonical names next to them,
so a frame reads on its own and several documents concatenate without ambiguity.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..results import Document
from .common import DocumentInput, iter_documents, require
from .network import as_networkx

if TYPE_CHECKING:
    import pandas as pd

ENTITY_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "doc_date",
    "entity",
    "name",
    "label",
    "kind",
    "kb_id",
    "country",
    "score",
    "n_mentions",
    "mentions",
    "first_start",
)
ROLE_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "doc_date",
    "person",
    "person_name",
    "title",
    "role_type",
    "country",
    "org",
    "org_name",
    "qualifier",
    "confirmed",
    "surface_title",
    "mention",
    "start",
    "end",
)
RELATION_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "doc_date",
    "type",
    "mode",
    "status",
    "date",
    "participants",
    "participant_names",
    "host",
    "host_name",
    "place",
    "topic",
    "trigger",
    "confidence",
    "evidence",
    "evidence_start",
    "evidence_end",
)

MEETING_COLUMNS: tuple[str, ...] = (
    "meeting",
    "date",
    "participants",
    "participant_keys",
    "host",
    "mode",
    "status",
    "place",
    "topic",
    "confidence",
    "n_documents",
    "documents",
    "evidence",
)


def entities_frame(documents: DocumentInput) -> pd.DataFrame:
    """One row per entity: canonical name, label, kind, KB id, country and its mentions.

    Args:
        documents: A Document, a dict of one, or an iterable of them (error records of a
            batch run are skipped).

    Returns:
        A DataFrame with the columns of ``ENTITY_COLUMNS``; ``mentions`` lists the distinct
        surface forms in order of appearance.

    Raises:
        MissingDependencyError: pandas is not installed (E601).
        GeoExtractTypeError: the input is not Documents (E602).

    Example:
        >>> from geoextract.results import Document, Entity, Mention
        >>> doc = Document(id="d1", text="Blinken spoke.", entities=[Entity(id="e0",
        ...     name="Antony Blinken", label="PERSON", mentions=[Mention(start=0, end=7, text="Blinken")])])
        >>> entities_frame(doc)[["doc_id", "name", "mentions"]].values.tolist()
        [['d1', 'Antony Blinken', ['Blinken']]]
    """
    return _frame(documents, _entity_rows, ENTITY_COLUMNS)


def roles_frame(documents: DocumentInput) -> pd.DataFrame:
    """One row per role: holder's name, title, country, organisation, qualifier, KB check.

    Args:
        documents: A Document, a dict of one, or an iterable of them.

    Returns:
        A DataFrame with the columns of ``ROLE_COLUMNS``; ``person`` and ``org`` are entity
        ids, ``person_name`` and ``org_name`` their canonical names.

    Raises:
        MissingDependencyError: pandas is not installed (E601).
        GeoExtractTypeError: the input is not Documents (E602).

    Example:
        >>> roles_frame([]).columns[:4].tolist()
        ['doc_id', 'doc_date', 'person', 'person_name']
    """
    return _frame(documents, _role_rows, ROLE_COLUMNS)


def relations_frame(documents: DocumentInput) -> pd.DataFrame:
    """One row per meeting: participants' names, mode, status, date, place, topic, evidence.

    Args:
        documents: A Document, a dict of one, or an iterable of them.

    Returns:
        A DataFrame with the columns of ``RELATION_COLUMNS``; ``participants`` holds entity
        ids and ``participant_names`` their canonical names, in the same order.

    Raises:
        MissingDependencyError: pandas is not installed (E601).
        GeoExtractTypeError: the input is not Documents (E602).

    Example:
        >>> len(relations_frame([]))
        0
    """
    return _frame(documents, _relation_rows, RELATION_COLUMNS)


def _frame(
    documents: DocumentInput,
    rows: Callable[[Document], Iterator[dict[str, Any]]],
    columns: tuple[str, ...],
) -> pd.DataFrame:
    pd = require("pandas", feature="DataFrames", package="pandas", extra="geoextract[pandas]")
    records = [row for doc in iter_documents(documents) for row in rows(doc)]
    return pd.DataFrame.from_records(records, columns=list(columns))


def _name(doc: Document, entity_id: str | None) -> str | None:
    entity = doc.entity(entity_id)
    return entity.name if entity is not None else None


def _entity_rows(doc: Document) -> Iterator[dict[str, Any]]:
    for entity in doc.entities:
        yield {
            "doc_id": doc.id,
            "doc_date": doc.date,
            "entity": entity.id,
            "name": entity.name,
            "label": entity.label,
            "kind": entity.kind,
            "kb_id": entity.kb_id,
            "country": entity.country,
            "score": entity.score,
            "n_mentions": len(entity.mentions),
            "mentions": list(dict.fromkeys(m.text for m in entity.mentions)),
            "first_start": min((m.start for m in entity.mentions), default=None),
        }


def _role_rows(doc: Document) -> Iterator[dict[str, Any]]:
    for role in doc.roles:
        yield {
            "doc_id": doc.id,
            "doc_date": doc.date,
            "person": role.person,
            "person_name": _name(doc, role.person),
            "title": role.title,
            "role_type": role.role_type,
            "country": role.country,
            "org": role.org,
            "org_name": _name(doc, role.org),
            "qualifier": role.qualifier,
            "confirmed": role.confirmed,
            "surface_title": role.surface_title,
            "mention": role.mention.text,
            "start": role.mention.start,
            "end": role.mention.end,
        }


def _relation_rows(doc: Document) -> Iterator[dict[str, Any]]:
    for rel in doc.relations:
        yield {
            "doc_id": doc.id,
            "doc_date": doc.date,
            "type": rel.type,
            "mode": rel.mode,
            "status": rel.status,
            "date": rel.date,
            "participants": list(rel.participants),
            "participant_names": [_name(doc, p) or p for p in rel.participants],
            "host": rel.host,
            "host_name": _name(doc, rel.host),
            "place": rel.place,
            "topic": rel.topic,
            "trigger": rel.trigger,
            "confidence": rel.confidence,
            "evidence": rel.evidence.text,
            "evidence_start": rel.evidence.start,
            "evidence_end": rel.evidence.end,
        }


def meetings_frame(graph: Any, meetings: Iterable[Mapping[str, Any]] | None = None) -> pd.DataFrame:
    """One row per meeting of a meeting graph, with the participants' names.

    Args:
        graph: A graph from :func:`geoextract.build_graph` or a :class:`geoextract.MeetingGraph`.
        meetings: Meetings from a query (``meetings_of``, ``meetings_about``...); all the
            graph's meetings when None.

    Returns:
        A DataFrame with the columns of ``MEETING_COLUMNS``: ``participants`` holds canonical
        names, ``participant_keys`` the node keys; ``evidence`` is the first report's sentence.

    Raises:
        MissingDependencyError: pandas is not installed (E601).
        GeoExtractTypeError: ``graph`` is not a networkx graph (E604).

    Example:
        >>> import networkx as nx
        >>> g = nx.MultiGraph()
        >>> g.add_nodes_from([("Q1", {"name": "Joe Biden"}), ("Q2", {"name": "Xi Jinping"})])
        >>> _ = g.add_edge("Q1", "Q2", key="m0", type="meet", date="2023-11-15", documents=["a"])
        >>> meetings_frame(g)[["date", "participants"]].values.tolist()
        [['2023-11-15', ['Joe Biden', 'Xi Jinping']]]
    """
    from ..graph.query import meetings as all_meetings

    pd = require("pandas", feature="DataFrames", package="pandas", extra="geoextract[pandas]")
    g = as_networkx(graph)
    records = all_meetings(g) if meetings is None else meetings

    def name(key: Any) -> Any:
        return g.nodes[key].get("name") or key if key in g else key

    rows = []
    for meeting in records:
        keys = list(meeting.get("participants") or [])
        evidence = meeting.get("evidence") or []
        rows.append(
            {
                "meeting": meeting.get("meeting"),
                "date": meeting.get("date"),
                "participants": [name(k) for k in keys],
                "participant_keys": keys,
                "host": name(meeting["host"]) if meeting.get("host") else None,
                "mode": meeting.get("mode"),
                "status": meeting.get("status"),
                "place": meeting.get("place"),
                "topic": meeting.get("topic"),
                "confidence": meeting.get("confidence"),
                "n_documents": meeting.get("n_documents"),
                "documents": list(meeting.get("documents") or []),
                "evidence": evidence[0]
                if isinstance(evidence, list) and evidence
                else evidence or None,
            }
        )
    return pd.DataFrame.from_records(rows, columns=list(MEETING_COLUMNS))
