"""Find the words that announce a meeting, a call, a visit or a trip in one sentence.

A trigger is a token plus its family: ``meet`` (met, conferred, talks, meeting; acts people
share: "X and Y signed a pact", "toured a plant with X", "joined X and Y"), ``host`` (hosted,
received, welcomed), ``visit`` (visited a person, "paid a visit to X", "a courtesy call on
X"), ``phone`` (called, phone call, "exchanged views by phone"), ``summit`` (a grouping's
summit), ``event`` (a ceremony someone hosts or attends), ``trip`` (travel with no
counterpart: gives a destination only), ``attend`` (more people at a meeting told before:
"were among the guests", "X also attended", "took part", "sent ministers", "was accompanied
by X", "sat at the table", "joined by phone", "looked on", "X, also present, said"; see :mod:`.meeting_seats`
and :mod:`.meeting_presence`), ``expand`` ("Among them were ...") and ``topic`` ("the leaders discussed X")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ._common import hash_string
from .meeting_agents import agents as _agents
from .meeting_attendance import (
    BRING_VERBS,
    GATHER_VERBS,
    LEAD_VERBS,
    PRESIDE_VERBS,
    among_attending,
    among_participants,
    among_phrase,
    attendee_list,
    attends_without_object,
    brought_people,
    gathered_for_meeting,
    in_person,
    led_side,
    presides_told_meeting,
    sends_delegation,
    thanked_for_attending,
    told_by_phone,
    took_part_bare,
)
from .meeting_calls import (
    calls_on_person,
    is_phone_call,
    negotiating_meanwhile,
    pair_call,
    person_like,
)
from .meeting_counterparts import counterpart_pp as _counterpart_pp
from .meeting_counterparts import delivered_on_trip, joined_by, opposite, spent_time_with
from .meeting_counterparts import shuttled_between as _shuttled_between
from .meeting_lexicon import (
    ATTEND_VERBS,
    ATTENDEE_NOUNS,
    CO_ACT_VERBS,
    COLLECTIVE_NOUNS,
    EVENT_NOUNS,
    EXCHANGED_WORDS,
    GO_BETWEEN_VERBS,
    HOST_VERBS,
    IN_PERSON_VERBS,
    JOINT_VERBS,
    MEET_VERBS,
    MEETING_NOUNS,
    NEEDS_COUNTERPART,
    NOT_MEETING_COMPOUNDS,
    PEOPLE_NOUNS,
    PHONE_VERBS,
    REMOTE_WORDS,
    SETTING_NOUNS,
    SIGN_VERBS,
    TALK_VERBS,
    TOPIC_VERBS,
    TRAVEL_VERBS,
    VISIT_NOUNS,
    VISIT_VERBS,
)
from .meeting_mentions import ROLE_WORDS
from .meeting_nouns import (
    focus_of_told,
    in_name,
    session_of_body,
    sitting_hosted,
    summit_name,
    talks_round,
)
from .meeting_presence import PRESENCE_WORDS, meet_cue, presence_cue, verb_lemma
from .meeting_seats import (
    SIDE_LIST_VERBS,
    at_table,
    in_front_row,
    joins_remotely,
    present_at_told,
    round_the_table,
    same_room,
    side_owner,
    tells_gathering,
    told_in_call,
)
from .meeting_syntax import children_of, token_hashes, verb_read_as_modifier
from .meeting_together import (
    PEOPLE_WORDS,
    brings_people_together,
    held_by_several,
    people_in,
    signed_together,
    talked_together,
    with_person,
)
from .meeting_topic import talked_about

#: Nouns after which "of the X summit" names when or where, not who ("on the eve of the G20 summit").
_SETTING_WORDS = SETTING_NOUNS | {"eve", "run-up", "runup", "fringe", "fringes", "lead-up", "side", "sides"}
#: People a meeting noun may qualify ("the summit host", "the meeting's organiser").
_OFFICER_NOUNS = frozenset({"host", "chair", "chairman", "chairwoman", "organiser", "organizer", "coordinator", "negotiator", "spokesman", "spokeswoman", "spokesperson", "chief"})
#: Talk verbs whose coordinated subject talks among itself.
#: Things on a map that "meet" where they cross or join.
_LINES = frozenset({"border", "frontier", "boundary", "river", "road", "highway", "railway", "pipeline", "line", "street", "sea", "ocean"})
_TALK_TOGETHER = frozenset({"talk", "speak", "negotiate", "confer", "consult", "converse", "chat", "huddle", "dine", "sit"})


#: String hashes of every word _classify can accept (as lower-case form or lemma).
_TRIGGER_HASHES = frozenset(
    hash_string(w)
    for w in (
        MEETING_NOUNS | EVENT_NOUNS | VISIT_NOUNS | ATTENDEE_NOUNS | MEET_VERBS | TALK_VERBS
        | HOST_VERBS | PHONE_VERBS | VISIT_VERBS | TRAVEL_VERBS | IN_PERSON_VERBS | ATTEND_VERBS | SIGN_VERBS | JOINT_VERBS
        | {"accompany", "join", "exchange", "take", "represent", "look", "be", "thank", "include", "agree", "swear", "have", "crown", "spend", "raise", "bring"} | SIDE_LIST_VERBS | BRING_VERBS | GO_BETWEEN_VERBS
        | {"shake", "talks", "meetings", "talk", "meeting", "round"} | GATHER_VERBS | PRESIDE_VERBS | LEAD_VERBS | PRESENCE_WORDS
        | {w for w in PEOPLE_NOUNS if w.endswith("s")} | {"delegations"}  # plurals only: "among the leaders who took part", "... the delegations attending"
    )
)


@dataclass(frozen=True)
class Trigger:
    """One meeting word of a sentence."""

    token: Token
    family: str
    nominal: bool

    @property
    def i(self) -> int:
        return self.token.i


def find_triggers(sent: Span) -> list[Trigger]:
    """All triggers of a sentence, in text order.

    Example:
        >>> import spacy  # doctest: +SKIP
        >>> nlp = spacy.load("en_core_web_sm")  # doctest: +SKIP
        >>> [t.family for t in find_triggers(next(nlp("Xi met Biden.").sents))]  # doctest: +SKIP
        ['meet']
    """
    found: list[Trigger] = []
    first = _first_words(sent)
    if first in {"among them", "among those", "they included", "those included", "these included"} or round_the_table(sent):
        found.append(Trigger(sent[0], "expand", False))
    lowers, lemmas = token_hashes(sent.doc)
    for i in range(sent.start, sent.end):
        if lowers[i] not in _TRIGGER_HASHES and lemmas[i] not in _TRIGGER_HASHES:
            continue  # a cheap integer test spares the Token and the string work of _classify
        tok = sent.doc[i]
        family = _classify(tok)
        if family is not None:
            found.append(Trigger(tok, family, _nominal(tok) and not (family == "attend" and any(c.dep_ == "nsubj" for c in children_of(tok)))))  # a verb: "X and Y act as mediators"
    return found


def _first_words(sent: Span) -> str:
    words: list[str] = []
    for tok in sent:  # stops after two words: a sentence's other tokens are never read here
        if not tok.is_punct:
            words.append(tok.lower_)
            if len(words) == 2:
                break
    return " ".join(words)


def _sworn_person(verb: Token) -> bool:
    """"X was sworn in", "X took the oath", "X took office", "X was crowned", "X was inaugurated": a
    named person took office (not "whose government had yet to be sworn in")."""
    sworn = verb.lemma_.lower() == "swear" and any(c.dep_ == "prt" and c.lower_ == "in" for c in children_of(verb))
    oath = verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in {"oath", "office"} for c in children_of(verb))
    crowned = verb.lemma_.lower() in {"crown", "inaugurate"} and any(c.dep_ == "auxpass" for c in children_of(verb))
    return (sworn or oath or crowned) and any(c.dep_ in {"nsubjpass", "nsubj"} and c.ent_type_ == "PERSON" for c in children_of(verb))


def _classify(tok: Token) -> str | None:
    lemma = verb_lemma(tok)
    if lemma == "have":  # a common verb, read here only for "X had a seat in the front row"
        return "attend" if in_front_row(tok) else None
    lower = tok.lower_
    is_verb = tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB")
    # "the Pacific Islands Forum secretary general", "Summit Bank"; not "attended the East Asia Summit" (the name's last word)
    is_noun = _nominal(tok) and (not in_name(tok) or summit_name(tok))
    if is_noun and (lemma in MEETING_NOUNS or lower in MEETING_NOUNS or lower in {"talks", "meetings"} or talks_round(tok)):
        return _classify_noun(tok, lemma if lemma != "talks" else "talk")
    if is_noun and lemma in EVENT_NOUNS:
        if lemma == "presence":
            return "event" if tok.head.lower_ == "in" and any(c.lower_ == "of" for c in children_of(tok)) else None
        return "event"
    if is_noun and lemma in VISIT_NOUNS:
        return "visit" if _visits_person(tok, "to") or (lemma == "visit" and _visits_person(tok, "with")) else "trip"
    if (lower in ATTENDEE_NOUNS and among_phrase(tok)) or among_attending(tok) or among_participants(tok, PEOPLE_WORDS):
        return "attend"
    if presence_cue(tok, PEOPLE_WORDS):
        return "attend"  # "X, also present, said", "were also there", "the leaders present": see .meeting_presence
    if lemma in {"swear", "take", "crown", "inaugurate"} and is_verb and tok.dep_ in {"ROOT", "conj"} and _sworn_person(tok):
        return "event"  # "X was sworn in on Monday", "Y took the oath": the ceremony, which its onlookers attend
    if (cue := meet_cue(tok)) is not None:
        return cue  # "X and Y reviewed a guard of honour", "will see President Y" (meet); "X played host to Y" (host)
    if not is_verb:
        return None
    if lemma in SIGN_VERBS:
        return "meet" if signed_together(tok) else None
    if (lemma in JOINT_VERBS and with_person(tok)) or _shuttled_between(tok):
        return "meet"  # "toured the plant with X", "attended a match with X"
    if lemma in CO_ACT_VERBS and signed_together(tok):
        if not any(t.lower_ in REMOTE_WORDS for t in tok.subtree):
            return "meet"  # "X and Y inaugurated a rail link"
        if any(c.dep_ == "prep" and c.lower_ in {"in", "during", "over"} and any(t.lower_ in REMOTE_WORDS for t in c.subtree) for c in children_of(tok)):
            # "X, Y and Z unveiled the pact in a joint video appearance": together from afar (not "inaugurated
            # the port by video link", a remote site opened by people in one room)
            return "phone"
    if lemma == "agree" and _agreed_together(tok):
        return "meet"  # "X and Y agreed on Thursday to set up a commission": they met to agree
    if lemma == "join" and _joins_person(tok):
        return "attend" if at_table(tok) else "meet"  # "X was joined at the table by Y": at the talks told
    if lemma == "join" and joins_remotely(tok):
        return "attend"  # "X hosted the talks, and Y joined by phone"
    if lemma == "be":
        return "attend" if present_at_told(tok) else None  # "X was also present", "Y was also at the table"
    # "looked on" (the parser may read "on" as a preposition without an object)
    if lemma == "look" and tok.dep_ not in {"relcl", "acl", "xcomp"} and any(c.lower_ == "on" and (c.dep_ == "prt" or (c.dep_ == "prep" and not c.n_rights)) for c in children_of(tok)):
        return "attend"  # "X and Y looked on": onlookers of the signing or talks told before
    if lemma in LEAD_VERBS and led_side(tok):
        return "attend"
    if lemma in PRESIDE_VERBS:  # "opened the summit", "addressed the leaders"
        return "attend" if presides_told_meeting(tok) or (lemma == "address" and tells_gathering(tok)) else None
    if lemma in ATTEND_VERBS:
        return "attend" if attends_without_object(tok) else None
    if lemma == "represent":
        # "Peru was represented by its prime minister", "X represented Peru": a state attends through X
        # "..., as did Xi, who was represented by Vice Premier Ding": the passive's relative clause too
        return "attend" if (tok.dep_ not in {"relcl", "acl", "amod", "xcomp"} or (tok.dep_ == "relcl" and tok.tag_ == "VBN")) and _represents(tok) else None
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" and c.n_lefts + c.n_rights == 0 for c in children_of(tok)):
        return "attend" if took_part_bare(tok) else None
    if lemma == "accompany":
        # "He was accompanied by X", "X accompanied him": one more person at the meeting told
        companions = [p for c in children_of(tok) if c.dep_ == "agent" for p in children_of(c)] + [c for c in children_of(tok) if c.dep_ == "dobj"]
        # a "while" clause with its own subject is a statement of its own ("..., while Y was accompanied by X")
        own_clause = tok.dep_ == "advcl" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(tok))
        return "attend" if (tok.dep_ not in {"acl", "advcl", "relcl"} or own_clause) and any(people_in(c) for c in companions) else None
    if lemma in {"raise", "bring"} and _raised_with(tok):
        return "phone" if _remote(tok) else "meet"  # "raised the case of X with Y", "brought up X with the Egyptian leader"
    if lemma in BRING_VERBS:  # "X had brought Y and Z to help make his case": more people at X's meeting; "brought together Y and Z": talks X held
        return "meet" if brings_people_together(tok) else "attend" if tok.dep_ not in {"acl", "advcl", "relcl", "xcomp"} and brought_people(tok) else None
    if lemma == "thank":  # "X thanked leaders including Y for attending"; "X thanked his counterparts for the decision"
        return "attend" if thanked_for_attending(tok) or tells_gathering(tok) else None
    if lemma == "send" and sends_delegation(tok):
        return "attend"
    if lemma == "include" and attendee_list(tok):
        return "attend"  # "Those attending included A and B"
    if lemma in SIDE_LIST_VERBS:
        return "attend" if side_owner(tok) is not None else None  # "Y's side included A and B"
    if lemma in GATHER_VERBS:
        return "meet" if gathered_for_meeting(tok, PEOPLE_WORDS) else None
    if lemma in MEET_VERBS:
        if lemma in {"embrace", "greet", "hug", "confront"} and not any(c.dep_ == "dobj" and person_like(c) for c in children_of(tok)):
            # "X and Y embraced", "greeted each other": people coordinated as the subject embrace one another
            reciprocal = not any(c.dep_ == "dobj" and c.lower_ != "other" for c in children_of(tok)) and talked_together(tok)
            passive = (any(c.dep_ == "auxpass" for c in children_of(tok)) or (tok.tag_ == "VBN" and tok.dep_ in {"advcl", "acl"})) and any(people_in(a) for a in _agents(tok))  # "greeted at the airport by X" too
            if not reciprocal and not passive:
                return None  # "embraced X" (or "was greeted by X") is an encounter only with a person, not "embraced the idea"
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in _LINES for c in children_of(tok)):
            return None  # "the point where their three borders meet": lines on a map, not people
        return "meet"
    if lemma == "shake" and any(c.dep_ == "dobj" and c.lemma_ == "hand" for c in children_of(tok)):
        return "meet"
    if lemma == "exchange" and any(c.dep_ == "dobj" and c.lemma_.lower() in EXCHANGED_WORDS for c in children_of(tok)):
        if _remote(tok) or any(_remote(c) for c in children_of(tok) if c.dep_ == "dobj"):
            return "phone"  # "exchanged views by phone"
        return "meet" if signed_together(tok) or with_person(tok, topic_deep=True) else None
    if in_front_row(tok):
        return "attend"  # "Y sat in the front row", "Z was in the front row"
    if lemma == "spend" and spent_time_with(tok):
        return "phone" if _remote(tok) else "meet"  # "X spent three hours with Y"
    if lemma in TALK_VERBS:
        if lemma == "negotiate" and negotiating_meanwhile(tok):
            return None
        if lemma == "sit" and ((at_table(tok) and not _counterpart_pp(tok, allow_to=False)) or same_room(tok) or _sat_with(tok)):
            return "attend"  # "X and Y also sat at the table", "X sat in the same hall as his counterpart Y": at the talks told before
        faced = lemma == "sit" and bool(opposite(tok))  # "sat across from Y", "sat opposite Y"
        if lemma == "sit" and not any(c.lower_ == "down" for c in children_of(tok)) and not faced:
            return None
        # "consulted Kuwait's emir", "consulted X": a named or titled person consulted
        consulted = lemma == "consult" and any(c.dep_ == "dobj" and (c.lemma_.lower() in ROLE_WORDS or any(t.ent_type_ == "PERSON" for t in c.subtree)) for c in children_of(tok))
        if _counterpart_pp(tok, allow_to=lemma in {"talk", "speak"}) or faced or consulted:
            return "phone" if _remote(tok) else "meet"
        if lemma == "speak" and _remote(tok):
            return "phone"
        if lemma in _TALK_TOGETHER and talked_together(tok):
            return "phone" if _remote(tok) else "meet"  # "X and Y spoke directly", "X and Y spent days negotiating"
        if lemma in TOPIC_VERBS or talked_about(tok):
            return "topic"  # "discussed X", "The two leaders talked about X"
        return None
    if lemma in HOST_VERBS:
        return "host" if _hosts_someone(tok) else None
    if lemma in PHONE_VERBS:
        if lemma == "call" and not is_phone_call(tok):
            return "visit" if calls_on_person(tok) else None
        return "phone"
    if lemma in VISIT_VERBS:
        return "visit"
    if lemma in TRAVEL_VERBS:
        return "trip"
    if lemma in IN_PERSON_VERBS and tells_gathering(tok):
        return "attend"  # "X told delegates that ...", "Y urged the summit to act": X and Y were there
    if lemma in IN_PERSON_VERBS and ((by_phone := told_by_phone(tok)) or in_person(tok) or delivered_on_trip(tok)):
        return "phone" if by_phone else "meet"  # "told X by phone", "told X in person", "flew to Moscow to present the plan to X"
    return None


def _raised_with(verb: Token) -> bool:
    """"raised X with Y", "brought up X with Y": a matter put to a person (not "raised funds")."""
    if verb.lemma_.lower() == "bring" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in children_of(verb)):
        return False
    return any(c.dep_ == "dobj" for c in children_of(verb)) and with_person(verb)


def _nominal(tok: Token) -> bool:
    """A noun, or a word in a noun's slot ("held a bilateral": the tagger may say adjective)."""
    if tok.pos_ in {"NOUN", "PROPN"} or tok.tag_.startswith("NN"):
        return True
    return tok.pos_ == "ADJ" and tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}


def _classify_noun(tok: Token, lemma: str) -> str | None:
    if _in_setting(tok):
        return None
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in _OFFICER_NOUNS:
        return None  # "Xi Jinping, the summit host", "the talks chief": a person, not a meeting told
    if tok.is_title and tok.ent_type_ in {"ORG", "EVENT", "WORK_OF_ART", "FAC", "LAW"} and not tok.is_sent_start and not summit_name(tok):
        return None  # part of a name ("the United Nations Conference on Environment and Development")
    if lemma == "talk" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_ == "be":
        if not _counterpart_pp(tok, allow_to=False):
            return None  # "X and Y were in talks to join": talks with someone unnamed
    compounds = {c.lower_ for c in children_of(tok) if c.dep_ in {"compound", "amod"}}
    if (lemma == "conference" and compounds & NOT_MEETING_COMPOUNDS and "joint" not in compounds) or (lemma in {"talk", "negotiation"} and compounds & {"membership", "accession"}):
        return None  # "a news conference" (not "a joint news conference with X"); "accession talks with X" are a process
    if lemma == "call" and "courtesy" in compounds:
        return "visit" if _visits_person(tok, "on") else None  # "paid a courtesy call on X" is in person
    if lemma == "call":
        received = tok.dep_ == "dobj" and tok.head.lemma_.lower() in {"receive", "take", "get", "return"}
        if compounds & REMOTE_WORDS or _counterpart_pp(tok, allow_to=False) or (received and any(c.dep_ == "prep" and c.lower_ == "from" for c in [*children_of(tok), *children_of(tok.head)])):
            return "phone"
        if told_in_call(tok) or pair_call(tok):
            return "phone"
        return None  # "calls from X" are demands
    if lemma in NEEDS_COUNTERPART and not _counterpart_pp(tok, allow_to=False):
        if not (compounds & REMOTE_WORDS or held_by_several(tok) or session_of_body(tok) or joined_by(tok) or sitting_hosted(tok) or focus_of_told(tok)):
            return None
    if lemma == "talk" and tok.tag_ == "NN" and not _counterpart_pp(tok, allow_to=False):
        return None
    if lemma == "summit":
        return "phone" if compounds & REMOTE_WORDS else "summit"
    if compounds & REMOTE_WORDS or lemma in {"videoconference", "teleconference", "phonecall"}:
        return "phone"
    return "meet"


def _agreed_together(verb: Token) -> bool:
    """Two people coordinated as the subject agreed to do something ("X and Y agreed to set up a
    commission"), not "agreed that ..." (a shared view) nor an agreement by phone or letter."""
    if verb.dep_ not in {"ROOT", "conj"} or not any(c.dep_ == "xcomp" for c in children_of(verb)):
        return False
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    subjects += [a for c in subjects for a in children_of(c) if a.dep_ == "appos"]  # "ALGIERS (AFP) - X and Y agreed"
    if not any((any(g.dep_ == "conj" for g in children_of(c)) and people_in(c) >= 2) or _members_of_body(c) for c in subjects):
        return False  # tested first: the walk below covers the whole sentence
    # "agreed ... at their first meeting", "after talks": the meeting noun tells the meeting; "by phone": no meeting
    return not any(t.lower_ in REMOTE_WORDS or t.lemma_.lower() in MEETING_NOUNS | {"letter", "statement", "talks"} for t in verb.subtree)


def _members_of_body(noun: Token) -> bool:
    """"Foreign ministers of the OIC", "ASEAN leaders": the members of a body, who agree together
    only when they meet."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in {"minister", "leader", "head"}:
        return False
    owners = [p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
    owners += [c for c in children_of(noun) if c.dep_ in {"poss", "compound"}]
    return any(o.ent_type_ == "ORG" for o in owners)








def _in_setting(tok: Token) -> bool:
    """True for "the APEC summit" in "on the sidelines of the APEC summit": a setting, not a meeting."""
    head = tok
    for _ in range(4):
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _SETTING_WORDS:
            return True
        if head.dep_ not in {"pobj", "prep", "conj"} or head.head.i == head.i:
            return False
        head = head.head
    return False


def _remote(tok: Token) -> bool:
    for child in tok.subtree:
        if child.lower_ in REMOTE_WORDS and child.head.i in {tok.i} | {c.i for c in children_of(tok)}:
            return True
    return False


def _actor_like(tok: Token) -> bool:
    """Could this noun phrase name a person, state or organisation?"""
    if tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    if tok.pos_ == "PRON":
        # "he was received by X": the subject of a passive too
        return tok.lower_ in {"him", "her", "them", "us", "me", "you", "each", "both"} or (tok.dep_ == "nsubjpass" and tok.lower_ in {"he", "she", "they", "we"})
    lemma = tok.lemma_.lower()
    return lemma in PEOPLE_WORDS or tok.lower_ in PEOPLE_WORDS or lemma in COLLECTIVE_NOUNS or any(c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} and c.dep_ == "appos" for c in children_of(tok))


def _hosts_someone(tok: Token) -> bool:
    """"hosted X" / "was received by X" / "hosted the talks", not "hosted the peace process"."""
    if verb_read_as_modifier(tok):
        return _actor_like(tok.head)  # "X hosted leaders ..." parsed as "(X-)hosted leaders"
    if tok.dep_ == "acl":
        # "X, hosted by Y": a visit; "a meeting hosted by Y" is the meeting noun's own phrase,
        # "a program hosted by Y" no meeting at all
        return person_like(tok.head)
    if any(c.dep_ == "auxpass" for c in children_of(tok)):
        if tok.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in children_of(tok)):
            return any(c.dep_ == "nsubj" and _actor_like(c) for c in children_of(tok.head))  # "X held talks ... and was then received by Y"
        if tok.dep_ == "xcomp" and not any(c.dep_ == "nsubjpass" for c in children_of(tok)):
            raiser = tok.head.head if tok.head.pos_ == "ADJ" else tok.head  # "X is due (expected) to be received by Y"
            return any(c.dep_ in {"nsubj", "nsubjpass"} and _actor_like(c) for c in children_of(raiser))
        return any(c.dep_ == "nsubjpass" and _actor_like(c) for c in children_of(tok))  # "X was received by Y", not "the deal was welcomed"
    for child in children_of(tok):
        if child.dep_ == "dobj":
            lemma = child.lemma_.lower()
            return _actor_like(child) or lemma in MEETING_NOUNS or lemma in EVENT_NOUNS or child.lower_ in {"talks", "meetings"}
    return False


def _joins_person(tok: Token) -> bool:
    """"joined X and other leaders in Rio", not "joined NATO" nor "joined X in calling for Y"."""
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" or g.tag_ == "VBG" for g in children_of(c)) for c in children_of(tok)):
        return False
    if any(c.dep_ == "auxpass" for c in children_of(tok)):
        # "X and Y were joined by Z": people on both sides of the passive
        agents = _agents(tok)  # "X was joined at a lunch by Y": the parser may hang "by" on the lunch
        subjects = joined_ones(tok)  # "The Kenyan president was joined by X": a description of one person joined by a named one
        # "joined by their delegations, including X and Y": the people the list names
        listed = [q for p in agents for c in children_of(p) if c.dep_ == "prep" and c.lower_ == "including" for q in children_of(c) if q.dep_ == "pobj"]
        return any(people_in(c) or person_like(c) or c.lower_ in {"he", "she", "they"} for c in subjects) and any(people_in(p) or person_like(p) for p in [*agents, *listed])
    return any(c.dep_ == "dobj" and (people_in(c) or c.lower_ in {"him", "her"}) for c in children_of(tok))  # "is to join him at the game"


def _sat_with(tok: Token) -> bool:
    """"X sat with A, B and C" (not "sat down with"): seated beside people at a gathering told before."""
    with_people = any(c.dep_ == "prep" and c.lower_ == "with" and any(people_in(p) for p in children_of(c) if p.dep_ == "pobj") for c in children_of(tok))
    return with_people and not any(c.lower_ == "down" for c in children_of(tok))


def joined_ones(tok: Token) -> list[Token]:
    """The ones "joined" joins: the object of "Y joined X", the subject of "X was joined by Y", or
    that of the clause "before being joined by Y" hangs on ("X talked for hours before being joined by Y")."""
    if not any(c.dep_ == "auxpass" for c in children_of(tok)):
        return [c for c in children_of(tok) if c.dep_ == "dobj"]
    found = [c for c in children_of(tok) if c.dep_ == "nsubjpass"]
    if not found and tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        found = [c for c in children_of(tok.head.head) if c.dep_ == "nsubj"]
    return found


def _visits_person(tok: Token, prep: str) -> bool:
    """"a visit to X" / "a courtesy call on X" where X is a person, not a place."""
    return any(
        child.dep_ == "prep" and child.lower_ == prep and any(p.dep_ == "pobj" and (people_in(p) or person_like(p)) for p in children_of(child))
        for child in children_of(tok)
    )


def _represents(tok: Token) -> bool:
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(tok))
    if passive:
        return any(c.dep_ == "agent" and any(person_like(p) for p in children_of(c) if p.dep_ == "pobj") for c in children_of(tok))
    return any(c.dep_ == "nsubj" and person_like(c) for c in children_of(tok)) and any(
        c.dep_ == "dobj" and c.ent_type_ in {"GPE", "NORP", "ORG"} for c in children_of(tok)
    )
