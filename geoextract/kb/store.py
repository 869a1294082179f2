"""The knowledge base of political actors: countries, organisations, persons, offices, tenures."""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import Errors, KBError
from . import storage
from .fuzzy import FuzzyIndex
from .model import Actor, Country, Office, Organisation, Person, Tenure
from .normalize import name_tokens, normalize_name

SHIPPED_FILE = "kb.json.gz"
_EAST_ASIAN_ORDER = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "SGP", "MNG"}


class Holding(NamedTuple):
    """A person holding an office for a tenure."""

    person: Person
    office: Office
    tenure: Tenure


class Candidate(NamedTuple):
    """A fuzzy-search hit: the actor, a 0..1 score and the alias that matched."""

    actor: Actor
    score: float
    alias: str


class GazetteerEntry(NamedTuple):
    """A surface form for the actor ruler."""

    text: str
    label: str
    actor_id: str
    kind: str
    country: str | None


class TitleEntry(NamedTuple):
    """A title of the title lexicon: surface form, role type, country (or None), readable title."""

    title: str
    role_type: str
    country: str | None
    normalized: str


class _LazyModels(Mapping[str, Any]):
    """A read-only id -> model mapping that makes pydantic models from rows on first access."""

    def __init__(self, rows: dict[str, list[Any]], factory: Any) -> None:
        self._rows = rows
        self._factory = factory
        self._cache: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        item = self._cache.get(key)
        if item is None:
            item = self._factory(self._rows[key])
            self._cache[key] = item
        return item

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def _set(self, key: str, row: list[Any], item: Any = None) -> None:
        self._rows[key] = row
        self._cache.pop(key, None)
        if item is not None:
            self._cache[key] = item


class _LazyTenures(Sequence[Tenure]):
    """A read-only sequence of tenures made from rows on access."""

    def __init__(self, rows: list[list[Any]], sources: list[str]) -> None:
        self._rows = rows
        self._sources = sources
        self._cache: dict[int, Tenure] = {}

    def __getitem__(self, index: int) -> Tenure:  # type: ignore[override]
        if index < 0:
            index += len(self._rows)
        item = self._cache.get(index)
        if item is None:
            item = storage.tenure_from_row(self._rows[index], self._sources)
            self._cache[index] = item
        return item

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Tenure]:
        for i in range(len(self._rows)):
            yield self[i]


class KnowledgeBase:
    """Political actors with aliases, offices and date-bounded office holders.

    Build one with :meth:`default` (the shipped KB), :meth:`load` (shipped KB plus your
    files) or :meth:`from_bytes`; an empty ``KnowledgeBase()`` is filled with :meth:`add`.

    Example:
        >>> kb = KnowledgeBase.default()
        >>> kb.country("Burma").alpha3
        'MMR'
        >>> [h.person.name for h in kb.holders("US Secretary of State", on="2024-11-12")]
        ['Antony Blinken']
    """

    _default: KnowledgeBase | None = None
    _default_lock = threading.Lock()

    def __init__(self) -> None:
        self._countries: dict[str, Country] = {}
        self._orgs: dict[str, Organisation] = {}
        self._person_rows: dict[str, list[Any]] = {}
        self._office_rows: dict[str, list[Any]] = {}
        self._tenure_rows: list[list[Any]] = []
        self._sources: list[str] = []
        self._source_ids: dict[str, int] = {}
        self._title_rows: list[list[Any]] = []
        self.meta: dict[str, Any] = {}
        self._reset_views()

    # ------------------------------------------------------------------ loading
    @classmethod
    def default(cls) -> KnowledgeBase:
        """The KB shipped with geoextract, loaded once per process.

        Returns:
            A shared instance: do not :meth:`add` to it; use :meth:`load` for your own copy.
        """
        with cls._default_lock:
            if cls._default is None:
                data = resources.files("geoextract.kb").joinpath("data", SHIPPED_FILE)
                try:
                    raw = data.read_bytes()
                except FileNotFoundError as e:
                    raise KBError(Errors.E101.format(path=str(data))) from e
                cls._default = cls.from_bytes(raw)
            return cls._default

    @classmethod
    def load(cls, *paths: str | Path, shipped: bool = True) -> KnowledgeBase:
        """The shipped KB (or an empty one) with user files added on top.

        Args:
            *paths: YAML / JSON / JSONL files of extra actors, aliases, offices and tenures.
            shipped: Start from the shipped KB (True) or from an empty one.

        Returns:
            A new KB; each file is validated completely before any of it is added.

        Raises:
            KBError: A file is missing or malformed (the message names file, line and field).
        """
        kb = cls.default().copy() if shipped else cls()
        for path in paths:
            kb.extend(path)
        return kb

    def copy(self) -> KnowledgeBase:
        """An independent copy (rows are shared until replaced, which :meth:`add` does)."""
        kb = KnowledgeBase()
        kb._countries = dict(self._countries)
        kb._orgs = dict(self._orgs)
        kb._person_rows = dict(self._person_rows)
        kb._office_rows = dict(self._office_rows)
        kb._tenure_rows = list(self._tenure_rows)
        kb._sources = list(self._sources)
        kb._source_ids = dict(self._source_ids)
        kb._title_rows = list(self._title_rows)
        kb.meta = dict(self.meta)
        kb._person_alias = defaultdict(list, {k: list(v) for k, v in self._person_alias.items()})
        kb._reset_views(person_aliases=False)
        return kb

    def extend(self, path: str | Path) -> None:
        """Add a user file (validated first; nothing is added from a malformed file).

        Args:
            path: A .yaml/.yml/.json/.jsonl file in the user-file format of docs/kb.md.

        Raises:
            KBError: The file is missing or malformed.
        """
        from .userfiles import read_user_file

        self.add_all(read_user_file(path, self))

    # ------------------------------------------------------------------ serialisation
    def to_payload(self) -> dict[str, Any]:
        """The KB as a JSON-able dict of row lists (see ``storage``)."""
        return {
            "format": storage.FORMAT,
            "version": storage.FORMAT_VERSION,
            "meta": self.meta,
            "countries": [c.model_dump(mode="json", exclude_defaults=True) for c in self._countries.values()],
            "organisations": [o.model_dump(mode="json", exclude_defaults=True) for o in self._orgs.values()],
            "persons": list(self._person_rows.values()),
            "offices": list(self._office_rows.values()),
            "sources": list(self._sources),
            "tenures": self._tenure_rows,
            "titles": self._title_rows,
            "person_alias": {k: v for k, v in sorted(self._person_alias.items()) if v},
        }

    def to_bytes(self) -> bytes:
        """Serialise the whole KB (gzip JSON)."""
        return storage.encode(self.to_payload())

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> KnowledgeBase:
        """A KB from :meth:`to_payload` output (trusted: rows are not re-validated)."""
        if payload.get("format") != storage.FORMAT or payload.get("version", 0) > storage.FORMAT_VERSION:
            raise KBError(Errors.E102.format(path="<bytes>", line=1, field="format", msg="not a geoextract KB payload of a supported version"))
        kb = cls()
        kb.meta = dict(payload.get("meta") or {})
        for c in payload.get("countries", []):
            country = Country.model_validate(c)
            kb._countries[country.alpha3] = country
        for o in payload.get("organisations", []):
            org = Organisation.model_validate(o)
            kb._orgs[org.id] = org
        kb._person_rows = {row[0]: row for row in payload.get("persons", [])}
        kb._office_rows = {row[0]: row for row in payload.get("offices", [])}
        kb._sources = list(payload.get("sources", []))
        kb._source_ids = {s: i for i, s in enumerate(kb._sources)}
        kb._tenure_rows = list(payload.get("tenures", []))
        kb._title_rows = list(payload.get("titles", []))
        shipped_index = payload.get("person_alias")
        if isinstance(shipped_index, dict):
            kb._person_alias = defaultdict(list, shipped_index)
        kb._reset_views(person_aliases=not isinstance(shipped_index, dict))
        return kb

    @classmethod
    def from_bytes(cls, data: bytes) -> KnowledgeBase:
        """Read a KB serialised with :meth:`to_bytes`."""
        return cls.from_payload(storage.decode(data))

    def to_disk(self, path: str | Path) -> None:
        """Write the KB to ``path`` (a directory; the file inside is ``kb.json.gz``)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / SHIPPED_FILE).write_bytes(self.to_bytes())

    @classmethod
    def from_disk(cls, path: str | Path) -> KnowledgeBase:
        """Read a KB written by :meth:`to_disk` (a directory or the file itself)."""
        path = Path(path)
        file = path / SHIPPED_FILE if path.is_dir() else path
        if not file.exists():
            raise KBError(Errors.E101.format(path=file))
        return cls.from_bytes(file.read_bytes())

    # ------------------------------------------------------------------ indexes
    def _reset_views(self, *, person_aliases: bool = True) -> None:
        """Rebuild the derived indexes (the person alias index only when asked: it is kept
        up to date by :meth:`add` and shipped ready-made, as normalising every name is the
        slowest part of loading)."""
        if person_aliases:
            index: dict[str, list[str]] = defaultdict(list)
            for row in self._person_rows.values():
                _index_names(index, row[0], (row[1], *row[2]))
            self._person_alias = index
        self._persons = _LazyModels(self._person_rows, storage.person_from_row)
        self._offices = _LazyModels(self._office_rows, storage.office_from_row)
        self._tenures = _LazyTenures(self._tenure_rows, self._sources)
        self._fuzzy: FuzzyIndex | None = None
        self._surname_index: dict[str, list[str]] | None = None
        self._title_cache: dict[str, list[tuple[str, str | None]]] | None = None
        self._build_indexes()

    def _build_indexes(self) -> None:
        alias: dict[str, list[str]] = defaultdict(list)
        country_keys: dict[str, list[str]] = defaultdict(list)
        for c in self._countries.values():
            for name in (c.name, *c.aliases, *c.historical_names, c.alpha3, *([c.alpha2] if c.alpha2 else []), c.id):
                _append(country_keys, normalize_name(name), c.alpha3)
                _append(alias, normalize_name(name), c.id)
            for name in c.demonyms:
                _append(country_keys, normalize_name(name), c.alpha3)
        # Capitals and seats come last: a name or demonym of a country wins over a capital.
        for c in self._countries.values():
            for name in (*c.capitals, *c.seats):
                key = normalize_name(name)
                if key not in country_keys:
                    _append(country_keys, key, c.alpha3)
        for o in self._orgs.values():
            for name in (o.name, *o.acronyms, *o.aliases):
                _append(alias, normalize_name(name), o.id)
        self._alias = alias
        self._country_keys = country_keys
        self._country_by_id = {c.id: c.alpha3 for c in self._countries.values()}
        by_office: dict[str, list[int]] = defaultdict(list)
        by_person: dict[str, list[int]] = defaultdict(list)
        for i, row in enumerate(self._tenure_rows):
            by_office[row[1]].append(i)
            by_person[row[0]].append(i)
        self._by_office = by_office
        self._by_person = by_person
        by_role: dict[tuple[str | None, str], list[str]] = defaultdict(list)
        for row in self._office_rows.values():
            country = row[3] if row[3] is not None else row[4]
            by_role[(country, row[2])].append(row[0])
            for extra in row[7] if len(row) > 7 else ():
                by_role[(country, extra)].append(row[0])
        self._offices_by_role = by_role

    # ------------------------------------------------------------------ collections
    @property
    def countries(self) -> Mapping[str, Country]:
        """Countries by ISO alpha-3."""
        return self._countries

    @property
    def persons(self) -> Mapping[str, Person]:
        """Persons by id."""
        return self._persons

    @property
    def organisations(self) -> Mapping[str, Organisation]:
        """Organisations by id."""
        return self._orgs

    @property
    def offices(self) -> Mapping[str, Office]:
        """Offices by id."""
        return self._offices

    @property
    def tenures(self) -> Sequence[Tenure]:
        """All tenures."""
        return self._tenures

    # ------------------------------------------------------------------ adding
    def add(self, item: Actor | Office | Tenure) -> None:
        """Add or replace an actor, office or tenure (aliases of a known actor are merged).

        Args:
            item: A Person, Country, Organisation, Office or Tenure.

        Raises:
            KBError: A tenure names an unknown person or office.
        """
        if isinstance(item, Country):
            self._countries[item.alpha3] = item
        elif isinstance(item, Organisation):
            self._orgs[item.id] = item
        elif isinstance(item, Person):
            old = self._person_rows.get(item.id)
            if old is not None:
                item = item.model_copy(update={"aliases": _merge_aliases(old[1], old[2], item)})
                _unindex_names(self._person_alias, item.id, (old[1], *old[2]))
            self._persons._set(item.id, storage.person_row(item), item)
            _index_names(self._person_alias, item.id, (item.name, *item.aliases))
        elif isinstance(item, Office):
            self._offices._set(item.id, storage.office_row(item), item)
        elif isinstance(item, Tenure):
            for key, known in (("person", self._person_rows), ("office", self._office_rows)):
                value = getattr(item, key)
                if value not in known:
                    raise KBError(Errors.E103.format(actor_id=value))
            src = None
            if item.source is not None:
                src = self._source_ids.setdefault(item.source, len(self._sources))
                if src == len(self._sources):
                    self._sources.append(item.source)
            self._tenure_rows.append([item.person, item.office, storage._iso(item.start), storage._iso(item.end), item.qualifier, src])
        else:
            raise KBError(Errors.E102.format(path="<add>", line=0, field="type", msg=f"cannot add a {type(item).__name__}"))
        self._reset_views(person_aliases=False)

    def add_all(self, items: Iterable[Actor | Office | Tenure]) -> None:
        """Add many items (indexes are rebuilt once, at the end)."""
        reset, self._reset_views = self._reset_views, lambda **_: None  # type: ignore[method-assign]
        try:
            for item in items:
                self.add(item)
        finally:
            self._reset_views = reset  # type: ignore[method-assign]
            self._reset_views(person_aliases=False)

    def add_titles(self, entries: Iterable[TitleEntry | tuple[str, str, str | None, str]]) -> None:
        """Add entries to the title lexicon (surface title, role type, country or None, readable title).

        Raises:
            KBError: A role type is unknown.
        """
        from .model import ROLE_TYPES

        for entry in entries:
            title, role, country, readable = entry
            if role not in ROLE_TYPES:
                raise KBError(Errors.E102.format(path="<titles>", line=0, field="role_type", msg=f"unknown role type {role!r}"))
            row = [title, role, country, readable]
            if row not in self._title_rows:
                self._title_rows.append(row)
        self._title_cache = None

    # ------------------------------------------------------------------ lookups
    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id (person, organisation, or country by QID or alpha-3)."""
        if actor_id in self._person_rows:
            return self._persons[actor_id]
        if actor_id in self._orgs:
            return self._orgs[actor_id]
        alpha3 = self._country_by_id.get(actor_id, actor_id)
        return self._countries.get(alpha3)

    def country(self, key: str) -> Country | None:
        """A country from a code, QID, name, short form, historical name, demonym, capital or seat.

        Args:
            key: "DE", "DEU", "Q183", "Germany", "FRG", "German", "Burma", "the U.S.".

        Returns:
            The country, or None. Demonyms shared by several countries ("Korean") resolve
            to the state that lists it first among its own (curated), then to states over
            territories.

        Example:
            >>> KnowledgeBase.default().country("North Korean").alpha3
            'PRK'
        """
        norm = normalize_name(key)
        hits = self._country_keys.get(norm)
        if not hits:
            hits = self._country_keys.get(key.strip().upper()) if len(key.strip()) in (2, 3) else None
        if not hits:
            return None
        return self._countries[hits[0]]

    def lookup(self, alias: str, *, types: Collection[str] | None = None) -> list[Actor]:
        """Actors with exactly this alias (after normalisation).

        Args:
            alias: A name as written ("Antony Blinken", "NATO", "the U.S.").
            types: Only these actor types ("person", "country", "organisation").

        Returns:
            Matching actors (several for namesakes), persons with more tenures first.
        """
        key = normalize_name(alias)
        ids = [*self._alias.get(key, ()), *self._person_alias.get(key, ())]
        actors = [a for a in (self.get(i) for i in ids) if a is not None and (types is None or a.type in types)]
        return sorted(actors, key=lambda a: -len(self._by_person.get(a.id, ())))

    def fuzzy_index(self) -> FuzzyIndex:
        """The fuzzy index over every alias (built on first use)."""
        if self._fuzzy is None:
            entries: list[tuple[str, str, str]] = []
            for c in self._countries.values():
                entries.extend((n, c.id, "country") for n in (c.name, *c.aliases, *c.historical_names))
            for o in self._orgs.values():
                entries.extend((n, o.id, "organisation") for n in (o.name, *o.acronyms, *o.aliases))
            for row in self._person_rows.values():
                entries.append((row[1], row[0], "person"))
                entries.extend((n, row[0], "person") for n in row[2])
            self._fuzzy = FuzzyIndex(entries)
        return self._fuzzy

    def search(
        self,
        name: str,
        *,
        types: Collection[str] | None = None,
        limit: int = 5,
        score_cutoff: float = 0.0,
        country: str | None = None,
        on: dt.date | str | None = None,
    ) -> list[Candidate]:
        """Fuzzy name search over every alias, best first.

        Args:
            name: The name as written ("Annalena Burbock", "Anthony Blinken").
            types: Only these actor types.
            limit: Maximum number of candidates.
            score_cutoff: Minimum score (0..1).
            country: Only actors of this country (alpha-3, alpha-2 or name).
            on: Only persons holding an office on that date (other actors pass).

        Returns:
            Candidates with a 0..1 score and the alias that matched.

        Example:
            >>> KnowledgeBase.default().search("Annalena Burbock", types={"person"})[0].actor.name
            'Annalena Baerbock'
        """
        day = _as_date(on)
        want = self._resolve_country(country) if country else None
        fetch = limit if want is None and day is None else limit * 8 + 10
        out: list[Candidate] = []
        for hit in self.fuzzy_index().search(name, types=types, limit=fetch, score_cutoff=score_cutoff):
            actor = self.get(hit.actor_id)
            if actor is None or (want is not None and actor.country != want):
                continue
            if day is not None and actor.type == "person" and not self.offices_of(actor.id, on=day):
                continue
            out.append(Candidate(actor, hit.score, hit.alias))
            if len(out) >= limit:
                break
        return out

    def surnames(self, token: str) -> list[Person]:
        """Persons whose name ends with this surname (or starts with it, for East Asian names).

        Args:
            token: A surname as written: "Blinken", "von der Leyen", "Xi".

        Returns:
            Persons, those with more tenures first.

        Example:
            >>> "Antony Blinken" in [p.name for p in KnowledgeBase.default().surnames("Blinken")]
            True
        """
        if self._surname_index is None:
            index: dict[str, list[str]] = defaultdict(list)
            for row in self._person_rows.values():
                for key in _surname_keys(row[1], row[3]):
                    _append(index, key, row[0])
                for alias in row[2]:
                    if len(name_tokens(alias)) > 1:
                        for key in _surname_keys(alias, row[3]):
                            _append(index, key, row[0])
            self._surname_index = index
        ids = self._surname_index.get(normalize_name(token), [])
        return sorted((self._persons[i] for i in ids), key=lambda p: -len(self._by_person.get(p.id, ())))

    def _resolve_country(self, key: str) -> str | None:
        country = self.country(key)
        return country.alpha3 if country else None

    # ------------------------------------------------------------------ offices
    def holders(self, office: str, country: str | None = None, *, on: dt.date | str | None = None) -> list[Holding]:
        """Who held an office (on a date).

        Args:
            office: An Office id, a role type ("foreign_minister") or a title with an optional
                country or organisation in front ("US Secretary of State", "German foreign
                minister", "NATO Secretary General") or after ("foreign minister of Brazil").
            country: Narrows to this country (alpha-3, alpha-2 or name).
            on: A date (or ISO string); None means any date.

        Returns:
            Holdings ordered by tenure start.

        Raises:
            KBError: The office, role or title is unknown.

        Example:
            >>> kb = KnowledgeBase.default()
            >>> [h.person.name for h in kb.holders("foreign_minister", "DEU", on="2025-06-01")]
            ['Johann Wadephul']
        """
        from .queries import find_holders

        return find_holders(self, office, country, on=_as_date(on))

    def offices_of(self, person_id: str, *, on: dt.date | str | None = None) -> list[Holding]:
        """The offices a person held (on a date), ordered by tenure start."""
        person = self._persons.get(person_id)
        if person is None:
            return []
        day = _as_date(on)
        out = []
        for i in self._by_person.get(person_id, ()):
            tenure = self._tenures[i]
            if day is None or tenure.holds_on(day):
                out.append(Holding(person, self._offices[tenure.office], tenure))
        return sorted(out, key=lambda h: (h.tenure.start or dt.date.min, h.office.id))

    def titles(self) -> list[TitleEntry]:
        """The title lexicon: surface titles with role type, country (None: generic), readable title."""
        return [TitleEntry(*row) for row in self._title_rows]

    def gazetteer(self) -> Iterator[GazetteerEntry]:
        """Every surface form the actor ruler should match, with label, actor id and kind."""
        from .queries import iter_gazetteer

        return iter_gazetteer(self)

    def stats(self) -> dict[str, int]:
        """Counts of countries, persons, organisations, offices, tenures and aliases."""
        return {
            "countries": len(self._countries),
            "persons": len(self._person_rows),
            "organisations": len(self._orgs),
            "offices": len(self._office_rows),
            "tenures": len(self._tenure_rows),
            "aliases": sum(len(v) for v in self._alias.values()) + sum(len(v) for v in self._person_alias.values()),
            "titles": len(self._title_rows),
        }

    def __repr__(self) -> str:
        s = self.stats()
        return f"<KnowledgeBase {s['countries']} countries, {s['persons']} persons, {s['organisations']} organisations, {s['tenures']} tenures>"


def _append(index: dict[str, list[str]], key: str, value: str) -> None:
    if key:
        bucket = index[key]
        if value not in bucket:
            bucket.append(value)


def _index_names(index: dict[str, list[str]], actor_id: str, names: Iterable[str]) -> None:
    for name in names:
        _append(index, normalize_name(name), actor_id)


def _unindex_names(index: dict[str, list[str]], actor_id: str, names: Iterable[str]) -> None:
    for name in names:
        bucket = index.get(normalize_name(name))
        if bucket and actor_id in bucket:
            bucket.remove(actor_id)


def _merge_aliases(old_name: str, old_aliases: list[str], new: Person) -> list[str]:
    merged = list(new.aliases)
    for a in (old_name, *old_aliases):
        if a != new.name and a not in merged:
            merged.append(a)
    return merged


_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "del", "la", "le", "al", "el", "bin", "ibn", "ben", "dos", "das", "ter"}


def _surname_keys(name: str, country: str | None) -> list[str]:
    tokens = name_tokens(name)
    if len(tokens) < 2:
        return []
    keys = [tokens[-1]]
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1] in _PARTICLES:
        i -= 1
        keys.append(" ".join(tokens[i:]))
    if len(tokens) >= 3:
        keys.append(" ".join(tokens[-2:]))
    if country in _EAST_ASIAN_ORDER:
        keys.append(tokens[0])
    return keys


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as e:
        from ..errors import GeoExtractValueError

        raise GeoExtractValueError(Errors.E005.format(value=value)) from e
