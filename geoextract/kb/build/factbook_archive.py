"""Fill gaps in heads of state and government with the Factbook editions of 1992-2025.

The yearly Factbooks name each country's chief of state and head of government with a
"since" date. Where the KB has no holder of a country's canonical head-of-state or
head-of-government office for a period (France's presidents before 2017 are missing from
the Wikidata snapshot), those names fill the gap; they never override a tenure the KB has.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..normalize import name_tokens
from . import sources as src
from .canonical import _uncovered, ensure_canonical, names_compatible, strip_initials
from .countries import ArchiveCountries
from .draft import BuildState, PersonDraft, TenureDraft
from .factbook import FactbookLeader, parse_executive

SOURCE_ARCHIVE = "CIA World Factbook {year} edition (public domain), via the 1990-2025 archive"
_SECTION = re.compile(
    r"(chief of state|head of government)\s*:\s*(.*?)(?=\s*\|?\s*(?:chief of state|head of government|cabinet|elections?(?:/appointments)?|election results|note)\s*:|$)",
    re.I | re.S,
)
_ROLE = {"chief of state": "head_of_state", "head of government": "head_of_government"}
#: Editions whose executive-branch text names leaders; the others carry only role skeletons.
_NAMED_EDITIONS = frozenset([*range(1992, 2018), *range(2021, 2026)])
_MIN_GAP_DAYS = 14


@dataclass(frozen=True)
class ArchiveEntry:
    """A leader one edition names; ``mirrored``: the chief of state who also heads the government."""

    year: int
    leader: FactbookLeader
    mirrored: bool = False


def load_archive_leaders(sources: Path, which: ArchiveCountries) -> dict[tuple[str, str], list[ArchiveEntry]]:
    """(alpha-3, role) -> entries from the archive's executive-branch fields."""
    out: dict[tuple[str, str], list[ArchiveEntry]] = defaultdict(list)
    for row in src.read_csv(sources, src.FACTBOOK_ARCHIVE):
        if row["field"] not in ("Executive branch", "Leaders") or not row["year"].isdigit():
            continue
        alpha3 = which(row)
        if alpha3 is None:
            continue
        year = int(row["year"])
        found: dict[str, FactbookLeader] = {}
        for label, text in _SECTION.findall(row["content"]):
            leaders = parse_executive(text)
            if leaders and leaders[0].since is not None:
                found[_ROLE[label.lower()]] = leaders[0]
        hos, hog = found.get("head_of_state"), found.get("head_of_government")
        for role, leader in found.items():
            # A president who heads the government is mirrored later; the entry still ends
            # the previous head of government's run.
            mirrored = role == "head_of_government" and hos is not None and hog is not None and names_compatible(hos.name, hog.name)
            out[(alpha3, role)].append(ArchiveEntry(year, leader, mirrored))
    return out


@dataclass
class _Run:
    leader: FactbookLeader
    start: dt.date
    first_year: int
    last_year: int
    mirrored: bool


def _terms(entries: list[ArchiveEntry]) -> list[tuple[FactbookLeader, dt.date, dt.date | None, int, bool]]:
    """Consecutive terms (leader, start, end or None, last edition year, mirrored) from yearly entries.

    A term ends where the next leader's term starts, unless editions that name leaders are
    missing in between (2018-2020): then it is only known to reach the end of the last
    edition's year that names it, and the rest stays a gap rather than a guess.
    """
    by_start: dict[tuple[str, dt.date], _Run] = {}
    for e in entries:
        if e.leader.since is None:
            continue
        key = (strip_initials(e.leader.name).lower(), e.leader.since.date)
        prev = by_start.get(key)
        if prev is None:
            by_start[key] = _Run(e.leader, e.leader.since.date, e.year, e.year, e.mirrored)
        else:
            prev.first_year, prev.last_year = min(prev.first_year, e.year), max(prev.last_year, e.year)
            prev.mirrored = prev.mirrored and e.mirrored
    # Re-elections restate "since": keep one term per person run, from its earliest start.
    ordered = sorted(by_start.values(), key=lambda r: (r.start, r.first_year))
    runs: list[_Run] = []
    for run in ordered:
        if runs and names_compatible(runs[-1].leader.name, run.leader.name) and runs[-1].mirrored == run.mirrored:
            last = runs[-1]
            last.first_year, last.last_year = min(last.first_year, run.first_year), max(last.last_year, run.last_year)
            continue
        runs.append(run)
    terms = []
    for i, run in enumerate(runs):
        end = runs[i + 1].start if i + 1 < len(runs) else None
        if end is not None:
            missing = [y for y in range(run.last_year + 1, runs[i + 1].first_year) if y not in _NAMED_EDITIONS]
            if missing and end > dt.date(run.last_year, 12, 31):
                end = max(run.start, dt.date(run.last_year, 12, 31))
        terms.append((run.leader, run.start, end, run.last_year, run.mirrored))
    return terms


def fill_from_archive(sources: Path, state: BuildState, gec_to_alpha3: dict[str, str]) -> int:
    """Add archive terms where the canonical HoS/HoG office has no holder; returns the count."""
    archive = load_archive_leaders(sources, ArchiveCountries(state.countries, gec_to_alpha3))
    by_office = state.tenures_by_office()
    by_country: dict[str, list[PersonDraft]] = defaultdict(list)
    for p in state.persons.values():
        if p.country:
            by_country[p.country].append(p)
    added = 0
    for (alpha3, role), entries in sorted(archive.items()):
        if alpha3 not in state.countries or state.countries[alpha3].kind == "territory":
            continue
        own_entries = [e for e in entries if not e.mirrored]
        if not own_entries:
            continue
        office = ensure_canonical(state, alpha3, role, own_entries[-1].leader.title)
        own = by_office.setdefault(office.id, [])
        covered = [(t.start or dt.date.min, t.end or dt.date.max) for t in own]
        holders = [state.persons[t.person] for t in own if t.person in state.persons]
        for leader, start, end, last_year, mirrored in _terms(entries):
            if mirrored:
                continue
            # The last leader an edition before 2025 names left office at an unknown date: the
            # term is only known to reach the start of that edition's year.
            hi = end or (dt.date(last_year, 1, 1) if last_year < 2025 else dt.date.max)
            # Yearly editions cannot see a few days between two exact handover dates.
            gaps = [g for g in _uncovered(start, hi, covered) if (g[1] - g[0]).days > _MIN_GAP_DAYS]
            if not gaps:
                continue
            person = _person(state, leader, alpha3, holders, by_country)
            mine = {t.start for t in own if t.person == person.id and t.start}
            for lo, gap_hi in gaps:
                if any(abs((gap_hi - s).days) <= 1 for s in mine):
                    # The gap runs up to a term of the same person that a better source starts
                    # later (a monarch's realm from its independence): that start stands.
                    continue
                tenure = TenureDraft(
                    person=person.id,
                    office=office.id,
                    start=lo,
                    end=None if gap_hi == dt.date.max else gap_hi,
                    source=SOURCE_ARCHIVE.format(year=last_year),
                )
                state.tenures.append(tenure)
                own.append(tenure)
                covered.append((lo, gap_hi))
                added += 1
    return added


def _person(state: BuildState, leader: FactbookLeader, country: str, holders: list[PersonDraft], by_country: dict[str, list[PersonDraft]]) -> PersonDraft:
    first = name_tokens(leader.name)[:1]
    for person in holders:
        if any(names_compatible(leader.name, n) for n in (person.name, *person.aliases)):
            person.add_alias(leader.name)
            return person
    for person in by_country.get(country, []):
        names = (person.name, *person.aliases)
        if any(names_compatible(leader.name, n) and name_tokens(n)[:1] == first for n in names):
            person.add_alias(leader.name)
            return person
    name = strip_initials(leader.name)
    person = PersonDraft(id=state.new_person_id(name), name=name, country=country)
    person.add_alias(leader.name)
    state.persons[person.id] = person
    by_country[country].append(person)
    holders.append(person)
    return person
