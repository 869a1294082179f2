"""Pairs told by a count, a title or a second noun: "The two held talks" (which the parser reads
as "the two-held talks"); "the two presidents" after only one of them was called president (the
latest meeting of that one, not the latest pair named); a visit to a country and the talks at a
venue in it, told in one sentence, are one meeting; "on Monday, days after he met X" (one DATE
phrase to the NER) dates the main clause; talks told without their sides belong to the
meeting of the main clause, not to one in a clause that dates it ("days after he met X"); "talks that
officials said focused on X"; "Tonga will host the leaders next year" is the next gathering of the
grouping told before; "NAIROBI — X and Y signed a pact" (the dateline read as the subject) is a
meeting; "would-be" stays one word; "X told Y that ..., at a meeting" is a meeting of X and Y (the
parser hangs the meeting on the reported clause), and "since the war began on April 15" dates
no meeting; "Trade Secretary X and Commerce Minister Y held a session" is held by both, though
the parser hangs X on Y's title.
Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

_PAIR = {"Luiz Inácio Lula da Silva", "Gabriel Boric"}
_MACRON_SCHOLZ = {"Emmanuel Macron", "Olaf Scholz"}

CASES: list[tuple[str, str, Expected]] = [
    # "The two held talks": the parser makes "two" a modifier of "talks" and "held" an adjective
    (
        "SANTIAGO — Brazilian President Luiz Inacio Lula da Silva praised Chilean President Gabriel Boric on Monday for his "
        "stance on the Amazon. The two held talks at La Moneda on lithium mining.",
        "2023-08-08",
        [(_PAIR, {"status": "occurred", "date": "2023-08-07", "topic": "lithium mining"})],
    ),
    # "the two scheduled talks": two talks, no people counted
    (
        "SANTIAGO — Brazilian President Luiz Inacio Lula da Silva praised Chilean President Gabriel Boric on Monday. The two "
        "scheduled talks on lithium will not take place this year, officials said.",
        "2023-08-08",
        [],
    ),
    # "the two presidents": the one called president and the latest meeting he had, past a pair
    # named since in a relative clause
    (
        "ANKARA — Turkish President Recep Tayyip Erdogan hosted Ebrahim Raisi at his palace on Wednesday. Raisi, who had "
        "received Russian Foreign Minister Sergei Lavrov in Tehran in June, was making his first trip to Turkey. The two "
        "presidents held talks on trade and Syria.",
        "2024-01-25",
        [
            ({"Recep Tayyip Erdoğan", "Ebrahim Raisi"}, {"status": "occurred", "date": "2024-01-24", "topic": "trade and Syria"}),
            ({"Ebrahim Raisi", "Sergey Lavrov"}, {"status": "occurred", "topic": None}),
        ],
    ),
    # a visit to the country and the welcome at a venue in it, told in one sentence: one meeting
    (
        "TOKYO — Japanese Prime Minister Fumio Kishida welcomed Indonesian President Joko Widodo to the Kantei on Tuesday "
        "for the first visit to Japan by a sitting Indonesian president in a decade. The talks focused on nickel and infrastructure.",
        "2022-07-27",
        [({"Fumio Kishida", "Joko Widodo"}, {"status": "occurred", "date": "2022-07-26", "topic": "nickel and infrastructure"})],
    ),
    # the visit to a country other than the venue's: two meetings
    (
        "TOKYO — Japanese Prime Minister Fumio Kishida welcomed Indonesian President Joko Widodo to the Kantei on Tuesday. "
        "Widodo's visit to China on the same day was called off.",
        "2022-07-27",
        [
            ({"Fumio Kishida", "Joko Widodo"}, {"status": "occurred", "date": "2022-07-26"}),
        ],
    ),
    # "on Monday, days after he met X": the NER joins the two time phrases; Monday dates the main clause
    (
        "SANTIAGO — Brazilian President Luiz Inacio Lula da Silva met Chilean President Gabriel Boric in Santiago on Monday, "
        "days after he met Argentine President Javier Milei in Buenos Aires.",
        "2023-08-08",
        [
            (_PAIR, {"status": "occurred", "date": "2023-08-07"}),
            ({"Luiz Inácio Lula da Silva", "Javier Milei"}, {"status": "occurred", "date": None}),
        ],
    ),
    # talks told without their sides go to the meeting of the main clause, not to the one that dates it
    (
        "SANTIAGO — Brazilian President Luiz Inacio Lula da Silva embraced Chilean President Gabriel Boric in Santiago on "
        "Monday, days after he met Argentine President Javier Milei in Buenos Aires, and urged closer ties. The two leaders "
        "toured a school before holding talks that focused on lithium.",
        "2023-08-08",
        [
            (_PAIR, {"status": "occurred", "date": "2023-08-07", "topic": "lithium"}),
            ({"Luiz Inácio Lula da Silva", "Javier Milei"}, {"status": "occurred", "topic": None}),
        ],
    ),
    # the state that will host the grouping's next gathering, with the grouping told before
    (
        "APIA — Pacific Islands Forum leaders ended their annual meeting in Samoa on Friday. Tonga will host the leaders "
        "next year.",
        "2024-10-26",
        [({"Tonga", "Pacific Islands Forum"}, {"status": "planned", "mode": "multilateral"})],
    ),
    (
        "RIO DE JANEIRO — G20 leaders met in Rio de Janeiro on Monday. South Africa will host the summit next year.",
        "2024-11-19",
        [({"South Africa", "G20"}, {"status": "planned", "mode": "multilateral"})],
    ),
    # a leader a state will host next year is a visit of its own, not the grouping's next gathering (a guard)
    (
        "RIO DE JANEIRO — G20 leaders met in Rio de Janeiro on Monday. Brazilian President Luiz Inacio Lula da Silva "
        "will host Chinese President Xi Jinping next year.",
        "2024-11-19",
        [({"Luiz Inácio Lula da Silva", "Xi Jinping"}, {"status": "planned"})],
    ),
    # with no grouping told there is none whose next gathering is hosted (a guard)
    (
        "PARIS — French President Emmanuel Macron met German Chancellor Olaf Scholz on Friday. Italy will host the next "
        "meeting.",
        "2024-10-26",
        [(_MACRON_SCHOLZ, {"status": "occurred"})],
    ),
    # the parser makes the dateline the subject and the signers its apposition
    (
        "NAIROBI — Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud signed a security pact in "
        "Nairobi on Tuesday committing to joint patrols along the border.",
        "2023-10-11",
        [({"William Ruto", "Hassan Sheikh Mohamud"}, {"status": "occurred", "date": "2023-10-10"})],
    ),
    # "would-be" kept whole: split, the parser reads "to would be migrants", a plan that takes the talks
    (
        "TEGUCIGALPA — U.S. Secretary of State Antony Blinken delivered a stern message to would-be migrants on Thursday "
        "after talks on migration with Honduran President Xiomara Castro: stay home.",
        "2023-03-10",
        [({"Antony Blinken", "Xiomara Castro"}, {"status": "occurred", "date": "2023-03-09", "topic": "migration"})],
    ),
    # the focus told through a reporting verb in the relative clause ("that" tagged either way)
    (
        "Indian Prime Minister Narendra Modi and Sri Lankan President Ranil Wickremesinghe held talks that Modi said focused "
        "on power trade and ferry services.",
        "2023-07-22",
        [({"Narendra Modi", "Ranil Wickremesinghe"}, {"status": "occurred", "topic": "power trade and ferry services"})],
    ),
    # "X told Y that ..., at a meeting": the parser hangs the meeting on the reported clause; the
    # telling happened there (and "since the war began on April 15" is no day of it)
    (
        "ADDIS ABABA (Reuters) - Kenyan President William Ruto told Sudan's army chief Abdel Fattah al-Burhan on Sunday that the "
        "fighting must stop, at an emergency meeting in the Ethiopian capital that was his first known trip abroad since the war "
        "began on April 15.",
        "2023-07-11",
        [({"William Ruto", "Abdel Fattah al-Burhan"}, {"status": "occurred", "date": "2023-07-09", "place": "Addis Ababa"})],
    ),
    (
        "Kenyan President William Ruto told Sudan's army chief Abdel Fattah al-Burhan on Sunday that the fighting must stop, at an "
        "emergency meeting in Addis Ababa.",
        "2023-07-11",
        [({"William Ruto", "Abdel Fattah al-Burhan"}, {"status": "occurred", "date": "2023-07-09"})],
    ),
    # "X, Y and Z unveiled the pact in a joint video appearance": together from afar, a call of three
    (
        "President Joe Biden, Australian Prime Minister Scott Morrison and British Prime Minister Boris Johnson unveiled the pact, "
        "known as AUKUS, in a joint video appearance last Wednesday.",
        "2021-09-20",
        [({"Joe Biden", "Scott Morrison", "Boris Johnson"}, {"status": "occurred", "mode": "phone", "date": "2021-09-15"})],
    ),
    # guard: "inaugurated the port by video link" while received at the palace is a visit in person
    (
        "Chinese President Xi Jinping, on a state visit to Peru, had been received by Peruvian President Dina Boluarte at the "
        "government palace on Thursday, when the two inaugurated the Chancay port by video link.",
        "2024-11-16",
        [({"Xi Jinping", "Dina Boluarte"}, {"status": "occurred", "mode": "visit"})],
    ),
    # "Trade Secretary X and Commerce Minister Y held a session": the parser hangs X on Y's title
    (
        "International Trade Secretary Liz Truss and Commerce Minister Piyush Goyal held a session of their trade committee in London.",
        "2021-01-09",
        [({"Liz Truss", "Piyush Goyal"}, {"status": "occurred", "place": "London"})],
    ),
    # the day a "since" clause tells starts a span; it is not the day of the talks
    (
        "Kenyan President William Ruto hosted Sudan's army chief Abdel Fattah al-Burhan at a meeting in Nairobi that was the "
        "general's first trip abroad since the war began on April 15.",
        "2023-07-11",
        [({"William Ruto", "Abdel Fattah al-Burhan"}, {"status": "occurred", "date": None})],
    ),
    # "JEDDAH, Saudi Arabia — Envoys of A and the paramilitary B met": the parser makes B the subject and
    # hangs the dateline, with "Envoys of A", on it; A's people took part too
    (
        "JEDDAH, Saudi Arabia — Envoys of the Sudanese Armed Forces and the paramilitary Rapid Support Forces met for a second "
        "round of talks on Thursday.",
        "2023-05-10",
        [({"Sudanese Armed Forces", "Rapid Support Forces"}, {"status": "occurred", "date": "2023-05-04"})],
    ),
    # "told X at a summit that ...": the parser hangs "at a summit" on the person told
    (
        "Thai Prime Minister Srettha Thavisin told Myanmar junta leader Min Aung Hlaing at a regional summit in Vientiane on "
        "Thursday that the fighting must stop.",
        "2024-10-11",
        [({"Srettha Thavisin", "Min Aung Hlaing"}, {"status": "occurred", "date": "2024-10-10"})],
    ),
    # "told X on Thursday that ..., at a summit": the parser hangs the reported clause on the person told
    (
        "Thai Prime Minister Srettha Thavisin told Myanmar junta leader Min Aung Hlaing on Thursday that the fighting must stop, "
        "at a regional summit in Vientiane.",
        "2024-10-11",
        [({"Srettha Thavisin", "Min Aung Hlaing"}, {"status": "occurred", "date": "2024-10-10"})],
    ),
    # "the two leaders met with X": two people other than X, not the latest pair that includes X
    (
        "BRUSSELS, July 16 — Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev spent Saturday in "
        "separate rooms while Charles Michel and his envoy Toivo Klaar shuttled between them. Aliyev said the Armenian leader "
        "had refused to commit. The two leaders last met with Michel in Brussels on May 14.",
        "2023-07-16",
        [
            ({"Nikol Pashinyan", "Ilham Aliyev", "Charles Michel"}, {"status": "occurred", "date": "2023-05-14", "place": "Brussels"}),
            # the go-betweens' talks with both ("shuttled between them"), the leaders named under the dateline
            ({"Nikol Pashinyan", "Ilham Aliyev", "Charles Michel", "Toivo Klaar"}, {"status": "occurred", "date": "2023-07-15"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_meeting_told_pairs(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
