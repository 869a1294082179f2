"""Cues of a meeting's procedure that place people at it: reading out its final text,
handing over its chair, standing in for a leader who stayed away, being joined at the table,
proposing the talks, announcing their deal together, appearing alongside others.

"X read out the final declaration" and "X took over the rotating chairmanship from Y" are
things only a gathering of several has (see :func:`.meeting_presence.gathering_cue`); "Y went
in his place", "X, who was joined at the table by Y", "Z, who proposed the talks, said" and
"A and B announced the deal" place people at the meeting told before, as does "X announced the
deal alongside host Y and Z" (:func:`alongside_named`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .meeting_found import DEAL_NOUNS, handover
from .meeting_lexicon import MEETING_NOUNS, REMOTE_WORDS
from .meeting_phrases import detached_name
from .meeting_syntax import children_of
from .meeting_together import people_in

#: The texts a gathering adopts ("the leaders adopted a declaration").
_GATHERING_TEXTS = frozenset({"declaration", "communique", "communiqué", "resolution"})


def adopted_text(verb: Token) -> bool:
    """"The leaders, including X and Y, adopted a declaration", "X read out the final communique":
    the adopters, or the reader of the gathering's text, were at the gathering."""
    lemma = verb.lemma_.lower()
    if lemma not in {"adopt", "endorse", "approve", "read", "sign"} or verb.dep_ in {"relcl", "acl", "amod", "xcomp", "pcomp"}:
        return False
    texts = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in _GATHERING_TEXTS]
    if lemma in {"read", "sign"}:  # "read out (signed) the final communique", not "had read a declaration by Y"
        return any(c.dep_ == "det" and c.lower_ == "the" for t in texts for c in children_of(t))
    return bool(texts)


def joined_by_relative(verb: Token) -> bool:
    """"X, who was joined at the table by Y, told reporters ...": Y was at the meeting with X."""
    if verb.lemma_.lower() != "join" or verb.dep_ != "relcl" or verb.head.ent_type_ != "PERSON":
        return False
    if not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return False
    return any(a.dep_ == "agent" and any(p.ent_type_ == "PERSON" for p in a.subtree) for a in children_of(verb))


def handed_over_chair(verb: Token) -> bool:
    """"X took over the rotating chairmanship (from Y)", "handed the presidency to Y" in a clause of
    its own, by a person (a state "takes over the chairmanship" from afar)."""
    if verb.dep_ in {"relcl", "acl", "amod", "xcomp", "pcomp", "advcl"} or any(c.dep_ == "nsubj" and c.ent_type_ in {"GPE", "NORP"} for c in children_of(verb)):
        return False
    return handover(verb)


def went_in_place(verb: Token) -> bool:
    """"X stayed away; Y went in his place": the stand-in of someone kept away was there."""
    if verb.dep_ in {"relcl", "acl", "amod", "xcomp", "pcomp", "advcl"}:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ in {"place", "stead"} and any(q.dep_ == "poss" for q in children_of(p)) for p in children_of(c))
        for c in children_of(verb)
    )


#: Verbs of bringing a meeting about ("X, who proposed the talks, said ...").
PROPOSE_VERBS: frozenset[str] = frozenset({"propose", "request", "initiate", "convene", "organise", "organize"})


def proposed_told_meeting(verb: Token) -> bool:
    """"X, who proposed the talks, said ...": the one who brought about the meeting told, in a
    relative clause on a named person, was at it."""
    if verb.lemma_.lower() not in PROPOSE_VERBS or verb.dep_ != "relcl" or verb.head.ent_type_ != "PERSON":
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children_of(verb)):
        return False
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS and any(d.dep_ == "det" and d.lower_ == "the" for d in children_of(c))
        for c in children_of(verb)
    )


def announced_deal_together(verb: Token) -> bool:
    """"X and Y announced the deal": two people announcing the deal of the talks told were at them."""
    if verb.lemma_.lower() != "announce" or verb.dep_ in {"relcl", "acl", "amod", "xcomp", "pcomp", "ccomp"}:
        return False
    if any(t.lower_ in REMOTE_WORDS or t.lemma_.lower() in {"conference", "appearance", "statement"} for t in verb.subtree):
        return False  # "announced the deal in a joint video appearance", "at a joint news conference": an act of its own
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in DEAL_NOUNS for c in children_of(verb)):
        return False
    return any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in children_of(c)) and people_in(c) >= 2 for c in children_of(verb))


#: Verbs of a public act done in someone's company ("appeared alongside X", "announced the deal alongside Y").
ALONGSIDE_VERBS = frozenset({"appear", "announce", "unveil"})


def alongside_named(verb: Token) -> list[Token]:
    """"X appeared alongside Y and Z", "flew in to announce the deal alongside host Y, Z and W":
    the people named beside the one who acted (on the verb or on its object) were there with them."""
    if verb.lemma_.lower() not in ALONGSIDE_VERBS or verb.dep_ in {"relcl", "acl", "amod", "pcomp"}:
        return []
    holders = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
    pobjs = [p for h in holders for prep in children_of(h) if prep.dep_ == "prep" and prep.lower_ == "alongside" for p in children_of(prep) if p.dep_ == "pobj"]
    named = [detached_name(p) or p for p in pobjs]
    return [p for p in named if p.ent_type_ == "PERSON"]


#: Verbs of a joint public act of leaders at a gathering ("X, Y and Z launched an initiative").
_JOINT_ACTS = frozenset({"launch", "unveil", "pledge"})


def launched_together(verb: Token) -> bool:
    """"X, Y and Z also launched a maritime initiative": three or more people named as the
    subject of a joint act, in the sentence's own clause, were at the meeting told before."""
    if verb.lemma_.lower() not in _JOINT_ACTS or verb.dep_ not in {"ROOT", "conj"}:
        return False
    if any(t.lower_ in REMOTE_WORDS for t in verb.subtree):
        return False
    return sum(people_in(c) for c in children_of(verb) if c.dep_ == "nsubj") >= 3  # the parser may split the list into several subjects
