"""Hand-curated YAML files (geoextract/kb/curated/): row formats, strict validation, loading."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..model import ROLE_TYPES, CountryKind, OrgKind
from ..rows import RowError, partial_date, read_rows, validate_row

DateValue = dt.date | str | int | None


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _check_role(value: str) -> str:
    if value not in ROLE_TYPES:
        raise ValueError(f"unknown role type {value!r}; use one of {', '.join(ROLE_TYPES)}")
    return value


def _check_alpha3(value: str | None) -> str | None:
    if value is not None and (len(value) != 3 or not value.isalpha() or not value.isupper()):
        raise ValueError(f"{value!r} is not an ISO alpha-3 code such as 'DEU' (XKX for Kosovo)")
    return value


def _check_date(value: DateValue) -> DateValue:
    partial_date(value)
    return value


def _check_qid(value: str | None) -> str | None:
    if value is not None and not (value.startswith("Q") and value[1:].isdigit()):
        raise ValueError(f"{value!r} is not a Wikidata QID such as 'Q564328'")
    return value


class TenureRow(_Row):
    """A row of ``curated/tenures/*.yaml``."""

    country: str | None = None
    org: str | None = None
    role: str
    title: str | None = None
    person: str = Field(min_length=2)
    person_id: str | None = None
    start: DateValue = None
    end: DateValue = None
    qualifier: str | None = None
    source: str = Field(min_length=3)
    aliases: list[str] = Field(default_factory=list)
    note: str | None = None

    _role = field_validator("role")(_check_role)
    _country = field_validator("country")(_check_alpha3)
    _dates = field_validator("start", "end")(_check_date)
    _qid = field_validator("person_id")(_check_qid)

    @field_validator("qualifier")
    @classmethod
    def _qualifier(cls, value: str | None) -> str | None:
        if value is not None and value not in {"acting", "interim", "caretaker"}:
            raise ValueError("qualifier must be null, 'acting', 'interim' or 'caretaker'")
        return "acting" if value is not None else None


class PersonRow(_Row):
    """A row of ``curated/people*.yaml``."""

    name: str = Field(min_length=2)
    id: str | None = None
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    short_names: list[str] = Field(
        default_factory=list,
        description="One-word names news uses alone for the person (Lula, Thaksin, Abiy); other one-word aliases that are part of the name are dropped.",
    )
    birth: DateValue = None
    death: DateValue = None
    source: str = Field(min_length=3)
    note: str | None = None

    _country = field_validator("country")(_check_alpha3)
    _qid = field_validator("id")(_check_qid)
    _dates = field_validator("birth", "death")(_check_date)

    @field_validator("short_names")
    @classmethod
    def _one_word(cls, value: list[str]) -> list[str]:
        for name in value:
            if len(name.split()) != 1:
                raise ValueError(f"short name {name!r} is not one word; put it in aliases")
        return value


class OfficeRow(_Row):
    """A row of ``curated/offices*.yaml``."""

    country: str | None = None
    org: str | None = None
    role: str
    title: str = Field(min_length=2)
    aliases: list[str] = Field(default_factory=list)
    single_holder: bool | None = None
    source: str | None = None
    note: str | None = None

    _role = field_validator("role")(_check_role)
    _country = field_validator("country")(_check_alpha3)


class CountryRow(_Row):
    """A row of ``curated/countries*.yaml`` (extra names of a country, or a new territory)."""

    alpha3: str
    name: str | None = None
    id: str | None = None
    alpha2: str | None = None
    aliases: list[str] = Field(default_factory=list)
    historical_names: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    capitals: list[str] = Field(default_factory=list)
    seats: list[str] = Field(default_factory=list)
    kind: CountryKind | None = None
    un_member: bool | None = None
    source: str = Field(min_length=3)
    note: str | None = None

    _alpha3 = field_validator("alpha3")(_check_alpha3)
    _qid = field_validator("id")(_check_qid)


class OrganisationRow(_Row):
    """A row of ``curated/organisations*.yaml``."""

    name: str = Field(min_length=2)
    id: str | None = None
    acronyms: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    kind: OrgKind = "other"
    country: str | None = None
    parent: str | None = None
    source: str = Field(min_length=3)
    note: str | None = None

    _country = field_validator("country")(_check_alpha3)
    _qid = field_validator("id")(_check_qid)


class TitleRow(_Row):
    """A row of ``curated/titles*.yaml``: a surface title and the role type it names."""

    title: str = Field(min_length=2)
    role: str
    country: str | None = None
    normalized: str | None = None
    source: str | None = None

    _role = field_validator("role")(_check_role)
    _country = field_validator("country")(_check_alpha3)


KIND_MODELS: dict[str, type[_Row]] = {
    "tenures": TenureRow,
    "people": PersonRow,
    "offices": OfficeRow,
    "countries": CountryRow,
    "organisations": OrganisationRow,
    "titles": TitleRow,
}


def kind_of(path: Path, root: Path) -> str | None:
    """The row kind of a curated file from its place and name (None: not a KB file)."""
    rel = path.relative_to(root)
    if rel.parts[0] == "tenures":
        return "tenures"
    stem = path.stem.lower()
    for kind in ("people", "offices", "countries", "organisations", "titles"):
        if stem.startswith(kind):
            return kind
    return None


def load_curated(root: Path) -> tuple[dict[str, list[tuple[Path, int, Any]]], list[RowError]]:
    """Every curated row, validated, grouped by kind; plus the row errors found.

    Args:
        root: The curated folder.

    Returns:
        ``{kind: [(file, line, row model), ...]}`` in a deterministic order, and errors.
    """
    out: dict[str, list[tuple[Path, int, Any]]] = {k: [] for k in KIND_MODELS}
    errors: list[RowError] = []
    for path in sorted(root.glob("**/*.yaml")) + sorted(root.glob("**/*.yml")):
        kind = kind_of(path, root)
        if kind is None:
            errors.append(RowError(path, 0, "-", "unknown curated file kind: name it people*.yaml, offices*.yaml, countries*.yaml, organisations*.yaml, titles*.yaml or put it in tenures/"))
            continue
        try:
            rows = read_rows(path)
        except Exception as e:  # a broken file is one error among the others
            errors.append(RowError(path, 0, "-", str(e)))
            continue
        for line, row in rows:
            try:
                out[kind].append((path, line, validate_row(KIND_MODELS[kind], row, path, line)))
            except RowError as e:
                errors.append(e)
    return out, errors
