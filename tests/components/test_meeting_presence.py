"""Being at a gathering told before, said without a meeting verb: "X, also present, said",
"were also there", "were among the leaders present", "Heads of state in attendance included",
"The gathering (or the leaders' segment) drew X", "used the meeting to", "attending his first forum", "speaking at the
opening session", "gave the closing address", "posed for a family photo", "Also in the room",
"was flanked by", "adopted a declaration", "presided", "led his country's delegation", "joined
the session", "arrived for the closing session", "sat at X's side", "sat across the table",
"told the summit ..., and Y said ...", "told the ministers", "urged his counterparts", "told
the leaders" after talks of two, "X and Y inaugurated a rail link", "dialled X", "whose
governments called the meeting", "walked out of the meeting", "led the discussion", "then
joined them", "Egyptian and Jordanian foreign ministers met", "... gathered in Amman", "The
talks brought together", "Mediators from X, Y and Z", "W was also involved", "arrived late", "The
Kenyan president was joined by X", delegations and mediators ("The U.S. team included", "sat
across from", "led the American side, which also included", "act as mediators"), and "a
conference on X hosted by Y", "Present were X and Y", "X and Y spoke at the summit", "said on the sidelines of the summit",
"took the floor", and "sent his deputy to the summit" (the sender stays away).
Sentences written for these tests, one list per rule.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

_FORUM = "Pacific leaders met in Funafuti on Tuesday for their annual forum. "
_SUMMIT = "African leaders met in Addis Ababa on Sunday for a summit on regional security. "
_PAIR_FJ = ({"Frank Bainimarama", "Scott Morrison"}, {"status": "occurred", "date": "2019-07-02", "place": "Funafuti"})
_PAIR_AU = ({"William Ruto", "Bola Tinubu"}, {"status": "occurred", "date": "2023-02-19", "place": "Addis Ababa"})

#: "X, also present, ...", "Y was there too", "were among the heads of government present",
#: "Heads of government in attendance included", "The gathering drew".
PRESENT: list[tuple[str, str, Expected]] = [
    (
        _FORUM + "Fijian Prime Minister Frank Bainimarama, also present, called for action on rising seas. Australian Prime Minister Scott Morrison was there too.",
        "2019-07-02",
        [_PAIR_FJ],
    ),
    ("Fijian Prime Minister Frank Bainimarama said on Tuesday that he had been there in 2015.", "2019-07-02", []),
    (
        _FORUM + "Fijian Prime Minister Frank Bainimarama and Australian Prime Minister Scott Morrison were among the heads of government present.",
        "2019-07-02",
        [_PAIR_FJ],
    ),
    (
        _FORUM + "Fijian Prime Minister Frank Bainimarama and Australian Prime Minister Scott Morrison were among the 18 delegations attending.",
        "2019-07-02",
        [_PAIR_FJ],
    ),
    (
        _FORUM + "Heads of government in attendance included Fijian Prime Minister Frank Bainimarama and Australian Prime Minister Scott Morrison.",
        "2019-07-02",
        [_PAIR_FJ],
    ),
    (_FORUM + "The gathering drew Fijian Prime Minister Frank Bainimarama and Australian Prime Minister Scott Morrison.", "2019-07-02", [_PAIR_FJ]),
    (_FORUM + "The leaders' segment drew Fijian Prime Minister Frank Bainimarama and Australian Prime Minister Scott Morrison.", "2019-07-02", [_PAIR_FJ]),
    ("Fijian Prime Minister Frank Bainimarama drew praise from Australian Prime Minister Scott Morrison on Tuesday.", "2019-07-02", []),
]

#: "used the meeting to ...", "attending his first forum", "speaking at the opening session", "gave the closing address".
USED_AND_SPOKE: list[tuple[str, str, Expected]] = [
    (
        _FORUM + "Fijian Prime Minister Frank Bainimarama used the summit to call for action on rising seas. Australian Prime Minister "
        "Scott Morrison, attending his first forum as leader, pledged aid.",
        "2019-07-02",
        [({"Frank Bainimarama", "Scott Morrison"}, {"status": "occurred", "date": "2019-07-02"})],
    ),
    ("Fijian Prime Minister Frank Bainimarama used the occasion to criticise Australian Prime Minister Scott Morrison on Tuesday.", "2019-07-02", []),
    (
        # "..., with X and Y using the gathering to call for ...": the absolute clause has its own subject
        "Leaders of the BRICS group admitted four new members at a summit in Johannesburg on Thursday, with Brazil's Luiz Inacio "
        "Lula da Silva and Indian Prime Minister Narendra Modi using the gathering to call for reform of the United Nations.",
        "2023-08-25",
        [({"BRICS", "Luiz Inácio Lula da Silva", "Narendra Modi"}, {"status": "occurred", "date": "2023-08-24"})],
    ),
    (
        # "X, attending his last G20, missed the photo": the participle hung on the verb, the body named for its gathering
        "Group of 20 leaders met in Osaka on Friday. Japanese Prime Minister Shinzo Abe hosted the summit. Australian Prime "
        "Minister Malcolm Turnbull, attending his last G20 before Scott Morrison replaces him, skipped the gala dinner.",
        "2019-06-29",
        [({"G20", "Shinzo Abe", "Malcolm Turnbull"}, {"status": "occurred", "date": "2019-06-28"})],
    ),
    (
        _SUMMIT + "Kenyan President William Ruto, speaking at the opening session, called for a ceasefire. Nigerian President Bola Tinubu gave the closing address.",
        "2023-02-20",
        [_PAIR_AU],
    ),
    ("Kenyan President William Ruto gave a speech in Nairobi on Sunday, and Nigerian President Bola Tinubu delivered remarks in Abuja.", "2023-02-20", []),
]

#: "posed for a family photo", "Also in the room", "was flanked by", "adopted a declaration", "presided", "led his country's delegation".
CEREMONY: list[tuple[str, str, Expected]] = [
    (_SUMMIT + "Kenyan President William Ruto and Nigerian President Bola Tinubu posed for a family photo.", "2023-02-20", [_PAIR_AU]),
    (_SUMMIT + "Also in the room was Kenyan President William Ruto. He was flanked by Nigerian President Bola Tinubu.", "2023-02-20", [_PAIR_AU]),
    (
        _SUMMIT + "The leaders, including Kenyan President William Ruto and Nigerian President Bola Tinubu, adopted a declaration.",
        "2023-02-20",
        [_PAIR_AU],
    ),
    ("Kenyan President William Ruto and Nigerian President Bola Tinubu adopted a tougher tone on Sunday.", "2023-02-20", []),
    # three or more named as the subject of a joint act ("launched a fund") after a gathering told
    (
        _SUMMIT + "Kenyan President William Ruto, Nigerian President Bola Tinubu and Ghanaian President Nana Akufo-Addo launched a continental fund.",
        "2023-02-20",
        [({"William Ruto", "Bola Tinubu", "Nana Akufo-Addo"}, {"status": "occurred", "date": "2023-02-19"})],
    ),
    # guard: with no gathering told, the act tells no meeting
    ("Kenyan President William Ruto, Nigerian President Bola Tinubu and Ghanaian President Nana Akufo-Addo launched a continental fund on Sunday.", "2023-02-20", []),
    (_SUMMIT + "Kenyan President William Ruto presided, and Nigerian President Bola Tinubu led his country's delegation.", "2023-02-20", [_PAIR_AU]),
]

#: "joined the session", "arrived for the closing session", "flew in for a day of talks", "sat at X's side",
#: "stood next to", "sat across the table".
SEATS: list[tuple[str, str, Expected]] = [
    (_SUMMIT + "Kenyan President William Ruto and Nigerian President Bola Tinubu also joined the session.", "2023-02-20", [_PAIR_AU]),
    ("Kenyan President William Ruto joined the African Union in 2022, Nigerian President Bola Tinubu said on Sunday.", "2023-02-20", []),
    (_SUMMIT + "Kenyan President William Ruto and Nigerian President Bola Tinubu arrived for the closing session.", "2023-02-20", [_PAIR_AU]),
    # "flew in for a day of talks": arrival where the story is, for days of the gathering
    (_SUMMIT + "Kenyan President William Ruto and Nigerian President Bola Tinubu flew in for a single day of talks.", "2023-02-20", [_PAIR_AU]),
    # guard: "flew to X for two days of talks" is a trip elsewhere (mutation-checked)
    (
        "Nigerian President Bola Tinubu hosted African leaders in Abuja on Sunday for a summit on regional security. Kenyan President "
        "William Ruto flew to Beijing for two days of talks.",
        "2023-02-20",
        [],
    ),
    (
        _SUMMIT + "Kenyan President William Ruto sat at Tinubu's side, and Ghana's Nana Akufo-Addo stood next to Nigerian President Bola Tinubu.",
        "2023-02-20",
        [({"William Ruto", "Bola Tinubu", "Nana Akufo-Addo"}, {"status": "occurred", "date": "2023-02-19", "place": "Addis Ababa"})],
    ),
    (_SUMMIT + "Kenyan President William Ruto and Nigerian President Bola Tinubu sat across the table from each other.", "2023-02-20", [_PAIR_AU]),
    ("Kenyan President William Ruto sat beside Nigerian President Bola Tinubu's portrait in Nairobi on Sunday.", "2023-02-20", []),
    # "appeared alongside Y", "flew in to announce the deal alongside host Y": in company at the gathering
    (_SUMMIT + "Kenyan President William Ruto appeared alongside Nigerian President Bola Tinubu.", "2023-02-20", [_PAIR_AU]),
    (_SUMMIT + "Kenyan President William Ruto flew in to announce the accord alongside host Bola Tinubu.", "2023-02-20", [_PAIR_AU]),
    # "were among the leaders in the hall": a room only those at the gathering are in
    (_SUMMIT + "Kenyan President William Ruto and Nigerian President Bola Tinubu were among the leaders in the hall.", "2023-02-20", [_PAIR_AU]),
    # "was embraced by Y": the passive's agent meets the subject
    (
        "Kenyan President William Ruto was embraced by Nigerian President Bola Tinubu in Abuja on Sunday.",
        "2023-02-20",
        [({"William Ruto", "Bola Tinubu"}, {"status": "occurred", "date": "2023-02-19"})],
    ),
]

#: "X told the summit ..., and Y said ...": a speaker coordinated with one at the gathering;
#: "told the ministers", "urged his counterparts": an audience at the gathering.
AUDIENCE: list[tuple[str, str, Expected]] = [
    (
        _SUMMIT + "Kenyan President William Ruto told the summit that the bloc must act, and Nigerian President Bola Tinubu said a fund was needed.",
        "2023-02-20",
        [_PAIR_AU],
    ),
    (
        _SUMMIT + "Kenyan President William Ruto told the summit that the bloc must act, and Nigerian President Bola Tinubu said in a statement "
        "from Abuja that a fund was needed.",
        "2023-02-20",
        [],
    ),
    (
        "Gulf foreign ministers met in Riyadh on Monday. Kuwait's Foreign Minister Ahmad Nasser Al-Mohammad Al-Sabah told the meeting that talks "
        "with Iran were needed, and Oman's Badr Albusaidi urged his counterparts to keep the channel open.",
        "2021-06-15",
        [({"Ahmad Nasser Al-Mohammad Al-Sabah", "Badr Albusaidi"}, {"status": "occurred", "date": "2021-06-14", "place": "Riyadh"})],
    ),
    (
        "Gulf foreign ministers met in Riyadh on Monday. Kuwait's Foreign Minister Ahmad Nasser Al-Mohammad Al-Sabah told the meeting that talks "
        "with Iran were needed. Oman's Badr Albusaidi later told the ministers of his own government that the channel was open.",
        "2021-06-15",
        [],
    ),
]

#: "Y said ..., while X told the summit ...": the speaker of the clause the cue hangs on; "among
#: the 30 leaders at the table"; "told the leaders" goes to the gathering, past talks of two told since.
GATHERING: list[tuple[str, str, Expected]] = [
    (
        _SUMMIT + "Kenyan President William Ruto said the bloc must act, while Nigerian President Bola Tinubu told the summit that a fund was needed.",
        "2023-02-20",
        [_PAIR_AU],
    ),
    (_SUMMIT + "Kenyan President William Ruto and Nigerian President Bola Tinubu were among the 30 leaders at the table.", "2023-02-20", [_PAIR_AU]),
    (
        "Kenyan President William Ruto and Nigerian President Bola Tinubu were among the 30 leaders at the table of the committee, its chairman said on Sunday.",
        "2023-02-20",
        [],
    ),
    (
        "African Union leaders met in Addis Ababa on Sunday. Kenyan President William Ruto held talks with Ghana's Nana Akufo-Addo on the sidelines, "
        "and Ethiopian Prime Minister Abiy Ahmed received Ugandan President Yoweri Museveni. Nigerian President Bola Tinubu told the leaders that a fund was needed.",
        "2023-02-20",
        [
            ({"African Union", "William Ruto", "Nana Akufo-Addo", "Bola Tinubu"}, {"status": "occurred", "mode": "multilateral"}),
            ({"William Ruto", "Nana Akufo-Addo"}, {"status": "occurred"}),
            ({"Abiy Ahmed", "Yoweri Museveni"}, {"status": "occurred"}),
        ],
    ),
]

#: "X and Y inaugurated a rail link": an act two people do together on the spot (not by video link); "dialled X".
TOGETHER_AND_DIALLED: list[tuple[str, str, Expected]] = [
    (
        "Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina inaugurated a rail link in Akhaura on Saturday.",
        "2023-02-20",
        [({"Narendra Modi", "Sheikh Hasina"}, {"status": "occurred", "mode": "meet", "date": "2023-02-18", "place": "Akhaura"})],
    ),
    ("Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina inaugurated a rail link by video link on Saturday.", "2023-02-20", []),
    (
        "Indian Prime Minister Narendra Modi dialled Bangladeshi Prime Minister Sheikh Hasina on Saturday.",
        "2023-02-20",
        [({"Narendra Modi", "Sheikh Hasina"}, {"status": "occurred", "mode": "phone", "date": "2023-02-18"})],
    ),
]

#: "X and Y, whose governments called the meeting", "walked out of the meeting", "led the
#: discussion on ...", "then joined them in the East Room" (not "joined them in calling for").
WHOSE_LEFT_LED_JOINED: list[tuple[str, str, Expected]] = [
    (
        _SUMMIT + "Kenyan President William Ruto and Nigerian President Bola Tinubu, whose governments called the meeting, said the talks had gone well.",
        "2023-02-20",
        [_PAIR_AU],
    ),
    ("Kenyan President William Ruto and Nigerian President Bola Tinubu, whose governments called the strike, said on Sunday the talks had gone well.", "2023-02-20", []),
    (
        _SUMMIT + "Kenyan President William Ruto walked out of the meeting after Nigerian President Bola Tinubu led the discussion on the Sahel.",
        "2023-02-20",
        [_PAIR_AU],
    ),
    ("Kenyan President William Ruto walked out of the stadium on Sunday after Nigerian President Bola Tinubu led the parade.", "2023-02-20", []),
    (
        "US President Joe Biden met Ukrainian President Volodymyr Zelenskiy in the Oval Office on Monday. British Prime Minister Keir Starmer "
        "and French President Emmanuel Macron then joined them in the East Room.",
        "2023-02-20",
        [({"Joe Biden", "Volodymyr Zelenskyy", "Keir Starmer", "Emmanuel Macron"}, {"status": "occurred", "mode": "multilateral", "date": "2023-02-20"})],
    ),
    (
        "US President Joe Biden met Ukrainian President Volodymyr Zelenskiy in the Oval Office on Monday. British Prime Minister Keir Starmer "
        "and French President Emmanuel Macron joined them in calling for a ceasefire.",
        "2023-02-20",
        [({"Joe Biden", "Volodymyr Zelenskyy"}, {"status": "occurred", "date": "2023-02-20"})],
    ),
]

#: "Egyptian and Jordanian foreign ministers" (one phrase, two office holders the role layer
#: resolved), "... gathered in Amman", "The talks brought together", "Mediators from X, Y and
#: Z", "W was also involved".
OFFICIALS: list[tuple[str, str, Expected]] = [
    (
        "Egyptian and Jordanian foreign ministers met in Amman on Sunday.",
        "2023-02-20",
        [({"Sameh Shoukry", "Ayman Safadi"}, {"status": "occurred", "date": "2023-02-19", "place": "Amman"})],
    ),
    (
        "Egyptian, Jordanian and Saudi foreign ministers gathered in Amman on Sunday.",
        "2023-02-20",
        [({"Sameh Shoukry", "Ayman Safadi", "Faisal bin Farhan Al Saud"}, {"status": "occurred", "mode": "multilateral", "place": "Amman"})],
    ),
    ("European leaders gathered in Paris on Sunday for the funeral of the former president.", "2023-02-20", []),
    (
        "The talks in Cairo on Sunday brought together CIA Director William Burns, Egyptian intelligence chief Abbas Kamel and Qatari Prime Minister "
        "Mohammed bin Abdulrahman Al Thani.",
        "2023-02-20",
        [({"William J. Burns", "Abbas Kamel", "Mohammed bin Abdulrahman bin Jassim Al Thani"}, {"status": "occurred", "place": "Cairo"})],
    ),
    ("The talks in Cairo on Sunday brought no breakthrough for CIA Director William Burns and Egyptian intelligence chief Abbas Kamel.", "2023-02-20", []),
    (
        "Mediators from Qatar, Egypt and the United States met Israeli and Hamas negotiators in Doha on Sunday.",
        "2023-02-20",
        [({"Qatar", "Egypt", "United States", "Israel", "Hamas"}, {"status": "occurred", "mode": "multilateral", "place": "Doha"})],
    ),
    (
        "CIA Director William Burns met Egyptian intelligence chief Abbas Kamel in Cairo on Sunday. Qatari Prime Minister Mohammed bin Abdulrahman "
        "Al Thani was also involved.",
        "2023-02-20",
        [({"William J. Burns", "Abbas Kamel", "Mohammed bin Abdulrahman bin Jassim Al Thani"}, {"status": "occurred", "place": "Cairo"})],
    ),
    (
        "CIA Director William Burns met Egyptian intelligence chief Abbas Kamel in Cairo on Sunday. Qatari Prime Minister Mohammed bin Abdulrahman "
        "Al Thani was also involved in a corruption case.",
        "2023-02-20",
        [({"William J. Burns", "Abbas Kamel"}, {"status": "occurred", "place": "Cairo"})],
    ),
]

#: "Z arrived late" with no place of its own; "The Kenyan president was joined by X": a
#: description of one person, joined by a named one.
LATE_AND_JOINED: list[tuple[str, str, Expected]] = [
    (_SUMMIT + "Kenyan President William Ruto attended, and Nigerian President Bola Tinubu arrived late.", "2023-02-20", [_PAIR_AU]),
    ("Kenyan President William Ruto arrived late in Lagos on Sunday, Nigerian President Bola Tinubu said.", "2023-02-20", []),
    (
        "Ethiopian Prime Minister Abiy Ahmed received Kenyan President William Ruto in Addis Ababa on Sunday. The Kenyan president was joined by "
        "Foreign Minister Musalia Mudavadi.",
        "2023-02-20",
        [({"Abiy Ahmed", "William Ruto", "Musalia Mudavadi"}, {"status": "occurred", "place": "Addis Ababa"})],
    ),
    (
        "Ethiopian Prime Minister Abiy Ahmed received Kenyan President William Ruto in Addis Ababa on Sunday. The Kenyan president was joined by thousands of supporters.",
        "2023-02-20",
        [({"Abiy Ahmed", "William Ruto"}, {"status": "occurred", "place": "Addis Ababa"})],
    ),
]

_RIYADH = "RIYADH (Reuters) - U.S. and Russian officials held talks in Riyadh on Tuesday. "
_PRETORIA = "PRETORIA (AP) - Peace talks between Ethiopia's government and Tigray's rebels opened in Pretoria on Tuesday. "
_RIYADH_TRIO = ({"Marco Rubio", "Steve Witkoff", "Sergey Lavrov"}, {"status": "occurred", "date": "2025-02-18", "place": "Riyadh"})

#: Delegations and mediators: "The U.S. team included", "sat across from", "led the American
#: side, which also included", "headed the delegation with", "act as mediators", "are
#: mediating", "represents the government" (an "attend" word the tagger read as a noun too).
DELEGATIONS: list[tuple[str, str, Expected]] = [
    (
        _RIYADH + "The U.S. team included Secretary of State Marco Rubio and envoy Steve Witkoff, while Russia sent Foreign Minister Sergei Lavrov.",
        "2025-02-19",
        [_RIYADH_TRIO],
    ),
    (_RIYADH + "Secretary of State Marco Rubio and envoy Steve Witkoff sat across from Foreign Minister Sergei Lavrov.", "2025-02-19", [_RIYADH_TRIO]),
    ("Secretary of State Marco Rubio sat across from the embassy on Tuesday, envoy Steve Witkoff said.", "2025-02-19", []),
    (
        _RIYADH + "Secretary of State Marco Rubio led the American side, which also included envoy Steve Witkoff. Foreign Minister Sergei Lavrov "
        "headed the Russian delegation with Kremlin aide Yuri Ushakov.",
        "2025-02-19",
        [({"Marco Rubio", "Steve Witkoff", "Sergey Lavrov", "Yuri Ushakov"}, {"status": "occurred", "place": "Riyadh"})],
    ),
    (
        _PRETORIA + "Redwan Hussien represents the government, while Olusegun Obasanjo and Uhuru Kenyatta act as mediators.",
        "2022-10-26",
        [({"Ethiopia", "Redwan Hussien", "Olusegun Obasanjo", "Uhuru Kenyatta"}, {"status": "occurred", "mode": "multilateral", "place": "Pretoria"})],
    ),
    (
        _PRETORIA + "Olusegun Obasanjo and Uhuru Kenyatta are mediating.",
        "2022-10-26",
        [({"Ethiopia", "Olusegun Obasanjo", "Uhuru Kenyatta"}, {"status": "occurred", "place": "Pretoria"})],
    ),
    ("Olusegun Obasanjo and Uhuru Kenyatta mediated a deal between Ethiopia and Kenya in 2015, Redwan Hussien said on Tuesday.", "2022-10-26", []),
]

#: "X, at his first summit as president": a person's own first at the gathering told, not
#: another summit; "their first encounter in Lagos" is another meeting.
OWN_FIRST: list[tuple[str, str, Expected]] = [
    (
        _SUMMIT + "Kenyan President William Ruto, at his first summit as president, and Nigerian President Bola Tinubu were among the 30 leaders at the table.",
        "2023-02-20",
        [({"William Ruto", "Bola Tinubu"}, {"status": "occurred", "date": "2023-02-19", "place": "Addis Ababa", "topic": "regional security"})],
    ),
    (
        "Kenyan President William Ruto and Nigerian President Bola Tinubu held talks in Addis Ababa on Sunday. The meeting was warmer than "
        "their first encounter in Lagos in March.",
        "2023-02-20",
        [
            ({"William Ruto", "Bola Tinubu"}, {"status": "occurred", "date": "2023-02-19", "place": "Addis Ababa"}),
            ({"William Ruto", "Bola Tinubu"}, {"status": "occurred", "place": "Lagos"}),
        ],
    ),
]

_MODI_HASINA = {"Narendra Modi", "Sheikh Hasina"}

#: "X's trip to Dhaka included talks with Y", "got a phone call from Y", "told a joint news
#: conference with Y", "X and Y addressed a joint news conference", "X and Y reviewed a guard of honour".
APPEARANCES: list[tuple[str, str, Expected]] = [
    (
        "Indian Prime Minister Narendra Modi's trip to Dhaka included talks with President Abdul Hamid on Saturday.",
        "2023-02-20",
        [({"Narendra Modi", "Mohammad Abdul Hamid"}, {"status": "occurred", "date": "2023-02-18"})],
    ),
    (
        "Indian Prime Minister Narendra Modi got a phone call from Bangladeshi Prime Minister Sheikh Hasina on Saturday.",
        "2023-02-20",
        [(_MODI_HASINA, {"status": "occurred", "mode": "phone", "date": "2023-02-18"})],
    ),
    ("Indian Prime Minister Narendra Modi got a letter from Bangladeshi Prime Minister Sheikh Hasina on Saturday.", "2023-02-20", []),
    (
        "Indian Prime Minister Narendra Modi told a joint news conference with Bangladeshi Prime Minister Sheikh Hasina on Saturday that ties were strong.",
        "2023-02-20",
        [(_MODI_HASINA, {"status": "occurred", "date": "2023-02-18"})],
    ),
    (
        "Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina addressed a joint news conference in Dhaka on Saturday.",
        "2023-02-20",
        [(_MODI_HASINA, {"status": "occurred", "date": "2023-02-18", "place": "Dhaka"})],
    ),
    (
        "Indian Prime Minister Narendra Modi told a news conference in Delhi on Saturday that ties with Bangladeshi Prime Minister Sheikh Hasina were strong.",
        "2023-02-20",
        [],
    ),
    (
        "Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina reviewed a guard of honour on Saturday.",
        "2023-02-20",
        [(_MODI_HASINA, {"status": "occurred", "date": "2023-02-18"})],
    ),
    ("Indian Prime Minister Narendra Modi reviewed a guard of honour in Delhi on Saturday, Bangladeshi Prime Minister Sheikh Hasina said.", "2023-02-20", []),
]

#: "was expected to see President X", "will see Y on Friday": seeing a named person is meeting
#: them; not "would see X as a friend", "seen X on television", "glad to see X win".
SEES: list[tuple[str, str, Expected]] = [
    (
        "Nauru's President David Adeang will see President Xi Jinping on Friday.",
        "2024-03-25",
        [({"David Adeang", "Xi Jinping"}, {"status": "planned", "date": "2024-03-29"})],
    ),
    ("Nauru's President David Adeang said on Monday he would see President Xi Jinping as a friend.", "2024-03-25", []),
    ("Nauru's President David Adeang said on Monday he had seen President Xi Jinping on television.", "2024-03-25", []),
    ("Nauru's President David Adeang was glad to see President Xi Jinping win another term, he said on Monday.", "2024-03-25", []),
]

#: "dined with X", "lunched with Y" (the base lemmatizer reads "dined" as "din"); "flew to
#: Banjul to persuade X": a trip to work on a named person there.
DINED_AND_PERSUADED: list[tuple[str, str, Expected]] = [
    (
        "LONDON (Reuters) - Saudi Crown Prince Mohammed bin Salman dined with Prime Minister Theresa May on Wednesday.",
        "2018-03-08",
        [({"Mohammed bin Salman", "Theresa May"}, {"status": "occurred", "date": "2018-03-07", "place": "London"})],
    ),
    (
        "LONDON (Reuters) - Saudi Crown Prince Mohammed bin Salman lunched with Queen Elizabeth on Wednesday.",
        "2018-03-08",
        [({"Mohammed bin Salman", "Elizabeth II"}, {"status": "occurred", "date": "2018-03-07"})],
    ),
    ("Saudi Crown Prince Mohammed bin Salman dined alone in his hotel on Wednesday, Prime Minister Theresa May said.", "2018-03-08", []),
    (
        "BANJUL (Reuters) - Liberian President Ellen Johnson Sirleaf flew to Banjul on Friday to persuade Gambian leader Yahya Jammeh to step down.",
        "2017-01-14",
        [({"Ellen Johnson Sirleaf", "Yahya Jammeh"}, {"status": "occurred", "date": "2017-01-13", "place": "Banjul"})],
    ),
    ("Liberian President Ellen Johnson Sirleaf flew home on Friday to persuade voters that Gambian leader Yahya Jammeh must go.", "2017-01-14", []),
]

#: "a conference on X hosted by Y": a topic is never hosted, so Y hosts the conference.
HOSTED_ON_TOPIC: list[tuple[str, str, Expected]] = [
    (
        "Leaders gathered in Vienna on Monday for a conference on Iran's nuclear programme hosted by Austrian Chancellor Karl Nehammer. "
        "Jordan's King Abdullah and Egyptian President Abdel Fattah al-Sisi attended.",
        "2022-03-08",
        [({"Karl Nehammer", "Abdullah II of Jordan", "Abdel Fattah el-Sisi"}, {"status": "occurred", "mode": "multilateral", "place": "Vienna"})],
    ),
    (
        "Leaders gathered in Vienna on Monday for a conference on a plan drafted by Austrian Chancellor Karl Nehammer. "
        "Jordan's King Abdullah and Egyptian President Abdel Fattah al-Sisi attended.",
        "2022-03-08",
        [({"Abdullah II of Jordan", "Abdel Fattah el-Sisi"}, {"status": "occurred", "place": "Vienna"})],
    ),
]


#: "Present were X and Y", "Attending were X and Y" (presence put before "be"; not "Present
#: at the launch were ..." with no meeting told), and "X and Y spoke at the opening session".
INVERTED_AND_SPOKE: list[tuple[str, str, Expected]] = [
    (_SUMMIT + "Present were Kenyan President William Ruto and Nigerian President Bola Tinubu.", "2023-02-19", [_PAIR_AU]),
    (_SUMMIT + "Attending were Kenyan President William Ruto and Nigerian President Bola Tinubu.", "2023-02-19", [_PAIR_AU]),
    # "Also attending were X and Y": the parser hangs the names on "were", the auxiliary of "attending"
    (_SUMMIT + "Also attending were Kenyan President William Ruto and Nigerian President Bola Tinubu.", "2023-02-19", [_PAIR_AU]),
    ("Present at the launch were Kenyan President William Ruto and Nigerian President Bola Tinubu.", "2023-02-19", []),
    (_SUMMIT + "Kenyan President William Ruto and Nigerian President Bola Tinubu spoke at the opening session.", "2023-02-19", [_PAIR_AU]),
    # "said on the sidelines of the summit", "took the floor"
    (
        _SUMMIT + "Kenyan President William Ruto said on the sidelines of the summit that aid was late. Nigerian President Bola Tinubu "
        "took the floor to call for a standby force.",
        "2023-02-19",
        [_PAIR_AU],
    ),
    ("Kenyan President William Ruto took the floor in parliament on Sunday.", "2023-02-19", []),
    # one who sends a deputy stays away; the deputy (Nigeria's vice president on that day) attends
    (
        _SUMMIT + "Kenyan President William Ruto attended. Nigerian President Bola Tinubu sent his vice president to the summit.",
        "2023-02-19",
        [({"William Ruto", "Yemi Osinbajo"}, {"status": "occurred"})],
    ),
]


_SCO = "The Shanghai Cooperation Organisation admitted Belarus as a member on Thursday at a summit hosted by Kazakh President Kassym-Jomart Tokayev in Astana. "

#: "X thanked his counterparts for the decision": at the gathering; "Y and Z were also in the Kazakh
#: capital, along with W" (or "in Astana"): there too, but not "also in Beijing" (a guard).
THANKED_AND_ALSO_IN: list[tuple[str, str, Expected]] = [
    (
        _SCO + "Alexander Lukashenko of Belarus thanked his counterparts for the decision. Pakistani Prime Minister Shehbaz Sharif and "
        "Turkey's Tayyip Erdogan were also in the Kazakh capital, along with UN chief Antonio Guterres.",
        "2024-07-04",
        [
            (
                {"Shanghai Cooperation Organisation", "Kassym-Jomart Tokayev", "Alexander Lukashenko", "Shehbaz Sharif", "Recep Tayyip Erdoğan", "António Guterres"},
                {"status": "occurred", "place": "Astana"},
            )
        ],
    ),
    (
        _SCO + "Pakistani Prime Minister Shehbaz Sharif was also in Astana.",
        "2024-07-04",
        [({"Shanghai Cooperation Organisation", "Kassym-Jomart Tokayev", "Shehbaz Sharif"}, {"status": "occurred"})],
    ),
    (
        _SCO + "Pakistani Prime Minister Shehbaz Sharif was also in Beijing on Thursday.",
        "2024-07-04",
        [({"Shanghai Cooperation Organisation", "Kassym-Jomart Tokayev"}, {"status": "occurred"})],
    ),
]


#: "X stayed away and was represented by Y" (or "..., as did X, who was represented by Y"): the
#: person represented is not there; "Iran was represented by Z" sends Z to the gathering, past
#: the talks of two told since.
REPRESENTED: list[tuple[str, str, Expected]] = [
    (
        "Kazakh President Kassym-Jomart Tokayev hosted a summit of the Shanghai Cooperation Organisation in Astana on Thursday. "
        "Turkish President Tayyip Erdogan attended, while Indian Prime Minister Narendra Modi stayed away and was represented by "
        "External Affairs Minister Subrahmanyam Jaishankar. On Wednesday, Chinese President Xi Jinping met Pakistani Prime Minister "
        "Shehbaz Sharif. Iran was represented by its acting president, Mohammad Mokhber.",
        "2024-07-05",
        [
            (
                {"Kassym-Jomart Tokayev", "Shanghai Cooperation Organisation", "Recep Tayyip Erdoğan", "S. Jaishankar", "Mohammad Mokhber"},
                {"status": "occurred", "date": "2024-07-04"},
            ),
            ({"Xi Jinping", "Shehbaz Sharif"}, {"status": "occurred", "date": "2024-07-03"}),
        ],
    ),
    # "..., as did X, who was represented by Y": the passive in a relative clause sends Y too
    (
        "Kazakh President Kassym-Jomart Tokayev hosted a summit of the Shanghai Cooperation Organisation in Astana on Thursday. "
        "Turkish President Tayyip Erdogan stayed away, as did Indian Prime Minister Narendra Modi, who was represented by "
        "External Affairs Minister Subrahmanyam Jaishankar.",
        "2024-07-05",
        [({"Kassym-Jomart Tokayev", "Shanghai Cooperation Organisation", "S. Jaishankar"}, {"status": "occurred", "date": "2024-07-04"})],
    ),
]


_FORUM = (
    "SUVA, Fiji (Reuters) - Pacific Islands Forum leaders ended three days of talks in Suva on Thursday, with host Prime Minister "
    "Frank Bainimarama calling climate change the region's greatest threat. "
)

#: "X addressed the leaders by video": at the gathering from afar; "told the leaders in a letter":
#: not there (a guard).
ADDRESSED_FROM_AFAR: list[tuple[str, str, Expected]] = [
    (
        _FORUM + "U.S. Vice President Kamala Harris addressed the leaders by video on Wednesday.",
        "2022-07-14",
        [({"Pacific Islands Forum", "Frank Bainimarama", "Kamala Harris"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        _FORUM + "U.S. Vice President Kamala Harris told the leaders in a letter that Washington would open new embassies.",
        "2022-07-14",
        [({"Pacific Islands Forum", "Frank Bainimarama"}, {"status": "occurred"})],
    ),
]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    PRESENT + USED_AND_SPOKE + CEREMONY + SEATS + AUDIENCE + GATHERING + TOGETHER_AND_DIALLED + WHOSE_LEFT_LED_JOINED + OFFICIALS + LATE_AND_JOINED
    + DELEGATIONS + OWN_FIRST + APPEARANCES
    + SEES + DINED_AND_PERSUADED + HOSTED_ON_TOPIC + INVERTED_AND_SPOKE + THANKED_AND_ALSO_IN + REPRESENTED
    + ADDRESSED_FROM_AFAR,
)
def test_meeting_presence(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
