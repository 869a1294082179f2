"""Sides listed later, datelines, schedules, one meeting per counterpart or destination,
trilaterals and called-off talks: sentences written for these tests, one list per rule.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

#: "X was accompanied by A, while Y's side included B and C": each side's people join the
#: meeting of X and Y told just before.
SIDE_LISTS: list[tuple[str, str, Expected]] = [
    (
        "German Chancellor Olaf Scholz hosted French President Emmanuel Macron for dinner in Potsdam on Tuesday. "
        "Macron's delegation included Foreign Minister Catherine Colonna and Finance Minister Bruno Le Maire.",
        "2023-06-08",
        [({"Olaf Scholz", "Emmanuel Macron", "Catherine Colonna", "Bruno Le Maire"}, {"status": "occurred", "date": "2023-06-06"})],
    ),
    (
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Sunday. "
        "Kishida was accompanied by his wife, while Yoon's side included Foreign Minister Park Jin.",
        "2023-05-09",
        [({"Fumio Kishida", "Yoon Suk Yeol", "Park Jin"}, {"status": "occurred", "date": "2023-05-07"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), SIDE_LISTS)
def test_a_sides_listed_members_join_the_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "CITY, May 9 (Agency) - X flew to Y on Sunday for talks with Z": the dateline's date is when
#: the story was filed, not the day of the talks told in the sentence.
DATELINE_DATES: list[tuple[str, str, Expected]] = [
    (
        "WELLINGTON, June 2 (Reuters) - New Zealand Prime Minister Chris Hipkins flew to Canberra on Wednesday for a "
        "dinner with Australian Prime Minister Anthony Albanese.",
        "2023-06-02",
        [({"Chris Hipkins", "Anthony Albanese"}, {"status": "occurred", "date": "2023-05-31"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), DATELINE_DATES)
def test_a_datelines_date_does_not_date_the_talks_told_after_it(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "X agreed to send Y to Z after talks with W": the talks before the agreement took place; the
#: travel verb of the agreement does not make them planned.
TALKS_BEFORE_AN_AGREEMENT: list[tuple[str, str, Expected]] = [
    (
        "On Tuesday Brazilian President Luiz Inacio Lula da Silva agreed to send a trade delegation to Beijing after "
        "talks with Chinese Premier Li Qiang.",
        "2023-07-13",
        [({"Luiz Inácio Lula da Silva", "Li Qiang"}, {"status": "occurred", "date": "2023-07-11"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), TALKS_BEFORE_AN_AGREEMENT)
def test_talks_after_which_a_trip_was_agreed_took_place(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "X's schedule in Y included bilateral meetings with A, and with B": X holds one meeting with
#: each, in Y, on no day told.
SCHEDULES: list[tuple[str, str, Expected]] = [
    (
        "German Chancellor Olaf Scholz arrived in Tokyo on Sunday. Scholz's programme in Tokyo also included bilateral "
        "meetings with Japanese Prime Minister Fumio Kishida, and with Indian Prime Minister Narendra Modi.",
        "2023-03-20",
        [
            ({"Olaf Scholz", "Fumio Kishida"}, {"status": "occurred", "place": "Tokyo", "date": None}),
            ({"Olaf Scholz", "Narendra Modi"}, {"status": "occurred", "place": "Tokyo", "date": None}),
        ],
    ),
    (
        "Canadian Prime Minister Justin Trudeau's agenda in Rome featured talks with Italian Prime Minister Giorgia Meloni.",
        "2023-03-20",
        [({"Justin Trudeau", "Giorgia Meloni"}, {"status": "occurred", "place": "Rome"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), SCHEDULES)
def test_meetings_on_a_persons_schedule_are_that_persons(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "X will travel to A and B for talks with P and Q": one visit per destination, each counterpart
#: met in their own country; one destination keeps the three together.
DESTINATIONS: list[tuple[str, str, Expected]] = [
    # "flying to X, where talks with Y are scheduled": the traveller's talks in the clause on the destination
    (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Thursday before flying to Kigali, where talks with "
        "Rwandan President Paul Kagame are scheduled for Friday.",
        "2024-06-06",
        [
            ({"William Ruto", "Yoweri Museveni"}, {"status": "occurred", "date": "2024-06-06"}),
            ({"William Ruto", "Paul Kagame"}, {"status": "planned", "mode": "visit", "place": "Kigali", "date": "2024-06-07"}),
        ],
    ),
    (
        "Indian Prime Minister Narendra Modi will visit Brazil and Argentina next week for talks with Brazilian President "
        "Luiz Inacio Lula da Silva and Argentine President Javier Milei.",
        "2024-05-06",
        [
            ({"Narendra Modi", "Luiz Inácio Lula da Silva"}, {"status": "planned", "mode": "visit", "place": "Brazil"}),
            ({"Narendra Modi", "Javier Milei"}, {"status": "planned", "mode": "visit", "place": "Argentina"}),
        ],
    ),
    (
        "Indian Prime Minister Narendra Modi will travel to Brazil for talks with Brazilian President Luiz Inacio Lula da "
        "Silva and Argentine President Javier Milei.",
        "2024-05-06",
        [({"Narendra Modi", "Luiz Inácio Lula da Silva", "Javier Milei"}, {"status": "planned", "place": "Brazil"})],
    ),
    # a trip made to hand something to a person in person ("to present the proposal to X") meets X
    (
        "U.S. envoy Steve Witkoff is expected to travel to Moscow later this week to present the proposal to President Vladimir Putin.",
        "2025-03-11",
        [({"Steve Witkoff", "Vladimir Putin"}, {"status": "planned", "place": "Moscow"})],
    ),
    # guard: a proposal presented to a parliament is no meeting with a person
    ("U.S. envoy Steve Witkoff is expected to travel to Moscow later this week to present the proposal to the Duma.", "2025-03-11", []),
    # "heads to Serbia and Hungary, where he is expected to hold talks with X and Y": the trip of the "where" clause
    (
        "French President Emmanuel Macron welcomed Chinese leader Xi Jinping in Paris on Monday. Xi then heads to Serbia and "
        "Hungary, where he is expected to hold talks with Aleksandar Vucic and Viktor Orban, two of Beijing's closest partners "
        "in Europe.",
        "2024-05-06",
        [
            ({"Emmanuel Macron", "Xi Jinping"}, {"status": "occurred", "place": "Paris"}),
            ({"Xi Jinping", "Aleksandar Vučić"}, {"status": "planned", "place": "Serbia"}),
            ({"Xi Jinping", "Viktor Orbán"}, {"status": "planned", "place": "Hungary"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), DESTINATIONS)
def test_a_trip_to_several_countries_is_one_visit_per_country(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "a trilateral meeting joined by X": X and the two people of the meeting told just before.
TRILATERALS: list[tuple[str, str, Expected]] = [
    (
        "German Chancellor Olaf Scholz welcomed Japanese Prime Minister Fumio Kishida to Berlin on Monday. The day began "
        "with a trilateral meeting joined by NATO Secretary General Jens Stoltenberg.",
        "2024-05-07",
        [
            ({"Olaf Scholz", "Fumio Kishida"}, {"status": "occurred", "mode": "visit"}),
            ({"Olaf Scholz", "Fumio Kishida", "Jens Stoltenberg"}, {"status": "occurred", "mode": "multilateral"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), TRILATERALS)
def test_a_trilateral_joined_by_one_adds_the_two_told_before(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "During the visit, X also met A and B": calls on further people of the trip, one meeting each
#: ("held talks with A and B" stays one meeting of three: a guard).
ALSO_MET: list[tuple[str, str, Expected]] = [
    (
        "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo on Monday. Modi "
        "also met Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara.",
        "2024-03-12",
        [
            ({"Narendra Modi", "Fumio Kishida"}, {"status": "occurred", "date": "2024-03-11"}),
            ({"Narendra Modi", "Yōko Kamikawa"}, {"status": "occurred"}),
            ({"Narendra Modi", "Minoru Kihara"}, {"status": "occurred"}),
        ],
    ),
    (
        "Indian Prime Minister Narendra Modi held talks in Tokyo on Monday with Japanese Prime Minister Fumio Kishida and "
        "Foreign Minister Yoko Kamikawa.",
        "2024-03-12",
        [({"Narendra Modi", "Fumio Kishida", "Yōko Kamikawa"}, {"status": "occurred", "date": "2024-03-11"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), ALSO_MET)
def test_also_met_two_people_is_a_meeting_with_each(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "held talks with A and was then received by B": a later step of the day, a meeting of its own
#: (", attended by B" on the same talks adds B to them: a guard).
NEXT_STEP: list[tuple[str, str, Expected]] = [
    (
        "Indian External Affairs Minister S. Jaishankar held talks with his Egyptian counterpart, Sameh Shoukry, in Cairo on "
        "Sunday and was then received by President Abdel Fattah al-Sisi.",
        "2023-06-26",
        [
            ({"S. Jaishankar", "Sameh Shoukry"}, {"status": "occurred", "date": "2023-06-25"}),
            ({"S. Jaishankar", "Abdel Fattah el-Sisi"}, {"status": "occurred", "date": "2023-06-25"}),
        ],
    ),
    (
        "Indian External Affairs Minister S. Jaishankar held talks in Cairo on Sunday, attended by Egyptian Foreign Minister "
        "Sameh Shoukry and Prime Minister Mostafa Madbouly.",
        "2023-06-26",
        [({"S. Jaishankar", "Sameh Shoukry", "Mostafa Madbouly"}, {"status": "occurred", "date": "2023-06-25"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), NEXT_STEP)
def test_then_received_is_a_meeting_of_its_own(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "A delegation led by X met Y ... The envoys / the delegation also met Z": X stands for the
#: delegation in the later meeting.
LED_BY: list[tuple[str, str, Expected]] = [
    (
        "A delegation of the African Union led by former Kenyan President Uhuru Kenyatta met Ethiopian Prime Minister "
        "Abiy Ahmed in Addis Ababa on Saturday. The envoys also met Tigray leader Debretsion Gebremichael.",
        "2021-05-09",
        [
            ({"Uhuru Kenyatta", "Abiy Ahmed"}, {"status": "occurred", "date": "2021-05-08"}),
            ({"Uhuru Kenyatta", "Debretsion Gebremichael"}, {"status": "occurred"}),
        ],
    ),
    (
        "A delegation led by former Nigerian President Olusegun Obasanjo met Liberian President Ellen Johnson Sirleaf in "
        "Monrovia on Monday. On Tuesday the mission met opposition leader George Weah.",
        "2017-11-15",
        [
            ({"Olusegun Obasanjo", "Ellen Johnson Sirleaf"}, {"status": "occurred", "date": "2017-11-13"}),
            ({"Olusegun Obasanjo", "George Weah"}, {"status": "occurred", "date": "2017-11-14"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), LED_BY)
def test_a_delegation_led_by_one_person_is_that_person_later(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "... on Saturday, the first such meeting since the March 3 coup. The envoys also met Z": the
#: later meeting takes the day of the one told before, not the edge of the span ("since X").
SPAN_EDGES: list[tuple[str, str, Expected]] = [
    (
        "A delegation led by former Tanzanian head of state Jakaya Kikwete met Malagasy "
        "President Andry Rajoelina in Antananarivo on Saturday, the first such meeting since the March 3 election. "
        "The envoys also met opposition leader Marc Ravalomanana.",
        "2019-04-14",
        [
            ({"Jakaya Kikwete", "Andry Rajoelina"}, {"status": "occurred", "date": "2019-04-13"}),
            ({"Jakaya Kikwete", "Marc Ravalomanana"}, {"status": "occurred", "date": "2019-04-13"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), SPAN_EDGES)
def test_a_span_edge_does_not_date_the_next_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "The talks were to have been hosted by X, with Y and Z at the table": the host and the others
#: named join the called-off meeting told before.
COUNTERFACTUAL_HOSTS: list[tuple[str, str, Expected]] = [
    (
        "A planned meeting between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti in Brussels "
        "was called off on Monday. The talks were to have been hosted by EU foreign policy chief Josep Borrell, with "
        "German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni at the table.",
        "2023-05-03",
        [
            (
                {"Aleksandar Vučić", "Albin Kurti", "Josep Borrell", "Olaf Scholz", "Giorgia Meloni"},
                {"status": "cancelled", "mode": "multilateral", "place": "Brussels"},
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), COUNTERFACTUAL_HOSTS)
def test_the_would_be_host_joins_the_called_off_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "CITY - X flew to <another country> for a dinner with Y at his residence": the story was filed
#: at home; the dateline city is no part of the meeting's place.
DATELINE_ABROAD: list[tuple[str, str, Expected]] = [
    (
        "WELLINGTON, June 2 (Reuters) - New Zealand Prime Minister Chris Hipkins flew to Australia on Wednesday for a "
        "dinner with Australian Prime Minister Anthony Albanese at his official residence.",
        "2023-06-02",
        [({"Chris Hipkins", "Anthony Albanese"}, {"status": "occurred", "place": "his official residence"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), DATELINE_ABROAD)
def test_a_dateline_at_home_is_not_the_place_of_talks_abroad(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "A and B received Z in X and Y respectively": one meeting each, each in its own place;
#: without "respectively" the three met together (a guard).
RESPECTIVELY: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni received the Sudanese envoy, Ali Sadig, in Nairobi "
        "and Kampala respectively on Monday.",
        "2024-03-06",
        [
            ({"William Ruto", "Ali Sadig"}, {"status": "occurred", "place": "Nairobi", "date": "2024-03-04"}),
            ({"Yoweri Museveni", "Ali Sadig"}, {"status": "occurred", "place": "Kampala", "date": "2024-03-04"}),
        ],
    ),
    (
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni received the Sudanese envoy, Ali Sadig, in Nairobi "
        "on Monday.",
        "2024-03-06",
        [({"William Ruto", "Yoweri Museveni", "Ali Sadig"}, {"status": "occurred", "place": "Nairobi"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), RESPECTIVELY)
def test_respectively_pairs_each_host_with_the_guest(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "X cut short a visit to Portugal ... A scheduled meeting with Prime Minister Y was called
#: off": a meeting noun that is itself the subject, naming only someone of the country a trip
#: told before went to, is the traveller's meeting with that person.
TRAVELLERS_MEETINGS: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto arrived in Tokyo on Tuesday for a four-day visit to Japan. "
        "He held talks with Prime Minister Fumio Kishida on Wednesday. "
        "A planned meeting with Emperor Naruhito was postponed, an aide said.",
        "2024-02-08",
        [
            ({"William Ruto", "Fumio Kishida"}, {"status": "occurred", "date": "2024-02-07"}),
            ({"William Ruto", "Naruhito"}, {"status": "cancelled", "mode": "visit"}),
        ],
    ),
    (
        "Brazilian President Luiz Inacio Lula da Silva cut short a visit to Portugal on Thursday after floods hit the south of his country. "
        "A scheduled meeting with Prime Minister Antonio Costa was called off, his office said.",
        "2023-10-12",
        [({"Luiz Inácio Lula da Silva", "António Costa"}, {"status": "cancelled", "mode": "visit"})],
    ),
    # guard: someone of another country than the one visited is not met on the trip
    (
        "Brazilian President Luiz Inacio Lula da Silva cut short a visit to Portugal on Thursday after floods hit the south of his country. "
        "A scheduled meeting with Spanish Prime Minister Pedro Sanchez was called off, his office said.",
        "2023-10-12",
        [],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), TRAVELLERS_MEETINGS)
def test_a_meeting_told_without_its_subject_on_a_trip_is_the_travellers(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "X will meet Y on Thursday. X's planned visit to the kibbutz was cancelled": a cancelled trip
#: told after the meeting, to a destination of its own, is another leg; the meeting stays planned.
LATER_LEGS_CANCELLED: list[tuple[str, str, Expected]] = [
    (
        "Argentine President Javier Milei will meet President Isaac Herzog in Jerusalem on Thursday. "
        "The Argentine president's planned visit to the Nir Oz kibbutz was cancelled for security reasons.",
        "2024-02-07",
        [({"Javier Milei", "Isaac Herzog"}, {"status": "planned", "date": "2024-02-08"})],
    ),
    # guard: the trip called off in the meeting's own sentence takes the meeting with it
    (
        "Argentine President Javier Milei, who was to meet President Isaac Herzog on Thursday, called off his visit to Israel.",
        "2024-02-07",
        [({"Javier Milei", "Isaac Herzog"}, {"status": "cancelled"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), LATER_LEGS_CANCELLED)
def test_a_later_leg_called_off_does_not_cancel_a_meeting_told_before(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "X is expected to pay a return visit to Y's country": the trip back goes to the one person told
#: meeting X face to face (in that country), a planned visit of the two.
RETURN_VISITS: list[tuple[str, str, Expected]] = [
    (
        "ASTANA - Kazakh President Kassym-Jomart Tokayev received Kyrgyz President Sadyr Japarov in Astana on Tuesday. "
        "Tokayev is expected to pay a return visit to Kyrgyzstan in the autumn.",
        "2023-05-30",
        [
            ({"Kassym-Jomart Tokayev", "Sadyr Japarov"}, {"status": "occurred", "mode": "visit", "date": "2023-05-30"}),
            ({"Kassym-Jomart Tokayev", "Sadyr Japarov"}, {"status": "planned", "mode": "visit", "place": "Kyrgyzstan"}),
        ],
    ),
    # guard: a return visit to a country none of the people met is from stays a trip with no counterpart
    # (passed before the rule; mutation-checked)
    (
        "ASTANA - Kazakh President Kassym-Jomart Tokayev received Kyrgyz President Sadyr Japarov in Astana on Tuesday. "
        "Tokayev is expected to pay a return visit to Uzbekistan in the autumn.",
        "2023-05-30",
        [({"Kassym-Jomart Tokayev", "Sadyr Japarov"}, {"status": "occurred", "mode": "visit", "date": "2023-05-30"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), RETURN_VISITS)
def test_a_return_visit_goes_to_the_one_who_came(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


def test_sideline_talks_of_a_gathering_told_before_are_talks_of_their_own(nlp: Any) -> None:
    # "On the sidelines of the gathering, X met Y": the gathering is the setting, not the talks told last
    check(
        nlp,
        "ASTANA, July 4 (Reuters) - Leaders of the Shanghai Cooperation Organisation gathered in Astana on Thursday for a "
        "summit hosted by President Kassym-Jomart Tokayev. Chinese President Xi Jinping held talks with Tokayev on Wednesday. "
        "On the sidelines of the gathering, Turkish President Tayyip Erdogan met Xi on Wednesday.",
        "2024-07-04",
        [
            ({"Shanghai Cooperation Organisation", "Kassym-Jomart Tokayev"}, {"status": "occurred", "date": "2024-07-04"}),
            ({"Xi Jinping", "Kassym-Jomart Tokayev"}, {"status": "occurred", "date": "2024-07-03"}),
            ({"Recep Tayyip Erdoğan", "Xi Jinping"}, {"status": "occurred", "date": "2024-07-03"}),
        ],
    )
