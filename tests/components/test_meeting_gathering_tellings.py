"""A gathering told in pieces: "were among those present", "took his seat alongside X", "joined
an expanded session of the group", "were also in the hall", "..., where X also attended" (and
not one "barred from the gathering"), a grouping's leaders after a dateline, and the attendees told twice ("hosted the summit ... joined
X, Y and Z"). Also who "he" is in a clause under another ("X attended ... before flying to Doha,
where he was greeted by Y"), "X of the Comoros, who ..." (the person),
and "weeks after he met X" (no day told); "at a joint summit of X and Y" as no place of that
summit, "hosted the talks in Y, which were co-chaired by A and B", and the gatherings of two
groupings kept apart; "a summit with the leaders of four states, meeting them ... X sat down
with A, B, C and D" (one gathering). Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

_CELAC = "Community of Latin American and Caribbean States"

CASES: list[tuple[str, str, Expected]] = [
    # "were among those present": the list attends the summit told before
    (
        "SANTIAGO — Latin American leaders met in Santiago on Monday for a summit of the Community of Latin American and "
        "Caribbean States. Cuban President Miguel Diaz-Canel and Colombian President Gustavo Petro were among those present.",
        "2023-03-14",
        [({_CELAC, "Miguel Díaz-Canel", "Gustavo Petro"}, {"status": "occurred", "mode": "multilateral", "date": "2023-03-13"})],
    ),
    # "took his seat alongside X and Y" (the phrase hangs on the seat)
    (
        "MINSK — Leaders of the Shanghai Cooperation Organisation met in Samarkand on Friday. Belarusian President Alexander "
        "Lukashenko took his seat alongside Chinese President Xi Jinping and Russian President Vladimir Putin.",
        "2022-09-17",
        [
            (
                {"Shanghai Cooperation Organisation", "Alexander Lukashenko", "Xi Jinping", "Vladimir Putin"},
                {"status": "occurred", "mode": "multilateral"},
            )
        ],
    ),
    # "joined an expanded session of the group": an indefinite session of the body told before
    (
        "ASTANA — Leaders of the Shanghai Cooperation Organisation met in Astana on Thursday. Turkish President Tayyip Erdogan and "
        "U.N. Secretary-General Antonio Guterres joined an expanded session of the group.",
        "2024-07-05",
        [
            (
                {"Shanghai Cooperation Organisation", "Recep Tayyip Erdoğan", "António Guterres"},
                {"status": "occurred", "mode": "multilateral", "date": "2024-07-04"},
            )
        ],
    ),
    # "..., where X and Y also attended": a "where" clause on the meeting's place (unnamed envoys stand for their states)
    (
        "LUANDA — Angolan President Joao Lourenco hosted Rwandan President Paul Kagame and Congolese President Felix "
        "Tshisekedi at his palace on Tuesday, where the ambassadors of the United States and France also attended.",
        "2025-03-19",
        [
            (
                {"João Lourenço", "Paul Kagame", "Félix Tshisekedi", "United States", "France"},
                {"status": "occurred", "date": "2025-03-18"},
            )
        ],
    ),
    # one "barred from the gathering" was kept out of it
    (
        "JAKARTA — Leaders of the Association of Southeast Asian Nations opened their summit in Jakarta on Tuesday. Malaysian "
        "Prime Minister Anwar Ibrahim and Philippine President Ferdinand Marcos Jr. attended. Myanmar military ruler Min Aung "
        "Hlaing was again barred from the gathering.",
        "2023-09-05",
        [({"ASEAN", "Anwar Ibrahim", "Bongbong Marcos"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    # "X of the Comoros, who handed over ...": "who" is the person, not the state
    (
        "ADDIS ABABA — African leaders gathered in Addis Ababa on Saturday for the annual summit of the African Union. Mauritanian "
        "President Mohamed Ould Ghazouani took over the chairmanship of the bloc. He succeeds Azali Assoumani of the Comoros, who "
        "handed over the post at the opening ceremony.",
        "2024-02-18",
        [({"African Union", "Mohamed Ould Ghazouani", "Azali Assoumani"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    # "were also in the hall": the list goes to the summit, not to the pair's sideline talks told just before
    (
        "DOHA — Leaders of the Arab League met in Doha on Sunday. Qatari Emir Tamim bin Hamad al-Thani hosted the summit. Iranian "
        "President Ebrahim Raisi met the emir on the sidelines. Egyptian President Abdel Fattah al-Sisi, Jordan's King Abdullah "
        "and Iraqi Prime Minister Mohammed Shia al-Sudani were also in the hall.",
        "2023-11-13",
        [
            (
                {"Arab League", "Tamim bin Hamad Al Thani", "Ebrahim Raisi", "Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Mohammed Shia al-Sudani"},
                {"status": "occurred", "mode": "multilateral"},
            ),
            ({"Ebrahim Raisi", "Tamim bin Hamad Al Thani"}, {"status": "occurred"}),
        ],
    ),
    # "On the sidelines on Friday, X signed ...": the parser hangs the day on the sidelines, which are still the summit's
    (
        "OSAKA, June 29 — Group of 20 leaders ended a two-day summit in Osaka on Saturday, hosted by Japanese Prime Minister "
        "Shinzo Abe. On the sidelines on Friday, U.S. President Donald Trump signed a pact with Canadian Prime Minister Justin Trudeau.",
        "2019-06-29",
        [
            ({"G20", "Shinzo Abe", "Donald Trump", "Justin Trudeau"}, {"status": "occurred", "mode": "multilateral", "date": "2019-06-29"}),
            ({"Donald Trump", "Justin Trudeau"}, {"status": "occurred", "date": "2019-06-28"}),
        ],
    ),
    # a grouping's leaders the parser hangs on the dateline; the sideline pair attended its talks
    (
        "APIA, Samoa - Pacific Islands Forum leaders ended three days of talks in Apia on Friday. New Zealand Prime Minister "
        "Christopher Luxon held talks with Australian Prime Minister Anthony Albanese on the sidelines on Wednesday.",
        "2024-08-31",
        [
            ({"Pacific Islands Forum", "Christopher Luxon", "Anthony Albanese"}, {"status": "occurred", "mode": "multilateral"}),
            ({"Christopher Luxon", "Anthony Albanese"}, {"status": "occurred", "date": "2024-08-28"}),
        ],
    ),
    # the summit told twice, the one person in both a sentence apart: one gathering (after the sideline pair joins it)
    (
        "RIO DE JANEIRO — Brazilian President Luiz Inacio Lula da Silva hosted the Group of 20 summit in Rio de Janeiro on "
        "Tuesday. U.S. President Joe Biden joined Chinese President Xi Jinping, Argentine President Javier Milei and Indian Prime "
        "Minister Narendra Modi for the final session. Modi and Italian Prime Minister Giorgia Meloni also met on the sidelines.",
        "2024-11-20",
        [
            (
                {"G20", "Luiz Inácio Lula da Silva", "Joe Biden", "Xi Jinping", "Javier Milei", "Narendra Modi", "Giorgia Meloni"},
                {"status": "occurred", "mode": "multilateral", "date": "2024-11-19"},
            ),
            ({"Narendra Modi", "Giorgia Meloni"}, {"status": "occurred"}),
        ],
    ),
    # two gatherings on two days keep apart, whoever was at both
    (
        "GENEVA — Foreign ministers of France, Germany and Italy met in Geneva on Monday. French Foreign Minister Catherine Colonna "
        "hosted German Foreign Minister Annalena Baerbock and Italian Foreign Minister Antonio Tajani. On Wednesday, Baerbock, "
        "Tajani and Spanish Foreign Minister Jose Manuel Albares held a separate conference in Rome.",
        "2023-05-10",
        [
            ({"Catherine Colonna", "Annalena Baerbock", "Antonio Tajani"}, {"status": "occurred", "date": "2023-05-08"}),
            ({"Annalena Baerbock", "Antonio Tajani", "José Manuel Albares"}, {"status": "occurred", "date": "2023-05-10"}),
        ],
    ),
    # "he" in a clause under a participle is the subject of the clause that governs it
    (
        "RIYADH — U.S. President Joe Biden met Saudi Crown Prince Mohammed bin Salman in Jeddah on Friday. Biden then praised the "
        "reforms of the crown prince in a speech, before flying to Doha, where he was greeted by Emir Tamim bin Hamad al-Thani.",
        "2022-07-16",
        [
            ({"Joe Biden", "Mohammed bin Salman"}, {"status": "occurred"}),
            ({"Joe Biden", "Tamim bin Hamad Al Thani"}, {"status": "occurred"}),
        ],
    ),
    # a subject that names no person ("gangs led by X, Y") is passed for the one above it
    (
        "NAIROBI — Haitian Prime Minister Ariel Henry has been stranded abroad since gangs led by a former policeman, Jimmy "
        "Cherizier, overran the capital while he was in Nairobi, where he had met Kenyan President William Ruto.",
        "2024-03-12",
        [({"Ariel Henry", "William Ruto"}, {"status": "occurred"})],
    ),
    # "at a joint summit of X and Y" is the gathering itself, no place of it: the host's talks in the city told next are that summit
    (
        "GABORONE — Southern and eastern African leaders on Friday urged an end to the fighting at a rare joint summit of the "
        "East African Community and the Southern African Development Community. Botswana's President Mokgweetsi Masisi hosted "
        "the talks in Gaborone.",
        "2023-08-26",
        [
            (
                {"East African Community", "Southern African Development Community", "Mokgweetsi Masisi"},
                {"status": "occurred", "mode": "multilateral", "date": "2023-08-25"},
            )
        ],
    ),
    # "hosted the talks in Y, which were co-chaired by A and B": a city is never chaired, so the clause tells of the talks
    (
        "ADDIS ABABA — Ethiopian Prime Minister Abiy Ahmed hosted the talks in Addis Ababa on Tuesday, which were co-chaired by "
        "Kenyan President William Ruto and former Nigerian President Olusegun Obasanjo.",
        "2023-08-25",
        [({"Abiy Ahmed", "William Ruto", "Olusegun Obasanjo"}, {"status": "occurred", "date": "2023-08-22"})],
    ),
    # "a conference co-hosted with X": the co-host takes part
    (
        "ROME - Italian Prime Minister Giorgia Meloni opened a two-day conference in Rome on Tuesday co-hosted with "
        "Ukrainian Prime Minister Denys Shmyhal.",
        "2025-07-08",
        [({"Giorgia Meloni", "Denys Shmyhal"}, {"status": "occurred", "date": "2025-07-08"})],
    ),
    # guard: a passive clause on the place that a place can take ("which was held by X") tells of the city, not the talks
    (
        "Algerian Foreign Minister Ahmed Attaf hosted the talks in Kidal on Monday, which was held by the Coordination of Azawad "
        "Movements until November, with Malian Foreign Minister Abdoulaye Diop.",
        "2024-03-12",
        [({"Ahmed Attaf", "Abdoulaye Diop"}, {"status": "occurred", "date": "2024-03-11"})],
    ),
    # guard: the gatherings of two groupings are two, a grouping told as the one party beside its host included; without
    # the summit's phrase as its place, "Friday's summit" of the SCO would otherwise join the BRICS meeting
    (
        "UFA — Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held talks in the city on Friday. Their talks "
        "came a day after leaders of the BRICS group, hosted by Russian President Vladimir Putin, met in the same city. Iran is "
        "set to become a full member of the SCO, a process the bloc formally launched at Friday's summit.",
        "2015-07-10",
        [
            ({"Narendra Modi", "Xi Jinping", "Shanghai Cooperation Organisation"}, {"status": "occurred", "date": "2015-07-10"}),
            ({"BRICS", "Vladimir Putin"}, {"status": "occurred", "mode": "multilateral"}),
        ],
    ),
    # "weeks after he met X": some untold day, not the day of the clause it hangs on
    (
        "KYIV — Indian Prime Minister Narendra Modi embraced Ukrainian President Volodymyr Zelenskiy in Kyiv on Friday, weeks after "
        "he hugged Russian President Vladimir Putin in Moscow.",
        "2024-08-23",
        [
            ({"Narendra Modi", "Volodymyr Zelenskyy"}, {"status": "occurred", "date": "2024-08-23"}),
            ({"Narendra Modi", "Vladimir Putin"}, {"status": "occurred", "date": None}),
        ],
    ),
    # "held a summit with the leaders of four states, meeting them ...": the group is still
    # unnamed after "meeting them", so the next sentence's names are its people
    (
        "UNITED NATIONS — Japanese Prime Minister Fumio Kishida on Tuesday held a summit with the leaders of four Pacific island "
        "states, meeting them on the sidelines of the U.N. General Assembly. Kishida sat down with Fiji's Sitiveni Rabuka, Papua New "
        "Guinea's James Marape, Tonga's Siaosi Sovaleni and Solomon Islands Prime Minister Manasseh Sogavare. Foreign Minister "
        "Yoko Kamikawa, who attended the summit, later met Chinese Vice President Han Zheng.",
        "2023-09-20",
        [
            (
                {"Fumio Kishida", "Sitiveni Rabuka", "James Marape", "Siaosi Sovaleni", "Manasseh Sogavare", "Yōko Kamikawa"},
                {"status": "occurred", "mode": "multilateral", "date": "2023-09-19"},
            ),
            ({"Yōko Kamikawa", "Han Zheng"}, {"status": "occurred"}),
        ],
    ),
    # guard: talks of the same two told in the next sentence leave the visit one of two (mutation-checked)
    (
        "BEIJING — South Korean President Moon Jae-in and Chinese President Xi Jinping agreed on Thursday to improve ties, as the "
        "two leaders held their first summit. In talks at the Great Hall of the People, the two sides also agreed on four principles.",
        "2017-12-14",
        [({"Moon Jae-in", "Xi Jinping"}, {"status": "occurred", "mode": "visit"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_meeting_gathering_tellings(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
