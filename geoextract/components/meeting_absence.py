"""Absentees of a meeting: "X skipped the summit", "Y boycotted the talks", "Z stayed away from it".

Whoever skips a meeting is no participant of it, and the meeting is not called off by it: the
summit took place (if the story says so) without them. The absence verb governs the meeting
noun as its object, or through "from" ("stayed away from", "was absent from").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .meeting_syntax import children_of

if TYPE_CHECKING:
    from .meeting_actors import DocActors

__all__ = ["absence_verb", "replaced_people"]

#: Verbs whose object is a meeting their subject did not attend.
ABSENCE_VERBS: frozenset[str] = frozenset({"skip", "boycott", "miss", "shun", "snub", "avoid", "forgo", "forego"})
#: "was barred from", "was excluded from": kept out of the meeting.
_KEPT_OUT: frozenset[str] = frozenset({"bar", "exclude", "ban", "disinvite", "suspend", "expel"})
#: "stay away from", "keep away from", "was absent from": the meeting is the object of "from".
_AWAY_HEADS: frozenset[str] = frozenset({"stay", "keep", "remain"})


def absence_verb(noun: Token) -> Token | None:
    """The verb telling that its subject stayed away from the meeting ``noun``, or None.

    Args:
        noun: A meeting noun ("summit", "talks").

    Returns:
        "skipped" in "X skipped the summit", "stayed" in "X stayed away from the talks",
        "was" in "X was absent from the meeting"; None for "X attended the summit" or
        "X missed a deadline" (no meeting noun).

    Example:
        >>> # absence_verb(<"summit" in "Kagame skipped the summit">) -> <"skipped">  # doctest: +SKIP
    """
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in ABSENCE_VERBS and head.pos_ in {"VERB", "AUX"}:
        return head
    if noun.dep_ != "pobj" or head.lower_ != "from":
        return None
    owner = head.head
    if owner.lower_ == "away" and owner.head.lemma_.lower() in _AWAY_HEADS:
        return owner.head  # "stayed away from": "away" as an adverb of the verb
    if owner.lemma_.lower() in _AWAY_HEADS and any(c.lower_ == "away" for c in children_of(owner)):
        return owner  # "from" attached to the verb itself
    if owner.lower_ == "absent":
        return owner.head if owner.dep_ == "acomp" else owner
    if owner.lemma_.lower() in _KEPT_OUT and any(c.dep_ == "auxpass" for c in children_of(owner)):
        return owner  # "X was barred from the gathering", "Y was excluded from the talks"
    return None


#: Two-word markers of someone who did not come: "instead of X", "rather than X", "in place of X".
_REPLACED_MARKERS: frozenset[tuple[str, str]] = frozenset({("instead", "of"), ("rather", "than"), ("place", "of")})
#: Words a name may follow after the marker ("instead of President X", "rather than its prime minister, X").
_REPLACED_WINDOW = 6


def replaced_people(sent: Span, actors: DocActors) -> set[str]:
    """People the sentence names only as the one who did not come: "sent X instead of President Y".

    Read by position (the parser hangs "instead of" as a preposition or as a conjunction): the
    first person named within a few words after the marker; a person also named elsewhere in
    the sentence stays.
    """
    doc = sent.doc
    found: dict[str, int] = {}
    for tok in sent[:-1]:
        if (tok.lower_, doc[tok.i + 1].lower_) not in _REPLACED_MARKERS:
            continue
        for nxt in doc[tok.i + 2 : min(sent.end, tok.i + 2 + _REPLACED_WINDOW)]:
            eid = actors.actor_at(nxt)
            if eid is not None and actors.info[eid].is_person:
                found.setdefault(eid, nxt.i)
                break
    if not found:
        return set()
    runs: dict[str, int] = {}
    for t in sent:
        eid = actors.actor_at(t)
        if eid in found and (t.i == sent.start or actors.actor_at(doc[t.i - 1]) != eid):
            runs[eid] = runs.get(eid, 0) + 1  # each separate mention of the person in the sentence
    return {eid for eid in found if runs.get(eid, 0) <= 1}
