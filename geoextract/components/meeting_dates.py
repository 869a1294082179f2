"""Resolve the short date phrases of meetings ("on Wednesday", "March 10") against the article date.

dateparser does the calendar work; this module only decides which phrases are time anchors,
which precision counts (a day; a bare month or week gives no date, as the gold annotations
want) and caches every call. The commonest phrases never reach dateparser once per article
date: weekday-relative phrases ("Friday", "last Monday", "yesterday") are resolved by
dateparser once per weekday of the article date, and "March 10" is that day in the article's
year or the one before or after, as dateparser places it (the tests check the two agree).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Literal

Preference = Literal["past", "future"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
)
_ANCHOR_RE = re.compile(
    r"\b(?:" + "|".join(_WEEKDAYS + _MONTHS) + r")\b\.?|\byesterday\b|\btoday\b|\btomorrow\b|\btonight\b"
    r"|\b(?:last|next|this|coming|past|previous|same|that|following)\s+(?:week|month|year|weekend|day)\b"
    r"|\bweekend\b|\bago\b|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
#: Words that can name a single day; a phrase without any (a bare year, "2008 G-20") names none.
_DAY_CUE_RE = re.compile(
    r"\b(?:" + "|".join(_WEEKDAYS) + r")\b|\byesterday\b|\btoday\b|\btomorrow\b|\btonight\b|\bago\b|\bin \d+ days?\b"
    r"|\b(?:" + "|".join(_MONTHS) + r")\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:" + "|".join(_MONTHS) + r")\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}\b",
    re.IGNORECASE,
)
_SAME_DAY_RE = re.compile(r"\b(?:the\s+same|that)\s+day\b", re.IGNORECASE)
_NOISE_RE = re.compile(r"^(?:(?:late|early|earlier|later|on|the|by|from|until|as of|since)\s+)+", re.IGNORECASE)
_DAY_PERIODS = frozenset({"day", "part_of_day", "time", "hour", "minute", "second"})
_NUMBER_WORDS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0,
}


def is_anchor(text: str) -> bool:
    """True when a DATE phrase places an event in time (not a duration such as "25 years").

    Example:
        >>> is_anchor("last week"), is_anchor("two years"), is_anchor("on Monday")
        (True, False, True)
    """
    return bool(_ANCHOR_RE.search(text))


def is_same_day(text: str) -> bool:
    """True for "the same day" / "that day": the date of the event told just before.

    Example:
        >>> is_same_day("the same day")
        True
    """
    return bool(_SAME_DAY_RE.search(text))


def resolve_date(text: str, base: dt.date | None, prefer: Preference = "past") -> dt.date | None:
    """The calendar day a short date phrase names, or None if it names no single day.

    Weekdays resolve to the nearest such day before (``prefer="past"``) or after
    (``"future"``) the article date; the article's own weekday is the article date itself,
    as in news style ("said on Monday" in a Monday paper). A bare month, week or year gives
    None.

    Args:
        text: A short date phrase, e.g. the text of a DATE entity.
        base: The article date; None gives None for relative phrases.
        prefer: Direction for phrases that could be either side of ``base``.

    Returns:
        The date, or None.

    Example:
        >>> import datetime as dt
        >>> resolve_date("on Wednesday", dt.date(2024, 11, 12), "future")
        datetime.date(2024, 11, 13)
        >>> resolve_date("next month", dt.date(2024, 11, 12)) is None
        True
    """
    cleaned = _NOISE_RE.sub("", text.strip()).strip(" ,.")
    if not cleaned or base is None:
        return None
    lower = cleaned.lower()
    words = lower.replace(",", " ").split()
    weekday_words = [w for w in words if w in _WEEKDAYS]
    if weekday_words and len(words) <= 2 and _WEEKDAYS.index(weekday_words[0]) == base.weekday():
        if not any(w in {"last", "next", "previous", "coming"} for w in words):
            return base
    if not _DAY_CUE_RE.search(cleaned) or _DAY_RANGE_RE.search(cleaned):
        return None  # "on 29-30 January": a span of days, no single day (dateparser reads "30" as 1930)
    found = _resolve(cleaned, base, prefer)
    if found is not None and abs(found.year - base.year) > 1 and not _YEAR_RE.search(cleaned):
        return None  # a year no phrase wrote is a misreading, never a date a year or more away
    return found


#: A span of days within one month ("29-30 January", "January 29-30", "29 to 30 Jan").
_DAY_RANGE_RE = re.compile(r"\b\d{1,2}\s*(?:-|–|—|to)\s*\d{1,2}\b(?!\s*(?::|am|pm|a\.m|p\.m))", re.IGNORECASE)
#: A written year.
_YEAR_RE = re.compile(r"\b(?:1[89]|2[01])\d{2}\b")


def shift_days(phrase: str, anchor: dt.date, direction: int) -> dt.date | None:
    """The day ``phrase`` ("three days", "a week") before (-1) or after (+1) ``anchor``.

    Example:
        >>> import datetime as dt
        >>> shift_days("three days", dt.date(2024, 7, 5), -1)
        datetime.date(2024, 7, 2)
    """
    words = phrase.lower().replace("-", " ").split()
    if len(words) < 2:
        return None
    number = _NUMBER_WORDS.get(words[0])
    if number is None and words[0].isdigit():
        number = int(words[0])
    if not number or words[1].rstrip("s") not in {"day", "week"}:
        return None
    days = number if words[1].startswith("day") else 7 * number  # "a week" counts as 7 days, not a week period
    unit = "day" if days == 1 else "days"
    query = f"{days} {unit} ago" if direction < 0 else f"in {days} {unit}"
    return _resolve(query, anchor, "past" if direction < 0 else "future")


_RELATIVE_SHIFT_RE = re.compile(
    r"^(?:just\s+|only\s+)?(?:(?P<count>(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?))\s+(?P<way>earlier|later|before|after|previously)"
    r"|the\s+(?P<near>next|following|previous|preceding)\s+day|the\s+day\s+(?P<side>before|after))$",
    re.IGNORECASE,
)


def relative_shift(text: str) -> tuple[str, int] | None:
    """A date phrase counted from the event told before: "a day earlier" -> ("a day", -1).

    Example:
        >>> relative_shift("two days later"), relative_shift("the previous day"), relative_shift("on Monday")
        (('two days', 1), ('one day', -1), None)
    """
    match = _RELATIVE_SHIFT_RE.match(text.strip())
    if match is None:
        return None
    if match.group("count"):
        return match.group("count"), -1 if match.group("way").lower() in {"earlier", "before", "previously"} else 1
    word = (match.group("near") or match.group("side")).lower()
    return "one day", -1 if word in {"previous", "preceding", "before"} else 1


#: Phrases whose day is a fixed number of days from the article date's weekday: a weekday
#: ("Wednesday", "last Friday", "Monday night"), "yesterday", "N days ago", "in N days".
_WEEKDAY_RELATIVE_RE = re.compile(
    r"^(?:(?:last|next|this|coming|previous)\s+)?(?:" + "|".join(_WEEKDAYS) + r")(?:\s+(?:night|morning|afternoon|evening))?$"
    r"|^(?:yesterday|today|tomorrow|tonight)$|^\d{1,3}\s+days?\s+ago$|^in\s+\d{1,3}\s+days?$",
    re.IGNORECASE,
)
#: A Monday far from any calendar edge: the day such phrases are resolved against, once per weekday.
_REFERENCE_MONDAY = dt.date(2010, 6, 7)


#: Month names and the abbreviations dateparser reads ("Sept." included), to month numbers.
_MONTH_NUMBERS = {
    **{name: i + 1 for i, name in enumerate(_MONTHS[:12])},
    **{name[:3]: i + 1 for i, name in enumerate(_MONTHS[:12])},
    "sept": 9,
}
_MONTH_DAY_RE = re.compile(r"^(" + "|".join(_MONTHS) + r")\.?\s+(\d{1,2})$", re.IGNORECASE)


def month_day(text: str, base: dt.date, prefer: Preference) -> dt.date | None:
    """The day a "March 10" / "Sept. 2" phrase names, as dateparser resolves it; None when
    ``text`` is not such a phrase or the answer needs dateparser (Feb 29, a day the month lacks).

    The day of the article's year when it is not after the article date (``"past"``) or is
    after it (``"future"``: dateparser reads a bare date as its midnight, before the
    article's noon); otherwise the same day a year before or after.

    Example:
        >>> import datetime as dt
        >>> month_day("March 10", dt.date(2024, 3, 9), "past"), month_day("Sept. 2", dt.date(2024, 3, 9), "future")
        (datetime.date(2023, 3, 10), datetime.date(2024, 9, 2))
    """
    match = _MONTH_DAY_RE.match(text)
    if match is None or not 1 < base.year < 9999:
        return None
    month, day = _MONTH_NUMBERS[match.group(1).lower()], int(match.group(2))
    if not 1 <= day <= calendar.monthrange(2001, month)[1]:  # a common year: no Feb 29
        return None
    found = dt.date(base.year, month, day)
    if prefer == "past":
        return found if found <= base else found.replace(year=base.year - 1)
    return found if found > base else found.replace(year=base.year + 1)


def month_period(text: str, base: dt.date | None, prefer: Preference = "past") -> tuple[dt.date, dt.date] | None:
    """The first and last day of the month or year a phrase names with no day ("in November",
    "in February 2012", "in 2019", "last month"), as dateparser reads it; None for any other phrase.

    Example:
        >>> import datetime as dt
        >>> month_period("in November", dt.date(2023, 3, 10))
        (datetime.date(2022, 11, 1), datetime.date(2022, 11, 30))
        >>> month_period("on Friday", dt.date(2023, 3, 10)) is None
        True
    """
    if base is None or not _ANCHOR_RE.search(text):
        return None
    return _period(text.strip(), base, prefer)


def _period(text: str, base: dt.date, prefer: Preference) -> tuple[dt.date, dt.date] | None:
    day, period = _date_data(text, base, prefer)
    if day is None:
        return None
    if period == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if period == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    return None


def _resolve(text: str, base: dt.date, prefer: Preference) -> dt.date | None:
    """``_parse``, with the commonest phrases answered without a dateparser call per article
    date: "March 10" directly, weekday-relative phrases from one dateparser call per (phrase,
    weekday of ``base``, preference)."""
    found = month_day(text, base, prefer)
    if found is not None:
        return found
    if _WEEKDAY_RELATIVE_RE.match(text):
        offset = weekday_offset(text, base.weekday(), prefer)
        if offset is None:
            return None
        try:
            return base + dt.timedelta(days=offset)
        except OverflowError:
            pass
    return _parse(text, base, prefer)


@lru_cache(maxsize=1024)
def weekday_offset(text: str, weekday: int, prefer: Preference) -> int | None:
    """Days from an article date on ``weekday`` (0 = Monday) to the day ``text`` names, as
    dateparser resolves it; None when it names no single day.

    Only for phrases whose answer depends on the weekday alone ("Friday", "last Monday",
    "yesterday", "3 days ago"): dateparser counts them in whole days from the base.

    Example:
        >>> weekday_offset("Friday", 2, "past"), weekday_offset("Friday", 2, "future")
        (-5, 2)
    """
    reference = _REFERENCE_MONDAY + dt.timedelta(days=weekday)
    day = _parse(text, reference, prefer)
    return None if day is None else (day - reference).days


def _parse(text: str, base: dt.date, prefer: Preference) -> dt.date | None:
    day, period = _date_data(text, base, prefer)
    return day if day is not None and period in _DAY_PERIODS else None


@lru_cache(maxsize=4096)
def _date_data(text: str, base: dt.date, prefer: Preference) -> tuple[dt.date | None, str | None]:
    """dateparser's reading of a phrase against an article date: the date and the period it
    names ("day", "month", "year", ...), one call per (phrase, date, preference) for the day and
    the month readings alike. A month or year with no day reads as its first day."""
    from dateparser.date import DateDataParser

    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day, 12),
            "PREFER_DATES_FROM": prefer,
            "RETURN_TIME_AS_PERIOD": True,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )
    data = parser.get_date_data(text)
    return (None, None) if data.date_obj is None else (data.date_obj.date(), data.period)
