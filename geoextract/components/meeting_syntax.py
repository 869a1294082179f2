"""Dependency-tree helpers of the meeting extractor: phrase scopes, coordination, paths."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "csubj", "parataxis", "acl"})
_SCOPE_KEY = "geoextract_meeting_scopes"


def scope(tok: Token) -> list[Token]:
    """Tokens of a trigger's own phrase: its subtree without embedded clauses or coordinated verbs.

    Participle phrases without a subject ("hosted by X", "scheduled for Monday") describe the
    meeting itself and stay in. Results are memoised on the Doc while the meeting extractor
    runs (see :func:`clear_scopes`).
    """
    cache: dict[int, list[Token]] = tok.doc.user_data.setdefault(_SCOPE_KEY, {})
    found = cache.get(tok.i)
    if found is None:
        found = cache[tok.i] = _scope(tok)
    return found


def clear_scopes(doc: Doc) -> None:
    """Drop the memoised scopes from the Doc, so that nothing of them is saved with it."""
    doc.user_data.pop(_SCOPE_KEY, None)


def _scope(tok: Token) -> list[Token]:
    """Tokens of a trigger's own phrase: its subtree without embedded clauses or coordinated verbs.

    Participle phrases without a subject ("hosted by X", "scheduled for Monday") describe the
    meeting itself and stay in.
    """
    found = [tok]
    stack = list(tok.children)
    while stack:
        cur = stack.pop()
        participle = cur.dep_ == "acl" and cur.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children)
        if (cur.dep_ in _CLAUSE_DEPS and not participle) or (cur.dep_ == "conj" and (cur.pos_ in {"VERB", "AUX"} or cur.tag_.startswith("VB"))):
            continue
        found.append(cur)
        stack.extend(cur.children)
    return sorted(found, key=lambda t: t.i)


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("X, Y and Z"), in text order."""
    found = [tok]
    stack = [tok]
    while stack:
        cur = stack.pop()
        for child in cur.children:
            if child.dep_ == "conj" or (child.dep_ == "nmod" and child.ent_type_ == "PERSON" and cur.ent_type_ == "PERSON"):
                found.append(child)
                stack.append(child)
    return sorted(found, key=lambda t: t.i)


def path_to_root(tok: Token, limit: int = 12) -> list[Token]:
    """``tok`` and its ancestors, nearest first."""
    path = [tok]
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        path.append(cur)
    return path


def free_relative_head(verb: Token) -> Token | None:
    """The verb whose object is a free relative clause ("held [what is expected to be a summit]")."""
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubj", "nsubjpass"} for c in clause.children):
        return clause.head
    return None
