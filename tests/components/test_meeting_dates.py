"""The cheap date paths give exactly what dateparser gives for the same phrase and article date."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from geoextract.components.meeting_dates import (
    _parse,
    _resolve,
    month_day,
    month_period,
    resolve_date,
    weekday_offset,
)

#: dateparser's own reading of a phrase, the answer the shortcuts of ``_resolve`` must match.
_dateparser = _parse

# Article dates around a year's end, a leap day and a month's end; one of each weekday.
_BASES = [dt.date(2023, 12, 29) + dt.timedelta(days=k) for k in range(7)] + [
    dt.date(2024, 2, 28), dt.date(2024, 2, 29), dt.date(2024, 3, 1), dt.date(2019, 3, 10), dt.date(2019, 8, 31),
]  # fmt: skip


@pytest.mark.parametrize("prefer", ["past", "future"])
def test_weekday_phrases_match_dateparser_on_every_weekday(prefer):
    phrases = ["Friday", "monday", "SUNDAY", "last Monday", "next Sunday", "this Wednesday", "Tuesday night", "yesterday", "Tomorrow", "3 days ago", "in 7 days"]
    for phrase, base in itertools.product(phrases, _BASES):
        assert _resolve(phrase, base, prefer) == _dateparser(phrase, base, prefer), (phrase, base)


@pytest.mark.parametrize("prefer", ["past", "future"])
def test_month_day_phrases_match_dateparser_around_the_article_date(prefer):
    phrases = ["March 10", "Mar. 1", "Feb 28", "Feb. 29", "Sept. 2", "dec 31", "January 1", "June 31", "May 5"]
    bases = [*_BASES, dt.date(2019, 3, 9), dt.date(2019, 3, 11), dt.date(2019, 12, 31)]
    for phrase, base in itertools.product(phrases, bases):
        assert _resolve(phrase, base, prefer) == _dateparser(phrase, base, prefer), (phrase, base)


def test_month_day_counts_the_article_day_as_past_not_future():
    base = dt.date(2019, 3, 10)
    assert month_day("March 10", base, "past") == base
    assert month_day("March 10", base, "future") == dt.date(2020, 3, 10)


def test_month_day_leaves_leap_days_and_other_phrases_to_dateparser():
    base = dt.date(2024, 3, 1)
    assert month_day("Feb. 29", base, "past") is None
    assert month_day("April 31", base, "past") is None
    assert month_day("March 10, 2020", base, "past") is None
    assert resolve_date("Feb. 29", base, "past") == dt.date(2024, 2, 29)


def test_weekday_offset_counts_days_from_the_article_weekday():
    # Thursday (3): the last Monday is 3 days before, the next Monday 4 days after.
    assert weekday_offset("Monday", 3, "past") == -3
    assert weekday_offset("Monday", 3, "future") == 4
    assert weekday_offset("yesterday", 3, "past") == -1


def test_a_span_of_days_names_no_single_day():
    base = dt.date(2024, 1, 30)
    # dateparser reads the second day of "29-30 January" as the year 1930
    assert resolve_date("on 29-30 January", base) is None
    assert resolve_date("January 29-30", base) is None
    assert resolve_date("29 January", base) == dt.date(2024, 1, 29)
    assert resolve_date("on March 10, 2019", base) == dt.date(2019, 3, 10)  # a written year stands


@pytest.mark.parametrize(
    ("phrase", "prefer", "expected"),
    [
        ("in November", "past", (dt.date(2022, 11, 1), dt.date(2022, 11, 30))),
        ("November", "future", (dt.date(2023, 11, 1), dt.date(2023, 11, 30))),
        ("in February 2012", "past", (dt.date(2012, 2, 1), dt.date(2012, 2, 29))),
        ("in 2019", "past", (dt.date(2019, 1, 1), dt.date(2019, 12, 31))),
        ("last month", "past", (dt.date(2023, 2, 1), dt.date(2023, 2, 28))),
        ("on Friday", "past", None),
        ("March 10", "past", None),
        ("the 1998 bombing", "past", None),
    ],
)
def test_month_period_is_the_month_or_year_a_dayless_phrase_names(phrase, prefer, expected):
    assert month_period(phrase, dt.date(2023, 3, 10), prefer) == expected
