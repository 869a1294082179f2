"""Cues of a gathering's procedure that place people at it: reading out its final text,
handing over its chair, standing in for a leader who stayed away, being joined at the table.

"X read out the final declaration" and "X took over the rotating chairmanship from Y" are
things only a gathering of several has (see :func:`.meeting_presence.gathering_cue`); "Y went
in his place" and "X, who was joined at the table by Y" place people at the meeting told before.
"""

from __future__ import annotations

from spacy.tokens import Token

from .meeting_found import handover
from .meeting_syntax import children_of

#: The texts a gathering adopts ("the leaders adopted a declaration").
_GATHERING_TEXTS = frozenset({"declaration", "communique", "communiqué", "resolution"})


def adopted_text(verb: Token) -> bool:
    """"The leaders, including X and Y, adopted a declaration", "X read out the final communique":
    the adopters, or the reader of the gathering's text, were at the gathering."""
    lemma = verb.lemma_.lower()
    if lemma not in {"adopt", "endorse", "approve", "read"} or verb.dep_ in {"relcl", "acl", "amod", "xcomp", "pcomp"}:
        return False
    texts = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in _GATHERING_TEXTS]
    if lemma == "read":  # "read out the final communique", not "had read a declaration by Y"
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
