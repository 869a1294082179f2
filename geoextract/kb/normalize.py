"""Name normalisation shared by the KB build, the lookups and the fuzzy index.

One function, :func:`normalize_name`, decides when two surface forms are "the same name"
for exact lookup. :func:`phonetic_key` and :func:`skeleton` are coarser keys used by the
fuzzy index to survive transliteration (Sergei/Sergey, Zelenskiy/Zelenskyy) and dropped or
doubled letters (Burbock/Baerbock).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import groupby

_APOSTROPHES = "\u2018\u2019\u02bc\u02bb\u00b4`\u2032"
_HYPHENS = "\u2010\u2011\u2012\u2013\u2014\u2212\u00ad"
# Letters that NFKD does not decompose into base letter + combining mark.
_SPECIAL_PAIRS = {
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ħ": "h",
    "ı": "i",
    "ł": "l",
    "þ": "th",
    "ŀ": "l",
    "ſ": "s",
}
_SPECIAL_BOTH_CASES = {
    **{ord(k): v for k, v in _SPECIAL_PAIRS.items()},
    **{
        ord(k.upper()): v.capitalize()
        for k, v in _SPECIAL_PAIRS.items()
        if len(k.upper()) == 1 and not k.upper().isascii()
    },
}
_NORMALIZE_TABLE = {
    **{ord(ch): None for ch in _APOSTROPHES + "'"},
    **{ord(ch): " " for ch in _HYPHENS + "-" + ',;:!?"()[]{}<>/\\|*+=_~^'},
    ord("&"): " and ",
}
_ABBREVIATION_DOT = re.compile(r"(?<=\b\w)\.(?=\w\b|\s|$)")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def strip_diacritics(text: str) -> str:
    """Remove accents while keeping case: ``"Erdoğan"`` -> ``"Erdogan"``.

    Args:
        text: Any string.

    Returns:
        The string with combining marks removed and a few special letters spelled out.

    Example:
        >>> strip_diacritics("Jean-Noël Barrot")
        'Jean-Noel Barrot'
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL_BOTH_CASES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def normalize_name(text: str) -> str:
    """Normalise a name for exact lookup.

    Casefolds, strips diacritics, unifies apostrophes (dropped), hyphens and dots (spaces),
    drops a leading "the" and collapses whitespace, so that "the U.S.", "US" and "u.s"
    normalise alike and "Jean-Noël" equals "Jean Noel".

    Args:
        text: A surface form.

    Returns:
        The lookup key ("" for a string without letters or digits).

    Example:
        >>> normalize_name("  the U.S. ")
        'us'
        >>> normalize_name("Recep Tayyip Erdoğan")
        'recep tayyip erdogan'
    """
    s = strip_diacritics(text).casefold().translate(_NORMALIZE_TABLE)
    if "." in s:
        # Dots inside abbreviations vanish (U.S. -> us); other dots separate words.
        s = _ABBREVIATION_DOT.sub("", s).replace(".", " ")
    s = " ".join(s.split())
    if s.startswith("the ") and len(s) > 4:
        s = s[4:]
    return s


def name_tokens(text: str) -> list[str]:
    """Split a normalised name into word tokens.

    Args:
        text: A string, normalised or not.

    Returns:
        The tokens of ``normalize_name(text)``.

    Example:
        >>> name_tokens("Antony J. Blinken")
        ['antony', 'j', 'blinken']
    """
    return _TOKEN.findall(normalize_name(text))


_PHONETIC_RULES: tuple[tuple[str, str], ...] = (
    ("sch", "sh"),
    ("tch", "ch"),
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ie", "i"),
    ("ei", "i"),
    ("ey", "i"),
    ("ai", "a"),
    ("ae", "a"),
    ("oe", "o"),
    ("ue", "u"),
    ("iy", "i"),
    ("yy", "i"),
    ("ij", "i"),
)
# One pass over the digraphs, longest first (leftmost match wins, as in reading).
_PHONETIC_RE = re.compile(
    "|".join(sorted((old for old, _ in _PHONETIC_RULES), key=len, reverse=True))
)
_PHONETIC_MAP = dict(_PHONETIC_RULES)
_PHONETIC_CHARS = str.maketrans({"c": "k", "q": "k", "w": "v", "y": "i", "x": "ks", "z": "s"})
_NO_VOWELS = str.maketrans("", "", "aeiou")


@lru_cache(maxsize=200_000)
def phonetic_key(token: str) -> str:
    """A coarse spelling key of one token: transliteration variants share it.

    Args:
        token: A normalised token (lowercase, no diacritics).

    Returns:
        The token with digraphs and interchangeable letters unified and doubles collapsed.

    Example:
        >>> phonetic_key("zelenskiy") == phonetic_key("zelenskyy")
        True
        >>> phonetic_key("sergei") == phonetic_key("sergey")
        True
    """
    s = _PHONETIC_RE.sub(_phonetic_sub, token).translate(_PHONETIC_CHARS)
    s = s.replace("h", "") if len(s) > 2 else s
    return "".join(ch for ch, _ in groupby(s))


def _phonetic_sub(m: re.Match[str]) -> str:
    return _PHONETIC_MAP[m.group(0)]


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """The consonant skeleton of a token's phonetic key (first letter kept).

    Args:
        token: A normalised token.

    Returns:
        The phonetic key without vowels after the first letter.

    Example:
        >>> skeleton("baerbock") == skeleton("burbock")
        True
    """
    key = phonetic_key(token)
    if not key:
        return ""
    rest = key[1:].translate(_NO_VOWELS)
    head = key[0] if key[0] not in "aeiou" else "a"
    return "".join(ch for ch, _ in groupby(head + rest))


def phonetic_name(text: str) -> str:
    """The phonetic key of every token of a name, joined by spaces.

    Args:
        text: A name.

    Returns:
        Space-separated phonetic keys.

    Example:
        >>> phonetic_name("Sergei Lavrov") == phonetic_name("Sergey Lavrov")
        True
    """
    return " ".join(phonetic_key(t) for t in name_tokens(text))


def slugify(text: str) -> str:
    """A stable ascii slug for generated ids: ``"Johann Wadephul"`` -> ``"johann-wadephul"``.

    Args:
        text: Any name.

    Returns:
        Lowercase ascii words joined by hyphens.

    Example:
        >>> slugify("Jean-Noël Barrot")
        'jean-noel-barrot'
    """
    return "-".join(name_tokens(text)) or "x"


def demonym_variants(demonym: str) -> list[str]:
    """Spellings news also uses for a demonym: "-ian" written "-ean" ("Ecuadorian", "Ecuadorean")
    and "-ran" written "-rean" ("Salvadoran", "Salvadorean"). The demonym itself is not listed.

    Example:
        >>> demonym_variants("Ecuadorian"), demonym_variants("Salvadoran"), demonym_variants("French")
        (['Ecuadorean'], ['Salvadorean'], [])
    """
    if demonym.endswith("ian") and len(demonym) > 5:
        return [demonym[:-3] + "ean"]
    if demonym.endswith("ran") and len(demonym) > 5:
        return [demonym[:-2] + "ean"]
    return []
