"""Topic, status cues and place of a meeting: sentences written for these tests, one list per rule.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``); the text
must yield exactly those relations, so a case with an empty list must yield none.
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

BIDEN_XI = {"Joe Biden", "Xi Jinping"}

#: The whole object phrase: coordination and the modifiers that say which matter it is.
WHOLE_TOPICS: list[tuple[str, str, Expected]] = [
    # a conjunct the parser hangs on the meeting noun
    ("Joe Biden held talks with Xi Jinping on trade and the status of Taiwan.", "2023-11-13", [(BIDEN_XI, {"topic": "trade and the status of Taiwan"})]),
    # a name ending in "-ing" the tagger reads as a gerund ("Tshering"): still whom the talks were with, and the topic after it
    (
        "Nepalese Prime Minister Pushpa Kamal Dahal sat down for talks with Bhutanese Prime Minister Lotay Tshering on hydropower.",
        "2024-01-10",
        [({"Pushpa Kamal Dahal", "Lotay Tshering"}, {"topic": "hydropower"})],
    ),
    # "The discussions focused on X": talks told before, though "discussions" names no counterpart
    (
        "Joe Biden met Xi Jinping in Woodside on Wednesday. The discussions focused on export controls.",
        "2023-11-17",
        [(BIDEN_XI, {"topic": "export controls", "date": "2023-11-15"})],
    ),
    # "talks on energy links": links of a matter are a topic, and no video link
    (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Tuesday. The two leaders held talks on rail links and fisheries.",
        "2024-06-05",
        [({"William Ruto", "Samia Suluhu Hassan"}, {"topic": "rail links and fisheries", "mode": "meet"})],
    ),
    # guard: a video link is the channel, not the topic
    (
        "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan on a video link on Tuesday.",
        "2024-06-05",
        [({"William Ruto", "Samia Suluhu Hassan"}, {"topic": None, "mode": "phone"})],
    ),
    # the rest of a list the parser tears from the object (hung on the subject, or read as a preposition)
    (
        "Kenyan President William Ruto welcomed Tanzanian President Samia Suluhu Hassan to State House on Friday. In the cabinet room, the two "
        "presidents discussed fisheries, the future of the lake and the conflict in Sudan, on which they disagree.",
        "2024-06-05",
        [({"William Ruto", "Samia Suluhu Hassan"}, {"topic": "fisheries, the future of the lake and the conflict in Sudan"})],
    ),
    (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Tuesday. The talks focused on a reopening of the "
        "border, the return of refugees and the fight against cattle rustling, a statement said.",
        "2024-06-05",
        [({"William Ruto", "Samia Suluhu Hassan"}, {"topic": "a reopening of the border, the return of refugees and the fight against cattle rustling"})],
    ),
    # list members the parser hangs on the verb
    ("Joe Biden and Xi Jinping discussed trade, the South China Sea and fentanyl.", "2023-11-13", [(BIDEN_XI, {"topic": "trade, the South China Sea and fentanyl"})]),
    # the place of a state of affairs, hung on the verb
    ("Joe Biden and Xi Jinping discussed the war in Gaza.", "2023-11-13", [(BIDEN_XI, {"topic": "the war in Gaza"})]),
    # the other side of a relational noun
    (
        "Joe Biden and Xi Jinping discussed the conflict in Ukraine and relations with Europe.",
        "2023-11-13",
        [(BIDEN_XI, {"topic": "the conflict in Ukraine and relations with Europe"})],
    ),
    # a gerund clause with its own subject
    (
        "Joe Biden will meet Xi Jinping on Sunday to discuss China joining the climate pact.",
        "2023-11-13",
        [(BIDEN_XI, {"topic": "China joining the climate pact", "status": "planned"})],
    ),
    # an infinitive, a reduced relative and a restrictive relative clause on the object
    (
        "Joe Biden met Xi Jinping on Monday. The two leaders discussed a plan to reopen military hotlines.",
        "2023-11-14",
        [(BIDEN_XI, {"topic": "a plan to reopen military hotlines"})],
    ),
    ("Joe Biden met Xi Jinping on Monday. The two leaders discussed an agreement signed in 2015.", "2023-11-14", [(BIDEN_XI, {"topic": "an agreement signed in 2015"})]),
    (
        "Joe Biden met Xi Jinping on Monday. They discussed export controls that hurt American firms, officials said.",
        "2023-11-14",
        [(BIDEN_XI, {"topic": "export controls that hurt American firms"})],
    ),
    # the subject of "on the agenda / on the table" in the clause the meeting is told with
    ("Trade and Taiwan were on the agenda when Joe Biden met Xi Jinping on Monday.", "2023-11-14", [(BIDEN_XI, {"topic": "Trade and Taiwan"})]),
    ("Trade and Taiwan were on the table as Joe Biden met Xi Jinping on Monday.", "2023-11-14", [(BIDEN_XI, {"topic": "Trade and Taiwan"})]),
    # a clause the parser read as a noun phrase ("the two discussed trade")
    ("Joe Biden hosted Xi Jinping, and the two discussed trade and energy.", "2023-11-14", [(BIDEN_XI, {"topic": "trade and energy"})]),
]

#: What is not the topic: a time phrase before the verb, a visit, a cause, the sides, how it went.
NOT_TOPICS: list[tuple[str, str, Expected]] = [
    # a leg of a trip, a note, a medium, an audience addressed: no matter talked about
    (
        "BEIJING — Hungarian Prime Minister Viktor Orban met Chinese President Xi Jinping in Beijing on Monday on the third leg of his tour.",
        "2024-07-09",
        [({"Viktor Orbán", "Xi Jinping"}, {"topic": None})],
    ),
    (
        "VILNIUS — U.S. President Joe Biden met Turkish President Tayyip Erdogan in Vilnius on Tuesday. The talks opened on a high note.",
        "2024-07-10",
        [({"Joe Biden", "Recep Tayyip Erdoğan"}, {"topic": None})],
    ),
    (
        "ANKARA — Turkish President Tayyip Erdogan hosted Hamas leader Ismail Haniyeh in Istanbul on Saturday. Israeli Foreign "
        "Minister Israel Katz denounced the meeting on social media.",
        "2024-07-09",
        [({"Recep Tayyip Erdoğan", "Ismail Haniyeh"}, {"topic": None})],
    ),
    (
        "JERUSALEM — U.S. President Donald Trump was welcomed at the airport by Prime Minister Benjamin Netanyahu on Monday and then "
        "addressed Israel's Knesset.",
        "2024-07-09",
        [({"Donald Trump", "Benjamin Netanyahu"}, {"topic": None})],
    ),
    # guard: a matter addressed is still the topic (passed before the rule)
    (
        "JERUSALEM — U.S. President Donald Trump met Prime Minister Benjamin Netanyahu on Monday and then addressed the crisis in Gaza.",
        "2024-07-09",
        [({"Donald Trump", "Benjamin Netanyahu"}, {"topic": "the crisis in Gaza"})],
    ),
    ("On Friday Joe Biden held talks with Xi Jinping on export controls.", "2023-11-13", [(BIDEN_XI, {"topic": "export controls"})]),
    ("Joe Biden paid a courtesy call on Xi Jinping in Beijing.", "2023-11-13", [(BIDEN_XI, {"topic": None})]),
    ("Talks between Joe Biden and Xi Jinping broke down over Taiwan.", "2023-11-13", [(BIDEN_XI, {"topic": None})]),
    ("Joe Biden held talks with Xi Jinping on trade that lasted two hours.", "2023-11-13", [(BIDEN_XI, {"topic": "trade"})]),
    (
        "Joe Biden held talks with Xi Jinping on a troop withdrawal between their negotiators.",
        "2023-11-13",
        [(BIDEN_XI, {"topic": "a troop withdrawal"})],
    ),
    # a participle that tells where the talks were held is no part of the topic
    (
        "Joe Biden met Xi Jinping on Monday for talks on trade held at the Great Hall of the People.",
        "2023-11-14",
        [(BIDEN_XI, {"topic": "trade", "place": "the Great Hall of the People"})],
    ),
    # "between" two things that are not the sides stays
    ("Joe Biden held talks with Xi Jinping on a truce between the two armies.", "2023-11-13", [(BIDEN_XI, {"topic": "a truce between the two armies"})]),
    # "in the Chinese capital" is where they met; "the situation in the capital" stays whole
    ("Joe Biden met Xi Jinping for talks on migration in the Chinese capital.", "2023-11-13", [(BIDEN_XI, {"topic": "migration"})]),
    (
        "Joe Biden held talks with Xi Jinping on the situation in the capital of Myanmar.",
        "2023-11-13",
        [(BIDEN_XI, {"topic": "the situation in the capital of Myanmar"})],
    ),
]

#: The present tense with a time phrase is a schedule; "slated", passive plans.
PLANNED: list[tuple[str, str, Expected]] = [
    ("Joe Biden meets Xi Jinping in San Francisco on Wednesday.", "2023-11-13", [(BIDEN_XI, {"status": "planned", "date": "2023-11-15"})]),
    ("Later today, Joe Biden meets Xi Jinping in San Francisco.", "2023-11-13", [(BIDEN_XI, {"status": "planned"})]),
    ("Joe Biden is meeting Xi Jinping in San Francisco on Wednesday.", "2023-11-13", [(BIDEN_XI, {"status": "planned"})]),
    ("Joe Biden is slated to meet Xi Jinping in San Francisco on Wednesday.", "2023-11-13", [(BIDEN_XI, {"status": "planned"})]),
    ("Talks between Joe Biden and Xi Jinping are expected on Wednesday.", "2023-11-13", [(BIDEN_XI, {"status": "planned"})]),
    ("A meeting between Joe Biden and Xi Jinping is planned for Wednesday.", "2023-11-13", [(BIDEN_XI, {"status": "planned"})]),
    # a present-tense reporting verb is no schedule
    ("Joe Biden says he met Xi Jinping in San Francisco on Wednesday.", "2023-11-17", [(BIDEN_XI, {"status": "occurred", "date": "2023-11-15"})]),
]

#: Withdrawing from a meeting, a plan that was "supposed" to hold; a rejected report; no plans.
CANCELLED_DENIED_NONE: list[tuple[str, str, Expected]] = [
    ("Joe Biden withdrew from a planned meeting with Xi Jinping.", "2023-11-13", [(BIDEN_XI, {"status": "cancelled"})]),
    ("Joe Biden pulled out of a meeting with Xi Jinping.", "2023-11-13", [(BIDEN_XI, {"status": "cancelled"})]),
    ("Joe Biden and Xi Jinping were supposed to meet on Wednesday.", "2023-11-13", [(BIDEN_XI, {"status": "cancelled"})]),
    ("Beijing rejected reports that Joe Biden had met Xi Jinping.", "2023-11-13", [(BIDEN_XI, {"status": "denied"})]),
    ("There are no plans for Joe Biden to meet Xi Jinping.", "2023-11-13", []),
    ("Beijing rejected a proposal for talks between Joe Biden and Xi Jinping.", "2023-11-13", []),
    # a denial told after two clauses denies the nearer one
    (
        "Joe Biden hosted the summit with Xi Jinping, and his government accused Beijing of backing the rebels, a charge Beijing denies.",
        "2023-11-14",
        [(BIDEN_XI, {"status": "occurred"})],
    ),
    # the meeting is what denies, not what is denied
    (
        "Joe Biden met Xi Jinping in San Francisco on Monday. The summit refuted claims of a new cold war, officials said.",
        "2023-11-14",
        [(BIDEN_XI, {"status": "occurred"})],
    ),
]

#: A named place in the meeting's own phrase; a country refined by the dateline; no place at all.
PLACES: list[tuple[str, str, Expected]] = [
    ("Joe Biden arrived from China, where he met Xi Jinping in Shanghai on Sunday.", "2023-11-14", [(BIDEN_XI, {"place": "Shanghai"})]),
    (
        "ANKARA — Joe Biden made his first visit to Turkey on Wednesday, holding talks with Recep Tayyip Erdogan.",
        "2023-11-16",
        [({"Joe Biden", "Recep Tayyip Erdoğan"}, {"place": "Turkey, Ankara"})],
    ),
    ("Joe Biden and Xi Jinping agreed to meet again in June at a venue still to be determined.", "2023-11-14", [(BIDEN_XI, {"place": None})]),
    # a place inside the topic is what the talks were about, not where they were
    (
        "Talks between Joe Biden and Xi Jinping on ending the war in Syria opened in the Swiss capital on Monday.",
        "2023-11-14",
        [(BIDEN_XI, {"place": "Bern", "topic": "ending the war in Syria"})],
    ),
    # a clause of the same moment tells the place; one of another moment does not
    ("Joe Biden greeted Xi Jinping as leaders of the Group of 20 gathered in Bali on Friday.", "2023-11-14", [(BIDEN_XI, {"place": "Bali"})]),
    ("Joe Biden met Xi Jinping after leaders gathered in Seoul.", "2023-11-14", [(BIDEN_XI, {"place": None})]),
    # a foreign setting keeps the dateline city off
    (
        "OTTAWA — Justin Trudeau said he met Narendra Modi on the sidelines of the Group of 20 summit in the Indian capital on Sept. 10.",
        "2023-09-18",
        [({"Justin Trudeau", "Narendra Modi"}, {"place": "New Delhi"})],
    ),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), WHOLE_TOPICS)
def test_topic_is_the_whole_object_phrase(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), NOT_TOPICS)
def test_topic_leaves_out_what_the_talks_were_not_about(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), PLANNED)
def test_scheduled_present_and_passive_plans_are_planned(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), CANCELLED_DENIED_NONE)
def test_withdrawals_rejected_reports_and_ruled_out_meetings(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), PLACES)
def test_place_is_named_own_or_refined_by_dateline(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "met X, discussing Y" (a participle of discussion) and "The two leaders talked about Y";
#: not "spoke on Friday" (a time) nor one person talking about something.
TALKED_ABOUT: list[tuple[str, str, Expected]] = [
    (
        "Thai Prime Minister Srettha Thavisin met Cambodian Prime Minister Hun Manet in Bangkok on Wednesday, discussing border trade and "
        "online scams.",
        "2024-02-08",
        [({"Srettha Thavisin", "Hun Manet"}, {"topic": "border trade and online scams"})],
    ),
    (
        "Thai Prime Minister Srettha Thavisin met Cambodian Prime Minister Hun Manet in Bangkok on Wednesday. The two leaders talked "
        "about border trade.",
        "2024-02-08",
        [({"Srettha Thavisin", "Hun Manet"}, {"topic": "border trade"})],
    ),
    (
        "Thai Prime Minister Srettha Thavisin met Cambodian Prime Minister Hun Manet in Bangkok on Wednesday. The two leaders spoke on "
        "Wednesday evening.",
        "2024-02-08",
        [({"Srettha Thavisin", "Hun Manet"}, {"topic": None})],
    ),
    ("Thai Prime Minister Srettha Thavisin talked about border trade on Wednesday.", "2024-02-08", []),
    # "the two" alone as the subject, and a gerund clause after "about"
    (
        "Thai Prime Minister Srettha Thavisin met Cambodian Prime Minister Hun Manet in Bangkok on Wednesday. The two spoke for about an hour about "
        "border trade.",
        "2024-02-08",
        [({"Srettha Thavisin", "Hun Manet"}, {"topic": "border trade"})],
    ),
    (
        "Thai Prime Minister Srettha Thavisin met Cambodian Prime Minister Hun Manet in Bangkok on Wednesday, and the pair talked for an hour about "
        "reopening the border crossings.",
        "2024-02-08",
        [({"Srettha Thavisin", "Hun Manet"}, {"topic": "reopening the border crossings"})],
    ),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), TALKED_ABOUT)
def test_talked_about_and_discussing_give_the_topic(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


RUTO_SAMIA = {"William Ruto", "Samia Suluhu Hassan"}
_RUTO_MET = "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan"

#: Topics told in a clause the parser reads in an unusual place: a question ("to discuss how
#: to X"), a relative on the meeting's day or venue, a phrase hung on the day, a relative on the
#: meeting noun, and "The two discussed X" read as a noun phrase.
CLAUSE_TOPICS: list[tuple[str, str, Expected]] = [
    (f"{_RUTO_MET} in Arusha on Monday to discuss how to reopen the border crossings.", "2024-06-05", [(RUTO_SAMIA, {"topic": "how to reopen the border crossings"})]),
    (
        "Turkish Foreign Minister Mevlut Cavusoglu met Russian Foreign Minister Sergei Lavrov in Antalya on Friday to discuss whether to extend the grain deal.",
        "2024-06-05",
        [({"Mevlüt Çavuşoğlu", "Sergey Lavrov"}, {"topic": "whether to extend the grain deal"})],
    ),
    # the relative on the day says what the two discussed, whoever else "the two" might be taken for
    (
        "NAIROBI — Kenya held a state funeral for former President Mwai Kibaki on Tuesday. Tanzanian President Samia Suluhu Hassan led her country's "
        "delegation, and Ugandan President Yoweri Museveni flew in for the service, as did Rwandan President Paul Kagame and Ethiopian Prime Minister "
        "Abiy Ahmed. Kenyan President William Ruto used the occasion for a round of diplomacy. He met Samia on Monday, when the two discussed a joint "
        "oil pipeline, and he received Museveni at State House on Tuesday.",
        "2024-06-05",
        [(RUTO_SAMIA, {"topic": "a joint oil pipeline", "date": "2024-06-03"}), ({"William Ruto", "Yoweri Museveni"}, {"date": "2024-06-04"})],
    ),
    (
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan pledged closer ties on Tuesday. The two presidents will meet again at a "
        "regional summit in Kampala next month, where the bloc is set to discuss a customs union.",
        "2024-06-05",
        [(RUTO_SAMIA, {"topic": "a customs union", "status": "planned"})],
    ),
    # guard: others' discussion on the day is no topic of the meeting
    (f"{_RUTO_MET} in Arusha on Monday, when Ugandan officials discussed a joint oil pipeline.", "2024-06-05", [(RUTO_SAMIA, {"topic": None})]),
    (f"{_RUTO_MET} in Arusha on Monday. The two discussed electric buses.", "2024-06-05", [(RUTO_SAMIA, {"topic": "electric buses"})]),
    (
        "Kenyan President William Ruto also held talks with Tanzanian President Samia Suluhu Hassan on the same day on the border dispute.",
        "2024-06-05",
        [(RUTO_SAMIA, {"topic": "the border dispute"})],
    ),
    (f"{_RUTO_MET} on Monday at a two-day regional meeting, which discussed food security.", "2024-06-05", [(RUTO_SAMIA, {"topic": "food security"})]),
    # "which officials said covered X": the reported focus of the meeting noun
    (
        "Narendra Modi met Nawaz Sharif in Lahore on Monday. The Modi-Sharif meeting, which officials said covered trade, water and tourism, ended with "
        "the two leaders riding bicycles.",
        "2024-06-05",
        [({"Narendra Modi", "Nawaz Sharif"}, {"topic": "trade, water and tourism"})],
    ),
    (
        "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan on the sidelines on the border dispute.",
        "2024-06-05",
        [(RUTO_SAMIA, {"topic": "the border dispute"})],
    ),
    # "the two" after a call that named a third person: the call's two people discussed it, also
    # when the dateline leads the parser to read "the two discussed X" as a noun phrase
    (
        "NAIROBI (AP) — Kenyan President William Ruto called Tanzania's President Samia Suluhu Hassan on Monday to congratulate her on her narrow "
        "victory over Tundu Lissu, and the two discussed cooperation on energy and trade, State House said.",
        "2024-06-05",
        [(RUTO_SAMIA, {"topic": "cooperation on energy and trade", "mode": "phone", "date": "2024-06-03"})],
    ),
    # ... and when the parser makes that noun phrase the call's object beside the person called
    (
        "BERLIN (AP) — German Chancellor Olaf Scholz called Brazil's president-elect Luiz Inácio Lula da Silva on Monday to congratulate him on his "
        "narrow win over Jair Bolsonaro, and the two discussed cooperation on trade and the Amazon, a spokesman said.",
        "2022-11-02",
        [({"Olaf Scholz", "Luiz Inácio Lula da Silva"}, {"topic": "cooperation on trade and the Amazon", "mode": "phone"})],
    ),
    # what a story calls the two people it just named ("the two leftists", "the two strongmen")
    (f"{_RUTO_MET} in Arusha on Monday. At State House, the two leftists discussed electric buses.", "2024-06-05", [(RUTO_SAMIA, {"topic": "electric buses"})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), CLAUSE_TOPICS)
def test_topics_told_in_clauses_the_parser_places_oddly(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: What filled the talks: "X dominated the talks", "talks dominated by X", "the agenda included X",
#: and "exchanged views on X with Y" (the parser may hang the "with" inside the topic).
FILLED_TOPICS: list[tuple[str, str, Expected]] = [
    (
        f"{_RUTO_MET} on Monday. He also exchanged views on investment in Tanzanian gas fields with Tanzanian Vice President Philip Mpango.",
        "2024-06-05",
        [(RUTO_SAMIA, {"topic": None}), ({"William Ruto", "Philip Mpango"}, {"topic": "investment in Tanzanian gas fields"})],
    ),
    (f"{_RUTO_MET} in Arusha on Monday, where a row over cross-border trucking dominated the talks.", "2024-06-05", [(RUTO_SAMIA, {"topic": "a row over cross-border trucking"})]),
    (
        "Kenyan President William Ruto arrived in Dodoma on Sunday. Earlier in the visit, Ruto held talks with Tanzanian President Samia Suluhu Hassan, "
        "which were dominated by the fate of a stalled pipeline project, officials said.",
        "2024-06-05",
        [(RUTO_SAMIA, {"topic": "the fate of a stalled pipeline project"})],
    ),
    (
        "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan on Monday in a meeting dominated by the fate of a stalled "
        "pipeline project.",
        "2024-06-05",
        [(RUTO_SAMIA, {"topic": "the fate of a stalled pipeline project"})],
    ),
    # guard: a matter that dominated a summit does not sum up what its leaders met about
    (
        "East African leaders met in Arusha on Monday for a summit dominated by the war in eastern Congo, with Kenyan President William Ruto and "
        "Tanzanian President Samia Suluhu Hassan attending.",
        "2024-06-05",
        [(RUTO_SAMIA, {"topic": None, "mode": "multilateral"})],
    ),
    (f"{_RUTO_MET} in Arusha on Monday, and the agenda included electricity trade and rail links.", "2024-06-05", [(RUTO_SAMIA, {"topic": "electricity trade and rail links"})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), FILLED_TOPICS)
def test_topic_told_by_what_filled_the_talks(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
