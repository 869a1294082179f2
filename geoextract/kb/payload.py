"""A knowledge base to and from its payload (the dict of row lists that ``storage`` encodes),
and copied row by row."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from . import storage
from .model import Country, Organisation

if TYPE_CHECKING:
    from .store import KnowledgeBase


def payload_of(kb: KnowledgeBase) -> dict[str, Any]:
    """The KB as a JSON-able dict of row lists (what ``KnowledgeBase.to_payload`` returns)."""
    return {
        "format": storage.FORMAT,
        "version": storage.FORMAT_VERSION,
        "meta": kb.meta,
        "countries": [c.model_dump(mode="json", exclude_defaults=True) for c in kb._countries.values()],
        "organisations": [o.model_dump(mode="json", exclude_defaults=True) for o in kb._orgs.values()],
        "persons": list(kb._person_rows.values()),
        "offices": list(kb._office_rows.values()),
        "sources": list(kb._sources),
        "tenures": kb._tenure_rows,
        "titles": kb._title_rows,
        "person_alias": {k: v for k, v in sorted(kb._person_alias.items()) if v},
    }


def fill_from_payload(kb: KnowledgeBase, payload: dict[str, Any]) -> None:
    """Fill an empty KB from a payload of the current format (trusted: rows are not
    re-validated), then build its indexes."""
    kb.meta = dict(payload.get("meta") or {})
    for c in payload.get("countries", []):
        country = Country.model_validate(c)
        kb._countries[country.alpha3] = country
    for o in payload.get("organisations", []):
        org = Organisation.model_validate(o)
        kb._orgs[org.id] = org
    freeze = storage.freeze_row
    kb._person_rows = {row[0]: freeze(row) for row in payload.get("persons", [])}
    kb._office_rows = {row[0]: freeze(row) for row in payload.get("offices", [])}
    kb._sources = list(payload.get("sources", []))
    kb._source_ids = {s: i for i, s in enumerate(kb._sources)}
    ids = {i: i for rows in (kb._person_rows, kb._office_rows) for i in rows}  # one string per id, shared
    kb._tenure_rows = storage.freeze_tenure_rows(payload.get("tenures", []), ids)
    kb._title_rows = list(payload.get("titles", []))
    shipped_index = payload.get("person_alias")
    if isinstance(shipped_index, dict):
        kb._person_alias = defaultdict(list, {k: tuple([ids.get(i, i) for i in v]) for k, v in shipped_index.items()})
    kb._reset_views(person_aliases=not isinstance(shipped_index, dict))


def copy_rows(src: KnowledgeBase, dst: KnowledgeBase) -> None:
    """Give an empty KB the rows of another (rows are shared until replaced, which
    ``KnowledgeBase.add`` does), then build its indexes."""
    dst._countries = dict(src._countries)
    dst._orgs = dict(src._orgs)
    dst._person_rows = dict(src._person_rows)
    dst._office_rows = dict(src._office_rows)
    dst._tenure_rows = list(src._tenure_rows)
    dst._sources = list(src._sources)
    dst._source_ids = dict(src._source_ids)
    dst._title_rows = list(src._title_rows)
    dst.meta = dict(src.meta)
    dst._person_alias = defaultdict(list, {k: list(v) for k, v in src._person_alias.items()})
    dst._reset_views(person_aliases=False)
