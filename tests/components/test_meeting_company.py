"""Repeated "with" phrases, lists that run through an unnamed office holder, "X and other
leaders", "without meeting", companions in a "while" clause, "was also present", "attended the
summit, including X", "called on X", "told delegates", "confronted X" and places that are no
topic:
sentences written for these tests, one list per rule.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check
from role_cases import R
from role_cases import roles_of as _roles

#: "talks with X, and with Y": a repeated preposition tells one meeting with each.
REPEATED_WITH: list[tuple[str, str, Expected]] = [
    (
        "Emmanuel Macron held talks on Tuesday with Olaf Scholz, who had flown in that morning, and with Giorgia Meloni.",
        "2023-06-21",
        [({"Emmanuel Macron", "Olaf Scholz"}, {"status": "occurred"}), ({"Emmanuel Macron", "Giorgia Meloni"}, {"status": "occurred"})],
    ),
    (
        "Narendra Modi held a series of bilateral meetings on Saturday, including with Rishi Sunak and with Fumio Kishida.",
        "2023-09-10",
        [({"Narendra Modi", "Rishi Sunak"}, {"date": "2023-09-09"}), ({"Narendra Modi", "Fumio Kishida"}, {"date": "2023-09-09"})],
    ),
    # one "with" and a coordinated object stay one meeting
    (
        "Emmanuel Macron held talks on Tuesday with Olaf Scholz and Giorgia Meloni.",
        "2023-06-21",
        [({"Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni"}, {"status": "occurred"})],
    ),
]

#: "A, B, the Dutch prime minister, C and D": the list goes on past an unnamed office holder.
LISTS: list[tuple[str, str, Expected]] = [
    (
        "Olaf Scholz hosted the conference, attended by French President Emmanuel Macron, Spanish Prime Minister Pedro "
        "Sanchez, the Dutch prime minister, Polish President Andrzej Duda and NATO Secretary-General Jens Stoltenberg.",
        "2023-05-10",
        [({"Olaf Scholz", "Emmanuel Macron", "Pedro Sánchez", "Mark Rutte", "Andrzej Duda", "Jens Stoltenberg"}, {"status": "occurred"})],
    ),
    # "X and other East African leaders": the parser may hang X on "leaders"
    (
        "Emmanuel Macron is to meet William Ruto and other East African leaders in Nairobi on Friday.",
        "2023-06-20",
        [({"Emmanuel Macron", "William Ruto"}, {"status": "planned", "date": "2023-06-23"})],
    ),
]

#: "left without meeting X" tells that the meeting did not happen.
WITHOUT: list[tuple[str, str, Expected]] = [
    ("Li Qiang flew home on Sunday without meeting Anthony Albanese.", "2023-09-11", []),
    ("Li Qiang left Jakarta without a meeting with Anthony Albanese.", "2023-09-11", []),
]

#: "..., while Y was accompanied by Z": Z sits at the meeting told before, on Y's side.
WHILE_ACCOMPANIED: list[tuple[str, str, Expected]] = [
    (
        "Joe Biden met Xi Jinping in Woodside on Wednesday. Antony Blinken and Janet Yellen joined Biden at the table, "
        "while Xi was accompanied by Wang Yi and Cai Qi.",
        "2023-11-16",
        [({"Joe Biden", "Xi Jinping", "Antony Blinken", "Janet Yellen", "Wang Yi", "Cai Qi"}, {"date": "2023-11-15"})],
    ),
]

#: "X was also present", "Y and Z were also at the table", "W was in attendance": people at the talks told before.
PRESENT: list[tuple[str, str, Expected]] = [
    (
        "Cyril Ramaphosa hosted William Ruto in Pretoria on Thursday. Kenyan Foreign Minister Musalia Mudavadi was also present.",
        "2024-03-08",
        [({"Cyril Ramaphosa", "William Ruto", "Musalia Mudavadi"}, {"date": "2024-03-07"})],
    ),
    (
        "Cyril Ramaphosa hosted William Ruto in Pretoria on Thursday. Naledi Pandor and Musalia Mudavadi were also at the table.",
        "2024-03-08",
        [({"Cyril Ramaphosa", "William Ruto", "Naledi Pandor", "Musalia Mudavadi"}, {"date": "2024-03-07"})],
    ),
    (
        "Cyril Ramaphosa hosted William Ruto in Pretoria on Thursday. Naledi Pandor was in attendance.",
        "2024-03-08",
        [({"Cyril Ramaphosa", "William Ruto", "Naledi Pandor"}, {})],
    ),
    # absent, or present at nothing told
    ("Cyril Ramaphosa hosted William Ruto in Pretoria on Thursday. Naledi Pandor was not present.", "2024-03-08", [({"Cyril Ramaphosa", "William Ruto"}, {})]),
    ("Naledi Pandor was present in Pretoria on Thursday.", "2024-03-08", []),
]

#: "attended the gathering, including X and Y": the people the gathering includes attend it.
INCLUDING: list[tuple[str, str, Expected]] = [
    (
        "Leaders of a dozen countries attended the summit in Nairobi on Monday, including Cyril Ramaphosa, Paul Kagame and "
        "Samia Suluhu Hassan.",
        "2024-03-12",
        [({"Cyril Ramaphosa", "Paul Kagame", "Samia Suluhu Hassan"}, {"date": "2024-03-11", "mode": "multilateral"})],
    ),
]

#: "called on President X" (to discuss Y) is a courtesy visit; "called on X to resign" is a demand.
CALLED_ON: list[tuple[str, str, Expected]] = [
    (
        "Chilean President Gabriel Boric arrived in Madrid on Monday. Boric also called on King Felipe VI.",
        "2023-03-07",
        [({"Gabriel Boric", "Felipe VI"}, {"mode": "visit", "status": "occurred"})],
    ),
    ("Gabriel Boric called on Pedro Sanchez to back the trade deal.", "2023-03-07", []),
    # called on to discuss: the purpose of a visit, not a demand
    (
        "Chilean President Gabriel Boric called on Spanish Prime Minister Pedro Sanchez on Monday to discuss the trade deal.",
        "2023-03-07",
        [({"Gabriel Boric", "Pedro Sánchez"}, {"mode": "visit", "status": "occurred", "topic": "the trade deal"})],
    ),
    # the verb's own "to" ("was due to call on Y") is a plan, not a demand
    (
        "Chilean President Gabriel Boric arrived in Madrid on Monday and was due to call on King Felipe VI later on Tuesday.",
        "2023-03-07",
        [({"Gabriel Boric", "Felipe VI"}, {"mode": "visit", "status": "planned"})],
    ),
    # a "to" in a clause on the person called on is no demand ("Y, whose government offered to ...")
    (
        "Chilean President Gabriel Boric called on Spanish Prime Minister Pedro Sanchez, whose government offered to host the "
        "summit, on Monday.",
        "2023-03-07",
        [({"Gabriel Boric", "Pedro Sánchez"}, {"mode": "visit", "status": "occurred"})],
    ),
]

#: "X told delegates ...", "Y urged the summit ...": the speaker is at the meeting told before;
#: "confronted X" is an encounter with a person (not "confronted the crisis").
SPEAKERS: list[tuple[str, str, Expected]] = [
    (
        "Foreign ministers of the Gulf Cooperation Council met in Riyadh on Sunday. Saudi Crown Prince Mohammed bin "
        "Salman told delegates that the region needed calm.",
        "2023-06-05",
        [({"Gulf Cooperation Council", "Mohammed bin Salman"}, {"date": "2023-06-04"})],
    ),
    (
        "Leaders of the African Union met in Addis Ababa on Saturday. William Ruto urged the summit to act on debt.",
        "2024-02-18",
        [({"African Union", "William Ruto"}, {"date": "2024-02-17"})],
    ),
    ("William Ruto told reporters in Nairobi on Saturday that debt relief was urgent.", "2024-02-18", []),
    (
        "Joe Biden confronted Benjamin Netanyahu in Tel Aviv on Wednesday over aid to Gaza.",
        "2023-10-19",
        [({"Joe Biden", "Benjamin Netanyahu"}, {"date": "2023-10-18"})],
    ),
    ("Joe Biden confronted the crisis in Gaza on Wednesday.", "2023-10-19", []),
]

#: A carpet or a lawn an encounter happens on is no topic.
NO_TOPIC: list[tuple[str, str, Expected]] = [
    ("Xi Jinping greeted Vladimir Putin on a red carpet in Beijing on Tuesday.", "2023-10-18", [({"Xi Jinping", "Vladimir Putin"}, {"topic": None})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), REPEATED_WITH + LISTS + WITHOUT + WHILE_ACCOMPANIED + PRESENT + INCLUDING + CALLED_ON + SPEAKERS + NO_TOPIC)
def test_meeting_company(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
def test_a_title_of_another_state_after_a_premodified_name_is_no_appositive(nlp: Any) -> None:
    roles = _roles(nlp, "The summit was attended by British Prime Minister Rishi Sunak, the Dutch prime minister, and Olaf Scholz.", "2023-05-10")
    assert R("Rishi Sunak", "Prime Minister", "GBR") in roles
    assert R("Mark Rutte", "Prime Minister", "NLD") in roles
    assert not any(r.person == "Rishi Sunak" and r.country == "NLD" for r in roles)


@pytest.mark.integration
def test_an_appositive_of_the_same_state_still_binds(nlp: Any) -> None:
    roles = _roles(nlp, "British Prime Minister Rishi Sunak, the Conservative leader, met Olaf Scholz.", "2023-05-10")
    assert R("Rishi Sunak", "Prime Minister", "GBR") in roles
    assert not any(r.person is None for r in roles)
