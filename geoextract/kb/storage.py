"""The compact serialised form of a knowledge base (gzip-compressed JSON of row lists).

Persons, offices and tenures are stored as positional rows rather than objects: the shipped
file stays small and loading is one ``json.loads`` plus index building, with pydantic models
made only for the rows a caller touches.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterable, Sequence
from typing import Any

from ..errors import Errors, KBError
from .model import Office, Person, Tenure

FORMAT = "geoextract-kb"
FORMAT_VERSION = 1

# Positional row layouts (append new columns at the end; readers tolerate short rows).
PERSON_COLUMNS = ("id", "name", "aliases", "country", "birth", "death")
OFFICE_COLUMNS = (
    "id",
    "title",
    "role_type",
    "country",
    "org",
    "aliases",
    "single_holder",
    "also_roles",
)
TENURE_COLUMNS = ("person", "office", "start", "end", "qualifier", "source")
TITLE_COLUMNS = ("title", "role_type", "country", "normalized")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def person_row(p: Person) -> list[Any]:
    """A Person as a positional row."""
    return [p.id, p.name, list(p.aliases), p.country, _iso(p.birth), _iso(p.death)]


def freeze_row(row: Sequence[Any]) -> tuple[Any, ...]:
    """A stored row as a tuple with its inner lists as tuples.

    Loaded rows are never changed in place (the KB replaces a row to change it), and tuples
    of strings are invisible to Python's garbage collector once it has seen them: with
    ~100k rows, that spares every later collection a walk over all of them.
    """
    return tuple(tuple(v) if isinstance(v, list) else v for v in row)


def freeze_tenure_rows(rows: Iterable[Sequence[Any]], shared: dict[Any, Any]) -> list[Sequence[Any]]:
    """Tenure rows as tuples whose equal cells are one object.

    JSON decoding makes a new string per cell, so each of the 37k tenures would hold its own
    copies of its person's and office's ids and of its dates, where the KB has 26k persons
    and 8k dates (~7 MB more). ``shared`` maps a value to its first object; seeded with the
    person and office ids, the rows take those very strings. Tenure cells are strings,
    None and source indexes (no bools, which as dict keys would equal 0 and 1), so the
    mapping runs in C, cell by cell.
    """
    get = shared.setdefault
    return [tuple(map(get, row, row)) for row in rows]


#: The fields each ``*_from_row`` passes, as the "fields set" every model made from a row
#: shares. ``model_construct`` would give each model its own 728-byte set of the same names,
#: two thirds of the memory of a cached Person or Tenure; sharing is safe as the sets hold
#: every field (pydantic only ever adds a field name to it, or copies it for a copy).
_PERSON_FIELDS = {"id", "type", "name", "aliases", "country", "birth", "death"}
_OFFICE_FIELDS = {"id", "title", "role_type", "country", "org", "aliases", "single_holder", "also_roles"}
_TENURE_FIELDS = {"person", "office", "start", "end", "qualifier", "source"}


def person_from_row(row: Sequence[Any]) -> Person:
    """A trusted row back to a Person (no validation: rows come from a validated KB)."""
    return Person.model_construct(
        _PERSON_FIELDS,
        id=row[0],
        type="person",
        name=row[1],
        aliases=list(row[2]),
        country=row[3],
        birth=_date(row[4]),
        death=_date(row[5]),
    )


def office_row(o: Office) -> list[Any]:
    """An Office as a positional row."""
    return [
        o.id,
        o.title,
        o.role_type,
        o.country,
        o.org,
        list(o.aliases),
        o.single_holder,
        list(o.also_roles),
    ]


def office_from_row(row: Sequence[Any]) -> Office:
    """A trusted row back to an Office."""
    return Office.model_construct(
        _OFFICE_FIELDS,
        id=row[0],
        title=row[1],
        role_type=row[2],
        country=row[3],
        org=row[4],
        aliases=list(row[5]),
        single_holder=row[6],
        also_roles=list(row[7]) if len(row) > 7 else [],
    )


def tenure_row(t: Tenure, sources: dict[str, int]) -> list[Any]:
    """A Tenure as a positional row; its source string is interned in ``sources``."""
    src = None if t.source is None else sources.setdefault(t.source, len(sources))
    return [t.person, t.office, _iso(t.start), _iso(t.end), t.qualifier, src]


def tenure_from_row(row: Sequence[Any], sources: list[str]) -> Tenure:
    """A trusted row back to a Tenure."""
    return Tenure.model_construct(
        _TENURE_FIELDS,
        person=row[0],
        office=row[1],
        start=_date(row[2]),
        end=_date(row[3]),
        qualifier=row[4],
        source=None if row[5] is None else sources[row[5]],
    )


def check_format(payload: dict[str, Any]) -> None:
    """Refuse payloads that are not a geoextract KB of a version this code reads.

    Raises:
        KBError: The payload's format or version is wrong.
    """
    if payload.get("format") != FORMAT or payload.get("version", 0) > FORMAT_VERSION:
        msg = "not a geoextract KB payload of a supported version"
        raise KBError(Errors.E102.format(path="<bytes>", line=1, field="format", msg=msg))


def encode(payload: dict[str, Any]) -> bytes:
    """Serialise a payload deterministically (sorted keys, gzip without timestamp)."""
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode(
        "utf-8"
    )
    return gzip.compress(raw, compresslevel=9, mtime=0)


def decode(data: bytes) -> dict[str, Any]:
    """Parse bytes written by :func:`encode` (plain JSON is accepted too)."""
    raw = gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data
    payload: dict[str, Any] = json.loads(raw.decode("utf-8"))
    return payload
