"""Multilateral meetings told across sentences: a grouping named through its chair, its secretary
general at its summit, "among the leaders who took part", "X opened the meeting", a side "headed
by X", and talks "mediated by Z" hung on "four hours of talks". Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

#: "Southeast Asian leaders held their summit. X, chair of the Association ..., opened the meeting.
#: A and B were among the leaders who took part": the chair's grouping and all the people attend.
CHAIRED_GROUPING: list[tuple[str, str, Expected]] = [
    (
        "PHNOM PENH — Southeast Asian leaders held their annual summit on Friday. Cambodian Prime Minister Hun Sen, "
        "this year's chair of the Association of Southeast Asian Nations, opened the meeting and urged unity. "
        "Indonesian President Joko Widodo and Singaporean Prime Minister Lee Hsien Loong were among the leaders who took part.",
        "2022-11-12",
        [({"ASEAN", "Hun Sen", "Joko Widodo", "Lee Hsien Loong"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # no many-leaders meeting: the chair's grouping stays out of a meeting of three people
        "PHNOM PENH — Cambodian Prime Minister Hun Sen, this year's chair of the Association of Southeast Asian Nations, "
        "met Indonesian President Joko Widodo and Singaporean Prime Minister Lee Hsien Loong on Friday.",
        "2022-11-12",
        [({"Hun Sen", "Joko Widodo", "Lee Hsien Loong"}, {"status": "occurred", "mode": "multilateral"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CHAIRED_GROUPING)
def test_a_many_leader_meeting_with_a_groupings_chair_is_that_groupings_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "sat down with allied leaders at a meeting chaired by NATO Secretary General X": the officer of a
#: grouping's secretariat who chairs a many-leader meeting makes it that grouping's; a guard: the
#: officer who only attends one chaired by someone else does not.
CHAIRED_BY_SECRETARIAT: list[tuple[str, str, Expected]] = [
    (
        "VILNIUS — Ukrainian President Volodymyr Zelenskyy sat down with allied leaders on Wednesday at a meeting chaired by "
        "NATO Secretary General Jens Stoltenberg.",
        "2023-07-13",
        [({"NATO", "Volodymyr Zelenskyy", "Jens Stoltenberg"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        "VILNIUS — Ukrainian President Volodymyr Zelenskyy and NATO Secretary General Jens Stoltenberg sat down with allied "
        "leaders on Wednesday at a meeting chaired by Lithuanian President Gitanas Nauseda.",
        "2023-07-13",
        [({"Volodymyr Zelenskyy", "Jens Stoltenberg", "Gitanas Nausėda"}, {"status": "occurred", "mode": "multilateral"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CHAIRED_BY_SECRETARIAT)
def test_a_many_leader_meeting_chaired_by_a_groupings_officer_is_that_groupings(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "ASEAN Secretary-General X said members had agreed": the grouping's officer attended its summit
#: that took place, not one still planned, nor a meeting of others.
SECRETARIAT_OFFICER: list[tuple[str, str, Expected]] = [
    (
        "JAKARTA — Southeast Asian leaders met in Labuan Bajo on Wednesday for an ASEAN summit chaired by Indonesian President "
        "Joko Widodo. Malaysian Prime Minister Anwar Ibrahim and Philippine President Ferdinand Marcos Jr. attended. "
        "ASEAN Secretary-General Kao Kim Hourn said members had agreed to act on Myanmar.",
        "2023-05-10",
        [({"ASEAN", "Joko Widodo", "Anwar Ibrahim", "Bongbong Marcos", "Kao Kim Hourn"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        "JAKARTA — Leaders of ASEAN will meet in Labuan Bajo next week for a summit chaired by Indonesian President Joko Widodo. "
        "ASEAN Secretary-General Kao Kim Hourn said members would discuss Myanmar.",
        "2023-05-10",
        [({"ASEAN", "Joko Widodo"}, {"status": "planned", "mode": "multilateral"})],
    ),
    (
        "JAKARTA — Malaysian Prime Minister Anwar Ibrahim met Indonesian President Joko Widodo in Jakarta on Wednesday. "
        "ASEAN Secretary-General Kao Kim Hourn said the bloc would act on Myanmar.",
        "2023-05-10",
        [({"Anwar Ibrahim", "Joko Widodo"}, {"status": "occurred"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), SECRETARIAT_OFFICER)
def test_a_groupings_secretary_general_attends_its_summit_that_took_place(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "Kyiv's team was headed by X and included Y": the head and members of a side at talks told before.
LED_SIDE: list[tuple[str, str, Expected]] = [
    (
        "JEDDAH — Ukraine agreed on Tuesday to a ceasefire proposal after talks with a U.S. delegation led by Secretary of State "
        "Marco Rubio. Kyiv's team was headed by Andriy Yermak and included Foreign Minister Andrii Sybiha.",
        "2025-03-12",
        [({"Marco Rubio", "Andriy Yermak", "Andrii Sybiha"}, {"status": "occurred"})],
    ),
    (
        # "X led the Armenian team, while Y headed Azerbaijan's": the side's noun left unsaid
        "The two neighbours held a new round of border talks in Gabala on Monday. Deputy Prime Minister Mher Grigoryan "
        "led the Armenian team, while Deputy Prime Minister Shahin Mustafayev headed Azerbaijan's.",
        "2024-04-23",
        [({"Mher Grigoryan", "Shahin Mustafayev"}, {"status": "occurred", "date": "2024-04-22"})],
    ),
    (
        # "The Armenian delegation was led by X and the Azerbaijani team by Y": the gapped clause's head too
        "The two neighbours held a new round of talks in Almaty on Friday. The Armenian delegation was led by Foreign Minister "
        "Ararat Mirzoyan and the Azerbaijani team by Foreign Minister Jeyhun Bayramov.",
        "2024-05-11",
        [({"Ararat Mirzoyan", "Jeyhun Bayramov"}, {"status": "occurred", "date": "2024-05-10"})],
    ),
    (
        # "Y headed the team of the opposition": a side named by "of"
        "Venezuela's government and opposition resumed talks in Mexico City on Friday. The government delegation was led by "
        "Jorge Rodríguez, while Juan Guaidó headed the team of the opposition.",
        "2021-08-14",
        [({"Jorge Rodríguez", "Juan Guaidó"}, {"status": "occurred", "date": "2021-08-13"})],
    ),
    (
        # no talks told before: the head of a team attends nothing
        "KYIV — Ukraine's army has been reorganised this year. Its team was headed by Andriy Yermak and included Foreign Minister Andrii Sybiha.",
        "2025-03-12",
        [],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), LED_SIDE)
def test_the_head_and_members_of_a_side_join_the_talks_told_before(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "after four hours of talks between A, B and C, mediated by Z": the parser hangs the participle
#: on the measure noun; the mediator takes part, as does the one under whose auspices talks are
#: held. "opened the border crossing" opens no meeting.
MEASURED_TALKS: list[tuple[str, str, Expected]] = [
    (
        "MADRID — Turkey lifted its veto on Tuesday after four hours of talks between Turkish President Tayyip Erdogan, "
        "Finnish President Sauli Niinisto and Swedish Prime Minister Magdalena Andersson, mediated by NATO Secretary General Jens Stoltenberg.",
        "2022-06-29",
        [({"Recep Tayyip Erdoğan", "Sauli Niinistö", "Magdalena Andersson", "Jens Stoltenberg"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # "held talks ... under the auspices of X": the parser hangs "under" on the verb that holds the talks
        "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud held talks in Ankara on Wednesday "
        "under the auspices of Turkish President Tayyip Erdogan.",
        "2024-12-12",
        [({"Abiy Ahmed", "Hassan Sheikh Mohamud", "Recep Tayyip Erdoğan"}, {"status": "occurred", "mode": "multilateral", "date": "2024-12-11"})],
    ),
    (
        # separate talks under one mediator's auspices: the mediator is in each, no meeting of its own
        "Ethiopian Prime Minister Abiy Ahmed held talks with Somali President Hassan Sheikh Mohamud and, separately, with "
        "Kenyan President William Ruto in Ankara on Wednesday under the auspices of Turkish President Tayyip Erdogan.",
        "2024-12-12",
        [
            ({"Abiy Ahmed", "Hassan Sheikh Mohamud", "Recep Tayyip Erdoğan"}, {"status": "occurred", "date": "2024-12-11"}),
            ({"Abiy Ahmed", "William Ruto", "Recep Tayyip Erdoğan"}, {"status": "occurred", "date": "2024-12-11"}),
        ],
    ),
    (
        # a participle on the talks noun: "talks held in X under the auspices of Y"
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met on Sunday for talks held in "
        "Brussels under the auspices of European Council President Charles Michel.",
        "2023-05-16",
        [({"Nikol Pashinyan", "Ilham Aliyev", "Charles Michel"}, {"status": "occurred", "mode": "multilateral", "date": "2023-05-14"})],
    ),
    (
        "MADRID — Turkish President Tayyip Erdogan met Finnish President Sauli Niinisto on Tuesday. "
        "Swedish Prime Minister Magdalena Andersson opened the border crossing.",
        "2022-06-29",
        [({"Recep Tayyip Erdoğan", "Sauli Niinistö"}, {"status": "occurred"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), MEASURED_TALKS)
def test_a_mediator_of_measured_talks_takes_part(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: More attendees of a multilateral meeting told in later sentences or clauses, each with a case
#: the rule must leave alone.
TOLD_ACROSS: list[tuple[str, str, Expected]] = [
    (
        # "under the sponsorship of X, Y and Z" on the clause of talks that opened; "welcomed the
        # delegations" and "attended as a mediator" add to those talks
        "ASTANA — Talks on ending the war in Syria opened in the Kazakh capital on Monday, bringing the warring sides together "
        "under the sponsorship of Russia, Turkey and Iran. Kazakh Foreign Minister Kairat Abdrakhmanov welcomed the delegations. "
        "The UN envoy for Syria, Staffan de Mistura, attended as a mediator.",
        "2017-01-23",
        [({"Russia", "Turkey", "Iran", "Kairat Abdrakhmanov", "Staffan de Mistura"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        "ASTANA — Kazakh Foreign Minister Kairat Abdrakhmanov welcomed the delegations of five countries to a trade fair on Monday.",
        "2017-01-23",
        [],
    ),
    (
        # a signing "at the end of the session" belongs to the talks told before
        "MADRID — Turkish President Tayyip Erdogan held talks with Finnish President Sauli Niinisto on Tuesday. "
        "At the end of the session, Turkish Foreign Minister Mevlut Cavusoglu signed a memorandum with Finland's Pekka Haavisto.",
        "2022-06-29",
        [({"Recep Tayyip Erdoğan", "Sauli Niinistö", "Mevlüt Çavuşoğlu", "Pekka Haavisto"}, {"status": "occurred"})],
    ),
    (
        "MADRID — Turkish President Tayyip Erdogan held talks with Finnish President Sauli Niinisto on Tuesday. "
        "On Wednesday, Turkish Foreign Minister Mevlut Cavusoglu signed a memorandum with Finland's Pekka Haavisto in Ankara.",
        "2022-06-29",
        [
            ({"Recep Tayyip Erdoğan", "Sauli Niinistö"}, {"status": "occurred"}),
            ({"Mevlüt Çavuşoğlu", "Pekka Haavisto"}, {"status": "occurred"}),
        ],
    ),
    (
        # "a summit in the capital, where A, B and C discussed X": the clause's people attend the summit
        "ASTANA — Olaf Scholz ended his trip on Friday with a summit in the Kazakh capital, where the German chancellor, "
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev discussed energy.",
        "2023-09-30",
        [({"Olaf Scholz", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # "The three leaders, joined by X, held talks with Y": X joins the subject
        "KYIV — Emmanuel Macron, Olaf Scholz and Mario Draghi arrived in Kyiv by train on Thursday. "
        "The three leaders, joined by Romanian President Klaus Iohannis, held talks with Ukrainian President Volodymyr Zelenskiy.",
        "2022-06-16",
        [({"Emmanuel Macron", "Olaf Scholz", "Mario Draghi", "Klaus Iohannis", "Volodymyr Zelenskyy"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # "The talks, brokered by X and opened by Y": the opener takes part
        "JEDDAH — Envoys of the Rapid Support Forces held talks in Jeddah on Saturday. The talks, brokered by Saudi Arabia and "
        "the United States and opened by Saudi Foreign Minister Prince Faisal bin Farhan, focused on a ceasefire.",
        "2023-05-07",
        [({"Rapid Support Forces", "United States", "Faisal bin Farhan Al Saud"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # "X sat at the same table as Y": both at the conference told before
        "BAGHDAD — Iraqi Prime Minister Mustafa al-Kadhimi hosted a regional conference on Saturday attended by French President "
        "Emmanuel Macron. Iran's foreign minister, Hossein Amir Abdollahian, sat at the same table as Saudi Foreign Minister "
        "Prince Faisal bin Farhan.",
        "2021-08-28",
        [({"Mustafa Al-Kadhimi", "Emmanuel Macron", "Hossein Amir-Abdollahian", "Faisal bin Farhan Al Saud"}, {"status": "occurred"})],
    ),
    (
        # "whose country holds the rotating chairmanship of X": the chair's grouping meets
        "JAKARTA — Southeast Asian leaders met Myanmar's junta leader, Min Aung Hlaing, at the ASEAN secretariat on Saturday. "
        "The talks were chaired by Brunei's Sultan Hassanal Bolkiah, whose country holds the rotating chairmanship of the "
        "Association of Southeast Asian Nations, and attended by Malaysian Prime Minister Muhyiddin Yassin.",
        "2021-04-24",
        [({"ASEAN", "Hassanal Bolkiah", "Min Aung Hlaing", "Muhyiddin Yassin"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # "were among those pressing for X": people at the summit told before, not a meeting of their own
        "FUNAFUTI — Pacific island leaders met on Thursday for their annual summit. Australian Prime Minister Scott Morrison "
        "and Fiji's prime minister, Frank Bainimarama, were among those pressing for a deal.",
        "2019-08-16",
        [({"Scott Morrison", "Frank Bainimarama"}, {"status": "occurred"})],
    ),
    (
        "FUNAFUTI — Australian Prime Minister Scott Morrison and Fiji's prime minister, Frank Bainimarama, were among those "
        "pressing for a deal on climate.",
        "2019-08-16",
        [],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), TOLD_ACROSS)
def test_attendees_told_in_later_clauses_join_the_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "a summit of the C5+1 group": the grouping named as a modifier of "group" is the summit's.
GROUP_NAMED_BY_MODIFIER: list[tuple[str, str, Expected]] = [
    (
        "NEW YORK — U.S. President Joe Biden held talks with Kazakh President Kassym-Jomart Tokayev and Uzbek President "
        "Shavkat Mirziyoyev on Tuesday at a summit of the C5+1 group.",
        "2023-09-20",
        [
            ({"Joe Biden", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}, {"status": "occurred"}),
            ({"C5+1", "Joe Biden", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}, {"status": "occurred", "mode": "multilateral"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), GROUP_NAMED_BY_MODIFIER)
def test_a_summit_of_a_group_named_by_its_modifier_is_that_groupings(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "At the summit, X took over the chairmanship from Y": both at the summit (also "Leaders ended
#: their summit, and X handed the presidency to Y"); "an Arctic Council ministerial" is a meeting
#: noun. A handover with no meeting is no meeting.
HANDOVER_AND_MINISTERIAL: list[tuple[str, str, Expected]] = [
    (
        "ADDIS ABABA — African Union leaders held their annual summit on Saturday. At the opening of the summit, Angolan "
        "President Joao Lourenco took over the union's rotating chairmanship from Mauritania's Mohamed Ould Ghazouani.",
        "2025-02-16",
        [({"African Union", "João Lourenço", "Mohamed Ould Ghazouani"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # a handover in a clause of its own joined to the summit's: its subject and its receiver
        "JAKARTA — ASEAN leaders ended their summit in Jakarta on Thursday with a statement on Myanmar, and Indonesian "
        "President Joko Widodo handed the rotating chairmanship to Laotian Prime Minister Sonexay Siphandone.",
        "2023-09-08",
        [({"ASEAN", "Joko Widodo", "Sonexay Siphandone"}, {"status": "occurred", "mode": "multilateral", "date": "2023-09-07"})],
    ),
    (
        # guard: a letter handed over is no office
        "JAKARTA — ASEAN leaders ended their summit in Jakarta on Thursday with a statement on Myanmar, and Indonesian "
        "President Joko Widodo handed a letter to Laotian Prime Minister Sonexay Siphandone.",
        "2023-09-08",
        [],
    ),
    (
        "LUANDA — Angolan President Joao Lourenco took over the company's chairmanship from Mohamed Ould Ghazouani on Saturday.",
        "2025-02-16",
        [],
    ),
    (
        "REYKJAVIK — Antony Blinken and Sergei Lavrov are due to attend an Arctic Council ministerial on Thursday.",
        "2021-05-19",
        [({"Antony Blinken", "Sergey Lavrov", "Arctic Council"}, {"status": "planned", "mode": "multilateral"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), HANDOVER_AND_MINISTERIAL)
def test_a_chairmanship_handed_over_at_a_summit_and_a_ministerial(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "signed X ..., in a deal brokered by Z", "signed an accord mediated by Z": the broker takes part;
#: one who only praised the accord does not.
BROKERED_DEALS: list[tuple[str, str, Expected]] = [
    (
        "WASHINGTON — Israeli Prime Minister Benjamin Netanyahu and Bahraini Foreign Minister Abdullatif al-Zayani signed an "
        "accord at the White House on Tuesday, in a deal brokered by U.S. President Donald Trump.",
        "2020-09-16",
        [({"Benjamin Netanyahu", "Abdullatif bin Rashid Al Zayani", "Donald Trump"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        "WASHINGTON — Israeli Prime Minister Benjamin Netanyahu and Bahraini Foreign Minister Abdullatif al-Zayani signed an "
        "accord on Tuesday, praised by U.S. President Donald Trump.",
        "2020-09-16",
        [({"Benjamin Netanyahu", "Abdullatif bin Rashid Al Zayani"}, {"status": "occurred"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), BROKERED_DEALS)
def test_the_broker_of_a_signed_deal_takes_part(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "a summit ..., which X is expected to attend": the subject of the raising verb attends; not
#: one who is expected to criticise it.
RAISED_ATTENDANCE: list[tuple[str, str, Expected]] = [
    (
        "OTTAWA — Canadian Prime Minister Mark Carney will host the Group of Seven summit in Kananaskis in June, which "
        "U.S. President Donald Trump is expected to attend.",
        "2025-05-06",
        [({"G7", "Mark Carney", "Donald Trump"}, {"status": "planned", "mode": "multilateral"})],
    ),
    (
        "OTTAWA — Canadian Prime Minister Mark Carney will host the Group of Seven summit in Kananaskis in June, which "
        "U.S. President Donald Trump is expected to criticise.",
        "2025-05-06",
        [({"G7", "Mark Carney"}, {"status": "planned", "mode": "multilateral"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), RAISED_ATTENDANCE)
def test_the_subject_expected_to_attend_a_summit_attends_it(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "X leaders named a mediator ... At the opening of the summit, A handed the chairmanship to B":
#: a gathering of three sides or more, in a story that names one grouping as the owner of a
#: gathering or of its people (or as the subject of its lead, or as the body whose chairmanship
#: is handed over), is that grouping's.
STORY_GROUPING: list[tuple[str, str, Expected]] = [
    (
        "LUSAKA (AP) — Southern African Development Community leaders on Saturday named a new mediator for the crisis in "
        "eastern Congo. At the opening of the one-day summit, Zambian President Hakainde Hichilema handed the rotating "
        "chairmanship to Zimbabwe's Emmerson Mnangagwa, and South African President Cyril Ramaphosa addressed the delegates.",
        "2025-03-02",
        [
            (
                {"Southern African Development Community", "Hakainde Hichilema", "Emmerson Mnangagwa", "Cyril Ramaphosa"},
                {"status": "occurred", "mode": "multilateral", "date": "2025-03-01"},
            )
        ],
    ),
    (
        "DOHA (Reuters) - Members of the Gulf Cooperation Council signed a pledge of unity on Tuesday. The emir of Qatar, "
        "Sheikh Tamim bin Hamad Al Thani, hosted the session with Saudi Crown Prince Mohammed bin Salman and Bahrain's "
        "King Hamad bin Isa Al Khalifa.",
        "2025-03-02",
        [({"Gulf Cooperation Council", "Tamim bin Hamad Al Thani", "Mohammed bin Salman", "Hamad bin Isa Al Khalifa"}, {"mode": "multilateral"})],
    ),
    (
        # no gathering noun, but many leaders told ("The presidents of A, B and C met")
        "NAIROBI — East African Community leaders on Saturday called for a ceasefire in eastern Congo. The presidents of "
        "Kenya, Uganda and Tanzania met in Nairobi on Saturday.",
        "2023-02-05",
        [({"East African Community", "Kenya", "Uganda", "Tanzania"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # the grouping told with a word of its own: "leaders of the Mercosur bloc"
        "Leaders of the Mercosur bloc argued over a trade deal with Europe on Friday. Uruguayan President Luis Lacalle Pou, "
        "who hosted the two-day summit in Montevideo, said the talks had been hard. Argentina's Javier Milei and "
        "Paraguay's Santiago Peña joined Brazil's Luiz Inácio Lula da Silva at the summit.",
        "2024-12-07",
        [
            (
                {"Mercosur", "Luis Lacalle Pou", "Javier Milei", "Santiago Peña", "Luiz Inácio Lula da Silva"},
                {"status": "occurred", "mode": "multilateral", "date": "2024-12-06"},
            )
        ],
    ),
    (
        # guard: the grouping's gathering told with a place of its own is another gathering
        "WASHINGTON — President Joe Biden hosted the leaders of Japan and South Korea at Camp David on Friday for a summit. "
        "Biden extended the invitation in May on the sidelines of the G7 summit in Hiroshima.",
        "2023-08-19",
        [({"Joe Biden", "Japan", "South Korea"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # guard: "not members of NATO" names no gathering of NATO
        "WASHINGTON — Barack Obama hosted a summit with the leaders of Norway, Sweden and Finland at the White House on "
        "Friday. Finland and Sweden, which are not members of NATO, said they would deepen their defence ties.",
        "2016-05-14",
        [({"Barack Obama", "Norway", "Sweden", "Finland"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # guard: two groupings' leaders are told; whose gathering this is stays unsaid
        "LUSAKA (AP) — Southern African Development Community leaders and East African Community leaders on Saturday "
        "named new mediators for eastern Congo. At the opening of the summit, Zambian President Hakainde Hichilema, "
        "Zimbabwe's Emmerson Mnangagwa and Kenyan President William Ruto called for a ceasefire.",
        "2025-03-02",
        [({"Hakainde Hichilema", "Emmerson Mnangagwa", "William Ruto"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # guard: the grouping's own gathering is told already; another summit is not it
        "JAKARTA — ASEAN leaders met in Jakarta on Tuesday for their annual summit. In Washington, President Joe Biden "
        "hosted a summit with the leaders of Japan and South Korea at Camp David on Friday.",
        "2023-09-09",
        [({"Joe Biden", "Japan", "South Korea"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    # the grouping as the subject of the story's lead ("The Mercosur bloc agreed ...") owns its gathering
    (
        "MONTEVIDEO — The Mercosur bloc agreed on Friday to admit Bolivia as a full member. Brazil's Luiz Inacio Lula da Silva, "
        "Argentina's Javier Milei and Paraguay's Santiago Peña attended the summit, which was hosted by Uruguay's Luis Lacalle Pou.",
        "2024-12-06",
        [
            (
                {"Mercosur", "Luiz Inácio Lula da Silva", "Javier Milei", "Santiago Peña", "Luis Lacalle Pou"},
                {"status": "occurred", "mode": "multilateral", "date": "2024-12-06"},
            )
        ],
    ),
    (
        "VILNIUS — NATO agreed on Tuesday to keep its eastern battlegroups at full strength. Lithuanian President Gitanas Nauseda "
        "hosted the two-day summit, which U.S. President Joe Biden, Turkey's Tayyip Erdogan and Sweden's Ulf Kristersson attended.",
        "2023-07-12",
        [({"NATO", "Gitanas Nausėda", "Joe Biden", "Recep Tayyip Erdoğan", "Ulf Kristersson"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    # the chairmanship of a grouping handed over ("received the post from Y") as its summit opened
    (
        "ADDIS ABABA — Egyptian President Abdel Fattah el-Sisi took over the rotating chairmanship of the African Union on Sunday. "
        "Sisi received the post from Rwanda's Paul Kagame as the two-day summit opened, and UN Secretary-General Antonio Guterres "
        "addressed the assembly.",
        "2019-02-11",
        [({"African Union", "Abdel Fattah el-Sisi", "Paul Kagame", "António Guterres"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    # guard: a thing received from someone is no handover (passed before the rule)
    ("ADDIS ABABA — Egyptian President Abdel Fattah el-Sisi received a letter from Rwanda's Paul Kagame on Sunday.", "2019-02-11", []),
    # the summit at a grouping's headquarters is that grouping's
    (
        "ADDIS ABABA — African leaders gathered at the African Union's headquarters on Sunday for a two-day summit overshadowed "
        "by the war in Sudan. Kenyan President William Ruto, Nigeria's Bola Tinubu and Egypt's Abdel Fattah al-Sisi attended.",
        "2024-02-18",
        [({"African Union", "William Ruto", "Bola Tinubu", "Abdel Fattah el-Sisi"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # guard: the grouping as a subject later in the story does not own the gathering (mutation-checked)
        "MONTEVIDEO — Brazil's Luiz Inacio Lula da Silva, Argentina's Javier Milei and Paraguay's Santiago Peña attended the "
        "summit on Friday, which was hosted by Uruguay's Luis Lacalle Pou. Separately, the Mercosur bloc agreed to admit Bolivia "
        "as a full member.",
        "2024-12-06",
        [({"Luiz Inácio Lula da Silva", "Javier Milei", "Santiago Peña", "Luis Lacalle Pou"}, {"status": "occurred", "mode": "multilateral"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), STORY_GROUPING)
def test_a_gathering_in_a_story_of_one_groupings_gathering_is_that_groupings(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
def test_gatherings_of_two_groupings_stay_two(nlp: Any) -> None:
    # "... invited both men to the G20 summit. X attended the Group of Seven summit": no retelling of the first
    check(
        nlp,
        "Indonesian President Joko Widodo has invited Vladimir Putin and Volodymyr Zelenskyy to the G20 summit in Bali in November. "
        "Widodo attended the Group of Seven summit in Germany earlier in the week as a guest.",
        "2022-06-30",
        [
            ({"Joko Widodo", "G20"}, {"status": "planned", "mode": "multilateral"}),
            ({"Joko Widodo", "G7"}, {"status": "occurred", "mode": "multilateral"}),
        ],
    )


#: "On the sidelines, A met B, while C held talks with D": the fronted setting holds for the "while"
#: clause too, so C and D were at the gathering as A and B were.
FRONTED_SIDELINES: list[tuple[str, str, Expected]] = [
    (
        "ADDIS ABABA — Leaders of the African Union gathered in Addis Ababa on Saturday for the bloc's annual summit. "
        "On the sidelines, Kenyan President William Ruto met Nigeria's Bola Tinubu, while Ghana's Nana Akufo-Addo held talks "
        "with Senegalese President Macky Sall on trade.",
        "2024-02-18",
        [
            ({"African Union", "William Ruto", "Bola Tinubu", "Nana Akufo-Addo", "Macky Sall"}, {"status": "occurred", "mode": "multilateral"}),
            ({"William Ruto", "Bola Tinubu"}, {"status": "occurred", "mode": "meet"}),
            ({"Nana Akufo-Addo", "Macky Sall"}, {"status": "occurred", "mode": "meet", "topic": "trade"}),
        ],
    ),
    (
        # guard: a setting told after the first clause's verb is that clause's own (passed before the rule)
        "ADDIS ABABA — Leaders of the African Union gathered in Addis Ababa on Saturday for the bloc's annual summit. "
        "Kenyan President William Ruto met Nigeria's Bola Tinubu on the sidelines, while Ghana's Nana Akufo-Addo held talks "
        "with Senegalese President Macky Sall on trade.",
        "2024-02-18",
        [
            ({"African Union", "William Ruto", "Bola Tinubu"}, {"status": "occurred", "mode": "multilateral"}),
            ({"William Ruto", "Bola Tinubu"}, {"status": "occurred", "mode": "meet"}),
            ({"Nana Akufo-Addo", "Macky Sall"}, {"status": "occurred", "mode": "meet", "topic": "trade"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), FRONTED_SIDELINES)
def test_a_fronted_sidelines_setting_holds_for_a_while_clause(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


def test_ministers_from_a_groupings_members_meet_as_that_grouping(nlp: Any) -> None:
    # "Foreign ministers from the 57 member states of X opened talks": X's gathering, its secretary general kept beside it
    check(
        nlp,
        "SKOPJE - Foreign ministers from the 57 member states of the Organization for Security and Co-operation in Europe "
        "opened two days of talks in Skopje on Thursday. Macedonian Foreign Minister Bujar Osmani, who chaired the meeting, "
        "urged unity. OSCE Secretary General Helga Schmid told the gathering that the budget had run dry.",
        "2023-11-30",
        [
            (
                {"Organization for Security and Co-operation in Europe", "Bujar Osmani", "Helga Schmid"},
                {"status": "occurred", "mode": "multilateral", "date": "2023-11-30"},
            ),
        ],
    )


def test_the_plenary_is_the_gatherings_session(nlp: Any) -> None:
    # "X opened the plenary alongside Y and Z": the plenary is the summit told before, and they were at it
    check(
        nlp,
        "SANTO DOMINGO, March 25 - Latin American and European leaders closed their summit in Santo Domingo on Saturday. "
        "Dominican President Luis Abinader, the host, opened the plenary alongside Spain's King Felipe VI and Portugal's "
        "Marcelo Rebelo de Sousa.",
        "2023-03-25",
        [({"Luis Abinader", "Felipe VI", "Marcelo Rebelo de Sousa"}, {"status": "occurred", "mode": "multilateral", "date": "2023-03-25"})],
    )


def test_one_who_told_the_plenary_was_at_the_gathering_not_the_talks_since(nlp: Any) -> None:
    # "X told the plenary": the gathering told before, past the talks of two told since
    check(
        nlp,
        "SANTO DOMINGO, March 25 - Latin American and European leaders closed their summit in Santo Domingo on Saturday, "
        "hosted by Dominican President Luis Abinader. Spain's King Felipe VI and Portugal's Marcelo Rebelo de Sousa attended. "
        "Abinader met Felipe on Friday. Chilean President Gabriel Boric told the plenary that trade rules had to change.",
        "2023-03-25",
        [
            (
                {"Luis Abinader", "Felipe VI", "Marcelo Rebelo de Sousa", "Gabriel Boric"},
                {"status": "occurred", "mode": "multilateral", "date": "2023-03-25"},
            ),
            ({"Luis Abinader", "Felipe VI"}, {"status": "occurred", "date": "2023-03-24"}),
        ],
    )
