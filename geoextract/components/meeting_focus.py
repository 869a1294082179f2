"""Topics told by what filled the talks rather than by what the talks were on: "X dominated the
talks", "talks dominated by X", "..., and the agenda included X"."""

from __future__ import annotations

from spacy.tokens import Token

from .meeting_np import phrase
from .meeting_syntax import children_of

#: Verbs whose subject fills the meeting they take as object ("X dominated the talks"; not
#: "overshadowed", a matter that pressed on talks about something else).
_FILL_VERBS = frozenset({"dominate"})
#: Gatherings whose agenda a dominant matter does not sum up ("a summit dominated by the war").
_GATHERINGS = frozenset({"summit", "conference", "forum", "gathering", "assembly", "session"})
#: Verbs with which an agenda names its items ("the agenda included X").
_LISTING_VERBS = frozenset({"include", "feature", "cover"})


def filled_topic(trig: Token) -> str | None:
    """"Access to the waters dominated the talks", "talks, which were dominated by X", "talks
    dominated by X": what filled the meeting named by ``trig`` (a meeting noun)."""
    if trig.pos_ not in {"NOUN", "PROPN"} or trig.lemma_.lower() in _GATHERINGS:
        return None
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in _FILL_VERBS:
        subject = next((c for c in children_of(trig.head) if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
        return phrase(subject, topic=True) if subject is not None else None
    # "talks with X, which were dominated by Y": the parser hangs the relative on the last name
    counterparts = [p for w in children_of(trig) if w.dep_ == "prep" and w.lower_ == "with" for p in children_of(w) if p.dep_ == "pobj"]
    for clause in [*children_of(trig), *(c for p in counterparts for c in children_of(p) if any(w.lower_ == "which" for w in children_of(c)))]:
        if clause.dep_ in {"relcl", "acl"} and clause.lemma_.lower() in _FILL_VERBS:
            agents = [p for a in children_of(clause) if a.dep_ == "agent" for p in children_of(a) if p.dep_ == "pobj"]
            if agents:
                return phrase(agents[0], topic=True)
    return None


def agenda_items(trig: Token) -> str | None:
    """"X met Y in Doha, and the agenda included Z": a clause joined to the meeting's whose
    subject is the agenda and whose verb lists its items."""
    for clause in children_of(trig):
        if clause.dep_ != "conj" or clause.lemma_.lower() not in _LISTING_VERBS:
            continue
        if any(c.dep_ == "nsubj" and c.lemma_.lower() == "agenda" for c in children_of(clause)):
            items = next((c for c in children_of(clause) if c.dep_ == "dobj"), None)
            if items is not None:
                return phrase(items, topic=True)
    return None
