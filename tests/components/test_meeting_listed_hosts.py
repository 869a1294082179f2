"""People listed after a plural description and a comma ("with their hosts, A and B") whom the
parser hung on the verb: a description of the last one (", the current chairman of X") or a new
clause (", and later flew home") closes the list, and a demonym in a title ("Rwandan President
A") is part of it. Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

_THREE = {"William Ruto", "Paul Kagame", "Yoweri Museveni"}

CASES: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan shook hands before sitting down with "
        "their hosts, Rwandan President Paul Kagame and Ugandan President Yoweri Museveni, the current chairman of the "
        "East African Community.",
        "2023-12-15",
        [(_THREE | {"Samia Suluhu Hassan"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        "Kenyan President William Ruto held talks on Monday with his counterparts, Rwandan President Paul Kagame and "
        "Ugandan President Yoweri Museveni, the current chairman of the East African Community.",
        "2023-12-15",
        [(_THREE, {"status": "occurred", "date": "2023-12-11"})],
    ),
    (
        "Kenyan President William Ruto held talks on Monday with his counterparts, Rwandan President Paul Kagame and "
        "Ugandan President Yoweri Museveni, and later flew home.",
        "2023-12-15",
        [(_THREE, {"status": "occurred", "date": "2023-12-11"})],
    ),
    # a comma between names goes on with the list (mutation-checked: the list is not closed at a capitalised word)
    (
        "Kenyan President William Ruto held talks on Monday with his counterparts, Rwandan President Paul Kagame, Ugandan "
        "President Yoweri Museveni, Burundian President Evariste Ndayishimiye and South Sudanese President Salva Kiir.",
        "2023-12-15",
        [(_THREE | {"Évariste Ndayishimiye", "Salva Kiir Mayardit"}, {"status": "occurred", "date": "2023-12-11"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_listed_hosts_and_counterparts(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
