"""Make tenures consistent: valid dates, no duplicates, one holder at a time per office."""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict

from .draft import BuildState, TenureDraft

logger = logging.getLogger(__name__)
_FAR = dt.date(9000, 12, 31)
HANDOVER = dt.timedelta(days=1)


def _end(t: TenureDraft) -> dt.date:
    return t.end or _FAR


def _start(t: TenureDraft) -> dt.date:
    return t.start or dt.date.min


def clean_tenures(state: BuildState) -> dict[str, int]:
    """Repair and prune the tenures in place; returns counts of each repair for the build log.

    Rules, in order:

    1. a tenure whose start is after its end is dropped;
    2. rows of the same person and office that overlap are merged; when a higher-priority
       source (curated > IfG > Factbook > Wikidata) has rows for a person and office, the
       lower-priority rows of that pair that overlap them are dropped;
    3. a year- or month-precision start inside the predecessor's precise end period moves to
       that end (Wikidata "2013" after an end on 2013-03-14);
    4. in a single-holder office, a holder whose term runs past the successor's start is
       closed at that start (the handover day may overlap); a term nested in another one is
       kept as ``acting`` unless it comes from a higher-priority source, which closes the
       older open-ended term instead.
    """
    counts: dict[str, int] = defaultdict(int)
    kept: list[TenureDraft] = []
    for t in state.tenures:
        if t.office not in state.offices or t.person not in state.persons:
            counts["dangling"] += 1
            continue
        if t.start and t.end and t.start > t.end:
            counts["start_after_end"] += 1
            continue
        kept.append(t)
    by_office: dict[str, list[TenureDraft]] = defaultdict(list)
    for t in kept:
        by_office[t.office].append(t)
    result: list[TenureDraft] = []
    for office_id in sorted(by_office):
        rows = _merge_same_person(by_office[office_id], counts)
        if state.offices[office_id].single_holder:
            rows = _one_holder_at_a_time(rows, counts)
        result.extend(rows)
    state.tenures = result
    return dict(counts)


def _merge_same_person(rows: list[TenureDraft], counts: dict[str, int]) -> list[TenureDraft]:
    by_person: dict[str, list[TenureDraft]] = defaultdict(list)
    for t in rows:
        by_person[t.person].append(t)
    out: list[TenureDraft] = []
    for person_rows in by_person.values():
        top = max(t.priority for t in person_rows)
        best = [t for t in person_rows if t.priority == top]
        for t in person_rows:
            if t.priority < top and any(_start(t) <= _end(b) and _start(b) <= _end(t) for b in best):
                counts["superseded"] += 1
                continue
            if t.priority < top:
                best.append(t)
        best.sort(key=lambda t: (_start(t), -t.priority))
        merged: list[TenureDraft] = []
        for t in best:
            prev = merged[-1] if merged else None
            if prev is not None and _start(t) <= _end(prev) + HANDOVER and prev.qualifier == t.qualifier:
                if t.priority > prev.priority:
                    # The stronger source's dates win; keep the earlier start only from the same term.
                    t.start = min(_start(prev), _start(t)) if prev.start and t.start else t.start or prev.start
                    merged[-1] = t
                elif _end(t) > _end(prev):
                    prev.end, prev.end_precision = t.end, t.end_precision
                    prev.open_confirmed = prev.open_confirmed or t.open_confirmed
                counts["merged_same_person"] += 1
                continue
            merged.append(t)
        out.extend(merged)
    return out


def _one_holder_at_a_time(rows: list[TenureDraft], counts: dict[str, int]) -> list[TenureDraft]:
    rows.sort(key=lambda t: (_start(t), _end(t), t.person))
    for i, b in enumerate(rows):
        for a in rows[:i]:
            if a.person == b.person or "acting" in (a.qualifier, b.qualifier):
                continue
            if not (_start(b) < _end(a) and _start(a) < _end(b)):
                continue
            if b.start_precision != "day" and a.end and a.end_precision == "day" and b.start and a.end <= _precision_end(b):
                b.start, b.start_precision = a.end, "day"
                counts["refined_start"] += 1
                continue
            if _end(b) - _start(b) <= dt.timedelta(0) or _end(a) - _start(b) <= HANDOVER:
                continue
            # A weaker row ending with the stronger one is nested in it too (Myanmar's exiled
            # government's foreign minister inside the junta's, per a curated term).
            nested = _end(b) < _end(a) or (_end(b) == _end(a) and a.priority > b.priority)
            if a.start == b.start and a.priority != b.priority:
                loser = a if a.priority < b.priority else b
                loser.qualifier = "acting"
                counts["same_start_marked_acting"] += 1
            elif nested and b.priority <= a.priority and (a.end is not None or a.open_confirmed):
                b.qualifier = "acting"
                counts["nested_marked_acting"] += 1
            else:
                a.end, a.end_precision = b.start, b.start_precision
                counts["closed_at_successor"] += 1
    return [t for t in rows if not (t.start and t.end and t.start > t.end)]


def _precision_end(t: TenureDraft) -> dt.date:
    if t.start is None:
        return dt.date.min
    if t.start_precision == "year":
        return dt.date(t.start.year, 12, 31)
    if t.start_precision == "month":
        return (t.start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return t.start
