"""Verbs of calling and negotiating read apart from the meeting words around them.

"X called Y" is a phone call; "called off", "called for", "called the idea absurd", "called Y
to testify" are not, while "called Y to condemn the attack" and "called Y later on Monday" are.
"X called on President Y" is a courtesy visit (:func:`calls_on_person`); "their last call was on
Friday" a call of the pair told before (:func:`pair_call`).
"X, who is also negotiating with A, B and C, said ...": a process under way, no talks held.
Also whether a noun phrase could name a person ("Qatar's emir", "him"), which the call's object
and the other trigger tests need.
"""

from __future__ import annotations

from spacy.tokens import Token

from .meeting_lexicon import TALK_VERBS, TOPIC_VERBS
from .meeting_syntax import children_of, rootless
from .meeting_together import PEOPLE_WORDS

#: Particles and complements after "call" that make it no phone call ("called off", "called for").
_CALL_NOT_PHONE_PRT = frozenset({"off", "on", "for", "up", "out", "in", "back", "upon", "into"})
_CALL_NOT_PHONE_DEPS = frozenset({"dative"})

#: "called X to testify", "called the ambassador to explain": summoned, not a call made to say something.
_SUMMONED_TO = frozenset({"testify", "appear", "resign", "explain"})


def is_phone_call(tok: Token) -> bool:
    """"called X" is a phone call; "called off", "called for", "called the idea absurd" are not."""
    if tok.dep_ in {"amod", "acl"} and tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in children_of(tok)):
        return False  # "the so-called X", "a group called X"
    for child in children_of(tok):
        if child.dep_ == "prt" and child.lower_ in _CALL_NOT_PHONE_PRT:
            return False
        if child.dep_ in _CALL_NOT_PHONE_DEPS:
            return False
        if child.dep_ == "prep" and (child.lower_ in {"for", "upon"} or (child.lower_ == "on" and not child.n_rights)):
            return False  # "called for talks"; "call on Y" where the parser makes Y the object: a visit
    # "called Y on Monday, and the two discussed trade": a clause the parser read as an object
    # ("the two-discussed trade"), with the verb as the object's adjective
    objects = [c for c in children_of(tok) if c.dep_ == "dobj" and not any(a.dep_ == "amod" and a.tag_ == "VBD" and a.lemma_.lower() in TOPIC_VERBS for a in children_of(c))]
    complements = [c for c in children_of(tok) if c.dep_ in {"oprd", "attr", "acomp", "xcomp", "ccomp"}]
    # "called Y to condemn the attack": the call's purpose, not a predicate ("called him a liar");
    # "called Y later on Monday": an adverb the parser takes for a predicate
    complements = [
        c for c in complements
        if c.pos_ != "ADV" and not (c.dep_ == "xcomp" and c.lemma_.lower() not in _SUMMONED_TO and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)))
    ]
    if objects:
        obj = objects[0]
        if complements or any(c.dep_ in {"amod", "oprd", "acomp"} and c.i > obj.i for c in children_of(obj)):
            return False  # "called the idea absurd", "called him a liar"
        # "an alliance called One Israel" names something; a call has a caller and a person called
        return person_like(obj) and (any(c.dep_ == "nsubj" for c in children_of(tok)) or (tok.tag_ == "VBD" and rootless(tok)))
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(tok))
    if passive:
        return any(c.dep_ == "agent" for c in children_of(tok))  # "was called by X", not "is called X"
    if len(complements) == 1 and complements[0].dep_ == "oprd" and complements[0].ent_type_ == "PERSON":
        # "X called Prime Minister Y" parsed as a predicate (the subject perhaps hung on the dateline);
        # "X spoke with Y and then called Z": a verb coordinated with a clause that has a subject
        shared = tok.dep_ == "conj" and any(c.dep_ == "nsubj" for c in children_of(tok.head))
        return any(c.dep_ == "nsubj" for c in children_of(tok)) or (tok.tag_ == "VBD" and rootless(tok)) or shared
    return False


def person_like(tok: Token) -> bool:
    """Could this noun phrase name a person ("Qatar's emir", "him", "Tamim")?"""
    if tok.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(tok)):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in {"him", "her", "them", "each", "both"}
    return tok.lemma_.lower() in PEOPLE_WORDS or tok.lower_ in PEOPLE_WORDS


def negotiating_meanwhile(verb: Token) -> bool:
    """"X, who is also negotiating with A, B and C, said ...", "X and Y agreed to keep negotiating
    a deal": a process under way, told in passing with no day or place, not talks held (not "who
    is negotiating with Y in Oman")."""
    kept = verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in {"keep", "continue"}
    if not kept and (verb.dep_ != "relcl" or verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in {"VBZ", "VBP"} for c in children_of(verb))):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} or (t.dep_ == "pobj" and t.head.lower_ in {"in", "at", "on", "during"}) for t in verb.subtree)


#: Words that set one call of a pair among others ("their last call", "their first contact").
_CALL_ORDER_WORDS = frozenset({"last", "first", "previous", "latest", "earlier", "second", "third", "next"})


def pair_call(noun: Token) -> bool:
    """"Their last call was on Friday", "their last contact was a telephone call": a call of the
    pair told before, set among their others (not "their call for a ceasefire")."""
    holder = noun
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        holder = next((c for c in children_of(noun.head) if c.dep_ == "nsubj"), noun)  # "Their last contact was a call"
    demand = any((c.dep_ == "prep" and c.lower_ == "for") or c.dep_ in {"acl", "relcl"} for c in children_of(noun))  # "their last call for a truce"
    return not demand and any(c.dep_ == "poss" and c.lower_ == "their" for c in children_of(holder)) and any(
        c.dep_ == "amod" and c.lower_ in _CALL_ORDER_WORDS for c in children_of(holder)
    )


def calls_on_person(verb: Token) -> bool:
    """"X called on President Y" (to discuss Z): a courtesy visit; not "called on Y to resign" (a demand)."""
    # the verb's own "to" ("was due to call on Y") is no demand, nor one in a clause on Y ("Y,
    # whose government offered to host the talks")
    relatives = {t.i for c in verb.subtree if c.dep_ == "relcl" for t in c.subtree}
    if any(t.dep_ == "aux" and t.lower_ == "to" and t.head.i != verb.i and t.i not in relatives and t.head.lemma_.lower() not in TOPIC_VERBS | TALK_VERBS for t in verb.subtree):
        return False
    if any(c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon"} and not c.n_rights for c in children_of(verb)):
        return any(c.dep_ in {"dobj", "oprd"} and c.ent_type_ == "PERSON" for c in children_of(verb))  # the parser makes Y the object (or predicate)
    return any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} and any(p.dep_ == "pobj" and _named(p, verb) for p in children_of(c)) for c in children_of(verb))


def _named(title: Token, verb: Token) -> bool:
    """"call on Y", "call on parliament's Speaker, Y": a name, or a title with the name set beside
    it (which the parser may hang on the verb as its object)."""
    if title.ent_type_ == "PERSON" or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in children_of(title)):
        return True
    nxt = title.doc[title.i + 2] if title.i + 2 < len(title.doc) and title.doc[title.i + 1].text == "," else None
    return nxt is not None and nxt.ent_type_ == "PERSON" and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" and c.left_edge.i == nxt.i for c in children_of(verb))
