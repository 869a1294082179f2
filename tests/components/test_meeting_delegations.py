"""Delegations at multilateral talks told before: "Syria sent X", "X led the Syrian delegation".

Sentences written for these tests. A state sending a named person to talks already told makes
that person an attendee ("sent its ambassador to the UN, X" included, whose "to the UN"
belongs to the title); the active "X led the Y delegation" reads like the passive "the Y
delegation was headed by X". Negatives: "sent troops", "sent a letter", "sent aid", "sent X to
prison", "sent its ambassador to Moscow, X" (travel) and "led the party to victory" add no one.
Sides seated facing each other meet: "sat across from commanders led by Y", "sat across the table
from Y". A delegation's listed members ("led by X and including Y", "which includes A and B")
take part with it.
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

_TALKS = 'Iran, Russia and Turkey held talks on Syria in Astana on Monday. '
_THREE = {'Iran', 'Russia', 'Turkey'}

DELEGATIONS: list[tuple[str, str, Expected]] = [
    (_TALKS + 'Damascus sent its ambassador to the UN, Bashar Jaafari.', '2024-03-10', [({*_THREE, 'Bashar Jaafari'}, {'status': 'occurred', 'mode': 'multilateral'})]),
    (_TALKS + 'Syria sent Bashar Jaafari, its ambassador to the United Nations.', '2024-03-10', [({*_THREE, 'Bashar Jaafari'}, {'status': 'occurred'})]),
    (_TALKS + 'Bashar Jaafari led the Syrian delegation.', '2024-03-10', [({*_THREE, 'Bashar Jaafari'}, {'status': 'occurred'})]),
    (_TALKS + 'The Syrian delegation was headed by Bashar Jaafari.', '2024-03-10', [({*_THREE, 'Bashar Jaafari'}, {'status': 'occurred'})]),
    (_TALKS + 'Turkey sent troops to the border.', '2024-03-10', [(_THREE, {'status': 'occurred'})]),
    (_TALKS + 'Turkey sent a letter to the United Nations.', '2024-03-10', [(_THREE, {'status': 'occurred'})]),
    (_TALKS + 'Turkey sent aid.', '2024-03-10', [(_THREE, {'status': 'occurred'})]),
    (_TALKS + 'A Russian court sent Alexei Navalny to prison.', '2024-03-10', [(_THREE, {'status': 'occurred'})]),
    (_TALKS + 'Damascus sent its ambassador to Moscow, Bashar Jaafari.', '2024-03-10', [(_THREE, {'status': 'occurred'})]),
    (_TALKS + 'Bashar Jaafari led the party to victory.', '2024-03-10', [(_THREE, {'status': 'occurred'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), DELEGATIONS)
def test_a_delegation_sent_or_led_to_talks_told_before_attends_them(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.parametrize(
    ("words", "index", "expected"),
    [
        # "BRUSSELS - Delegations from A and B held talks": the tagger took the first word after
        # the dateline for a name; it is read as the plural of a delegation noun
        (["BRUSSELS", "-", "Delegations", "from", "Sweden"], 2, ("delegation", True)),
        (["BRUSSELS", "-", "Envoy", "of", "Sweden"], 2, ("envoy", False)),
        # a name stays a name; a word elsewhere keeps the tagger's reading (guards)
        (["BRUSSELS", "-", "Stockholm", "said"], 2, ("stockholm", False)),
        (["They", "said", "Delegations", "met"], 2, ("delegations", False)),
    ],
)
def test_noun_after_a_dateline_is_read_as_a_common_noun(words: list[str], index: int, expected: tuple[str, bool]) -> None:
    import spacy
    from spacy.tokens import Doc

    from geoextract.components.meeting_mentions import noun_lemma
    from geoextract.components.ner_repairs import dateline_end

    doc = Doc(spacy.blank("en").vocab, words=words)
    doc[index].tag_, doc[index].pos_, doc[index].lemma_ = "NNP", "PROPN", words[index]
    assert noun_lemma(doc[index], dateline_end(doc)) == expected


#: "A delegation from the bloc X led by Y met Z": the leader named stands for the delegation, even
#: where the parser hangs "led by" on the bloc's name; the bloc itself is no participant.
LED_FROM_BLOC: list[tuple[str, str, Expected]] = [
    (
        "HARARE — A delegation from the regional bloc SADC led by former Mozambican president Joaquim Chissano met "
        "Zimbabwean President Emmerson Mnangagwa in Harare on Tuesday.",
        "2019-03-06",
        [({"Joaquim Chissano", "Emmerson Mnangagwa"}, {"status": "occurred", "date": "2019-03-05"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), LED_FROM_BLOC)
def test_the_leader_of_a_blocs_delegation_stands_for_it(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: The members a delegation's own phrase lists take part with its leader: "led by X and including
#: Y" (with or without commas), "the group, which includes A, B and C".
LISTED_MEMBERS: list[tuple[str, str, Expected]] = [
    (
        "The Taliban delegation, led by Abdul Ghani Baradar and including Amir Khan Muttaqi, met U.S. envoy Zalmay Khalilzad "
        "in Doha on Saturday.",
        "2020-02-23",
        [({"Abdul Ghani Baradar", "Amir Khan Muttaqi", "Zalmay Khalilzad"}, {"status": "occurred", "date": "2020-02-22"})],
    ),
    (
        "A Russian delegation led by Sergei Lavrov and including Yuri Ushakov held talks with Marco Rubio on Tuesday.",
        "2025-02-19",
        [({"Sergey Lavrov", "Yuri Ushakov", "Marco Rubio"}, {"status": "occurred", "date": "2025-02-18"})],
    ),
    (
        "TAIPEI — The five-member group of U.S. senators, which includes Lindsey Graham, Richard Blumenthal and Rob Portman, "
        "met President Tsai Ing-wen on Friday.",
        "2022-04-16",
        [({"Lindsey Graham", "Richard Blumenthal", "Rob Portman", "Tsai Ing-wen"}, {"status": "occurred", "date": "2022-04-15"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), LISTED_MEMBERS)
def test_the_members_a_delegation_lists_take_part(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
def test_the_two_delegations_are_the_people_told_heading_them(nlp: Any) -> None:
    # "X headed the government team, while Y led the rebel delegation ... The two delegations are to meet":
    # X and Y, not the two people named last
    check(
        nlp,
        "Colombia's government and the ELN rebel group resumed peace talks in Caracas on Monday. "
        "Senator Ivan Cepeda headed the government team, while Pablo Beltran led the rebel delegation. "
        "Norwegian envoy Dag Nylander and Cuban Foreign Minister Bruno Rodriguez attended the opening. "
        "The two delegations are expected to meet again in Havana next month to discuss a ceasefire, Nylander said.",
        "2022-11-22",
        [({"Ivan Cepeda", "Pablo Beltran"}, {"status": "planned", "topic": "a ceasefire"})],
    )


@pytest.mark.integration
def test_a_delegation_seated_across_from_another_meets_it(nlp: Any) -> None:
    # "The delegation, headed by X, sat across from commanders led by Y": the heads of the two sides meet
    check(
        nlp,
        "The government delegation, headed by chief negotiator Ivan Cepeda, sat across from rebel commanders led by Pablo Beltran in Caracas on Monday.",
        "2022-11-22",
        [({"Ivan Cepeda", "Pablo Beltran"}, {"status": "occurred", "date": "2022-11-21", "place": "Caracas"})],
    )


@pytest.mark.integration
def test_sitting_across_the_table_from_someone_meets_them(nlp: Any) -> None:
    # "sat across the table from Y": the parser hangs "from Y" on the verb beside "across the table"
    check(
        nlp,
        "Chilean President Gabriel Boric sat across the table from student leader Camila Vallejo in Santiago on Friday, "
        "which the protesters had long demanded.",
        "2022-05-21",
        [({"Gabriel Boric", "Camila Vallejo"}, {"status": "occurred", "date": "2022-05-20", "place": "Santiago"})],
    )


@pytest.mark.integration
def test_a_qualified_group_led_by_someone_is_that_person(nlp: Any) -> None:
    # "The five-member group, led by X, held talks with Y": X stands for the group, whatever its qualifier
    check(
        nlp,
        "Kenyan President William Ruto met a delegation of the United States Congress on Thursday. "
        "The five-member group, led by Senator Chris Coons, held talks on Wednesday with Foreign Minister Musalia Mudavadi about trade.",
        "2024-02-02",
        [
            ({"William Ruto", "United States Congress"}, {"status": "occurred", "date": "2024-02-01"}),
            ({"Chris Coons", "Musalia Mudavadi"}, {"status": "occurred", "date": "2024-01-31", "topic": "trade"}),
        ],
    )


@pytest.mark.integration
def test_a_side_led_by_someone_in_a_sentence_of_its_own_takes_part(nlp: Any) -> None:
    # "The Ukrainian side was led by X": the sentence names no meeting word, and still tells who sat at the talks
    check(
        nlp,
        "Russian and Ukrainian negotiators held talks in Istanbul on Monday. The Russian side was led by Vladimir Medinsky, "
        "and the Ukrainian side was led by Rustem Umerov.",
        "2025-03-25",
        [({"Vladimir Medinsky", "Rustem Umerov"}, {"status": "occurred", "date": "2025-03-24", "place": "Istanbul"})],
    )
