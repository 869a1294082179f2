"""Aliases of a person in the text: "Rodrigo Londoño, better known by his nom de guerre
Timochenko", "Jimmy Cherizier, also called Barbecue". A name after an alias cue is the person
named before it; "also called on X" and "called for X" are acts, not cues.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ._common import hash_string, span_attr
from .lexicon import NAME_TITLES

if TYPE_CHECKING:
    from .name_coref import _Cluster

#: Words whose presence lets a sentence hold an alias cue (a cheap test before the text one).
ALIAS_CUE_HASHES = frozenset(hash_string(w) for w in ("known", "alias", "guerre", "called", "dubbed", "nicknamed"))
ALIAS_CUES = ("known as", "known by", "nom de guerre", "alias", "also called", "dubbed", "nicknamed", "formerly known as", "better known as")
#: Words after a cue that make it the verb of an act, not an alias ("also called on X", "dubbed in").
_NOT_ALIAS_NEXT = frozenset({"on", "upon", "for", "in", "at", "to", "with", "off", "out", "up", "back", "by", "from"})


def cue_end(text: str) -> int:
    """Where the last alias cue of ``text`` (lower-cased) ends, or -1 if it has none.

    "X, also called Y" and "better known as Y" are cues; "also called on Y" is not.

    Example:
        >>> cue_end("rouhani also called on president"), cue_end("the rebel, also called")
        (-1, 22)
    """
    best = -1
    for cue in ALIAS_CUES:
        at = text.rfind(cue)
        if at < 0:
            continue
        rest = text[at + len(cue) :].split()
        if not rest or rest[0] not in _NOT_ALIAS_NEXT:
            best = max(best, at + len(cue))
    return best


def alias_cue_before(text: str) -> bool:
    """Do the words before a name (``text``, lower-cased) hold an alias cue (see :func:`cue_end`)?"""
    return cue_end(text) >= 0


def merge_aliases(doc: Doc, clusters: list[_Cluster]) -> None:
    """Join "Rodrigo Londoño, better known by his nom de guerre Timochenko": a name that
    follows an alias cue in the same clause as another person's mention is that person."""
    by_start = {s: c for c in clusters for s, _ in c.mentions}
    for cluster in list(clusters):
        for _, end in list(cluster.mentions):
            window = doc[end : min(len(doc), end + 10)]
            text = window.text.lower()
            if not any(cue in text for cue in ALIAS_CUES):
                continue
            for token in window:
                other = by_start.get(token.i)
                if other is None or other is cluster:
                    continue
                cue_before = doc[end : token.i].text.lower()
                if alias_cue_before(cue_before) and ";" not in cue_before and "." not in cue_before:
                    cluster.mentions.extend(other.mentions)
                    cluster.texts.extend(other.texts)
                    other.mentions.clear()
                    if other in clusters:
                        clusters.remove(other)
                    for s, _ in cluster.mentions:
                        by_start[s] = cluster
                break


def alias_mentions(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names after an alias cue that the NER missed: "..., better known by his nom de guerre
    Timochenko" (the cluster merge then joins them to the person)."""
    covered = {i for e in ents if e.label_ == "PERSON" or span_attr(e, "source") == "kb" for i in range(e.start, e.end)}
    found: list[Span] = []
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        window = doc[ent.end : min(len(doc), ent.end + 10)]
        lowered = window.text.lower()
        cue_at = cue_end(lowered)
        if cue_at < 0:
            continue
        for token in window:
            if token.idx - window.start_char < cue_at or token.i in covered:
                continue
            if token.text in (".", ";", "(") or (token.dep_ == "punct" and token.text != "-"):
                break
            if token.text[:1].isupper() and token.is_alpha and token.lower_ not in NAME_TITLES:
                end = token.i + 1
                while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and end not in covered:
                    end += 1
                found.append(Span(doc, token.i, end, label="PERSON"))
                covered.update(range(token.i, end))
                break
    return found
