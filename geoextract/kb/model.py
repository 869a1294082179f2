"""Data model of the knowledge base of geopolitical actors.

Ids: the Wikidata QID where the sources give one (``Q30``, ``Q7821917``); otherwise a stable
geoextract id ``gx:<kind>:<slug>`` (``gx:person:johann-wadephul``,
``gx:office:DEU:foreign_minister``). Countries are keyed by ISO 3166-1 alpha-3 everywhere
else in the library (``Entity.country``, ``Role.country``), and carry their QID as ``id``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .normalize import demonym_variants

ActorType = Literal["person", "country", "organisation"]

OrgKind = Literal[
    "international",  # treaty organisations, UN bodies, blocs, informal groupings (G7, BRICS)
    "eu_institution",
    "government_body",  # presidencies, cabinets, agencies, parliaments, courts
    "ministry",
    "military",
    "party",
    "armed_group",
    "media",
    "think_tank",
    "ngo",
    "company",
    "other",
]

CountryKind = Literal["state", "observer", "territory", "disputed"]

#: Normalised role types. Offices of the KB and roles found in text use these names.
ROLE_TYPES: tuple[str, ...] = (
    "head_of_state",
    "head_of_government",
    "deputy_head_of_state",  # vice president where the VP is not head of government
    "deputy_head_of_government",
    "foreign_minister",
    "deputy_foreign_minister",
    "defence_minister",
    "interior_minister",
    "finance_minister",
    "trade_minister",
    "justice_minister",
    "minister",  # any other cabinet minister
    "national_security_adviser",
    "speaker",
    "opposition_leader",
    "party_leader",
    "military_chief",
    "ambassador",
    "envoy",
    "spokesperson",
    "secretary_general",  # head of an international organisation's secretariat
    "org_head",  # president/chair/director-general of an organisation or its organ
    "org_deputy_head",
    "high_representative",
    "monarch",
    "crown_prince",
    "governor",
    "mayor",
    "judge",
    "official",  # an unspecified official or aide
    "other",  # fellow, analyst, professor and other non-office titles
)


class _KBModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Actor(_KBModel):
    """Anything with a canonical name that text can refer to."""

    id: str
    type: ActorType
    name: str = Field(description="Canonical English name (English Wikipedia title where known).")
    aliases: list[str] = Field(
        default_factory=list, description="Other names, spellings and short forms."
    )
    country: str | None = Field(
        default=None, description="ISO alpha-3 of the actor's state, if any."
    )


class Country(Actor):
    """A state, observer state, territory or disputed state."""

    type: Literal["country"] = "country"
    alpha2: str | None = None
    alpha3: str
    kind: CountryKind = "state"
    un_member: bool = False
    historical_names: list[str] = Field(
        default_factory=list, description="Kiev-era names: Burma, Swaziland, Zaire."
    )
    demonyms: list[str] = Field(
        default_factory=list, description="Adjectives and nouns: German, Germans, North Korean."
    )
    capitals: list[str] = Field(
        default_factory=list,
        description="Capital cities (metonyms when they stand for the government).",
    )
    seats: list[str] = Field(
        default_factory=list,
        description="Seats of government used as metonyms: the White House, the Kremlin.",
    )


class Organisation(Actor):
    type: Literal["organisation"] = "organisation"
    acronyms: list[str] = Field(default_factory=list)
    kind: OrgKind = "other"
    parent: str | None = Field(
        default=None, description="Id of the parent organisation (EU for the European Commission)."
    )


class Person(Actor):
    type: Literal["person"] = "person"
    birth: dt.date | None = None
    death: dt.date | None = None


class Office(_KBModel):
    """A position: the US Secretary of State, the UN Secretary-General."""

    id: str
    title: str = Field(
        description="The office's own title: 'Secretary of State', 'Foreign Secretary'."
    )
    role_type: str = Field(description="One of ROLE_TYPES.")
    country: str | None = Field(default=None, description="ISO alpha-3 for a national office.")
    org: str | None = Field(
        default=None, description="Organisation id for an office of an organisation."
    )
    aliases: list[str] = Field(default_factory=list, description="Other titles of the same office.")
    single_holder: bool = Field(
        default=True,
        description="False for offices held by several people at once (deputy ministers, judges).",
    )
    also_roles: list[str] = Field(
        default_factory=list,
        description="Other role types the holder has ex officio: a president who also heads the government.",
    )


class Tenure(_KBModel):
    """A person holding an office between two dates (``end`` None: still in office)."""

    person: str
    office: str
    start: dt.date | None = None
    end: dt.date | None = None
    qualifier: str | None = Field(default=None, description="'acting' for acting/interim holders.")
    source: str | None = Field(default=None, description="Where the row comes from.")

    def holds_on(self, day: dt.date) -> bool:
        """True when the tenure covers ``day`` (open ends count as covering)."""
        return covers(self.start, self.end, day)


def covers(start: dt.date | None, end: dt.date | None, day: dt.date) -> bool:
    """True when ``day`` lies between ``start`` and ``end`` (None: an open end).

    Example:
        >>> import datetime as dt
        >>> covers(dt.date(2021, 1, 1), None, dt.date(2024, 5, 1)), covers(None, dt.date(2020, 1, 1), dt.date(2024, 5, 1))
        (True, False)
    """
    if start is not None and day < start:
        return False
    return not (end is not None and day > end)


def demonym_table(countries: Iterable[Country]) -> dict[str, list[str]]:
    """Each country's demonyms with their variant spellings (see
    :func:`~geoextract.kb.normalize.demonym_variants`), by country id; a variant that is some
    country's name, alias or demonym is left out. The actor ruler's gazetteer and the country
    index both read it, so the two agree."""
    countries = list(countries)
    known = {t for c in countries for t in (c.name, *c.aliases, *c.demonyms)}
    return {
        c.id: list(dict.fromkeys((*c.demonyms, *(v for d in c.demonyms for v in demonym_variants(d) if v not in known))))
        for c in countries
    }
