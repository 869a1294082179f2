"""The mutable build state shared by the build steps (persons, offices, tenures being merged)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..normalize import normalize_name, slugify
from .countries import CountryDraft


@dataclass
class PersonDraft:
    """A person while the build collects names and facts."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    birth: dt.date | None = None
    death: dt.date | None = None
    curated: bool = False
    #: One-word names news uses alone for this person ("Lula", "Thaksin"), listed by curators:
    #: the only one-word aliases that are part of the full name and survive the build.
    short_names: list[str] = field(default_factory=list)

    def add_alias(self, *values: str) -> None:
        """Append aliases, skipping blanks, the name itself and duplicates (exact string)."""
        for value in values:
            value = " ".join((value or "").split())
            if value and value != self.name and value not in self.aliases:
                self.aliases.append(value)


@dataclass
class OfficeDraft:
    """An office while the build merges source positions into it."""

    id: str
    title: str
    role_type: str
    country: str | None = None
    org: str | None = None
    aliases: list[str] = field(default_factory=list)
    single_holder: bool = True
    also_roles: list[str] = field(default_factory=list)
    title_locked: bool = False  # set by curated/offices*.yaml: later rows keep this title

    def add_alias(self, *values: str) -> None:
        """Append other titles of the office."""
        for value in values:
            value = " ".join((value or "").split())
            if value and value != self.title and value not in self.aliases:
                self.aliases.append(value)


@dataclass
class TenureDraft:
    """A tenure with the precision of its dates (so that year-only dates can be refined)."""

    person: str
    office: str
    start: dt.date | None
    end: dt.date | None
    start_precision: str = "day"
    end_precision: str = "day"
    qualifier: str | None = None
    source: str | None = None
    priority: int = 0  # higher wins when rows of several sources conflict (curated > IfG > Factbook > Wikidata)
    open_confirmed: bool = False  # an open end the source asserts as current (not just unknown)


@dataclass
class BuildState:
    """Everything the build steps read and write."""

    countries: dict[str, CountryDraft]
    persons: dict[str, PersonDraft] = field(default_factory=dict)
    offices: dict[str, OfficeDraft] = field(default_factory=dict)
    tenures: list[TenureDraft] = field(default_factory=list)
    organisations: dict[str, dict[str, Any]] = field(default_factory=dict)
    titles: list[dict[str, Any]] = field(default_factory=list)
    # (country, role_type) -> office id of the canonical office for that role.
    canonical: dict[tuple[str, str], str] = field(default_factory=dict)
    factbook_leaders: dict[str, dict[str, Any]] = field(default_factory=dict)

    def country_of_qid(self) -> dict[str, str]:
        """Country QID -> alpha-3."""
        return {c.id: c.alpha3 for c in self.countries.values() if c.id.startswith("Q")}

    def new_person_id(self, name: str) -> str:
        """A fresh ``gx:person:<slug>`` id that is not taken yet."""
        base = f"gx:person:{slugify(name)}"
        pid, n = base, 2
        while pid in self.persons:
            pid, n = f"{base}-{n}", n + 1
        return pid

    def person_name_index(self) -> dict[str, list[str]]:
        """Normalised name or alias -> person ids."""
        index: dict[str, list[str]] = defaultdict(list)
        for p in self.persons.values():
            for alias in (p.name, *p.aliases):
                key = normalize_name(alias)
                if key and p.id not in index[key]:
                    index[key].append(p.id)
        return index

    def tenures_by_office(self) -> dict[str, list[TenureDraft]]:
        """Office id -> its tenures."""
        out: dict[str, list[TenureDraft]] = defaultdict(list)
        for t in self.tenures:
            out[t.office].append(t)
        return out
