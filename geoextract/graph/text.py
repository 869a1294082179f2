"""Matching helpers of the graph builder: folded names and places, topic tokens, ISO dates."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from ..errors import Errors, GeoExtractValueError

_TOKEN = re.compile(r"[^\W_]+")

DateLike = dt.date | str | None


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return a case-, accent- and spacing-insensitive form of a name, place or topic.

    Args:
        text: Any string.

    Returns:
        The string decomposed (NFKD), without combining marks, casefolded, with runs of
        whitespace collapsed to one space.

    Example:
        >>> fold("  Bogotá  D.C. ")
        'bogota d.c.'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


@lru_cache(maxsize=65536)
def tokens(text: str) -> frozenset[str]:
    """Return the set of folded word tokens of a text (punctuation dropped).

    Example:
        >>> sorted(tokens("Support for Ukraine's defence"))
        ['defence', 'for', 's', 'support', 'ukraine']
    """
    return frozenset(_TOKEN.findall(fold(text)))


def clean_name(name: str) -> str:
    """Collapse whitespace in a canonical name (keeps case and accents).

    Example:
        >>> clean_name(" Charles   Kupchan ")
        'Charles Kupchan'
    """
    return " ".join(name.split())


def as_date(value: DateLike | dt.datetime, *, option: str = "date") -> dt.date | None:
    """Read a date bound given as a ``datetime.date``, a datetime or an ISO string.

    Args:
        value: The date, or None.
        option: What the value is for, named in the error message (``"since"``...).

    Returns:
        The date, or None when ``value`` is None or an empty string.

    Raises:
        GeoExtractValueError: the string is not an ISO date.

    Example:
        >>> as_date("2024-11-12")
        datetime.date(2024, 11, 12)
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as e:
        raise GeoExtractValueError(Errors.E404.format(value=value, option=option)) from e


def iso(value: dt.date | None) -> str | None:
    """Return the ISO string of a date, or None."""
    return value.isoformat() if value is not None else None
