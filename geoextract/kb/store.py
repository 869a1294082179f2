"""The knowledge base of political actors: countries, organisations, persons, offices, tenures."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from .._gc import paused_gc
from ..errors import Errors, KBError
from . import storage
from .fuzzy import FuzzyIndex
from .indexes import (
    SurnameIndex,
    _as_date,
    _index_names,
    _merge_aliases,
    _unindex_names,
    build_indexes,
    fuzzy_entries,
    ids_of,
    surname_index,
)
from .model import Actor, Country, Office, Organisation, Person, Tenure
from .normalize import normalize_name
from .payload import copy_rows, fill_from_payload, payload_of
from .records import Candidate, GazetteerEntry, Holding, TitleEntry, _LazyModels, _LazyTenures
from .shipped import SHIPPED_DIGEST, shipped_fuzzy_index

__all__ = ["SHIPPED_FILE", "Candidate", "GazetteerEntry", "Holding", "KnowledgeBase", "TitleEntry"]

SHIPPED_FILE = "kb.json.gz"


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
        self._person_rows: dict[str, Sequence[Any]] = {}
        self._office_rows: dict[str, Sequence[Any]] = {}
        self._tenure_rows: list[Sequence[Any]] = []
        self._sources: list[str] = []
        self._source_ids: dict[str, int] = {}
        self._title_rows: list[list[Any]] = []
        self.meta: dict[str, Any] = {}
        # Derived indexes, rebuilt by _reset_views (see indexes.build_indexes).
        self._person_alias: dict[str, list[str]] = defaultdict(list)
        self._alias: dict[str, list[str]] = {}
        self._country_keys: dict[str, list[str]] = {}
        self._country_by_id: dict[str, str] = {}
        self._by_office: dict[str, tuple[int, ...]] = {}
        self._by_person: dict[str, tuple[int, ...]] = {}
        self._offices_by_role: dict[tuple[str | None, str], list[str]] = {}
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
                data = resources.files("geoextract.kb").joinpath("data").joinpath(SHIPPED_FILE)
                try:
                    raw = data.read_bytes()
                except FileNotFoundError as e:
                    raise KBError(Errors.E101.format(path=str(data))) from e
                with paused_gc():
                    cls._default = cls.from_bytes(raw)
                # Marks the KB as the shipped one, whose fuzzy index ships prebuilt; any
                # change to the KB (add, extend) drops the mark.
                cls._default.meta[SHIPPED_DIGEST] = hashlib.sha1(raw).hexdigest()
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
        copy_rows(self, kb)
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
        return payload_of(self)

    def to_bytes(self) -> bytes:
        """Serialise the whole KB (gzip JSON)."""
        return storage.encode(self.to_payload())

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> KnowledgeBase:
        """A KB from :meth:`to_payload` output (trusted: rows are not re-validated)."""
        storage.check_format(payload)
        kb = cls()
        fill_from_payload(kb, payload)
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
        self._surname_index: SurnameIndex | None = None
        self._title_cache: dict[str, list[tuple[str, str | None]]] | None = None
        self._office_tenures: dict[tuple[str, str | None], tuple[Any, ...]] = {}
        self._person_tenures: dict[str, tuple[Any, ...]] = {}
        self._build_indexes()

    def _build_indexes(self) -> None:
        build_indexes(self)

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
        self.meta.pop(SHIPPED_DIGEST, None)
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
            row = storage.tenure_row(item, self._source_ids)
            if item.source is not None and len(self._sources) < len(self._source_ids):
                self._sources.append(item.source)  # a new source string was interned
            self._tenure_rows.append(row)
        else:
            raise KBError(
                Errors.E102.format(
                    path="<add>", line=0, field="type", msg=f"cannot add a {type(item).__name__}"
                )
            )
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
                raise KBError(
                    Errors.E102.format(
                        path="<titles>",
                        line=0,
                        field="role_type",
                        msg=f"unknown role type {role!r}",
                    )
                )
            row = [title, role, country, readable]
            if row not in self._title_rows:
                self._title_rows.append(row)
        self._title_cache = None
        self._office_tenures = {}

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
            hits = (
                self._country_keys.get(key.strip().upper()) if len(key.strip()) in (2, 3) else None
            )
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
        actors = [
            a
            for a in (self.get(i) for i in ids)
            if a is not None and (types is None or a.type in types)
        ]
        return sorted(actors, key=lambda a: -len(self._by_person.get(a.id, ())))

    def fuzzy_index(self) -> FuzzyIndex:
        """The fuzzy index over every alias (built on first use; the shipped KB's ships prebuilt)."""
        if self._fuzzy is None:
            with paused_gc():
                index = shipped_fuzzy_index(self.meta.get(SHIPPED_DIGEST), fuzzy_entries(self))
                self._fuzzy = index if index is not None else FuzzyIndex(fuzzy_entries(self))
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
        from .queries import search_actors

        want = self._resolve_country(country) if country else None
        return search_actors(self, name, types=types, limit=limit, score_cutoff=score_cutoff, country=want, day=_as_date(on))

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
            with paused_gc():
                self._surname_index = surname_index(self)
        ids = ids_of(self._surname_index, normalize_name(token))
        return sorted(
            (self._persons[i] for i in ids), key=lambda p: -len(self._by_person.get(p.id, ()))
        )

    def _resolve_country(self, key: str) -> str | None:
        country = self.country(key)
        return country.alpha3 if country else None

    # ------------------------------------------------------------------ offices
    def holders(
        self, office: str, country: str | None = None, *, on: dt.date | str | None = None
    ) -> list[Holding]:
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
        from .queries import person_holdings

        return person_holdings(self, person_id, _as_date(on))

    def offices_for(self, role_type: str, scope: str | None = None) -> list[Office]:
        """Offices of a role type in a country (alpha-3) or organisation (id); all when None.

        Example:
            >>> [o.title for o in KnowledgeBase.default().offices_for("foreign_minister", "USA")]
            ['Secretary of State']
        """
        if scope is None:
            ids = [
                i
                for (_, role), office_ids in self._offices_by_role.items()
                if role == role_type
                for i in office_ids
            ]
        else:
            ids = self._offices_by_role.get((scope, role_type), [])
        return [self._offices[i] for i in dict.fromkeys(ids)]

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
            "aliases": sum(len(v) for v in self._alias.values())
            + sum(len(v) for v in self._person_alias.values()),
            "titles": len(self._title_rows),
        }

    def __repr__(self) -> str:
        s = self.stats()
        return f"<KnowledgeBase {s['countries']} countries, {s['persons']} persons, {s['organisations']} organisations, {s['tenures']} tenures>"
