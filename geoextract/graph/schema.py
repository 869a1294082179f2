"""Names and types of the node and edge attributes of a geoextract meeting graph.

One place that the builder, :func:`~geoextract.graph.collapse.collapse` and the importers
share, so an attribute written by one is read back with the same name and type by another.
Dates are ISO strings (``"2024-11-16"``) everywhere: they sort, they survive every export
format, and queries accept ``datetime.date`` or strings alike.
"""

from __future__ import annotations

from typing import Any, Final

#: Schema marker stored in ``graph.graph["schema"]``.
SCHEMA: Final = "geoextract.graph.v1"

#: Node types (``node["type"]``).
ACTOR: Final = "actor"
OFFICE: Final = "office"

#: Edge types (``edge["type"]``).
MEET: Final = "meet"
HOLDS: Final = "holds"
MEMBER_OF: Final = "member_of"

#: spaCy labels of the entities that count as actors when isolated actors are kept.
ACTOR_LABELS: Final = frozenset({"PERSON", "ORG", "GPE", "NORP"})

ACTOR_FIELDS: Final = (
    "type",
    "label",
    "name",
    "country",
    "kb_id",
    "actor_id",
    "kind",
    "roles",
    "mentions",
    "documents",
    "n_documents",
)
OFFICE_FIELDS: Final = (
    "type",
    "label",
    "name",
    "country",
    "kb_id",
    "kind",
    "org",
    "org_name",
    "mentions",
    "documents",
    "n_documents",
)
MEET_FIELDS: Final = (
    "type",
    "meeting",
    "participants",
    "host",
    "mode",
    "modes",
    "topic",
    "topics",
    "place",
    "places",
    "date",
    "status",
    "statuses",
    "confidence",
    "documents",
    "n_documents",
    "first_reported",
    "last_reported",
    "evidence",
    "provenance",
)
HOLDS_FIELDS: Final = (
    "type",
    "title",
    "country",
    "org",
    "qualifier",
    "role_type",
    "confirmed",
    "documents",
    "n_documents",
    "first_reported",
    "last_reported",
    "evidence",
    "provenance",
)
MEMBER_OF_FIELDS: Final = (
    "type",
    "org",
    "titles",
    "documents",
    "n_documents",
    "first_reported",
    "last_reported",
    "evidence",
    "provenance",
)

NODE_FIELDS: Final = {ACTOR: ACTOR_FIELDS, OFFICE: OFFICE_FIELDS}
EDGE_FIELDS: Final = {MEET: MEET_FIELDS, HOLDS: HOLDS_FIELDS, MEMBER_OF: MEMBER_OF_FIELDS}

#: Attributes holding lists or dicts: JSON strings in GraphML, GEXF and CSV.
JSON_FIELDS: Final = frozenset(
    {
        "roles",
        "documents",
        "participants",
        "modes",
        "topics",
        "places",
        "statuses",
        "evidence",
        "provenance",
        "titles",
        "meetings",
    }
)
INT_FIELDS: Final = frozenset({"mentions", "n_documents", "n_meetings", "weight"})
FLOAT_FIELDS: Final = frozenset({"confidence"})
BOOL_FIELDS: Final = frozenset({"confirmed"})


def complete(attrs: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """Give every schema field missing from ``attrs`` the value None, in place.

    Formats without nulls (GraphML, GEXF, CSV) leave unset attributes out; this puts them
    back so an imported graph has the same attribute names as the one that was exported.
    """
    for name in fields:
        attrs.setdefault(name, None)
    return attrs
