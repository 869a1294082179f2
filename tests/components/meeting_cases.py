"""Shared check for the meeting-pattern tests: a text, its date, and the relations it must yield.

Each case is ``(text, article date, expected relations)``; an expected relation is the set of
its participants' canonical names and the attributes it must carry (``status``, ``mode``,
``date`` as an ISO string, ``place``...). The text must yield exactly those relations.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import geoextract

Expected = list[tuple[set[str], dict[str, Any]]]


def check(nlp: Any, text: str, date: str, expected: Expected) -> None:
    """Assert that ``text`` yields exactly the ``expected`` relations (names and attributes)."""
    doc = geoextract.extract(text, date=date, nlp=nlp)
    names = {e.id: e.name for e in doc.entities}
    found = [(frozenset(names[p] for p in r.participants), r) for r in doc.relations]
    shown = [(sorted(people), r.status, r.mode, r.date, r.place, r.topic, names.get(r.host) if r.host else None) for people, r in found]
    assert len(found) == len(expected), f"expected {len(expected)} relations, got {shown}"
    unused = list(range(len(found)))
    for people, attrs in expected:
        matching = [k for k in unused if found[k][0] == frozenset(people) and fits(found[k][1], attrs)]
        assert matching, f"no relation of {sorted(people)} with {attrs} in {shown}"
        unused.remove(matching[0])


def fits(relation: Any, attrs: dict[str, Any]) -> bool:
    """Does ``relation`` carry every attribute of ``attrs`` (dates compared as ISO strings)?"""
    for key, value in attrs.items():
        got = getattr(relation, key)
        if (got.isoformat() if isinstance(got, dt.date) else got) != value:
            return False
    return True
