"""Led delegations, companions, sideline bilaterals, meals, seats at the table, calls, remote
joiners and onlookers: sentences written for these tests, one list per rule.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

#: "X led a delegation including Y and Z ... for talks with W": the members take part with X;
#: "the delegation" later stands for the same people.
LED_DELEGATIONS: list[tuple[str, str, Expected]] = [
    (
        "German Chancellor Olaf Scholz led a delegation including Finance Minister Christian Lindner and Economy Minister "
        "Robert Habeck to Beijing on Tuesday for talks with Chinese Premier Li Qiang.",
        "2024-04-17",
        [({"Olaf Scholz", "Christian Lindner", "Robert Habeck", "Li Qiang"}, {"status": "occurred", "date": "2024-04-16"})],
    ),
    (
        "German Chancellor Olaf Scholz led a delegation including Finance Minister Christian Lindner and Economy Minister "
        "Robert Habeck to Beijing on Tuesday for talks with Chinese Premier Li Qiang. Later that day the delegation met "
        "President Xi Jinping.",
        "2024-04-17",
        [
            ({"Olaf Scholz", "Christian Lindner", "Robert Habeck", "Li Qiang"}, {"status": "occurred"}),
            ({"Olaf Scholz", "Christian Lindner", "Robert Habeck", "Xi Jinping"}, {"status": "occurred"}),
        ],
    ),
]

#: "X, accompanied by Y, met Z": the companion takes part.
COMPANIONS: list[tuple[str, str, Expected]] = [
    (
        "Japanese Prime Minister Fumio Kishida, accompanied by Foreign Minister Yoko Kamikawa, met Philippine President "
        "Ferdinand Marcos Jr. in Manila on Saturday.",
        "2023-11-06",
        [({"Fumio Kishida", "Yōko Kamikawa", "Bongbong Marcos"}, {"status": "occurred", "date": "2023-11-04"})],
    ),
    (
        # the companion told in a passive relative clause
        "Japanese Prime Minister Fumio Kishida, who was accompanied by Foreign Minister Yoko Kamikawa, discussed maritime "
        "security with Philippine President Ferdinand Marcos Jr. in Manila on Saturday.",
        "2023-11-06",
        [({"Fumio Kishida", "Yōko Kamikawa", "Bongbong Marcos"}, {"status": "occurred", "date": "2023-11-04", "topic": "maritime security"})],
    ),
    (
        # "joined for the first time by the leaders of new members A and B": the parser hangs "by" on
        # "time" and the states in apposition to "members"
        "Chinese President Xi Jinping hosted leaders of the Shanghai Cooperation Organisation in Tianjin on Monday. Russia's "
        "Vladimir Putin and India's Narendra Modi sat at the table, joined for the first time by the leaders of new members Belarus and Iran.",
        "2025-09-02",
        [
            (
                {"Shanghai Cooperation Organisation", "Xi Jinping", "Vladimir Putin", "Narendra Modi", "Belarus", "Iran"},
                {"status": "occurred", "mode": "multilateral", "date": "2025-09-01"},
            )
        ],
    ),
    (
        # "They were joined by X": a pronoun as the ones joined
        "Chinese President Xi Jinping and Brazilian President Luiz Inácio Lula da Silva held talks in Beijing on Friday. "
        "They were later joined by Foreign Minister Wang Yi.",
        "2023-04-15",
        [({"Xi Jinping", "Luiz Inácio Lula da Silva", "Wang Yi"}, {"status": "occurred", "date": "2023-04-14"})],
    ),
    (
        # "talked ... before being joined by their delegations, including X and Y": the people the list names
        "Chinese President Xi Jinping and Brazilian President Luiz Inácio Lula da Silva held talks in Beijing on Friday. The two "
        "leaders talked alone for an hour before being joined by their delegations, including Foreign Minister Wang Yi and his "
        "Brazilian counterpart, Mauro Vieira.",
        "2023-04-15",
        [({"Xi Jinping", "Luiz Inácio Lula da Silva", "Wang Yi", "Mauro Vieira"}, {"status": "occurred", "date": "2023-04-14"})],
    ),
]

#: "held a bilateral on the sidelines with X": the parser hangs "with" on "sidelines".
SIDELINE_WITH: list[tuple[str, str, Expected]] = [
    (
        "On Wednesday, Antony Blinken held a bilateral on the sidelines with Japan's Yoshimasa Hayashi.",
        "2023-03-03",
        [({"Antony Blinken", "Yoshimasa Hayashi"}, {"status": "occurred", "date": "2023-03-01"})],
    ),
]

#: "X met Y, telling him ..., and also met Z": the gerund's subject is X, not the name before
#: its comma, so X met Y and X met Z (no Y-Z meeting).
GERUND_SUBJECTS: list[tuple[str, str, Expected]] = [
    (
        "On Wednesday, Antony Blinken held talks with Japan's Yoshimasa Hayashi, telling him that the alliance was strong, "
        "and also met South Korea's Park Jin.",
        "2023-03-03",
        [
            ({"Antony Blinken", "Yoshimasa Hayashi"}, {"status": "occurred"}),
            ({"Antony Blinken", "Park Jin"}, {"status": "occurred"}),
        ],
    ),
]

#: "where he and X witnessed the signing": a pronoun coordinated with a name is a person doing it with X.
PRONOUN_AND_NAME: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto arrived in Kampala on Wednesday from Dodoma, where on Tuesday he and Tanzanian President Samia Suluhu Hassan "
        "witnessed the signing of a pipeline deal.",
        "2024-06-05",
        [({"William Ruto", "Samia Suluhu Hassan"}, {"date": "2024-06-04", "place": "Dodoma"})],
    ),
]

#: A name whose last word the tagger reads as a verb ("Qaboos bin Said"): the "with" it follows keeps it.
NAME_READ_AS_VERB: list[tuple[str, str, Expected]] = [
    (
        "NEW DELHI, Feb 12 (AFP) - Indian Prime Minister Narendra Modi returned on Monday from a short and long-planned visit to Oman, where he held "
        "talks with Sultan Qaboos bin Said on ways to expand trade, his office said.",
        "2018-02-12",
        [({"Narendra Modi", "Qaboos bin Said"}, {"place": "Oman", "status": "occurred"})],
    ),
]

#: "chaired a dinner with X and Y": the counterpart phrase hangs on the chairing verb.
CHAIRED_WITH: list[tuple[str, str, Expected]] = [
    (
        "Charles Michel travelled to Brussels to chair a dinner on Monday with Serbian President Aleksandar Vucic and "
        "Kosovo Prime Minister Albin Kurti.",
        "2023-05-03",
        [({"Charles Michel", "Aleksandar Vučić", "Albin Kurti"}, {"status": "occurred", "date": "2023-05-01"})],
    ),
]

#: "X also sat at the table", "Around the table were X, Y and Z", "X sat in the same room as Y": more people at the
#: talks told before.
AT_THE_TABLE: list[tuple[str, str, Expected]] = [
    (
        "Charles Michel travelled to Brussels to chair a dinner on Monday with Serbian President Aleksandar Vucic and "
        "Kosovo Prime Minister Albin Kurti. EU envoy Miroslav Lajcak also sat at the table.",
        "2023-05-03",
        [({"Charles Michel", "Aleksandar Vučić", "Albin Kurti", "Miroslav Lajčák"}, {"status": "occurred"})],
    ),
    (
        "Russian President Vladimir Putin talked with the leaders of three Central Asian states in Moscow on Friday. "
        "Around the table were Kazakhstan's Kassym-Jomart Tokayev, Uzbekistan's Shavkat Mirziyoyev and Tajikistan's Emomali Rahmon.",
        "2024-05-11",
        [({"Vladimir Putin", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Emomali Rahmon"}, {"status": "occurred"})],
    ),
    (
        "Egyptian President Abdel Fattah al-Sisi hosted a regional summit on Gaza in Cairo on Saturday. Jordan's King Abdullah II attended. "
        "Iran's foreign minister, Abbas Araghchi, sat in the same room as his Saudi counterpart, Prince Faisal bin Farhan.",
        "2025-03-02",
        [
            (
                {"Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Abbas Araghchi", "Faisal bin Farhan Al Saud"},
                {"status": "occurred", "date": "2025-03-01", "place": "Cairo"},
            )
        ],
    ),
    (
        # "sat at one table with X": the parser hangs "with" on the table
        "Norway's Foreign Minister Espen Barth Eide opened the talks on Monday at the Holmenkollen hotel in Oslo, where "
        "Colombian negotiator Otty Patino sat at one table with ELN commander Pablo Beltran and Cuban diplomats.",
        "2023-05-03",
        [({"Espen Barth Eide", "Otty Patino", "Pablo Beltran", "Cuba"}, {"status": "occurred", "mode": "multilateral", "date": "2023-05-01"})],
    ),
    (
        # a side told by a noun ("the rebels, led by X") is there through its head
        "Norway's Foreign Minister Espen Barth Eide opened the talks on Monday at the Holmenkollen hotel in Oslo, where "
        "the rebels, led by commander Pablo Beltran, sat at one table with Colombian negotiator Otty Patino.",
        "2023-05-03",
        [({"Espen Barth Eide", "Otty Patino", "Pablo Beltran"}, {"status": "occurred", "date": "2023-05-01"})],
    ),
    (
        # "X sat with A and B" (not "sat down with"): beside them at the gathering told before
        "Leaders of the Group of Seven met in Hiroshima on Friday. Japanese Prime Minister Fumio Kishida hosted the session. "
        "U.S. President Joe Biden sat with French President Emmanuel Macron and Germany's Olaf Scholz.",
        "2023-05-20",
        [({"G7", "Fumio Kishida", "Joe Biden", "Emmanuel Macron", "Olaf Scholz"}, {"status": "occurred", "mode": "multilateral", "date": "2023-05-19"})],
    ),
    # Guard: a refusal to share the room is no seat at any talks.
    ("Iran's foreign minister, Abbas Araghchi, has refused to sit in the same room as his Saudi counterpart.", "2025-03-02", []),
]

#: "X told Y in a call": a call with the person told, though no "phone" or "with" names it.
TOLD_IN_CALL: list[tuple[str, str, Expected]] = [
    (
        "Australian Prime Minister Anthony Albanese told Chinese Premier Li Qiang in a 40-minute call on Monday that trade curbs must end.",
        "2024-03-13",
        [({"Anthony Albanese", "Li Qiang"}, {"status": "occurred", "mode": "phone", "date": "2024-03-11"})],
    ),
    (
        # "spoke with Y in a call that Z also joined": the call is the talk, and Z joins it
        "Canadian Prime Minister Mark Carney spoke with Mexican President Claudia Sheinbaum on Tuesday in a call that "
        "U.S. Trade Representative Jamieson Greer also joined.",
        "2025-06-12",
        [({"Mark Carney", "Claudia Sheinbaum", "Jamieson Greer"}, {"status": "occurred", "mode": "phone", "date": "2025-06-10"})],
    ),
    (
        # "talked to Y during a call": a call, though no "phone" names it
        "Irish Taoiseach Micheal Martin talked to British Prime Minister Keir Starmer during a call on Friday about the border.",
        "2025-02-10",
        [({"Micheál Martin", "Keir Starmer"}, {"status": "occurred", "mode": "phone", "date": "2025-02-07"})],
    ),
]

#: "X hosted Y, and Z joined by phone": Z attends from afar.
JOINED_REMOTELY: list[tuple[str, str, Expected]] = [
    (
        "French President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris on Friday, and Ukrainian President "
        "Volodymyr Zelensky joined by phone.",
        "2024-03-18",
        [({"Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelenskyy"}, {"status": "occurred", "date": "2024-03-15"})],
    ),
]

#: "X and his counterpart signed an accord": the counterpart is a second signer, named or not.
COUNTERPART_SIGNERS: list[tuple[str, str, Expected]] = [
    (
        "Kosovo Foreign Minister Enver Hoxhaj flew to Brussels on Thursday. On Friday, Serbian Foreign Minister Ivica Dacic "
        "and his Kosovo counterpart signed an accord there.",
        "2013-04-22",
        [({"Ivica Dačić", "Enver Hoxhaj"}, {"status": "occurred"})],
    ),
]

#: "signed by the mediation team, made up of X, Y and Z": the members listed sign together (a
#: body with none listed names no one).
BODY_SIGNERS: list[tuple[str, str, Expected]] = [
    (
        "A second text was signed on Friday by the mediation team, made up of former Kenyan president Uhuru Kenyatta, "
        "African Union envoy Olusegun Obasanjo and U.N. envoy Nicholas Haysom.",
        "2025-03-08",
        [({"Uhuru Kenyatta", "Olusegun Obasanjo", "Nicholas Haysom"}, {"status": "occurred", "date": "2025-03-07"})],
    ),
    ("The appeal was signed on Friday by a group of former leaders.", "2025-03-08", []),
]

#: "X signed a document backing the deal together with Y and Z": the parser hangs "together with"
#: on the participle; Y and Z sign too (a thing signed "together with" is no signer).
TOGETHER_SIGNERS: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto signed a declaration backing the truce together with Ugandan President Yoweri Museveni "
        "and Rwandan President Paul Kagame.",
        "2025-03-04",
        [({"William Ruto", "Yoweri Museveni", "Paul Kagame"}, {"status": "occurred"})],
    ),
    ("Kenyan President William Ruto signed a decree backing the plan together with new rules for exporters.", "2025-03-04", []),
]

#: "X and his counterpart, Y, signed a pact": two signers; "Z and W looked on, joined by V": onlookers attend.
SIGNERS_AND_ONLOOKERS: list[tuple[str, str, Expected]] = [
    (
        "Serbian Foreign Minister Ivica Dacic and his Kosovo counterpart, Enver Hoxhaj, signed an accord in Brussels on Friday.",
        "2013-04-22",
        [({"Ivica Dačić", "Enver Hoxhaj"}, {"status": "occurred", "date": "2013-04-19"})],
    ),
    (
        "Serbian Foreign Minister Ivica Dacic and his Kosovo counterpart, Enver Hoxhaj, signed an accord in Brussels on Friday. "
        "Serbia's Tomislav Nikolic and Kosovo's Hashim Thaci looked on, joined by the EU's foreign policy "
        "chief, Catherine Ashton.",
        "2013-04-22",
        [({"Ivica Dačić", "Enver Hoxhaj", "Tomislav Nikolić", "Hashim Thaçi", "Catherine Ashton"}, {"status": "occurred"})],
    ),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), LED_DELEGATIONS)
def test_members_of_a_led_delegation_take_part(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), COMPANIONS)
def test_companion_of_the_subject_takes_part(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), SIDELINE_WITH)
def test_with_phrase_on_the_sidelines_is_the_counterpart(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), GERUND_SUBJECTS)
def test_gerund_clause_takes_the_main_subject(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), CHAIRED_WITH)
def test_chaired_meal_with_counterparts_is_a_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), AT_THE_TABLE)
def test_seat_at_the_table_joins_the_talks(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), TOLD_IN_CALL)
def test_person_told_in_a_call_is_the_counterpart(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), JOINED_REMOTELY)
def test_joining_by_phone_attends_the_talks(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), SIGNERS_AND_ONLOOKERS)
def test_signers_and_onlookers_meet(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), COUNTERPART_SIGNERS)
def test_possessed_counterpart_is_a_second_signer(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: A bare "on the sidelines" names no place; a town hung on it ("in Y") is the place.
BARE_SIDELINES: list[tuple[str, str, Expected]] = [
    (
        "Spanish Prime Minister Pedro Sánchez held a bilateral on the sidelines with Portuguese Prime Minister "
        "António Costa in Granada on Friday.",
        "2023-10-07",
        [({"Pedro Sánchez", "António Costa"}, {"status": "occurred", "place": "Granada"})],
    ),
    (
        "Spanish Prime Minister Pedro Sánchez held a bilateral on the sidelines with Portuguese Prime Minister "
        "António Costa on Friday.",
        "2023-10-07",
        [({"Pedro Sánchez", "António Costa"}, {"status": "occurred", "place": None})],
    ),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), BARE_SIDELINES)
def test_bare_sidelines_are_not_a_place(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), BODY_SIGNERS)
def test_members_listed_for_a_signing_body_sign(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), TOGETHER_SIGNERS)
def test_signers_together_with_the_subject_sign(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), NAME_READ_AS_VERB)
def test_a_name_read_as_a_verb_is_still_the_counterpart(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), PRONOUN_AND_NAME)
def test_a_pronoun_and_a_name_do_it_together(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "X is expected to join him at a match": joining a person named by a pronoun is meeting him.
JOINED_PRONOUN: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala on Monday. On Tuesday Ruto is due to address "
        "parliament, and Museveni is expected to join him at a football match between the two national sides.",
        "2024-06-04",
        [({"William Ruto", "Yoweri Museveni"}, {"status": "occurred", "date": "2024-06-03"}), ({"William Ruto", "Yoweri Museveni"}, {"status": "planned"})],
    ),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), JOINED_PRONOUN)
def test_joining_him_is_meeting_him(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
