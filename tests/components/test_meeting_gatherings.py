"""A grouping's gatherings told in other shapes: "X and Y are due at the summit", "hosts a summit
... next month", "a summit of the bloc hosted by X", "members of the bloc", "heads of government
of the bloc", "a session of the bloc", "..., which Y attended" (or "which was attended by Y")
hung on a date or a place, "Host President X", "alongside X", lists of "Presidents X of A, Y of B
and Z of C", "X and the leader of the group, Y, signed", "..., with X saying ...", "sent X
instead of Y" and two names the parser hangs one on the other:
sentences written for these tests, one list per rule.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

#: "X and Y are due at the summit": people at a meeting to come (not "absent from" it).
DUE_AT: list[tuple[str, str, Expected]] = [
    (
        "Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi are both due at the G20 summit in Rio next month.",
        "2024-10-10",
        [({"Fumio Kishida", "Narendra Modi", "G20"}, {"status": "planned", "mode": "multilateral"})],
    ),
    (
        "Canadian Prime Minister Justin Trudeau was present at the G7 summit in Apulia on Friday.",
        "2024-06-16",
        [({"Justin Trudeau", "G7"}, {"status": "occurred", "date": "2024-06-14"})],
    ),
    ("Canadian Prime Minister Justin Trudeau was absent from the G7 summit in Apulia on Friday.", "2024-06-16", []),
]

#: A present tense with a later time on the meeting noun is a plan ("hosts a summit ... next month").
HOSTS_LATER: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto hosts a summit of the East African Community in Nairobi on Tuesday.",
        "2024-05-10",
        [({"William Ruto", "East African Community"}, {"status": "planned", "date": "2024-05-14"})],
    ),
    # a headline-style present with no later time stays a meeting that took place
    (
        "Kenyan President William Ruto meets Ugandan President Yoweri Museveni in Nairobi.",
        "2024-05-10",
        [({"William Ruto", "Yoweri Museveni"}, {"status": "occurred"})],
    ),
]

#: "a summit of the bloc hosted by X": the host of the grouping's summit takes part.
HOSTED_SUMMIT: list[tuple[str, str, Expected]] = [
    (
        "A summit of the African Union hosted by Kenyan President William Ruto ended without a deal on Friday.",
        "2024-05-11",
        [({"African Union", "William Ruto"}, {"status": "occurred", "date": "2024-05-10"})],
    ),
]

#: "members of the bloc", "heads of government of the bloc": the grouping is the participant.
MEMBERS: list[tuple[str, str, Expected]] = [
    (
        "Australian Prime Minister Anthony Albanese opened a two-day summit with members of the Pacific Islands Forum in Sydney on Thursday.",
        "2024-05-10",
        [({"Anthony Albanese", "Pacific Islands Forum"}, {"status": "occurred", "place": "Sydney"})],
    ),
    (
        "German Chancellor Olaf Scholz met heads of government of the European Union in Brussels on Tuesday.",
        "2024-05-10",
        [({"Olaf Scholz", "European Union"}, {"date": "2024-05-07"})],
    ),
    # members of no grouping name nobody
    ("Australian Prime Minister Anthony Albanese met members of parliament in Canberra on Thursday.", "2024-05-10", []),
]

#: "a session of the bloc" is a meeting of it; "..., which Y attended" (or "which was attended by Y")
#: may hang on the date or place.
SESSIONS: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto chaired a session of the African Union on Friday, which Ghana's Nana Akufo-Addo attended as a guest.",
        "2024-05-11",
        [({"William Ruto", "African Union", "Nana Akufo-Addo"}, {"status": "occurred", "date": "2024-05-10"})],
    ),
    (
        "Kenyan President William Ruto hosts a summit of the East African Community in Nairobi at the end of August, which Nigeria's Bola Tinubu "
        "and Uganda's Yoweri Museveni are expected to attend.",
        "2024-05-10",
        [({"William Ruto", "East African Community", "Bola Tinubu", "Yoweri Museveni"}, {"status": "planned"})],
    ),
    # "After the meeting at the palace, which was attended by A and B, X walked ...": the passive too
    (
        "Brazilian President Luiz Inacio Lula da Silva met state governors on Monday. After the meeting at the Planalto Palace, "
        "which was attended by Senate President Rodrigo Pacheco and Chamber of Deputies Speaker Arthur Lira, Lula walked across the square.",
        "2023-01-10",
        [({"Luiz Inácio Lula da Silva", "Rodrigo Pacheco", "Arthur Lira"}, {"status": "occurred", "date": "2023-01-09"})],
    ),
    # a session of no body needs its counterpart
    ("Kenyan President William Ruto chaired a session on Friday.", "2024-05-11", []),
]


#: "Host President X said ...": a person titled the host just after a gathering hosted it.
HOSTS: list[tuple[str, str, Expected]] = [
    (
        "Leaders of the East African Community met in Arusha on Friday to discuss the conflict in Congo. "
        "Host President Samia Suluhu Hassan said the bloc would send more troops.",
        "2024-05-11",
        [({"East African Community", "Samia Suluhu Hassan"}, {"status": "occurred", "topic": "the conflict in Congo"})],
    ),
    (
        # "..., and Y said ...": a speaker beside the host was there too
        "French President Emmanuel Macron met leaders of the East African Community in Arusha on Friday. Host President "
        "Samia Suluhu Hassan said the force still lacked funding, and Rwanda's President Paul Kagame said the attack had struck at the region.",
        "2024-05-11",
        [({"East African Community", "Emmanuel Macron", "Samia Suluhu Hassan", "Paul Kagame"}, {"status": "occurred"})],
    ),
    (
        # guard: one who spoke from afar was not there
        "French President Emmanuel Macron met leaders of the East African Community in Arusha on Friday. Host President "
        "Samia Suluhu Hassan said the force still lacked funding, and Rwanda's President Paul Kagame said in a statement from Kigali "
        "that the attack had struck at the region.",
        "2024-05-11",
        [({"East African Community", "Emmanuel Macron", "Samia Suluhu Hassan"}, {"status": "occurred"})],
    ),
    # a host country is no person
    ("Kenyan President William Ruto visited Tanzania on Friday. The host country pledged support.", "2024-05-11", []),
]

#: "met X, alongside Y and Z": Y and Z were at the meeting too; a list of "Presidents X of A, Y of B and Z of C".
COMPANY: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto met Uganda's Yoweri Museveni in Nairobi on Thursday, alongside Tanzanian President Samia Suluhu Hassan.",
        "2024-05-10",
        [({"William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"}, {"date": "2024-05-09"})],
    ),
    (
        "Kenyan President William Ruto met leaders of the East African Community in Arusha on Friday. Presidents Yoweri Museveni of "
        "Uganda, Paul Kagame of Rwanda and Samia Suluhu Hassan of Tanzania also took part.",
        "2024-05-11",
        [({"William Ruto", "East African Community", "Yoweri Museveni", "Paul Kagame", "Samia Suluhu Hassan"}, {"status": "occurred"})],
    ),
    # "X and the leader of Y, Z, signed": the parser may hang Z on X
    (
        "Colombian President Gustavo Petro and the leader of the ELN guerrilla group, Antonio Garcia, signed a ceasefire in Havana on Tuesday.",
        "2024-05-10",
        [({"Gustavo Petro", "Antonio Garcia"}, {"place": "Havana", "date": "2024-05-07"})],
    ),
]

#: "..., with X saying ...": a clause after "with" is no counterpart, and the thing discussed no participant.
ABSOLUTE_WITH: list[tuple[str, str, Expected]] = [
    (
        "British Prime Minister Rishi Sunak held talks with Chancellor Olaf Scholz in Berlin on Friday. The two leaders also "
        "discussed Russia, with Scholz saying it was too early to lift sanctions.",
        "2024-05-10",
        [({"Rishi Sunak", "Olaf Scholz"}, {"place": "Berlin", "topic": "Russia"})],
    ),
]


#: "sent X instead of Y", "rather than Y": Y did not come.
INSTEAD: list[tuple[str, str, Expected]] = [
    (
        "Leaders of ASEAN met in Vientiane on Friday. Chinese Premier Li Qiang attended, but the United States sent Secretary of "
        "State Antony Blinken instead of President Joe Biden.",
        "2024-05-11",
        [({"ASEAN", "Li Qiang", "Antony Blinken"}, {"status": "occurred", "date": "2024-05-10"})],
    ),
    (
        "Kenyan President William Ruto met Chinese Premier Li Qiang in Beijing on Friday, rather than President Xi Jinping.",
        "2024-05-11",
        [({"William Ruto", "Li Qiang"}, {"place": "Beijing"})],
    ),
    # a person named again outside the phrase stays
    (
        "Kenyan President William Ruto met Xi Jinping in Beijing rather than in Nairobi, and Xi Jinping hosted a dinner for him.",
        "2024-05-11",
        [({"William Ruto", "Xi Jinping"}, {"status": "occurred"})],
    ),
]

#: "X and Y held a conversation" where the parser hangs one name on the other; "X, Y and Z attended the session".
HELD_BY_TWO: list[tuple[str, str, Expected]] = [
    (
        "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a brief conversation on Monday.",
        "2024-05-10",
        [({"Fumio Kishida", "Yoon Suk Yeol"}, {"status": "occurred", "date": "2024-05-06"})],
    ),
    # "X, Y and Z attended the session": they sat together in it
    (
        "Kenya's William Ruto, Nigeria's Bola Tinubu and Egypt's Abdel Fattah al-Sisi attended the closing session on Sunday.",
        "2024-02-19",
        [({"William Ruto", "Bola Tinubu", "Abdel Fattah el-Sisi"}, {"status": "occurred", "date": "2024-02-18"})],
    ),
    # and joined the summit told just before
    (
        "African leaders gathered in Addis Ababa on Sunday for a two-day summit. Kenya's William Ruto, Nigeria's Bola Tinubu and "
        "Egypt's Abdel Fattah al-Sisi attended the opening session.",
        "2024-02-19",
        [({"William Ruto", "Bola Tinubu", "Abdel Fattah el-Sisi"}, {"status": "occurred", "mode": "multilateral", "place": "Addis Ababa"})],
    ),
    # guard: one person attending a session meets no one (passed before the rule)
    (
        "Kenya's William Ruto attended the closing session on Sunday.",
        "2024-02-19",
        [],
    ),
]


#: "told X at the SCO summit": the grouping on the noun is no counterpart for a verb of telling.
TOLD_AT: list[tuple[str, str, Expected]] = [
    (
        "Indian Prime Minister Narendra Modi told Vladimir Putin at the SCO summit in Samarkand on Friday that this was not an era of war.",
        "2022-09-17",
        [({"Narendra Modi", "Vladimir Putin", "Shanghai Cooperation Organisation"}, {"status": "occurred", "date": "2022-09-16"})],
    ),
    # the one elected at the summit is not told to be there
    (
        "Leaders of the African Union met in Addis Ababa on Saturday. Angolan President Joao Lourenco chaired the meeting. "
        "The leaders elected Djibouti's foreign minister, Mahmoud Ali Youssouf, at the bloc's summit.",
        "2025-02-16",
        [({"African Union", "João Lourenço"}, {"status": "occurred"})],
    ),
]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    DUE_AT + HOSTS_LATER + HOSTED_SUMMIT + MEMBERS + SESSIONS + HOSTS + COMPANY + ABSOLUTE_WITH + INSTEAD + HELD_BY_TWO + TOLD_AT,
)
def test_meeting_gatherings(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "the week-long meeting, which opened on Monday": a meeting of several days is the gathering
#: told before, past the talks of two told since, and a gathering is dated by its opening day
#: ("at the close of a summit that opened on Tuesday").
SEVERAL_DAYS: list[tuple[str, str, Expected]] = [
    (
        "Pacific Islands Forum leaders opened their annual summit in Nuku'alofa on Monday. On Tuesday Guterres held talks "
        "with Tongan Prime Minister Siaosi Sovaleni. The week-long meeting, which opened on Monday, is also being attended "
        "by New Zealand's Christopher Luxon and Fiji's Sitiveni Rabuka.",
        "2024-08-29",
        [
            ({"Pacific Islands Forum", "Christopher Luxon", "Sitiveni Rabuka"}, {"status": "occurred", "mode": "multilateral", "date": "2024-08-26"}),
            ({"Guterres", "Siaosi Sovaleni"}, {"status": "occurred", "date": "2024-08-27"}),
        ],
    ),
    (
        "South African President Cyril Ramaphosa announced on Thursday at the close of a BRICS summit that opened on Tuesday "
        "that six countries would join.",
        "2024-08-29",
        [({"BRICS", "Cyril Ramaphosa"}, {"status": "occurred", "mode": "multilateral", "date": "2024-08-27"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), SEVERAL_DAYS)
def test_a_gathering_of_several_days_is_the_one_told_and_dated_by_its_opening(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
