"""Being at a gathering told before, said without a meeting verb of its own.

Wire copy names the people at a summit in many ways besides "attended": "X, also present,
said ...", "X and Y were also there", "Heads of state in attendance included X",
"X and Y were among the leaders present", "The gathering drew X and Y", "X used the summit
to ...", "X, attending her first summit, ...", "X sat beside Y", "X and Y act as mediators".
Each cue here marks an "attend" trigger: its people join the meeting told before (there is
none to join when no meeting was told). More cues of the same kind: "Present were X and Y", "Joining
him were X and Y" (:func:`.meeting_seats.present_after`), "X and Y spoke at the opening session",
"X said on the sidelines of the summit", "X took the floor", "Y flew in for a day of talks". :func:`companions_named` and
:func:`co_speakers` name the people a cue brings besides its subject, and
:func:`gathering_cue` the cues only a gathering of several has. Some cues make a meeting of
their own instead, together :func:`meet_cue`: "X and Y reviewed a guard of honour", "X
shared a meal with Y" (:func:`joint_appearance`), "will see President X"
(:func:`sees_person`), "flew to X to persuade Y" (:func:`trip_to_persuade`), "X was on the
phone with Y" (:func:`on_the_phone`), and the hosting idioms of :mod:`.meeting_hospitality`
("X played host to Y"). The cues of a meeting's procedure (its final text read out, its chair
handed over, a stand-in "in his place", someone joined at the table, the one who proposed the
talks, the announcers of their deal) are in :mod:`.meeting_procedure`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from .lexicon import TITLE_HEADS
from .meeting_counterparts import opposite
from .meeting_hospitality import HOSPITALITY_WORDS, hospitality_cue
from .meeting_lexicon import ATTEND_VERBS, MEETING_NOUNS, SETTING_NOUNS
from .meeting_procedure import (
    ALONGSIDE_VERBS,
    PROPOSE_VERBS,
    adopted_text,
    alongside_named,
    announced_deal_together,
    handed_over_chair,
    joined_by_relative,
    launched_together,
    proposed_told_meeting,
    went_in_place,
)
from .meeting_seats import IN_ROOM, also_in_place, fellow_leaders, present_after, tells_gathering
from .meeting_seeing import sees_person
from .meeting_syntax import children_of, conjuncts

#: Word forms the base lemmatizer gets wrong ("dined" -> "din"), with the lemma the rules read.
LEMMA_FIXES = {"dined": "dine", "dining": "dine", "dines": "dine", "lunched": "lunch", "lunching": "lunch", "lunches": "lunch"}
#: Verbs of persuading or pressing someone in person, the purpose of a trip ("flew to X to persuade Y").
_PERSUADE_VERBS = frozenset({"persuade", "convince", "press", "urge", "lobby", "pressure", "coax", "brief", "reassure"})
#: Verbs of a relative clause whose "whose" subject convened the meeting ("whose governments called the meeting").
_WHOSE_VERBS = frozenset({"convene", "call", "host", "organise", "organize", "sponsor", "broker"})
#: Verbs of travel or presence a purpose hangs on ("flew to Banjul to persuade", "was in Banjul to press").
_TRIP_VERBS = frozenset({"fly", "travel", "go", "come", "head", "arrive", "be", "rush", "dash", "jet"})
#: Verbs of saying whose speaker, in a clause joined to a cue of presence, was there too.
SPEECH_VERBS = frozenset({"say", "tell", "add", "urge", "warn", "call", "note", "stress", "insist", "argue", "announce", "pledge", "propose", "press", "praise"})
#: Prepositions of a seat next to someone ("sat beside X", "stood alongside Y").
_BESIDE = frozenset({"beside", "alongside", "across"})
#: Words of telling from afar: a clause with one is no speech in the room.
AFAR_WORDS = frozenset({"statement", "interview", "letter", "message", "phone", "telephone", "video", "post", "tweet", "broadcast"})
#: Speeches made at a gathering ("gave the opening address", "delivered the keynote").
_SPEECH_NOUNS = frozenset({"address", "speech", "remark", "remarks", "keynote", "statement"})
#: What marks a speech as one made at the gathering, not anywhere ("the opening address").
_SPEECH_MODS = frozenset({"opening", "closing", "keynote", "inaugural", "welcoming", "plenary"})
#: Words after a people noun that say its people were there ("the leaders present").
_THERE_WORDS = frozenset({"present", "attending"})
#: Adverbs that make "X was there" news of one more person at the meeting told.
_ALSO = frozenset({"also", "too"})
#: Verbs whose gathering subject brought in its object ("The summit drew X and Y").
_DRAW_VERBS = frozenset({"draw", "attract"})
#: Determiners of a gathering already told ("the summit", "this week's meeting", "his first summit").
_TOLD_DETS = frozenset({"the", "this", "that", "his", "her", "their", "its"})
#: Nouns of a gathering besides the meeting nouns ("the gathering drew X", "used the forum to ...").
_GATHERING_WORDS = frozenset({"gathering", "forum", "assembly", "retreat", "ceremony", "segment"})  # "the leaders' segment" of a summit


def _gathering(tok: Token) -> bool:
    counted = tok.ent_type_ == "ORG" and any(c.dep_ == "amod" and c.lower_ in {"first", "last", "final"} for c in children_of(tok))  # "his last G20"
    return counted or tok.lemma_.lower() in MEETING_NOUNS or tok.lower_ in MEETING_NOUNS or tok.lower_ in _GATHERING_WORDS


def _told_gathering(tok: Token) -> bool:
    """"the summit", "his first summit": a gathering noun with a definite word, no "with" or "between"."""
    if not _gathering(tok) or any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in children_of(tok)):
        return False
    return any(c.dep_ in {"det", "poss"} and c.lower_ in _TOLD_DETS for c in children_of(tok)) or any(
        c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"} for c in children_of(tok)
    )


def in_attendance(tok: Token) -> bool:
    """"in attendance" as a modifier: the pobj "attendance" of "in"."""
    return tok.lower_ == "in" and any(p.dep_ == "pobj" and p.lower_ == "attendance" for p in children_of(tok))


def also_present(tok: Token) -> bool:
    """"X, also present, called for ...": "also present" set beside a named person."""
    if tok.lower_ != "present" or not any(c.dep_ == "advmod" and c.lower_ in _ALSO for c in children_of(tok)):
        return False
    if tok.dep_ == "ROOT":  # the parser may make "present" the root, the person its subject, the verb its conjunct
        return any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and c.nbor(1).text == "," for c in children_of(tok))
    return tok.dep_ in {"appos", "amod"} and tok.head.ent_type_ == "PERSON" and tok.head.i < tok.i


def also_there(verb: Token) -> bool:
    """"X and Y were also there": "be" with "there" and "also" or "too" (not "X was there in 2019")."""
    if verb.lemma_.lower() != "be" or verb.dep_ in {"relcl", "acl", "amod", "xcomp", "ccomp", "advcl", "pcomp"}:
        return False
    advs = {c.lower_ for c in children_of(verb) if c.dep_ == "advmod"}
    if "there" not in advs or not advs & _ALSO:
        return False
    if any(c.dep_ in {"prep", "npadvmod"} or c.ent_type_ in {"DATE", "TIME"} for c in children_of(verb)):
        return False
    return any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in children_of(verb))


def among_present(tok: Token, people_words: frozenset[str]) -> bool:
    """"X, Y and Z were among the heads of state present", "... among the leaders attending", "... at the table"."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"among", "amongst"} or tok.lemma_.lower() not in people_words:
        return False
    if any(t.lower_ in _THERE_WORDS or in_attendance(t) for t in tok.subtree if t.i > tok.i):
        return True
    # "... were among the 32 leaders at the table", "... among the leaders at the summit", "... in the hall"
    return any(
        (c.dep_ == "prep" and c.lower_ == "at" and any(p.dep_ == "pobj" and (p.lemma_.lower() == "table" or _told_gathering(p)) for p in children_of(c)))
        or (c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lower_ in IN_ROOM for p in children_of(c)))
        for c in children_of(tok)
    )


def drawn_by_gathering(verb: Token) -> bool:
    """"The gathering drew X and Y": a gathering noun as subject, people as object."""
    if verb.lemma_.lower() not in _DRAW_VERBS:
        return False
    subject = any(c.dep_ == "nsubj" and _gathering(c) for c in children_of(verb))
    return subject and any(c.dep_ == "dobj" and any(t.ent_type_ == "PERSON" for t in c.subtree) for c in children_of(verb))


def used_gathering(verb: Token) -> bool:
    """"X used the summit to press for ...": the user of a told gathering was at it."""
    if verb.lemma_.lower() != "use" or verb.dep_ in {"relcl", "acl", "amod"}:
        return False
    if not any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in children_of(verb)):
        return False
    return any(c.dep_ == "dobj" and _told_gathering(c) for c in children_of(verb))


def attending_participle(verb: Token) -> bool:
    """"X, attending his first summit as president, said ...": a participle of attendance on a named person."""
    if verb.lemma_.lower() not in ATTEND_VERBS or verb.dep_ not in {"acl", "advcl"} or verb.tag_ != "VBG":
        return False
    person = verb.head if verb.head.ent_type_ == "PERSON" else next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), verb)  # "X, attending ..., missed Y"
    if person.ent_type_ != "PERSON" or person.i > verb.i:
        return False
    return any(c.dep_ == "dobj" and _told_gathering(c) for c in children_of(verb))


def spoke_at_gathering(verb: Token) -> bool:
    """"X, speaking at the opening session, said ...", "X and Y spoke at the summit": speaking at
    a told gathering (not by video link or in a statement)."""
    if verb.lemma_.lower() != "speak":
        return False
    participle = verb.tag_ == "VBG" and verb.dep_ in {"acl", "advcl"}
    finite = verb.dep_ not in {"relcl", "acl", "amod", "pcomp", "advcl", "xcomp"} and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in children_of(verb))
    if not (participle or finite) or any(t.lower_ in AFAR_WORDS for t in verb.subtree):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "at" and any(p.dep_ == "pobj" and _told_gathering(p) for p in children_of(c)) for c in children_of(verb)):
        return True
    # "X and Y also spoke on the opening day, as did Z": more speakers, not talks of X and Y (nor "spoke with Y", "to reporters")
    also = any(c.dep_ == "advmod" and c.lower_ in _ALSO for c in children_of(verb))
    as_did = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in children_of(c)) for c in children_of(verb))
    return finite and (also or as_did) and not any(c.dep_ in {"prep", "dative"} and c.lower_ in {"with", "to"} for c in children_of(verb))


def said_on_sidelines(verb: Token) -> bool:
    """"X said on the sidelines of the summit that ...", "Y told reporters on the margins of the
    meeting": a person speaking at the edge of a told gathering was at it."""
    if verb.dep_ in {"relcl", "acl", "amod", "pcomp", "xcomp", "ccomp"} or not any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in children_of(verb)):
        return False
    edges = [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in {"on", "at"} for p in children_of(c) if p.lower_ in SETTING_NOUNS]
    return any(of.lower_ == "of" and any(_told_gathering(g) for g in children_of(of)) for e in edges for of in children_of(e))


def took_floor(verb: Token) -> bool:
    """"X took the floor to call for ...": X spoke at the gathering told; "A and B took their
    seats" (not "took his seat in parliament"): they sat at it."""
    if verb.dep_ in {"relcl", "acl", "amod", "pcomp"}:
        return False
    if any(c.dep_ == "dobj" and c.lower_ == "floor" and any(d.lower_ == "the" for d in children_of(c)) for c in children_of(verb)):
        return True
    if verb.dep_ == "xcomp":
        return False  # "left X to take his seat": whose seat, and who took it, the clause leaves open
    seats = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() == "seat" and any(d.dep_ == "poss" for d in children_of(c))]
    return bool(seats) and not any(c.dep_ == "prep" and c.lower_ in {"in", "on"} for s in [verb, *seats] for c in children_of(s))


def _present_first(verb: Token) -> bool:
    """The cue of :func:`present_after`: "Present were X and Y"."""
    return bool(present_after(verb))


def gave_address(verb: Token) -> bool:
    """"X gave the opening address", "Y delivered the keynote speech": a speech at the gathering told."""
    if verb.lemma_.lower() not in {"give", "deliver"} or verb.dep_ in {"relcl", "acl", "amod", "pcomp"}:
        return False
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj" and c.lower_ in _SPEECH_NOUNS):
        if any(c.lower_ in _SPEECH_MODS for c in children_of(obj)) or obj.lower_ == "keynote":
            return True
        if any(c.dep_ == "prep" and c.lower_ in {"to", "at"} and any(_told_gathering(p) for p in children_of(c)) for c in children_of(obj)):
            return True  # "delivered a speech to the summit"
    return False


def posed_for_photo(verb: Token) -> bool:
    """"X and Y posed for a family photo": the people in the picture were there."""
    return verb.lemma_.lower() == "pose" and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(p.lemma_.lower() in {"photo", "photograph", "picture"} for p in children_of(c))
        for c in children_of(verb)
    )


def flanked(verb: Token) -> bool:
    """"X was flanked by A and B": A and B stood by X at the meeting told."""
    return verb.lemma_.lower() == "flank" and verb.dep_ not in {"relcl", "amod"} and any(c.dep_ == "agent" for c in children_of(verb))


def presided(verb: Token) -> bool:
    """"X presided", "X presided over the talks": the chair of the meeting told."""
    if verb.lemma_.lower() != "preside" or verb.dep_ in {"relcl", "acl", "amod", "xcomp", "pcomp"}:
        return False
    preps = [c for c in children_of(verb) if c.dep_ == "prep"]
    return not preps or any(c.lower_ == "over" and any(_told_gathering(p) for p in children_of(c)) for c in preps)


def also_involved(verb: Token) -> bool:
    """"Z was also involved": one more person in the talks told (not "... involved in the scandal")."""
    if verb.lemma_.lower() != "involve" or verb.dep_ in {"relcl", "acl", "amod", "xcomp", "ccomp", "advcl", "pcomp"}:
        return False
    if any(c.dep_ in {"prep", "dobj", "agent"} for c in children_of(verb)) or not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return False
    also = any(c.dep_ == "advmod" and c.lower_ in _ALSO for c in children_of(verb))
    return also and any(c.dep_ == "nsubjpass" and c.ent_type_ == "PERSON" for c in children_of(verb))


#: The sides at talks one person can stand for ("X represents the government").
_SIDES = frozenset({"government", "rebels", "opposition", "side", "junta", "authorities", "movement"})


def mediates(verb: Token) -> bool:
    """"X and Y are mediating", "Z acts as mediator", "W represents the government": a part in
    the talks told (not "mediated a deal between", which names its own talks)."""
    lemma = verb.lemma_.lower()
    if verb.dep_ in {"relcl", "acl", "amod", "xcomp", "pcomp"} or not any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in children_of(verb)):
        return False
    if lemma == "mediate":
        return not any(c.dep_ in {"dobj", "prep"} for c in children_of(verb))
    if lemma == "be":  # "X and Y are mediating", read as a copula and its complement
        return any(c.dep_ == "acomp" and c.lemma_.lower() == "mediate" and not any(g.dep_ in {"dobj", "prep"} for g in children_of(c)) for c in children_of(verb))
    if lemma == "act":
        return any(c.dep_ == "prep" and c.lower_ == "as" and any(p.lemma_.lower() in {"mediator", "facilitator", "host"} for p in children_of(c)) for c in children_of(verb))
    if lemma == "represent":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _SIDES and any(d.lower_ == "the" for d in children_of(c)) for c in children_of(verb))
    return False


def joined_gathering(verb: Token) -> bool:
    """"X and Y also joined the session", "Z joined the first session briefly", "W then joined them
    in the East Room": a told gathering (or its people) joined; not "joined them in calling for"."""
    if verb.lemma_.lower() != "join" or verb.dep_ in {"relcl", "acl", "amod", "xcomp", "pcomp"}:
        return False
    if any(c.dep_ == "prep" and any(g.dep_ == "pcomp" or g.tag_ == "VBG" for g in children_of(c)) for c in children_of(verb)):
        return False
    # "joined the leaders at the table": the others at the gathering told
    return any(c.dep_ == "dobj" and (_told_gathering(c) or _of_told(c) or c.lower_ in {"them", "him", "her"} or fellow_leaders(c)) for c in children_of(verb))


def _of_told(noun: Token) -> bool:
    """"an expanded session of the group", "a session of the summit": a gathering of a body told before."""
    return _gathering(noun) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "the" for d in children_of(p)) for p in children_of(c))
        for c in children_of(noun)
    )


def left_gathering(verb: Token) -> bool:
    """"X walked out of the meeting", "Y stormed out of the talks": one who leaves was there."""
    if verb.lemma_.lower() not in {"walk", "storm"} or not any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(verb)):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_told_gathering(p) for p in children_of(c)) for c in children_of(verb))


def led_discussion(verb: Token) -> bool:
    """"X led the discussion on Somalia", "Y led the session": the chair of a part of the told gathering."""
    if verb.lemma_.lower() != "lead" or verb.dep_ in {"relcl", "acl", "amod", "xcomp", "pcomp"}:
        return False
    return any(c.dep_ == "dobj" and _told_gathering(c) for c in children_of(verb))


def whose_side_convened(verb: Token) -> bool:
    """"X and Y, whose governments convened the meeting, said ...": the people the clause is on were there."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in _WHOSE_VERBS:
        return False
    if verb.head.ent_type_ != "PERSON":
        return False
    whose = any(c.dep_ in {"nsubj", "nsubjpass"} and any(p.dep_ == "poss" and p.lower_ == "whose" for p in children_of(c)) for c in children_of(verb))
    return whose and any(c.dep_ == "dobj" and _told_gathering(c) for c in children_of(verb))


def arrived_for(verb: Token) -> bool:
    """"X arrived for the closing session", "Y flew in for a day of talks": arrival for a told gathering (or days of it); "Z arrived late" too."""
    if verb.dep_ in {"relcl", "acl", "amod", "xcomp", "pcomp"} or not (verb.lemma_.lower() == "arrive" or any(c.dep_ in {"prt", "advmod"} and c.lower_ == "in" for c in children_of(verb))):
        return False  # "flew to Beijing for talks" is a trip; "flew in", "came in" is arrival where the story is
    if verb.lemma_.lower() == "arrive" and any(c.dep_ == "advmod" and c.lower_ == "late" for c in children_of(verb)):
        return not any(c.dep_ == "prep" and c.lower_ in {"in", "at", "from"} for c in children_of(verb))
    ends = [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for" for p in children_of(c) if p.dep_ == "pobj"]
    return any(_told_gathering(p) or (p.lemma_.lower() in {"day", "hour"} and any(_gathering(q) for q in p.subtree if q.dep_ == "pobj" and q.head.head.i == p.i)) for p in ends)


def _side_members(verb: Token) -> list[Token]:
    """"X led the American side, which also included Y and Z", "X headed the delegation with Y":
    the members named with the side its subject led."""
    found: list[Token] = []
    for side in (c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in {"delegation", "team", "side"}):
        for child in children_of(side):
            if child.dep_ == "relcl" and child.lemma_.lower() in {"include", "comprise"}:
                found.extend(o for o in children_of(child) if o.dep_ == "dobj")
            elif child.dep_ == "prep" and child.lower_ in {"with", "including"}:
                found.extend(o for o in children_of(child) if o.dep_ == "pobj" and any(t.ent_type_ == "PERSON" for t in o.subtree))
    return found


def companions_named(verb: Token) -> list[Token]:
    """The people beside whom ``verb``'s subject sat or stood ("sat beside X", "stood next to Y",
    "sat at Z's side"), the people a "whose" clause is on (:func:`whose_side_convened`), or the
    members named with a side its subject led ("led the American side, which also included Y")."""
    if verb.lemma_.lower() in {"lead", "head"} and verb.dep_ not in {"relcl", "acl", "amod", "xcomp", "pcomp"}:
        return _side_members(verb)
    if named := alongside_named(verb):
        return named
    if whose_side_convened(verb):
        head = verb.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "X and Y, whose governments ...": the clause hangs on the last name
        return [head]
    seated = verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "seat" for c in children_of(verb))  # "took his seat beside X"
    # "X, seated beside the French president, said ...": the participle on a named person
    participle = verb.lemma_.lower() == "seat" and verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl"} and verb.head.ent_type_ == "PERSON"
    if not participle and ((verb.lemma_.lower() not in {"sit", "stand"} and not seated) or verb.dep_ in {"relcl", "acl", "amod", "xcomp", "pcomp"}):
        return []
    found: list[Token] = []
    seats = [c for c in children_of(verb) if seated and c.dep_ == "dobj"]  # "took his seat alongside X": the phrase hangs on the seat
    for prep in [*children_of(verb), *(p for seat in seats for p in children_of(seat))]:
        if prep.dep_ in {"advmod", "prep"} and prep.lower_ in {"next", "across"}:  # "next to X", "across from Y"
            found.extend(p for c in children_of(prep) if c.lower_ in {"to", "from"} for p in children_of(c) if p.dep_ == "pobj")
        if prep.dep_ != "prep":
            continue
        pobjs = [p for p in children_of(prep) if p.dep_ == "pobj"]
        across = prep.lower_ == "from" and any(c.dep_ == "prt" and c.lower_ == "across" for c in children_of(verb))  # "sat across from X"
        if prep.lower_ in _BESIDE or across:
            found.extend(p for p in pobjs if p.ent_type_ == "PERSON" or p.pos_ == "PRON" or (participle and p.lemma_.lower() in TITLE_HEADS))
        elif prep.lower_ == "at":  # "sat at Biden's side"
            found.extend(o for p in pobjs if p.lemma_.lower() == "side" for o in children_of(p) if o.dep_ == "poss" and o.ent_type_ == "PERSON")
    return found


def across_table(verb: Token) -> bool:
    """"X and Y sat across the table from each other": a seat at the talks told (not "sat across
    the table from Y", the one faced named: talks with Y)."""
    faced = [o for o in opposite(verb) if o.lower_ not in {"other", "another"}]  # "from each other": the two of them
    return verb.lemma_.lower() == "sit" and not faced and any(
        c.dep_ == "prep" and c.lower_ == "across" and any(p.lemma_.lower() == "table" for p in children_of(c)) for c in children_of(verb)
    )


def co_speakers(verb: Token) -> list[Token]:
    """Verbs of saying joined to a cue of presence, each with its own named subject: "X told the
    summit ..., and Y said ..." or "Y said ..., while X told the summit ...": Y spoke there too."""
    linked = [c for c in children_of(verb) if c.dep_ == "conj"]
    if verb.dep_ == "conj" or (verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"while", "as"} for m in children_of(verb))):
        head = verb.head
        if verb.dep_ == "advcl" and head.dep_ == "ccomp":
            head = head.head  # "Y said the bloc must act, while X told the summit ...": the parser hangs "while" on the said clause
        linked.append(head)
    found = []
    for other in linked:
        if other.lemma_.lower() not in SPEECH_VERBS or not any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in children_of(other)):
            continue
        if any(t.lemma_.lower() in AFAR_WORDS for c in children_of(other) if c.dep_ == "prep" for t in c.subtree):
            continue  # "..., and Y said in a statement ...": not in the room
        found.append(other)
    return found


def _people_together(verb: Token, obj: Token) -> bool:
    """Two or more named people as subjects of ``verb``, or one with "with" a named person."""
    subjects = [t for c in children_of(verb) if c.dep_ == "nsubj" for t in conjuncts(c) if t.ent_type_ == "PERSON"]
    withs = [p for h in (verb, obj) for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "with" for p in children_of(c) if p.ent_type_ == "PERSON"]
    return len(subjects) >= 2 or bool(subjects and withs)


#: Things two people do side by side, by verb: "X and Y reviewed a guard of honour",
#: "X shared a meal with Y", "X and Y broke bread".
_JOINT_OBJECTS: dict[str, frozenset[str]] = {
    "review": frozenset({"guard"}), "inspect": frozenset({"guard"}), "break": frozenset({"bread"}),
    "share": frozenset({"meal", "dinner", "lunch", "breakfast", "coffee", "drink", "tea", "table"}),
}


def joint_appearance(verb: Token) -> bool:
    """"X and Y reviewed a guard of honour", "X shared a meal with Y": two people in one place,
    a meeting of the two (a joint news conference is a meeting noun of its own)."""
    objects = _JOINT_OBJECTS.get(verb.lemma_.lower())
    if objects is None or verb.dep_ in {"relcl", "acl", "amod", "pcomp"}:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objects and _people_together(verb, c) for c in children_of(verb))


def verb_lemma(tok: Token) -> str:
    """``tok``'s lemma, lower case, mended where the lemmatizer errs (see ``LEMMA_FIXES``)."""
    return LEMMA_FIXES.get(tok.lower_) or tok.lemma_.lower()


def trip_to_persuade(verb: Token) -> bool:
    """"X flew to Banjul on Friday to persuade Y to step down", "was in Kyiv to press Y": a trip
    whose purpose is to work on a named person there is a meeting with them."""
    if verb.lemma_.lower() not in _PERSUADE_VERBS or verb.dep_ not in {"xcomp", "advcl"} or verb.head.lemma_.lower() not in _TRIP_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in children_of(verb))


def on_the_phone(verb: Token) -> bool:
    """"X was on the phone with Y", "X was on the line with Y": a call with a named person."""
    if verb.lemma_.lower() != "be" or verb.dep_ in {"relcl", "acl", "amod", "pcomp"}:
        return False
    lines = [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "on" for p in children_of(c) if p.lower_ in {"phone", "telephone", "line"}]
    return any(
        w.dep_ == "prep" and w.lower_ == "with" and any(p.ent_type_ == "PERSON" for p in children_of(w)) for h in (verb, *lines) for w in children_of(h)
    ) and bool(lines)


def meet_cue(tok: Token) -> str | None:
    """The family of a meeting ``tok`` makes of its own: "meet" (:func:`joint_appearance`,
    :func:`sees_person`, :func:`trip_to_persuade`), "host" (a hosting idiom, see
    :mod:`.meeting_hospitality`), "phone" (:func:`on_the_phone`) or None."""
    if joint_appearance(tok) or sees_person(tok) or trip_to_persuade(tok):
        return "meet"
    if on_the_phone(tok):
        return "phone"
    return "host" if hospitality_cue(tok) else None


def _cue_table(pairs: list[tuple[Iterable[str], Callable[[Token], bool]]]) -> dict[str, tuple[Callable[[Token], bool], ...]]:
    table: dict[str, tuple[Callable[[Token], bool], ...]] = {}
    for lemmas, cue in pairs:
        for lemma in lemmas:
            table[lemma] = (*table.get(lemma, ()), cue)
    return table


#: The verb cues by the lemma each starts from: a word is tested only by the cues of its lemma.
_VERB_CUES = _cue_table(
    [
        ({"be"}, also_there), ({"be"}, also_in_place), ({"be"}, _present_first), (SPEECH_VERBS, said_on_sidelines), ({"take"}, took_floor),
        (_DRAW_VERBS, drawn_by_gathering), ({"use"}, used_gathering), (ATTEND_VERBS, attending_participle),
        ({"speak"}, spoke_at_gathering), ({"give", "deliver"}, gave_address), ({"pose"}, posed_for_photo), ({"flank"}, flanked),
        ({"adopt", "endorse", "approve", "read", "sign"}, adopted_text), ({"preside"}, presided), ({"take", "hand", "pass", "receive"}, handed_over_chair), ({"go", "travel", "come", "fly"}, went_in_place), ({"join"}, joined_gathering), ({"join"}, joined_by_relative),
        (PROPOSE_VERBS, proposed_told_meeting), ({"announce"}, announced_deal_together), ({"launch", "unveil", "pledge"}, launched_together),
        ({"arrive", "fly", "come", "jet"}, arrived_for), ({"sit"}, across_table), ({"walk", "storm"}, left_gathering), ({"lead"}, led_discussion),
        ({"involve"}, also_involved), ({"mediate", "be", "act", "represent"}, mediates),
        ({"lead", "head", "sit", "stand", "take", "seat", *_WHOSE_VERBS, *ALONGSIDE_VERBS}, lambda verb: bool(companions_named(verb))),
    ]
)
#: The words a cue here starts from (as lemma, or as written for the forms in ``LEMMA_FIXES``).
PRESENCE_WORDS = frozenset(_VERB_CUES) | frozenset(_JOINT_OBJECTS) | {"present", "see"} | _PERSUADE_VERBS | HOSPITALITY_WORDS | frozenset(LEMMA_FIXES)


def presence_cue(tok: Token, people_words: frozenset[str]) -> bool:
    """Whether ``tok`` says that its people were at the meeting told before (any cue above)."""
    if tok.pos_ == "ADJ":
        return also_present(tok)
    if tok.pos_ in {"NOUN", "PROPN"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(tok)):
        return among_present(tok, people_words)  # a word with a subject is a verb, whatever its tag ("X and Y act as mediators")
    return any(cue(tok) for cue in _VERB_CUES.get(tok.lemma_.lower(), ()))


def gathering_cue(verb: Token) -> bool:
    """Whether a cue names something only a gathering of several has ("told the leaders",
    "posed for a family photo", "adopted a declaration"): it goes to the gathering told before,
    past any talks of two told since."""
    return tells_gathering(verb) or posed_for_photo(verb) or adopted_text(verb) or _leaders_sitting(verb) or handed_over_chair(verb)


def _leaders_sitting(verb: Token) -> bool:
    """"chaired the leaders' session", "opened the leaders' plenary": a sitting of the gathering."""
    return any(
        obj.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ == "leaders" for c in children_of(obj)) for obj in children_of(verb)
    )
