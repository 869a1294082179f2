"""Whether two tellings can be one meeting: the same status, place and day, or one grouping's
gathering told twice (by the merge in :mod:`.meeting_merge`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .meeting_candidate import Candidate

if TYPE_CHECKING:
    from .meeting_actors import ActorInfo


def grouping_then_people(prev: Candidate, cand: Candidate) -> bool:
    """"Leaders of the G7 pledged ..., on the second day of their summit. X, the host, welcomed A,
    B and C ...": a grouping's gathering, its people in the next sentence (with any it named)."""
    # "X appeared at the G7 summit on Sunday. The host welcomed him alongside A, B and C": the
    # people named with the grouping come back among the next sentence's
    named = set(prev.participants) - {prev.grouping}
    return (
        prev.grouping is not None and prev.grouping in prev.participants and named <= set(cand.participants)
        and cand.sent_index - prev.sent_index == 1
        and len(cand.participants) >= 3 and prev.grouping not in cand.participants and cand.status == prev.status
        and not cand.is_trip and compatible(cand, prev)
    )


def grouping_told_twice(prev: Candidate, cand: Candidate) -> bool:
    """"The forum's leaders gathered on Thursday ..., days before the first summit since the
    pandemic": one sentence tells the grouping's gathering twice, with no one else named."""
    return (
        cand.sent_index == prev.sent_index and cand.grouping is not None and cand.grouping == prev.grouping
        and set(cand.participants) == set(prev.participants) and cand.status == prev.status and compatible(cand, prev)
    )


def compatible(cand: Candidate, m: Candidate) -> bool:
    """Whether ``cand`` may be told of the meeting ``m``: no plan folded into a meeting held, no
    other place, no other day where both name theirs."""
    if cand.status_cue and cand.status == "planned" and m.status == "occurred":
        return False
    if other_places(cand, m):
        return False
    if any(a.bilateral and (len(b.participants) >= 3 or b.grouping is not None) for a, b in ((cand, m), (m, cand))):
        return False  # "Modi and Putin later rode to their bilateral talks": not the summit session told before, nor it theirs
    if cand.date_rank == 3 and m.date_rank == 3 and cand.date != m.date:
        return False
    return not other_periods(cand, m)


def other_periods(a: Candidate, b: Candidate) -> bool:
    """"Met on Monday ... they first held talks in November": a month (or year) told for one
    that the other's day, or month, lies outside of is another occasion."""

    def outside(x: Candidate, y: Candidate) -> bool:
        if x.date_period is None:
            return False
        start, end = x.date_period
        if y.date is not None:
            return not start <= y.date <= end
        return y.date_period is not None and (y.date_period[1] < start or y.date_period[0] > end)

    return outside(a, b) or outside(b, a)


def other_groupings(a: Candidate, b: Candidate, info: Mapping[str, ActorInfo]) -> bool:
    """"... invited both men to the G20 summit. X attended the G7 summit as a guest": gatherings
    of two groupings are two; so too where a grouping is the one party beside people ("leaders of
    the BRICS group met ... launched at Friday's SCO summit"), not one of several guests."""

    def grouping(m: Candidate) -> str | None:
        if m.grouping is not None:
            return m.grouping
        parties = [p for p in m.participants if not info[p].is_person]
        return parties[0] if len(parties) == 1 and info[parties[0]].grouping else None

    mine, theirs = grouping(a), grouping(b)
    return mine is not None and theirs is not None and mine != theirs


def other_places(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` and ``b`` name different places (a trip's destination lent to a meeting
    holds the palace or house another sentence names: "began a visit to Kenya ... welcomed
    him at State House")."""
    if not (a.place and b.place) or same_place(a.place, b.place):
        return False
    wide, narrow = (a, b) if a.place_is_country else (b, a) if b.place_is_country else (None, None)
    if wide is not None and narrow is not None and not narrow.place_is_country and narrow.place_country in {None, wide.place_country}:
        return False  # "welcomed X to the Kremlin for the first visit to Russia": the venue is in the country
    lent, own = (a, b) if a.place_borrowed else (b, a) if b.place_borrowed else (None, None)
    # "made his first visit to Turkey ... held talks with Sisi in Egypt in February": other countries
    return lent is None or own is None or own.place_country not in {None, lent.place_country}


def same_place(a: str, b: str) -> bool:
    x, y = a.lower(), b.lower()
    return x in y or y in x
