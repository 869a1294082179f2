"""Finding the KB's surface forms (names, short forms, demonyms, capitals) in a Doc.

The forms are tokenised once with the pipeline's own tokenizer and indexed by their
token sequence, lower-cased without accents or dots (so "U.S." finds "US" and "Cote
d'Ivoire" finds "Côte d'Ivoire"); matching is a dictionary lookup per token, so it costs far less
than the statistical components. A case rule keeps "turkey" and "chad" from matching the
countries: each token of the text must be capitalised wherever the KB form's token is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from ..kb import GazetteerEntry
from ..kb.normalize import strip_diacritics

#: An indexed form: its original tokens, and its entries as plain tuples (GazetteerEntry fields).
_Form = tuple[tuple[str, ...], tuple[tuple[Any, ...], ...]]

#: Kinds of gazetteer entries, in order of preference when one span has several.
KIND_PRIORITY: dict[str, int] = {
    "country": 0,
    "organisation": 1,
    "person": 2,
    "demonym": 3,
    "seat": 4,
    "capital": 5,
}


class GazetteerMatch(NamedTuple):
    """A KB form found in the text: tokens ``start:end`` and the entries it may denote.

    A named tuple: a few dozen are made per document, and a frozen dataclass costs several
    times more to build."""

    start: int
    end: int
    entries: tuple[GazetteerEntry, ...]

    @property
    def kind(self) -> str:
        return self.entries[0].kind


class GazetteerIndex:
    """Token-sequence index of KB surface forms.

    Args:
        entries: the KB's gazetteer entries.
        tokenize: function turning many strings into token-text lists (the pipeline's tokenizer).

    Example:
        >>> import spacy
        >>> from geoextract.kb import GazetteerEntry
        >>> nlp = spacy.blank("en")
        >>> e = GazetteerEntry("North Korea", "GPE", "Q423", "country", "PRK")
        >>> index = GazetteerIndex([e], lambda ts: [[t.text for t in d] for d in nlp.tokenizer.pipe(ts)])
        >>> [(m.start, m.end) for m in index.find(nlp("Troops from North Korea."))]
        [(2, 4)]
    """

    def __init__(
        self,
        entries: Iterable[GazetteerEntry],
        tokenize: Callable[[list[str]], Iterable[list[str]]],
    ) -> None:
        # Built once per pipeline from ~40k forms: written for speed (no per-token generators).
        by_text: dict[str, list[GazetteerEntry]] = defaultdict(list)
        for entry in entries:
            text = entry.text.strip()
            by_text[text].append(entry)
            if entry.kind == "seat" and text.startswith("the ") and text[4:5].isupper():
                # "Kremlin spokesman", "White House envoy": seats go without their article too.
                by_text[text[4:]].append(entry._replace(text=text[4:]))
            if entry.kind == "person" and _ARABIC_ARTICLE.search(text):
                # "Tamim bin Hamad Al Thani" is written "al-Thani", "Abdel Fattah el-Sisi" "al-Sisi"
                for article in ("al", "el"):
                    variant = _ARABIC_ARTICLE.sub(f" {article}-\\2", text)
                    if variant != text:
                        by_text[variant].append(entry._replace(text=variant))
        by_text.pop("", None)
        texts = sorted(by_text)
        # key: matching keys of the tokens -> list of (original tokens, entries)
        forms: dict[tuple[str, ...], list[_Form]] = defaultdict(list)
        lengths_by_first: dict[str, set[int]] = defaultdict(set)
        key_of: dict[str, str] = {}
        for text, tokens in zip(texts, tokenize(texts), strict=True):
            if not tokens:
                continue
            toks = tuple(tokens)
            keys = []
            for token in toks:
                k = key_of.get(token)
                if k is None:
                    k = key_of[token] = _key(token)
                keys.append(k)
            key = tuple(keys)
            found = by_text[text]
            if len(found) > 1:
                found.sort(key=_priority)
            # Plain tuples of strings: Python's garbage collector stops tracking them, which
            # spares every later collection a walk over the ~40k forms.
            forms[key].append((toks, tuple(tuple(e) for e in found)))
            lengths_by_first[key[0]].add(len(key))
        self._forms: dict[tuple[str, ...], tuple[_Form, ...]] = {k: tuple(v) for k, v in forms.items()}
        self._lengths: dict[str, tuple[int, ...]] = {first: tuple(sorted(n, reverse=True)) for first, n in lengths_by_first.items()}
        # Every proper prefix of an indexed key: a match grows only while its words are one.
        prefixes: set[tuple[str, ...]] = set()
        for key in self._forms:
            for length in range(1, len(key)):
                prefixes.add(key[:length])
        self._prefixes = prefixes
        # First words whose every form starts with a capital ("and" only as "AND"): a start
        # there in a word without one can match nothing (see ``_token_case_ok``).
        lower_first = {key[0] for key, found in self._forms.items() if any(not toks[0][:1].isupper() for toks, _ in found)}
        self._capital_firsts = frozenset(key[0] for key in self._forms if key[0] not in lower_first)
        #: Whether each word seen so far (by its string hash) starts with a capital.
        self._capital: dict[int, bool] = {}
        #: Matching keys of the words seen so far, by their lower-case string hash.
        self._keys: dict[int, str] = {}
        #: The words seen so far (lower-case string hashes) whose key starts some form.
        self._start_words: set[int] = set()
        #: The entries of each word sequence (by its words' string hashes) seen so far: the
        #: words decide both the key and the case test.
        self._entries_of: dict[tuple[int, ...], tuple[GazetteerEntry, ...]] = {}

    def __len__(self) -> int:
        return len(self._forms)

    def find(self, doc: Doc) -> list[GazetteerMatch]:
        """All matches in ``doc``, longest first at each position, overlaps allowed."""
        # Work on the tokens' string hashes: making a Token object per word costs more than
        # the whole lookup.
        strings = doc.vocab.strings
        keys = self._keys
        start_words = self._start_words
        if len(keys) > _MAX_WORDS:  # one entry per word type of the corpus: keep memory flat
            keys.clear()
            start_words.clear()
            self._capital.clear()
        hashes = doc.to_array(LOWER).tolist()
        lengths_of = self._lengths
        for h in set(hashes).difference(keys):
            word = keys[h] = _key(strings[h])
            if word in lengths_of:
                start_words.add(h)
        # Integer tests on the words' hashes; a word's key is read only where a form may start.
        starts = [i for i, h in enumerate(hashes) if h in start_words]
        if not starts:
            return []
        forms = self._forms
        prefixes = self._prefixes
        orths = doc.to_array(ORTH).tolist()
        capital = self._capital
        capital_firsts = self._capital_firsts
        for h in {orths[i] for i in starts}.difference(capital):
            capital[h] = strings[h][:1].isupper()
        starts = [i for i in starts if capital[orths[i]] or keys[hashes[i]] not in capital_firsts]
        entries_of = self._entries_of
        if len(entries_of) > _MAX_CACHED:
            entries_of.clear()
        n = len(hashes)
        matches: list[GazetteerMatch] = []
        for i in starts:
            # Grow the key word by word while it is a prefix of some form; the forms found
            # on the way are the matches at ``i``, reported longest first.
            found: list[tuple[int, tuple[_Form, ...]]] = []
            key: tuple[str, ...] = (keys[hashes[i]],)
            end = i + 1
            while True:
                candidates = forms.get(key)
                if candidates:
                    found.append((end, candidates))
                if end >= n or key not in prefixes:
                    break
                key = (*key, keys[hashes[end]])
                end += 1
            for stop, candidates in reversed(found):
                words = tuple(orths[i:stop])
                entries = entries_of.get(words)
                if entries is None:
                    entries = entries_of[words] = _case_compatible([strings[h] for h in words], candidates)
                if entries:
                    matches.append(GazetteerMatch(i, stop, entries))
        return matches


#: Word sequences whose entries are kept between documents (the cache is emptied beyond this).
#: The Arabic article inside a person's name, spaced or hyphenated ("Al Thani", "el-Sisi").
_ARABIC_ARTICLE = re.compile(r" (Al|al|El|el)[ -]([A-Z][\w']+)")

_MAX_CACHED = 200_000
#: Word types whose key and case are kept between documents (emptied beyond this, so that a
#: run over millions of articles, with ever new names and numbers, keeps a flat memory).
_MAX_WORDS = 200_000


def _priority(entry: GazetteerEntry) -> int:
    return KIND_PRIORITY.get(entry.kind, 9)


def _key(token: str) -> str:
    """Matching key of a token: lower case, no accents, no dots ("U.S." ~ "US", "Côte" ~ "Cote")."""
    low = token.lower()
    if not low.isascii():
        low = strip_diacritics(low)
    return low.replace(".", "") if len(low) > 1 else low


def _case_compatible(text_tokens: list[str], candidates: tuple[_Form, ...]) -> tuple[GazetteerEntry, ...]:
    found: list[GazetteerEntry] = []
    for form_tokens, rows in candidates:
        if all(_token_case_ok(t, f) for t, f in zip(text_tokens, form_tokens, strict=True)):
            found.extend(GazetteerEntry(*row) for row in rows)
    found.sort(key=_priority)
    return tuple(found)


def _token_case_ok(text: str, form: str) -> bool:
    if text == form:
        return True
    first = form[:1]
    if not first.isalpha() or first.islower():
        # The KB form is lower case here ("von", "bin", "the"): any case in the text will do.
        return True
    if not text[:1].isupper():
        return False
    if len(form) > 1 and form.isupper():
        # Acronyms (US, UK, NATO) only match upper-case text.
        return text.isupper()
    return True

