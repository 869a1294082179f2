"""Place phrases of a meeting, read off the dependency parse of its sentence.

The place finder looks first in the trigger's own phrase ("met in Brussels on Monday"), then
in the clause that governs it ("is due in Tokyo for talks"). Topics live in
:mod:`.meeting_topic` and the phrase cutter both use in :mod:`.meeting_np`; they are
re-exported here for the callers that read a meeting's attributes from one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ._common import hash_string
from .meeting_actors import DocActors
from .meeting_capitals import described_capital
from .meeting_lexicon import (
    HOST_VERBS,
    PLACE_NOUNS,
    PLACE_PREPS,
    SCHEDULE_NOUNS,
    SETTING_NOUNS,
    TOPIC_PREPS,
    TRAVEL_VERBS,
    VISIT_NOUNS,
    VISIT_VERBS,
)
from .meeting_np import phrase, phrase_span
from .meeting_syntax import children_of, path_to_root, scope, token_hashes
from .meeting_topic import find_topic, object_topic

__all__ = ["Place", "find_place", "find_topic", "object_topic", "phrase", "phrase_span"]

#: Verbs of a relative clause on a meeting noun whose place is the meeting's ("meetings he planned to hold at X").
_HOLDING_VERBS = frozenset({"hold", "host", "plan", "schedule", "have", "convene", "organise", "organize", "arrange"})
#: Verbs of a simultaneous clause whose place is the meeting's ("as ministers gathered in Goa").
_GATHERING_HASHES = frozenset(hash_string(w) for w in ("gather", "meet", "convene", "assemble", "arrive", "attend"))
_PLACE_CUT = frozenset({"with", "during", "by", "after", "before", "for", "since", "following", "ahead", "amid", "until", "from", "about"})


# -- place ------------------------------------------------------------------------------


@dataclass
class Place:
    """A place phrase and what the text says about it."""

    text: str
    country: str | None
    is_city: bool
    rank: int
    owner: str | None = None  # the person whose residence it is ("the president's Mar-a-Lago resort")
    is_country: bool = False  # a whole country ("a visit to Russia")


#: Venues that belong to a person, who then receives the meeting there.
_RESIDENCES = frozenset({"residence", "home", "house", "estate", "resort", "villa", "lodge", "mansion", "ranch", "farm", "palace", "dacha", "retreat", "compound"})

#: Heads of "to" that make it a destination, and of an object that is the place visited.
_TO_PLACE_HEADS = TRAVEL_VERBS | VISIT_VERBS | VISIT_NOUNS | HOST_VERBS
_VISITED_HEADS = VISIT_VERBS | TRAVEL_VERBS
#: Nouns after "on" that name a setting ("on the sidelines", "on the tarmac").
_ON_PLACE_NOUNS = SETTING_NOUNS | {"tarmac"}


def find_place(triggers: list[Token], governors: list[Token], actors: DocActors) -> Place | None:
    """Where the meeting was held: "in Brussels", "at the White House", "where he met X"."""
    # by token index: hashing Token objects costs more than the rest of the merge
    own = [t for _, t in sorted({t.i: t for trig in triggers for t in _own_scope(trig)}.items())]
    trig_ids = frozenset(t.i for t in triggers)
    best = _best_place(own, actors, trig_ids)
    if best is not None and _named(best):
        return best  # "arrived from Tanzania, where he met X in Dar es Salaam": the meeting's own place
    for trig in triggers:
        path = path_to_root(trig, limit=6)
        for index, node in enumerate(path):
            if any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(node)):
                for upper in path[index:]:
                    if upper.dep_ == "relcl" and upper.head.ent_type_ in {"DATE", "TIME"}:
                        return _best_place(list(children_of(upper.head.head)), actors)
                    if upper.dep_ == "relcl":
                        head = upper.head
                        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in PLACE_NOUNS:
                            head = head.head.head
                        return _place_of(head, actors, rank=0) or Place(phrase(head, cut_preps=_PLACE_CUT), None, False, 0)
                break
    if best is not None:
        return best
    for gov in _raised(governors):
        # "is due in Tokyo for talks": the place hangs on the predicate adjective
        # "X's schedule in Bali included meetings with Y": the place hangs on the schedule
        nearby = [*children_of(gov), *(g for c in children_of(gov) if c.dep_ == "acomp" or (c.dep_ == "nsubj" and c.lemma_.lower() in SCHEDULE_NOUNS) for g in children_of(c))]
        best = _best_place(nearby, actors, trig_ids)
        if best is not None:
            return best
    for verb in _holding_clauses(triggers, governors):
        best = _best_place(list(children_of(verb)), actors, trig_ids)
        if best is not None:
            return best
    return None


def _own_scope(trig: Token) -> list[Token]:
    """The trigger's phrase without what the sides agreed to do ("agreed to send a mission to
    Sudan"): no place of the meeting where they agreed."""
    if trig.lemma_.lower() != "agree":
        return scope(trig)
    action = {t.i for c in children_of(trig) if c.dep_ == "xcomp" for t in c.subtree}
    return [t for t in scope(trig) if t.i not in action]


def _holding_clauses(triggers: list[Token], governors: list[Token]) -> list[Token]:
    """Clauses that tell where the meeting was held without naming it again: "meetings he had
    planned to hold at Camp David", "greeted X as ministers gathered in Goa"."""
    found: list[Token] = []
    for trig in triggers:
        for rel in children_of(trig):
            if rel.dep_ != "relcl":
                continue
            chain = [rel, *(c for c in children_of(rel) if c.dep_ == "xcomp")]
            found.extend(v for v in chain if v.lemma_.lower() in _HOLDING_VERBS)
    # a governor's clause holds its meeting noun's: scan each token once, integer lemma test first
    for top in governors or triggers:
        # the subtree lies within its edges: a span without a gathering verb needs no walk
        if _GATHERING_HASHES.isdisjoint(token_hashes(top.doc)[1][top.left_edge.i : top.right_edge.i + 1]):
            continue
        for clause in top.subtree:
            if clause.lemma in _GATHERING_HASHES and clause.i != top.i and _simultaneous(clause) and _same_clause(clause, top):
                found.append(clause)
    return found


def _simultaneous(verb: Token) -> bool:
    """"as ministers gathered in Goa": a clause of the same moment, or the parser's reading of it
    as a participle on the object of "as"."""
    if verb.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ in {"as", "when", "while"} for m in children_of(verb))
    return verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "as"


def _same_clause(tok: Token, top: Token) -> bool:
    """``tok`` hangs under ``top`` without a reported or relative clause between them."""
    cur = tok.head
    while cur.i != top.i:
        if cur.dep_ in {"relcl", "ccomp", "parataxis", "csubj"} or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def _named(place: Place) -> bool:
    """A place the text names ("Dar es Salaam", "the village of Otesevo"), not a country or a
    bare description ("the presidential palace")."""
    return place.is_city or any(w[:1].isupper() for w in place.text.split()[1:])


def _raised(governors: list[Token]) -> list[Token]:
    """The governing verbs and the plan they serve: "are due in Brussels on Monday to resume
    talks" tells the place on "due", above the purpose clause."""
    found = list(governors)
    for gov in governors:
        cur = gov
        for _ in range(2):
            if cur.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(cur)):
                break
            cur = cur.head
            if cur not in found:
                found.append(cur)
    return found


def _best_place(tokens: list[Token], actors: DocActors, trigger_ids: frozenset[int] = frozenset()) -> Place | None:
    best: Place | None = None
    found: list[Token] = []  # the tokens that gave a place: what lies in their subtrees is skipped
    for tok in tokens:
        if found and any(_within_subtree(tok, top) for top in found):
            continue
        place = _place_from(tok, actors, trigger_ids)
        if place is not None:
            found.append(tok)
            if best is None or place.rank < best.rank:
                best = place
    return best


def _within_subtree(tok: Token, top: Token) -> bool:
    """Is ``tok`` in the subtree of ``top``? A subtree lies within its edges, so most tokens
    are told apart without walking it."""
    if not top.left_edge.i <= tok.i <= top.right_edge.i:
        return False
    return any(t.i == tok.i for t in top.subtree)


def _place_from(tok: Token, actors: DocActors, trigger_ids: frozenset[int] = frozenset()) -> Place | None:
    dep = tok.dep_
    # only a preposition or a visited object can name the place: skip the head lookups otherwise
    if dep != "prep" and dep != "dobj":
        return None
    lower = tok.lower_
    head_lemma = tok.head.lemma_.lower()
    goes_to = lower == "to" and (
        head_lemma in _TO_PLACE_HEADS
        or any(c.dep_ == "dobj" and c.lemma_.lower() in VISIT_NOUNS for c in children_of(tok.head))
    )
    if dep == "prep" and (lower in PLACE_PREPS or lower == "on" or goes_to):
        if _in_topic(tok):
            # inside "talks on X in Y" only a city can be the place ("a summit on the war in Cairo");
            # so too in an agent phrase ("a summit dominated by the war in Ukraine")
            city = [
                p for p in children_of(tok)
                if p.dep_ == "pobj" and (((e := actors.entity_at(p)) and actors.info[e].kind == "city") or _capital_in(p, actors) is not None)
            ]
            return _place_of(city[0], actors, rank=None) if city else None
        for pobj in children_of(tok):
            if pobj.dep_ == "pobj":
                if lower == "on" and pobj.lemma_.lower() not in _ON_PLACE_NOUNS:
                    continue
                if pobj.i in trigger_ids and pobj.lemma_.lower() == "summit":
                    continue  # "leaders called for calm at a joint summit of X and Y": the meeting, not its place
                place = _place_of(pobj, actors, rank=None)
                if place is not None:
                    return place
    if dep == "dobj" and head_lemma in _VISITED_HEADS:
        return _place_of(tok, actors, rank=None)
    return None


def _in_topic(prep: Token) -> bool:
    """A place phrase inside what the talks were about ("talks on ending the war in Syria"), or
    inside an agent phrase ("a summit dominated by the war in Ukraine")."""
    cur = prep.head
    for _ in range(5):
        if cur.dep_ == "agent" or (cur.dep_ == "prep" and cur.lower_ in TOPIC_PREPS):
            return True
        if cur.dep_ not in {"pobj", "pcomp", "dobj", "compound", "conj", "prep"} or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _place_of(tok: Token, actors: DocActors, rank: int | None) -> Place | None:
    """A Place for the noun phrase headed by ``tok``, if it names a place."""
    if tok.ent_type_ in {"DATE", "TIME"}:
        return None
    capital = _capital_in(tok, actors)
    if capital is not None:
        return Place(capital[0], capital[1], True, 0 if rank is None else rank)
    text = phrase(tok, cut_preps=_PLACE_CUT)
    eid = actors.entity_at(tok)
    if eid is not None and tok.i >= actors.dateline_end:
        info = actors.info[eid]
        if info.is_person or (info.label == "ORG" and info.kind != "venue"):
            return None
        named = info.label in {"GPE", "LOC"}  # a named place, known to the KB or not ("Arlington")
        # a whole country is the least precise place: "at the Planalto palace, ... a visit to Brazil"
        # a country is the least precise place; a dateline city inside it refines it (not a city)
        is_country = info.kind == "country"
        return Place(text, info.country, named and not is_country, (2 if is_country else 0) if rank is None else rank, is_country=is_country)
    lemma = tok.lemma_.lower()
    inside = [actors.info[e] for t in tok.subtree if (e := actors.entity_at(t)) is not None and t.text in text]
    places = [e for e in inside if e.is_place]
    if lemma in SETTING_NOUNS:
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok)):
            # a bare "on the sidelines" names no place: the place is one inside its phrase ("with X in Y"), if any
            inner = [
                p for c in tok.subtree if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                for o in children_of(c) if o.dep_ == "pobj" and (p := _place_of(o, actors, rank=None)) is not None
            ]
            return inner[0] if inner else None
        # "the sidelines of the G20 summit in the Indian capital": its country keeps a foreign dateline off
        country = next((e.country for e in inside if e.label in {"NORP", "GPE"} and e.country), None)
        return Place(text, country, False, 3 if rank is None else rank)
    if lemma not in PLACE_NOUNS and not places:
        return None
    if not places and _unspecified(tok, text):
        return None
    country = next((e.country for e in places if e.country), None)
    if country is None:
        country = next((e.country for e in inside if e.label in {"NORP", "GPE"} and e.country), None)
    heads = {actors.entity_at(t) for t in tok.subtree if t.dep_ == "pobj" and t.text in text}
    named = any(e.label in {"GPE", "LOC"} and e.id in heads for e in places)
    return Place(text, country, named, (1 if places else 2) if rank is None else rank, _owner(tok, actors) if lemma in _RESIDENCES else None)


def _capital_in(tok: Token, actors: DocActors) -> tuple[str, str] | None:
    """"in the Iraqi capital": the capital itself; "the sidelines of the summit in the Indian
    capital": the capital "in" which the setting lies (the gold place is the city)."""
    found = described_capital(tok, actors)
    if found is not None or tok.lemma_.lower() not in SETTING_NOUNS:
        return found
    for inner in tok.subtree:
        if inner.dep_ == "pobj" and inner.head.lower_ == "in" and (found := described_capital(inner, actors)) is not None:
            return found
    return None


def _unspecified(noun: Token, text: str) -> bool:
    """"at a venue still to be determined", "at their summit": a place noun that names no place
    (no proper name in it, indefinite or an event's possessive); a residence keeps its owner."""
    if any(t.pos_ == "PROPN" for t in noun.subtree if t.text in text) or noun.lemma_.lower() in _RESIDENCES:
        return False
    if noun.lemma_.lower() == "summit":
        return True  # the gathering, not where it is
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"a", "an", "their", "its"} for c in children_of(noun))


def _owner(venue: Token, actors: DocActors) -> str | None:
    """The person a residence belongs to: "the president-elect's resort", "the Sharif family estate"."""
    for child in children_of(venue):
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.ent_type_ == "PERSON"):
            # "the president-elect's": the title word may be a compound of the possessive's head
            for tok in [child, *(c for c in children_of(child) if c.dep_ == "compound")]:
                people = [eid for eid in actors.resolve_np(tok).ids if actors.info[eid].is_person]
                if people:
                    return people[0]
    return None
