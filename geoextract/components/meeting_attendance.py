"""Attendance words of the meeting triggers: who came to a meeting told before or in the same sentence.

"X and Y also attended", "X, who also attended, said ...", "Thailand sent ministers", "met in person",
and "X and Y were among those attending": each names people present at a meeting without being the meeting's own word.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._common import hash_string
from .meeting_agents import agents as _agents
from .meeting_found import handed_over_to, handover
from .meeting_lexicon import (
    AGENT_VERBS,
    ATTEND_VERBS,
    CROWD_COUNTS,
    DELEGATION_NOUNS,
    EVENT_NOUNS,
    MEETING_NOUNS,
    NEEDS_COUNTERPART,
    SIDE_NOUNS,
)
from .meeting_mentions import ROLE_WORDS
from .meeting_phrases import _is_meeting_noun as is_meeting_noun
from .meeting_phrases import _is_passive as is_passive
from .meeting_presence import _told_gathering as told_gathering
from .meeting_presence import drawn_by_gathering, in_attendance
from .meeting_seats import same_room
from .meeting_syntax import children_of, token_hashes, where_relative

_AMONG = frozenset({"among", "amongst"})
#: Verbs of people coming together ("the ministers gathered for a final session").
GATHER_VERBS: frozenset[str] = frozenset({"gather", "assemble", "convene", "reconvene"})
_GATHER_PREPS = frozenset({"for", "at", "in"})


def attends_without_object(tok: Token) -> bool:
    """"X and Y also attended": attendance of a meeting told before (not "attended the talks")."""
    where = where_relative(tok)  # "..., where X also attended"
    if tok.dep_ in {"relcl", "acl", "amod", "xcomp"} and not person_relative(tok) and not where:
        return False  # "a summit that X will attend", "was due to attend" are the meeting's own phrase
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} and not _appended_title(c) for c in children_of(tok)):
        return False
    # "attended in person" still attends what was told before; "attended in the talks" is the talks' own
    return not any(c.dep_ == "prep" and any(p.lemma_.lower() in MEETING_NOUNS | EVENT_NOUNS for p in children_of(c)) for c in children_of(tok))


def _appended_title(obj: Token) -> bool:
    """"X also attended, along with Y, the former president": a title after a comma that the parser
    made the verb's object is an apposition of the name before it."""
    return obj.dep_ == "dobj" and obj.lemma_.lower() in ROLE_WORDS and obj.i > 0 and obj.left_edge.i > 0 and obj.doc[obj.left_edge.i - 1].text == ","


def person_relative(tok: Token) -> bool:
    """"X, who also attended, said ...": a "who" clause on a named person tells that person's attendance."""
    return (
        tok.dep_ == "relcl"
        and (tok.head.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(tok.head)))
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children_of(tok))
    )


def sends_delegation(tok: Token) -> bool:
    """"Thailand sent ministers": a state attends through its delegates (not "sent troops", not "sent X to Y")."""
    objects = [c for c in children_of(tok) if c.dep_ == "dobj"]
    for prep in children_of(tok):  # "sent ministers to Brussels" is travel, "... to the talks" attendance
        if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to" and not any(p.lemma_.lower() in MEETING_NOUNS for p in children_of(prep)):
            if not (objects and _title_to_body(objects[0], prep)):
                return False
    if not objects:
        return False
    obj = objects[0]
    if sent_person(obj):
        return True  # "Damascus sent its ambassador to the UN, X", "Syria sent X": X attends the talks told
    if obj.ent_type_ or any(c.dep_ in {"appos", "prep"} for c in children_of(obj)):
        return False
    return obj.lemma_.lower() in DELEGATION_NOUNS or obj.lower_ in DELEGATION_NOUNS or obj.lemma_.lower() in {"minister", "envoy", "delegate"}


def in_person(tok: Token) -> bool:
    if tok.dep_ == "relcl" and tok.head.ent_type_ in {"GPE", "FAC", "LOC"} and any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(tok)):
        return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in children_of(tok))  # "was in Moscow, where he briefed X"
    for child in children_of(tok):
        if child.dep_ == "prep" and child.lower_ == "in" and any(g.lower_ == "person" for g in children_of(child)):
            return True
        if child.dep_ == "advmod" and child.lower_ == "personally":
            return True
    return False


def told_by_phone(tok: Token) -> bool:
    """"X told Y by phone that ...", "urged Y over the telephone": a call with the person told."""
    by_phone = any(c.dep_ == "prep" and c.lower_ in {"by", "over"} and any(p.lemma_.lower() in {"phone", "telephone"} for p in c.subtree) for c in children_of(tok))
    return by_phone and any(c.dep_ in {"dobj", "dative"} and c.ent_type_ == "PERSON" for c in children_of(tok))


def among_attending(tok: Token) -> bool:
    """"X and Y were among those attending" (a participle of attendance after "among those"), or
    "... among those present"."""
    attending = (tok.tag_ == "VBG" and tok.lemma_.lower() in ATTEND_VERBS) or tok.lower_ == "present"
    return tok.dep_ == "pobj" and attending and tok.head.lower_ in _AMONG and any(c.lower_ in {"those", "the"} for c in children_of(tok))


def among_phrase(tok: Token) -> bool:
    """``tok`` is the object of "among", directly or counted ("among the hundreds of foreign guests")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in CROWD_COUNTS:
        tok = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ in _AMONG


def among_participants(tok: Token, people_words: frozenset[str]) -> bool:
    """"X, Y and Z were among the leaders who took part": people described as attending by a relative clause."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _AMONG or tok.tag_ not in {"NNS", "NNPS"} or tok.lemma_.lower() not in people_words:
        return False
    if any(c.dep_ == "relcl" and takes_part(c) for c in children_of(tok)):
        return True
    # "Among the leaders at the table were X and Y": people placed at the talks or the summit
    return any(
        c.dep_ == "prep" and c.lower_ == "at" and any(p.dep_ == "pobj" and p.lemma_.lower() in _AT_GATHERING for p in children_of(c))
        for c in children_of(tok)
    )


#: What people "at the ..." were at when that places them at the meeting.
_AT_GATHERING = frozenset({"table", "summit", "talk", "talks", "meeting", "gathering", "session", "conference"})


def takes_part(verb: Token) -> bool:
    """"attended", "participated", "took part", "joined" with no object of their own (the meeting told before)."""
    lemma = verb.lemma_.lower()
    if lemma in ATTEND_VERBS:
        return not any(c.dep_ == "dobj" for c in children_of(verb))
    return lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in children_of(verb))


def took_part_bare(verb: Token) -> bool:
    """"X took part", "Y took part by video link": one more person at the meeting told; not "took
    part in talks" (a meeting of its own) nor "to take part" in a phrase of its own."""
    own_phrase = verb.dep_ in {"relcl", "acl", "xcomp"} and not person_relative(verb)
    return not own_phrase and not any(c.dep_ == "prep" and c.lower_ not in {"by", "via"} for c in children_of(verb))


#: Verbs of a person who opens, chairs, addresses or closes a gathering ("X opened the meeting").
PRESIDE_VERBS: frozenset[str] = frozenset({"open", "address", "close", "chair", "co-chair"})
_CHAIR_VERBS = frozenset({"chair", "co-chair"})


def presides_told_meeting(verb: Token) -> bool:
    """"X opened the meeting", "Y addressed the opening session": X and Y were at a meeting told before.

    Only a definite meeting noun as the object ("the summit", "the session"): "opened a
    meeting of the bloc" names the meeting itself, "opened the border" none.
    """
    # "X, who opened the session, announced ...": a relative clause on the person who presided
    who = verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children_of(verb))
    if verb.lemma_.lower() not in PRESIDE_VERBS or verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"} or (verb.dep_ in {"amod", "acl", "relcl"} and not who):
        return False
    if verb.lemma_.lower() in _CHAIR_VERBS and any(c.dep_ == "auxpass" for c in children_of(verb)):
        # "The talks were chaired by X": the chair of the talks told before
        return any(c.dep_ == "nsubjpass" and told_gathering(c) for c in children_of(verb)) and bool(_agents(verb))
    if not any(c.dep_ == "nsubj" for c in children_of(verb)) and verb.dep_ != "conj":
        return False
    for obj in children_of(verb):
        if obj.dep_ == "dobj" and obj.lemma_.lower() in MEETING_NOUNS | EVENT_NOUNS:
            # "the session", or "Friday's leaders' session": a day's or the leaders' sitting told before
            definite = any(
                (c.dep_ == "det" and c.lower_ in {"the", "this"}) or (c.dep_ == "poss" and (c.ent_type_ == "DATE" or c.lower_ in {"leaders", "ministers"}))
                for c in children_of(obj)
            )
            return definite and not any(
                c.dep_ == "prep" and c.lower_ in {"with", "between", "of"} for c in children_of(obj)
            )
    return False


#: Verbs of heading a side ("the rebels were led by X", "Kyiv's team was headed by Y").
LEAD_VERBS: frozenset[str] = frozenset({"lead", "head"})


#: Title nouns of a person a state sends to talks ("sent its ambassador to the UN, X").
_SENT_TITLES = frozenset({"ambassador", "envoy", "minister", "representative", "negotiator", "deputy", "adviser", "advisor", "emissary", "secretary", "chief", "spokesman"})


def title_name(title: Token) -> Token | None:
    """The name in apposition to a title noun: "its vice president, X", or "the speaker of its
    parliament, Y", where the parser hangs the name on the last noun of the title."""
    holders = [title, *(p for c in children_of(title) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj")]
    return next((a for h in holders for a in children_of(h) if a.dep_ == "appos" and a.ent_type_ == "PERSON"), None)


def sent_person(obj: Token) -> bool:
    """The object of "sent" is a named person: "sent X", "sent its ambassador to the UN, X".

    Only a PERSON name, or a title noun whose apposition is one; "sent troops", "sent a letter"
    and "sent aid" name no one (a verb-level "to prison" is rejected by the caller).
    """
    if obj.ent_type_ == "PERSON":
        return True
    if obj.pos_ == "NOUN" and title_name(obj) is not None:
        return True  # "sent its vice president, X", "sent the speaker of its parliament, Y": any title named
    if obj.lemma_.lower() not in _SENT_TITLES:
        return False
    return any(
        _title_to_body(obj, prep) for prep in children_of(obj.head) if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to"
    )


def _title_to_body(obj: Token, prep: Token) -> bool:
    """"sent its ambassador to the UN, X": "to the UN" belongs to the title (parsed on the verb),
    the name standing in apposition to the body; "sent its ambassador to Moscow" is travel."""
    return obj.lemma_.lower() in _SENT_TITLES and any(
        p.dep_ == "pobj" and p.ent_type_ == "ORG" and any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in children_of(p)) for p in children_of(prep)
    )


def leads_side(verb: Token) -> bool:
    """"X led the Syrian delegation", "X headed Kyiv's team": the active twin of :func:`led_side`.

    A named person as subject and a side noun with its state or body ("the Syrian delegation", "Iran's
    team", "the team of the opposition") as object; not "X led the party to victory" (no side noun),
    nor a participle in a meeting's own phrase."""
    if verb.lemma_.lower() not in LEAD_VERBS or verb.dep_ in {"acl", "relcl", "amod", "xcomp"} or verb.tag_ == "VBN":
        return False
    if not any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in children_of(c))) for c in children_of(verb)):
        return False
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
        if verb.dep_ in {"advcl", "conj"} and obj.n_rights == 1 and next(obj.rights).tag_ == "POS" and leads_side(verb.head):
            return True  # "X led the Russian team, while Y headed Ukraine's": the side's noun left unsaid
        if obj.lemma_.lower() in {"delegation", "team", "side", "negotiators"}:
            if any(c.dep_ == "poss" and (c.lower_ in {"his", "her", "their"} or c.lemma_.lower() == "country") for c in children_of(obj)):
                return True  # "X led his own delegation", "Y led her country's delegation"
            of_side = [p for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]  # "the team of the opposition"
            return any((c.dep_ in {"poss", "amod", "compound"} and c.ent_type_ in {"GPE", "NORP", "ORG"}) or (c.dep_ == "pobj" and (c.ent_type_ in {"GPE", "NORP", "ORG"} or c.lemma_.lower() in SIDE_NOUNS)) for c in [*children_of(obj), *of_side])
    return False


def led_side(verb: Token) -> bool:
    """"the rebels were led by X", "Kyiv's team was headed by Y": the head of a side at talks told before.

    A passive with a named person as agent and a definite side noun as subject; not the
    participle of a meeting's own phrase ("a delegation led by X met Y"). The active form
    ("X led the Syrian delegation") is read by :func:`leads_side`.
    """
    if leads_side(verb):
        return True
    if verb.lemma_.lower() not in LEAD_VERBS or verb.dep_ in {"acl", "relcl", "amod", "xcomp"}:
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if subject is None or (subject.lower_ not in SIDE_NOUNS and subject.lemma_.lower() not in SIDE_NOUNS):
        return False
    if not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in children_of(subject)):
        return False
    return any(p.dep_ == "pobj" and p.ent_type_ == "PERSON" for c in children_of(verb) if c.dep_ == "agent" for p in children_of(c))


def colon_list(verb: Token) -> list[Token]:
    """"the ministers had gathered ... to approve the text: A, B and C": the list after the clause's colon.

    The parser hangs such a list as an apposition on the verb or on a noun before the colon
    ("the text").
    """
    colon = next((t for t in verb.doc[verb.i + 1 : verb.right_edge.i + 1] if t.text == ":"), None)
    if colon is None:
        return []
    return [
        t
        for t in verb.doc[colon.i + 1 : verb.right_edge.i + 1]
        if t.dep_ == "appos" and t.head.i < colon.i and (t.head.i == verb.i or verb.left_edge.i <= t.head.i)
    ]


def gathered_for_meeting(tok: Token, people_words: frozenset[str]) -> bool:
    """"The ministers gathered for a final session", "X and Y convened for talks": people meet.

    Only nouns that need a counterpart to be a meeting ("session", "consultations", and a
    leaders' "retreat", elsewhere a place): "gathered for a summit" or "for talks" is told by the
    noun itself. Not "protesters gathered outside the summit" (no meeting phrase) nor "X
    convened a meeting" (the noun is the trigger).
    """
    if tok.lemma_.lower() not in GATHER_VERBS or any(c.dep_ == "dobj" for c in children_of(tok)):
        return False
    if not any(
        c.dep_ == "prep" and c.lower_ in _GATHER_PREPS and any(p.dep_ == "pobj" and p.lemma_.lower() in NEEDS_COUNTERPART | {"retreat"} for p in children_of(c))
        for c in children_of(tok)
    ):
        return _officials_gathered_in(tok)
    for subj in (c for c in children_of(tok) if c.dep_ == "nsubj"):
        if subj.ent_type_ == "PERSON" and any(g.dep_ == "conj" for g in children_of(subj)):
            return True
        if subj.tag_ in {"NNS", "NNPS"} and subj.lower_ in people_words:
            return True
    return sum(1 for head in colon_list(tok) for t in head.subtree if t.ent_type_ == "PERSON" and t.dep_ in {"appos", "conj"}) >= 2


#: Officials whose gathering in a place is a meeting of their states ("foreign ministers gathered in Amman").
_GATHERING_OFFICIALS = frozenset({"ministers", "leaders", "presidents", "envoys", "diplomats", "negotiators", "premiers"})


def _officials_gathered_in(verb: Token) -> bool:
    """"Egyptian, Jordanian and Saudi foreign ministers gathered in Amman": officials of named
    states, in a named place, with no other purpose phrase ("gathered for the funeral" is none)."""
    preps = [c for c in children_of(verb) if c.dep_ == "prep"]
    if any(c.lower_ == "for" for c in preps) or not any(c.lower_ == "in" and any(p.ent_type_ in {"GPE", "FAC", "LOC"} for p in children_of(c)) for c in preps):
        return False
    return any(
        c.dep_ == "nsubj" and c.lower_ in _GATHERING_OFFICIALS and any(m.ent_type_ in {"NORP", "GPE"} for m in c.subtree)
        for c in children_of(verb)
    )


def meeting_relative(relcl: Token) -> bool:
    """"which was attended by X", "that X will host": a clause on "the summit of Y" about the summit.

    The relative word is no subject of an active verb ("leaders who attended" tells of the leaders).
    """
    if relcl.lemma_.lower() not in AGENT_VERBS | ATTEND_VERBS:
        return False
    return any(
        c.lower_ in {"which", "that"} and (c.dep_ in {"dobj", "nsubjpass"} or (c.dep_ == "nsubj" and is_passive(relcl)))
        for c in children_of(relcl)
    )


#: Verbs whose passive tells of talks, never of a place: "Geneva, which was co-chaired by X" cannot
#: be the city ("a town which was held by rebels", "a city which was opened to visitors" can).
_CHAIRING_VERBS = frozenset({"chair", "co-chair", "cochair", "mediate", "broker", "convene", "facilitate", "host", "co-host"})


def displaced_relatives(noun: Token, governor: Token | None) -> list[Token]:
    """"X chaired the session on Friday, which Y attended as a guest": an attendance clause the
    parser hangs on the date or place after the meeting noun.

    Only "which"/"that" as the object of an attendance verb (or the subject of its passive:
    "after the meeting at the palace, which was attended by Y"), on a date, time or place phrase
    of the noun or of the verb that governs it.
    """
    holders = [noun] if governor is None else [noun, governor]
    found = []
    for holder in holders:
        for prep in children_of(holder):
            if prep.dep_ != "prep":
                continue
            for pobj in children_of(prep):
                if pobj.dep_ != "pobj" or pobj.ent_type_ not in {"DATE", "TIME", "GPE", "LOC", "FAC", ""} or (pobj.ent_type_ == "" and pobj.pos_ != "NOUN"):
                    continue
                for rel in children_of(pobj):
                    verbs = [rel, *(c for c in children_of(rel) if c.dep_ == "xcomp")] if rel.dep_ == "relcl" else []
                    for verb in verbs:
                        # "which Y attended", "which was attended by Y"; "hosted the talks in Y, which were
                        # co-chaired by X" (a city is never chaired: the clause tells of the talks)
                        lemma = verb.lemma_.lower()
                        if lemma in ATTEND_VERBS and any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"which", "that"} for c in children_of(verb)):
                            found.append(verb)
                        elif (lemma in _CHAIRING_VERBS and any(c.dep_ == "nsubjpass" and c.lower_ in {"which", "that"} for c in children_of(verb))) or (handover(verb) and where_relative(verb)):
                            found.append(verb)  # or "a summit on Friday, where X handed the presidency to Y"
    return found


_GATHERING_HASHES = frozenset(hash_string(w) for w in ("bring", "gather", "assemble"))


def brought_together(noun: Token) -> list[Token]:
    """"a video conference of the bloc, which also brought together X, Y and Z" (or "The talks
    brought together X, Y and Z"): the people a clause after the meeting says it gathered.

    The parser hangs such a clause on almost any word before it (the last name, the date, the
    verb), so it belongs to the nearest meeting noun before it in the sentence. Its subject is
    "which"/"that" and its verb "brought together", or "gathered"/"assembled" with an object.
    Returns the objects.
    """
    found: list[Token] = []
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() == "bring" and any(c.lower_ == "together" for c in children_of(verb)):
        return [c for c in children_of(verb) if c.dep_ == "dobj"]  # "The talks brought together X, Y and Z"
    sent = noun.sent
    lemmas = token_hashes(noun.doc)[1]
    if not any(lemmas[i] in _GATHERING_HASHES for i in range(noun.i + 1, sent.end)):
        return found  # an integer test first: almost no sentence has such a clause
    for rel in noun.doc[noun.i + 1 : sent.end]:
        if rel.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in children_of(rel)):
            continue
        for verb in [rel, *(x for c in children_of(rel) if c.dep_ == "xcomp" for x in [c, *(g for g in children_of(c) if g.dep_ == "xcomp")])]:
            lemma = verb.lemma_.lower()
            # "that brought X together with Y and Z" (the parser hangs "together" on "with"), "that was to have brought ..."
            withs = [p for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "with" and any(g.lower_ == "together" for g in children_of(p))]
            if (lemma == "bring" and (withs or any(c.lower_ == "together" for c in children_of(verb)))) or lemma in {"gather", "assemble"}:
                if not any(is_meeting_noun(t) for t in noun.doc[noun.i + 1 : rel.i]):
                    found.extend(c for c in [*children_of(verb), *(q for p in withs for q in children_of(p))] if c.dep_ in {"dobj", "pobj"})
    return found


def thanked_for_attending(verb: Token) -> bool:
    """"X thanked leaders including Y and Z for attending": X, Y and Z were at the meeting told
    before ("for coming to Nairobi" is a visit, not this)."""
    if verb.lemma_.lower() != "thank":
        return False
    for prep in children_of(verb):
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for act in children_of(prep):
                lemma = act.lemma_.lower()
                if act.dep_ == "pcomp" and (lemma in ATTEND_VERBS or lemma == "join" or takes_part(act)):
                    return True
    return False


#: Subjects that are the people at a meeting themselves ("Guests included X").
_ATTENDEE_SUBJECTS = frozenset({"attendees", "participants", "guests", "invitees"})


def attendee_list(verb: Token) -> bool:
    """"Those attending included X, Y and Z", "Guests included X", "Others at the summit
    included Y", "Heads of state in attendance included Z": a list of the people at the meeting told before."""
    if verb.lemma_.lower() != "include" or verb.dep_ not in {"ROOT", "conj"}:
        return False
    if any(c.dep_ == "prep" and in_attendance(c) for c in children_of(verb)) and any(c.dep_ == "nsubj" and c.tag_ == "NNS" for c in children_of(verb)):
        return True  # "Heads of state in attendance included X": the parser hangs "in attendance" on the verb
    for subj in children_of(verb):
        if subj.dep_ != "nsubj":
            continue
        if subj.lower_ in _ATTENDEE_SUBJECTS:
            return True
        for mod in children_of(subj):
            attending = mod.dep_ in {"acl", "relcl"} and (mod.lemma_.lower() in ATTEND_VERBS or takes_part(mod))
            present = (mod.dep_ in {"amod", "advmod"} and mod.lower_ == "present") or (mod.dep_ == "prep" and in_attendance(mod))
            at_meeting = mod.dep_ == "prep" and mod.lower_ == "at" and any(is_meeting_noun(p) for p in children_of(mod) if p.dep_ == "pobj")
            if attending or present or (at_meeting and subj.lower_ in {"those", "others"}):
                return True
    return False


#: Verbs whose subject brings the people named along to a meeting ("X brought Y along").
BRING_VERBS: frozenset[str] = frozenset({"bring"})
#: Objects of "brought X to ...", "brought X into ..." that make no companion ("brought X to power").
_BROUGHT_TO_NOT_MEETING = frozenset({"power", "justice", "account", "heel", "office", "tears", "life", "end", "halt", "attention", "knee", "knees"})


def companion_verb(verb: Token) -> bool:
    """"X was accompanied by Y", "Y accompanied X", "X brought Y (along)": Y joins a meeting of X."""
    lemma = verb.lemma_.lower()
    if lemma == "accompany":
        return any(c.dep_ in {"agent", "dobj"} for c in children_of(verb))
    return lemma in BRING_VERBS and bool(brought_people(verb))


def brought_people(verb: Token) -> list[Token]:
    """The people "X brought" along ("brought Y and Z to help make his case"), not "brought X to
    power" nor "brought charges".

    Only objects that name a person (a name, or a title with one), and no "to"/"into" phrase
    that tells a state of affairs.
    """
    if verb.dep_ in {"amod", "acl", "relcl"} or any(c.dep_ == "auxpass" for c in children_of(verb)):
        return []
    for prep in children_of(verb):
        if prep.dep_ in {"prep", "dative"} and prep.lower_ in {"to", "into", "before"}:
            if any(p.lemma_.lower() in _BROUGHT_TO_NOT_MEETING or p.ent_type_ in {"GPE", "LOC"} for p in children_of(prep)) or prep.lower_ == "before":
                return []  # "brought X to power", "brought X before a court"; "brought X to Geneva" is a journey
    return [c for c in children_of(verb) if c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or title_name(c) is not None)]


def named_alongside(verb: Token) -> list[Token]:
    """The phrases that name more people at a meeting through ``verb``: "X thanked leaders
    including Y", "the summit drew Y", "led by X", "flanked by Y", "joined by Z", "Peru was
    represented by X", "... was headed by X and included Y", "sat at the same table as Y",
    "was accompanied by X", "X brought Y"."""
    lemma = verb.lemma_.lower()
    found: list[Token] = []
    if lemma == "thank" or attendee_list(verb) or drawn_by_gathering(verb):
        found += [c for c in children_of(verb) if c.dep_ == "dobj"]
    if lemma in LEAD_VERBS | _CHAIR_VERBS | {"flank", "join"}:
        found += _agents(verb)  # "led by X", "flanked by Y", "(the talks were) chaired by Z", "joined by W"
    if lemma in BRING_VERBS:
        found += brought_people(verb)
    for child in children_of(verb):
        if child.dep_ in {"advcl", "conj"} and (child.tag_ == "VBN" or (child.tag_ == "VBD" and child.dep_ == "advcl")) and child.lemma_.lower() in {"join", "accompany"}:
            found += _agents(child)  # "X and Y looked on, joined by Z"
        elif lemma in {"represent", "accompany"} and child.dep_ in {"agent", "dobj"}:
            found += [child] if child.dep_ == "dobj" else [p for p in children_of(child) if p.dep_ == "pobj"]
        elif child.dep_ == "conj" and child.lemma_.lower() == "include" and lemma in LEAD_VERBS:
            found += [c for c in children_of(child) if c.dep_ == "dobj"]
        elif lemma == "sit" and child.dep_ == "prep" and child.lower_ in {"as", "with"}:  # "sat with A, B and C"
            found += [p for p in children_of(child) if p.dep_ == "pobj"]
        elif lemma == "sit" and child.dep_ == "prep" and child.lower_ == "at":
            # "sat at one table with X": the parser hangs "with" on the table
            found += [q for p in children_of(child) if p.dep_ == "pobj" for w in children_of(p) if w.dep_ == "prep" and w.lower_ == "with" for q in children_of(w) if q.dep_ == "pobj"]
    if handover(verb):
        found += handed_over_to(verb, own=True)  # "took over the chairmanship from Y"
    if lemma == "sit":
        found += same_room(verb)  # "sat in the same hall as Y": the parser hangs "as" on the hall
    if lemma in PRESIDE_VERBS:
        # "chaired the session in the city, which Y attended as a guest": the parser hangs the
        # clause on the place; Y attended the session
        found += [
            s for prep in children_of(verb) if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}
            for place in children_of(prep) if place.dep_ == "pobj"
            for rel in children_of(place) if rel.dep_ == "relcl" and rel.lemma_.lower() in ATTEND_VERBS and meeting_relative(rel)
            for s in children_of(rel) if s.dep_ == "nsubj"
        ]
    return found
