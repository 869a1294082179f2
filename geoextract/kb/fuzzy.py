"""Fuzzy name search: a blocking index of token keys in front of rapidfuzz.

Scoring every alias of a large KB with rapidfuzz costs tens of milliseconds. The index first
narrows the aliases to those sharing a *token key* with the query, then scores only those
with rapidfuzz in C. Keys of a token are its phonetic key (Sergei/Sergey, Zelenskiy/
Zelenskyy), its consonant skeleton (Burbock/Baerbock) and the skeleton with one letter
deleted (one consonant edit), so a query survives one or two edits, dropped or doubled
letters and common transliteration differences without a full scan.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from .normalize import name_tokens, phonetic_key, skeleton

#: Above this many candidate aliases, only aliases matching two query tokens are scored.
MAX_CANDIDATES = 4000
_MIN_TOKEN_SIMILARITY = 55.0


@dataclass(frozen=True)
class FuzzyHit:
    """One scored alias: the actor it names, the alias as given, and a 0..1 score."""

    actor_id: str
    alias: str
    score: float


def _token_keys(token: str) -> set[str]:
    """Blocking keys of one normalised token."""
    keys = {"p" + phonetic_key(token)}
    skel = skeleton(token)
    if len(skel) >= 2:
        keys.add("s" + skel)
        if len(skel) >= 4:
            keys.update("d" + skel[:i] + skel[i + 1 :] for i in range(1, len(skel)))
    elif len(token) >= 2:
        keys.add("s" + token)
    return keys


def _query_keys(token: str) -> set[str]:
    """Keys to probe for a query token: its own keys plus its deletion keys as skeleton keys."""
    keys = _token_keys(token)
    skel = skeleton(token)
    if len(skel) >= 4:
        # A letter missing from the indexed token: the query's deletion equals the index skeleton.
        keys.update("s" + skel[:i] + skel[i + 1 :] for i in range(1, len(skel)))
    if len(skel) >= 3:
        # A letter missing from the query: the query's skeleton equals an indexed deletion key.
        keys.add("d" + skel)
    return keys


class FuzzyIndex:
    """Candidate index over actor aliases, scored with rapidfuzz.

    Args:
        entries: ``(alias, actor_id, actor_type)`` triples; the alias as written.

    Example:
        >>> index = FuzzyIndex([("Annalena Baerbock", "Q564328", "person")])
        >>> index.search("Annalena Burbock")[0].actor_id
        'Q564328'
    """

    def __init__(self, entries: Iterable[tuple[str, str, str]]) -> None:
        self._surface: list[str] = []
        self._norm: list[str] = []
        self._phon: list[str] = []
        self._actor: list[str] = []
        self._type: list[str] = []
        self._token_ids: dict[str, int] = {}
        self._tokens: list[str] = []
        self._token_aliases: list[list[int]] = []
        self._key_tokens: dict[str, list[int]] = {}
        seen: set[tuple[str, str]] = set()
        for alias, actor_id, actor_type in entries:
            self.add(alias, actor_id, actor_type, _seen=seen)
        self._freeze()

    def _freeze(self) -> None:
        """Store the postings as tuples: tuples of ints are invisible to Python's garbage
        collector, lists are walked by every full collection (hundreds of thousands here)."""
        self._token_aliases = [tuple(a) for a in self._token_aliases]  # type: ignore[misc]
        self._key_tokens = {k: tuple(v) for k, v in self._key_tokens.items()}  # type: ignore[misc]

    def __len__(self) -> int:
        return len(self._norm)

    _STATE = ("_surface", "_norm", "_phon", "_actor", "_type", "_tokens", "_token_aliases", "_key_tokens")

    def to_payload(self) -> dict[str, Any]:
        """The index as plain lists and dicts (for shipping a prebuilt index with the KB)."""
        return {name: getattr(self, name) for name in self._STATE}

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> FuzzyIndex:
        """An index from :meth:`to_payload` output, without recomputing any key.

        Example:
            >>> index = FuzzyIndex([("Annalena Baerbock", "Q564328", "person")])
            >>> FuzzyIndex.from_payload(index.to_payload()).search("Annalena Burbock")[0].actor_id
            'Q564328'
        """
        index = cls(())
        for name in cls._STATE:
            setattr(index, name, payload[name])
        index._token_ids = {token: i for i, token in enumerate(index._tokens)}
        index._freeze()
        return index

    def add(
        self,
        alias: str,
        actor_id: str,
        actor_type: str,
        *,
        _seen: set[tuple[str, str]] | None = None,
    ) -> None:
        """Index one more alias of an actor.

        Args:
            alias: The name as written.
            actor_id: The actor it names.
            actor_type: "person", "country" or "organisation".
        """
        tokens = name_tokens(alias)
        norm = " ".join(tokens)
        if not norm:
            return
        if _seen is not None:
            if (norm, actor_id) in _seen:
                return
            _seen.add((norm, actor_id))
        alias_id = len(self._norm)
        self._surface.append(alias)
        self._norm.append(norm)
        self._phon.append(" ".join(phonetic_key(t) for t in tokens))
        self._actor.append(actor_id)
        self._type.append(actor_type)
        for token in dict.fromkeys(tokens):
            tid = self._token_ids.get(token)
            if tid is None:
                tid = len(self._tokens)
                self._token_ids[token] = tid
                self._tokens.append(token)
                self._token_aliases.append([])
                for key in _token_keys(token):
                    postings = self._key_tokens.get(key)
                    if postings is None:
                        self._key_tokens[key] = [tid]
                    else:
                        if isinstance(postings, tuple):  # frozen by a previous build
                            postings = self._key_tokens[key] = list(postings)
                        postings.append(tid)
            aliases = self._token_aliases[tid]
            if isinstance(aliases, tuple):  # frozen by a previous build
                aliases = self._token_aliases[tid] = list(aliases)
            aliases.append(alias_id)

    def _candidates(self, tokens: list[str]) -> set[int]:
        per_token: list[set[int]] = []
        for qt in dict.fromkeys(tokens):
            token_ids: set[int] = set()
            for key in _query_keys(qt):
                token_ids.update(self._key_tokens.get(key, ()))
            exact = self._token_ids.get(qt)
            if exact is not None:
                token_ids.add(exact)
            aliases: set[int] = set()
            if exact is not None:
                aliases.update(self._token_aliases[exact])
                token_ids.discard(exact)
            if token_ids:
                ids = list(token_ids)
                # Score the candidate tokens in C; keep those that still look like the query token.
                matches = process.extract(
                    qt,
                    [self._tokens[t] for t in ids],
                    scorer=fuzz.ratio,
                    score_cutoff=_MIN_TOKEN_SIMILARITY,
                    limit=None,
                )
                for _, _, pos in matches:
                    aliases.update(self._token_aliases[ids[pos]])
            if aliases:
                per_token.append(aliases)
        if not per_token:
            return set()
        if len(per_token) == 1:
            return per_token[0]
        per_token.sort(key=len)
        pairs: set[int] = set()
        for i, first in enumerate(per_token):
            for second in per_token[i + 1 :]:
                pairs |= first & second
        if pairs:
            return pairs
        union: set[int] = set()
        for aliases in per_token:
            if len(union) + len(aliases) > MAX_CANDIDATES:
                break
            union |= aliases
        return union

    def search(
        self,
        name: str,
        *,
        types: Collection[str] | None = None,
        limit: int = 5,
        score_cutoff: float = 0.0,
    ) -> list[FuzzyHit]:
        """Actors whose aliases resemble ``name``, best first, one hit per actor.

        Args:
            name: The name to look for, as written.
            types: Only actors of these types ("person", "country", "organisation").
            limit: Maximum number of hits.
            score_cutoff: Minimum score (0..1).

        Returns:
            Hits sorted by descending score.
        """
        tokens = name_tokens(name)
        if not tokens:
            return []
        query = " ".join(tokens)
        qphon = " ".join(phonetic_key(t) for t in tokens)
        cands = self._candidates(tokens)
        if types is not None:
            cands = {c for c in cands if self._type[c] in types}
        if not cands:
            return []
        order = sorted(cands)
        norm_choices = [self._norm[c] for c in order]
        phon_choices = [self._phon[c] for c in order]
        cutoff = score_cutoff * 100.0 * 0.95
        plain = process.extract(
            query,
            norm_choices,
            scorer=fuzz.token_sort_ratio,
            limit=limit * 4 + 4,
            score_cutoff=cutoff,
        )
        phon = process.extract(
            qphon,
            phon_choices,
            scorer=fuzz.token_sort_ratio,
            limit=limit * 4 + 4,
            score_cutoff=cutoff,
        )
        scores: dict[int, float] = {}
        for _, score, idx in plain:
            scores[idx] = max(scores.get(idx, 0.0), score)
        for _, score, idx in phon:
            # A phonetic match is slightly weaker evidence than a spelling match.
            scores[idx] = max(scores.get(idx, 0.0), score * 0.96)
        best: dict[str, FuzzyHit] = {}
        for idx, score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
            alias_id = order[idx]
            actor = self._actor[alias_id]
            value = round(score / 100.0, 4)
            if value < score_cutoff or actor in best:
                continue
            best[actor] = FuzzyHit(actor, self._surface[alias_id], value)
            if len(best) >= limit:
                break
        return list(best.values())
