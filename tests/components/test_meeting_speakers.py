"""Office holders who speak just after a gathering of many spoke at it: "... hosted a summit of
South American leaders. Uruguayan President X said ..., and Chilean President Y said ...".
Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

_SUMMIT = (
    "BRASILIA — Brazilian President Luiz Inácio Lula da Silva hosted a summit of South American leaders on Tuesday, "
    "with Argentina's Alberto Fernández and Colombia's Gustavo Petro at the table. "
)
_AT_SUMMIT = {"Luiz Inácio Lula da Silva", "Alberto Fernández", "Gustavo Petro"}
_OCCURRED = {"status": "occurred", "mode": "multilateral", "date": "2023-05-30"}

GATHERING_SPEAKERS: list[tuple[str, str, Expected]] = [
    (
        _SUMMIT + "Uruguayan President Luis Lacalle Pou said the bloc should open up to trade, and Chilean President "
        "Gabriel Boric said rights abuses in Venezuela were real.",
        "2023-05-31",
        [(_AT_SUMMIT | {"Luis Lacalle Pou", "Gabriel Boric"}, _OCCURRED)],
    ),
    (
        # guard: a saying told in another place
        _SUMMIT + "In Montevideo, Uruguayan President Luis Lacalle Pou said the bloc should open up to trade.",
        "2023-05-31",
        [(_AT_SUMMIT, _OCCURRED)],
    ),
    (
        # guard: a saying from afar
        _SUMMIT + "Uruguayan President Luis Lacalle Pou said in a statement that the bloc should open up to trade.",
        "2023-05-31",
        [(_AT_SUMMIT, _OCCURRED)],
    ),
    (
        # guard: a speaker three sentences on
        _SUMMIT + "The talks lasted six hours. Trade was the main subject. Uruguayan President Luis Lacalle Pou said "
        "the bloc should open up to trade.",
        "2023-05-31",
        [(_AT_SUMMIT, _OCCURRED)],
    ),
    (
        # guard: another meeting told in between
        _SUMMIT + "Lula met Venezuela's Nicolás Maduro on Monday. Uruguayan President Luis Lacalle Pou said the bloc "
        "should open up to trade.",
        "2023-05-31",
        [(_AT_SUMMIT, _OCCURRED), ({"Luiz Inácio Lula da Silva", "Nicolás Maduro"}, {"status": "occurred", "date": "2023-05-29"})],
    ),
    (
        # guard: a speaker who holds no office that day
        _SUMMIT + "Opposition candidate Javier Milei said Argentina should leave the bloc.",
        "2023-05-31",
        [(_AT_SUMMIT, _OCCURRED)],
    ),
    (
        # a grouping's meeting, told with no gathering noun
        "JAKARTA — Leaders of ASEAN met Myanmar's junta chief, Min Aung Hlaing, in Jakarta on Saturday. Indonesian "
        "President Joko Widodo told him the killings must stop.",
        "2021-04-25",
        [({"ASEAN", "Min Aung Hlaing", "Joko Widodo"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # in the gathering's own sentence, a "with" clause of saying (the speaker stands for their state)
        "TEHRAN — Iranian President Hassan Rouhani hosted a summit with Russia and Turkey on Friday, with Turkish President "
        "Recep Tayyip Erdogan warning that an assault on Idlib would end in a massacre.",
        "2018-09-08",
        [({"Hassan Rouhani", "Russia", "Recep Tayyip Erdoğan"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # guard: in the gathering's own sentence, a clause of saying that is no "with" clause
        "TEHRAN — Iranian President Hassan Rouhani hosted a summit with Russia and Turkey on Friday, after Turkish President "
        "Recep Tayyip Erdogan warned that an assault on Idlib would end in a massacre.",
        "2018-09-08",
        [({"Hassan Rouhani", "Russia", "Turkey"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # "nobody at the table to negotiate with" tells no meeting between the gathering and its speaker
        "TEHRAN — Iranian President Hassan Rouhani hosted a summit with Russia and Turkey on Friday. Russian President "
        "Vladimir Putin rejected a truce, saying there was nobody at the table to negotiate with.",
        "2018-09-08",
        [({"Hassan Rouhani", "Vladimir Putin", "Turkey"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # guard: talks of two sides are no gathering of many
        "BRASILIA — Brazilian President Luiz Inácio Lula da Silva hosted Argentina's Alberto Fernández for a summit on "
        "Tuesday. Uruguayan President Luis Lacalle Pou said the bloc should open up to trade.",
        "2023-05-31",
        [({"Luiz Inácio Lula da Silva", "Alberto Fernández"}, {"status": "occurred"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), GATHERING_SPEAKERS)
def test_office_holders_speaking_just_after_a_gathering_spoke_at_it(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
