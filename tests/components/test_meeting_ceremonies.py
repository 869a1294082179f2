"""Ceremonies of office: "X was sworn in", "took the oath", "took office", "was crowned", "was
inaugurated" is a gathering its onlookers attend ("looked on, along with former presidents A, B
and C"; "had a seat in the front row"; "Japan sent its foreign minister, X", past a meeting told as
a day earlier; "A and B were also present" sentences later, past a meeting told in passing). Not
"whose government had yet to be sworn in", not "days after being sworn in"; not one who "did not
attend" after a semicolon. Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

CASES: list[tuple[str, str, Expected]] = [
    # the one sworn in and the onlookers, the listed former presidents too
    (
        "WASHINGTON — Joe Biden was sworn in as president on Wednesday at the Capitol. Outgoing Vice President Mike Pence "
        "and Kamala Harris looked on, along with former presidents Barack Obama, George W. Bush and Bill Clinton.",
        "2021-01-21",
        [
            (
                {"Joe Biden", "Mike Pence", "Kamala Harris", "Barack Obama", "George W. Bush", "Bill Clinton"},
                {"status": "occurred", "date": "2021-01-20"},
            )
        ],
    ),
    # "A looked on; B did not attend": the parser hangs the first clause on the negated second
    (
        "WASHINGTON — Joe Biden was sworn in as president on Wednesday at the Capitol. Vice President Mike Pence looked "
        "on; former President Donald Trump did not attend.",
        "2021-01-21",
        [({"Joe Biden", "Mike Pence"}, {"status": "occurred", "date": "2021-01-20"})],
    ),
    # a government still to be sworn in is no ceremony (a guard)
    (
        "WELLINGTON — New Zealand, whose new government had yet to be sworn in, was represented by a caretaker minister. "
        "Australian Prime Minister Anthony Albanese attended.",
        "2023-11-10",
        [],
    ),
    # a seat in the front row; a state's envoy goes to the ceremony, not to a meeting of the day before
    (
        "BRASILIA — Luiz Inacio Lula da Silva was sworn in as Brazil's president on Sunday. Chinese Vice President Wang "
        "Qishan, who a day earlier met Geraldo Alckmin, had a seat in the front row. Portugal sent its president, Marcelo "
        "Rebelo de Sousa.",
        "2023-01-02",
        [
            (
                {"Luiz Inácio Lula da Silva", "Wang Qishan", "Marcelo Rebelo de Sousa"},
                {"status": "occurred", "date": "2023-01-01"},
            ),
            ({"Wang Qishan", "Geraldo Alckmin"}, {"status": "occurred"}),
        ],
    ),
    # crowned; took office
    (
        "LONDON — Charles III was crowned at Westminster Abbey on Saturday. French President Emmanuel Macron and Polish "
        "President Andrzej Duda attended.",
        "2023-05-07",
        [({"Charles III", "Emmanuel Macron", "Andrzej Duda"}, {"status": "occurred", "date": "2023-05-06"})],
    ),
    (
        "BUENOS AIRES — Javier Milei took office as Argentina's president on Sunday. Chile's Gabriel Boric and Uruguay's "
        "Luis Lacalle Pou attended.",
        "2023-12-11",
        [({"Javier Milei", "Gabriel Boric", "Luis Lacalle Pou"}, {"status": "occurred", "date": "2023-12-10"})],
    ),
    # named onlookers reach back to the ceremony past a meeting told in passing ("who had held talks")
    (
        "LONDON — Charles III was crowned at Westminster Abbey on Saturday. French President Emmanuel Macron attended. "
        "Ukraine's first lady was there too. The abbey was full. China sent a vice president. New Zealand's Chris "
        "Hipkins, who had held talks with Prime Minister Rishi Sunak earlier in the week, sat near the altar. Irish "
        "President Michael D. Higgins and Andrzej Duda of Poland were also present.",
        "2023-05-07",
        [
            (
                {"Charles III", "Emmanuel Macron", "Michael D. Higgins", "Andrzej Duda"},
                {"status": "occurred", "date": "2023-05-06"},
            ),
            ({"Chris Hipkins", "Rishi Sunak"}, {"status": "occurred"}),
        ],
    ),
    # "also attended, along with X, the former president": the title after the comma is no object
    (
        "BUENOS AIRES — Javier Milei took office as Argentina's president on Sunday. Chile's Gabriel Boric, Peru's Dina "
        "Boluarte and Santiago Peña of Paraguay also attended, along with Spain's King Felipe VI and Jair Bolsonaro, the "
        "former Brazilian president.",
        "2023-12-11",
        [
            (
                {"Javier Milei", "Gabriel Boric", "Dina Boluarte", "Santiago Peña", "Felipe VI", "Jair Bolsonaro"},
                {"status": "occurred", "date": "2023-12-10"},
            )
        ],
    ),
    # "days after being sworn in" dates a trip; it tells no ceremony (a guard)
    (
        "SUVA — Australian Foreign Minister Penny Wong travelled to Suva on Thursday, three days after being sworn in. She "
        "met Fijian Prime Minister Frank Bainimarama.",
        "2022-05-27",
        [({"Penny Wong", "Frank Bainimarama"}, {"status": "occurred"})],
    ),
    # one who took office long ago, told in a clause of its own, is no ceremony (a guard)
    (
        "BUENOS AIRES — Javier Milei, who took office in December, hosted Chile's Gabriel Boric on Monday.",
        "2024-05-07",
        [({"Javier Milei", "Gabriel Boric"}, {"status": "occurred", "date": "2024-05-06"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_meeting_ceremonies(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
