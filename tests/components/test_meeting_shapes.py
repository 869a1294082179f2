"""More shapes of meetings: "the two leaders, meeting at X", "a conversation by phone with X",
"X was joined at a dinner by Y and Z", "X held talks with Y, and later met Z" (where the parser
reads Z as the subject of "met"), "held calls with X and Y" (a call with each), "a summit
..., which brought together X and Y", "spoke by phone with X and then met Y", "met X on the
sidelines", "thanked X and Y for attending", "those attending included X", "co-chaired", "was
greeted by X" and "X, who was invited to the summit" a greeting at the airport before the
talks, and object lists the parser breaks ("hosted President X, Y and Z" read as a noun phrase,
or with its later names as an adverbial; "alongside host X, Y and Z" with the names hung
elsewhere), and "continued their talks over a lunch joined by X": sentences written for these
tests, one list per rule.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

#: A participle of meeting on a noun phrase: the phrase names who meet.
PARTICIPLE: list[tuple[str, str, Expected]] = [
    (
        "German Chancellor Olaf Scholz and French President Emmanuel Macron unveiled plans for a new tank on Tuesday. "
        "The two leaders, meeting at the Elysee Palace, also agreed to deepen defence ties.",
        "2023-05-17",
        [({"Olaf Scholz", "Emmanuel Macron"}, {"status": "occurred", "date": "2023-05-16"})],
    ),
    (
        "Turkish President Recep Tayyip Erdogan, meeting Russian President Vladimir Putin in Sochi on Friday, said the grain deal could be revived.",
        "2023-09-02",
        [({"Recep Tayyip Erdoğan", "Vladimir Putin"}, {"status": "occurred", "date": "2023-09-01"})],
    ),
    ("Officials meeting the deadline were praised by the minister on Friday.", "2023-09-02", []),
]

#: "by phone with X": the parser hangs the counterpart on "phone".
BY_PHONE_WITH: list[tuple[str, str, Expected]] = [
    (
        'Brazilian President Luiz Inacio Lula da Silva said he had a "very warm conversation" by phone with Chinese President Xi Jinping on Thursday.',
        "2024-03-09",
        [({"Luiz Inácio Lula da Silva", "Xi Jinping"}, {"status": "occurred", "mode": "phone", "date": "2024-03-07"})],
    ),
    ("Brazilian President Luiz Inacio Lula da Silva said he had a long conversation by phone on Thursday.", "2024-03-09", []),
]

#: "X was joined at a dinner by Y and Z": the parser hangs "by" on the dinner.
JOINED_AT: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto was joined at a state dinner by Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan.",
        "2023-11-20",
        [({"William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    ("Kenyan President William Ruto was joined at a state dinner by his wife.", "2023-11-20", []),
]

#: "X held talks with Y, and later met Z": Z is met, whatever the parser makes of it.
LATER_MET: list[tuple[str, str, Expected]] = [
    (
        "Polish President Andrzej Duda held talks at the Belweder palace with Ukrainian President Volodymyr Zelenskyy, "
        "and later met Prime Minister-designate Donald Tusk, who is trying to form a cabinet.",
        "2023-12-06",
        [
            ({"Andrzej Duda", "Volodymyr Zelenskyy"}, {"status": "occurred"}),
            ({"Andrzej Duda", "Donald Tusk"}, {"status": "occurred"}),
        ],
    ),
]

#: "calls with X and Y" are a call with each ("calls between A and B and C": A's with each); "the
#: meetings between X and Y" stay one meeting.
PLURAL_CALLS: list[tuple[str, str, Expected]] = [
    (
        "U.S. Secretary of State Antony Blinken held calls with Israeli Prime Minister Benjamin Netanyahu and Egyptian President Abdel Fattah al-Sisi on Sunday.",
        "2023-10-16",
        [
            ({"Antony Blinken", "Benjamin Netanyahu"}, {"mode": "phone", "date": "2023-10-15"}),
            ({"Antony Blinken", "Abdel Fattah el-Sisi"}, {"mode": "phone", "date": "2023-10-15"}),
        ],
    ),
    (
        "The meetings between U.S. President Joe Biden and Chinese President Xi Jinping focused on trade.",
        "2023-11-16",
        [({"Joe Biden", "Xi Jinping"}, {"topic": "trade"})],
    ),
    # "calls between A and B and C": A's call with each (the first named made them)
    (
        "The talks followed phone calls on Friday between President Joe Biden and Egypt's Abdel Fattah al-Sisi and Qatar's emir, "
        "Sheikh Tamim bin Hamad Al Thani.",
        "2023-10-22",
        [
            ({"Joe Biden", "Abdel Fattah el-Sisi"}, {"mode": "phone", "date": "2023-10-20"}),
            ({"Joe Biden", "Tamim bin Hamad Al Thani"}, {"mode": "phone", "date": "2023-10-20"}),
        ],
    ),
    # guard: calls between two are their calls (passed before the rule)
    (
        "Phone calls between President Joe Biden and Chinese President Xi Jinping resumed on Friday.",
        "2023-10-22",
        [({"Joe Biden", "Xi Jinping"}, {"mode": "phone", "date": "2023-10-20"})],
    ),
]

#: "a summit ..., which brought together X and Y": the people it gathered attend.
BROUGHT_TOGETHER: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto hosted a summit of the East African Community in Nairobi on Friday, "
        "which brought together Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan.",
        "2023-11-25",
        [({"William Ruto", "East African Community", "Yoweri Museveni", "Samia Suluhu Hassan"}, {"status": "occurred"})],
    ),
    # "a summit that was to have brought X together with Y and Z": "together" hangs on "with"; the host who
    # called the summit off is its party, and the summit is cancelled
    (
        "Qatar called off a summit in Doha that was to have brought U.S. President Joe Biden together with Egyptian "
        "President Abdel Fattah al-Sisi.",
        "2023-10-18",
        [({"Qatar", "Joe Biden", "Abdel Fattah el-Sisi"}, {"status": "cancelled", "mode": "multilateral"})],
    ),
    # a clause on something else than the meeting gathers nobody for it
    (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi, a city which brought together traders from across the region.",
        "2023-11-25",
        [({"William Ruto", "Yoweri Museveni"}, {"status": "occurred"})],
    ),
]


#: A phone call told first does not make the meeting of a coordinated verb a call too.
PHONE_THEN_MET: list[tuple[str, str, Expected]] = [
    (
        "Dutch Prime Minister Mark Rutte spoke by phone with Ukrainian President Volodymyr Zelenskiy and then met German Chancellor Olaf Scholz in Berlin.",
        "2023-02-10",
        [
            ({"Mark Rutte", "Volodymyr Zelenskyy"}, {"mode": "phone"}),
            ({"Mark Rutte", "Olaf Scholz"}, {"place": "Berlin"}),
        ],
    ),
]

#: "met X on the sidelines" with no event named: the grouping's summit told before.
BARE_SIDELINES: list[tuple[str, str, Expected]] = [
    (
        "Leaders of the G20 met in New Delhi on Saturday. Canadian Prime Minister Justin Trudeau, who met Indian Prime Minister "
        "Narendra Modi on the sidelines on Sunday, said the talks were frank.",
        "2023-09-11",
        [
            ({"G20", "Justin Trudeau", "Narendra Modi"}, {"status": "occurred", "mode": "multilateral"}),
            ({"Justin Trudeau", "Narendra Modi"}, {"status": "occurred", "date": "2023-09-10"}),
        ],
    ),
    # with no summit told, the meeting stands alone
    (
        "Canadian Prime Minister Justin Trudeau met Indian Prime Minister Narendra Modi on the sidelines on Sunday.",
        "2023-09-11",
        [({"Justin Trudeau", "Narendra Modi"}, {"status": "occurred", "date": "2023-09-10"})],
    ),
]

#: "thanked X and Y for attending": the people thanked were at the meeting told before.
THANKED_FOR_ATTENDING: list[tuple[str, str, Expected]] = [
    (
        "Leaders of the G7 met in Hiroshima on Saturday. Japanese Prime Minister Fumio Kishida thanked leaders including "
        "Canada's Justin Trudeau and British Prime Minister Rishi Sunak for attending.",
        "2023-05-21",
        [({"G7", "Fumio Kishida", "Justin Trudeau", "Rishi Sunak"}, {"status": "occurred", "date": "2023-05-20"})],
    ),
    # thanks for something else add nobody
    (
        "Leaders of the G7 met in Hiroshima on Saturday. Japanese Prime Minister Fumio Kishida thanked Canada's Justin Trudeau for his support.",
        "2023-05-21",
        [],
    ),
]


#: "Those attending included X, Y and Z": more people at the meeting told before.
ATTENDEE_LIST: list[tuple[str, str, Expected]] = [
    (
        "Leaders of the African Union met in Addis Ababa on Sunday. Those attending included U.N. Secretary-General Antonio Guterres, "
        "Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo.",
        "2024-02-19",
        [({"African Union", "António Guterres", "William Ruto", "Nana Akufo-Addo"}, {"status": "occurred", "date": "2024-02-18"})],
    ),
    # a list of something else adds nobody
    (
        "Leaders of the African Union met in Addis Ababa on Sunday. The new commission included Kenyan President William Ruto.",
        "2024-02-19",
        [],
    ),
]

#: "X and Y co-chaired a summit of more than 20 leaders": one word, a verb with two subjects; a
#: summit of an unnamed crowd is multilateral though two are named.
CO_CHAIRED: list[tuple[str, str, Expected]] = [
    (
        "ADDIS ABABA, Ethiopia (AP) — Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed co-chaired a summit "
        "of more than 20 African leaders in the Ethiopian capital on Tuesday.",
        "2023-09-06",
        [({"William Ruto", "Abiy Ahmed"}, {"status": "occurred", "mode": "multilateral", "date": "2023-09-05"})],
    ),
    (
        "A meeting of ministers from 12 countries co-chaired by Chinese Foreign Minister Wang Yi ended on Monday. "
        "Fijian Prime Minister Sitiveni Rabuka, who co-hosted the talks, said the region wanted consensus.",
        "2023-06-13",
        [({"Wang Yi", "Sitiveni Rabuka"}, {"status": "occurred", "date": "2023-06-12"})],
    ),
]

#: "was greeted at the airport by X": an encounter, also in "after being greeted by X".
GREETED_BY: list[tuple[str, str, Expected]] = [
    (
        "Indian Prime Minister Narendra Modi was greeted at the airport by Vietnamese Prime Minister Pham Minh Chinh on Friday.",
        "2024-08-03",
        [({"Narendra Modi", "Phạm Minh Chính"}, {"status": "occurred", "date": "2024-08-02"})],
    ),
    (
        "U.S. President Joe Biden addressed the Knesset on Wednesday after being greeted at the airport by Prime Minister Benjamin Netanyahu.",
        "2023-10-19",
        [({"Joe Biden", "Benjamin Netanyahu"}, {"status": "occurred", "date": "2023-10-18"})],
    ),
    ("Indian Prime Minister Narendra Modi was greeted by cheering crowds in Hanoi on Friday.", "2024-08-03", []),
    # "by the emir, X, when ...": the parser may hang the name beside the title on the verb
    (
        "Indian Prime Minister Narendra Modi was greeted on the tarmac by the emir, Sheikh Tamim bin Hamad Al Thani, when he "
        "landed in Qatar on Wednesday.",
        "2024-02-15",
        [({"Narendra Modi", "Tamim bin Hamad Al Thani"}, {"status": "occurred", "date": "2024-02-14"})],
    ),
]

#: "X, who had been invited to the summit, ...": an invitation puts nobody at the summit.
INVITED: list[tuple[str, str, Expected]] = [
    (
        "Brazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa opened a summit of the BRICS group "
        "in Johannesburg on Tuesday. Russian President Vladimir Putin, who had been invited to the summit, stayed in Moscow.",
        "2023-08-23",
        [({"Luiz Inácio Lula da Silva", "Cyril Ramaphosa", "BRICS"}, {"status": "occurred"})],
    ),
]


#: A greeting at the airport and the talks later that day are one visit, held where the talks were.
ARRIVAL: list[tuple[str, str, Expected]] = [
    (
        "Indian Prime Minister Narendra Modi arrived in Hanoi on Friday. Vietnamese Prime Minister Pham Minh Chinh greeted Modi at "
        "the airport. Later that day the two prime ministers held talks at the government office.",
        "2024-06-15",
        [({"Narendra Modi", "Phạm Minh Chính"}, {"status": "occurred", "place": "the government office", "date": "2024-06-14"})],
    ),
]


#: Object lists of "hosted" read to the end, however the parser breaks them.
HOSTED_LIST: list[tuple[str, str, Expected]] = [
    (
        "Trump hosted Brazilian President Jair Bolsonaro, Colombia's Ivan Duque and Chile's Sebastian Pinera on the eve of his address to "
        "the General Assembly.",
        "2019-09-24",
        [({"Trump", "Jair Bolsonaro", "Iván Duque", "Sebastián Piñera"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        "The leaders of Central Asia met in Astana on Thursday. Kazakhstan's President Kassym-Jomart Tokayev hosted Uzbek President "
        "Shavkat Mirziyoyev, Kyrgyz President Sadyr Japarov and Tajikistan's Emomali Rahmon.",
        "2023-09-15",
        [({"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Sadyr Japarov", "Emomali Rahmon"}, {"status": "occurred", "date": "2023-09-14"})],
    ),
    # a name in a later clause is no object of the first verb
    (
        "U.S. Secretary of State Antony Blinken arrived in Cairo on Tuesday. On Wednesday he meets Arab League leaders in Cairo before "
        "flying to Amman, where Jordan's foreign minister, Ayman Safadi, will host him.",
        "2024-01-09",
        [
            ({"Antony Blinken", "Arab League"}, {"status": "planned", "date": "2024-01-10"}),
            ({"Antony Blinken", "Ayman Safadi"}, {"status": "planned", "place": "Amman"}),
        ],
    ),
]

#: "alongside host X, Y and Z": the parser ends the phrase at the bare title and hangs the
#: names elsewhere; a name that starts a clause of its own is no companion.
DETACHED_TITLE: list[tuple[str, str, Expected]] = [
    (
        "Chinese President Xi Jinping signed the declaration at a BRICS summit in Johannesburg alongside host Cyril Ramaphosa, "
        "Brazil's Luiz Inacio Lula da Silva and Indian Prime Minister Narendra Modi.",
        "2023-08-25",
        [({"Xi Jinping", "BRICS", "Cyril Ramaphosa", "Luiz Inácio Lula da Silva", "Narendra Modi"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        "Chinese President Xi Jinping signed the declaration at a BRICS summit in Johannesburg alongside delegates Cyril Ramaphosa had praised.",
        "2023-08-25",
        [({"Xi Jinping", "BRICS"}, {"status": "occurred", "mode": "multilateral"})],
    ),
]

#: "continued their talks" is held talks; "over a working dinner joined by X": X joins them.
CONTINUED_JOINED: list[tuple[str, str, Expected]] = [
    (
        "Ukrainian President Volodymyr Zelenskyy thanked Polish President Andrzej Duda on Tuesday. "
        "The two presidents continued their talks over a working dinner joined by Lithuanian President Gitanas Nauseda.",
        "2021-06-10",
        [({"Volodymyr Zelenskyy", "Andrzej Duda", "Gitanas Nausėda"}, {"status": "occurred", "date": "2021-06-08"})],
    ),
    (
        "German Chancellor Olaf Scholz continued talks with French President Emmanuel Macron in Paris on Wednesday.",
        "2021-06-10",
        [({"Olaf Scholz", "Emmanuel Macron"}, {"status": "occurred", "place": "Paris"})],
    ),
    ("German Chancellor Olaf Scholz ate a quick lunch joined by aides before flying to Paris on Wednesday.", "2021-06-10", []),
    ("Fighting continued on Wednesday despite the talks in Geneva.", "2021-06-10", []),
]

#: "Presidents X of Rwanda, Y of Madagascar and Z of South Sudan also took part", where the
#: parser makes Z the object of "of" (see also tests/components/test_meeting_syntax.py).
STATE_LIST: list[tuple[str, str, Expected]] = [
    (
        "Ugandan President Yoweri Museveni hosted a regional summit in Kampala on Saturday. Presidents Paul Kagame of Rwanda, "
        "Andry Nirina Rajoelina of Madagascar and Salva Kiir of South Sudan also took part.",
        "2023-06-10",
        [({"Yoweri Museveni", "Paul Kagame", "Andry Rajoelina", "Salva Kiir Mayardit"}, {"status": "occurred", "date": "2023-06-10"})],
    ),
]

#: "Host Prime Minister X and President Y said ...": Y speaks beside the host of the meeting.
HOST_AND_PARTNER: list[tuple[str, str, Expected]] = [
    (
        "Leaders of the European Union and African countries met in Valletta on Wednesday. "
        "Host Prime Minister Joseph Muscat and Senegalese President Macky Sall said the deal marked a new partnership.",
        "2015-11-12",
        [({"European Union", "Joseph Muscat", "Macky Sall"}, {"status": "occurred", "place": "Valletta"})],
    ),
    (
        "Leaders of the European Union and African countries met in Valletta on Wednesday. "
        "Host Prime Minister Joseph Muscat said the deal marked a new partnership, and Senegalese President Macky Sall criticised it.",
        "2015-11-12",
        [({"European Union", "Joseph Muscat"}, {"status": "occurred", "place": "Valletta"})],
    ),
]

#: "Foreign Minister A and Economy Minister B also took part": the parser loses A (it reads the
#: unknown first name as a verb); a name in a clause of its own stays out.
LOST_NAMES: list[tuple[str, str, Expected]] = [
    (
        "Ukrainian and British officials held talks in London on Monday. "
        "Foreign Minister Andrii Sybiha and Economy Minister Yulia Svyrydenko also took part in the talks.",
        "2025-03-12",
        [({"United Kingdom", "Andrii Sybiha", "Yulia Svyrydenko"}, {"status": "occurred", "place": "London"})],
    ),
    (
        "Ukrainian and British officials held talks in London on Monday. "
        "Officials said Zelenskyy had thanked Foreign Minister Andrii Sybiha and Economy Minister Yulia Svyrydenko took part in the talks.",
        "2025-03-12",
        [({"United Kingdom", "Yulia Svyrydenko"}, {"status": "occurred", "place": "London"})],
    ),
]

#: "addressed the leaders", "told fellow leaders", "urged his fellow heads of state", "told his
#: peers": the speaker is at the gathering told before ("the leaders of Congress" are no such
#: audience, and a letter or a video message is told from afar).
TOLD_THE_LEADERS: list[tuple[str, str, Expected]] = [
    (
        "Syrian President Bashar al-Assad attended an Arab League summit in Jeddah on Friday. Ukrainian President Volodymyr Zelenskiy also addressed the leaders.",
        "2023-05-20",
        [({"Bashar al-Assad", "Arab League", "Volodymyr Zelenskyy"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        "African leaders met in Kigali on Wednesday for an African Union summit hosted by Rwandan President Paul Kagame. "
        "Niger's President Mahamadou Issoufou told fellow leaders the trade zone could be running within two years.",
        "2023-05-20",
        [({"African Union", "Paul Kagame", "Mahamadou Issoufou"}, {"status": "occurred", "place": "Kigali"})],
    ),
    (
        "Syrian President Bashar al-Assad attended an Arab League summit in Jeddah on Friday. "
        "Later, U.S. President Joe Biden addressed the leaders of Congress on the budget.",
        "2023-05-20",
        [({"Bashar al-Assad", "Arab League"}, {"status": "occurred"})],
    ),
    (
        "Syrian President Bashar al-Assad attended an Arab League summit in Jeddah on Friday. "
        "Ukrainian President Volodymyr Zelenskiy had warned fellow leaders in a letter not to ignore the war.",
        "2023-05-20",
        [({"Bashar al-Assad", "Arab League"}, {"status": "occurred"})],
    ),
    (
        "Kenyan President William Ruto hosted an African Union summit in Nairobi on Sunday. "
        "Nigerian President Bola Tinubu urged his fellow heads of state to act. Ghana's Nana Akufo-Addo told his peers that Africa must unite.",
        "2023-09-05",
        [({"African Union", "William Ruto", "Bola Tinubu", "Nana Akufo-Addo"}, {"status": "occurred", "place": "Nairobi"})],
    ),
    (
        "Kenyan President William Ruto hosted an African Union summit in Nairobi on Sunday. "
        "Nigerian President Bola Tinubu told his peers in a video message that Africa must unite.",
        "2023-09-05",
        [({"African Union", "William Ruto"}, {"status": "occurred", "place": "Nairobi"})],
    ),
]

#: "at the bloc's summit in Jeddah on Friday, where X greeted Y": X and Y were at the summit
#: (the parser may hang the clause on the day); a "where" clause on another place is not. "X
#: greeted Y on the tarmac as Gulf leaders met": a meeting told while the gathering was held.
WHERE_AT_SUMMIT: list[tuple[str, str, Expected]] = [
    (
        "Saudi Crown Prince Mohammed bin Salman greeted Bahrain's King Hamad bin Isa Al Khalifa with an embrace on the tarmac in "
        "Riyadh on Tuesday as Gulf Arab leaders met to discuss regional security. Leaders of the Gulf Cooperation Council signed "
        "a declaration at the bloc's annual summit.",
        "2023-12-06",
        [
            ({"Gulf Cooperation Council", "Mohammed bin Salman", "Hamad bin Isa Al Khalifa"}, {"status": "occurred", "mode": "multilateral"}),
            ({"Mohammed bin Salman", "Hamad bin Isa Al Khalifa"}, {"status": "occurred", "date": "2023-12-05"}),
        ],
    ),
    (
        "Syrian President Bashar al-Assad attended an Arab League summit in Jeddah on Friday, where Saudi Crown Prince Mohammed bin Salman greeted him.",
        "2023-05-20",
        [
            ({"Bashar al-Assad", "Arab League", "Mohammed bin Salman"}, {"status": "occurred", "mode": "multilateral"}),
            ({"Bashar al-Assad", "Mohammed bin Salman"}, {"status": "occurred"}),
        ],
    ),
    (
        "Syrian President Bashar al-Assad attended an Arab League summit in Jeddah on Friday, a week after Saudi Crown Prince "
        "Mohammed bin Salman met Egyptian President Abdel Fattah el-Sisi in Riyadh, where they discussed Sudan.",
        "2023-05-20",
        [
            ({"Bashar al-Assad", "Arab League"}, {"status": "occurred", "mode": "multilateral"}),
            ({"Mohammed bin Salman", "Abdel Fattah el-Sisi"}, {"place": "Riyadh"}),
        ],
    ),
]

#: "A similar meeting ... was called off" is another meeting, not the one just told; "X met Y in
#: the first talks between the two countries' leaders, and later held a meeting with Z": the two are X and Y,
#: and Z's meeting is another.
OTHER_MEETING: list[tuple[str, str, Expected]] = [
    (
        "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva on Monday in the first talks between "
        "the two countries' leaders since 2019, and later held a meeting with Chilean President Gabriel Boric.",
        "2024-11-19",
        [
            ({"Xi Jinping", "Luiz Inácio Lula da Silva"}, {"status": "occurred", "date": "2024-11-18"}),
            ({"Xi Jinping", "Gabriel Boric"}, {"status": "occurred", "date": "2024-11-18"}),
        ],
    ),
    (
        "German Chancellor Olaf Scholz hosted French President Emmanuel Macron in Berlin on Monday. A similar meeting planned for March had been called off.",
        "2023-06-06",
        [({"Olaf Scholz", "Emmanuel Macron"}, {"status": "occurred", "date": "2023-06-05"})],
    ),
]

#: "JERUSALEM, July 6 - X called on Y": where the parser makes the dateline's city the subject
#: and hangs X under it, X is still the subject (and whom the next sentence's "he" names).
UNDER_THE_DATELINE: list[tuple[str, str, Expected]] = [
    (
        "JERUSALEM, July 6 - Indian Prime Minister Narendra Modi called on President Reuven Rivlin on Thursday before flying home. "
        "Earlier he held talks with his Israeli counterpart, Benjamin Netanyahu.",
        "2017-07-06",
        [
            ({"Narendra Modi", "Reuven Rivlin"}, {"status": "occurred", "mode": "visit", "date": "2017-07-06"}),
            ({"Narendra Modi", "Benjamin Netanyahu"}, {"status": "occurred"}),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    PARTICIPLE + BY_PHONE_WITH + JOINED_AT + LATER_MET + PLURAL_CALLS + BROUGHT_TOGETHER + PHONE_THEN_MET + BARE_SIDELINES + THANKED_FOR_ATTENDING
    + ATTENDEE_LIST + CO_CHAIRED + GREETED_BY + INVITED + ARRIVAL + HOSTED_LIST + DETACHED_TITLE
    + CONTINUED_JOINED + STATE_LIST + HOST_AND_PARTNER + LOST_NAMES + TOLD_THE_LEADERS
    + WHERE_AT_SUMMIT + OTHER_MEETING + UNDER_THE_DATELINE,
)
def test_meeting_shapes(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
