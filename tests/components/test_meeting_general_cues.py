"""General cues of the meeting reader: "opened a summit", coordinated clauses, names and rounds.

Sentences written for these tests. Each class pairs the sentences the cue must read with
negatives it must leave alone: "open to talks" states no meeting while "opened their summit"
does; a topic told after two meetings goes to the one that is kept; "would meet X, and the two
held talks on Y" tells two meetings; a meeting word inside an organisation's name is no
trigger; "round" is a meeting only as a round of talks.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from meeting_cases import Expected, check
from spacy.tokens import Doc, Span

from geoextract.components.meeting_candidate import Candidate
from geoextract.components.meeting_merge import DocContext, _place_into
from geoextract.components.meeting_nouns import in_name, talks_round
from geoextract.components.meeting_triggers import find_triggers

# -- "open": the act of opening a meeting, not the predicate "open to talks" ----------------

#: "opened a summit" starts a meeting; "open to a meeting" / "the door open to talks" is none.
OPENING: list[tuple[str, str, Expected]] = [
    ('Chinese President Xi Jinping and Russian President Vladimir Putin opened their summit in Moscow on Tuesday.', '2024-03-10', [({'Vladimir Putin', 'Xi Jinping'}, {'status': 'occurred', 'date': '2024-03-05'})]),
    ('Indonesian President Joko Widodo opened a summit of Southeast Asian leaders in Jakarta on Tuesday with Philippine President Ferdinand Marcos Jr. and Malaysian Prime Minister Anwar Ibrahim.', '2024-03-10', [({'Anwar Ibrahim', 'Bongbong Marcos', 'Joko Widodo'}, {'status': 'occurred', 'mode': 'multilateral', 'place': 'Jakarta'})]),
    ('Russian President Vladimir Putin said he remained open to a meeting with Ukrainian President Volodymyr Zelenskyy.', '2024-03-10', []),
    ('Ukrainian President Volodymyr Zelenskyy is open to talks with Vladimir Putin, his office said.', '2024-03-10', []),
    ('Olaf Scholz kept the door open to talks with Vladimir Putin.', '2024-03-10', []),
    ('Russian President Vladimir Putin opened the door to talks with Ukrainian President Volodymyr Zelenskyy.', '2024-03-10', []),
    ('Emmanuel Macron opened the way for a meeting with Xi Jinping.', '2024-03-10', []),
    ('Olaf Scholz opened talks with Emmanuel Macron in Berlin on Monday.', '2024-03-10', [({'Emmanuel Macron', 'Olaf Scholz'}, {'status': 'occurred', 'place': 'Berlin'})]),
    ('Olaf Scholz met Emmanuel Macron on the way to Berlin on Monday.', '2024-03-10', [({'Emmanuel Macron', 'Olaf Scholz'}, {'status': 'occurred', 'date': '2024-03-04'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), OPENING)
def test_opening_a_meeting_is_one_and_being_open_to_one_is_not(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "X, hosted by Y, open their summit on Wednesday": the present tense (even when tagged as a bare
#: verb) with a day plans the summit, and the participle on the subject shares that tense.
OPENING_TENSE: list[tuple[str, str, Expected]] = [
    ('NATO leaders, hosted by Spanish Prime Minister Pedro Sánchez, open their summit on Wednesday.', '2024-03-10', [({'NATO', 'Pedro Sánchez'}, {'status': 'planned', 'date': '2024-03-13', 'mode': 'multilateral'})]),
    ('NATO leaders, hosted by Spanish Prime Minister Pedro Sánchez, opened their summit on Wednesday.', '2024-03-10', [({'NATO', 'Pedro Sánchez'}, {'status': 'occurred', 'date': '2024-03-06'})]),
    ('Chinese President Xi Jinping and Russian President Vladimir Putin open their summit in Moscow on Tuesday.', '2024-03-10', [({'Vladimir Putin', 'Xi Jinping'}, {'status': 'planned', 'date': '2024-03-12'})]),
    ('Ministers hosted by Emmanuel Macron on Monday will travel to Berlin on Tuesday.', '2024-03-10', []),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), OPENING_TENSE)
def test_opening_in_the_present_with_a_day_is_planned(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


# -- a later topic goes to the meeting that is kept ------------------------------------------


def _meeting(sent: int, confidence: float, participants: list[str]) -> Candidate:
    return Candidate(sent_index=sent, evidence=(0, 1), trigger_i=sent * 10, trigger="met", family="meet", participants=list(participants), confidence=confidence)


def _topic(sent: int, participants: list[str]) -> Candidate:
    cand = Candidate(sent_index=sent, evidence=(0, 1), trigger_i=sent * 10, trigger="discussed", family="topic", participants=list(participants), confidence=0.6)
    cand.topic = "energy prices"
    return cand


_CTX = DocContext(actors=None, base=None, sentence_days=[], dateline=None)  # type: ignore[arg-type]  # the topic path reads no actors


def test_topic_skips_a_nearer_meeting_too_weak_to_be_kept() -> None:
    kept, weak = _meeting(0, 0.9, ["e0", "e1"]), _meeting(1, 0.3, ["e0", "e1"])
    _place_into(_topic(2, ["e0", "e1"]), [kept, weak], _CTX)
    assert (kept.topic, weak.topic) == ("energy prices", None)


def test_topic_goes_to_the_nearest_of_meetings_that_are_kept() -> None:
    first, second = _meeting(0, 0.9, ["e0", "e1"]), _meeting(1, 0.8, ["e0", "e1"])
    _place_into(_topic(2, ["e0", "e1"]), [first, second], _CTX)
    assert (first.topic, second.topic) == (None, "energy prices")


def test_topic_still_lands_when_only_a_weak_meeting_is_near() -> None:
    weak = _meeting(1, 0.3, ["e0", "e1"])
    _place_into(_topic(2, ["e0", "e1"]), [weak], _CTX)
    assert weak.topic == "energy prices"


def test_keep_threshold_follows_the_context() -> None:
    kept, weak = _meeting(0, 0.9, ["e0", "e1"]), _meeting(1, 0.3, ["e0", "e1"])
    lenient = DocContext(actors=None, base=None, sentence_days=[], dateline=None, keep_above=0.2)  # type: ignore[arg-type]
    _place_into(_topic(2, ["e0", "e1"]), [kept, weak], lenient)
    assert (kept.topic, weak.topic) == (None, "energy prices")


# -- coordinated clauses keep their own status and topic -------------------------------------

#: "would meet X, and the two held talks on Y": a plan and a meeting held; same tense stays one meeting.
COORDINATED_CLAUSES: list[tuple[str, str, Expected]] = [
    ('Joe Biden would meet Xi Jinping, and the two held talks on climate change.', '2024-03-10', [({'Joe Biden', 'Xi Jinping'}, {'status': 'planned', 'topic': None}), ({'Joe Biden', 'Xi Jinping'}, {'status': 'occurred', 'topic': 'climate change'})]),
    ('Joe Biden will meet Xi Jinping in San Francisco next week, and the two held talks on trade in Bali last year.', '2024-03-10', [({'Joe Biden', 'Xi Jinping'}, {'status': 'planned', 'place': 'San Francisco'}), ({'Joe Biden', 'Xi Jinping'}, {'status': 'occurred', 'topic': 'trade'})]),
    ('Joe Biden met Xi Jinping on Monday, and the two held talks on climate change.', '2024-03-10', [({'Joe Biden', 'Xi Jinping'}, {'status': 'occurred', 'topic': 'climate change'})]),
    ('Joe Biden will meet Xi Jinping on Friday and the two leaders will hold talks on climate change.', '2024-03-10', [({'Joe Biden', 'Xi Jinping'}, {'status': 'planned', 'topic': 'climate change'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), COORDINATED_CLAUSES)
def test_coordinated_clauses_keep_their_own_status_and_topic(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


# -- a meeting word inside a name ------------------------------------------------------------


def _doc(words: list[str], label: str, start: int, end: int) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label)]
    return doc


@pytest.mark.parametrize(
    ("words", "label", "span", "index", "expected"),
    [
        (["the", "Pacific", "Islands", "Forum", "secretary"], "ORG", (1, 4), 3, True),
        (["Summit", "Bank", "chief", "John"], "ORG", (0, 2), 0, True),
        (["World", "Economic", "Forum", "founder"], "ORG", (0, 3), 2, True),
        (["Summit", "City", "hosts"], "GPE", (0, 2), 0, True),
        (["the", "Summit", "in", "Paris"], "ORG", (1, 2), 1, False),  # a name of one word: the summit itself
        (["the", "summit", "of", "NATO"], "ORG", (3, 4), 1, False),
        (["the", "Biden", "summit"], "PERSON", (1, 3), 2, False),
        (["the", "Forum", "Event", "opened"], "EVENT", (1, 3), 1, False),
    ],
)
def test_meeting_word_inside_an_org_or_place_name(words: list[str], label: str, span: tuple[int, int], index: int, expected: bool) -> None:
    doc = _doc(words, label, *span)
    assert in_name(doc[index]) is expected


@pytest.mark.integration
@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("World Economic Forum president Borge Brende hosted Chinese Premier Li Qiang on Tuesday.", "Forum", False),
        ("Summit Bank chief executive John Smith and Nigerian President Bola Tinubu signed a loan agreement on Monday.", "Summit", False),
        ("The Pacific Islands Forum secretary general Henry Puna met Anthony Albanese in Suva on Monday.", "Forum", False),
        ("Leaders of the Pacific Islands met at a summit in Suva on Monday.", "summit", True),
        ("Henry Puna and Anthony Albanese spoke at a forum in Suva on Monday.", "forum", True),
    ],
)
def test_only_meeting_words_outside_names_trigger(nlp: Any, text: str, word: str, expected: bool) -> None:
    doc = nlp(text)
    words = {t.token.text for sent in doc.sents for t in find_triggers(sent)}
    assert (word in words) is expected


#: A name with "Forum" or "Summit" is no meeting; the meeting its people hold still is.
NAMES: list[tuple[str, str, Expected]] = [
    ('Summit Bank chief executive John Smith met Nigerian President Bola Tinubu on Monday.', '2024-03-10', [({'Bola Tinubu', 'John Smith'}, {'trigger': 'met', 'mode': 'meet'})]),
    ('World Economic Forum founder Klaus Schwab met Chinese Premier Li Qiang in Davos on Tuesday.', '2024-03-10', [({'Klaus Schwab', 'Li Qiang'}, {'trigger': 'met', 'place': 'Davos'})]),
    ('Joe Biden spoke at the World Economic Forum in Davos on Tuesday while Olaf Scholz watched.', '2024-03-10', []),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), NAMES)
def test_meeting_words_in_names_are_no_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


# -- "round" of talks ------------------------------------------------------------------------


@pytest.mark.integration
@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The two sides began a new round of negotiations in Istanbul.", 6, True),
        ("Officials held a third round of dialogue on Monday.", 4, True),
        ("They agreed to hold a second round next Saturday.", 6, True),
        ("Negotiators will resume the round in Geneva.", 4, True),
        ("The European Union approved a new round of sanctions.", 6, False),
        ("Voters return for a second round of voting on Sunday.", 5, False),
        ("A fresh round of fighting broke out on Monday.", 2, False),
        ("He won the first round easily.", 4, False),
    ],
)
def test_round_is_a_meeting_only_as_a_round_of_talks(nlp: Any, text: str, word: int, expected: bool) -> None:
    doc = nlp(text)
    assert doc[word].lower_ == "round"
    assert talks_round(doc[word]) is expected


#: A round of talks or one to be held is a meeting; a round of sanctions is none.
ROUNDS: list[tuple[str, str, Expected]] = [
    ('Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Dmytro Kuleba held a second round of negotiations in Istanbul on Tuesday.', '2024-03-10', [({'Dmytro Kuleba', 'Sergey Lavrov'}, {'status': 'occurred', 'date': '2024-03-05', 'place': 'Istanbul'})]),
    ('Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Dmytro Kuleba held talks in Istanbul on Tuesday. They agreed to hold a second round next week.', '2024-03-10', [({'Dmytro Kuleba', 'Sergey Lavrov'}, {'status': 'occurred', 'date': '2024-03-05'}), ({'Dmytro Kuleba', 'Sergey Lavrov'}, {'status': 'planned'})]),
    ('Ursula von der Leyen and Olaf Scholz approved a new round of sanctions against Russia on Monday.', '2024-03-10', []),
    ('Emmanuel Macron and Olaf Scholz voted in the second round of voting on Sunday.', '2024-03-10', []),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), ROUNDS)
def test_rounds_of_talks_are_meetings(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "spent three hours with Y": time together is a meeting; "spent years with the bank" (no
#: stretch of a day) and "spent the night in Geneva" (nobody with) are none (guards).
SPENT_WITH: list[tuple[str, str, Expected]] = [
    (
        "Hungarian Prime Minister Viktor Orban spent more than four hours in Beijing with Chinese President Xi Jinping on Monday.",
        "2024-07-10",
        [({"Viktor Orbán", "Xi Jinping"}, {"status": "occurred", "date": "2024-07-08"})],
    ),
    ("Christine Lagarde spent years with the International Monetary Fund before she moved to Frankfurt.", "2024-07-10", []),
    ("Hungarian Prime Minister Viktor Orban spent the night in Geneva before flying home.", "2024-07-10", []),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), SPENT_WITH)
def test_hours_spent_with_someone_are_a_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "had tea with Y", "had coffee with Y": a meal noun with its "with" is a meeting.
TEA_AND_COFFEE: list[tuple[str, str, Expected]] = [
    (
        "WINDSOR — European Commission President Ursula von der Leyen had tea with King Charles III at Windsor Castle on Monday.",
        "2023-02-28",
        [({"Ursula von der Leyen", "Charles III"}, {"status": "occurred", "date": "2023-02-27", "place": "Windsor Castle, Windsor"})],
    ),
    (
        "PARIS — German Chancellor Olaf Scholz had coffee with French President Emmanuel Macron in Paris on Monday.",
        "2023-02-28",
        [({"Olaf Scholz", "Emmanuel Macron"}, {"status": "occurred", "date": "2023-02-27"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), TEA_AND_COFFEE)
def test_tea_or_coffee_with_someone_is_a_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
def test_a_video_call_whose_by_the_parser_took_for_an_agent_keeps_its_counterpart(nlp: Any) -> None:
    # "spoke by video with X": after a long relative clause the parser makes "by" an agent
    check(
        nlp,
        "Sri Lankan President Ranil Wickremesinghe, who took office in July after protests forced out his predecessor, "
        "spoke by video with IMF Managing Director Kristalina Georgieva last month, his office said.",
        "2022-09-01",
        [({"Ranil Wickremesinghe", "Kristalina Georgieva"}, {"status": "occurred", "mode": "phone"})],
    )


#: "X met Y on the sidelines in Paris ... X had already spoken to Y by phone": a call and a
#: meeting told in person at a place of its own are two encounters, not one.
CALLS_APART: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto met World Bank President Ajay Banga on the sidelines of a climate summit in Paris on Thursday. "
        "The two discussed debt relief, Ruto's office said. Ruto had already spoken to Banga by phone twice this month.",
        "2023-06-23",
        [
            ({"William Ruto", "Ajay Banga"}, {"status": "occurred", "mode": "meet", "date": "2023-06-22"}),
            ({"William Ruto", "Ajay Banga"}, {"status": "occurred", "mode": "phone"}),
        ],
    ),
    (
        "Kenyan President William Ruto met World Bank President Ajay Banga in Nairobi on Thursday. Ruto had spoken to Banga by phone last week.",
        "2023-06-23",
        [
            ({"William Ruto", "Ajay Banga"}, {"status": "occurred", "mode": "visit", "date": "2023-06-22"}),
            ({"William Ruto", "Ajay Banga"}, {"status": "occurred", "mode": "phone", "date": None}),
        ],
    ),
    (
        "Chilean President Gabriel Boric was received by Argentina's Alberto Fernandez at the Casa Rosada in Buenos Aires on Tuesday, "
        "his first visit abroad as president. The two had spoken by phone in January, days after Boric's election.",
        "2022-04-06",
        [
            ({"Gabriel Boric", "Alberto Fernández"}, {"status": "occurred", "mode": "visit", "date": "2022-04-05"}),
            ({"Gabriel Boric", "Alberto Fernández"}, {"status": "occurred", "mode": "phone", "date": None}),
        ],
    ),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), CALLS_APART)
def test_a_call_is_apart_from_a_meeting_held_at_a_place(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "'The region is finally talking to itself,' said X": a reported clause whose meeting verb
#: has a subject of its own is no meeting of the one who reports it.
QUOTED_TALK: list[tuple[str, str, Expected]] = [
    (
        "Kazakh President Kassym-Jomart Tokayev was welcomed by Kyrgyz President Sadyr Japarov in Bishkek on Friday. "
        "“The region is finally talking to itself,” said Temur Umarov, a fellow at the Carnegie Endowment.",
        "2023-03-10",
        [({"Kassym-Jomart Tokayev", "Sadyr Japarov"}, {"status": "occurred", "mode": "visit"})],
    ),
    (
        "Kazakh President Kassym-Jomart Tokayev was welcomed by Kyrgyz President Sadyr Japarov in Bishkek on Friday. "
        "“Central Asia is finally talking to itself,” said Temur Umarov, a fellow at the Carnegie Endowment.",
        "2023-03-10",
        [({"Kassym-Jomart Tokayev", "Sadyr Japarov"}, {"status": "occurred", "mode": "visit"})],
    ),
    # guard: talks told as a noun inside the reported clause are still the speaker's
    (
        "U.S. envoy Steve Witkoff said on Tuesday that a deal to end the war was within reach, "
        "after talks on a truce with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.",
        "2025-03-11",
        [({"Steve Witkoff", "Mohammed bin Abdulrahman bin Jassim Al Thani"}, {"status": "occurred", "topic": "a truce"})],
    ),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), QUOTED_TALK)
def test_a_quoted_clause_with_its_own_subject_is_no_meeting_of_its_speaker(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
def test_the_parties_of_a_discussed_deal_are_no_sides_of_the_meeting(nlp: Any) -> None:
    # "discussed the free trade agreement between the EU and India": "between" names the deal's parties
    check(
        nlp,
        "German Foreign Minister Annalena Baerbock was received by Indian External Affairs Minister Subrahmanyam Jaishankar "
        "in New Delhi on Monday, where the two discussed the free trade agreement between the European Union and India.",
        "2023-12-05",
        [({"Annalena Baerbock", "S. Jaishankar"}, {"status": "occurred", "mode": "visit", "topic": "the free trade agreement between the European Union and India"})],
    )


@pytest.mark.integration
def test_talks_before_being_joined_by_others_include_them(nlp: Any) -> None:
    # "X and Y talked alone for two hours before being joined by A and B": a time, not a speech
    # "before" an audience, and A and B join the talks
    check(
        nlp,
        "Vladimir Putin and Kim Jong Un talked alone for two hours on Thursday before being joined by Foreign Minister "
        "Sergei Lavrov and North Korean Foreign Minister Ri Yong Ho.",
        "2019-04-26",
        [({"Vladimir Putin", "Kim Jong Un", "Sergey Lavrov", "Ri Yong-ho"}, {"status": "occurred", "date": "2019-04-25"})],
    )


@pytest.mark.integration
def test_the_facilitator_of_talks_takes_part(nlp: Any) -> None:
    # "X facilitated the talks, which were hosted by Y": the facilitator, like a mediator, takes part
    check(
        nlp,
        "Norwegian diplomat Dag Nylander facilitated the talks, which were hosted by Barbados Prime Minister Mia Mottley, "
        "with representatives of Colombia and Russia attending.",
        "2023-10-18",
        [({"Dag Nylander", "Mia Mottley", "Colombia", "Russia"}, {"status": "occurred", "mode": "multilateral"})],
    )


@pytest.mark.integration
def test_telling_someone_by_phone_is_a_call_and_their_call_is_theirs(nlp: Any) -> None:
    # "X told Y by phone that ...": a call; "In their call, Z told W ...": the call of Z and W, not X's
    check(
        nlp,
        "Turkish Foreign Minister Mevlut Cavusoglu told U.S. Secretary of State John Kerry by phone on Saturday that Washington "
        "should hand over the cleric. In their call, Iranian President Hassan Rouhani told Turkish President Tayyip "
        "Erdogan that coups had no place in the region.",
        "2016-07-18",
        [
            ({"Mevlüt Çavuşoğlu", "John Kerry"}, {"status": "occurred", "mode": "phone", "date": "2016-07-16"}),
            ({"Hassan Rouhani", "Recep Tayyip Erdoğan"}, {"status": "occurred", "mode": "phone"}),
        ],
    )


@pytest.mark.integration
def test_a_call_taken_from_someone_with_the_day_between_is_a_call(nlp: Any) -> None:
    # "took a call on Sunday from X": the parser hangs "from X" on the verb, past the day
    check(
        nlp,
        "President Tayyip Erdogan took a call on Sunday from Iranian President Hassan Rouhani.",
        "2016-07-18",
        [({"Recep Tayyip Erdoğan", "Hassan Rouhani"}, {"status": "occurred", "mode": "phone", "date": "2016-07-17"})],
    )


#: "X, who is on a state visit, later called on Y": the parser, finding no verb for the opening
#: name, hangs the sentence's verb on it as a participle; the name is still its subject, and the
#: one a pronoun in the next sentence names.
ROOTLESS_VERBS: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto, who is on a three-day state visit, later called on President Droupadi Murmu.",
        "2023-12-06",
        [({"William Ruto", "Droupadi Murmu"}, {"status": "occurred", "mode": "visit"})],
    ),
    (
        "Kenyan President William Ruto, who is on a three-day state visit, later called on President Droupadi Murmu. "
        "On Monday, hours after he landed, Foreign Minister S. Jaishankar met him at his hotel.",
        "2023-12-06",
        [
            ({"William Ruto", "Droupadi Murmu"}, {"status": "occurred", "mode": "visit"}),
            ({"William Ruto", "S. Jaishankar"}, {"status": "occurred", "date": "2023-12-04"}),
        ],
    ),
    # the opening name hung on the dateline as its apposition, and "called Y" read as naming Y
    (
        "BRASILIA (AP) — French President Emmanuel Macron called Brazil's president-elect Luiz Inacio Lula da Silva on Monday "
        "to congratulate him on his win.",
        "2024-06-06",
        [({"Emmanuel Macron", "Luiz Inácio Lula da Silva"}, {"status": "occurred", "mode": "phone", "date": "2024-06-03"})],
    ),
    # a description as the opening subject, and the day shift the parser hangs on it
    (
        "BERLIN - Brazilian President Luiz Inacio Lula da Silva was received by Chancellor Olaf Scholz at the chancellery "
        "on Tuesday. Two days earlier the Brazilian leader called on President Frank-Walter Steinmeier at the Bellevue palace.",
        "2023-12-05",
        [
            ({"Luiz Inácio Lula da Silva", "Olaf Scholz"}, {"status": "occurred", "date": "2023-12-05"}),
            ({"Luiz Inácio Lula da Silva", "Frank-Walter Steinmeier"}, {"status": "occurred", "date": "2023-12-03"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), ROOTLESS_VERBS)
def test_a_verb_hung_on_the_opening_name_has_it_as_subject(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


def test_a_name_opening_the_last_sentence_is_its_subject_for_a_pronoun(nlp: Any) -> None:
    # "Dagalo, widely known as Hemedti, briefed X ..., X's office said": the parser misreads the opening
    # name, which is still the one "he" names next, not the last name of the sentence
    check(
        nlp,
        "PRETORIA - Sudan's paramilitary commander Mohamed Hamdan Dagalo met South African President Cyril Ramaphosa in "
        "Pretoria on Tuesday. Dagalo, widely known as Hemedti, briefed Ramaphosa on his plan for a truce, Ramaphosa's office "
        "said. He started his trip in Kampala on Sunday, where he was welcomed by Ugandan President Yoweri Museveni.",
        "2024-01-03",
        [
            ({"Mohamed Hamdan Dagalo", "Cyril Ramaphosa"}, {"status": "occurred", "date": "2024-01-02"}),
            ({"Mohamed Hamdan Dagalo", "Yoweri Museveni"}, {"status": "occurred", "date": "2023-12-31"}),
        ],
    )



#: "raised X with Y", "brought up X with Y": a matter put to a person is talks with them, the
#: matter their topic; "raised the matter" points back and names none; "raised funds with Y" is
#: no talks with anyone but Y's company (a guard: no person, no meeting).
RAISED_WITH: list[tuple[str, str, Expected]] = [
    (
        "German Chancellor Olaf Scholz raised the detention of two German journalists with Turkish President Tayyip Erdogan on Friday.",
        "2023-03-20",
        [({"Olaf Scholz", "Recep Tayyip Erdoğan"}, {"status": "occurred", "date": "2023-03-17", "topic": "the detention of two German journalists"})],
    ),
    (
        "German Chancellor Olaf Scholz brought up grain exports with Turkish President Tayyip Erdogan on Friday.",
        "2023-03-20",
        [({"Olaf Scholz", "Recep Tayyip Erdoğan"}, {"status": "occurred", "date": "2023-03-17", "topic": "grain exports"})],
    ),
    (  # guard: a bare "the matter" is no topic
        "Olaf Scholz said he had raised the matter with Tayyip Erdogan when the two men met in Ankara on Friday.",
        "2023-03-20",
        [({"Olaf Scholz", "Recep Tayyip Erdoğan"}, {"status": "occurred", "date": "2023-03-17", "topic": None})],
    ),
    ("The German government raised interest rates with the support of the Bundesbank on Friday.", "2023-03-20", []),  # guard
]


@pytest.mark.parametrize(("text", "date", "expected"), RAISED_WITH)
def test_a_matter_raised_with_a_person_is_talks_about_it(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "met Y to discuss a pact with Z": a "with" inside the object of a meeting's purpose is the
#: matter's party, not a second counterpart ("flew to X to discuss a pact with Y" keeps Y: a guard).
PURPOSE_WITH: list[tuple[str, str, Expected]] = [
    (
        "U.S. envoy Kurt Campbell met Fiji's Prime Minister Frank Bainimarama on Friday to discuss a fisheries pact with Japan.",
        "2022-04-23",
        [({"Kurt M. Campbell", "Frank Bainimarama"}, {"status": "occurred", "date": "2022-04-22", "topic": "a fisheries pact with Japan"})],
    ),
    (
        "U.S. envoy Kurt Campbell flew to Suva on Friday to discuss a fisheries pact with Prime Minister Frank Bainimarama.",
        "2022-04-23",
        [({"Kurt M. Campbell", "Frank Bainimarama"}, {"status": "occurred", "date": "2022-04-22"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), PURPOSE_WITH)
def test_a_with_inside_a_meetings_purpose_is_the_matters(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


def test_a_name_read_as_the_modifier_of_a_time_is_the_object(nlp: Any) -> None:
    # "meeting Kenyan President William Ruto days before Blinken arrived": the parser hangs the name on "days"
    check(
        nlp,
        "British Foreign Secretary James Cleverly visited Nairobi last week to push for a trade deal, meeting Kenyan President "
        "William Ruto days before Blinken arrived.",
        "2023-05-08",
        [({"James Cleverly", "William Ruto"}, {"status": "occurred", "mode": "visit", "place": "Nairobi"})],
    )


#: "will be settled by A and B when they meet": the doers of a passive are whom "they" names;
#: "have agreed to a summit": a summit agreed to is to come.
AGREED_AND_AGENTS: list[tuple[str, str, Expected]] = [
    (
        "The details will be settled by Indian Foreign Minister S. Jaishankar and Chinese Foreign Minister Wang Yi when they meet in Moscow on Thursday.",
        "2022-02-21",
        [({"S. Jaishankar", "Wang Yi"}, {"status": "planned", "date": "2022-02-24", "place": "Moscow"})],
    ),
    (
        "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping have agreed to a summit in Wuhan, officials said.",
        "2022-02-21",
        [({"Narendra Modi", "Xi Jinping"}, {"status": "planned", "place": "Wuhan"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), AGREED_AND_AGENTS)
def test_agreed_summits_and_passive_doers(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


def test_a_participle_of_greeting_with_its_doer_is_an_encounter(nlp: Any) -> None:
    # "arrived ..., greeted at the airport by X": a participle is passive too, its doer met the subject
    check(
        nlp,
        "Eritrean President Isaias Afwerki arrived in Addis Ababa on Saturday, greeted at the airport by Prime Minister Abiy Ahmed.",
        "2018-07-14",
        [({"Isaias Afwerki", "Abiy Ahmed"}, {"status": "occurred", "date": "2018-07-14"})],
    )
    # guard (mutation-checked): greeted by crowds, the two who arrived meet no one
    check(nlp, "Eritrean President Isaias Afwerki and Ethiopian Prime Minister Abiy Ahmed arrived in Addis Ababa on Saturday, greeted by cheering crowds.", "2018-07-14", [])


#: "Z shuttled between them", "with Z carrying proposals between X and Y": talks held through a
#: go-between, who takes part with both sides; the states' talks told in the same sentence are
#: the same talks ("carried the bags between the two cars" names no sides: a guard).
GO_BETWEEN: list[tuple[str, str, Expected]] = [
    (
        "Armenia and Azerbaijan held talks in Washington on Monday, with Secretary of State Antony Blinken carrying proposals "
        "between Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov.",
        "2023-05-02",
        [({"Antony Blinken", "Ararat Mirzoyan", "Jeyhun Bayramov"}, {"status": "occurred", "mode": "multilateral", "date": "2023-05-01"})],
    ),
    (
        "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov sat in separate rooms on "
        "Monday while Secretary of State Antony Blinken shuttled between them.",
        "2023-05-02",
        [({"Antony Blinken", "Ararat Mirzoyan", "Jeyhun Bayramov"}, {"status": "occurred", "mode": "multilateral", "date": "2023-05-01"})],
    ),
    # guard (mutation-checked): the two people carrying something between things are no sides of talks
    ("Secretary of State Antony Blinken and Armenian Foreign Minister Ararat Mirzoyan carried the bags between the two cars on Monday.", "2023-05-02", []),
    (  # "held talks, with Z carrying messages between the two delegations": those talks, told once, keep their topic
        "Armenia and Azerbaijan held talks in Washington on Monday, with Secretary of State Antony Blinken carrying messages "
        "between the two delegations. Armenian spokesman Ani Badalyan said the talks focused on the border.",
        "2023-05-02",
        [({"Armenia", "Azerbaijan", "Antony Blinken"}, {"status": "occurred", "date": "2023-05-01", "topic": "the border"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), GO_BETWEEN)
def test_a_go_between_holds_talks_with_both_sides(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


def test_the_two_delegations_are_the_ones_their_heads_lead(nlp: Any) -> None:
    # "X, who led the army side, ... Y, head of the RSF team ... shuttled between the two delegations": X and Y,
    # not the last two people named
    check(
        nlp,
        "Sudan's warring parties agreed on Thursday to a truce after a week of talks in Jeddah. Lieutenant General Shams al-Din "
        "Kabbashi, who led the army side, shook hands with Abdel Rahim Dagalo, head of the RSF team. Saudi Foreign Minister Prince "
        "Faisal bin Farhan and Secretary of State Antony Blinken also attended. For most of the week U.S. envoy Tom Perriello had "
        "shuttled between the two delegations.",
        "2023-05-20",
        [
            ({"Shams al-Din Khabbashi", "Abdel Rahim Dagalo", "Faisal bin Farhan Al Saud", "Antony Blinken"}, {"status": "occurred"}),
            ({"Tom Perriello", "Shams al-Din Khabbashi", "Abdel Rahim Dagalo"}, {"status": "occurred", "mode": "multilateral"}),
        ],
    )
