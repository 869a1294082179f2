"""Talks told as bilateral are talks of two: "Modi and Putin later rode to their bilateral
talks" is no retelling of the summit session told before, and "a day after X and Y clashed at
their bilateral meeting" keeps its two people apart from the summit that follows; so do two who
"also met one-on-one" apart from the consultations they attended ("dealt with each other" is no
topic), while "after a one-on-one session, the two were joined by aides" stays one meeting.
Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

CASES: list[tuple[str, str, Expected]] = [
    (
        "Chinese President Xi Jinping opened the main session of the Shanghai Cooperation Organisation summit in Tianjin on "
        "Monday, flanked by Russian President Vladimir Putin and Indian Prime Minister Narendra Modi. Modi and Putin later "
        "rode together in a limousine to their bilateral talks, which focused on trade.",
        "2021-06-16",
        [
            ({"Xi Jinping", "Shanghai Cooperation Organisation", "Vladimir Putin", "Narendra Modi"}, {"mode": "multilateral", "topic": None}),
            ({"Narendra Modi", "Vladimir Putin"}, {"status": "occurred", "topic": "trade"}),
        ],
    ),
    (
        "NATO leaders gathered at a hotel outside Brussels on Wednesday for a summit, a day after U.S. President Joe Biden "
        "and Turkish President Recep Tayyip Erdogan clashed at their bilateral meeting over Erdogan's remark that the "
        "alliance was weak. Belgian Prime Minister Alexander De Croo opened the session, and Secretary-General Jens "
        "Stoltenberg said allies had agreed to act.",
        "2021-06-16",
        [
            ({"NATO", "Alexander De Croo", "Jens Stoltenberg"}, {"mode": "multilateral", "date": "2021-06-16"}),
            ({"Joe Biden", "Recep Tayyip Erdoğan"}, {"status": "occurred", "date": "2021-06-15"}),
        ],
    ),
    # "their" read as the alliance and the two: the meeting of two keeps its two, and the session is the summit's (mutation-checked)
    (
        "NATO leaders gathered at a castle outside Madrid on Wednesday for a summit marking the alliance's 40th "
        "anniversary, a day after U.S. President Joe Biden and Turkish President Recep Tayyip Erdogan clashed in front of "
        "reporters at their bilateral meeting over Erdogan's remark that the alliance was asleep. Spanish Prime Minister "
        "Pedro Sanchez opened the session, and Secretary-General Jens Stoltenberg said allies had agreed to act.",
        "2022-06-30",
        [
            ({"NATO", "Pedro Sánchez", "Jens Stoltenberg"}, {"mode": "multilateral", "date": "2022-06-29"}),
            ({"Joe Biden", "Recep Tayyip Erdoğan"}, {"status": "occurred", "date": "2022-06-28"}),
        ],
    ),
    (
        "COP29 President Mukhtar Babayev held closed-door consultations on Tuesday with U.S. climate envoy John Podesta, "
        "China's Liu Zhenmin and EU Climate Commissioner Wopke Hoekstra as the summit went into overtime. Hoekstra had "
        "called Monday's text weak. Podesta and Liu, who have dealt with each other for years, also met one-on-one late "
        "on Monday to search for compromise wording, according to a person familiar with the talks.",
        "2024-11-20",
        [
            ({"Mukhtar Babayev", "John Podesta", "Liu Zhenmin", "Wopke Hoekstra"}, {"date": "2024-11-19", "topic": None}),
            ({"John Podesta", "Liu Zhenmin"}, {"status": "occurred", "date": "2024-11-18"}),
        ],
    ),
    # guard: a one-on-one session the aides then joined is one meeting (passed before the rule)
    (
        "U.S. President Joe Biden and Chinese President Xi Jinping shook hands on Wednesday at an estate outside San "
        "Francisco, the first meeting between the two leaders in a year. After a one-on-one session with only "
        "interpreters present, the two were joined by aides including Secretary of State Antony Blinken.",
        "2024-11-20",
        [({"Joe Biden", "Xi Jinping", "Antony Blinken"}, {"status": "occurred", "date": "2024-11-20"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_bilateral_talks_are_talks_of_two(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
