"""One meeting per destination of a trip told with several counterparts.

"X will travel to Serbia and Hungary for talks with Serbian President A and Hungarian Prime
Minister B" tells two visits, X with A in Serbia and X with B in Hungary, not one meeting of
the three: each counterpart is met in their own country.
"""

from __future__ import annotations

from spacy.tokens import Token

from .meeting_actors import DocActors
from .meeting_candidate import Candidate
from .meeting_fit import same_place
from .meeting_lexicon import MEETING_NOUNS, SCHEDULE_NOUNS, TRAVEL_VERBS, VISIT_NOUNS, VISIT_VERBS
from .meeting_syntax import children_of, conjuncts


def _where_trips(governors: list[Token]) -> list[Token]:
    """"heads to Serbia and Hungary, where he is expected to hold talks with X and Y": the trip a
    "where" clause on its destination hangs on."""
    found = []
    for gov in governors:
        clause = gov
        while clause.dep_ in {"xcomp", "acomp"} and clause.head.i != clause.i:
            clause = clause.head  # "is expected to hold": the clause is the outer verb's
        if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for t in (clause, gov) for c in children_of(t)):
            continue
        place = clause.head
        while place.dep_ == "conj" and place.head.i != place.i:
            place = place.head  # "to Serbia and Hungary, where": the clause hangs on the last destination
        if place.dep_ == "pobj" and place.head.lower_ == "to" and place.head.head.lemma_.lower() in TRAVEL_VERBS:
            found.append(place.head.head)
    return found


def split_by_destination(cand: Candidate, governors: list[Token], actors: DocActors, trigger: Token | None = None) -> None:
    """Set ``cand.split_objects`` and ``cand.split_places`` when a trip to two or more
    countries meets one counterpart from each of them.

    Example:
        >>> import spacy
        >>> from geoextract.extensions import install_extensions
        >>> install_extensions()
        >>> doc = spacy.blank("en")("Nothing.")
        >>> cand = Candidate(0, (0, 8), 0, "Nothing", "meet")
        >>> split_by_destination(cand, [], DocActors(doc))
        >>> cand.split_objects
        []
    """
    if cand.split_objects:
        return
    if trigger is not None and _split_respectively(cand, trigger, actors):
        return
    for gov in [*governors, *_where_trips(governors)]:
        lemma = gov.lemma_.lower()
        if lemma in VISIT_VERBS:
            heads = [c for c in children_of(gov) if c.dep_ == "dobj"]
        elif lemma in TRAVEL_VERBS:
            heads = [o for c in children_of(gov) if c.dep_ == "prep" and c.lower_ == "to" for o in children_of(c) if o.dep_ == "pobj"]
        else:
            continue
        places: dict[str, tuple[str, bool]] = {}
        for head in heads:
            for dest in conjuncts(head):
                eid = actors.entity_at(dest)
                info = actors.info[eid] if eid is not None else None
                if info is not None and info.label in {"GPE", "LOC"} and info.country and info.country not in places:
                    places[info.country] = (_ent_text(dest), info.kind == "city")
        if len(places) < 2:
            continue
        people = [p for p in cand.participants if actors.info[p].is_person and actors.info[p].country in places]
        if len(people) != len(places) or {actors.info[p].country for p in people} != set(places):
            continue  # each destination must hold exactly one counterpart of its own
        cand.split_objects = people
        for p in people:
            country = actors.info[p].country or ""
            cand.split_places[p] = (places[country][0], country, places[country][1])
        return


def _split_respectively(cand: Candidate, verb: Token, actors: DocActors) -> bool:
    """"A and B received Z in X and Y respectively": one meeting each, A's in X and B's in Y."""
    if not any(c.dep_ == "advmod" and c.lower_ == "respectively" for c in children_of(verb)):
        return False
    subjects = [t for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"} for t in conjuncts(c)]
    people = list(dict.fromkeys(e for t in subjects for e in actors.resolve_np(t).ids if e in cand.participants))
    if len(people) < 2 or len(people) == len(cand.participants):
        return False
    cand.split_objects = people
    places = next((conjuncts(o) for t in verb.subtree if t.dep_ == "prep" and t.lower_ in {"in", "at"} for o in children_of(t) if o.dep_ == "pobj" and len(conjuncts(o)) == len(people)), [])
    for person, place in zip(people, places, strict=False):
        eid = actors.entity_at(place)
        info = actors.info[eid] if eid is not None else None
        if info is not None and info.label in {"GPE", "LOC", "FAC"}:
            cand.split_places[person] = (_ent_text(place), info.country or "", info.kind == "city")
    return True


def dateline_people(subject: Token, verb: Token, actors: DocActors, exclude: list[str]) -> list[str]:
    """"JERUSALEM, July 6 - Indian Prime Minister X called on Y": the parser made the dateline's
    city the subject and hung X under it; the people between the dateline and the verb."""
    if not subject.left_edge.i < actors.dateline_end <= verb.i:
        return []
    found = [(t, eid) for t in subject.subtree if actors.dateline_end <= t.i < verb.i and (eid := actors.actor_at(t)) is not None]
    if subject.i >= actors.dateline_end:
        # "JEDDAH — Envoys of A and the paramilitary B held talks": the parser made B the subject and
        # hung the dateline on it; A, the body whose people are named, is lost under the dateline
        # "BANGKOK - X and China's Y met": X hung on the dateline city that the parser made Y's modifier
        hung = [eid for t, eid in found if t.dep_ == "appos" and t.head.i < actors.dateline_end and actors.info[eid].is_person and eid not in exclude]
        return hung + [eid for t, eid in found if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.tag_ in {"NNS", "NNPS"} and eid not in exclude]
    return [eid for eid in dict.fromkeys(e for _, e in found) if actors.info[eid].is_person and eid not in exclude]


def destination_country(governors: list[Token], actors: DocActors) -> str | None:
    """The country a governing travel verb goes to ("flew to Florida for a dinner with X")."""
    for gov in governors:
        if gov.lemma_.lower() not in TRAVEL_VERBS:
            continue
        for prep in children_of(gov):
            if prep.dep_ == "prep" and prep.lower_ == "to":
                for dest in (o for o in children_of(prep) if o.dep_ == "pobj"):
                    eid = actors.entity_at(dest)
                    if eid is not None and actors.info[eid].label in {"GPE", "LOC"} and actors.info[eid].country:
                        return actors.info[eid].country
    return None


def _ent_text(tok: Token) -> str:
    """The words of the named entity ``tok`` belongs to ("South Korea"), or the token alone."""
    doc = tok.doc
    start = end = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[start : end + 1].text


#: Nouns of a trip whose purpose clause says whom the traveller went to see ("a trip to W to see X").
_TRIP_NOUNS = VISIT_NOUNS | {"foray", "dash", "detour"}
#: Verbs of making a trip ("made a trip", "was on a trip", "set off on a trip").
_TRIP_MAKING = frozenset({"make", "take", "pay", "undertake", "begin", "start", "be", "embark", "set", "go", "head", "fly", "travel", "arrive"})


def trip_verb(verb: Token) -> Token | None:
    """The verb of the trip a purpose clause hangs on: in "X made a surprise trip to Washington,
    his first foray abroad, to see Y" the parser hangs "to see" on the trip noun, and the one
    who sees Y is the subject of "made". None when ``verb`` is no such clause."""
    if verb.dep_ not in {"relcl", "acl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return None
    noun = verb.head
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head  # "a trip ..., his first foray abroad, to see Y"
    if noun.lemma_.lower() not in _TRIP_NOUNS or noun.dep_ not in {"dobj", "pobj", "attr"}:
        return None
    head = noun.head.head if noun.dep_ == "pobj" else noun.head  # "was on a trip to W to see Y"
    # a trip made, not one called off or criticised ("had to call off a planned trip to meet Y")
    return head if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in _TRIP_MAKING else None


def schedule_owner(noun: Token) -> Token | None:
    """Whose schedule or trip ``noun`` is: "X's schedule", "X's visit", "the visit by X"."""
    lemma = noun.lemma_.lower()
    if lemma not in SCHEDULE_NOUNS:
        return None
    owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    if owner is None and lemma in VISIT_NOUNS:
        owner = next((p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "by" for p in children_of(c) if p.dep_ == "pobj"), None)
    return owner


def tour_traveller(noun: Token, actors: DocActors) -> str | None:
    """"The tour began in A ... and continued to B for a meeting with Y": the traveller of a trip
    told before with no owner named here, the last person who was a sentence's subject before."""
    if noun.lemma_.lower() not in VISIT_NOUNS or schedule_owner(noun) is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(noun)):
        return None
    start = actors.sentence(noun).start
    earlier = [(i, eid) for i, eid in actors.person_mentions if i < start and actors.is_person_subject(i)]
    return earlier[-1][1] if earlier and actors.sent_of[earlier[-1][0]] >= actors.sent_of[start] - 3 else None


def visitor_of_trip(cand: Candidate, trips: list[Candidate], actors: DocActors) -> None:
    """"X cut short a visit to Russia ... A planned meeting with Prime Minister Y was called off":
    a meeting noun that is itself the subject, with no one of its own but a person of the country
    a trip went to (or of no known country), is the traveller's meeting with that person. The
    trip is the latest told in an earlier sentence or in the same one ("..., as were the
    president's stops in Kazan")."""
    if len(cand.participants) != 1 or cand.is_trip:
        return
    noun, (host,) = actors.doc[cand.trigger_i], cand.participants
    dets = {c.dep_ for c in children_of(noun)}
    # "A planned meeting with X was called off" (not a bare "talks" the parser made the subject of another
    # clause); "flying to Abuja, where talks with X are scheduled": the clause on the trip's destination
    where = noun.head.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(noun.head))
    if noun.dep_ not in {"nsubj", "nsubjpass"} or ("det" not in dets and not where) or "poss" in dets or noun.lemma_.lower() not in MEETING_NOUNS:
        return
    info = actors.info[host]
    if not info.is_person:
        return
    for trip in sorted((t for t in trips if t.sent_index <= cand.sent_index), key=lambda t: -t.sent_index):
        if trip.participants and trip.participants[0] != host and (info.country is None or trip.place_country == info.country):
            cand.participants.insert(0, trip.participants[0])
            cand.visit, cand.host = True, cand.host or host
            return


def cancel_with_trips(meetings: list[Candidate], trips: list[Candidate], actors: DocActors) -> None:
    """"X, who was to meet Y, called off the trip": a cancelled trip cancels the meetings planned on it
    (not "X will meet Y. His planned visit to a kibbutz was cancelled": a trip told after, to a
    destination of its own, is another leg)."""
    for trip in trips:
        if trip.status != "cancelled" or not trip.participants:
            continue
        leg = any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(actors.doc[trip.trigger_i]))
        for m in meetings:
            if m.status != "planned" or trip.participants[0] not in m.participants or not 0 <= trip.sent_index - m.sent_index <= 1:
                continue
            if (m.place and trip.place and not same_place(m.place, trip.place)) or (leg and trip.sent_index > m.sent_index):
                continue  # "cancelled his trip to X but will meet Y in Z"
            m.status, m.status_cue = "cancelled", True


def return_visit(cand: Candidate, meetings: list[Candidate], actors: DocActors) -> bool:
    """"X is expected to pay a return visit to Turkey": a trip back to the one who came to X, the
    one person the story told meeting X face to face where X was the host or none is told (in the
    trip's destination country, if it names one). Turns the trip into that visit; False where no
    such person is told."""
    trig = actors.doc[cand.trigger_i]
    if not cand.is_trip or len(cand.participants) != 1 or not any(c.dep_ in {"amod", "compound"} and c.lower_ == "return" for c in children_of(trig)):
        return False
    visitor, country = cand.participants[0], cand.place_country or cand.destination_country
    for m in reversed(meetings):
        others = [p for p in m.participants if p != visitor and actors.info[p].is_person]
        if visitor in m.participants and len(others) == 1 and not m.remote and m.host in {None, visitor} and country in {None, actors.info[others[0]].country}:
            cand.family, cand.host, cand.visit = "visit", others[0], True
            cand.confidence = max(cand.confidence, 0.7)  # a visit, its host inferred rather than named
            cand.add(others)
            return True
    return False
