"""Verbatim noun phrases for meeting topics and places, cut from the dependency parse.

A phrase is the subtree of its head noun minus what tells other facts: clauses after a
comma, appositions, time phrases and prepositional phrases of company, time or venue. A
topic keeps more of its noun's modifiers than a place does: the restrictive clauses, reduced
relatives and infinitives that say which matter it is ("the upgrading of a free trade
agreement signed in 2008", "Argentina joining the Belt and Road Initiative", "a plan to lead
a police mission") and the partner of a relational noun ("relations with the West").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .meeting_lexicon import DELEGATION_NOUNS, PEOPLE_NOUNS, SETTING_NOUNS
from .meeting_syntax import children_of

CUT_PREPS = frozenset({"with", "at", "during", "by", "after", "before", "since", "following", "ahead", "amid", "until"})
_SKIP_CHILD_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "ccomp", "mark"})
_MEALS = frozenset({"lunch", "dinner", "breakfast", "coffee", "tea", "meal", "drink", "banquet"})
#: Nouns of a relation between two sides, whose "with" phrase names the other side
#: ("relations with the West", "cooperation with Russia"), not the company of the talks.
RELATION_NOUNS = frozenset(
    {
        "relation", "relations", "tie", "ties", "cooperation", "partnership", "dialogue", "trade",
        "agreement", "deal", "treaty", "pact", "border", "borders", "dispute", "conflict", "war",
        "peace", "alliance", "normalisation", "normalization", "rapprochement", "reconciliation",
        "integration", "engagement", "contacts", "friction", "tensions", "rift", "standoff",
    }
)
#: Verbs of a relative clause that tell how the meeting went, not which matter it was about
#: ("talks on trade that lasted two hours").
_EVENT_CLAUSE_VERBS = frozenset(
    {
        "last", "take", "end", "begin", "start", "open", "conclude", "run", "produce", "yield", "follow", "go",
        "stretch", "break", "collapse", "hold", "host", "chair", "attend", "convene", "mediate", "broker",
        "schedule", "plan", "set", "expect",
    }
)


def phrase(
    head: Token, *, cut_preps: frozenset[str] = CUT_PREPS, skip: Callable[[Token], bool] | None = None, topic: bool = False
) -> str:
    """The short verbatim noun phrase headed by ``head`` (cut at clauses, commas, side facts).

    Args:
        head: The phrase's head noun.
        cut_preps: Prepositions whose phrases tell other facts and are left out.
        skip: Further prepositions to leave out.
        topic: Keep what a topic keeps (restrictive clauses, reduced relatives, infinitives,
            the partner of a relational noun).

    Example:
        >>> import spacy  # doctest: +SKIP
        >>> doc = spacy.load("en_core_web_sm")("Talks focused on the crisis in Venezuela, officials said.")  # doctest: +SKIP
        >>> phrase(doc[4])  # doctest: +SKIP
        'the crisis in Venezuela'
    """
    return phrase_span(head, cut_preps=cut_preps, skip=skip, topic=topic).text.strip(" ,;:-—")


def phrase_span(
    head: Token, *, cut_preps: frozenset[str] = CUT_PREPS, skip: Callable[[Token], bool] | None = None, topic: bool = False
) -> Span:
    """The tokens of :func:`phrase` (before trimming its edge punctuation)."""
    doc = head.doc
    keep: set[int] = set()
    stack = [head]
    while stack:
        cur = stack.pop()
        keep.add(cur.i)
        nominal = cur.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}
        for child in children_of(cur):
            if child.dep_ in _SKIP_CHILD_DEPS and not (child.dep_ == "punct" and child.text in {"-", "–"} and not doc[child.i - 1].whitespace_):
                if not (topic and _topic_modifier(child)):
                    continue
            elif child.dep_ not in {"aux", "auxpass", "neg"} and (child.tag_ in {"VBD", "VBZ", "VBP"} or any(g.dep_ in {"nsubj", "nsubjpass"} for g in children_of(child))):
                continue  # a clause the parser hung on the noun ("Orban visited Kyiv")
            if child.ent_type_ in {"DATE", "TIME"} and child.dep_ in {"npadvmod", "tmod", "advmod"}:
                continue
            # a date on a noun tells when the talks were; on a verb inside the phrase it is part of it ("signed in 2008")
            if child.dep_ == "prep" and (nominal or not topic) and any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in children_of(child)):
                continue
            if child.dep_ == "prep" and (child.lower_ in cut_preps or (skip is not None and skip(child))):
                if not (topic and _partner(cur, child)):
                    continue
            if topic and child.dep_ == "prep" and child.lower_ in {"between", "among"} and _names_sides(child):
                continue  # "a troop withdrawal between Taliban negotiators and the U.S. envoy": the talks' sides
            if child.dep_ == "prep" and child.lower_ == "over" and any(g.lemma_.lower() in _MEALS for g in children_of(child)):
                continue  # "discussed X over lunch": the setting, not the topic
            if topic and child.dep_ == "prep" and child.lower_ in {"on", "at"} and any(g.dep_ == "pobj" and g.lower_ in SETTING_NOUNS for g in children_of(child)):
                continue  # "discussed the fighting in Aleppo on the sidelines": where, not what about
            if child.dep_ == "conj" and "as well as" in doc[max(0, child.left_edge.i - 4) : child.left_edge.i].text.lower():
                continue
            if child.dep_ == "cc" and child.lower_ == "as":
                continue
            if not topic and child.dep_ == "conj" and child.ent_type_ == "PERSON" and cur.ent_type_ in {"GPE", "LOC", "FAC"}:
                continue  # "in Kabul, X and Y met": the parser hangs the subjects on the place
            stack.append(child)
    start = end = head.i
    while start - 1 in keep or (start - 2 in keep and doc[start - 1].text == "," and start - 1 > min(keep)):
        start -= 1
    while end + 1 in keep or (end + 2 in keep and doc[end + 1].text == "," and _list_comma(doc, end + 1, keep)) or (
        end + 2 in keep and doc[end + 1].text in {"-", "–"} and not doc[end].whitespace_
    ):
        end += 1
    return doc[start : end + 1]


def _topic_modifier(child: Token) -> bool:
    """A modifier that says which matter a topic is, told without a comma before it:
    a list the parser read as an apposition ("trade, X and Y"), a restrictive relative clause
    ("trade deals that do not hurt U.S. workers"), a reduced relative ("an agreement signed
    in 2008", "Argentina joining the initiative") or an infinitive ("a plan to lead X")."""
    doc = child.doc
    left = child.left_edge.i
    if left == 0 or doc[left - 1].text in {",", ";", ":", "—", "–", "-", "("}:
        # "trade, the Eurasian Economic Union and X": a list member the parser hung as an apposition
        return child.dep_ == "appos" and any(c.dep_ == "conj" for c in children_of(child)) and child.head.pos_ != "PROPN"
    if child.dep_ == "relcl":
        relativiser = doc[left]
        # "ways to ease tensions": an infinitival relative
        # ("ways to end the conflict": an infinitive says which matter even with an event verb)
        return relativiser.lower_ == "to" or (relativiser.lower_ in {"that", "which", "who", "whose"} and child.lemma_.lower() not in _EVENT_CLAUSE_VERBS)
    if child.dep_ == "acl":
        if child.lemma_.lower() in _EVENT_CLAUSE_VERBS:
            return False  # "talks on trade held at the Great Hall": how the talks went, not what about
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child))
        # a participle with nothing of its own but a time or place ("trade signed", "trade held at X") says nothing
        filled = any(c.dep_ not in {"prep", "punct", "advmod", "npadvmod"} or (c.dep_ == "prep" and c.lower_ not in CUT_PREPS) for c in children_of(child))
        return infinitive or (child.tag_ in {"VBN", "VBG"} and filled)
    return False


def _partner(noun: Token, prep: Token) -> bool:
    """"relations with the West": the other side of a relational noun, not the talks' company."""
    if prep.lower_ != "with" or (noun.lemma_.lower() not in RELATION_NOUNS and noun.lower_ not in RELATION_NOUNS):
        return False
    return not any(g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or g.lemma_.lower() in DELEGATION_NOUNS | PEOPLE_NOUNS) for g in children_of(prep))


def _names_sides(prep: Token) -> bool:
    """A "between"/"among" phrase whose objects are people or delegations: who met, not what about."""
    objects = [g for g in children_of(prep) if g.dep_ == "pobj"]
    objects += [c for o in objects for c in o.subtree if c.dep_ == "conj"]
    return any(o.ent_type_ == "PERSON" or o.lemma_.lower() in DELEGATION_NOUNS | PEOPLE_NOUNS or o.lower_ in DELEGATION_NOUNS for o in objects)


def _list_comma(doc: Doc, i: int, keep: set[int]) -> bool:
    nxt = doc[i + 1]
    return nxt.dep_ in {"conj", "amod", "compound", "cc", "det", "nummod", "appos"} or (nxt.head.i in keep and nxt.head.dep_ == "conj")
