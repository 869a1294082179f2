"""Attribute values to and from the scalar forms of GraphML, GEXF and CSV.

GraphML, GEXF and CSV store only scalars and have no null, so on export a list or dict
value (``documents``, ``provenance``, ``roles``...) becomes its JSON string and a None is
left out. On import the known list fields (:data:`~geoextract.graph.schema.JSON_FIELDS`)
are parsed back, known numbers and booleans get their types back, and missing schema
fields become None again.
"""

from __future__ import annotations

import json
from typing import Any

from .schema import (
    BOOL_FIELDS,
    EDGE_FIELDS,
    FLOAT_FIELDS,
    INT_FIELDS,
    JSON_FIELDS,
    MEET,
    NODE_FIELDS,
    complete,
)

_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


def flatten(attrs: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of the attributes with lists/dicts as JSON strings and no None values.

    Example:
        >>> flatten({"documents": ["a1", "a2"], "country": None, "mentions": 3})
        {'documents': '["a1", "a2"]', 'mentions': 3}
    """
    flat: dict[str, Any] = {}
    for name, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, list | tuple | dict | set):
            value = json.dumps(
                sorted(value) if isinstance(value, set) else value, ensure_ascii=False
            )
        flat[name] = value
    return flat


def restore_node(attrs: dict[str, Any]) -> dict[str, Any]:
    """Undo :func:`flatten` on node attributes and fill the missing schema fields with None."""
    attrs = restore_values(attrs)
    fields = NODE_FIELDS.get(str(attrs.get("type")))
    return complete(attrs, fields) if fields else attrs


def restore_edge(attrs: dict[str, Any]) -> dict[str, Any]:
    """Undo :func:`flatten` on edge attributes and fill the missing schema fields with None.

    Only edges of a meeting multigraph are completed (a collapsed edge has ``meetings``,
    not ``meeting``, and keeps just the attributes it has).
    """
    attrs = restore_values(attrs)
    kind = str(attrs.get("type"))
    fields = EDGE_FIELDS.get(kind)
    if fields and (kind != MEET or "meeting" in attrs):
        complete(attrs, fields)
    return attrs


def restore_values(attrs: dict[str, Any]) -> dict[str, Any]:
    """Parse JSON list fields and convert known numeric and boolean fields (in place)."""
    for name in list(attrs):
        value = attrs[name]
        if name in JSON_FIELDS and isinstance(value, str):
            try:
                attrs[name] = json.loads(value)
            except ValueError:
                # A hand-edited file may hold a plain string here: keep it as it is.
                pass
        elif name in INT_FIELDS and isinstance(value, str | float) and not isinstance(value, bool):
            attrs[name] = int(float(value))
        elif name in FLOAT_FIELDS and isinstance(value, str | int) and not isinstance(value, bool):
            attrs[name] = float(value)
        elif name in BOOL_FIELDS and isinstance(value, str):
            lowered = value.strip().lower()
            attrs[name] = True if lowered in _TRUE else False if lowered in _FALSE else value
    return attrs


def csv_value(value: Any) -> str:
    """One CSV cell: JSON for lists and dicts, ``true``/``false`` for booleans, "" for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | dict | set):
        return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
    return str(value)
