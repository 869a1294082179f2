"""Topic, place and date phrases of a meeting, read off the dependency parse of its sentence.

Each finder looks first in the trigger's own phrase ("talks on X", "met in Brussels on
Monday"), then in the clause that governs it ("said on Tuesday ... after talks"). Phrases
are short and verbatim: a noun phrase cut before relative clauses, appositions, commas and
prepositional phrases that carry other facts (time, company, venue).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ._common import hash_string
from .meeting_actors import DocActors
from .meeting_lexicon import (
    AGENDA_NOUNS,
    FOCUS_VERBS,
    HOST_VERBS,
    NOT_TOPIC_HEADS,
    PLACE_NOUNS,
    PLACE_PREPS,
    SCHEDULE_NOUNS,
    SETTING_NOUNS,
    TOPIC_PREPS,
    TOPIC_VERBS,
    TRAVEL_VERBS,
    VISIT_NOUNS,
    VISIT_VERBS,
)
from .meeting_syntax import path_to_root, scope

_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "csubj", "parataxis", "acl"})
_CUT_PREPS = frozenset({"with", "at", "during", "by", "after", "before", "since", "following", "ahead", "amid", "until"})
_PLACE_CUT = frozenset({"with", "during", "by", "after", "before", "for", "since", "following", "ahead", "amid", "until", "from"})
#: Prepositions that stay with a topic the parser hung on the verb ("discuss gas transit through Ukraine").
_TOPIC_VERB_HASHES = frozenset(hash_string(w) for v in TOPIC_VERBS for w in (v, v.title()))
_MEALS = frozenset({"lunch", "dinner", "breakfast", "coffee", "tea", "meal", "drink", "banquet"})
#: Events whose "on" phrase tells a place or a day, never a subject of talks.
_CEREMONIES = _MEALS | {"ceremony", "signing", "reception", "parade", "celebration", "gala"}
_CONTRAST = re.compile(r",?\s+\b(?:rather than|instead of)\b")
_ROUTE_PREPS = frozenset({"through", "across", "along", "into"})
_SKIP_CHILD_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "ccomp", "mark"})


def phrase(head: Token, *, cut_preps: frozenset[str] = _CUT_PREPS, skip: Callable[[Token], bool] | None = None) -> str:
    """The short verbatim noun phrase headed by ``head`` (cut at clauses, commas, side facts).

    Example:
        >>> import spacy  # doctest: +SKIP
        >>> doc = spacy.load("en_core_web_sm")("Talks focused on the crisis in Venezuela, officials said.")  # doctest: +SKIP
        >>> phrase(doc[4])  # doctest: +SKIP
        'the crisis in Venezuela'
    """
    return phrase_span(head, cut_preps=cut_preps, skip=skip).text.strip(" ,;:-—")


def phrase_span(head: Token, *, cut_preps: frozenset[str] = _CUT_PREPS, skip: Callable[[Token], bool] | None = None) -> Span:
    """The tokens of :func:`phrase` (before trimming its edge punctuation)."""
    doc = head.doc
    keep: set[int] = set()
    stack = [head]
    while stack:
        cur = stack.pop()
        keep.add(cur.i)
        for child in cur.children:
            if child.dep_ in _SKIP_CHILD_DEPS and not (child.dep_ == "punct" and child.text in {"-", "–"} and not doc[child.i - 1].whitespace_):
                continue
            if child.tag_ in {"VBD", "VBZ", "VBP"} or any(g.dep_ in {"nsubj", "nsubjpass"} for g in child.children):
                continue  # a clause the parser hung on the noun ("Orban visited Kyiv")
            if child.ent_type_ in {"DATE", "TIME"} and child.dep_ in {"npadvmod", "tmod", "advmod"}:
                continue
            if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in child.children):
                continue
            if child.dep_ == "prep" and (child.lower_ in cut_preps or (skip is not None and skip(child))):
                continue
            if child.dep_ == "prep" and child.lower_ == "over" and any(g.lemma_.lower() in _MEALS for g in child.children):
                continue  # "discussed X over lunch": the setting, not the topic
            if child.dep_ == "conj" and "as well as" in doc[max(0, child.left_edge.i - 4) : child.left_edge.i].text.lower():
                continue
            if child.dep_ == "cc" and child.lower_ == "as":
                continue
            stack.append(child)
    start = end = head.i
    while start - 1 in keep or (start - 2 in keep and doc[start - 1].text == "," and start - 1 > min(keep)):
        start -= 1
    while end + 1 in keep or (end + 2 in keep and doc[end + 1].text == "," and _list_comma(doc, end + 1, keep)) or (
        end + 2 in keep and doc[end + 1].text in {"-", "–"} and not doc[end].whitespace_
    ):
        end += 1
    return doc[start : end + 1]


def _list_comma(doc: Doc, i: int, keep: set[int]) -> bool:
    nxt = doc[i + 1]
    return nxt.dep_ in {"conj", "amod", "compound", "cc", "det", "nummod"} or (nxt.head.i in keep and nxt.head.dep_ == "conj")


# -- topic ------------------------------------------------------------------------------


def find_topic(triggers: list[Token], governor: Token | None, actors: DocActors) -> str | None:
    """What the meeting was about: "talks on X", "focused on X", "to discuss X", "X is on the agenda"."""
    topic = _find_topic(triggers, governor, actors)
    # "focused on X rather than Y": what was set aside is no part of what the talks were about
    if topic is None:
        return None
    return _CONTRAST.split(topic, maxsplit=1)[0].strip(" ,;:-—") or None


def _find_topic(triggers: list[Token], governor: Token | None, actors: DocActors) -> str | None:
    heads: list[Token] = []
    for trig in triggers:
        heads.append(trig)
        for tok in scope(trig):
            if tok.dep_ == "pobj" and actors.actor_at(tok) and tok.head.lower_ in {"with", "between", "among"}:
                heads.extend(_conjunct_heads(tok))
    if governor is not None:
        heads.append(governor)
    trigger_ids = {t.i for t in triggers}
    for head in heads:
        if head.lemma_.lower() in _CEREMONIES:
            continue  # "hosted the ceremony on the South Lawn": "on" tells where, not what about
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in TOPIC_PREPS and (head.i in trigger_ids or not any(t.i in trigger_ids for t in child.subtree)):
                topic = _topic_pobj(child, actors)
                if topic:
                    return topic
    if governor is not None and governor.lemma_.lower() in TOPIC_VERBS:
        topic = object_topic(governor)
        if topic:
            return topic
    for trig in triggers:
        # what is negotiated (a treaty, a deal) is the outcome, not the topic (gold convention)
        if trig.lemma_.lower() in {"discuss", "debate"} and trig.pos_ == "VERB":
            topic = object_topic(trig)  # "discussed energy security with X"
            if topic:
                return topic
        # "a meeting, which focused on X", "a summit focused on X"
        relcls = [c for tok in scope(trig) for c in tok.children if c.dep_ == "relcl" or (c.dep_ == "acl" and c.lemma_.lower() in FOCUS_VERBS)]
        tops = [trig] + ([governor] if governor is not None else [])
        # "held talks with X, focusing on Y": a participle of the meeting's clause
        relcls += [c for top in tops for c in top.children if c.dep_ in {"advcl", "acl", "xcomp"} and c.tag_ == "VBG" and c.lemma_.lower() in FOCUS_VERBS]
        for tok in [trig, *relcls]:
            topic = _focus_topic(tok, actors)
            if topic:
                return topic
        for top in [trig] + ([governor] if governor is not None else []):
            for tok in top.subtree:
                # the integer lemma test first: a governing clause's subtree can be the whole sentence
                if tok.lemma in _TOPIC_VERB_HASHES and tok.i != top.i and _within(tok, top):
                    topic = _purpose_topic(tok)
                    if topic:
                        return topic
        for child in trig.children:
            if child.dep_ == "conj" and child.lemma_.lower() in TOPIC_VERBS:
                topic = object_topic(child)
                if topic:
                    return topic
        topic = _agenda_topic(trig)
        if topic:
            return topic
    return None


def _within(tok: Token, top: Token) -> bool:
    """True when ``tok`` hangs under ``top`` without an embedded relative or reported clause."""
    cur = tok
    while cur.i != top.i:
        if cur.dep_ in {"relcl", "ccomp", "parataxis", "csubj"} or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def _conjunct_heads(tok: Token) -> list[Token]:
    found = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            found.extend(_conjunct_heads(child))
    return found


def _city_pp(prep: Token, actors: DocActors) -> bool:
    """"in Cairo" after a topic: the place of the meeting, not part of what it was about."""
    if prep.lower_ not in {"in", "at"}:
        return False
    return any(p.dep_ == "pobj" and (e := actors.entity_at(p)) is not None and actors.info[e].kind == "city" for p in prep.children)


def _topic_pobj(prep: Token, actors: DocActors) -> str | None:
    for pobj in prep.children:
        if pobj.dep_ not in {"pobj", "pcomp"}:
            continue
        if pobj.ent_type_ in {"DATE", "TIME"} or pobj.lemma_.lower() in NOT_TOPIC_HEADS or pobj.lower_ in NOT_TOPIC_HEADS:
            continue
        eid = actors.entity_at(pobj)
        if eid is not None and actors.info[eid].is_place:
            continue
        if pobj.pos_ in {"PRON", "DET"} or pobj.tag_ in {"WP", "WDT"} or pobj.left_edge.tag_ in {"WP", "WDT", "WRB"}:
            continue
        text = phrase(pobj, skip=lambda t: _city_pp(t, actors))
        if text:
            return text
    return None


def _focus_topic(tok: Token, actors: DocActors) -> str | None:
    """"The talks focused on X", "a meeting, which focused on X"."""
    verb: Token | None = None
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in FOCUS_VERBS:
        verb = tok.head
    elif tok.lemma_.lower() in FOCUS_VERBS and (any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in tok.children) or tok.tag_ == "VBG" or tok.dep_ == "acl"):
        verb = tok
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"on", "upon", "with", "around", "about"}:
            topic = _topic_pobj(child, actors)
            if topic:
                return topic
        if child.dep_ == "dobj":
            return phrase(child)
    return None


def _purpose_topic(tok: Token) -> str | None:
    """"to discuss X", "to coordinate X": the object of a purpose clause."""
    if tok.lemma_.lower() not in TOPIC_VERBS or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    return object_topic(tok)


def object_topic(verb: Token) -> str | None:
    """The object of a discussion verb: "discussed X", "to discuss easing tensions"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return _object_span(verb, objects)
    for child in verb.children:
        if child.dep_ in {"xcomp", "pcomp"} and child.tag_ == "VBG":
            return phrase(child, cut_preps=frozenset({"with", "at", "during", "by", "after", "before", "since"}))
        if child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return phrase(pobj)
    return None


def _object_span(verb: Token, objects: list[Token]) -> str:
    """The verb's object phrase, joining a list the parser split into several objects
    ("discussed trade, the embargo and X") and a route phrase ("gas transit through Ukraine")."""
    doc = verb.doc
    first = phrase_span(objects[0])
    start, end = first.start, first.end
    for obj in objects[1:]:
        span = phrase_span(obj)
        if span.start < end or any(t.lower_ not in {",", "and", "or"} for t in doc[end : span.start]):
            break
        end = span.end
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _ROUTE_PREPS and prep.i == end:
            pobjs = [p for p in prep.children if p.dep_ == "pobj"]
            if pobjs:
                end = phrase_span(pobjs[0]).end
    return doc[start:end].text.strip(" ,;:-—")


def _agenda_topic(trig: Token) -> str | None:
    """"X is expected to be a central topic of ... discussions", "X was on the agenda of talks"."""
    cur = trig
    agenda = None
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in AGENDA_NOUNS:
            agenda = cur
            break
    if agenda is None:
        return None
    verb = agenda
    for _ in range(6):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and verb.i != agenda.i:
            return phrase(subjects[0])
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


# -- place ------------------------------------------------------------------------------


@dataclass
class Place:
    """A place phrase and what the text says about it."""

    text: str
    country: str | None
    is_city: bool
    rank: int
    owner: str | None = None  # the person whose residence it is ("the president's Mar-a-Lago resort")


#: Venues that belong to a person, who then receives the meeting there.
_RESIDENCES = frozenset({"residence", "home", "house", "estate", "resort", "villa", "lodge", "mansion", "ranch", "farm", "palace", "dacha", "retreat", "compound"})


def find_place(triggers: list[Token], governors: list[Token], actors: DocActors) -> Place | None:
    """Where the meeting was held: "in Brussels", "at the White House", "where he met X"."""
    for trig in triggers:
        path = path_to_root(trig, limit=6)
        for index, node in enumerate(path):
            if any(c.dep_ == "advmod" and c.lower_ == "where" for c in node.children):
                for upper in path[index:]:
                    if upper.dep_ == "relcl" and upper.head.ent_type_ in {"DATE", "TIME"}:
                        return _best_place(list(upper.head.head.children), actors)
                    if upper.dep_ == "relcl":
                        head = upper.head
                        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in PLACE_NOUNS:
                            head = head.head.head
                        return _place_of(head, actors, rank=0) or Place(phrase(head, cut_preps=_PLACE_CUT), None, False, 0)
                break
    own = sorted({t for trig in triggers for t in scope(trig)}, key=lambda t: t.i)
    best = _best_place(own, actors)
    if best is not None:
        return best
    for gov in governors:
        # "is due in Tokyo for talks": the place hangs on the predicate adjective
        # "X's schedule in Bali included meetings with Y": the place hangs on the schedule
        nearby = [*gov.children, *(g for c in gov.children if c.dep_ == "acomp" or (c.dep_ == "nsubj" and c.lemma_.lower() in SCHEDULE_NOUNS) for g in c.children)]
        best = _best_place(nearby, actors)
        if best is not None:
            return best
    return None


def _best_place(tokens: list[Token], actors: DocActors) -> Place | None:
    best: Place | None = None
    inside: set[int] = set()
    for tok in tokens:
        if tok.i in inside:
            continue
        place = _place_from(tok, actors)
        if place is not None:
            inside.update(t.i for t in tok.subtree)
            if best is None or place.rank < best.rank:
                best = place
    return best


def _place_from(tok: Token, actors: DocActors) -> Place | None:
    lower = tok.lower_
    head_lemma = tok.head.lemma_.lower()
    goes_to = lower == "to" and (
        head_lemma in TRAVEL_VERBS | VISIT_VERBS | VISIT_NOUNS | HOST_VERBS
        or any(c.dep_ == "dobj" and c.lemma_.lower() in VISIT_NOUNS for c in tok.head.children)
    )
    if tok.dep_ == "prep" and (lower in PLACE_PREPS or lower == "on" or goes_to):
        if tok.head.dep_ == "pobj" and (tok.head.head.lower_ in TOPIC_PREPS or tok.head.head.dep_ == "agent"):
            # inside "talks on X in Y" only a city can be the place ("a summit on the war in Cairo");
            # so too in an agent phrase ("a summit dominated by the war in Ukraine")
            city = [p for p in tok.children if p.dep_ == "pobj" and (e := actors.entity_at(p)) and actors.info[e].kind == "city"]
            return _place_of(city[0], actors, rank=None) if city else None
        for pobj in tok.children:
            if pobj.dep_ == "pobj":
                if lower == "on" and pobj.lemma_.lower() not in SETTING_NOUNS | {"tarmac"}:
                    continue
                place = _place_of(pobj, actors, rank=None)
                if place is not None:
                    return place
    if tok.dep_ == "dobj" and head_lemma in VISIT_VERBS | TRAVEL_VERBS:
        return _place_of(tok, actors, rank=None)
    return None


def _place_of(tok: Token, actors: DocActors, rank: int | None) -> Place | None:
    """A Place for the noun phrase headed by ``tok``, if it names a place."""
    if tok.ent_type_ in {"DATE", "TIME"}:
        return None
    text = phrase(tok, cut_preps=_PLACE_CUT)
    eid = actors.entity_at(tok)
    if eid is not None and tok.i >= actors.dateline_end:
        info = actors.info[eid]
        if info.is_person or (info.label == "ORG" and info.kind != "venue"):
            return None
        named = info.label in {"GPE", "LOC"}  # a named place, known to the KB or not ("Arlington")
        # a whole country is the least precise place: "at the Planalto palace, ... a visit to Brazil"
        return Place(text, info.country, named, (2 if info.kind == "country" else 0) if rank is None else rank)
    lemma = tok.lemma_.lower()
    inside = [actors.info[e] for t in tok.subtree if (e := actors.entity_at(t)) is not None and t.text in text]
    places = [e for e in inside if e.is_place]
    if lemma in SETTING_NOUNS:
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            # a bare "on the sidelines" names no place: the place is one inside its phrase ("with X in Y"), if any
            inner = [
                p for c in tok.subtree if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                for o in c.children if o.dep_ == "pobj" and (p := _place_of(o, actors, rank=None)) is not None
            ]
            return inner[0] if inner else None
        return Place(text, None, False, 3 if rank is None else rank)
    if lemma not in PLACE_NOUNS and not places:
        return None
    country = next((e.country for e in places if e.country), None)
    if country is None:
        country = next((e.country for e in inside if e.label in {"NORP", "GPE"} and e.country), None)
    heads = {actors.entity_at(t) for t in tok.subtree if t.dep_ == "pobj" and t.text in text}
    named = any(e.label in {"GPE", "LOC"} and e.id in heads for e in places)
    return Place(text, country, named, (1 if places else 2) if rank is None else rank, _owner(tok, actors) if lemma in _RESIDENCES else None)


def _owner(venue: Token, actors: DocActors) -> str | None:
    """The person a residence belongs to: "the president-elect's resort", "the Sharif family estate"."""
    for child in venue.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.ent_type_ == "PERSON"):
            # "the president-elect's": the title word may be a compound of the possessive's head
            for tok in [child, *(c for c in child.children if c.dep_ == "compound")]:
                people = [eid for eid in actors.resolve_np(tok).ids if actors.info[eid].is_person]
                if people:
                    return people[0]
    return None
