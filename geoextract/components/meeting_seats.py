"""Cues of taking part that name no meeting word of their own: a seat at the table, joining
by phone, being told something in a call.

"X also sat at the table", "Around the table were X and Y", "Present were X and Y", "Among the
guests were X and Y" (:func:`present_after`), "Y joined by phone", "Y's side included A and B" add
people to the talks told before; "X told Y in a call" and "X spoke with Y in a call" make the
call a meeting of X and Y.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .meeting_hospitality import names_person
from .meeting_lexicon import (
    ATTENDEE_NOUNS,
    CROWD_COUNTS,
    IN_PERSON_VERBS,
    MEETING_NOUNS,
    REMOTE_PP_NOUNS,
)
from .meeting_syntax import children_of

#: Nouns for one party's people at talks ("Y's side included A and B", "her delegation comprised A").
_SIDE_NOUNS = frozenset({"side", "delegation", "team", "entourage", "party"})
#: Verbs that list the members of a side.
SIDE_LIST_VERBS = frozenset({"include", "comprise"})
#: Verbs of talking whose "with" phrase names the other end of a call told as their adjunct.
_SPOKE_VERBS = frozenset({"speak", "talk", "confer"})
#: Prepositions of a seat at the talks ("at the table", "around the table").
_TABLE_PREPS = frozenset({"at", "around", "round"})


def told_in_call(call: Token) -> bool:
    """"X told Y in a call", "assured Y during a call": a call with the verb's person object."""
    if call.dep_ != "pobj" or call.head.lower_ not in {"in", "during", "on", "over"}:
        return False
    verb = call.head.head
    if verb.lemma_.lower() in _SPOKE_VERBS and not any(c.dep_ == "prep" and c.lower_ == "for" for c in children_of(call)):
        # "spoke with Y in a call that Z also joined": the call is the talk ("a call for calm" is not)
        return any(c.dep_ == "prep" and c.lower_ in {"with", "to"} and any(p.ent_type_ == "PERSON" for p in children_of(c)) for c in children_of(verb))
    return verb.lemma_.lower() in IN_PERSON_VERBS and any(c.dep_ in {"dobj", "dative"} and c.ent_type_ == "PERSON" for c in children_of(verb))


def joins_remotely(verb: Token) -> bool:
    """"Y joined by phone", "joined via video link": attendance of the talks told before, from afar."""
    if any(c.dep_ in {"dobj", "auxpass"} for c in children_of(verb)):
        return False
    return any(
        c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "via", "over"} and any(p.lemma_.lower() in REMOTE_PP_NOUNS for p in children_of(c))
        for c in children_of(verb)
    )


def at_table(verb: Token) -> bool:
    """"sat at the table", "sat around the table", "sat in the same hall as Y", "sat in on the
    opening session": a seat at the talks."""
    sat_in = any(c.dep_ == "prt" and c.lower_ == "in" for c in children_of(verb))
    return any(
        c.dep_ == "prep"
        and ((c.lower_ in _TABLE_PREPS and any(p.dep_ == "pobj" and p.lemma_.lower() == "table" for p in children_of(c)))
             or (sat_in and c.lower_ == "on" and any(p.dep_ == "pobj" and p.lemma_.lower() in MEETING_NOUNS for p in children_of(c))))
        for c in children_of(verb)
    ) or bool(same_room(verb))


#: Rooms whose sharing is a seat at the talks ("sat in the same hall as Y").
_ROOM_NOUNS = frozenset({"hall", "room", "chamber", "table"})


def same_room(verb: Token) -> list[Token]:
    """The people "sat in the same hall as Y" (or "at the same table as Y") names: Y took part
    in the talks with the subject."""
    found = []
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "at", "around"}:
            continue
        for room in children_of(prep):
            if room.dep_ == "pobj" and room.lemma_.lower() in _ROOM_NOUNS and any(a.lower_ == "same" for a in children_of(room)):
                found += [p for a in children_of(room) if a.dep_ == "prep" and a.lower_ == "as" for p in children_of(a) if p.dep_ == "pobj"]
    return found


def round_the_table(sent: Span) -> bool:
    """"Around the table were X, Y and Z": a sentence that lists who sat at the talks told before."""
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.lower_ not in _TABLE_PREPS or first.dep_ != "prep":
        return False
    return any(p.dep_ == "pobj" and p.lemma_.lower() == "table" for p in children_of(first)) and first.head.lemma_ in {"be", "sit"}


def side_owner(verb: Token) -> Token | None:
    """The possessor in "Y's side included A and B" (or the state in "the U.S. team included A"):
    whose party at the talks A and B joined.

    Only a finite main or coordinated clause whose object names a person counts ("the talks
    included a lunch" and "a delegation that included A" are no such list).
    """
    if verb.lemma_.lower() not in SIDE_LIST_VERBS or verb.dep_ in {"relcl", "acl", "amod", "xcomp", "pcomp"}:
        return None
    if not any(c.dep_ == "dobj" and any(t.ent_type_ == "PERSON" for t in c.subtree) for c in children_of(verb)):
        return None
    for subj in children_of(verb):
        if subj.dep_ == "nsubj" and subj.lemma_.lower() in _SIDE_NOUNS:
            owner = next((c for c in children_of(subj) if c.dep_ == "poss"), None)
            # "The U.S. team included A and B", "the Russian delegation comprised C": a state's side
            return owner or next((c for c in children_of(subj) if c.dep_ in {"compound", "amod"} and c.ent_type_ in {"GPE", "NORP"}), None)
    return None


#: "in attendance", "in the room", "in the hall": where only those at the gathering are.
IN_ROOM = frozenset({"attendance", "room", "hall", "chamber", "auditorium"})


def present_at_told(verb: Token) -> bool:
    """"X was also present", "X and Y were also at the table", "Z was in attendance" (or "in the
    room", "in the hall"): people at the talks told before, said with "be" (not in a clause of its
    own meeting, not "present a plan")."""
    if verb.lemma_.lower() != "be" or verb.dep_ in {"relcl", "acl", "amod", "xcomp", "ccomp", "advcl", "pcomp"}:
        return False
    if not any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or any(a.dep_ in {"appos", "conj"} and a.ent_type_ == "PERSON" for a in children_of(c))) for c in children_of(verb)):
        return False
    for child in children_of(verb):
        if child.dep_ == "acomp" and child.lower_ == "present":
            return True
        if child.dep_ == "prep" and child.lower_ in _TABLE_PREPS | {"in"}:
            if any(p.dep_ == "pobj" and (p.lemma_.lower() == "table" or (p.lower_ in IN_ROOM and child.lower_ == "in")) for p in children_of(child)):
                return True
    return False


def in_front_row(verb: Token) -> bool:
    """"X had a seat in the front row", "Y sat in the front row", "Z was in the front row": a person
    seated at the gathering told before (not in a clause of its own)."""
    lemma = verb.lemma_.lower()
    if lemma not in {"be", "sit", "have"} or verb.dep_ in {"relcl", "acl", "amod", "xcomp", "ccomp", "advcl", "pcomp"}:
        return False
    if not any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in children_of(c))) for c in children_of(verb)):
        return False
    holders = [verb]
    if lemma == "have":  # the row is the seat's
        holders = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in {"seat", "place"}]
        holders += [verb] if holders else []
    return any(
        p.dep_ == "prep" and p.lower_ == "in" and o.dep_ == "pobj" and o.lemma_.lower() == "row" and any(a.lower_ == "front" for a in children_of(o))
        for h in holders
        for p in children_of(h)
        for o in children_of(p)
    )


#: Audiences that only exist at a gathering ("told delegates", "urged participants").
_AUDIENCE_NOUNS = frozenset({"delegate", "delegates", "participant", "participants", "attendee", "attendees"})
#: Means of telling from afar ("in a letter", "by phone", "in a video message").
_WRITTEN = REMOTE_PP_NOUNS | {"letter", "message", "statement", "post", "email", "tweet", "interview", "article", "op-ed", "note"}
#: Gatherings a speaker can address in person ("told the summit", "assured the conference").
_GATHERING_NOUNS = frozenset({"summit", "gathering", "meeting", "conference", "session", "assembly", "forum", "hall"})


def fellow_leaders(obj: Token) -> bool:
    """"the leaders", "fellow leaders", "the ministers", "his peers", "her counterparts", "fellow
    heads of state": the others at a gathering (not "the leaders of Congress").

    The sentence prefilter (``meeting_lexicon._PREFILTER``) lets a sentence through on the
    narrower phrases ("addressed the leaders", "fellow leaders", "his peers"); one saying only
    "told the leaders" is read when another stem lets it through.
    """
    lower = obj.lower_
    mods = {c.lower_ for c in children_of(obj) if c.dep_ in {"det", "amod", "compound", "poss"}}
    if lower in {"peers", "counterparts"}:  # "told his counterparts" (one counterpart is a meeting of its own)
        return bool(mods & {"his", "her", "their", "the", "fellow", "other", "assembled"})
    if lower == "heads":  # "fellow heads of state": the "of" phrase is part of the title
        return bool(mods & {"fellow", "other", "assembled"})
    if lower not in {"leaders", "ministers"} or any(c.dep_ == "prep" for c in children_of(obj)):
        return False
    return bool(mods & {"the", "fellow", "other", "assembled", "gathered"})


def tells_gathering(verb: Token) -> bool:
    """"X told delegates that ...", "Y urged the summit to act": the speaker is at the meeting
    told before (not in a clause of its own meeting, not "told reporters"). One who "addressed
    the leaders by video" takes part from afar; one who wrote to them does not."""
    # "X, addressing the leaders by video, asked ...": a participle on the named speaker
    speaking = verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.ent_type_ == "PERSON"
    if verb.dep_ in {"relcl", "acl", "amod", "xcomp", "pcomp"} and not speaking:
        return False
    away = _WRITTEN - REMOTE_PP_NOUNS if verb.lemma_.lower() == "address" else _WRITTEN
    if any(p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in away for o in children_of(p)) for p in children_of(verb)):
        return False  # "warned fellow leaders in a letter": not in the room
    for obj in children_of(verb):
        if obj.dep_ not in {"dobj", "dative"}:
            continue
        if obj.lower_ in _AUDIENCE_NOUNS:
            return True
        if fellow_leaders(obj):
            return True
        if obj.lemma_.lower() in _GATHERING_NOUNS and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in children_of(obj)):
            return not any(c.dep_ == "prep" and c.lower_ in {"of", "with", "between"} for c in children_of(obj))
    return False


def present_after(verb: Token) -> list[Token]:
    """"Attending were X and Y", "Present were X and Y", "Also attending was Z", "Among the guests
    were X and Y": the word of presence put before "be", the people after it (subject or, as the
    parser may read it, predicate); "Joining him were X and Y", where the parser hangs them on
    "were". Those people; none when ``verb`` is neither form."""
    if verb.dep_ in {"relcl", "acl", "amod", "xcomp", "ccomp", "advcl", "pcomp"}:
        return []
    if verb.lemma_.lower() in {"join", "attend", "participate"} and verb.tag_ == "VBG":  # also "Also attending were X and Y"
        return [c for a in children_of(verb) if a.dep_ == "aux" and a.lemma_ == "be" and a.i > verb.i for c in children_of(a) if c.dep_ in {"nsubj", "attr"} and names_person(c)]
    if verb.lemma_.lower() != "be":
        return []
    fronted = any(c.i < verb.i and c.dep_ in {"acomp", "attr", "advcl", "csubj", "nsubj"} and c.lower_ in {"attending", "present", "participating"} for c in children_of(verb))
    # "Among the guests were X and Y", "Among the dignitaries in the abbey were X and Y"
    among = any(c.i < verb.i and c.dep_ == "prep" and c.lower_ in {"among", "amongst"} and any(_guests(p) for p in children_of(c)) for c in children_of(verb))
    if not (fronted or among):
        return []
    return [c for c in children_of(verb) if c.i > verb.i and c.dep_ in {"nsubj", "attr"} and c.ent_type_ == "PERSON"]


def _guests(noun: Token) -> bool:
    """"the guests", "the dignitaries", "those present" (not "those killed"), also counted ("the
    hundreds of foreign guests")."""
    if noun.lower_ in CROWD_COUNTS:
        noun = next((p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"), noun)
    return noun.lower_ in ATTENDEE_NOUNS - {"those"} or (noun.lower_ == "those" and any(c.lower_ in {"present", "attending"} for c in children_of(noun)))


def also_in_place(verb: Token) -> bool:
    """"X and Y were also in the Kazakh capital" (or "also in Astana"): with "also", in the place of
    the gathering told before (a place elsewhere keeps the cue off it: see the merge's places)."""
    if verb.lemma_.lower() != "be" or verb.dep_ in {"relcl", "acl", "amod", "xcomp", "ccomp", "advcl", "pcomp"}:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in {"also", "too"} for c in children_of(verb)):
        return False
    if not any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in children_of(verb)):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and (p.lemma_.lower() == "capital" or p.ent_type_ == "GPE") for p in children_of(c))
        for c in children_of(verb)
    )
