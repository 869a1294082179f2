"""Fuzzy name search: a blocking index of token keys in front of rapidfuzz.

Scoring every alias of a large KB with rapidfuzz costs tens of milliseconds. The index first
narrows the aliases to those sharing a *token key* with the query, then scores only those
with rapidfuzz in C. Keys of a token are its phonetic key (Sergei/Sergey, Zelenskiy/
Zelenskyy), its consonant skeleton (Burbock/Baerbock) and the skeleton with one letter
deleted (one consonant edit), so a query survives one or two edits, dropped or doubled
letters and common transliteration differences without a full scan.
"""

from __future__ import annotations

import io
from collections.abc import Collection, Iterable, MutableMapping
from dataclasses import dataclass
from typing import Any, BinaryIO

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


def _compact(postings: Any, ints: list[int]) -> Any:
    """A posting list as one shared int (a single id) or a tuple of shared ints."""
    if type(postings) is int:
        return ints[postings]
    if len(postings) == 1:
        return ints[postings[0]]
    return tuple([ints[i] for i in postings])


def _expand(postings: Any) -> list[int]:
    """A compact posting list back to a list."""
    return [postings] if type(postings) is int else list(postings)


def _add_postings(target: set[int], postings: Any) -> None:
    if type(postings) is int:
        target.add(postings)
    else:
        target.update(postings)


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
        # Postings: token id -> alias ids, key -> token ids. Lists while the index is built,
        # compact (see _freeze) once it is searched.
        self._token_aliases: list[Any] = []
        self._key_tokens: dict[str, Any] = {}
        self._frozen = False
        seen: set[tuple[str, str]] = set()
        for alias, actor_id, actor_type in entries:
            self.add(alias, actor_id, actor_type, _seen=seen)
        self._freeze()

    def _freeze(self) -> None:
        """Make the postings compact: a single id as a bare int, several as a tuple, and every
        id one shared int object.

        Most tokens and keys have one posting, and a 1-tuple costs 48 bytes; an int read
        from the shipped file or made by ``len`` is a 28-byte object per occurrence (~220k
        of them). Tuples of ints are also invisible to Python's garbage collector, which
        walks lists on every full collection.
        """
        if self._frozen:
            return
        ints = list(range(max(len(self._norm), len(self._tokens))))
        self._token_aliases = [_compact(p, ints) for p in self._token_aliases]
        keys = self._key_tokens
        for key, postings in keys.items():
            keys[key] = _compact(postings, ints)
        self._token_ids = {token: ints[i] for i, token in enumerate(self._tokens)}
        self._frozen = True

    def _thaw(self) -> None:
        """Postings back to lists, to add to a frozen index (the next search freezes it again)."""
        if not self._frozen:
            return
        self._token_aliases = [_expand(p) for p in self._token_aliases]
        keys = self._key_tokens
        for key, postings in keys.items():
            keys[key] = _expand(postings)
        self._frozen = False

    def __len__(self) -> int:
        return len(self._norm)

    _STATE = ("_surface", "_norm", "_phon", "_actor", "_type", "_tokens", "_token_aliases", "_key_tokens")

    def to_payload(self) -> dict[str, Any]:
        """The index as plain lists and dicts (for shipping a prebuilt index with the KB); new
        lists, which :meth:`from_payload` may take over."""
        payload: dict[str, Any] = {name: list(getattr(self, name)) for name in self._STATE[:-2]}
        payload["_token_aliases"] = [_expand(p) for p in self._token_aliases]
        payload["_key_tokens"] = {k: _expand(p) for k, p in self._key_tokens.items()}
        return payload

    @classmethod
    def from_payload(
        cls,
        payload: MutableMapping[str, Any],
        entries: Iterable[tuple[str, str, str]] = (),
    ) -> FuzzyIndex:
        """An index from :meth:`to_payload` output, without recomputing any key.

        Args:
            payload: The lists and dicts of :meth:`to_payload`; emptied as they are taken
                over, so that the decoded lists are freed while the index is made.
            entries: The triples the payload was built from, when at hand (a KB's names):
                the index then keeps their aliases and ids, not equal copies from the payload.

        Example:
            >>> index = FuzzyIndex([("Annalena Baerbock", "Q564328", "person")])
            >>> FuzzyIndex.from_payload(index.to_payload()).search("Annalena Burbock")[0].actor_id
            'Q564328'
        """
        index = cls(())
        index._frozen = False
        for name in cls._STATE:
            setattr(index, name, payload.pop(name))
        index._adopt(entries)
        index._freeze()
        return index

    @classmethod
    def read_shipped(
        cls,
        stream: BinaryIO | io.BufferedIOBase,
        digest: str,
        entries: Iterable[tuple[str, str, str]] = (),
    ) -> FuzzyIndex | None:
        """The index in a shipped file (msgpack of ``{"kb_digest": ..., "index": payload}``),
        if it was made for the KB file whose SHA-1 is ``digest``; else None.

        Read as a stream: each posting list is made compact as soon as it is decoded, so the
        ~110k lists and ~220k ints of the whole payload never exist at once (~15 MB at the
        moment a run's first search builds the index, amid a batch of Docs).

        Args:
            stream: The uncompressed msgpack bytes.
            digest: The SHA-1 of the KB file the index must be made for.
            entries: As for :meth:`from_payload`.
        """
        from srsly.msgpack import Unpacker

        # What srsly.msgpack_dumps wrote; its object hooks (numpy arrays) are not needed.
        unpacker = Unpacker(stream, raw=False)
        index = None
        matches = False
        for _ in range(unpacker.read_map_header()):
            field = unpacker.unpack()
            if field == "index":
                index = cls._read_payload(unpacker, entries)
            elif field == "kb_digest":
                matches = unpacker.unpack() == digest
                if not matches:
                    return None  # an index made for another version of the KB
            else:
                unpacker.skip()
        return index if matches else None

    @classmethod
    def _read_payload(cls, unpacker: Any, entries: Iterable[tuple[str, str, str]]) -> FuzzyIndex:
        index = cls(())
        index._frozen = False
        ints: list[int] = []
        streamed = 0
        for _ in range(unpacker.read_map_header()):
            name = unpacker.unpack()
            if name not in cls._STATE:
                unpacker.skip()
            elif name in ("_token_aliases", "_key_tokens") and index._norm and index._tokens:
                # Written after the aliases and tokens, whose counts size the shared ints.
                ints = ints or list(range(max(len(index._norm), len(index._tokens))))
                read = unpacker.unpack
                if name == "_token_aliases":
                    count = unpacker.read_array_header()
                    index._token_aliases = [_compact(read(), ints) for _ in range(count)]
                else:
                    keys = index._key_tokens = {}
                    for _ in range(unpacker.read_map_header()):
                        key = read()
                        keys[key] = _compact(read(), ints)
                streamed += 1
            else:
                setattr(index, name, unpacker.unpack())
        index._adopt(entries)
        if streamed == 2:
            index._token_ids = {token: ints[i] for i, token in enumerate(index._tokens)}
            index._frozen = True
        else:
            index._freeze()
        return index

    def _adopt(self, entries: Iterable[tuple[str, str, str]]) -> None:
        """One string object per actor type, and the entries' own aliases and ids (see _share)."""
        types: dict[str, str] = {}
        self._type = [types.setdefault(t, t) for t in self._type]
        self._share(entries)

    def _share(self, entries: Iterable[tuple[str, str, str]]) -> None:
        """Replace the aliases, actor ids and types by the equal strings of ``entries``.

        The index holds the entries it kept, in order, skipping only empty and repeated
        names, so one walk pairs them up; a string that does not pair is simply kept.
        """
        surface, actor, kinds = self._surface, self._actor, self._type
        j, n = 0, len(surface)
        for alias, actor_id, actor_type in entries:
            if j < n and surface[j] == alias and actor[j] == actor_id and kinds[j] == actor_type:
                surface[j], actor[j], kinds[j] = alias, actor_id, actor_type
                j += 1

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
        self._thaw()
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
                        postings.append(tid)
            self._token_aliases[tid].append(alias_id)

    def _candidates(self, tokens: list[str]) -> set[int]:
        self._freeze()
        key_tokens, token_aliases = self._key_tokens, self._token_aliases
        per_token: list[set[int]] = []
        for qt in dict.fromkeys(tokens):
            token_ids: set[int] = set()
            for key in _query_keys(qt):
                postings = key_tokens.get(key)
                if postings is None:
                    continue
                if type(postings) is int:
                    token_ids.add(postings)
                else:
                    token_ids.update(postings)
            exact = self._token_ids.get(qt)
            if exact is not None:
                token_ids.add(exact)
            aliases: set[int] = set()
            if exact is not None:
                _add_postings(aliases, token_aliases[exact])
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
                    _add_postings(aliases, token_aliases[ids[pos]])
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
