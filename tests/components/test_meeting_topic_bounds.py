"""What is no topic of the talks: "to keep the process on track"; what a signed declaration covers;
what the sides "agreed on" in the talks (an outcome). And a gathering told first by its unnamed
leaders ("The leaders of the region met ..., discussing X") whose people the next sentence names
keeps the first sentence's topic. A route or frame phrase the parser hung on the talks or the
verb ("through the Black Sea", "under a 1999 treaty") stays in the topic, as does the region of
a matter ("peace in the Middle East", not "security in Ankara"). Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

_PAIR = {"Emmanuel Macron", "Olaf Scholz"}

CASES: list[tuple[str, str, Expected]] = [
    # an idiom of "on" is no topic
    (
        "PARIS — French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Tuesday to keep the talks "
        "on track.",
        "2023-06-07",
        [(_PAIR, {"status": "occurred", "topic": None})],
    ),
    # what the declaration they signed covers is its content, not what the talks were about
    (
        "PARIS — French President Emmanuel Macron held talks with German Chancellor Olaf Scholz in Paris on Tuesday. The two "
        "leaders signed a joint declaration on a new partnership covering defence and energy.",
        "2023-06-07",
        [(_PAIR, {"status": "occurred", "topic": None})],
    ),
    # but talks covering X keep X (a guard: this passed before the rule)
    (
        "PARIS — French President Emmanuel Macron held talks with German Chancellor Olaf Scholz in Paris on Tuesday, talks "
        "covering defence and energy.",
        "2023-06-07",
        [(_PAIR, {"status": "occurred", "topic": "defence and energy"})],
    ),
    # "In talks at X, the two sides agreed on Y": what they agreed is an outcome
    (
        "PARIS — French President Emmanuel Macron received German Chancellor Olaf Scholz on Tuesday. In talks at the Elysee "
        "Palace, the two sides agreed on three principles for the fighter jet programme.",
        "2023-06-07",
        [(_PAIR, {"status": "occurred", "topic": None})],
    ),
    # the leaders told as a group, then named: one gathering with the topic of the first sentence
    (
        "BRASILIA — The leaders of South America met in the Brazilian capital on Tuesday for their first summit in nine "
        "years, discussing trade and migration. Brazilian President Luiz Inacio Lula da Silva hosted Argentine President "
        "Alberto Fernandez, Chilean President Gabriel Boric and Colombian President Gustavo Petro.",
        "2023-05-31",
        [
            (
                {"Luiz Inácio Lula da Silva", "Alberto Fernández", "Gabriel Boric", "Gustavo Petro"},
                {"status": "occurred", "date": "2023-05-30", "topic": "trade and migration"},
            )
        ],
    ),
    # a plan told by an unnamed group is not the gathering the next sentence tells (a guard)
    (
        "BRASILIA — The foreign ministers will work out a schedule for the talks, a statement said. Brazilian President "
        "Luiz Inacio Lula da Silva hosted Argentine President Alberto Fernandez, Chilean President Gabriel Boric and "
        "Colombian President Gustavo Petro on Tuesday.",
        "2023-05-31",
        [
            (
                {"Luiz Inácio Lula da Silva", "Alberto Fernández", "Gabriel Boric", "Gustavo Petro"},
                {"status": "occurred", "date": "2023-05-30"},
            )
        ],
    ),
    # a route phrase the parser hung on the talks belongs to the topic ("grain exports through the Black Sea")
    (
        "Turkish President Tayyip Erdogan met Russian President Vladimir Putin in Samarkand on Friday. Erdogan later held talks "
        "with Putin on grain exports through the Black Sea.",
        "2022-09-17",
        [({"Recep Tayyip Erdoğan", "Vladimir Putin"}, {"status": "occurred", "topic": "grain exports through the Black Sea"})],
    ),
    # a capital told by description after a situation is where the talks were held, not part of the topic
    (
        "Colombian President Juan Manuel Santos met Venezuelan President Nicolas Maduro on Saturday for talks on the border crisis "
        "in the Ecuadorean capital.",
        "2015-09-22",
        [({"Juan Manuel Santos", "Nicolás Maduro"}, {"status": "occurred", "topic": "the border crisis", "place": "Quito"})],
    ),
    # "The meeting lasted four hours and focused on X": the coordinated verb shares the subject
    (
        "Israeli Prime Minister Naftali Bennett met Abu Dhabi Crown Prince Mohamed bin Zayed on Monday. The meeting at the crown "
        "prince's private palace lasted more than four hours and focused on economic and technological cooperation, Bennett's "
        "office said.",
        "2021-12-13",
        [({"Naftali Bennett", "Mohamed bin Zayed Al Nahyan"}, {"status": "occurred", "topic": "economic and technological cooperation"})],
    ),
    # "a summit, which opened on Monday and which X said would focus on Y": coordinated relatives
    (
        "The week-long Pacific Islands Forum summit in Tonga, which opened on Monday and which the forum's secretary general, Baron "
        "Waqa, said would focus on climate finance and security, is also being attended by New Zealand's Christopher Luxon and Fiji's "
        "Sitiveni Rabuka.",
        "2024-08-27",
        [
            (
                {"Pacific Islands Forum", "Baron Waqa", "Christopher Luxon", "Sitiveni Rabuka"},
                {"status": "occurred", "topic": "climate finance and security"},
            )
        ],
    ),
    # so does the frame of the matter discussed ("deeper integration under a 1999 union treaty")
    (
        "Belarusian President Alexander Lukashenko met Russian President Vladimir Putin in Sochi on Monday. The two men discussed "
        "deeper integration under a 1999 union treaty, the Kremlin said.",
        "2020-09-15",
        [({"Alexander Lukashenko", "Vladimir Putin"}, {"status": "occurred", "topic": "deeper integration under a 1999 union treaty"})],
    ),
    # a matter told with its region ("peace in the Middle East") keeps the region, and the list goes on
    # in the noun the parser coordinated with the verb
    (
        "Iranian President Hassan Rouhani met Italian Prime Minister Matteo Renzi in Rome on Monday and discussed peace in the "
        "Middle East and the fight against terrorism.",
        "2016-01-26",
        [
            (
                {"Hassan Rouhani", "Matteo Renzi"},
                {"status": "occurred", "topic": "peace in the Middle East and the fight against terrorism"},
            )
        ],
    ),
    (
        "Chinese Foreign Minister Wang Yi met Togolese President Faure Gnassingbe on Wednesday and discussed debt relief and "
        "security in the Sahel.",
        "2024-01-18",
        [({"Wang Yi", "Faure Gnassingbé"}, {"status": "occurred", "topic": "debt relief and security in the Sahel"})],
    ),
    # guard: a city after such a matter is where they met, not what about (mutation-checked)
    (
        "Turkish Foreign Minister Hakan Fidan met Antony Blinken on Friday and discussed security in Ankara.",
        "2023-01-06",
        [({"Hakan Fidan", "Antony Blinken"}, {"status": "occurred", "topic": "security"})],
    ),
    # "talks on the war with X": X is a party to the war, not to the talks
    (
        "French President Emmanuel Macron held talks with Ukrainian President Volodymyr Zelenskiy on the war with Russia on "
        "Monday.",
        "2023-05-15",
        [({"Emmanuel Macron", "Volodymyr Zelenskyy"}, {"status": "occurred", "topic": "the war with Russia"})],
    ),
    # guard: "talks on trade with Y" keeps Y, the company the parser hangs on the topic (passed before the rule; mutation-checked)
    (
        "French President Emmanuel Macron held talks on trade with Ukrainian President Volodymyr Zelenskiy in Paris on Monday.",
        "2023-05-15",
        [({"Emmanuel Macron", "Volodymyr Zelenskyy"}, {"status": "occurred", "topic": "trade"})],
    ),
    # "on the sidelines" after the matter is where they talked, not part of it
    (
        "Japan's Yoko Kamikawa and China's Wang Yi, both present, discussed the fighting in Myanmar on the sidelines on Thursday.",
        "2023-03-03",
        [({"Yōko Kamikawa", "Wang Yi"}, {"status": "occurred", "topic": "the fighting in Myanmar"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_meeting_topic_bounds(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
