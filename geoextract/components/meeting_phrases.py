"""Phrase helpers of :class:`.meeting_participants.ParticipantFinder`: governing verbs, passive agents, prepositions, lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .meeting_lexicon import (
    EVENT_NOUNS,
    IN_PERSON_VERBS,
    MEET_VERBS,
    MEETING_NOUNS,
    REMOTE_PP_NOUNS,
    SETTING_NOUNS,
    TOPIC_PREPS,
)
from .meeting_syntax import children_of, free_relative_head, participle_misread, participle_object

if TYPE_CHECKING:
    from .meeting_actors import DocActors

_LIST_PREPS = frozenset({"including", "like"})
#: Prepositions whose meeting noun is the setting of what the verb states ("told X at talks").
_ADJUNCT_PREPS = frozenset({"in", "at", "during", "over", "on", "by"})
_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "csubj", "parataxis", "acl"})
_PASSIVE_MARKERS = frozenset({"nsubjpass", "auxpass"})
_BEFORE_PREPS = frozenset({"before", "since", "until", "till"})
#: Nouns of a number of meetings ("a series of talks", "a string of bilateral meetings").
_SERIES_NOUNS = frozenset({"series", "string", "flurry", "number", "couple", "pair", "raft", "slew", "host", "round"})

#: Predicative words of someone being at a meeting ("due at the summit", "present at the talks").
_PRESENCE_WORDS = frozenset({"due", "present"})


def governing_verb(noun: Token) -> tuple[Token | None, str]:
    """The verb a meeting noun depends on and how: ``"dobj"``, ``"nsubj"`` or ``"prep"``."""
    if (holder := participle_misread(noun)) is not None:
        return holder, "dobj"  # "will hold talks on Saturday focused on trade"
    via = ""
    cur = noun
    for _ in range(7):
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and (cur.head.head.lemma_.lower() in _SERIES_NOUNS or cur.head.head.lemma_.lower() in MEASURE_NOUNS):
            cur = cur.head.head  # "held a series of meetings", "held seven hours of talks with X": the meetings are the object
        dep = cur.dep_
        if dep in {"nsubj", "nsubjpass"}:
            via = via or dep
        elif dep in {"dobj", "attr", "oprd"}:
            via = via or "dobj"
        elif dep in {"pobj", "pcomp", "prep", "agent"}:
            via = "prep" if via in {"", "prep"} else via
        elif dep == "acomp" and cur.lower_ in _PRESENCE_WORDS and via == "prep":
            pass  # "X and Y are due at the summit": the copula's subject is at the meeting
        elif dep not in {"appos", "conj", "compound", "npadvmod", "nmod", "dep", "poss"}:
            return None, ""
        head = cur.head
        if head.i == cur.i:
            return None, ""
        if head.lower_ == "according":  # "according to a readout of the call": a preposition, whatever its tag
            cur = head
            continue
        if head.lower_ in _LIST_PREPS and head.dep_ == "prep":  # "his engagements, including talks with X": the list's noun
            if (cur := head.head).pos_ in {"VERB", "AUX"}:
                return cur, "dobj"  # "held several meetings, including talks with X"
            continue
        if head.pos_ in {"VERB", "AUX"} or head.tag_.startswith("VB"):
            outer = free_relative_head(head)
            if outer is not None and (via in {"", "dobj"} or cur.lower_ == "as"):
                return outer, "dobj"  # "X and Y held what officials called a summit", "... described as talks"
            if _told_before_comma(cur, head):
                return _teller(head), "prep"
            return head, via or "prep"
        cur = head
    return None, ""


def _told_before_comma(prep: Token, verb: Token) -> bool:
    """"X told Y that the killing must stop, at a crisis meeting": the parser hangs the phrase
    after the comma on the reported clause; the telling happened at the meeting."""
    teller = _teller(verb)
    return (
        prep.dep_ == "prep" and prep.lower_ in {"at", "during"} and teller is not None and prep.i > 0
        and prep.doc[prep.i - 1].text == "," and teller.lemma_.lower() in IN_PERSON_VERBS | {"say"}
    )


def _teller(clause: Token) -> Token | None:
    """The verb of telling a reported clause hangs on: its head, or the head of the person told
    when the parser hangs "that ..." on that person ("told Y on Saturday that ...")."""
    if clause.dep_ == "ccomp":
        return clause.head
    if clause.dep_ == "acl" and clause.head.dep_ == "dobj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause)):
        return clause.head.head
    return None


def _time_reference(noun: Token, verb: Token) -> bool:
    """True for a meeting noun that only dates the verb's event: "before the summit", "ahead of talks", "after X's talks"."""
    cur, owned = noun, any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in children_of(noun))
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and (cur.lower_ in _BEFORE_PREPS or (cur.lower_ == "after" and owned) or (cur.lower_ == "of" and cur.head.lower_ in {"ahead", "prior"})):
            return True
        cur = cur.head
    return False


#: Records of what was said at a meeting ("according to a readout of the call").
_READOUT_NOUNS = frozenset({"readout", "account", "summary", "transcript"})
#: Prepositions of what one tells another ("informed X of Y", "briefed X on Y").
_TELL_PREPS = frozenset({"of", "on", "about"})


def _adjunct(noun: Token, verb: Token) -> bool:
    """True for a meeting noun in a verb's "in/at/during/over ..." phrase ("told X at a meeting")."""
    cur = noun
    while cur.head.i != verb.i:
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _READOUT_NOUNS and cur.head.head.head.lower_ == "to":
            return True  # "warned Y ..., according to a readout of a video call": the call is where it was told
        if cur.dep_ == "prep" and cur.lower_ in _ADJUNCT_PREPS and cur.head.dep_ == "pobj" and cur.head.head.lower_ in _TELL_PREPS:
            return True  # "informed X of his decision in phone calls": the parser hangs the adjunct on the news told
        if cur.dep_ == "prep" and _told_before_comma(cur, cur.head) and (teller := _teller(cur.head)) is not None and teller.i == verb.i:
            break  # "told X that ..., at a meeting"
        if cur.dep_ == "prep" and cur.lower_ in _ADJUNCT_PREPS and cur.head.dep_ == "dobj" and cur.head.head.i == verb.i and cur.head.ent_type_ == "PERSON":
            return True  # "told X at a summit that ...": the parser hangs the adjunct on the person told
        if cur.dep_ not in {"pobj", "compound", "conj", "appos"} or cur.head.i == cur.i:
            return False
        cur = cur.head
    return cur.dep_ == "prep" and cur.lower_ in _ADJUNCT_PREPS


def _predicative(verb: Token, inner: Token | None) -> bool:
    """"X was the main issue, in their meeting": a copula's subject is described, it meets no one."""
    if inner is None or verb.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and c.pos_ == "NOUN" and not (c.left_edge.i <= inner.i <= c.right_edge.i) for c in children_of(verb))


def _is_meeting_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in MEETING_NOUNS or lemma in EVENT_NOUNS or tok.lower_ in {"talks", "meetings"}


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in _PASSIVE_MARKERS for c in children_of(verb)) or (verb.tag_ == "VBN" and verb.dep_ in {"acl", "conj", "advcl"} and any(c.dep_ == "agent" for c in children_of(verb)))


def _preps_under(tok: Token) -> list[Token]:
    """Prepositions in ``tok``'s phrase, not inside clauses or other meeting nouns."""
    found: list[Token] = []
    stack = list(children_of(tok))
    while stack:
        cur = stack.pop()
        if cur.dep_ in _CLAUSE_DEPS or (cur.dep_ == "conj" and cur.pos_ in {"VERB", "AUX"}):
            continue
        if cur.dep_ == "prep":
            found.append(cur)
        if cur.i != tok.i and _is_meeting_noun(cur):
            continue
        if cur.dep_ in {"prep", "pobj", "dobj", "advmod", "npadvmod", "compound", "amod", "pcomp", "appos"} or cur.lower_ == "along":
            stack.extend(children_of(cur))
        elif cur.dep_ == "agent" and any(c.lemma_.lower() in REMOTE_PP_NOUNS for c in children_of(cur)):
            stack.extend(children_of(cur))  # "spoke by video with X": the parser may make "by" an agent
    if tok.dep_ == "dobj" and _is_meeting_noun(tok):  # "follows a meeting in Paris on Dec. 9 between X and Y": hung on the verb
        found.extend(c for c in children_of(tok.head) if c.dep_ == "prep" and c.lower_ == "between" and c.i > tok.i)
    return sorted(found, key=lambda t: t.i)


#: Matters that have a party of their own ("the war with Hamas", "relations with China").
_PARTIED_MATTERS = frozenset({"war", "conflict", "dispute", "fighting", "tension", "relation", "tie", "row", "standoff", "feud", "rift", "confrontation", "clash", "hostility"})


def topic_party(prep: Token) -> bool:
    """"held talks on the war with Hamas": a "with" on a matter that has a party of its own, told
    as the topic, names a party to the matter, not to the talks (the parser hangs the talks'
    company on other topics: "held talks on trade with X")."""
    head = prep.head
    return prep.lower_ == "with" and head.dep_ == "pobj" and head.head.lower_ in TOPIC_PREPS | {"as", "amid", "despite"} and head.lemma_.lower() in _PARTIED_MATTERS  # "as a row with X followed him"


def _list_preps(tok: Token) -> list[Token]:
    """"including X" phrases inside a group's noun phrase ("ministers of six powers, including X")."""
    found = []
    for sub in tok.subtree:
        if sub.dep_ == "prep" and (sub.lower_ in _LIST_PREPS or _together_with(sub)):
            cur = sub
            while cur.i != tok.i and cur.dep_ not in _CLAUSE_DEPS:
                cur = cur.head
            if cur.i == tok.i:
                found.append(sub)
    return found


def _together_with(prep: Token) -> bool:
    """"X, together with Y" / "X, along with Y": Y belongs to X's list."""
    if prep.lower_ != "with":
        return False
    return any(c.lower_ in {"together", "along"} for c in children_of(prep)) or prep.head.lower_ in {"together", "along"}


def _preceding_person(verb: Token, actors: DocActors) -> str | None:
    """The person in "..., X, said" where the parser left the verb without a subject."""
    start = actors.sentence(verb).start
    i = verb.i - 1
    while i >= start and verb.doc[i].dep_ in {"aux", "neg", "advmod", "auxpass"}:
        i -= 1
    if i < start:
        return None
    if verb.doc[i].text != ",":
        # "On Friday X held talks": the parser read "Friday X" as the object of "On", leaving the verb without a subject
        before = verb.doc[i]
        eid = actors.actor_at(before)
        if eid is None or not actors.info[eid].is_person or verb.tag_ not in {"VBD", "VBZ", "VBP"} or before.dep_ not in {"pobj", "compound", "npadvmod"}:
            return None
        return eid
    eid = actors.actor_at(verb.doc[i - 1]) if i - 1 >= start else None
    return eid if eid is not None and actors.info[eid].is_person else None


def fronted_list(verb: Token) -> list[Token]:
    """"Hours earlier in Kabul, X and Y met Z": the parser hangs the subject list on the fronted
    place (or day) as its conjuncts, leaving the verb without a subject."""
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is None or prev.ent_type_ != "PERSON" or prev.dep_ != "conj":
        return []
    first = prev
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj" or first.ent_type_ not in {"GPE", "LOC", "FAC", "DATE"} or (first.head.head.i != verb.i and first.head.head.head.i != verb.i):
        return []
    return [t for t in first.subtree if t.dep_ == "conj" and t.ent_type_ == "PERSON" and t.i < verb.i]


def noun_sources(noun: Token, family: str) -> list[Token]:
    """Where a meeting noun's people are told: its own dependents; "took a call on Sunday from
    X" (the parser hangs "from X" on the verb); "Their last contact was a telephone call" (the
    possessor of the meeting word the call is said to be)."""
    callers = [p for c in children_of(noun.head) if c.dep_ == "prep" and c.lower_ == "from" for p in coordinated_preps(c)] if family == "phone" and noun.dep_ == "dobj" else []
    owners: list[Token] = []
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subjects = [c for c in children_of(noun.head) if c.dep_ == "nsubj" and c.lemma_.lower() in MEETING_NOUNS]
        owners = [p for s in subjects for p in children_of(s) if p.dep_ == "poss"]
    return [*children_of(noun), *callers, *owners]


def verb_inclusions(verb: Token) -> list[Token]:
    """"hosted regional leaders on Saturday, including X and Y" (the parser hangs "including" on
    the verb), "hosted the leaders, who included X and Y": the people named out of the group the
    verb's plural object names; "sat down with executives, among them X and Y" (the parser hangs
    X on the verb, "among them" on X)."""
    among = [
        c for c in children_of(verb)
        if c.dep_ in {"dep", "npadvmod", "appos"} and any(a.dep_ == "prep" and a.lower_ == "among" and any(t.lower_ == "them" for t in children_of(a)) for a in children_of(c))
    ]
    if not any(c.dep_ == "dobj" and (c.tag_ in {"NNS", "NNPS"} or c.lower_ == "them") for c in children_of(verb)):
        return among
    found = [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "including" for p in children_of(c) if p.dep_ == "pobj"]
    relcls = [r for o in children_of(verb) if o.dep_ == "dobj" for r in children_of(o) if r.dep_ == "relcl" and r.lemma_.lower() == "include"]
    return among + found + [o for r in relcls for o in children_of(r) if o.dep_ == "dobj"]


#: Plurals of encounters had with one counterpart at a time ("calls with X and Y" are two calls).
_ONE_TO_ONE_PLURALS = frozenset({"calls", "meetings", "conversations", "bilaterals"})


def _separate(tok: Token) -> bool:
    """"separate talks with X and Y", "bilateral meetings with X and Y", "calls with X and Y": one
    meeting per counterpart."""
    if tok.lower_ in {"meetings", "bilaterals"} and any(c.dep_ == "amod" and c.lower_ in {"bilateral", "one-on-one"} for c in children_of(tok)):
        return True
    if tok.lower_ in _ONE_TO_ONE_PLURALS and tok.tag_ == "NNS":
        return True  # "held calls with X, Y and Z": a call with each, as one call cannot be several
    if any(c.lower_ in {"separate", "separately", "individual", "individually"} for c in children_of(tok)):
        return True
    return tok.pos_ == "VERB" and any(  # "saw X and, separately, Y": the adverb hangs on a later name of the verb's list
        g.lower_ == "separately" and g.head.pos_ == "PROPN" for c in children_of(tok) if c.dep_ in {"dobj", "npadvmod", "prep"} for g in c.subtree
    )


def _has_both(tok: Token) -> bool:
    return any(c.lower_ == "both" and c.dep_ in {"preconj", "det", "predet"} for c in children_of(tok))


def also_met(verb: Token) -> bool:
    """"During the visit, X also met A and B": calls on further people of the trip, one each."""
    return verb.lemma_.lower() == "meet" and any(c.dep_ == "advmod" and c.lower_ == "also" for c in children_of(verb))


#: Nouns that measure talks ("four hours of talks", "nine rounds of negotiations").
MEASURE_NOUNS: frozenset[str] = frozenset({"hour", "day", "week", "month", "year", "round", "session", "minute"})


def measured_participles(noun: Token, verbs: frozenset[str]) -> list[Token]:
    """"after four hours of talks between X and Y, mediated by Z": the participle hangs on the measure.

    Participles of ``verbs`` after a comma on the measure noun that governs ``noun`` through "of".
    """
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_.lower() not in MEASURE_NOUNS:
        return []
    measure = noun.head.head
    return [c for c in children_of(measure) if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i and c.nbor(-1).text == "," and c.lemma_.lower() in verbs]



def coordinated_preps(prep: Token) -> list[Token]:
    """``prep`` and the same preposition coordinated with it ("with X, and with Y"), in text order."""
    found = [prep]
    for child in children_of(prep):
        if child.dep_ == "conj" and child.lower_ == prep.lower_:
            found.extend(coordinated_preps(child))
    return sorted(found, key=lambda t: t.i)


def verb_with_preps(verb: Token, words: frozenset[str]) -> list[Token]:
    """The prepositions in ``words`` that give ``verb`` its company, each with its coordinated twins.

    Besides a plain "met with X", the parser hangs a repeated preposition on the verb as a
    conjunct ("held talks with X, and with Y") and puts the preposition under "including"
    ("held talks, including with X and with Y").
    """
    found: list[Token] = []
    for child in children_of(verb):
        if child.lower_ not in words and child.lower_ != "including":
            continue
        if child.dep_ == "prep" and child.lower_ in words:
            found.extend(coordinated_preps(child))
        elif child.dep_ == "conj" and child.pos_ == "ADP" and child.lower_ == "with":
            found.extend(coordinated_preps(child))
        elif child.dep_ == "prep":  # "including with X and with Y"
            found.extend(p for g in children_of(child) if g.dep_ == "prep" and g.lower_ == "with" for p in coordinated_preps(g))
    return sorted(dict.fromkeys(found), key=lambda t: t.i)


def one_each(per_prep: list[list[str]], noun: Token | None = None, prep: str = "with") -> list[str]:
    """"talks with X and with Y": a repeated preposition tells one meeting with each of its objects;
    "calls between A and B and C" (one-to-one plurals, :func:`_separate`): A's call with each.

    The ids each preposition added, when two or more added exactly one each; else ``[]``.
    """
    added = [ids for ids in per_prep if ids]
    if prep == "between":
        return added[0][1:] if len(added) == 1 and len(added[0]) >= 3 and noun is not None and _separate(noun) else []
    return [ids[0] for ids in added] if len(added) >= 2 and all(len(ids) == 1 for ids in added) else []


def _participle_clause(verb: Token) -> bool:
    """A gerund clause ("..., telling him X"): its subject is its head's, never a name before the comma."""
    return verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp"} and verb.head.i != verb.i


def _setting_preps(verb: Token) -> list[Token]:
    """Prepositions hung on the setting of ``verb`` ("on the sidelines with X")."""
    return [
        prep
        for child in children_of(verb)
        if child.dep_ == "prep"
        for pobj in children_of(child)
        if pobj.dep_ == "pobj" and pobj.lower_ in SETTING_NOUNS
        for prep in children_of(pobj)
        if prep.dep_ == "prep"
    ]

def _object_read_as_subject(verb: Token) -> list[Token]:
    """"X held talks with Y, and later met Z": the parser may read Z, after the second verb, as
    its subject; English puts no subject there, so Z is the one met and X the one meeting."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in MEET_VERBS or any(c.dep_ == "dobj" for c in children_of(verb)):
        return []
    return [c for c in children_of(verb) if c.dep_ == "nsubj" and c.i > verb.i]


#: Nouns of a stretch of time ("days before", "hours after").
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def objects_read_as_adverbs(verb: Token) -> list[Token]:
    """"hosted President X, President Y and Z": the parser may read the list's later names as
    an adverbial phrase of the verb; a person there, after the object, is one more object. With
    no object, a name right after the verb that the parser hung on a time noun is the object."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if not objects and (misread := participle_object(verb)):
        return misread  # "met ousted Prime Minister X"
    if not objects:
        doc = verb.doc  # "meeting Frank Bainimarama days before Wang arrived": the name read as a modifier of the time
        return [
            t for t in doc[verb.i + 1 : min(len(doc), verb.i + 8)]
            if t.dep_ == "compound" and t.ent_type_ == "PERSON" and t.head.lemma_.lower() in _TIME_UNITS and t.head.dep_ == "npadvmod" and t.left_edge.i == verb.i + 1
        ][:1]
    end = objects[0].right_edge.i  # the list goes on right after the object: "X, Y and Z"
    return [
        c
        for c in children_of(verb)
        if c.dep_ == "npadvmod" and c.ent_type_ == "PERSON" and c.left_edge.i == end + 2 and c.doc[end + 1].text == ","
        and any(g.dep_ == "conj" and g.ent_type_ == "PERSON" for g in children_of(c))
    ]


def detached_name(tok: Token) -> Token | None:
    """"alongside host X, Brazil's Y and Z": the parser may end a phrase at a bare title noun
    and hang the name written right after it elsewhere in the sentence. The head of that
    name, when it is not inside ``tok``'s own phrase nor the subject of a clause; None
    otherwise.

    Example:
        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["spoke", "alongside", "host", "Luis", "Pou"], heads=[0, 0, 1, 4, 0],
        ...           deps=["ROOT", "prep", "pobj", "compound", "npadvmod"], pos=["VERB", "ADP", "NOUN", "PROPN", "PROPN"],
        ...           ents=["O", "O", "O", "B-PERSON", "I-PERSON"])
        >>> detached_name(doc[2]).text
        'Pou'
    """
    doc = tok.doc
    if tok.ent_type_ or tok.pos_ != "NOUN" or tok.i + 1 >= len(doc):
        return None
    if any(c.dep_ not in {"compound", "amod"} for c in children_of(tok)):
        return None
    first = doc[tok.i + 1]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    name = doc[first.i : _name_end(first)].root
    if tok.left_edge.i <= name.i <= tok.right_edge.i:
        return None  # the parser kept the name in the phrase
    if name.dep_ in {"nsubj", "nsubjpass", "ROOT"}:
        return None  # "alongside delegates X had praised": the name starts a clause of its own
    return name


def detached_names(tok: Token) -> list[Token]:
    """"along with former presidents A, B and C": after a plural title noun, the heads of the
    names the parser detached (see :func:`detached_name`), the listed ones after the first too;
    ``[]`` where no name was detached."""
    first = detached_name(tok)
    if first is None:
        return []
    if tok.tag_ != "NNS":
        return [first]
    doc, names = tok.doc, [first]
    end = _name_end(first)
    while end < len(doc):
        nxt = end
        while nxt < len(doc) and doc[nxt].lower_ in {",", "and"}:
            nxt += 1
        if nxt == end or nxt >= len(doc) or doc[nxt].ent_type_ != "PERSON" or doc[nxt].ent_iob_ != "B":
            break
        end = _name_end(doc[nxt])
        names.append(doc[nxt:end].root)
    return names


def _name_end(start: Token) -> int:
    """The index after the name entity that begins at ``start``."""
    doc, end = start.doc, start.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def listed_before(actors: DocActors, subject: Token) -> list[str]:
    """"Foreign Minister A and Defence Minister B also took part": persons listed right before
    the subject ``B`` ("and" or a comma, titles between) whom the parser lost, as it may on
    names it does not know (it read "Andrii" as a verb with "Sybiha" its object).

    A name that is the subject or object of a verb outside the list is no part of it
    ("X met A and President B visited Kyiv").
    """
    doc = subject.doc
    found: list[str] = []
    if subject.ent_type_ != "PERSON":
        return found
    start = subject.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # the first word of the subject's name
    while start > 1:
        k = _before_titles(doc, start - 1)
        if doc[k].lower_ not in {"and", ","} or doc[k - 1].ent_type_ != "PERSON":
            break
        end = k  # the earlier name ends before the conjunction
        first = end - 1
        while first > 0 and doc[first - 1].ent_type_ == "PERSON" and doc[first].ent_iob_ == "I":
            first -= 1
        name = doc[first:end].root
        if name.head.pos_ in {"VERB", "AUX"} and not first <= name.head.i < subject.i:
            break  # the earlier name belongs to a verb of its own
        if first > 0 and doc[_before_titles(doc, first - 1)].pos_ in {"VERB", "AUX", "ADP"}:
            break  # "Kyiv thanked Minister A and Minister B took part": A is the object of the verb
        eid = actors.actor_at(name)
        if eid is None or not actors.info[eid].is_person or eid in found:
            break
        found.append(eid)
        start = first
    return found


def _before_titles(doc: Doc, k: int) -> int:
    """The index of the first word left of ``k`` (inclusive) that is no title word ("Foreign
    Minister", "Ukrainian"), looking at most four words back."""
    titles = 0
    while k > 0 and titles < 4 and doc[k].ent_type_ in {"", "NORP"} and doc[k].is_title and doc[k].pos_ in {"PROPN", "NOUN", "ADJ"}:
        k, titles = k - 1, titles + 1
    return k
