"""Corpus aggregation of meetings: several articles reporting one meeting make one meeting.

Two reports are the same meeting when (all of):

- they have the same set of participants (node keys);
- their places are compatible: either is null, or the words of one contain the words of
  the other, ignoring case and accents ("Lima" and "the APEC summit in Lima");
- their modes are compatible: a phone call only matches a phone call; meet, visit and
  multilateral are all in-person and match each other;
- their dates are within ``window_days`` of every date the meeting already has. A report
  without a date (or a meeting without one) matches only if everything else agrees: the
  same mode, and the report's day (its date, else its publication date) within the window
  of the meeting's days (when either side has no day at all, mode and place decide).

Status does not split meetings: "will meet", "met", "called off" and "denied" about the same
participants, place and days describe one event at different times. The meeting takes the
status of its latest report (by publication date; same-day reports rank occurred > denied >
cancelled > planned) and lists every status reported in ``statuses``.

Reports are sorted by date (then publication date) before they are merged, so the result
does not depend on the order of the documents.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .schema import MEET
from .text import fold, iso, tokens

#: Same-day tie-break of statuses: a report that a meeting took place is the most specific.
STATUS_RANK = {"planned": 0, "cancelled": 1, "denied": 2, "occurred": 3}
#: Tie-break of modes: the more specific mode wins over the generic "meet".
MODE_RANK = {"meet": 0, "phone": 1, "multilateral": 2, "visit": 3}


@dataclass(slots=True)
class Report:
    """One relation of one document, with its participants resolved to node keys."""

    participants: frozenset[str]
    host: str | None
    mode: str
    status: str
    topic: str | None
    place: str | None
    date: dt.date | None
    document: str
    document_date: dt.date | None
    evidence: str
    confidence: float
    trigger: str | None
    order: int

    @property
    def anchor(self) -> dt.date | None:
        """The meeting date when known, else the publication date."""
        return self.date if self.date is not None else self.document_date


@dataclass(slots=True)
class Meeting:
    """A meeting assembled from one or more reports."""

    id: str
    participants: frozenset[str]
    reports: list[Report] = field(default_factory=list)
    place_tokens: list[frozenset[str]] = field(default_factory=list)
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    first_anchor: dt.date | None = None
    last_anchor: dt.date | None = None

    def accepts(self, report: Report, window: dt.timedelta) -> bool:
        """Tell whether ``report`` describes this meeting (see the module docstring)."""
        first = self.reports[0]
        if (report.mode == "phone") != (first.mode == "phone"):
            return False
        if report.place is not None:
            words = tokens(report.place)
            for other in self.place_tokens:
                if not (words <= other or other <= words):
                    return False
        if report.date is not None and self.first_date is not None and self.last_date is not None:
            return self.last_date - window <= report.date <= self.first_date + window
        if any(r.mode != report.mode for r in self.reports):
            return False
        anchor = report.anchor
        if anchor is None or self.first_anchor is None or self.last_anchor is None:
            return True
        return self.first_anchor - window <= anchor <= self.last_anchor + window

    def add(self, report: Report) -> None:
        """Add a report and widen the meeting's date range."""
        self.reports.append(report)
        if report.place is not None:
            words = tokens(report.place)
            if words not in self.place_tokens:
                self.place_tokens.append(words)
        if report.date is not None:
            self.first_date = _min(self.first_date, report.date)
            self.last_date = _max(self.last_date, report.date)
        anchor = report.anchor
        if anchor is not None:
            self.first_anchor = _min(self.first_anchor, anchor)
            self.last_anchor = _max(self.last_anchor, anchor)

    def attributes(self) -> dict[str, Any]:
        """Resolve the reports into the edge attributes of the meeting (schema MEET_FIELDS)."""
        reports = self.reports
        resolved = _one_report(reports[0]) if len(reports) == 1 else _resolve(reports)
        return {
            "type": MEET,
            "meeting": self.id,
            "participants": sorted(self.participants),
            **resolved,
            "provenance": [
                {
                    "document": r.document,
                    "document_date": iso(r.document_date),
                    "date": iso(r.date),
                    "status": r.status,
                    "mode": r.mode,
                    "topic": r.topic,
                    "place": r.place,
                    "confidence": r.confidence,
                    "trigger": r.trigger,
                    "evidence": r.evidence,
                }
                for r in reports
            ],
        }


def _one_report(r: Report) -> dict[str, Any]:
    """The resolved attributes of a meeting reported once (most meetings of a corpus)."""
    published = iso(r.document_date)
    return {
        "host": r.host,
        "mode": r.mode,
        "modes": [r.mode],
        "topic": r.topic,
        "topics": [r.topic] if r.topic is not None else [],
        "place": r.place,
        "places": [r.place] if r.place is not None else [],
        "date": iso(r.date),
        "status": r.status,
        "statuses": [r.status],
        "confidence": r.confidence,
        "documents": [r.document],
        "n_documents": 1,
        "first_reported": published,
        "last_reported": published,
        "evidence": [r.evidence],
    }


def _resolve(reports: list[Report]) -> dict[str, Any]:
    """The resolved attributes of a meeting reported several times (see the module docstring)."""
    dates = Counter(r.date for r in reports if r.date is not None)
    date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
    latest = max(
        reports,
        key=lambda r: (r.document_date or dt.date.min, STATUS_RANK[r.status], r.order),
    )
    modes = Counter(r.mode for r in reports)
    hosts = Counter(r.host for r in reports if r.host is not None)
    published = [r.document_date for r in reports if r.document_date is not None]
    documents = _unique(r.document for r in reports)
    return {
        "host": max(hosts, key=lambda h: (hosts[h], h)) if hosts else None,
        "mode": max(modes, key=lambda m: (modes[m], MODE_RANK[m])),
        "modes": _unique(r.mode for r in reports),
        "topic": _most_common_text(r.topic for r in reports),
        "topics": _unique_text(r.topic for r in reports),
        "place": _most_common_text((r.place for r in reports), prefer_long=True),
        "places": _unique_text(r.place for r in reports),
        "date": iso(date),
        "status": latest.status,
        "statuses": _unique(r.status for r in reports),
        "confidence": max(r.confidence for r in reports),
        "documents": documents,
        "n_documents": len(documents),
        "first_reported": iso(min(published)) if published else None,
        "last_reported": iso(max(published)) if published else None,
        "evidence": _unique(r.evidence for r in reports),
    }


def merge_reports(reports: Iterable[Report], *, window_days: int = 2) -> list[Meeting]:
    """Group reports into meetings (see the module docstring for the rule).

    Args:
        reports: Reports of any number of documents, in any order.
        window_days: How many days apart two reported dates of one meeting may be.

    Returns:
        The meetings, with ids ``"m0"``, ``"m1"``... in date order (undated last).
    """
    window = dt.timedelta(days=window_days)
    ordered = sorted(
        reports,
        key=lambda r: (
            r.anchor is None,
            r.anchor or dt.date.min,
            r.document_date is None,
            r.document_date or dt.date.min,
            r.order,
        ),
    )
    by_participants: dict[frozenset[str], list[Meeting]] = {}
    meetings: list[Meeting] = []
    for report in ordered:
        candidates = by_participants.setdefault(report.participants, [])
        # The newest compatible meeting is the nearest in time, since reports come sorted.
        target = next((m for m in reversed(candidates) if m.accepts(report, window)), None)
        if target is None:
            target = Meeting(id=f"m{len(meetings)}", participants=report.participants)
            candidates.append(target)
            meetings.append(target)
        target.add(report)
    return meetings


def _min(a: dt.date | None, b: dt.date) -> dt.date:
    return b if a is None or b < a else a


def _max(a: dt.date | None, b: dt.date) -> dt.date:
    return b if a is None or b > a else a


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _unique_text(values: Iterable[str | None]) -> list[str]:
    """Distinct non-null texts, spelled as first seen, ignoring case and accents."""
    seen: dict[str, str] = {}
    for value in values:
        if value is not None:
            seen.setdefault(fold(value), value)
    return list(seen.values())


def _most_common_text(values: Iterable[str | None], *, prefer_long: bool = False) -> str | None:
    """The most often reported text (case/accent-insensitive); ties go to the first seen,
    or to the longest when ``prefer_long`` (the most specific place)."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    order: dict[str, int] = {}
    for value in values:
        if value is None:
            continue
        key = fold(value)
        counts[key] += 1
        spelling.setdefault(key, value)
        order.setdefault(key, len(order))
    if not counts:
        return None
    if prefer_long:
        best = max(counts, key=lambda k: (counts[k], len(k), -order[k]))
    else:
        best = max(counts, key=lambda k: (counts[k], -order[k]))
    return spelling[best]
