"""Lookup indexes of a KnowledgeBase, and the name helpers they use."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias

from ..errors import Errors, GeoExtractValueError
from .model import Person, demonym_table
from .normalize import _TOKEN, normalize_name

if TYPE_CHECKING:
    from .store import KnowledgeBase

EAST_ASIAN_ORDER = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "SGP", "MNG"}


def build_indexes(kb: KnowledgeBase) -> None:
    """(Re)build the country, organisation, tenure and office-role indexes of ``kb``."""
    alias: dict[str, list[str]] = defaultdict(list)
    country_keys: dict[str, list[str]] = defaultdict(list)
    demonyms = demonym_table(kb._countries.values())
    for c in kb._countries.values():
        for name in (
            c.name,
            *c.aliases,
            *c.historical_names,
            c.alpha3,
            *([c.alpha2] if c.alpha2 else []),
            c.id,
        ):
            _append(country_keys, normalize_name(name), c.alpha3)
            _append(alias, normalize_name(name), c.id)
        for name in demonyms[c.id]:
            _append(country_keys, normalize_name(name), c.alpha3)
    # Capitals and seats come last: a name or demonym of a country wins over a capital.
    for c in kb._countries.values():
        for name in (*c.capitals, *c.seats):
            key = normalize_name(name)
            if key not in country_keys:
                _append(country_keys, key, c.alpha3)
    for o in kb._orgs.values():
        for name in (o.name, *o.acronyms, *o.aliases):
            _append(alias, normalize_name(name), o.id)
    kb._alias = alias
    kb._country_keys = country_keys
    kb._country_by_id = {c.id: c.alpha3 for c in kb._countries.values()}
    by_office: dict[str, list[int]] = defaultdict(list)
    by_person: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(kb._tenure_rows):
        by_office[row[1]].append(i)
        by_person[row[0]].append(i)
    # Rebuilt on every change, never appended to: tuples, which the garbage collector skips.
    kb._by_office = {k: tuple(v) for k, v in by_office.items()}
    kb._by_person = {k: tuple(v) for k, v in by_person.items()}
    by_role: dict[tuple[str | None, str], list[str]] = defaultdict(list)
    for row in kb._office_rows.values():
        country = row[3] if row[3] is not None else row[4]
        by_role[(country, row[2])].append(row[0])
        for extra in row[7] if len(row) > 7 else ():
            by_role[(country, extra)].append(row[0])
    kb._offices_by_role = by_role


def _append(index: dict[str, list[str]], key: str, value: str) -> None:
    if key:
        bucket = index.get(key)
        if bucket is None:
            index[key] = [value]
        elif value not in bucket:
            if isinstance(bucket, tuple):  # loaded read-only (see storage.freeze_rows)
                bucket = index[key] = list(bucket)
            bucket.append(value)


def _index_names(index: dict[str, list[str]], actor_id: str, names: Iterable[str]) -> None:
    for name in names:
        _append(index, normalize_name(name), actor_id)


def _unindex_names(index: dict[str, list[str]], actor_id: str, names: Iterable[str]) -> None:
    for name in names:
        key = normalize_name(name)
        bucket = index.get(key)
        if bucket and actor_id in bucket:
            index[key] = [a for a in bucket if a != actor_id]


def _merge_aliases(old_name: str, old_aliases: list[str], new: Person) -> list[str]:
    merged = list(new.aliases)
    for a in (old_name, *old_aliases):
        if a != new.name and a not in merged:
            merged.append(a)
    return merged


_PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "da",
    "di",
    "du",
    "del",
    "la",
    "le",
    "al",
    "el",
    "bin",
    "ibn",
    "ben",
    "dos",
    "das",
    "ter",
}


def _surname_keys(tokens: list[str], country: str | None) -> list[str]:
    if len(tokens) < 2:
        return []
    keys = [tokens[-1]]
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1] in _PARTICLES:
        i -= 1
        keys.append(" ".join(tokens[i:]))
    if len(tokens) >= 3:
        keys.append(" ".join(tokens[-2:]))
    if country in EAST_ASIAN_ORDER:
        keys.append(tokens[0])
    return keys


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as e:
        raise GeoExtractValueError(Errors.E005.format(value=value)) from e


def fuzzy_entries(kb: KnowledgeBase) -> Iterator[tuple[str, str, str]]:
    """``(alias, actor id, actor type)`` of every name of every actor, for the fuzzy index.

    A generator, always in the same order: the index keeps these very strings (no copies),
    and one made from the shipped payload pairs its entries up with them in one walk.
    """
    for c in kb.countries.values():
        yield from ((n, c.id, "country") for n in (c.name, *c.aliases, *c.historical_names))
    for o in kb.organisations.values():
        yield from ((n, o.id, "organisation") for n in (o.name, *o.acronyms, *o.aliases))
    for row in kb._person_rows.values():
        yield row[1], row[0], "person"
        yield from ((n, row[0], "person") for n in row[2])


#: Person ids per surname key: one id as a bare string (nine keys in ten have one; a
#: 1-tuple would cost 48 bytes more each), several as a tuple. Read it with :func:`ids_of`.
SurnameIndex: TypeAlias = dict[str, str | tuple[str, ...]]


def surname_index(kb: KnowledgeBase) -> SurnameIndex:
    """Normalised surname -> person ids (names and multi-word aliases).

    Names are normalised without ``normalize_name``'s cache: the ~60k names of the KB would
    fill it with entries that text lookups rarely hit, and keep them for the process's life.
    """
    index: dict[str, Any] = {}
    for row in kb._person_rows.values():
        for key in _surname_keys(_uncached_tokens(row[1]), row[3]):
            _append(index, key, row[0])
        for alias in row[2]:
            tokens = _uncached_tokens(alias)
            if len(tokens) > 1:
                for key in _surname_keys(tokens, row[3]):
                    _append(index, key, row[0])
    for key, ids in index.items():  # lists while built, compact once done
        index[key] = ids[0] if len(ids) == 1 else tuple(ids)
    return index


def ids_of(index: SurnameIndex, key: str) -> tuple[str, ...]:
    """The ids stored under ``key`` in a :data:`SurnameIndex`."""
    ids = index.get(key, ())
    return (ids,) if isinstance(ids, str) else ids


def _uncached_tokens(text: str) -> list[str]:
    """:func:`name_tokens` without filling the normalisation cache (for one-off index builds)."""
    return _TOKEN.findall(normalize_name.__wrapped__(text))
