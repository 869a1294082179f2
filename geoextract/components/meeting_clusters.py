"""Which triggers of a sentence tell one event: a trigger inside another's phrase, a description
set beside it, or a summit its clause's people were attending. And two readings of a clause
the merge needs: a coordinated clause of its own, and a meeting habit to come."""

from __future__ import annotations

from spacy.tokens import Token

from .meeting_found import Found
from .meeting_lexicon import ATTEND_VERBS, HOLD_VERBS
from .meeting_syntax import children_of, path_to_root, scope
from .meeting_triggers import Trigger


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
