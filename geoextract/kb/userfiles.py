"""User KB files: extra actors, aliases, offices and tenures on top of the shipped KB.

A file is a YAML list, a JSON list or JSON lines; every row has a ``type``:

- ``person``: ``name``, optional ``id``, ``country``, ``aliases``, ``birth``, ``death``;
- ``organisation``: ``name``, optional ``id``, ``acronyms``, ``aliases``, ``kind``, ``country``, ``parent``;
- ``country``: ``alpha3`` of a known country plus extra ``aliases``, ``demonyms``, ``capitals``,
  ``seats``, ``historical_names`` (or a new territory with ``name``);
- ``alias``: ``id`` of a known actor and the ``aliases`` to add;
- ``office``: ``role``, ``title``, ``country`` or ``org``, optional ``id`` and ``aliases``;
- ``tenure``: ``person`` (id or exact name), ``office`` (id) or ``country``/``org`` + ``role``
  (+ ``title``), ``start``, ``end``, ``qualifier``, ``source``.

The whole file is validated before anything is added: a malformed file raises a KBError
naming the file, line and field, and the KB is left unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .model import (
    ROLE_TYPES,
    Actor,
    Country,
    CountryKind,
    Office,
    Organisation,
    OrgKind,
    Person,
    Tenure,
)
from .normalize import normalize_name, slugify
from .rows import RowError, partial_date, raise_errors, read_rows, validate_row

if TYPE_CHECKING:
    from .store import KnowledgeBase

DateValue = Annotated[Any, Field(default=None)]


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _date_ok(value: Any) -> Any:
    partial_date(value)
    return value


def _role_ok(value: str) -> str:
    if value not in ROLE_TYPES:
        raise ValueError(f"unknown role type {value!r}; use one of {', '.join(ROLE_TYPES)}")
    return value


class PersonRow(_Row):
    type: Literal["person"]
    name: str = Field(min_length=1)
    id: str | None = None
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    birth: DateValue = None
    death: DateValue = None
    source: str | None = None

    _dates = field_validator("birth", "death")(_date_ok)


class OrganisationRow(_Row):
    type: Literal["organisation"]
    name: str = Field(min_length=1)
    id: str | None = None
    acronyms: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    kind: OrgKind = "other"
    country: str | None = None
    parent: str | None = None
    source: str | None = None


class CountryRow(_Row):
    type: Literal["country"]
    alpha3: str = Field(min_length=3, max_length=3)
    name: str | None = None
    id: str | None = None
    alpha2: str | None = None
    kind: CountryKind | None = None
    aliases: list[str] = Field(default_factory=list)
    historical_names: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    capitals: list[str] = Field(default_factory=list)
    seats: list[str] = Field(default_factory=list)
    source: str | None = None


class AliasRow(_Row):
    type: Literal["alias"]
    id: str = Field(min_length=1)
    aliases: list[str] = Field(min_length=1)
    source: str | None = None


class OfficeRow(_Row):
    type: Literal["office"]
    role: str
    title: str = Field(min_length=1)
    id: str | None = None
    country: str | None = None
    org: str | None = None
    aliases: list[str] = Field(default_factory=list)
    single_holder: bool = True
    source: str | None = None

    _role = field_validator("role")(_role_ok)


class TenureRow(_Row):
    type: Literal["tenure"]
    person: str = Field(min_length=1)
    office: str | None = None
    country: str | None = None
    org: str | None = None
    role: str | None = None
    title: str | None = None
    start: DateValue = None
    end: DateValue = None
    qualifier: str | None = None
    source: str | None = None

    _dates = field_validator("start", "end")(_date_ok)

    @field_validator("role")
    @classmethod
    def _role(cls, value: str | None) -> str | None:
        return None if value is None else _role_ok(value)


ROW_MODELS: dict[str, type[_Row]] = {
    "person": PersonRow,
    "organisation": OrganisationRow,
    "country": CountryRow,
    "alias": AliasRow,
    "office": OfficeRow,
    "tenure": TenureRow,
}


class _Resolver:
    """Resolves names and ids against the KB plus the rows already read from the file."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.persons: dict[str, Person] = {}
        self.orgs: dict[str, Organisation] = {}
        self.offices: dict[str, Office] = {}
        self.names: dict[str, list[str]] = {}

    def remember(self, actor: Person | Organisation) -> None:
        for name in (actor.name, *actor.aliases, *getattr(actor, "acronyms", [])):
            ids = self.names.setdefault(normalize_name(name), [])
            if actor.id not in ids:
                ids.append(actor.id)

    def actor(self, key: str) -> Actor | None:
        return self.persons.get(key) or self.orgs.get(key) or self.kb.get(key)

    def person_id(self, key: str) -> str:
        if key in self.persons or key in self.kb.persons:
            return key
        ids = [i for i in self.names.get(normalize_name(key), []) if i in self.persons]
        ids += [a.id for a in self.kb.lookup(key, types={"person"}) if a.id not in ids]
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise ValueError(
                f"unknown person {key!r}: add a `type: person` row first or give the person's id"
            )
        raise ValueError(
            f"{key!r} names several persons ({', '.join(ids[:5])}); give the id instead"
        )

    def org_id(self, key: str) -> str:
        if key in self.orgs or key in self.kb.organisations:
            return key
        ids = [i for i in self.names.get(normalize_name(key), []) if i in self.orgs]
        ids += [a.id for a in self.kb.lookup(key, types={"organisation"}) if a.id not in ids]
        if not ids:
            raise ValueError(f"unknown organisation {key!r}")
        return ids[0]

    def country_code(self, key: str) -> str:
        country = self.kb.country(key)
        if country is None:
            raise ValueError(f"unknown country {key!r} (use an ISO alpha-3 code such as 'DEU')")
        return country.alpha3


def read_user_file(path: str | Path, kb: KnowledgeBase) -> list[Actor | Office | Tenure]:
    """Validate a user KB file completely and return the items to add.

    Args:
        path: A .yaml/.yml/.json/.jsonl file.
        kb: The KB the file extends (for resolving ids and names).

    Returns:
        Countries, organisations, persons, offices and tenures, in file order.

    Raises:
        KBError: The file is missing or any row is malformed; the message names file, line
            and field of every bad row (up to 25).

    Example:
        >>> import pathlib, tempfile
        >>> from geoextract.kb import KnowledgeBase
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "mine.yaml"
        >>> _ = p.write_text("- {type: person, name: Jane Roe, country: USA}\\n")
        >>> [i.name for i in read_user_file(p, KnowledgeBase.default())]
        ['Jane Roe']
    """
    path = Path(path)
    errors: list[RowError] = []
    items: list[Actor | Office | Tenure] = []
    resolver = _Resolver(kb)
    for line, raw in read_rows(path):
        kind = raw.get("type") if isinstance(raw, dict) else None
        model = ROW_MODELS.get(str(kind))
        if model is None:
            errors.append(
                RowError(
                    path, line, "type", f"expected one of {', '.join(ROW_MODELS)}, got {kind!r}"
                )
            )
            continue
        try:
            row = validate_row(model, raw, path, line)
            items.extend(_convert(row, resolver))
        except RowError as e:
            errors.append(e)
        except ValueError as e:
            errors.append(RowError(path, line, _field_of(e), str(e)))
    raise_errors(errors)
    return items


def _field_of(error: ValueError) -> str:
    return getattr(error, "field", "-")


class _FieldError(ValueError):
    def __init__(self, field: str, msg: str) -> None:
        super().__init__(msg)
        self.field = field


def _check(field: str, fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except ValueError as e:
        raise _FieldError(field, str(e)) from e


def _convert(row: _Row, r: _Resolver) -> Iterator[Actor | Office | Tenure]:
    if isinstance(row, PersonRow):
        country = _check("country", r.country_code, row.country) if row.country else None
        pid = row.id or f"gx:person:{slugify(row.name)}"
        old = r.kb.persons.get(pid)
        aliases = list(dict.fromkeys([*(old.aliases if old else []), *row.aliases]))
        person = Person(
            id=pid,
            name=row.name,
            aliases=aliases,
            country=country or (old.country if old else None),
            birth=_check("birth", partial_date, row.birth)[0],
            death=_check("death", partial_date, row.death)[0],
        )
        r.persons[pid] = person
        r.remember(person)
        yield person
    elif isinstance(row, OrganisationRow):
        oid = row.id or f"gx:org:{slugify(row.acronyms[0] if row.acronyms else row.name)}"
        org = Organisation(
            id=oid,
            name=row.name,
            acronyms=row.acronyms,
            aliases=row.aliases,
            kind=row.kind,
            country=_check("country", r.country_code, row.country) if row.country else None,
            parent=_check("parent", r.org_id, row.parent) if row.parent else None,
        )
        r.orgs[oid] = org
        r.remember(org)
        yield org
    elif isinstance(row, CountryRow):
        yield _country(row, r)
    elif isinstance(row, AliasRow):
        actor = r.actor(row.id)
        if actor is None:
            raise _FieldError("id", f"unknown actor id {row.id!r}")
        merged = list(dict.fromkeys([*actor.aliases, *row.aliases]))
        updated = actor.model_copy(update={"aliases": merged})
        if isinstance(updated, Person):
            r.persons[updated.id] = updated
        yield updated
    elif isinstance(row, OfficeRow):
        yield _office(row, r)
    elif isinstance(row, TenureRow):
        yield _tenure(row, r)


def _country(row: CountryRow, r: _Resolver) -> Country:
    old = r.kb.countries.get(row.alpha3)
    if old is None and not row.name:
        raise _FieldError("name", f"{row.alpha3} is not a known country; a new one needs a name")
    base = old or Country(
        id=row.id or f"gx:country:{row.alpha3}",
        name=row.name or row.alpha3,
        alpha3=row.alpha3,
        country=row.alpha3,
        alpha2=row.alpha2,
        kind=row.kind or "territory",
    )

    def more(field: str, values: list[str]) -> list[str]:
        return list(dict.fromkeys([*getattr(base, field), *values]))

    return base.model_copy(
        update={
            "name": row.name or base.name,
            "kind": row.kind or base.kind,
            "aliases": more("aliases", row.aliases),
            "historical_names": more("historical_names", row.historical_names),
            "demonyms": more("demonyms", row.demonyms),
            "capitals": more("capitals", row.capitals),
            "seats": more("seats", row.seats),
        }
    )


def _office(row: OfficeRow, r: _Resolver) -> Office:
    if bool(row.country) == bool(row.org):
        raise _FieldError("country", "give exactly one of country or org")
    country = _check("country", r.country_code, row.country) if row.country else None
    org = _check("org", r.org_id, row.org) if row.org else None
    oid = row.id or f"gx:office:{country or slugify(org or '')}:{row.role}:{slugify(row.title)}"
    office = Office(
        id=oid,
        title=row.title,
        role_type=row.role,
        country=country,
        org=org,
        aliases=row.aliases,
        single_holder=row.single_holder,
    )
    r.offices[oid] = office
    return office


def _tenure(row: TenureRow, r: _Resolver) -> Tenure:
    person = _check("person", r.person_id, row.person)
    if row.office:
        if row.office not in r.offices and row.office not in r.kb.offices:
            raise _FieldError("office", f"unknown office id {row.office!r}")
        office = row.office
    else:
        if row.role is None or bool(row.country) == bool(row.org):
            raise _FieldError(
                "office", "give the office id, or role plus exactly one of country or org"
            )
        scope = (
            _check("country", r.country_code, row.country)
            if row.country
            else _check("org", r.org_id, row.org)
        )
        office = _find_office(r, scope, row.role, row.title)
    start, _ = _check("start", partial_date, row.start)
    end, _ = _check("end", partial_date, row.end)
    if start and end and start > end:
        raise _FieldError("end", f"end {end} is before start {start}")
    qualifier = row.qualifier
    if qualifier not in (None, "acting", "interim", "caretaker"):
        raise _FieldError("qualifier", "use null, 'acting', 'interim' or 'caretaker'")
    return Tenure(
        person=person,
        office=office,
        start=start,
        end=end,
        qualifier="acting" if qualifier else None,
        source=row.source or "user file",
    )


def _find_office(r: _Resolver, scope: str, role: str, title: str | None) -> str:
    ids = [
        o.id for o in r.offices.values() if (o.country or o.org) == scope and o.role_type == role
    ]
    ids += list(r.kb._offices_by_role.get((scope, role), []))
    if title:
        key = normalize_name(title)
        titled = [i for i in ids if key in {normalize_name(t) for t in _titles(r, i)}]
        ids = titled or ids[:1]
    if not ids:
        raise _FieldError("role", f"no {role} office for {scope}; add a `type: office` row first")
    return ids[0]


def _titles(r: _Resolver, office_id: str) -> list[str]:
    office = r.offices.get(office_id) or r.kb.offices[office_id]
    return [office.title, *office.aliases]
