"""A meeting told as many ("had spoken several times by phone with X", "met Y repeatedly") has
no one day: the story's day is not its date; "a new round of talks" postponed is another meeting,
which leaves the status of the one told before alone. Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

_OPENING = "GENEVA, Aug 15 — Talks on Sudan entered a second day in Geneva on Thursday. "

REPEATED: list[tuple[str, str, Expected]] = [
    (
        _OPENING + "U.S. envoy Tom Perriello said he had spoken several times by phone with army chief Abdel Fattah al-Burhan.",
        "2024-08-15",
        [({"Tom Perriello", "Abdel Fattah al-Burhan"}, {"status": "occurred", "mode": "phone", "date": None})],
    ),
    (
        _OPENING + "U.S. envoy Tom Perriello said he had met army chief Abdel Fattah al-Burhan repeatedly in Port Sudan.",
        "2024-08-15",
        [({"Tom Perriello", "Abdel Fattah al-Burhan"}, {"status": "occurred", "date": None})],
    ),
    (
        # guard: a day told with the meetings is still their day
        _OPENING + "U.S. envoy Tom Perriello said he had met army chief Abdel Fattah al-Burhan twice in Port Sudan on Tuesday.",
        "2024-08-15",
        [({"Tom Perriello", "Abdel Fattah al-Burhan"}, {"status": "occurred", "date": "2024-08-13"})],
    ),
    (
        # guard: one meeting told without a day of its own takes the story's
        _OPENING + "U.S. envoy Tom Perriello said he had met army chief Abdel Fattah al-Burhan in Port Sudan.",
        "2024-08-15",
        [({"Tom Perriello", "Abdel Fattah al-Burhan"}, {"status": "occurred", "date": "2024-08-15"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), REPEATED)
def test_meetings_told_as_many_have_no_day(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "A new round of talks ... has been postponed": not the meeting told before.
NEW_ROUNDS: list[tuple[str, str, Expected]] = [
    (
        "Norwegian envoy Dag Nylander met Colombian President Gustavo Petro in Bogota on Monday. A new round of talks between "
        "the government and the rebels, due to open in Havana on Thursday, has been postponed.",
        "2023-05-09",
        [({"Dag Nylander", "Gustavo Petro"}, {"status": "occurred", "date": "2023-05-08"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), NEW_ROUNDS)
def test_a_new_round_put_off_is_another_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
