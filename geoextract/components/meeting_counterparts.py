"""Does a meeting word name its counterpart? "talks with X", "had dinner with X", "a
conversation by phone with X", but not "..., with X saying Y"."""

from __future__ import annotations

from spacy.tokens import Token

from .meeting_lexicon import (
    AGENT_VERBS,
    GO_BETWEEN_VERBS,
    HOST_VERBS,
    MEET_VERBS,
    PHONE_VERBS,
    REMOTE_PP_NOUNS,
    TRAVEL_VERBS,
    VISIT_VERBS,
)
from .meeting_syntax import children_of

COUNTERPART_PREPS = frozenset({"with", "between", "among", "amongst"})
#: Verbs that carry a meeting noun ("had dinner with", "held a call with").
LIGHT_VERBS = frozenset({"have", "hold", "conduct", "host", "chair", "co-chair", "cochair", "co-host", "share"})


def counterpart_pp(tok: Token, *, allow_to: bool) -> bool:
    """True when the word has a "with"/"between"/"among" phrase (or "to" after speak/talk).

    "had dinner with X": the phrase may hang on the light verb that governs the noun.
    """
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        if any(c.dep_ == "prep" and c.lower_ in COUNTERPART_PREPS for c in children_of(tok.head)):
            return True
    # "met Y to discuss a pact with China": the purpose of a meeting with Y; a "with" inside its object is the matter's
    purpose = tok.dep_ in {"advcl", "xcomp"} and tok.head.lemma_.lower() in _MEETING_HEADS and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))
    for child in tok.subtree:
        if child.dep_ != "prep" or absolute_with(child) or (purpose and child.head.i != tok.i):
            continue
        if child.lower_ in COUNTERPART_PREPS or (allow_to and child.lower_ == "to" and child.head.i == tok.i and not _to_audience(child)):
            if child.head.i == tok.i or child.head.head.i == tok.i or child.head.dep_ in {"dobj", "advmod", "prep"}:
                return True
            if child.head.dep_ == "pobj" and child.head.lower_ in REMOTE_PP_NOUNS:
                return True  # "a conversation by phone with X": the parser hangs "with" on "phone"
    return False


#: Verbs of meeting someone, whose purpose clause tells what about.
_MEETING_HEADS = MEET_VERBS | HOST_VERBS | PHONE_VERBS | VISIT_VERBS


#: Audiences spoken to that are no counterpart ("spoke to reporters", "talked to state television").
_AUDIENCE_WORDS = frozenset(
    {"reporter", "journalist", "press", "media", "crowd", "audience", "supporter", "student", "television", "radio", "newspaper", "broadcaster", "nation", "people", "troops"}
)


def _to_audience(prep: Token) -> bool:
    return any(p.dep_ == "pobj" and p.lemma_.lower() in _AUDIENCE_WORDS for p in children_of(prep))


#: Stretches of time spent with someone ("spent three hours with Y", "spent the evening with Y").
_TIME_SPENT = frozenset({"hour", "minute", "day", "morning", "afternoon", "evening", "night"})


def spent_time_with(verb: Token) -> bool:
    """"X spent three hours with Y": time together is a meeting ("spent years with the bank" is not:
    no stretch of a day)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _TIME_SPENT for c in children_of(verb)) and counterpart_pp(verb, allow_to=False)


def absolute_with(prep: Token) -> bool:
    """"..., with X saying Y": a clause after "with" tells circumstances, not a counterpart."""
    return prep.lower_ == "with" and not any(c.dep_ == "pobj" for c in children_of(prep)) and any(c.dep_ == "pcomp" for c in children_of(prep))


#: Verbs of a go-between in an absolute "with" clause ("with X carrying messages between them").
_GO_BETWEEN_VERBS = AGENT_VERBS | {"carry", "relay", "shuttle", "observe", "preside", "moderate"}


def with_clause_people(obj: Token) -> list[Token]:
    """The people an absolute "with" clause of a meeting puts at it: its host (:func:`hosting_absolute`)
    or a go-between ("held talks, with X carrying messages between the delegations")."""
    if obj.dep_ == "pobj":
        return hosting_absolute(obj)
    if obj.dep_ == "pcomp" and obj.lemma_.lower() in _GO_BETWEEN_VERBS:
        return [s for s in children_of(obj) if s.dep_ == "nsubj"]
    return []


def hosting_absolute(pobj: Token) -> list[Token]:
    """"..., with Prime Minister X hosting leaders from Y and Z": the parser reads "X hosting" as a
    modifier of the leaders; X is the host of the gathering told."""
    return [
        name for mod in children_of(pobj) if mod.dep_ == "amod" and mod.tag_ == "VBG" and mod.lemma_.lower() in {"host", "chair", "welcome"}
        # the name hangs on the participle or, as a compound, on the leaders themselves
        for name in [*children_of(mod), *children_of(pobj)] if name.ent_type_ == "PERSON" and name.i < mod.i
    ]


def joined_by(tok: Token) -> bool:
    """"over a working lunch joined by X", "a session attended by X and Y": the people who joined
    (or attended) it are the counterparts."""
    return any(
        acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in {"join", "attend"}
        and any(a.dep_ == "agent" and any(p.dep_ == "pobj" for p in children_of(a)) for a in children_of(acl))
        for acl in children_of(tok)
    )


def relative_for_both(relative: Token, verb: Token) -> Token | None:
    """"X and Y, who held talks a day earlier, ...": the relative hangs on Y but stands for the
    whole coordination when its meeting has no counterpart of its own ("who met Z" is Y's alone).
    The first conjunct of the coordination, or None."""
    if relative.lower_ != "who" or verb.dep_ != "relcl" or verb.head.dep_ != "conj":
        return None
    # "who met Z" has a counterpart of its own; "who met dozens of times" does not
    if counterpart_pp(verb, allow_to=False) or any(c.dep_ in {"dobj", "dative"} and c.ent_type_ not in {"", "CARDINAL", "DATE", "TIME", "QUANTITY", "ORDINAL"} for c in children_of(verb)):
        return None
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first


#: Verbs of handing something over that a trip is made for ("flew to Moscow to present the plan to X").
_DELIVER_VERBS = frozenset({"present", "deliver", "hand", "brief"})


def delivered_on_trip(verb: Token) -> bool:
    """"is expected to travel to Moscow to present the proposal to X": the purpose of a trip is to
    hand something to a person, in person."""
    if verb.lemma_.lower() not in _DELIVER_VERBS or verb.dep_ not in {"advcl", "xcomp"} or verb.head.lemma_.lower() not in TRAVEL_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return False
    return any(
        (c.dep_ in {"dative", "prep"} and c.lower_ == "to" and any(p.dep_ == "pobj" and p.ent_type_ == "PERSON" for p in children_of(c)))
        or (c.dep_ == "dobj" and c.ent_type_ == "PERSON" and verb.lemma_.lower() == "brief")
        for c in children_of(verb)
    )


def opposite(verb: Token) -> list[Token]:
    """"sat across from X", "sat across the table from X", "sat opposite X": the one faced."""
    if verb.lemma_.lower() != "sit":
        return []
    found: list[Token] = []
    # "sat across the table from X": the parser may hang "from X" on the verb beside "across the table"
    across = any(c.lower_ == "across" and c.dep_ in {"prt", "advmod", "prep"} for c in children_of(verb))
    for prep in children_of(verb):
        if prep.dep_ != "prep":
            continue
        objects = [o for o in children_of(prep) if o.dep_ == "pobj"]
        if prep.lower_ == "opposite" or (prep.lower_ == "from" and across):
            found.extend(objects)
        elif prep.lower_ == "across":  # "across the table from X"
            found.extend(o for t in objects for f in children_of(t) if f.dep_ == "prep" and f.lower_ == "from" for o in children_of(f) if o.dep_ == "pobj")
    return found


#: Words that name the two sides a go-between carries messages between.
_SIDES = frozenset({"them", "both", "sides", "delegations", "parties", "camps", "teams"})


def shuttled_between(verb: Token) -> bool:
    """"Z shuttled messages between them", "with Z carrying proposals between X and Y": talks held
    through a go-between, who takes part with both sides."""
    if verb.lemma_.lower() not in GO_BETWEEN_VERBS:
        return False
    # "held talks, with Z carrying messages between the two delegations": those talks, whose company Z is already
    absolute = verb.dep_ == "pcomp" and verb.head.lower_ == "with"
    holders = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
    return any(
        prep.dep_ == "prep" and prep.lower_ == "between" and any(g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or (g.lower_ in _SIDES and not absolute)) for g in children_of(prep))
        for holder in holders for prep in children_of(holder)
    )
