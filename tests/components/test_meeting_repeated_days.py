"""A meeting told as many ("had spoken several times by phone with X", "met Y repeatedly") has
no one day: the story's day is not its date. Sentences written for these tests.

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
