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


def duplicate_persons(kb: KnowledgeBase) -> list[str]:
    """Persons who look like one human entered twice (empty list: none).

    Two persons with the same normalised name and the same country are reported when their
    tenures overlap in time on the same office (acting terms included: nobody holds one
    office twice at once), or when one of them is not a Wikidata item and their birth dates
    do not tell them apart (the build merges such records, see ``kb.build.merge``). Two
    Wikidata items with different careers stay apart: Wikidata keeps namesakes separate.

    Args:
        kb: The knowledge base.

    Returns:
        One readable line per suspicious pair.

    Example:
        >>> from geoextract.kb import KnowledgeBase
        >>> duplicate_persons(KnowledgeBase.default())
        []
    """
    from .normalize import normalize_name

    by_key: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    for person in kb.persons.values():
        by_key[(normalize_name(person.name), person.country)].append(person.id)
    spans: dict[str, list[tuple[str, dt.date, dt.date]]] = defaultdict(list)
    for t in kb.tenures:
        spans[t.person].append((t.office, t.start or dt.date.min, t.end or dt.date.max))
    problems: list[str] = []
    for (name, country), ids in sorted(by_key.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                pa, pb = kb.persons[a], kb.persons[b]
                shared = sorted(
                    {
                        oa
                        for oa, sa, ea in spans[a]
                        for ob, sb, eb in spans[b]
                        if oa == ob and max(sa, sb) < min(ea, eb)
                    }
                )
                if shared:
                    problems.append(
                        f"{a} and {b} ({name!r}, {country}) both hold {shared[0]} at the same time"
                    )
                elif not (a.startswith("Q") and b.startswith("Q")) and not (
                    pa.birth and pb.birth and pa.birth != pb.birth
                ):
                    problems.append(
                        f"{a} and {b} ({name!r}, {country}) share name and country and nothing tells them apart"
                    )
    return problems
