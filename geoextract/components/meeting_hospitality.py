"""Hospitality said in idiom: a host doing something for a named guest meets the guest.

Wire copy about visits often leaves out "hosted" and "met": "X played host to Y", "X rolled
out the red carpet for Y", "X threw a banquet in honour of Y", "X entertained Y at his
residence", "X took Y on a tour of the palace", "Y was accorded a ceremonial welcome by X",
"Y received a warm welcome from X". :func:`hospitality_cue` marks such a verb as a "host"
trigger and :func:`guests_of` names the other party, the way "hosted a dinner for Y" and
"a reception in honour of Y" name their guests. Each needs a named person on the other side:
"rolled out the red carpet for investors" or "entertained the idea" is no meeting, and a
state that "rolled out the red carpet" names no one who met the guest. :func:`given_to` names
the person a thing was handed to at a meeting ("presented a medal to Y during an audience").
"""

from __future__ import annotations

from spacy.tokens import Token

from .meeting_lexicon import EVENT_NOUNS, MEETING_NOUNS
from .meeting_syntax import children_of

#: Meals and parties given for a guest ("threw a banquet for Y", "gave a lunch in honour of Y").
FEAST_NOUNS = frozenset({"banquet", "dinner", "lunch", "luncheon", "breakfast", "reception", "feast", "gala"})
#: Verbs that give a feast ("threw", "gave", "laid on", "held", "offered").
_FEAST_VERBS = frozenset({"throw", "give", "lay", "hold", "offer", "organise", "organize"})
#: Verbs of a welcome given to a guest ("was accorded a ceremonial welcome by X", "got a warm welcome from X").
_WELCOME_VERBS = frozenset({"accord", "give", "extend", "receive", "get"})
#: Nouns of a welcome ("a ceremonial welcome", "a red-carpet reception").
_WELCOME_NOUNS = frozenset({"welcome", "reception"})
#: Verbs of handing something over in person ("offered condolences to Y", "presented a medal to Y").
_GIVING_VERBS = frozenset({"offer", "give", "hand", "present", "deliver", "convey", "express", "extend", "pass"})
#: The lemmas a cue here starts from.
HOSPITALITY_WORDS = _FEAST_VERBS | _WELCOME_VERBS | frozenset({"play", "roll", "entertain", "take"})


def names_person(tok: Token) -> bool:
    """A named person, or a title standing in apposition to one ("the visiting president, X")."""
    return tok.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(tok))


def _objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions in ``preps`` ("for Y"; "in honour of Y" counts as "for")."""
    found: list[Token] = []
    for prep in children_of(tok):
        if prep.dep_ not in {"prep", "agent", "dative"}:
            continue
        lower = prep.lower_
        if lower in preps:
            found.extend(p for p in children_of(prep) if p.dep_ == "pobj")
        elif lower == "in" and "for" in preps:
            honour = [p for p in children_of(prep) if p.lower_ in {"honour", "honor"}]
            found.extend(g for h in honour for o in children_of(h) if o.lower_ == "of" for g in children_of(o) if g.dep_ == "pobj")
            found.extend(o for h in honour for o in children_of(h) if o.dep_ == "poss")  # "in his honour"
    return found


def _holders(verb: Token, nouns: frozenset[str]) -> list[Token]:
    """``verb`` and its direct object when that object is one of ``nouns`` (the parser hangs
    "for Y" on either)."""
    return [verb, *(c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in nouns)]


def _dobj(verb: Token, lemmas: frozenset[str]) -> Token | None:
    return next((c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in lemmas), None)


def guests_of(verb: Token) -> list[Token]:
    """The other party of a hosting verb or idiom: its guests ("for Y", "in honour of Y",
    "played host to Y"), or the host of a welcome ("was accorded a welcome by X")."""
    lemma = verb.lemma_.lower()
    found: list[Token] = []
    if lemma == "play" and _dobj(verb, frozenset({"host"})) is not None:
        found += _objects(verb, frozenset({"to"}))
    if _dobj(verb, _WELCOME_NOUNS) is not None and lemma in _WELCOME_VERBS:
        found += [p for h in _holders(verb, _WELCOME_NOUNS) for p in _objects(h, frozenset({"by", "from"}))]
    for holder in _holders(verb, FEAST_NOUNS | MEETING_NOUNS | EVENT_NOUNS | {"carpet"}):
        found += _objects(holder, frozenset({"for"}))
    return found


def given_to(verb: Token) -> list[Token]:
    """The one a thing was given to: "offered condolences to Y", "presented a medal to Y"
    (the parser hangs "to Y" on the verb or on the thing)."""
    if verb.lemma_.lower() not in _GIVING_VERBS:
        return []
    holders = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
    return [p for h in holders for c in children_of(h) if c.dep_ in {"dative", "prep"} and c.lower_ == "to" for p in children_of(c) if p.dep_ == "pobj"]


def hospitality_cue(verb: Token) -> bool:
    """Whether ``verb`` is a hosting idiom with a named person on the other side (see the module)."""
    lemma = verb.lemma_.lower()
    if lemma not in HOSPITALITY_WORDS or verb.dep_ in {"amod", "compound"} or not (verb.pos_ in {"VERB", "AUX"} or verb.tag_.startswith("VB")):
        return False  # the lemma first: this runs on every word the trigger filter lets through
    if any(c.dep_ == "nsubj" and c.ent_type_ in {"GPE", "NORP", "ORG"} for c in children_of(verb)):
        return False  # "Japan rolled out the red carpet for Y": no one named met Y
    if lemma == "entertain":
        return any(c.dep_ == "dobj" and names_person(c) for c in children_of(verb))
    if lemma == "take":  # "took Y on a tour of the palace"
        on_tour = any(c.dep_ == "prep" and c.lower_ == "on" and any(p.lemma_.lower() in {"tour", "walk", "stroll"} for p in children_of(c)) for c in children_of(verb))
        return on_tour and any(c.dep_ == "dobj" and names_person(c) for c in children_of(verb))
    idiom = (
        (lemma == "play" and _dobj(verb, frozenset({"host"})) is not None)
        or (lemma == "roll" and any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(verb)) and _dobj(verb, frozenset({"carpet"})) is not None)
        or (lemma in _FEAST_VERBS and _dobj(verb, FEAST_NOUNS) is not None)
        or (lemma in _WELCOME_VERBS and _dobj(verb, _WELCOME_NOUNS) is not None)
    )
    return idiom and any(names_person(g) for g in guests_of(verb))

