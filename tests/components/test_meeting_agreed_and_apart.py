"""Two leaders (or the ministers of a body) who "agreed to" do something together met to agree
(not "agreed that", not "by phone", not twice where a meeting noun tells the meeting; what they
agreed to do is not where they met); "saw X and, separately, Y" is a meeting
with each; "the summit host" is a person, not a summit; "Hours earlier in Kabul, X and Y met Z" (the
parser hangs X and Y on the place); a meeting "on the agenda" is planned, one "not on the agenda" no
meeting. Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

_PAIR = {"Emmanuel Macron", "Abdelmadjid Tebboune"}

CASES: list[tuple[str, str, Expected]] = [
    # a coordinated pair "agreed to" act: a meeting, after a dateline too
    (
        "ALGIERS — French President Emmanuel Macron and Algerian President Abdelmadjid Tebboune agreed on Thursday to set up a "
        "joint commission of historians.",
        "2022-08-26",
        [(_PAIR, {"status": "occurred", "date": "2022-08-25"})],
    ),
    # a shared view is no meeting
    (
        "French President Emmanuel Macron and Algerian President Abdelmadjid Tebboune agreed that the colonial past should be "
        "studied by historians.",
        "2022-08-26",
        [],
    ),
    # agreed by phone: no meeting in person told by "agreed"
    (
        "French President Emmanuel Macron and Algerian President Abdelmadjid Tebboune agreed by phone on Thursday to set up a "
        "joint commission.",
        "2022-08-26",
        [],
    ),
    # the meeting noun tells the meeting: one meeting, not two
    (
        "French President Emmanuel Macron and Algerian President Abdelmadjid Tebboune agreed on Thursday to set up a joint "
        "commission, at their first meeting in a year.",
        "2022-08-26",
        [(_PAIR, {"status": "occurred", "date": "2022-08-25"})],
    ),
    # what they agreed to do is no place of the meeting ("to open an office in Geneva")
    (
        "ALGIERS — French President Emmanuel Macron and Algerian President Abdelmadjid Tebboune agreed on Thursday to open a "
        "joint office in Geneva.",
        "2022-08-26",
        [(_PAIR, {"status": "occurred", "place": "Algiers"})],
    ),
    # the ministers of a body agree together where they meet: the body's gathering, with the
    # people the next sentences seat at it
    (
        "CAIRO (Reuters) - Foreign ministers of the Arab League agreed on Sunday to send a fact-finding mission to Sudan. The "
        "emergency session was chaired by Egyptian Foreign Minister Badr Abdelatty. Saudi Foreign Minister Prince Faisal bin "
        "Farhan attended.",
        "2025-03-04",
        [({"Arab League", "Badr Abdelatty", "Faisal bin Farhan Al Saud"}, {"status": "occurred", "date": "2025-03-02", "place": "Cairo"})],
    ),
    # states that agree name no one who met
    ("France and Algeria agreed on Thursday to set up a joint commission of historians.", "2022-08-26", []),
    # "saw X and, separately, Y": one meeting with each
    (
        "BEIRUT — French President Emmanuel Macron held talks with President Joseph Aoun on Friday. Later he saw Prime Minister "
        "Nawaf Salam and, separately, parliament speaker Nabih Berri.",
        "2025-01-18",
        [
            ({"Emmanuel Macron", "Joseph Aoun"}, {"status": "occurred"}),
            ({"Emmanuel Macron", "Nawaf Salam"}, {"status": "occurred"}),
            ({"Emmanuel Macron", "Nabih Berri"}, {"status": "occurred"}),
        ],
    ),
    # "held talks with X and, separately, with Y": the adverb on the verb that holds the talks
    (
        "TOKYO — China's top diplomat Wang Yi held talks with Prime Minister Shigeru Ishiba and, separately, with Foreign Minister "
        "Takeshi Iwaya in Tokyo on Friday.",
        "2025-03-23",
        [
            ({"Wang Yi", "Shigeru Ishiba"}, {"status": "occurred", "date": "2025-03-21"}),
            ({"Wang Yi", "Takeshi Iwaya"}, {"status": "occurred", "date": "2025-03-21"}),
        ],
    ),
    # "In Kabul, X and Y met Z": the subjects the parser hangs on the fronted place, and a place without them
    (
        "DOHA — U.S. and Taliban negotiators signed an accord on Saturday. Hours earlier in Kabul, Defense Secretary Mark Esper "
        "and NATO Secretary-General Jens Stoltenberg met President Ashraf Ghani.",
        "2020-02-29",
        [({"Mark Esper", "Jens Stoltenberg", "Ashraf Ghani"}, {"status": "occurred", "place": "Kabul"})],
    ),
    # on the agenda: a plan; not yet on the agenda: no meeting
    (
        "MOSCOW — A meeting between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskiy is on the "
        "agenda, the Kremlin said on Tuesday.",
        "2022-03-29",
        [({"Vladimir Putin", "Volodymyr Zelenskyy"}, {"status": "planned"})],
    ),
    (
        "MOSCOW — Kremlin spokesman Dmitry Peskov said on Tuesday that a meeting between Russian President Vladimir Putin and "
        "Ukrainian President Volodymyr Zelenskiy was not yet on the agenda.",
        "2022-03-29",
        [],
    ),
    # "X, the summit host": no summit told, so no reference back to the talks before
    (
        "HANGZHOU — U.S. President Barack Obama held talks with Turkish President Recep Tayyip Erdogan on Sunday. He met Chinese "
        "President Xi Jinping, the summit host, on Saturday.",
        "2016-09-05",
        [
            ({"Barack Obama", "Recep Tayyip Erdoğan"}, {"status": "occurred", "date": "2016-09-04"}),
            ({"Barack Obama", "Xi Jinping"}, {"status": "occurred", "date": "2016-09-03"}),
        ],
    ),
    # "held separate talks with each leader": one meeting with each of the others told with X
    (
        "Brazilian President Luiz Inacio Lula da Silva hosted Argentine President Javier Milei and Uruguayan President Luis "
        "Lacalle Pou in Brasilia on Friday. Lula also held separate talks with each leader at the presidential palace.",
        "2024-05-24",
        [
            ({"Luiz Inácio Lula da Silva", "Javier Milei", "Luis Lacalle Pou"}, {"status": "occurred", "date": "2024-05-24"}),
            ({"Luiz Inácio Lula da Silva", "Javier Milei"}, {"status": "occurred", "date": "2024-05-24"}),
            ({"Luiz Inácio Lula da Silva", "Luis Lacalle Pou"}, {"status": "occurred", "date": "2024-05-24"}),
        ],
    ),
    # "announced the deal alongside A and B. The emir held separate meetings with each leader": with no
    # meeting of them told, the leaders are the people named last
    (
        "DOHA, Dec 12 - Rwanda and Congo agreed to a truce after talks brokered by Qatar's Emir Sheikh Tamim bin Hamad Al Thani, "
        "who announced the deal on Wednesday alongside Rwandan President Paul Kagame and Congolese President Felix Tshisekedi. "
        "The emir held separate meetings with each leader on Wednesday.",
        "2024-12-12",
        [
            ({"Rwanda", "Democratic Republic of the Congo", "Tamim bin Hamad Al Thani"}, {"status": "occurred", "date": "2024-12-11"}),
            ({"Tamim bin Hamad Al Thani", "Paul Kagame"}, {"status": "occurred", "date": "2024-12-11"}),
            ({"Tamim bin Hamad Al Thani", "Félix Tshisekedi"}, {"status": "occurred", "date": "2024-12-11"}),
        ],
    ),
    # "met X and business leaders on Friday. On Thursday he held talks with Y": each sentence names
    # its own day, so the talks are no more of the first meeting's unnamed people
    (
        "Brazilian President Luiz Inacio Lula da Silva met former Chilean President Michelle Bachelet and business leaders in "
        "Santiago on Friday. On Thursday Lula held talks with President Gabriel Boric.",
        "2024-05-24",
        [
            ({"Luiz Inácio Lula da Silva", "Michelle Bachelet"}, {"status": "occurred", "date": "2024-05-24"}),
            ({"Luiz Inácio Lula da Silva", "Gabriel Boric"}, {"status": "occurred", "date": "2024-05-23"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_meeting_agreed_and_apart(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
