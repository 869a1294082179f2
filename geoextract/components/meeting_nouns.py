"""Nouns that name a meeting only in some uses: inside a proper name, and "round"; a told meeting.

"Forum" or "Summit" inside an organisation's or a place's name ("the Pacific Islands Forum
secretary general", "Summit Bank") names no meeting; "round" names one when it is a round of
talks ("a new round of negotiations", "agreed to hold a second round next week"), not a round
of sanctions, voting or fighting; "a similar meeting" names another meeting than the one told.
A name that ends in "Summit" ("the East Asia Summit") is a gathering, and so is a body's session
or a definite session someone hosts.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .meeting_lexicon import FOCUS_VERBS, MEETING_NOUNS
from .meeting_syntax import children_of

__all__ = ["earlier_occasion", "in_name", "new_event", "talks_round", "told_meeting", "within_told"]

#: Entity labels whose names may contain a meeting word without naming a meeting.
_NAME_LABELS = frozenset({"ORG", "GPE"})
#: What a round consists of when it is a round of talks ("talks" is a meeting word of its own).
_ROUND_OF = frozenset({"negotiation", "negotiations", "dialogue", "consultation", "consultations", "discussion", "discussions"})
#: Verbs whose object "round", with nothing said of what it is a round of, is a round of talks.
_ROUND_VERBS = frozenset({"hold", "resume", "begin", "start", "open", "conclude", "convene", "host", "schedule"})


def in_name(tok: Token) -> bool:
    """Is ``tok`` a capitalised word within a several-word ORG or GPE name?

    Example:
        >>> import spacy  # doctest: +SKIP
        >>> doc = spacy.load("en_core_web_sm")("World Economic Forum founder Klaus Schwab spoke.")  # doctest: +SKIP
        >>> in_name(doc[2])  # doctest: +SKIP
        True
    """
    if tok.ent_type_ not in _NAME_LABELS or not tok.is_title:
        return False
    doc = tok.doc
    return tok.ent_iob_ == "I" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")


def talks_round(tok: Token) -> bool:
    """Is ``tok`` a "round" of talks: "a round of negotiations", "hold a second round"?

    Example:
        >>> import spacy  # doctest: +SKIP
        >>> doc = spacy.load("en_core_web_sm")("They agreed to hold a second round next week.")  # doctest: +SKIP
        >>> talks_round(doc[6])  # doctest: +SKIP
        True
    """
    if tok.lemma_.lower() != "round" or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    of = [p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
    if of:
        return of[0].lemma_.lower() in _ROUND_OF or of[0].lower_ in _ROUND_OF
    return tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in _ROUND_VERBS


#: Words that make a meeting noun another meeting than the one told ("a similar meeting").
_NEW_EVENT = frozenset({"first", "second", "third", "another", "new", "similar", "earlier", "previous", "prior"})
_ORDINALS = frozenset({"first", "second", "third"})


def new_event(tok: Token, *, any_dep: bool = False) -> bool:
    """"a similar meeting", "another summit", "an earlier visit": a meeting other than the one
    told; not a person's own first at one ("X, at his first summit, ..."), which is the one told
    ("their first encounter" is another).

    Only an adjective or determiner counts unless ``any_dep``.
    """
    # one's own first at a gathering ("at his first summit", "attending her first G7"), not "their first encounter"
    at = (tok.dep_ == "pobj" and tok.head.lower_ == "at") or (tok.dep_ == "dobj" and tok.head.lemma_.lower() == "attend")
    own = at and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children_of(tok))
    if any((any_dep or c.dep_ in {"amod", "det"}) and c.lower_ in _NEW_EVENT and not (own and c.lower_ in _ORDINALS) for c in children_of(tok)):
        return True
    # "a new round of talks" (not "the second round of talks", which may be the round told)
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" else None
    return holder is not None and any(c.dep_ in {"amod", "det"} and c.lower_ in _NEW_EVENT - _ORDINALS for c in children_of(holder))


#: Adverbs of a meeting verb that tell an earlier occasion ("they first met in 2019", "had previously met").
_EARLIER_ADVERBS = frozenset({"first", "previously", "last", "once", "earlier"})
#: Adjectives of a meeting noun that tell an earlier occasion ("their previous meeting", "a prior visit").
_EARLIER_ADJECTIVES = frozenset({"previous", "earlier", "prior", "last"})
#: Verbs of a meeting set for a day ("had first been set for October").
_SCHEDULE_VERBS = frozenset({"set", "schedule", "plan", "slate", "due"})


def earlier_occasion(tok: Token) -> bool:
    """"the pair first met at the forum in February", "had previously met in Lima", "their
    previous meeting": an occasion before the one told, never the same meeting told again."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        # "The talks had first been set for October but were postponed": a plan before the one held
        planned_first = tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in _SCHEDULE_VERBS and any(
            c.dep_ == "advmod" and c.lower_ in {"first", "originally", "initially"} for c in children_of(tok.head)
        )
        return planned_first or any(c.dep_ == "amod" and c.lower_ in _EARLIER_ADJECTIVES for c in children_of(tok))
    return any(c.dep_ == "advmod" and c.lower_ in _EARLIER_ADVERBS for c in children_of(tok))


def within_told(prep: Token) -> bool:
    """"at the end of the session", "during the talks": within a meeting the story has told."""
    for pobj in (c for c in children_of(prep) if c.dep_ == "pobj"):
        if pobj.lemma_.lower() in {"end", "close", "conclusion", "margin", "margins"}:
            return any(told_meeting(of) for of in children_of(pobj) if of.dep_ == "prep" and of.lower_ == "of")
    return prep.lower_ == "during" and told_meeting(prep)


def told_meeting(prep: Token) -> bool:
    """"for the call", "in the talks": a meeting noun with "the", one the story has told."""
    return any(n.dep_ == "pobj" and n.lemma_.lower() in MEETING_NOUNS | {"call"} and any(d.lower_ == "the" for d in children_of(n)) for n in children_of(prep))


def session_of_body(tok: Token) -> bool:
    """"a session of the African Union", "the bloc's session": a body's sitting is a meeting of its members."""
    if tok.lemma_.lower() != "session":
        return False
    owners = [p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
    owners += [c for c in children_of(tok) if c.dep_ in {"poss", "compound"}]
    return any(o.ent_type_ == "ORG" for o in owners)


def summit_name(tok: Token) -> bool:
    """"the East Asia Summit": a gathering whose name ends in "Summit" (and is no part of a longer name)."""
    doc = tok.doc
    return tok.lower_ == "summit" and tok.ent_iob_ == "I" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")


def sitting_hosted(tok: Token) -> bool:
    """"X hosted the session, which was chaired by Y": a definite sitting someone hosts is
    the gathering told before (only hosting: a session someone chairs or opens may be any body's sitting)."""
    return (
        tok.lemma_.lower() == "session" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "host"
        and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in children_of(tok))
    )


#: Lengths of a meeting that make it a gathering of several days ("the two-day summit").
_MULTI_DAY_RE = re.compile(r"(?:^|\s)(?:[a-z]+-day|[a-z]+-week|week-long|weeklong|days-long)(?:\s|$)", re.IGNORECASE)


def multi_day(noun: Token) -> bool:
    """"the week-long meeting", "the two-day summit": a meeting of several days, a gathering (not
    the talks of two told since); so is "the plenary", a gathering's own session."""
    if noun.lemma_.lower() == "plenary":
        return True
    return noun.pos_ in {"NOUN", "PROPN"} and bool(_MULTI_DAY_RE.search(noun.doc[noun.left_edge.i : noun.i].text))


def focus_of_told(noun: Token) -> bool:
    """"The discussions focused on X", "their consultations covered Y": talks told before (a
    definite or possessed noun) said to be about something, though no counterpart is named."""
    told = any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "their", "his", "her", "these", "those"} for c in children_of(noun))
    return told and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in FOCUS_VERBS
