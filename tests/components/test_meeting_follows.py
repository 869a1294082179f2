"""What a sentence tells around a meeting it only refers to: "the accord follows a meeting on
Dec. 4 between X and Y" (a meeting before the accord, its sides hung on the verb), "announced the
deal, speaking by speakerphone with X" (the announcer's call, the participle hung on the object),
"a brief encounter at the Paris climate summit" (a gathering of its own, not the conference
told before), and "held talks with Y, their second meeting in five weeks" ("their": the people of
the talks, not the pair told before), and "defied a court order to slip out and met X" (the
one who defied meets X, though the parser hangs "met" on the infinitive), and "called off his
engagements, including talks with X" (talks of the subject with X, called off), and "the
stopover came two weeks after X's talks with Y" (X's talks, only dating the stopover), and
"held five hours of talks with X" (the measured talks are the verb's object), and "was in
Beijing, where he briefed X" (told in person, where the teller was), and "has not met a
minister since he sat down with X" (the main clause's "not" does not reach the meeting that dates
it), and "will travel to Denmark to sign a deal with X" (the traveller signs with X).
Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

CASES: list[tuple[str, str, Expected]] = [
    (
        "The accord follows a meeting in Geneva on Dec. 4 between Armenian Prime Minister Nikol Pashinyan and "
        "Azerbaijan's Ilham Aliyev.",
        "2023-12-12",
        [({"Nikol Pashinyan", "Ilham Aliyev"}, {"status": "occurred", "date": "2023-12-04", "place": "Geneva"})],
    ),
    (
        "Brazilian President Luiz Inacio Lula da Silva announced the accord on Tuesday at the Planalto palace, speaking by "
        "speakerphone with Argentine President Alberto Fernandez.",
        "2023-12-12",
        [({"Luiz Inácio Lula da Silva", "Alberto Fernández"}, {"status": "occurred", "mode": "phone", "date": "2023-12-12"})],
    ),
    (
        "Earlier on Tuesday, Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed opened the regional "
        "conference, attended by ministers from Egypt, Sudan and Somalia. The thaw follows a brief encounter between Ruto "
        "and his Somali counterpart, Hassan Sheikh Mohamud, at the Paris climate summit last week.",
        "2023-12-12",
        [
            ({"William Ruto", "Abiy Ahmed", "Egypt", "Sudan", "Somalia"}, {"status": "occurred", "mode": "multilateral"}),
            ({"William Ruto", "Hassan Sheikh Mohamud"}, {"status": "occurred", "place": "the Paris climate summit"}),
        ],
    ),
    (
        "French President Emmanuel Macron met King Philippe in Brussels on Monday. Macron had earlier held talks with "
        "Prime Minister Alexander De Croo at his office, their third meeting this year.",
        "2023-07-10",
        [
            ({"Emmanuel Macron", "Philippe of Belgium"}, {"status": "occurred", "place": "Brussels"}),
            ({"Emmanuel Macron", "Alexander De Croo"}, {"status": "occurred"}),
        ],
    ),
    (
        "Bolivian opposition leader Carlos Mesa arrived in Madrid on Tuesday. Mesa defied a court order to slip out of the "
        "country and met Argentine President Alberto Fernandez in Buenos Aires on Monday.",
        "2020-01-24",
        [({"Carlos Mesa", "Alberto Fernández"}, {"status": "occurred", "date": "2020-01-20", "place": "Buenos Aires"})],
    ),
    (
        "British Foreign Secretary David Lammy called off his engagements in Nigeria on Saturday, including talks with Vice "
        "President Kashim Shettima, after falling ill.",
        "2024-11-25",
        [({"David Lammy", "Kashim Shettima"}, {"status": "cancelled"})],
    ),
    # guards: the list held, and "according to a readout of his meeting" (passed before the rule; mutation-checked)
    (
        "British Foreign Secretary David Lammy held several meetings in Abuja on Saturday, including talks with Vice "
        "President Kashim Shettima.",
        "2024-11-25",
        [({"David Lammy", "Kashim Shettima"}, {"status": "occurred", "date": "2024-11-23"})],
    ),
    (
        "U.S. President Joe Biden warned Vladimir Putin on Tuesday that Russia would face measures, according to a White "
        "House readout of a two-hour video call.",
        "2021-12-08",
        [({"Joe Biden", "Vladimir Putin"}, {"status": "occurred", "mode": "phone", "date": "2021-12-07"})],
    ),
    (
        "Ethiopian Foreign Minister Taye Atske Selassie said he would host his Kenyan counterpart, Musalia Mudavadi, in Addis "
        "Ababa next month. The stopover came two weeks after Kenyan President William Ruto's talks in Nairobi with Somali "
        "President Hassan Sheikh Mohamud, which revived a stalled dialogue.",
        "2024-03-20",
        [
            ({"Taye Atske Selassie", "Musalia Mudavadi"}, {"status": "planned"}),
            ({"William Ruto", "Hassan Sheikh Mohamud"}, {"status": "occurred", "place": "Nairobi"}),
        ],
    ),
    (
        "Japanese Foreign Minister Yoko Kamikawa held five hours of talks on Saturday with Chinese Foreign Minister Wang Yi.",
        "2024-04-01",
        [({"Yōko Kamikawa", "Wang Yi"}, {"status": "occurred", "date": "2024-03-30"})],
    ),
    (
        "On the same day Iranian Foreign Minister Abbas Araqchi was in Beijing, where he briefed Chinese Foreign Minister "
        "Wang Yi on the negotiations.",
        "2025-04-18",
        [({"Abbas Araghchi", "Wang Yi"}, {"status": "occurred", "place": "Beijing", "topic": "the negotiations"})],
    ),
    (
        "Indian Defence Minister Rajnath Singh has not met a Chinese defence minister since he sat down with Chinese "
        "Defence Minister Wei Fenghe in Moscow in September 2020.",
        "2023-12-22",
        [({"Rajnath Singh", "Wei Fenghe"}, {"status": "occurred", "place": "Moscow"})],
    ),
    # guard: a negated meeting verb stays no meeting (passed before the rule)
    (
        "U.S. Defense Secretary Lloyd Austin did not meet Chinese Defense Minister Wei Fenghe when he visited Beijing.",
        "2023-12-22",
        [],
    ),
    (
        "Argentine Defence Minister Luis Petri said he would travel to Denmark later this month to sign a deal with his "
        "Danish counterpart, Troels Lund Poulsen, for 24 used fighter jets.",
        "2024-04-05",
        [({"Luis Petri", "Troels Lund Poulsen"}, {"status": "planned", "place": "Denmark"})],
    ),
    # guard: a state travelling to sign is no person signing (passed before the rule; mutation-checked)
    (
        "Argentina will travel to Denmark to sign a deal with Danish Defence Minister Troels Lund Poulsen.",
        "2024-04-05",
        [],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_meetings_a_sentence_refers_to(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
