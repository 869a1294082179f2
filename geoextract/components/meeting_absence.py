"""Absentees of a meeting: "X skipped the summit", "Y boycotted the talks", "Z stayed away from it".

Whoever skips a meeting is no participant of it, and the meeting is not called off by it: the
summit took place (if the story says so) without them. The absence verb governs the meeting
noun as its object, or through "from" ("stayed away from", "was absent from").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["absence_verb"]

#: Verbs whose object is a meeting their subject did not attend.
ABSENCE_VERBS: frozenset[str] = frozenset({"skip", "boycott", "miss", "shun", "snub", "avoid", "forgo", "forego"})
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
    if owner.lemma_.lower() in _AWAY_HEADS and any(c.lower_ == "away" for c in owner.children):
        return owner  # "from" attached to the verb itself
    if owner.lower_ == "absent":
        return owner.head if owner.dep_ == "acomp" else owner
    return None
