"""Integrity checks of a knowledge base, used by the build and the tests."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from .model import ROLE_TYPES

if TYPE_CHECKING:
    from .store import KnowledgeBase

#: Two holders of a single-holder office may overlap by this much (the handover day).
HANDOVER = dt.timedelta(days=1)


def check_integrity(kb: KnowledgeBase) -> list[str]:
    """Problems that make office queries unreliable (empty list: the KB is consistent).

    Checks that every tenure's person and office exist, that start <= end, that role types
    are known, that offices and organisations point at known organisations and countries,
    and that single-holder offices have one non-acting holder at a time (the handover day
    may overlap).

    Args:
        kb: The knowledge base.

    Returns:
        One readable line per problem.

    Example:
        >>> from geoextract.kb import KnowledgeBase
        >>> check_integrity(KnowledgeBase.default())
        []
    """
    problems: list[str] = []
    by_office: dict[str, list[tuple[dt.date, dt.date, str, str | None]]] = defaultdict(list)
    far = dt.date.max
    for i, t in enumerate(kb.tenures):
        if t.person not in kb.persons:
            problems.append(f"tenure {i}: unknown person {t.person}")
        if t.office not in kb.offices:
            problems.append(f"tenure {i}: unknown office {t.office}")
            continue
        if t.start and t.end and t.start > t.end:
            problems.append(
                f"tenure {i}: {t.person} in {t.office} starts {t.start} after it ends {t.end}"
            )
        by_office[t.office].append((t.start or dt.date.min, t.end or far, t.person, t.qualifier))
    for office in kb.offices.values():
        if office.role_type not in ROLE_TYPES:
            problems.append(f"office {office.id}: unknown role type {office.role_type!r}")
        if office.org is not None and office.org not in kb.organisations:
            problems.append(f"office {office.id}: unknown organisation {office.org}")
        if office.country is not None and office.country not in kb.countries:
            problems.append(f"office {office.id}: unknown country {office.country}")
        if not office.single_holder:
            continue
        rows = sorted(r for r in by_office.get(office.id, []) if r[3] != "acting")
        latest: tuple[dt.date, str] | None = None  # the furthest end seen so far, and whose
        for start, end, person, _ in rows:
            if (
                latest is not None
                and latest[1] != person
                and latest[0] > start
                and min(latest[0], end) - start > HANDOVER
            ):
                problems.append(
                    f"office {office.id} ({office.title}, {office.country or office.org}): {latest[1]} until {latest[0]} overlaps {person} from {start}"
                )
            if latest is None or end > latest[0]:
                latest = (end, person)
    for org in kb.organisations.values():
        if org.parent is not None and org.parent not in kb.organisations:
            problems.append(f"organisation {org.id}: unknown parent {org.parent}")
    return problems
