"""Calls told with their purpose and told again: "X called Y to condemn the attack" and "called Y
later on Saturday" are calls (a to-infinitive of purpose and an adverb the parser reads as a
predicate; not "called Y to testify", "called the idea absurd"), while "was scheduled to call on
Prime Minister Y" (Y parsed as the object) is a visit; a call told first with the
callee's state beside its leader and again with the two people alone ("Y had called him") is one
call.
Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

CASES: list[tuple[str, str, Expected]] = [
    # "called Y to condemn the attack": the call's purpose, not a predicate ("called him a liar")
    (
        "Canadian Prime Minister Justin Trudeau called French President Emmanuel Macron to condemn the attack in Nice.",
        "2016-07-17",
        [({"Justin Trudeau", "Emmanuel Macron"}, {"status": "occurred", "mode": "phone"})],
    ),
    # "called Y later on Saturday": the parser takes "later" for a predicate
    (
        "Canadian Prime Minister Justin Trudeau called French President Emmanuel Macron later on Saturday to condemn the attack.",
        "2016-07-17",
        [({"Justin Trudeau", "Emmanuel Macron"}, {"status": "occurred", "mode": "phone", "date": "2016-07-16"})],
    ),
    # "was scheduled to call on Prime Minister Y": the parser makes Y the object of "call"; a visit, not a phone call
    (
        "Russian First Deputy Prime Minister Denis Manturov, who was scheduled to call on Prime Minister Narendra Modi on "
        "Tuesday, said oil supplies would continue.",
        "2024-11-11",
        [({"Denis Manturov", "Narendra Modi"}, {"status": "planned", "mode": "visit", "date": "2024-11-12"})],
    ),
    # guard: "called Y to testify" summons a witness
    ("Senator Lindsey Graham called Ambassador Gordon Sondland to testify before the committee on Tuesday.", "2019-10-20", []),
    # guard: "called the idea absurd" is a predicate
    ("Senator Lindsey Graham met Ambassador Gordon Sondland, then called the idea absurd.", "2019-10-20", [({"Lindsey Graham", "Gordon Sondland"}, {"status": "occurred"})]),
    # the call told again without the state the first telling put beside its leader: one call
    (
        "Japanese Prime Minister Fumio Kishida spoke by telephone with Taiwan President Tsai Ing-wen on Friday, the first such "
        "contact between a Japanese leader and a Taiwanese leader since 1972. Officials said trade dominated the conversation. "
        "Kishida later wrote that the Taiwanese president had called him.",
        "2024-01-06",
        [({"Fumio Kishida", "Tsai Ing-wen"}, {"status": "occurred", "mode": "phone", "date": "2024-01-05"})],
    ),
    # negotiations under way, told in passing with no day or place
    (
        "British Trade Secretary Kemi Badenoch met Indian Commerce Minister Piyush Goyal in London on Friday. Badenoch, who is "
        "also negotiating with Canada, Mexico and Israel, called India a huge opportunity.",
        "2024-01-09",
        [({"Kemi Badenoch", "Piyush Goyal"}, {"status": "occurred", "date": "2024-01-05"})],
    ),
    # guard: negotiating with someone in a place is talks held there
    (
        "Iranian Foreign Minister Abbas Araghchi, who is negotiating with U.S. envoy Steve Witkoff in Oman, said progress was slow.",
        "2025-04-20",
        [({"Abbas Araghchi", "Steve Witkoff"}, {"status": "occurred"})],
    ),
    # "agreed to keep negotiating a deal": the talks go on, between their teams; the call is the meeting
    (
        "NAIROBI (AP) — Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed on Sunday to keep negotiating a border deal, "
        "dropping a deadline they had set only days earlier. In a joint statement after a phone call, the two leaders said they had told their teams "
        "to keep going.",
        "2024-06-02",
        [({"William Ruto", "Samia Suluhu Hassan"}, {"mode": "phone", "date": "2024-06-02"})],
    ),
    # "spoke with X by phone and then called Y": a second call, of the same caller; and "the conference"
    # told after the calls is no call at all: its speaker joins no call
    (
        "NAIROBI, Feb 15 — Ugandan President Yoweri Museveni said on Saturday he was ready to meet Paul Kagame. Ruto spoke with the Rwandan "
        "president by phone on Wednesday for about 90 minutes and then called Museveni, later saying he could meet Kagame in Kigali. Museveni held "
        "talks with Kenyan Deputy President Kithure Kindiki on the sidelines of the Nairobi Security Conference on Friday and said afterwards that "
        "Uganda needed guarantees. Kindiki, however, used his speech to the conference to accuse European governments of meddling.",
        "2025-02-15",
        [
            ({"William Ruto", "Paul Kagame"}, {"mode": "phone", "date": "2025-02-12"}),
            ({"William Ruto", "Yoweri Museveni"}, {"mode": "phone", "date": "2025-02-12"}),
            ({"Yoweri Museveni", "Kithure Kindiki"}, {"date": "2025-02-14"}),
        ],
    ),
    # "their last call": an earlier call of the pair, not the meeting to come
    (
        "Turkish President Tayyip Erdogan will meet Vladimir Putin in Moscow on Thursday. Their last call was on Friday.",
        "2020-03-02",
        [
            ({"Recep Tayyip Erdoğan", "Vladimir Putin"}, {"status": "planned", "mode": "visit", "date": "2020-03-05"}),
            ({"Recep Tayyip Erdoğan", "Vladimir Putin"}, {"status": "occurred", "mode": "phone", "date": "2020-02-28"}),
        ],
    ),
    # "Their last contact was a telephone call": the pair of the meeting word the call is said to be
    (
        "Turkish President Tayyip Erdogan will meet Vladimir Putin in Moscow on Thursday. Their last contact was a telephone "
        "call on Friday.",
        "2020-03-02",
        [
            ({"Recep Tayyip Erdoğan", "Vladimir Putin"}, {"status": "planned", "mode": "visit", "date": "2020-03-05"}),
            ({"Recep Tayyip Erdoğan", "Vladimir Putin"}, {"status": "occurred", "mode": "phone", "date": "2020-02-28"}),
        ],
    ),
    # "The two ministers had last spoken on Feb. 18": a counted pair's earlier occasion
    (
        "British Defence Secretary Ben Wallace spoke by phone on Friday with Russian Defence Minister Sergei Shoigu. The two "
        "ministers had last spoken on Feb. 11.",
        "2022-03-12",
        [
            ({"Ben Wallace", "Sergei Shoigu"}, {"status": "occurred", "mode": "phone", "date": "2022-03-11"}),
            ({"Ben Wallace", "Sergei Shoigu"}, {"status": "occurred", "date": "2022-02-11"}),
        ],
    ),
    # "The two ministers had last spoken to reporters": an audience, no counterpart
    (
        "British Defence Secretary Ben Wallace spoke by phone on Friday with Russian Defence Minister Sergei Shoigu. The two "
        "ministers had last spoken to reporters on Feb. 11.",
        "2022-03-12",
        [({"Ben Wallace", "Sergei Shoigu"}, {"status": "occurred", "mode": "phone", "date": "2022-03-11"})],
    ),
    # "X and Y sat down together": people coordinated as the subject sit down with each other
    (
        "German Chancellor Olaf Scholz and French President Emmanuel Macron first sat down together in the Elysee on April 3.",
        "2023-05-17",
        [({"Olaf Scholz", "Emmanuel Macron"}, {"status": "occurred", "date": "2023-04-03"})],
    ),
    # "before the three men sat down together": a counted group told as together, after talks of two
    (
        "Turkish President Tayyip Erdogan held separate talks in Istanbul on Tuesday with Russian President Vladimir Putin and "
        "Ukrainian President Volodymyr Zelensky before the three men sat down together to discuss grain exports.",
        "2022-07-20",
        [
            ({"Recep Tayyip Erdoğan", "Vladimir Putin"}, {"status": "occurred", "date": "2022-07-19"}),
            ({"Recep Tayyip Erdoğan", "Volodymyr Zelenskyy"}, {"status": "occurred", "date": "2022-07-19"}),
            ({"Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelenskyy"}, {"status": "occurred", "date": "2022-07-19", "topic": "grain exports"}),
        ],
    ),
    # "X and Y embraced", "X and Y greeted each other": people coordinated as the subject embrace one another
    (
        "German Chancellor Olaf Scholz and French President Emmanuel Macron embraced in Berlin on Monday.",
        "2023-05-17",
        [({"Olaf Scholz", "Emmanuel Macron"}, {"status": "occurred", "date": "2023-05-15"})],
    ),
    (
        "German Chancellor Olaf Scholz and French President Emmanuel Macron greeted each other in Berlin on Monday.",
        "2023-05-17",
        [({"Olaf Scholz", "Emmanuel Macron"}, {"status": "occurred", "date": "2023-05-15"})],
    ),
    # "posed for a selfie with Y": an act two people do together on the spot
    (
        "Indian Prime Minister Narendra Modi posed for a selfie with Italian Prime Minister Giorgia Meloni in Dubai on Friday.",
        "2023-12-02",
        [({"Narendra Modi", "Giorgia Meloni"}, {"status": "occurred", "date": "2023-12-01"})],
    ),
    # guard: "embraced the idea" is no encounter
    ("German Chancellor Olaf Scholz and French President Emmanuel Macron embraced the idea on Monday.", "2023-05-17", []),
    # guard: "their last call for a truce" is a demand
    (
        "Turkish President Tayyip Erdogan will meet Vladimir Putin in Moscow on Thursday. Their last call for a truce in Idlib "
        "went unheeded.",
        "2020-03-02",
        [({"Recep Tayyip Erdoğan", "Vladimir Putin"}, {"status": "planned", "mode": "visit", "date": "2020-03-05"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_meeting_calls_and_processes(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "was in contact with X by telephone": the channel hung on the copula makes the contact a call;
#: "in recent weeks" is a spell of days, none told, so the call takes no day from the story.
CONTACT_BY_PHONE: list[tuple[str, str, Expected]] = [
    (
        "LUANDA — Angolan President Joao Lourenco had been in contact with Rwandan President Paul Kagame by telephone.",
        "2022-07-07",
        [({"João Lourenço", "Paul Kagame"}, {"status": "occurred", "mode": "phone", "place": None})],
    ),
    (
        "LUANDA — Angolan President Joao Lourenco hosted Congolese President Felix Tshisekedi on Wednesday. Lourenco had spoken "
        "with Rwandan President Paul Kagame by telephone in recent weeks.",
        "2022-07-07",
        [
            ({"João Lourenço", "Félix Tshisekedi"}, {"status": "occurred", "date": "2022-07-06"}),
            ({"João Lourenço", "Paul Kagame"}, {"status": "occurred", "mode": "phone", "date": None}),
        ],
    ),
    # guard: "by the end of the week" is no channel (passed before the rule; mutation-checked)
    (
        "LUANDA — Angolan President Joao Lourenco was in talks with Rwandan President Paul Kagame by the end of the week.",
        "2022-07-07",
        [({"João Lourenço", "Paul Kagame"}, {"status": "occurred", "mode": "visit"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CONTACT_BY_PHONE)
def test_contact_by_phone_is_a_call_of_an_untold_day(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "telephoned Y in December": a call told with a time that is no day of the story is a call apart
#: from the visit's talks of the same two.
CALL_APART: list[tuple[str, str, Expected]] = [
    (
        "ROME - Italian Prime Minister Giorgia Meloni and Polish Prime Minister Donald Tusk pledged on Thursday to deepen "
        "defence ties during Tusk's first visit to Rome. The two leaders held talks on migration and energy. Relations warmed "
        "after Meloni telephoned Tusk in December to congratulate him on his election.",
        "2024-03-14",
        [
            ({"Giorgia Meloni", "Donald Tusk"}, {"status": "occurred", "mode": "visit", "topic": "migration and energy"}),
            ({"Giorgia Meloni", "Donald Tusk"}, {"status": "occurred", "mode": "phone", "date": None}),
        ],
    ),
    # "flew to X on Friday for dinner with Y ... the two had spoken by phone on Monday": two days, a call apart
    (
        "OTTAWA - Australian Prime Minister Anthony Albanese flew to Ottawa on Friday for dinner with Canadian Prime Minister "
        "Mark Carney. The two leaders had already spoken by phone on Monday.",
        "2025-06-14",
        [
            ({"Anthony Albanese", "Mark Carney"}, {"status": "occurred", "date": "2025-06-13"}),
            ({"Anthony Albanese", "Mark Carney"}, {"status": "occurred", "mode": "phone", "date": "2025-06-09"}),
        ],
    ),
    # a call whose talks are told next stays one call (passed before the rule)
    (
        "WASHINGTON - U.S. President Joe Biden spoke by phone with Chinese President Xi Jinping on Thursday. The two leaders "
        "held talks for nearly two hours on Taiwan and trade.",
        "2022-07-29",
        [({"Joe Biden", "Xi Jinping"}, {"status": "occurred", "mode": "phone", "date": "2022-07-28", "topic": "Taiwan and trade"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CALL_APART)
def test_a_call_of_another_time_is_apart_from_the_talks(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "warned Y ..., according to a readout of a phone call": the call is where the clause's two
#: spoke; "a video call on maritime security" has a topic (a courtesy call "on X" names a host).
READOUT_CALLS: list[tuple[str, str, Expected]] = [
    (
        "French President Emmanuel Macron urged Vladimir Putin on Friday to allow grain exports, according to an Elysee readout of a 90-minute phone call.",
        "2022-05-30",
        [({"Emmanuel Macron", "Vladimir Putin"}, {"status": "occurred", "mode": "phone", "date": "2022-05-27"})],
    ),
    (
        "Japanese Prime Minister Fumio Kishida held a video call on maritime security with Philippine President Ferdinand Marcos Jr. on Monday.",
        "2022-05-30",
        [({"Fumio Kishida", "Bongbong Marcos"}, {"status": "occurred", "mode": "phone", "topic": "maritime security"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), READOUT_CALLS)
def test_a_call_told_by_its_readout_and_its_topic(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


def test_told_by_phone_read_into_a_time_word_is_a_call(nlp: Any) -> None:
    # "informed X by phone beforehand": the parser makes "phone" a modifier of "beforehand"
    check(
        nlp,
        "French President Emmanuel Macron arrived in Kyiv on Friday. Macron had informed Russian President Vladimir Putin by phone beforehand.",
        "2022-06-18",
        [({"Emmanuel Macron", "Vladimir Putin"}, {"status": "occurred", "mode": "phone"})],
    )


def test_calling_on_a_person_the_parser_reads_as_a_predicate_is_a_visit(nlp: Any) -> None:
    # "before calling on adviser X": the parser makes "on" a particle and X a predicate
    check(
        nlp,
        "DHAKA — Pakistan's foreign secretary, Amna Baloch, held talks in Dhaka on Thursday. Baloch met her Bangladeshi "
        "counterpart, Mohammad Jashim Uddin, in the morning, raising trade, before calling on foreign affairs adviser Touhid Hossain.",
        "2024-12-10",
        [
            ({"Amna Baloch", "Mohammad Jashim Uddin"}, {"status": "occurred", "date": "2024-12-05"}),
            ({"Amna Baloch", "Touhid Hossain"}, {"status": "occurred", "mode": "visit", "date": "2024-12-05"}),
        ],
    )


@pytest.mark.integration
def test_calling_on_a_title_with_the_name_beside_it_is_a_visit(nlp: Any) -> None:
    # "call on parliament's Speaker, X": the parser hangs the name on the verb as its object
    check(
        nlp,
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala on Thursday. Ruto, who met Tanzanian "
        "President Samia Suluhu Hassan in Arusha on Wednesday, was also expected to call on parliament's Speaker, Anita Among, on Thursday "
        "afternoon before flying home.",
        "2024-06-06",
        [
            ({"William Ruto", "Yoweri Museveni"}, {"date": "2024-06-06"}),
            ({"William Ruto", "Samia Suluhu Hassan"}, {"date": "2024-06-05"}),
            ({"William Ruto", "Anita Among"}, {"status": "planned", "mode": "visit"}),
        ],
    )
