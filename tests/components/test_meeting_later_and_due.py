"""Two readings of plans: "X and Y are due to sit down again" is a meeting of the two (the
subject of "are" is the subject of the infinitive), and "met X on Wednesday before a summit this
weekend" tells a later gathering that only dates the meeting, so the bloc the sentence names
does not join it. Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

CASES: list[tuple[str, str, Expected]] = [
    (
        "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov are due to sit down "
        "again in Almaty on Friday.",
        "2023-03-16",
        [({"Ararat Mirzoyan", "Jeyhun Bayramov"}, {"status": "planned", "mode": "meet", "date": "2023-03-17", "place": "Almaty"})],
    ),
    (
        "NIAMEY, Niger (AP) — The European Union's envoy for the Sahel, Joao Cravinho, met Nigerien President Mohamed "
        "Bazoum in Niamey on Monday, seeking support before a summit this weekend.",
        "2023-03-16",
        [({"Joao Cravinho", "Mohamed Bazoum"}, {"status": "occurred", "date": "2023-03-13", "place": "Niamey"})],
    ),
    # guard: a summit with people of its own is a meeting of its own (passed before the rule; mutation-checked)
    (
        "Chinese President Xi Jinping received North Korean leader Kim Jong Un in Beijing on Monday. The trip came ahead "
        "of Kim's planned summit with South Korean President Moon Jae-in next month.",
        "2023-03-16",
        [
            ({"Xi Jinping", "Kim Jong Un"}, {"status": "occurred", "date": "2023-03-13"}),
            ({"Kim Jong Un", "Moon Jae-in"}, {"status": "planned"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_plans_due_and_later(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
