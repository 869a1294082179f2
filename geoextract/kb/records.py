"""Small record types of the KB API and the lazy row-backed collections behind it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from . import storage
from .model import Actor, Office, Person, Tenure


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

    def __init__(self, rows: dict[str, Sequence[Any]], factory: Any) -> None:
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

    def _set(self, key: str, row: Sequence[Any], item: Any = None) -> None:
        self._rows[key] = row
        self._cache.pop(key, None)
        if item is not None:
            self._cache[key] = item


class _LazyTenures(Sequence[Tenure]):
    """A read-only sequence of tenures made from rows on access."""

    def __init__(self, rows: list[Sequence[Any]], sources: list[str]) -> None:
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
