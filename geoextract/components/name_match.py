"""How alike two person names are, tolerant of misspelling, transliteration and initials.

``name_similarity("Annalena Burbock", "Annalena Baerbock")`` is high; two different people
who share a first name are not alike because the surname carries most of the weight.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from ..kb.normalize import name_tokens, phonetic_key

#: Name particles that do not count as a surname on their own.
PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "du", "di", "la", "le", "del", "dos", "das", "ben", "abu", "jr", "sr", "ii", "iii"})

#: Highest similarity of a name matched through part of a compound surname with a given name
#: that differs: below the bar for linking without context.
COMPOUND_GUESS_CAP = 0.88


def _token_sim(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        # An initial matches the name it abbreviates ("A." ~ "Antony").
        return 0.9 if a[0] == b[0] else 0.0
    plain = fuzz.ratio(a, b) / 100.0
    pa, pb = phonetic_key(a), phonetic_key(b)
    phonetic = 1.0 if pa == pb else fuzz.ratio(pa, pb) / 100.0
    return max(plain, 0.97 * phonetic)


def _core(tokens: list[str]) -> list[str]:
    core = [t for t in tokens if t not in PARTICLES]
    return core or tokens


@lru_cache(maxsize=50_000)
def name_similarity(a: str, b: str) -> float:
    """Similarity in [0, 1] of two person names.

    The surname (last word) must agree; given names may be initials, missing or reordered
    (East Asian order). Spelling differences are scored on the letters and on a phonetic key.

    Example:
        >>> name_similarity("Anthony Blinken", "Antony Blinken") > 0.9
        True
        >>> name_similarity("Annalena Burbock", "Annalena Baerbock") > 0.85
        True
        >>> name_similarity("Antony Smith", "Antony Blinken") < 0.6
        True
    """
    ta, tb = _core(name_tokens(a)), _core(name_tokens(b))
    if not ta or not tb:
        return 0.0
    whole = fuzz.ratio(" ".join(ta), " ".join(tb)) / 100.0
    ordered = _aligned(ta, tb)
    reordered = _aligned(list(reversed(ta)), tb) * 0.97 if len(ta) > 1 else 0.0
    return max(min(whole, ordered + 0.05), ordered, reordered)


def _aligned(ta: list[str], tb: list[str]) -> float:
    """Surname against surname, then each remaining word of the shorter name against its
    best partner in order; missing middle names cost little, missing given names more."""
    surname = _token_sim(ta[-1], tb[-1])
    compound = surname < 0.6
    if compound:
        # Compound surnames: "Lula da Silva" ~ "Lula", "Lacalle Pou" ~ "Lacalle".
        alt = max((_token_sim(ta[-1], t) for t in tb[1:-1]), default=0.0)
        alt = max(alt, max((_token_sim(t, tb[-1]) for t in ta[1:-1]), default=0.0))
        surname = alt * 0.9
        if surname < 0.6:
            return surname * 0.5
    rest_a, rest_b = ta[:-1], tb[:-1]
    if not rest_a or not rest_b:
        # Only one side has given names: "Blinken" vs "Antony Blinken".
        return surname * (0.9 if (rest_a or rest_b) else 1.0)
    shorter, longer = (rest_a, rest_b) if len(rest_a) <= len(rest_b) else (rest_b, rest_a)
    scores = []
    j = 0
    first_at = 0
    for n, tok in enumerate(shorter):
        best, best_j = 0.0, j
        for k in range(j, len(longer)):
            s = _token_sim(tok, longer[k])
            if s > best:
                best, best_j = s, k
        scores.append(best)
        if n == 0:
            first_at = best_j
        j = best_j + 1 if best > 0 else j
    given = sum(scores) / len(scores)
    if first_at > 0:
        # The first name of one matches only a middle name of the other: "Pierre Trudeau"
        # is not "Justin Pierre James Trudeau", however well the letters agree.
        given *= 0.5
    if compound and given < 1.0:
        # A part of a compound surname and a misspelt given name are two guesses at once:
        # "Li Hui" is not "Lee Hui-ho", though "Luis Lacalle" is "Luis Lacalle Pou".
        return min(0.65 * surname + 0.35 * given, COMPOUND_GUESS_CAP)
    return 0.65 * surname + 0.35 * given


def surname_key(name: str) -> str:
    """The normalised surname (last non-particle word) of a name ("" if none).

    Example:
        >>> surname_key("Ursula von der Leyen")
        'leyen'
    """
    tokens = _core(name_tokens(name))
    return tokens[-1] if tokens else ""
