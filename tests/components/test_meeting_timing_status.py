"""Status, day and topic of a meeting from tense, sequence and phrasing: sentences written for
these tests, one list per rule.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

#: A plan told in the past perfect ("had been expected to", "had been due") or named as one
#: ("his planned June 4 summit") was dropped; its day still counts forward from the article date.
DROPPED_PLANS: list[tuple[str, str, Expected]] = [
    (
        "Olaf Scholz had been expected to hold talks with Emmanuel Macron in Paris on Monday.",
        "2023-03-08",
        [({"Olaf Scholz", "Emmanuel Macron"}, {"status": "cancelled", "date": "2023-03-13"})],
    ),
    # "called off his planned June 4 summit": a meeting named as a plan lay ahead of the news
    (
        "Chancellor Olaf Scholz on Tuesday called off his planned June 4 summit in Paris with French President Emmanuel Macron.",
        "2023-05-24",
        [({"Olaf Scholz", "Emmanuel Macron"}, {"status": "cancelled", "date": "2023-06-04", "place": "Paris"})],
    ),
    # "had been due in X, with talks with Y on the program": the talks were part of the plan (and no topic)
    (
        "Olaf Scholz had been due in Paris on Monday, with talks with Emmanuel Macron on the program.",
        "2023-03-08",
        [({"Olaf Scholz", "Emmanuel Macron"}, {"status": "cancelled", "date": "2023-03-13", "topic": None})],
    ),
    (
        "Olaf Scholz is due in Paris on Monday, with talks with Emmanuel Macron on the schedule.",
        "2023-03-08",
        [({"Olaf Scholz", "Emmanuel Macron"}, {"status": "planned", "date": "2023-03-13", "topic": None})],
    ),
    (  # guard: a programme with a modifier is a topic
        "Olaf Scholz held talks with Emmanuel Macron in Paris on Monday on the nuclear programme.",
        "2023-03-14",
        [({"Olaf Scholz", "Emmanuel Macron"}, {"status": "occurred", "date": "2023-03-13", "topic": "the nuclear programme"})],
    ),
    (  # a plan named so and not called off stays a plan
        "Chancellor Olaf Scholz will attend the planned June 4 summit in Paris with French President Emmanuel Macron.",
        "2023-05-24",
        [({"Olaf Scholz", "Emmanuel Macron"}, {"status": "planned", "date": "2023-06-04", "place": "Paris"})],
    ),
]

#: Talks "on the sidelines" with no day of their own took place on the day of the gathering
#: told, not on a day told later in the sentence for something else.
SIDELINE_DAYS: list[tuple[str, str, Expected]] = [
    (
        "NATO leaders met in Washington on Wednesday. Ukrainian President Volodymyr Zelenskiy held talks with British Prime Minister "
        "Keir Starmer on the sidelines, and President Joe Biden received the Ukrainian leader on Thursday.",
        "2024-07-12",
        [
            ({"NATO", "Volodymyr Zelenskyy", "Keir Starmer"}, {"status": "occurred", "date": "2024-07-10"}),
            ({"Volodymyr Zelenskyy", "Keir Starmer"}, {"status": "occurred", "date": "2024-07-10"}),
            ({"Joe Biden", "Volodymyr Zelenskyy"}, {"status": "occurred", "date": "2024-07-11"}),
        ],
    ),
    (  # talks not on the sidelines keep the day of their sentence
        "NATO leaders met in Washington on Wednesday. Ukrainian President Volodymyr Zelenskiy held talks with British Prime Minister "
        "Keir Starmer in London, and President Joe Biden received the Ukrainian leader on Thursday.",
        "2024-07-12",
        [
            ({"Volodymyr Zelenskyy", "Keir Starmer"}, {"status": "occurred", "date": "2024-07-11"}),
            ({"Joe Biden", "Volodymyr Zelenskyy"}, {"status": "occurred", "date": "2024-07-11"}),
        ],
    ),
]

#: "The two had appeared upbeat a day earlier, when they shook hands ...": the day told on the
#: predicate of the clause the "when" clause hangs on is the meeting's.
WHEN_DAYS: list[tuple[str, str, Expected]] = [
    (
        "Chinese President Xi Jinping and Russian President Vladimir Putin ended their talks in Moscow on Wednesday. The two had "
        "appeared upbeat a day earlier, when they shook hands in the Kremlin and sat down for an informal dinner, joined by "
        "Foreign Minister Sergei Lavrov and Chinese diplomat Wang Yi.",
        "2023-03-23",
        [
            ({"Xi Jinping", "Vladimir Putin"}, {"status": "occurred", "date": "2023-03-22"}),
            ({"Xi Jinping", "Vladimir Putin", "Sergey Lavrov", "Wang Yi"}, {"status": "occurred", "date": "2023-03-21"}),
        ],
    ),
]

#: "met on the Indonesian island of Bali" tells where; "talks on the disputed islands" what;
#: "met on the outskirts of X" where.
ISLAND_TOPICS: list[tuple[str, str, Expected]] = [
    (
        "U.S. President Joe Biden and Chinese leader Xi Jinping met for three hours on Monday on the Indonesian island of Bali.",
        "2022-11-15",
        [({"Joe Biden", "Xi Jinping"}, {"status": "occurred", "date": "2022-11-14", "topic": None})],
    ),
    (
        "Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Yoshimasa Hayashi on the outskirts of Beijing on Monday.",
        "2022-11-15",
        [({"Wang Yi", "Yoshimasa Hayashi"}, {"status": "occurred", "date": "2022-11-14", "topic": None})],
    ),
    (
        "U.S. President Joe Biden held talks with Chinese President Xi Jinping on the disputed islands in the South China Sea on Monday.",
        "2022-11-15",
        [({"Joe Biden", "Xi Jinping"}, {"status": "occurred", "topic": "the disputed islands in the South China Sea"})],
    ),
]

#: A participle hung on a past clause ("made a stop ..., flying in to meet Y") tells a trip made.
PAST_PARTICIPLE_TRIPS: list[tuple[str, str, Expected]] = [
    (
        "Emmanuel Macron made a brief stop in Germany on Tuesday, flying in from Warsaw to meet Olaf Scholz.",
        "2023-03-08",
        [({"Emmanuel Macron", "Olaf Scholz"}, {"status": "occurred", "date": "2023-03-07"})],
    ),
]

#: "travels on Wednesday to X, and then to Y, where he will meet Z": the later leg's day is untold.
LATER_LEGS: list[tuple[str, str, Expected]] = [
    (
        "Olaf Scholz flies on Thursday to Rome, and then to Madrid, where he will hold talks with Pedro Sanchez.",
        "2023-03-08",
        [({"Olaf Scholz", "Pedro Sánchez"}, {"status": "planned", "date": None})],
    ),
]

#: "toured X before holding talks": no trip between, so the talks keep the story's day.
STAY_BEFORE_TALKS: list[tuple[str, str, Expected]] = [
    (
        "Emmanuel Macron arrived in Berlin on Tuesday. He toured a factory before holding talks with Olaf Scholz.",
        "2023-03-08",
        [({"Emmanuel Macron", "Olaf Scholz"}, {"status": "occurred", "date": "2023-03-07"})],
    ),
]

#: "talks focused on X rather than Y": what was set aside is no part of the topic.
CONTRASTED_TOPICS: list[tuple[str, str, Expected]] = [
    (
        "Joe Biden and Xi Jinping held talks on Monday that focused on trade rather than human rights.",
        "2023-03-08",
        [({"Joe Biden", "Xi Jinping"}, {"topic": "trade"})],
    ),
]

#: "hosted the ceremony on the North Terrace": a ceremony's "on" phrase is where, not what about.
CEREMONY_PLACES: list[tuple[str, str, Expected]] = [
    (
        "Emmanuel Macron hosted the ceremony on the North Terrace with Olaf Scholz on Monday.",
        "2023-03-08",
        [({"Emmanuel Macron", "Olaf Scholz"}, {"topic": None})],
    ),
]

#: "agreed to look at talks on X": talks to be weighed are no meeting and lend no topic.
CONSIDERED_TALKS: list[tuple[str, str, Expected]] = [
    (
        "Joe Biden met Xi Jinping on Monday. An aide said the two men had agreed to look at talks on space debris.",
        "2023-03-08",
        [({"Joe Biden", "Xi Jinping"}, {"status": "occurred", "topic": None})],
    ),
]

#: "would talk to X only once democracy was restored": a condition, no planned meeting ("will
#: meet X once the talks end" stays a plan: a guard).
CONDITIONS: list[tuple[str, str, Expected]] = [
    ("The White House has said Donald Trump would talk to Nicolas Maduro only once democracy was restored.", "2017-09-19", []),
    (
        "The White House has said Donald Trump will meet Nicolas Maduro once the talks end.",
        "2017-09-19",
        [({"Donald Trump", "Nicolás Maduro"}, {"status": "planned"})],
    ),
    # a meeting that "could take place" or "may be held" is a possibility, not a meeting told
    ("Kenyan Foreign Minister Musalia Mudavadi said a meeting between William Ruto and Yoweri Museveni could take place once a border deal was ready.", "2024-06-05", []),
    ("Officials said a summit of Kenyan President William Ruto and Ugandan President Yoweri Museveni may be held in Kampala next month.", "2024-06-05", []),
    # guard: a meeting that "will take place" is planned
    (
        "Kenyan Foreign Minister Musalia Mudavadi said a meeting between William Ruto and Yoweri Museveni will take place in Kampala next month.",
        "2024-06-05",
        [({"William Ruto", "Yoweri Museveni"}, {"status": "planned"})],
    ),
]

#: "is due to visit X on Monday to meet Y": the purpose of a planned visit is planned; "had been
#: due to visit X to meet Y" after the trip was cancelled is cancelled; "visited X to meet Y"
#: stays a meeting held (a guard).
PURPOSE_OF_PLANS: list[tuple[str, str, Expected]] = [
    (
        "U.S. President Donald Trump is due to visit Bogota on Monday to meet Colombian President Juan Manuel Santos.",
        "2018-04-14",
        [({"Donald Trump", "Juan Manuel Santos"}, {"status": "planned", "date": "2018-04-16", "place": "Bogota"})],
    ),
    (
        "U.S. President Donald Trump canceled his first trip to Latin America. Trump had also been due to visit Bogota to meet "
        "Colombian President Juan Manuel Santos.",
        "2018-04-14",
        [({"Donald Trump", "Juan Manuel Santos"}, {"status": "cancelled"})],
    ),
    (
        "U.S. President Donald Trump visited Bogota on Monday to meet Colombian President Juan Manuel Santos.",
        "2018-04-14",
        [({"Donald Trump", "Juan Manuel Santos"}, {"status": "occurred"})],
    ),
]

#: "arrived on Friday from Egypt, where he held talks with X": talks before the day the arrival tells.
ARRIVED_FROM: list[tuple[str, str, Expected]] = [
    (
        "Chinese President Xi Jinping held talks with Iranian President Hassan Rouhani in Tehran on Saturday. Xi arrived on Friday "
        "from Egypt, where he held talks with President Abdel Fattah al-Sisi in Cairo.",
        "2016-01-23",
        [
            ({"Xi Jinping", "Hassan Rouhani"}, {"status": "occurred", "date": "2016-01-23"}),
            ({"Xi Jinping", "Abdel Fattah el-Sisi"}, {"status": "occurred", "date": None, "place": "Cairo"}),
        ],
    ),
]

#: "joined X for the call": the call told before, however many sentences back.
JOINS_OF_A_TOLD_CALL: list[tuple[str, str, Expected]] = [
    (
        "Joe Biden spoke by phone with Xi Jinping on Monday. The two men discussed trade. Markets rose. Oil fell. "
        "Analysts were cautious. Antony Blinken joined Biden for the call.",
        "2023-03-08",
        [({"Joe Biden", "Xi Jinping", "Antony Blinken"}, {"status": "occurred", "mode": "phone"})],
    ),
]

#: "X, invited as an outreach guest, met Y": the parser makes the bare participle the sentence's
#: verb; an aside on X invites nobody to this meeting ("X was invited to meet Y" stays no meeting: a guard).
INVITED_ASIDE: list[tuple[str, str, Expected]] = [
    (
        "Brazilian President Luiz Inacio Lula da Silva, invited as an outreach guest, met Japanese Prime Minister Fumio Kishida "
        "on Saturday.",
        "2023-05-21",
        [({"Luiz Inácio Lula da Silva", "Fumio Kishida"}, {"status": "occurred", "date": "2023-05-20"})],
    ),
    ("Brazilian President Luiz Inacio Lula da Silva was invited to meet Japanese Prime Minister Fumio Kishida.", "2023-05-21", []),
]

#: "invited X to India for their annual summit": an invitation, no meeting yet (the talks it is
#: for do not happen by being asked to).
INVITED_FOR: list[tuple[str, str, Expected]] = [
    ("Indian Prime Minister Narendra Modi has invited Russian President Vladimir Putin to India for their annual summit.", "2024-11-11", []),
]

#: "The pair will hold talks on Sunday focused on trade": the parser makes the talks the subject of
#: a finite "focused"; the holding verb tells who and when.
FOCUSED_TALKS: list[tuple[str, str, Expected]] = [
    (
        "Japanese Prime Minister Shigeru Ishiba welcomed South Korean President Lee Jae-myung to Tokyo on Saturday. The pair "
        "will hold talks on Sunday focused on trade and security.",
        "2025-08-23",
        [
            ({"Shigeru Ishiba", "Lee Jae-myung"}, {"status": "occurred", "date": "2025-08-23"}),
            ({"Shigeru Ishiba", "Lee Jae-myung"}, {"status": "planned", "date": "2025-08-24", "topic": "trade and security"}),
        ],
    ),
]

#: "A (planned) meeting between X and Y never took place": a plan dropped (cancelled); "the meeting
#: never took place" denies one reported (a guard).
PLANNED_NEVER: list[tuple[str, str, Expected]] = [
    (
        "A planned meeting between Ukrainian President Volodymyr Zelenskyy and Brazilian President Luiz Inacio Lula da Silva "
        "in Hiroshima never took place.",
        "2023-05-22",
        [({"Volodymyr Zelenskyy", "Luiz Inácio Lula da Silva"}, {"status": "cancelled"})],
    ),
    # so is "a meeting between X and Y" (one that was to be, not one reported)
    (
        "A meeting between Ukrainian President Volodymyr Zelenskyy and Brazilian President Luiz Inacio Lula da Silva, invited "
        "as a guest, never took place.",
        "2023-05-22",
        [({"Volodymyr Zelenskyy", "Luiz Inácio Lula da Silva"}, {"status": "cancelled"})],
    ),
    (
        "Kyiv said the meeting between Ukrainian President Volodymyr Zelenskyy and Brazilian President Luiz Inacio Lula da Silva "
        "in Hiroshima never took place.",
        "2023-05-22",
        [({"Volodymyr Zelenskyy", "Luiz Inácio Lula da Silva"}, {"status": "denied"})],
    ),
]

#: "told Y that Beijing would never accept X, during a virtual summit": the parser hangs the summit
#: on the reported clause; its tense is the telling's, not the "would" told.
DURING_AFTER_REPORT: list[tuple[str, str, Expected]] = [
    (
        "Chinese President Xi Jinping told U.S. President Joe Biden on Monday that Beijing would never accept independence for "
        "Taiwan, during a three-hour virtual summit held over a video link.",
        "2021-11-16",
        [({"Xi Jinping", "Joe Biden"}, {"status": "occurred", "mode": "phone", "date": "2021-11-15"})],
    ),
]

#: "talks aimed at ending the war": what the talks are for, not a plan ("talks set for next week"
#: stay planned: a guard).
AIMED_AT: list[tuple[str, str, Expected]] = [
    (
        "Armenia and Azerbaijan concluded a round of talks aimed at ending their decades-old conflict on Friday.",
        "2024-02-06",
        [({"Armenia", "Azerbaijan"}, {"status": "occurred", "date": "2024-02-02"})],
    ),
    ("Armenia and Azerbaijan agreed to talks set for next week.", "2024-02-06", [({"Armenia", "Azerbaijan"}, {"status": "planned"})]),
]

#: "X did not travel, and Y attended": a coordinated clause with a subject of its own is not under
#: the first clause's negation ("Y did not attend" still tells no attendance: a guard).
OWN_CLAUSE_NEGATION: list[tuple[str, str, Expected]] = [
    (
        "Brazilian President Luiz Inacio Lula da Silva opened the Group of 20 summit in Rio de Janeiro on Monday. Russian "
        "President Vladimir Putin did not travel, and Foreign Minister Sergei Lavrov attended in his place.",
        "2024-11-19",
        [({"G20", "Luiz Inácio Lula da Silva", "Sergey Lavrov"}, {"status": "occurred", "date": "2024-11-18"})],
    ),
    (
        "Brazilian President Luiz Inacio Lula da Silva opened the Group of 20 summit in Rio de Janeiro on Monday. Russian "
        "Foreign Minister Sergei Lavrov did not attend.",
        "2024-11-19",
        [({"G20", "Luiz Inácio Lula da Silva"}, {"status": "occurred", "date": "2024-11-18"})],
    ),
]

#: "The day before, X met Z": a day before the last meeting told that happened (not a plan told
#: between them); the NER's DATE is "The day" without its "before".
DAY_BEFORE: list[tuple[str, str, Expected]] = [
    (
        "Spanish Foreign Minister Jose Manuel Albares held talks with Moroccan Foreign Minister Nasser Bourita in Rabat on "
        "Thursday. The day before, Albares met Portuguese Foreign Minister Paulo Rangel in Lisbon.",
        "2024-04-12",
        [
            ({"José Manuel Albares", "Nasser Bourita"}, {"status": "occurred", "date": "2024-04-11"}),
            ({"José Manuel Albares", "Paulo Rangel"}, {"status": "occurred", "date": "2024-04-10"}),
        ],
    ),
    (
        "German Chancellor Olaf Scholz held talks with Chinese President Xi Jinping in Beijing on Tuesday, and the two are due "
        "to meet again on Thursday. The day before, Scholz met Premier Li Qiang in Chongqing.",
        "2024-04-17",
        [
            ({"Olaf Scholz", "Xi Jinping"}, {"status": "occurred", "date": "2024-04-16"}),
            ({"Olaf Scholz", "Xi Jinping"}, {"status": "planned", "date": "2024-04-18"}),
            ({"Olaf Scholz", "Li Qiang"}, {"status": "occurred", "date": "2024-04-15"}),
        ],
    ),
]

#: A meeting told in a clause "a day after ..." / "two days before ..." is counted from the day
#: of the clause it hangs on, back for "after" and forward for "before".
COUNTED_CLAUSES: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Thursday, a day "
        "after he met Ugandan President Yoweri Museveni in Kampala.",
        "2024-02-16",
        [
            ({"William Ruto", "Abiy Ahmed"}, {"status": "occurred", "date": "2024-02-15"}),
            ({"William Ruto", "Yoweri Museveni"}, {"status": "occurred", "date": "2024-02-14"}),
        ],
    ),
    (
        "William Ruto met Abiy Ahmed in Addis Ababa on Thursday. The meeting came two days after Ruto met Ugandan President Yoweri "
        "Museveni in Kampala.",
        "2024-02-16",
        [
            ({"William Ruto", "Abiy Ahmed"}, {"status": "occurred", "date": "2024-02-15"}),
            ({"William Ruto", "Yoweri Museveni"}, {"status": "occurred", "date": "2024-02-13"}),
        ],
    ),
]

#: A verb coordinated with a word of asking or offering ("called for calm and met Y", "called on
#: X and then held talks with Y") is a clause of its own; "called for a ceasefire and offered
#: talks" still offers.
COORDINATED_WITH_ASKING: list[tuple[str, str, Expected]] = [
    (
        "Turkish President Tayyip Erdogan called for calm and met Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara on Tuesday.",
        "2024-03-20",
        [({"Recep Tayyip Erdoğan", "Mohammed Shia al-Sudani"}, {"status": "occurred", "date": "2024-03-19"})],
    ),
    (
        "U.S. Defense Secretary Lloyd Austin called on Prime Minister Narendra Modi and then held talks with National Security "
        "Adviser Ajit Doval in New Delhi.",
        "2024-03-20",
        [({"Lloyd Austin", "Narendra Modi"}, {"status": "occurred"}), ({"Lloyd Austin", "Ajit Doval"}, {"status": "occurred"})],
    ),
    # the talks are what the second verb offers: no meeting
    ("French President Emmanuel Macron called for a ceasefire and offered talks with Russian President Vladimir Putin.", "2024-03-20", []),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), COORDINATED_WITH_ASKING)
def test_a_verb_coordinated_with_asking_is_a_clause_of_its_own(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), DAY_BEFORE)
def test_the_day_before_counts_back_from_the_last_meeting_held(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), COUNTED_CLAUSES)
def test_a_clause_a_day_after_counts_from_the_clause_above(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), DROPPED_PLANS)
def test_plan_in_past_perfect_is_cancelled_and_dated_forward(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), PAST_PARTICIPLE_TRIPS)
def test_participle_of_a_past_clause_tells_a_trip_made(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), LATER_LEGS)
def test_later_leg_of_a_trip_takes_no_date(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), STAY_BEFORE_TALKS)
def test_talks_after_a_tour_keep_the_story_day(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), CONTRASTED_TOPICS)
def test_topic_stops_at_rather_than(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), CEREMONY_PLACES)
def test_ceremony_on_a_place_is_no_topic(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), CONSIDERED_TALKS)
def test_talks_to_be_looked_at_are_no_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), JOINS_OF_A_TOLD_CALL)
def test_join_of_the_call_reaches_back_to_it(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.parametrize(("text", "date", "expected"), WHEN_DAYS)
def test_a_day_on_the_governing_predicate_dates_the_when_clause(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.parametrize(("text", "date", "expected"), SIDELINE_DAYS)
def test_sideline_talks_take_the_gathering_day(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.parametrize(("text", "date", "expected"), ISLAND_TOPICS)
def test_island_or_outskirts_is_a_place_not_a_topic(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), CONDITIONS)
def test_a_meeting_only_once_something_happens_is_a_condition(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), PURPOSE_OF_PLANS)
def test_the_purpose_of_a_planned_visit_is_planned(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), ARRIVED_FROM)
def test_talks_where_a_dated_arrival_came_from_are_undated(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), OWN_CLAUSE_NEGATION)
def test_negation_stays_in_its_own_clause(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), AIMED_AT)
def test_talks_aimed_at_a_goal_are_no_plan(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), FOCUSED_TALKS)
def test_talks_focused_on_a_topic_are_held_by_the_holding_verbs_subject(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), INVITED_FOR)
def test_an_invitation_for_a_summit_is_no_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), INVITED_ASIDE)
def test_invited_participle_aside_is_no_invitation(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), PLANNED_NEVER)
def test_planned_meeting_that_never_took_place_is_cancelled(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
def test_relative_clause_on_a_person_is_not_under_the_main_negation(nlp: Any) -> None:
    """"... Y, who also attended, never took place": the attendance is told, the meeting is not."""
    from geoextract.components.meeting_status import meeting_status

    doc = nlp("A planned meeting between Volodymyr Zelenskyy and Brazil's Luiz Inacio Lula da Silva, who also attended, never took place.")
    attended = next(t for t in doc if t.lower_ == "attended")
    assert meeting_status(attended)[0] == "occurred"
    meeting = next(t for t in doc if t.lower_ == "meeting")
    assert meeting_status(meeting)[0] == "cancelled"


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), DURING_AFTER_REPORT)
def test_during_a_summit_after_a_reported_clause_takes_the_reporting_tense(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
def test_a_gathering_someone_invites_others_to_is_the_inviters_planned_one(nlp: Any) -> None:
    # "X has invited A and B to the G20 summit": the summit is still to come; the invitees are only asked
    check(
        nlp,
        "Indonesian President Joko Widodo has invited Vladimir Putin and Volodymyr Zelenskyy to the G20 summit in Bali in November.",
        "2022-06-30",
        [({"Joko Widodo", "G20"}, {"status": "planned", "mode": "multilateral"})],
    )


#: "X was not allowed to see Y, an official said" (the parser hangs the negated verb on the
#: reporting one), "X was barred from meeting Y", "prevented from holding talks with Y": no meeting.
KEPT_FROM_MEETING: list[tuple[str, str, Expected]] = [
    (
        "Cambodian Foreign Minister Prak Sokhonn met Min Aung Hlaing in Naypyitaw on Tuesday. "
        "The envoy was not allowed to see ousted leader Aung San Suu Kyi, who is on trial in a string of cases, a Cambodian official said.",
        "2022-03-23",
        [({"Prak Sokhonn", "Min Aung Hlaing"}, {"status": "occurred"})],
    ),
    ("Cambodian Foreign Minister Prak Sokhonn was barred from meeting Aung San Suu Kyi.", "2022-03-23", []),
    ("Cambodian Foreign Minister Prak Sokhonn was prevented from holding talks with Aung San Suu Kyi.", "2022-03-23", []),
    # guard: coming back "from" talks is no bar
    ("Cambodian Foreign Minister Prak Sokhonn returned from talks with Aung San Suu Kyi.", "2022-03-23", [({"Prak Sokhonn", "Aung San Suu Kyi"}, {"status": "occurred"})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), KEPT_FROM_MEETING)
def test_someone_kept_from_a_meeting_has_none(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
def test_talks_first_set_for_another_day_and_postponed_leave_the_talks_held_as_held(nlp: Any) -> None:
    # "The talks had first been set for October but were postponed": an earlier plan, not the talks held
    check(
        nlp,
        "Ethiopian and Tigrayan negotiators held talks in Pretoria on Wednesday with the African Union envoy Olusegun Obasanjo. "
        "The talks had first been set for early October but were postponed for logistical reasons.",
        "2022-11-03",
        [({"Ethiopia", "Tigrayan", "Olusegun Obasanjo"}, {"status": "occurred", "date": "2022-11-02", "place": "Pretoria"})],
    )


#: "X urged them to resist, and Y told the gathering ...": a coordinated clause with a subject of
#: its own states its own fact; "urged Y to resist and to meet Z" stays a request (a guard).
URGED_AND_TOLD: list[tuple[str, str, Expected]] = [
    (
        "Leaders of the Asia-Pacific Economic Cooperation forum met in Lima on Sunday. Peruvian President Pedro Pablo "
        "Kuczynski urged the 21 member economies to resist protectionism, and Xi Jinping told the gathering that China "
        "would not close its doors.",
        "2016-11-21",
        [({"Asia-Pacific Economic Cooperation", "Pedro Pablo Kuczynski", "Xi Jinping"}, {"status": "occurred", "mode": "multilateral", "date": "2016-11-20"})],
    ),
    (
        # guard: the meeting is part of the request
        "Peruvian President Pedro Pablo Kuczynski urged Chilean President Michelle Bachelet to resist protectionism and to "
        "meet Xi Jinping next year.",
        "2016-11-21",
        [],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), URGED_AND_TOLD)
def test_a_coordinated_clause_of_its_own_is_no_request(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "X and Y agreed not to use force, after talks on the Caribbean island of Z": the talks date the
#: negated clause and took place; an island named with "of" is where they were, not their topic
#: ("talks on the disputed islands" keeps its topic: a guard).
TALKS_AFTER_NEGATION: list[tuple[str, str, Expected]] = [
    (
        "Guyanese President Irfaan Ali and Venezuelan President Nicolas Maduro agreed on Thursday not to use force against "
        "each other, after face-to-face talks on the Caribbean island of St. Vincent.",
        "2023-12-15",
        [({"Irfaan Ali", "Nicolás Maduro"}, {"status": "occurred", "date": "2023-12-14", "topic": None})],
    ),
    (
        # guard: an island with an adjective of its own is what the talks were about
        "Guyanese President Irfaan Ali and Venezuelan President Nicolas Maduro held talks on the disputed islands on Thursday.",
        "2023-12-15",
        [({"Irfaan Ali", "Nicolás Maduro"}, {"status": "occurred", "topic": "the disputed islands"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), TALKS_AFTER_NEGATION)
def test_talks_that_date_a_negated_clause_took_place(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "hosted X and Y and said a commission would reconvene on July 12": a day to come in a reported
#: clause dates nothing told as past (it read as last year's July 12).
REPORTED_DAYS_TO_COME: list[tuple[str, str, Expected]] = [
    (
        "LUANDA — Angolan President Joao Lourenco hosted Felix Tshisekedi and Paul Kagame in Luanda and said afterwards that a "
        "joint commission would reconvene in Luanda on July 12.",
        "2022-07-07",
        [({"João Lourenço", "Félix Tshisekedi", "Paul Kagame"}, {"status": "occurred", "date": None})],
    ),
    # guard: the planned meeting of the reported clause keeps its day (passed before the rule)
    (
        "LUANDA — Angolan President Joao Lourenco said on Thursday that he would host Felix Tshisekedi and Paul Kagame in Luanda "
        "on July 12.",
        "2022-07-07",
        [({"João Lourenço", "Félix Tshisekedi", "Paul Kagame"}, {"status": "planned", "date": "2022-07-12"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), REPORTED_DAYS_TO_COME)
def test_a_day_to_come_in_a_reported_clause_dates_no_past_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


def test_a_plan_verb_with_an_object_of_its_own_plans_no_call(nlp: Any) -> None:
    # "set the stage for the round in a phone call on Dec. 30": the call was made; "are set for
    # talks" stays a plan (a guard)
    check(
        nlp,
        "U.S. President Joe Biden and Russia's Vladimir Putin set the stage for the round in a phone call on Dec. 30.",
        "2022-01-10",
        [({"Joe Biden", "Vladimir Putin"}, {"status": "occurred", "mode": "phone", "date": "2021-12-30"})],
    )
    check(nlp, "Joe Biden and Vladimir Putin are set for talks in Geneva on Wednesday.", "2022-01-10", [({"Joe Biden", "Vladimir Putin"}, {"status": "planned", "date": "2022-01-12"})])


def test_a_day_something_starts_is_no_day_the_story_tells_of(nlp: Any) -> None:
    # "called for a truce starting Monday": a day to come; the call "during the visit" has the trip's day
    check(
        nlp,
        "Polish President Andrzej Duda travelled to Vilnius on Saturday and called for a truce starting Monday. During the visit Duda phoned Ukrainian President Volodymyr Zelenskyy.",
        "2025-05-10",
        [({"Andrzej Duda", "Volodymyr Zelenskyy"}, {"status": "occurred", "mode": "phone", "date": "2025-05-10"})],
    )


def test_an_infinitive_saying_which_ways_is_part_of_the_topic(nlp: Any) -> None:
    # "to discuss ways to end the conflict": the infinitive tells the matter, even with an event verb ("talks that ended" does not)
    check(
        nlp,
        "Ethiopian Prime Minister Abiy Ahmed met Sudanese General Mohamed Hamdan Dagalo on Thursday to discuss ways to end the conflict.",
        "2023-12-29",
        [({"Abiy Ahmed", "Mohamed Hamdan Dagalo"}, {"status": "occurred", "date": "2023-12-28", "topic": "ways to end the conflict"})],
    )


def test_a_word_that_only_points_back_is_no_topic(nlp: Any) -> None:
    # "discussed the plan": which plan was told before; the pointer itself names no matter
    check(
        nlp,
        "Australian Prime Minister Anthony Albanese unveiled a regional policing plan. He discussed the plan with New Zealand Prime Minister Christopher Luxon in Canberra on Monday.",
        "2024-08-27",
        [({"Anthony Albanese", "Christopher Luxon"}, {"status": "occurred", "date": "2024-08-26", "topic": None})],
    )
