"""Document-level assembly of meetings: merge retellings, resolve anaphoric mentions, finalise.

A meeting is often told across sentences: "X met Y on Monday." ... "The talks focused on Z." ...
"W also attended the talks." This module folds such mentions into one meeting, lends a trip's
destination to its meeting, prefers named people over their states, fills the dates and places a
sentence leaves implicit (the story's date; the dateline city), decides the mode, writes Relations.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .meeting_actors import DocActors
from .meeting_blocs import GATHERING_NOUNS, add_sideline_attendees, same_gathering
from .meeting_candidate import DATE_INHERITED, Candidate, at_arrival
from .meeting_dateline import Dateline, find_dateline
from .meeting_destinations import cancel_with_trips, return_visit, visitor_of_trip
from .meeting_fit import (
    compatible,
    grouping_then_people,
    grouping_told_twice,
    other_groupings,
    other_periods,
    other_places,
    same_place,
)
from .meeting_leaders import leaders_then_people
from .meeting_speakers import complete_gatherings
from .meeting_syntax import dating_clause, in_main_clause, told_in_passing
from .meeting_timing import apply_shift

#: ``find_dateline`` is re-exported here, where the extractor reads it.
__all__ = ["Dateline", "DocContext", "finalise", "find_dateline", "merge_candidates"]

_ANAPHOR_WINDOW, _NAMED_WINDOW, _SAME_WINDOW, _INHERIT_WINDOW = 4, 10, 5, 4
#: Meeting nouns too common to tell which meeting "the talks" refers to ("the summit" can).
_GENERIC_NOUNS = frozenset({"meeting", "talk", "talks", "discussion", "negotiation", "encounter", "meet", "session", "contact"})


@dataclass
class DocContext:
    """What the merge needs to know about the document."""

    actors: DocActors
    base: dt.date | None
    sentence_days: list[dt.date | None]
    dateline: Dateline | None
    role_orgs: dict[str, set[str]] = field(default_factory=dict)
    #: The score below which a meeting is likely left out (the extractor's default ``min_confidence``).
    keep_above: float = 0.5


def merge_candidates(cands: list[Candidate], ctx: DocContext) -> list[Candidate]:
    """Fold anaphoric, expanding and repeated mentions into one candidate per meeting."""
    ordered = sorted(cands, key=lambda c: (c.sent_index, c.trigger_i))
    trips = [c for c in ordered if c.is_trip]
    meetings: list[Candidate] = []
    for cand in ordered:
        if cand.is_trip and not return_visit(cand, meetings, ctx.actors):
            if cand.anaphoric and (cand.date is not None or cand.place is not None):
                target = _antecedent(cand, meetings, ctx)
                if target is not None and target.date is None and not target.date_blocked and cand.date is not None:
                    target.date, target.date_rank = cand.date, cand.date_rank  # "The visit on March 12 ..."
            continue
        visitor_of_trip(cand, trips, ctx.actors)
        for part in _split(cand):
            _enrich_from_trips(part, trips, ctx)
            _place_into(part, meetings, ctx)
    cancel_with_trips(meetings, trips, ctx.actors)
    merged = _merge_gatherings(add_sideline_attendees(_merge_same(meetings, ctx), ctx.actors), ctx.actors)
    complete_gatherings(merged, ctx.actors)
    return merged


def _split(cand: Candidate) -> list[Candidate]:
    """"met both X and Y": one meeting with each."""
    rest = [p for p in cand.participants if p not in cand.split_objects]
    if len(cand.split_objects) < 2 or not rest:
        return [cand]  # "the meetings between X and Y": nobody else to meet each of them
    parts = []
    for obj in cand.split_objects:
        part = copy.copy(cand)
        part.participants = [*rest, obj]
        part.split_objects = []
        if obj in cand.split_places:  # "travel to A and B for talks with X and Y": each met at home
            part.place, part.place_country, part.place_is_city = cand.split_places[obj]
        parts.append(part)
    return parts


def _place_into(cand: Candidate, meetings: list[Candidate], ctx: DocContext) -> None:
    if cand.family == "expand":
        for m in reversed(meetings):
            if cand.sent_index - m.sent_index <= 2 and m.unresolved_group:
                m.add(cand.participants)
                m.unresolved_group = False
                return
        return
    if cand.family == "topic":
        near = [
            m for m in reversed(meetings)
            if cand.sent_index - m.sent_index <= _ANAPHOR_WINDOW and len(m.participants) >= 2 and (not cand.participants or set(cand.participants) <= set(m.participants))
            and compatible(cand, m) and not (cand.date_rank == 3 and m.date is not None and cand.date != m.date)
        ]
        # "Michel said the sides had discussed X": the talks Michel took part in; a meeting scored too low to be kept would take the topic with it
        near.sort(key=lambda m: (cand.speaker is None or cand.speaker not in m.participants, m.confidence < ctx.keep_above))
        if near:
            near[0].topic = near[0].topic or cand.topic
            return
        people, planned = [p for p in cand.participants if ctx.actors.info[p].is_person], cand.status == "planned" and in_main_clause(ctx.actors.doc[cand.trigger_i])
        if len(people) < 2 or not cand.factual or not (cand.status == "occurred" or planned) or cand.speaker is not None or any(m.sent_index == cand.sent_index for m in meetings):
            return
        # "X and Y agreed ... The two discussed Z", "X and Y are due to discuss Z" (not "..., when they will discuss Z"): talks no meeting word named before
        cand.family = "meet"
    if cand.family == "attend" or cand.anaphoric:
        target = _antecedent(cand, meetings, ctx)
        if target is not None:
            target.absorb(cand)
            return
        if cand.family == "attend":
            return  # attendance of nothing told: no meeting of the attendees among themselves
        if cand.next_edition:
            # "Tonga will host the leaders next year": the grouping's next gathering, with its host
            grouping = next((m.grouping for m in reversed(meetings) if m.grouping and m.grouping not in cand.participants), None)
            if grouping is not None:
                cand.add([grouping])
                cand.grouping, cand.anaphoric, cand.unresolved_group = grouping, False, False
    if cand.joined:
        for m in reversed(meetings):
            if cand.sent_index - m.sent_index > 3 and not cand.joined_told:
                break
            if set(cand.joined) <= set(m.participants) and m.status == cand.status and (compatible(cand, m) or cand.joined_told):
                m.absorb(cand)  # "Their foreign ministers joined the two presidents": the same talks
                return
    if cand.joint:
        for m in reversed(meetings):
            if cand.sent_index - m.sent_index > 2:
                break
            if (cand.joined_told or all(_represented(p, m, ctx) for p in cand.participants)) and m.status == cand.status and compatible(cand, m):
                m.absorb(cand)  # "The two men signed the accord": part of the ceremony told before
                return
    if meetings:
        prev = meetings[-1]
        # "The leaders of the region met on Thursday ... X hosted A, B and C": the gathering, its people named next
        named_next = not prev.participants and len(cand.participants) >= 3 and prev.status == cand.status
        if (
            prev.unresolved_group
            and cand.sent_index - prev.sent_index <= 1
            and (cand.sent_index > prev.sent_index or len(prev.participants) < 2)  # "X met Y in talks between the two leaders, and later met Z"
            and (set(cand.participants) & set(prev.participants) or named_next)
            and compatible(cand, prev)
            and not _told_days_apart(cand, prev)
        ):
            prev.absorb(cand)  # the group is named once someone joins (Candidate.absorb)
            return
        if grouping_told_twice(prev, cand) or grouping_then_people(prev, cand):
            prev.absorb(cand)
            return
    meetings.append(cand)


def _told_days_apart(a: Candidate, b: Candidate) -> bool:
    """"X met Y and others on Friday. On Thursday X held talks with Z": each its own day, its own people."""
    return a.date is not None and b.date is not None and a.date != b.date and min(a.date_rank, b.date_rank) >= 2


def _represented(eid: str, m: Candidate, ctx: DocContext) -> bool:
    """True when ``eid`` or the state or body it speaks for takes part in ``m``."""
    if eid in m.participants:
        return True
    info = ctx.actors.info
    sides = {info[p].country for p in m.participants if not info[p].is_person and info[p].country}
    return bool(info[eid].is_person and (info[eid].country in sides or ctx.role_orgs.get(eid, set()) & set(m.participants)))


def _antecedent(cand: Candidate, meetings: list[Candidate], ctx: DocContext) -> Candidate | None:
    """The earlier meeting an anaphoric mention ("the talks", "his visit") refers to.

    Nearest first within a few sentences; a mention that names a participant and a place
    ("Blinken's meetings in Brussels") may reach back to any meeting with both."""
    best: tuple[int, ...] | None = None
    chosen: Candidate | None = None
    info = ctx.actors.info
    # named attendees ("A and B were also present"), not people who "joined them"
    attendees = cand.family == "attend" and all(info[p].is_person for p in cand.participants)
    if not cand.participants and dating_clause(ctx.actors.doc[cand.trigger_i]) and any(m.sent_index == cand.sent_index and m.status != cand.status for m in meetings):
        return None  # "X and Y met ... after a summit planned for Sydney was scrapped": another meeting, which dates this one
    joined_them = any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in ctx.actors.doc[cand.trigger_i].children)
    for m in reversed(meetings):
        gap = cand.sent_index - m.sent_index
        shared = set(cand.participants) & set(m.participants)
        if cand.companion_of is not None and cand.companion_of not in m.participants:
            continue  # a companion joins a meeting of the one they accompany
        if (cand.family == "phone" and m.family == "phone" and len(cand.participants) >= 2 and not shared) or ((m.family == "phone" or m.remote) and cand.nouns & GATHERING_NOUNS and not m.nouns & GATHERING_NOUNS and gap):
            continue  # "In their call, Y told Z ...": a call of two named people is no call of others; "the conference" is none at all
        if not gap and m.sideline and m.place and any(n in m.place.lower() for n in cand.nouns & GATHERING_NOUNS):
            return m  # "a brief encounter between X and Y at the Paris climate summit": where they met, no meeting told again
        if cand.earlier and not m.earlier and (cand.status == "cancelled" or (cand.status == "occurred" and m.status == "planned")):
            # "The talks had first been set for October but were postponed": not the talks held;
            # "X will meet Y on Thursday. Their last call was on Friday": not the meeting to come
            continue
        at_place = bool(cand.place and m.place and same_place(cand.place, m.place))
        many = m.family in {"summit", "event"} or len(m.participants) >= 3
        gathering_like = many or any(info[p].grouping for p in m.participants)
        # "X told the leaders ...": the gathering told before, past the talks told since
        fits = not cand.to_gathering or gathering_like
        fits = fits and not (cand.to_gathering and m.earlier and not cand.earlier)  # "sent X" ... "who a day earlier met Y"
        # "A and B were also present": named attendees reach back to a gathering as far as a name does
        crowd = attendees and many
        window = len(ctx.sentence_days) if shared and at_place else _NAMED_WINDOW if shared or (cand.to_gathering and fits) or crowd else _ANAPHOR_WINDOW
        if gap > window or not compatible(cand, m) or other_groupings(cand, m, info):
            continue
        # "hosted leaders at a summit ... received X ... Y attended the summit": the summit
        same_noun = bool((cand.nouns & m.nouns) - _GENERIC_NOUNS)
        # "... agreed to meet again next week. The talks focused on X": the talks that took place
        same_status = cand.status == m.status or cand.status in {"cancelled", "denied"}  # a denial turns what it refers to
        # "X and Y met on the sidelines of the summit. Z hosted the gathering" (or "A, B and C were also
        # in the hall"): the summit, not their talks
        gathering = not (m.sideline and (cand.nouns & GATHERING_NOUNS or len(cand.participants) >= 3))
        # "X embraced Y on Friday, weeks after he hugged Z ... The two leaders ... held talks": of two
        # meetings in one sentence, the one of the main clause, not the one that dates it
        aside = dating_clause(ctx.actors.doc[m.trigger_i])
        # "Y, who had held talks with Z earlier in the week": a meeting told in passing, behind others
        passing = cand.family == "attend" and told_in_passing(ctx.actors.doc[m.trigger_i])
        # "Putin said after Wednesday's talks ...": the talks of that day he took part in, not a later-told one
        same_day = bool(shared) and cand.family == "meet" and cand.date_rank == 3 and cand.date is not None and cand.date == m.date
        # "Leaders met for the bloc's summit ... X and Y later held talks. Z also attended": named
        # attendees go to the gathering (or a meeting of three or more), past the talks of two
        crowded = attendees and not joined_them and gathering_like
        rank = (int(at_place), int(gathering), int(fits), int(crowded), int(same_status), int(same_day), int(same_noun), int(not passing), -gap, int(not aside))
        if best is None or rank > best:
            best, chosen = rank, m
    return chosen


def _merge_same(meetings: list[Candidate], ctx: DocContext) -> list[Candidate]:
    """One meeting per participant set told twice ("reported that X and Y met" ... "denied")."""
    kept: list[Candidate] = []
    for m in meetings:
        target = None
        # "X spoke by telephone with Taiwan President Y ... Y had called him": a state beside its leader adds nothing
        sides = set(_prefer_people(m, ctx))
        for k in reversed(kept):
            if m.sent_index - k.sent_index > _SAME_WINDOW:
                break
            same = (set(m.participants) == set(k.participants) or sides == set(_prefer_people(k, ctx))) and len(m.participants) >= 2
            # "denied reports that X met Y" ... "X and Z held talks with Y and W" ... "No such meeting took place"
            told_again = m.status == k.status and m.status in {"denied", "cancelled"} and m.sent_index - k.sent_index <= 2
            same = same or (told_again and len(set(m.participants) & set(k.participants)) >= 2 and (set(m.participants) <= set(k.participants) or set(k.participants) <= set(m.participants)))
            # the states' talks told again with their leaders may be dated by a day apart ("agreed on Thursday
            # after marathon talks ... began negotiating on Wednesday evening")
            retold = m.sent_index - k.sent_index <= 1 and ((not same and _states_then_people(k, m, ctx)) or leaders_then_people(k, m, ctx.actors))
            same = same or same_gathering(k, m, ctx.actors)  # the summit's attendees told twice, two of them in both
            if (same or retold) and _same_event(k, m, retold=retold):
                target = k
                break
        if target is None:
            kept.append(m)
        else:
            target.absorb(m)
    return kept


def _merge_gatherings(meetings: list[Candidate], actors: DocActors) -> list[Candidate]:
    """Once the sideline talks have added their people, two tellings of one gathering are one."""
    kept: list[Candidate] = []
    for m in meetings:
        target = next((k for k in kept if same_gathering(k, m, actors) and _same_event(k, m)), None)
        if target is None:
            kept.append(m)
        else:
            target.absorb(m)
    return kept


def _states_then_people(a: Candidate, b: Candidate, ctx: DocContext) -> bool:
    """"China, Japan and South Korea held a summit. Yoon hosted Li and Kishida ...": the states'
    meeting told again with their leaders. One side names two or more states (and perhaps a
    go-between), the other only people, one at least of each of those states."""
    if a.status != b.status or a.remote != b.remote:
        return False
    info = ctx.actors.info

    def states(m: Candidate) -> set[str] | None:
        codes: set[str] = set()
        for p in m.participants:
            actor = info[p]
            if actor.is_person:
                continue
            if actor.country is None or actor.grouping:
                return None
            codes.add(actor.country)
        return codes if len(codes) >= 2 else None

    for side, people in ((a, b), (b, a)):
        codes = states(side)
        persons = {info[p].country for p in people.participants if info[p].is_person}  # a state beside its own people adds nothing
        if codes is not None and persons and all(info[p].is_person or info[p].country in persons for p in people.participants):
            if codes <= persons:
                return True
    return False


def _same_event(a: Candidate, b: Candidate, retold: bool = False) -> bool:
    """Whether ``a`` and ``b`` can be one meeting; ``retold`` (the states' talks told again with
    their leaders) allows a day apart and a venue in the city the other names."""
    pair = {a.status, b.status}
    if len(pair) == 2 and pair not in ({"occurred", "denied"}, {"planned", "cancelled"}):
        return False
    if other_periods(a, b) or (a.date_rank == 3 and b.date_rank == 3 and a.date != b.date and not (retold and a.date and b.date and abs((a.date - b.date).days) <= 1)):
        return False
    if retold and a.place_is_city != b.place_is_city:
        city, venue = (a, b) if a.place_is_city else (b, a)
        if venue.place_country in {None, city.place_country}:
            return True  # "talks in Minsk ... at the Independence Palace"
    if a.remote != b.remote and (any((m.place and not m.place_borrowed and not m.remote and (not m.nouns or m.sideline or m.visit)) or m.date_blocked for m in (a, b)) or (a.date and b.date and a.date != b.date)):
        return False  # "X met Y on the sidelines in Paris ... X had already spoken to Y by phone", "telephoned Y in February", "had spoken by phone on Monday": a call apart
    if a.earlier != b.earlier and not (a.date is not None and a.date == b.date):
        return False  # "Albanese hosted Luxon on Friday ... they first met in Tonga in February": two meetings
    # a greeting "at the airport" is part of the visit whose talks were held elsewhere
    return not (other_places(a, b) and not at_arrival(a.place or "") and not at_arrival(b.place or ""))


def _enrich_from_trips(cand: Candidate, trips: list[Candidate], ctx: DocContext) -> None:
    """Give a meeting without a place the destination of its visitor's trip."""
    if cand.place is not None or cand.remote or cand.family in {"expand", "topic"}:
        return
    info = ctx.actors.info
    options = sorted(trips, key=lambda t: (t.sent_index > cand.sent_index, abs(t.sent_index - cand.sent_index)))
    for trip in options:
        if not trip.participants or trip.place is None or trip.participants[0] not in cand.participants:
            continue
        if not (trip.status == cand.status or trip.present):
            continue
        others = [p for p in cand.participants if p != trip.participants[0]]
        by_country = [p for p in others if trip.place_country and info[p].country == trip.place_country]
        if by_country or set(others) & trip.associated:
            cand.place, cand.place_country, cand.place_is_city = trip.place, trip.place_country, trip.place_is_city
            cand.place_borrowed = True
            if by_country:
                cand.visit = True
            return


def finalise(meetings: list[Candidate], ctx: DocContext, text: str, min_confidence: float) -> list[dict[str, Any]]:
    """Public Relation dicts for the merged meetings that name two or more actors."""
    relations: list[dict[str, Any]] = []
    dated: list[tuple[int, dt.date, bool]] = []
    summit_day: dt.date | None = None  # the day of the latest gathering told: the day of talks on its sidelines
    for m in meetings:
        parts = _prefer_people(m, ctx)
        if len(parts) < 2:
            if m.date is not None:
                dated.append((m.sent_index, m.date, m.status == "occurred"))
            continue
        _fill_date(m, ctx, dated, summit_day if m.sideline else None)
        if m.date is not None:
            dated.append((m.sent_index, m.date, m.status == "occurred"))
            summit_day = m.date if m.family == "summit" or len(parts) >= 3 else summit_day
        _fill_place(m, ctx)
        mode, host = _mode(m, parts, ctx)
        confidence = max(0.0, min(1.0, m.confidence))
        if confidence < min_confidence:
            continue
        start, end = m.evidence
        relations.append(
            {
                "type": "meet",
                "mode": mode,
                "participants": parts,
                "topic": m.topic,
                "place": m.place,
                "date": m.date.isoformat() if m.date else None,
                "status": m.status,
                "evidence": {"start": start, "end": end, "text": text[start:end]},
                "confidence": round(confidence, 3),
                "host": host,
                "trigger": m.trigger,
            }
        )
    return relations


def _prefer_people(m: Candidate, ctx: DocContext) -> list[str]:
    """Participants with a state dropped when one of its people takes part (gold convention)."""
    info = ctx.actors.info
    people = [p for p in m.participants if info[p].is_person]
    countries = {info[p].country for p in people if info[p].country}
    orgs = {o for p in people for o in ctx.role_orgs.get(p, ())}
    kept = []
    for p in m.participants:
        actor = info[p]
        if not actor.is_actor:
            continue
        if not actor.is_person and actor.label in {"GPE", "NORP"} and actor.country in countries:
            continue
        if (p in orgs and p != m.grouping) or p in kept:
            continue  # an actor is listed once, whatever rule added it twice
        kept.append(p)
    return kept


def _fill_date(m: Candidate, ctx: DocContext, dated: list[tuple[int, dt.date, bool]], summit_day: dt.date | None = None) -> None:
    if m.shift is not None:
        # "... are due to meet again on Sunday. The day before, X met Y": counted from what happened
        alike = [d for d in dated if d[2] == (m.status == "occurred")] or dated
        anchor = alike[-1][1] if alike else _story_day(m.sent_index, ctx)
        m.date = apply_shift(m.shift, ctx.base, anchor)
        m.date_rank = 3 if m.date else m.date_rank
        return
    if m.date is not None or m.date_blocked or m.status != "occurred":
        return
    day = summit_day or _story_day(m.sent_index, ctx)  # "held talks on the sidelines": the summit's day
    if day is not None:
        m.date, m.date_rank = day, DATE_INHERITED


def _story_day(sent_index: int, ctx: DocContext) -> dt.date | None:
    """The latest day-precise date told in sentence ``sent_index`` or the few before it."""
    for k in range(sent_index, max(-1, sent_index - 1 - _INHERIT_WINDOW), -1):
        if k < len(ctx.sentence_days) and ctx.sentence_days[k] is not None:
            return ctx.sentence_days[k]
    return None


def _fill_place(m: Candidate, ctx: DocContext) -> None:
    if m.remote:
        m.place = None  # a call has no one place (gold convention)
        return
    line = ctx.dateline
    if line is None or (m.destination_country is not None and line.country is not None and m.destination_country != line.country):
        return  # "OTTAWA - X flew to Florida for a dinner with Y": the story was filed at home
    if m.place is None:
        if (m.status == "occurred" and not m.remote) or _receives_at_dateline(m, line, ctx):
            m.place, m.place_country, m.place_is_city = line.name, line.country, True
        return
    if m.status != "occurred" and not _within_days(m.date, ctx.base, 7):
        return  # a plan for "next month" at "the X forum" is not placed where the story was filed
    if not m.place_is_city and (m.place_country is None or m.place_country == line.country or line.country is None):
        m.place = f"{m.place}, {line.name}"
        m.place_country = m.place_country or line.country


def _receives_at_dateline(m: Candidate, line: Dateline, ctx: DocContext) -> bool:
    """A planned or called-off meeting of a local and a foreign side within days of a story filed
    from the local side's country: it was to be held there ("BEIJING — X is due to meet Premier Y
    on Thursday")."""
    if line.country is None or not _within_days(m.date, ctx.base, 7):
        return False  # "would soon host X", "agreed to meet again in four months": no place yet
    countries = {ctx.actors.info[p].country for p in m.participants if ctx.actors.info[p].is_actor}
    return line.country in countries and len(countries - {None}) >= 2


def _within_days(day: dt.date | None, base: dt.date | None, days: int) -> bool:
    return day is not None and base is not None and abs((day - base).days) <= days


def _side(eid: str, actors: DocActors) -> str:
    info = actors.info[eid]
    if info.is_person:
        return info.country or eid
    if info.grouping:
        return eid
    return info.country or eid


def _mode(m: Candidate, parts: list[str], ctx: DocContext) -> tuple[str, str | None]:
    """phone / multilateral / visit / meet, and the host where one side receives the other."""
    actors = ctx.actors
    host = m.host if m.host in parts else None
    if m.remote:
        return "phone", None
    sides = {_side(p, actors) for p in parts}
    if (m.grouping is not None and m.grouping in parts) or len(sides) >= 3 or any(actors.info[p].grouping for p in parts):
        return "multilateral", host
    if "summit" in m.nouns and m.unresolved_group:
        return "multilateral", host  # "co-chaired a summit of more than 20 leaders": more than the two named
    if len(sides) < 2:
        return "meet", None
    if host is None and m.place_owner in parts and _hostable(m.place_owner, actors):
        return "visit", m.place_owner  # received at their own residence
    if host is None and m.place_country:
        local = [p for p in parts if actors.info[p].country == m.place_country and _hostable(p, actors)]
        if len({_side(p, actors) for p in local}) == 1:
            host = local[0]
    if host is not None and (m.place_country is None or actors.info[host].country in {None, m.place_country} or m.visit):
        return "visit", host
    return "meet", None


def _hostable(eid: str, actors: DocActors) -> bool:
    info = actors.info[eid]
    if info.is_person:
        return info.official
    return True
