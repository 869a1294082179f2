"""Which triggers of a sentence tell one event: a trigger inside another's phrase, a description
set beside it, or a summit its clause's people were attending. Two readings of a clause the
merge needs: a coordinated clause of its own, and a meeting habit to come. And what a
sentence's special clauses add to its meetings: attendees folded into the meeting their clause
hangs on, and the people "the two" of a discussion stand for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .meeting_attendance import person_relative
from .meeting_candidate import Candidate
from .meeting_found import Found
from .meeting_groups import COUNT_WORDS, group_size
from .meeting_lexicon import ATTEND_VERBS, HOLD_VERBS, TOPIC_VERBS
from .meeting_syntax import children_of, path_to_root, scope
from .meeting_topic import misread_clause, object_topic
from .meeting_triggers import Trigger

if TYPE_CHECKING:
    from .meeting_actors import DocActors


def clusters(units: list[tuple[Trigger, Found]]) -> list[list[tuple[Trigger, Found]]]:
    """Group triggers that describe one event: a trigger inside another's phrase joins it."""
    ordered = sorted(units, key=lambda u: (len(path_to_root(u[0].token)), u[0].i))
    clusters: list[list[tuple[Trigger, Found]]] = []
    scopes: list[set[int]] = []
    for unit in ordered:
        trig = unit[0]
        placed = False
        for cluster, tokens in zip(clusters, scopes, strict=True):
            if "trip" in {trig.family, cluster[0][0].family}:
                continue
            # "X held talks with Y on Tuesday, the first meeting between ...": a description of the same event
            described = trig.nominal and trig.token.dep_ in {"npadvmod", "appos"} and any(
                trig.token.head.i in {u.i, *((f.governor.i,) if f.governor is not None else ())} for u, f in cluster
            )
            if (trig.i in tokens or described or attending_aside(trig.token, tokens)) and not (trig.nominal and own_clause(trig.token)) and not next_step(trig.token):
                cluster.append(unit)
                tokens.update(t.i for t in scope(trig.token))
                placed = True
                break
        if not placed:
            clusters.append([unit])
            scopes.append({t.i for t in scope(trig.token)})
    return sorted(clusters, key=lambda c: c[0][0].i)


def next_step(tok: Token) -> bool:
    """"held talks with X and was then received by Y": a later step of the day, a meeting of its own."""
    return tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "advmod" and c.lower_ in {"then", "later", "afterwards"} for c in children_of(tok))


#: Adverbs of a meeting habit rather than of one meeting ("agreed to meet regularly").
_RECURRING = frozenset({"regularly", "periodically", "annually", "frequently", "often", "routinely"})


def recurring(tok: Token) -> bool:
    """"agreed to meet regularly", "will meet more often", "to meet every year": a habit to come."""
    for child in children_of(tok):
        if child.dep_ == "advmod" and child.lower_ in _RECURRING:
            return True
        if child.dep_ == "npadvmod" and child.lemma_.lower() in {"year", "month", "week"} and any(d.lower_ == "every" for d in children_of(child)):
            return True
    return False


def attending_aside(noun: Token, tokens: set[int]) -> bool:
    """"X, attending his last G20 summit, joined Y and Z": the summit is where the clause's meeting
    took place (the participle hangs on the subject, or on the verb)."""
    verb = noun.head
    return (
        noun.dep_ == "dobj" and verb.tag_ == "VBG" and verb.lemma_.lower() in ATTEND_VERBS
        and verb.dep_ in {"acl", "advcl"} and verb.head.i in tokens
    )


def own_clause(tok: Token) -> bool:
    """"X would meet Y, and the two held talks on Z": a coordinated clause of its own.

    The parser reads the clause's past verb as an adjective of the meeting noun and the noun
    as coordinated with the first verb; its status and topic are its own.
    """
    return tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "amod" and c.tag_ in {"VBD", "VBN"} and c.lemma_.lower() in HOLD_VERBS and c.i < tok.i for c in children_of(tok)
    )


def joined_in_sentence(special: Candidate, own: list[Candidate], sent: Span) -> bool:
    """Fold "..., that X and Y will also attend" into the meeting its clause hangs on.

    "a summit in the capital, where X and Y discussed Z": the people of a "where" clause on
    the meeting's place join it too; the clause stays a topic of its own.
    """
    verb = sent.doc[special.trigger_i]
    if special.family == "topic" and verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(verb)):
        for cand in own:
            if not cand.is_trip and cand.status == special.status and _in_scope(verb.head.i, cand, sent):
                cand.add(special.participants)
        return False
    if special.family != "attend":
        return False
    for node in path_to_root(verb, limit=4)[1:]:
        for cand in own:
            if cand.is_trip or (person_relative(verb) and set(special.participants) <= set(cand.participants)):
                continue  # a trip is no meeting to attend; "X, who also attended, met Y": a gathering told before
            # "X also attended the summit, while Peru was represented by Y": the clause's verb governs the summit
            if node.i in cand.tokens or node.i in cand.governors or _in_scope(node.i, cand, sent):
                cand.add(special.participants)
                return True
    return False


def _in_scope(i: int, cand: Candidate, sent: Span) -> bool:
    """Is token ``i`` in the phrase of one of ``cand``'s triggers?"""
    return any(any(t.i == i for t in scope(sent.doc[k])) for k in cand.tokens)


def pair_topic_people(specials: list[Candidate], own: list[Candidate], actors: DocActors, sent: Span) -> None:
    """"X called Y on Monday to thank her for Z's release, and the two discussed W": a count word
    ("the two", "both") as the subject of a discussion stands for the people of the meeting the
    sentence told before it, not for the last people named (here Y and Z). The discussion's
    candidate gets those people; where the parse left it none, the meeting gets its topic."""
    if not own:
        return  # no meeting told in the sentence for "the two" to stand for
    for verb in sent:
        if verb.lemma_.lower() not in TOPIC_VERBS or verb.pos_ != "VERB" or (size := _count_subject(verb)) is None:
            continue
        before = [c for c in own if c.trigger_i < verb.i and not c.is_trip]
        if not before:
            continue
        meeting = max(before, key=lambda c: c.trigger_i)
        people = [p for p in meeting.participants if actors.info[p].is_person]
        if len(people) != size:
            continue
        special = next((s for s in specials if s.family == "topic" and s.trigger_i == verb.i), None)
        if special is not None:
            special.participants = people
        elif meeting.topic is None:
            meeting.topic = object_topic(verb) or (misread_clause(verb.head) if verb.dep_ == "amod" else None)


def _count_subject(verb: Token) -> int | None:
    """How many people the count-word subject of ``verb`` names: "the two discussed X", also when
    the parser read it as a noun phrase ("the two-discussed X", the count a modifier of X)."""
    size = next((n for c in children_of(verb) if c.dep_ == "nsubj" and (n := group_size(c))), None)
    if size is None and verb.dep_ == "amod":
        size = next((COUNT_WORDS[c.lower_] for c in children_of(verb.head) if c.dep_ == "nummod" and c.i < verb.i and c.lower_ in COUNT_WORDS), None)
    return size
