"""Attendance lists ("among those attending, as was Z", "also attended by"), separate calls, hosts
of planned gatherings, sessions convened, lists after a colon and chaired retreats: sentences
written for these tests, one list per rule.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

#: "X and Y were among those attending, as was Z": the people attend the meeting told before.
AMONG_ATTENDING: list[tuple[str, str, Expected]] = [
    (
        "European Union leaders met in Brussels on Thursday for a summit hosted by European Council President Charles Michel. "
        "German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni were among those attending, "
        "as was Dutch Prime Minister Mark Rutte.",
        "2023-06-30",
        [({"European Union", "Charles Michel", "Olaf Scholz", "Giorgia Meloni", "Mark Rutte"}, {"status": "occurred", "mode": "multilateral"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), AMONG_ATTENDING)
def test_people_among_those_attending_join_the_meeting(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "the summit of the bloc, which was also attended by X, and by Y": X and Y attend the summit,
#: also where the parser hangs the second "by" on the main verb.
ATTENDED_BY_OF_GROUPING: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto on Saturday chaired the annual summit of the African Union, "
        "which was also attended by Antonio Guterres, the UN secretary-general, and by Italian Prime Minister Giorgia Meloni.",
        "2024-02-19",
        [({"African Union", "William Ruto", "António Guterres", "Giorgia Meloni"}, {"status": "occurred", "date": "2024-02-17"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), ATTENDED_BY_OF_GROUPING)
def test_people_attending_a_groupings_summit_by_relative_clause_join_it(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "X informed Y and Z of his decision in separate phone calls": one call with each, also where
#: the parser hangs "in ... calls" on the news told rather than on the verb.
SEPARATE_CALLS_TOLD: list[tuple[str, str, Expected]] = [
    (
        "Turkish President Recep Tayyip Erdogan briefed Italian Prime Minister Giorgia Meloni and Spanish Prime Minister "
        "Pedro Sanchez on the grain deal in separate phone calls on Wednesday.",
        "2023-07-21",
        [
            ({"Recep Tayyip Erdoğan", "Giorgia Meloni"}, {"status": "occurred", "mode": "phone", "date": "2023-07-19"}),
            ({"Recep Tayyip Erdoğan", "Pedro Sánchez"}, {"status": "occurred", "mode": "phone", "date": "2023-07-19"}),
        ],
    ),
    (
        "Japanese Prime Minister Fumio Kishida informed Yoon Suk Yeol of his decision in a phone call on Friday.",
        "2023-03-12",
        [({"Fumio Kishida", "Yoon Suk Yeol"}, {"status": "occurred", "mode": "phone", "date": "2023-03-10"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), SEPARATE_CALLS_TOLD)
def test_people_told_in_separate_calls_each_get_a_call(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "a meeting of leaders that X will host on Friday": X hosts the meeting, which is planned; the
#: people attending it ("The gathering is expected to be attended by ...") join it.
HOSTED_BY_RELATIVE: list[tuple[str, str, Expected]] = [
    (
        "Peruvian President Dina Boluarte is in Quito for a meeting of Andean leaders that Ecuadorian President Daniel Noboa "
        "will host on Friday. The gathering is expected to be attended by Colombia's Gustavo Petro and Bolivia's Luis Arce.",
        "2024-05-01",
        [({"Dina Boluarte", "Daniel Noboa", "Gustavo Petro", "Luis Arce"}, {"status": "planned", "date": "2024-05-03"})],
    ),
    (
        "Peruvian President Dina Boluarte was in Quito for a meeting of Andean leaders that Ecuadorian President Daniel Noboa hosted on Friday.",
        "2024-05-01",
        [({"Dina Boluarte", "Daniel Noboa"}, {"status": "occurred", "date": "2024-04-26"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), HOSTED_BY_RELATIVE)
def test_the_host_named_in_a_relative_clause_on_the_meeting_joins_it(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "The ministers had gathered for a final session: A, B and C": people coming together for a
#: meeting meet, the list after the colon names them; a crowd gathering near a summit does not.
GATHERED_FOR_MEETING: list[tuple[str, str, Expected]] = [
    (
        "Earlier, the foreign ministers had convened in Amman for a closed-door session to review the plan: "
        "Egypt's Badr Abdelatty, Jordan's Ayman Safadi and Turkey's Hakan Fidan.",
        "2024-03-05",
        [({"Badr Abdelatty", "Ayman Safadi", "Hakan Fidan"}, {"status": "occurred", "mode": "multilateral", "place": "Amman"})],
    ),
    ("Thousands of protesters gathered outside the summit venue on Sunday, where Viktor Orban spoke.", "2024-03-05", []),
    ("The ministers gathered for a photograph before lunch.", "2024-03-05", []),
]


@pytest.mark.parametrize(("text", "date", "expected"), GATHERED_FOR_MEETING)
def test_people_gathered_for_a_session_meet(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "... gathered for a final session to approve the text: A, B and C": the list after the colon
#: names the people, wherever the parser hangs it.
COLON_LISTS: list[tuple[str, str, Expected]] = [
    (
        "Earlier, the ministers had gathered for a final plenary session to approve the text: U.S. Secretary of State "
        "Antony Blinken, Japan's Yoko Kamikawa, Britain's David Cameron, France's Stephane Sejourne and Italy's Antonio Tajani.",
        "2024-04-19",
        [({"Antony Blinken", "Yōko Kamikawa", "David Cameron", "Stéphane Séjourné", "Antonio Tajani"}, {"status": "occurred", "mode": "multilateral"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), COLON_LISTS)
def test_the_people_listed_after_a_colon_take_part(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "Leaders of X met at a retreat chaired by Y": the person chairing where they met takes part;
#: a country "hosting" the venue does not.
CHAIRED_VENUE: list[tuple[str, str, Expected]] = [
    (
        "Leaders of the African Union met on Sunday at a retreat chaired by Kenyan President William Ruto.",
        "2024-02-19",
        [({"African Union", "William Ruto"}, {"status": "occurred", "mode": "multilateral", "date": "2024-02-18"})],
    ),
    (
        "U.S. President Joe Biden met Italian Prime Minister Giorgia Meloni on Sunday at an air base hosted by Germany.",
        "2024-02-19",
        [({"Joe Biden", "Giorgia Meloni"}, {"status": "occurred", "date": "2024-02-18"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CHAIRED_VENUE)
def test_the_person_chairing_where_people_met_takes_part(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
def test_an_attendee_list_the_parser_split_into_a_second_subject_attends(nlp: Any) -> None:
    # "The meeting, attended by A, President B, C and D, also brought together E": B, C and D
    # are the rest of the agent list, made a second subject of "brought"
    check(
        nlp,
        "German Chancellor Angela Merkel hosted a conference on Libya in Berlin on Sunday. "
        "The meeting, attended by Vladimir Putin, Turkish President Recep Tayyip Erdogan, Emmanuel Macron and Boris Johnson, "
        "also brought together Egypt's Abdel Fattah al-Sisi and U.S. Secretary of State Mike Pompeo.",
        "2020-01-20",
        [
            (
                {"Angela Merkel", "Vladimir Putin", "Recep Tayyip Erdoğan", "Emmanuel Macron", "Boris Johnson", "Abdel Fattah el-Sisi", "Mike Pompeo"},
                {"status": "occurred", "mode": "multilateral", "date": "2020-01-19"},
            )
        ],
    )


@pytest.mark.integration
def test_the_one_who_opened_the_session_in_a_relative_clause_attends(nlp: Any) -> None:
    # "X, who opened the session, announced ...": the relative clause tells who presided
    check(
        nlp,
        "Donors pledged $7 billion for Syria at a conference in Brussels on Tuesday. "
        "EU foreign policy chief Josep Borrell, who opened the session, announced new aid. "
        "Jordanian Foreign Minister Ayman Safadi told the conference that refugees could not return yet.",
        "2022-05-11",
        [({"Josep Borrell", "Ayman Safadi"}, {"status": "occurred", "date": "2022-05-10", "place": "Brussels"})],
    )


@pytest.mark.integration
def test_attendees_told_after_an_inverted_participle_attend(nlp: Any) -> None:
    # "Also attending the bloc's summit were A and B": the parser hangs A and B on the auxiliary
    check(
        nlp,
        "Leaders of the Shanghai Cooperation Organisation opened their summit in Samarkand on Thursday. "
        "Also attending the bloc's summit were Pakistani Prime Minister Shehbaz Sharif and Iran's Ebrahim Raisi.",
        "2022-09-16",
        [({"Shanghai Cooperation Organisation", "Shehbaz Sharif", "Ebrahim Raisi"}, {"status": "occurred", "mode": "multilateral", "date": "2022-09-15"})],
    )


#: "Leaders met for the bloc's summit ... X later held talks with Y. Z also attended": one more
#: person at the gathering, not a third at the talks of two told since.
ATTENDED_PAST_TALKS: list[tuple[str, str, Expected]] = [
    (
        "Leaders of the Andean Community met in Lima on Monday for the bloc's annual summit. "
        "Peruvian President Dina Boluarte later held talks with Ecuador's Daniel Noboa. "
        "Bolivian President Luis Arce also attended.",
        "2024-05-07",
        [
            ({"Andean Community", "Luis Arce"}, {"status": "occurred", "mode": "multilateral", "date": "2024-05-06"}),
            ({"Dina Boluarte", "Daniel Noboa"}, {"status": "occurred", "mode": "meet"}),
        ],
    ),
    (
        "Commonwealth leaders opened their summit in Apia on Friday. "
        "Samoan Prime Minister Fiame Naomi Mata'afa held talks with Fijian Prime Minister Sitiveni Rabuka a day earlier. "
        "Ghana's Nana Akufo-Addo and Jamaica's Andrew Holness were among those present.",
        "2024-10-26",
        [
            ({"Commonwealth", "Nana Akufo-Addo", "Andrew Holness"}, {"status": "occurred", "mode": "multilateral", "date": "2024-10-25"}),
            ({"Fiamē Naomi Mataʻafa", "Sitiveni Rabuka"}, {"status": "occurred", "mode": "meet"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), ATTENDED_PAST_TALKS)
def test_attendees_told_after_talks_of_two_join_the_gathering(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
def test_people_who_joined_them_join_the_talks_not_the_gathering(nlp: Any) -> None:
    # guard: "Z then joined them" names whom Z joined, the talks of two told last
    check(
        nlp,
        "Italian Prime Minister Giorgia Meloni hosted leaders of the Group of Seven in Apulia on Thursday. "
        "Joe Biden later held talks with Fumio Kishida. Olaf Scholz then joined them.",
        "2024-06-15",
        [
            ({"G7", "Giorgia Meloni"}, {"status": "occurred", "mode": "multilateral"}),
            ({"Joe Biden", "Fumio Kishida", "Olaf Scholz"}, {"status": "occurred"}),
        ],
    )


#: "X read out (signed) the final declaration": the reader of the gathering's text was at the gathering,
#: past the talks of two told since.
READ_OUT_TEXT: list[tuple[str, str, Expected]] = [
    (
        "Foreign ministers of the Arctic Council met in Tromso on Tuesday. Norwegian Foreign Minister Espen Barth Eide "
        "later held talks with Finland's Elina Valtonen. Danish Foreign Minister Lars Lokke Rasmussen read out the final declaration.",
        "2024-05-22",
        [
            ({"Arctic Council", "Lars Løkke Rasmussen"}, {"status": "occurred", "mode": "multilateral", "date": "2024-05-21"}),
            ({"Espen Barth Eide", "Elina Valtonen"}, {"status": "occurred", "mode": "meet"}),
        ],
    ),
    (
        # "X signed the final declaration": a signer of the gathering's text was there too
        "Foreign ministers of the Arctic Council met in Tromso on Tuesday. Norwegian Foreign Minister Espen Barth Eide "
        "later held talks with Finland's Elina Valtonen. Icelandic Foreign Minister Thordis Kolbrun Gylfadottir signed the final declaration.",
        "2024-05-22",
        [
            ({"Arctic Council", "Þórdís Kolbrún R. Gylfadóttir"}, {"status": "occurred", "mode": "multilateral", "date": "2024-05-21"}),
            ({"Espen Barth Eide", "Elina Valtonen"}, {"status": "occurred", "mode": "meet"}),
        ],
    ),
    (
        # guard: a declaration read anywhere is no text of the gathering
        "Foreign ministers of the Arctic Council met in Tromso on Tuesday. In Moscow, Russian Foreign Minister "
        "Sergei Lavrov read a declaration of the Russian parliament to reporters.",
        "2024-05-22",
        [],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), READ_OUT_TEXT)
def test_the_reader_of_the_final_declaration_attends(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
def test_a_leader_taking_part_by_video_link_attends(nlp: Any) -> None:
    # "took part by video link": the means, not a meeting of its own
    check(
        nlp,
        "Leaders of the BRICS group met in Kazan on Wednesday. Brazil's Luiz Inácio Lula da Silva and Indian Prime Minister "
        "Narendra Modi attended in person, while Chinese President Xi Jinping took part by video link.",
        "2024-05-23",
        [({"BRICS", "Luiz Inácio Lula da Silva", "Narendra Modi", "Xi Jinping"}, {"status": "occurred", "mode": "multilateral"})],
    )


@pytest.mark.integration
def test_the_one_who_went_in_a_leaders_place_attends(nlp: Any) -> None:
    # "X did not travel; Y went in his place": the stand-in was there
    check(
        nlp,
        "Leaders of the BRICS group met in Kazan on Wednesday. Chinese President Xi Jinping did not travel; "
        "Foreign Minister Wang Yi went in his place.",
        "2024-05-23",
        [({"BRICS", "Wang Yi"}, {"status": "occurred", "mode": "multilateral"})],
    )


@pytest.mark.integration
def test_who_also_attended_on_someone_who_meets_another_attends_the_gathering(nlp: Any) -> None:
    # "X, who also attended, met Y": X was at the gathering told before, and met Y there
    check(
        nlp,
        "Leaders of the Group of Seven met in Apulia on Friday. South Africa's Cyril Ramaphosa, who also attended, "
        "held a separate meeting with Kenyan President William Ruto on Saturday.",
        "2024-06-16",
        [
            ({"G7", "Cyril Ramaphosa"}, {"status": "occurred", "mode": "multilateral", "date": "2024-06-14"}),
            ({"Cyril Ramaphosa", "William Ruto"}, {"status": "occurred", "date": "2024-06-15"}),
        ],
    )


#: "X took over the rotating chairmanship from Y": both were at the gathering told before, past
#: the talks of two told since; a state taking over the chair is no attendee.
TOOK_OVER_CHAIR: list[tuple[str, str, Expected]] = [
    (
        "Leaders of the Arctic Council met in Tromso on Tuesday. Icelandic Prime Minister Bjarni Benediktsson later held talks "
        "with Sweden's Ulf Kristersson. Danish Prime Minister Mette Frederiksen took over the rotating chairmanship from "
        "Norway's Jonas Gahr Store.",
        "2024-05-23",
        [
            ({"Arctic Council", "Mette Frederiksen", "Jonas Gahr Støre"}, {"status": "occurred", "mode": "multilateral", "date": "2024-05-21"}),
            ({"Bjarni Benediktsson", "Ulf Kristersson"}, {"status": "occurred", "mode": "meet"}),
        ],
    ),
    (
        # guard: a state takes over the chair from afar
        "Leaders of the Arctic Council met in Tromso on Tuesday. Icelandic Prime Minister Bjarni Benediktsson later held talks "
        "with Sweden's Ulf Kristersson. Denmark took over the rotating chairmanship from Norway.",
        "2024-05-23",
        [({"Bjarni Benediktsson", "Ulf Kristersson"}, {"status": "occurred", "mode": "meet"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), TOOK_OVER_CHAIR)
def test_the_leaders_handing_over_the_chair_attend(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
def test_someone_who_joined_a_participant_at_the_table_attends(nlp: Any) -> None:
    # "X, who was joined at the table by Y, told reporters ...": Y was at X's meeting
    check(
        nlp,
        "Marco Rubio met Ukrainian officials led by Andriy Yermak in Jeddah on Tuesday. Rubio, who was joined at the table "
        "by national security adviser Mike Waltz, told reporters that the ball was now in Russia's court.",
        "2025-03-12",
        [({"Marco Rubio", "Andriy Yermak", "Mike Waltz"}, {"status": "occurred", "date": "2025-03-11", "place": "Jeddah"})],
    )


@pytest.mark.integration
def test_someone_joined_at_the_table_by_another_is_at_the_talks_told(nlp: Any) -> None:
    # "X was joined at the table by Y": both at the talks told before, not a meeting of the two
    check(
        nlp,
        "Ethiopia and the Tigray People's Liberation Front held peace talks in Pretoria on Wednesday. The African Union's envoy, "
        "former Nigerian President Olusegun Obasanjo, was joined at the table by former Kenyan President Uhuru Kenyatta.",
        "2022-11-03",
        [
            (
                {"Ethiopia", "Tigray People's Liberation Front", "Olusegun Obasanjo", "Uhuru Kenyatta"},
                {"status": "occurred", "date": "2022-11-02", "place": "Pretoria"},
            )
        ],
    )


@pytest.mark.integration
def test_someone_who_sat_in_on_the_session_attends(nlp: Any) -> None:
    # "X sat in on the opening session": a seat at the talks told before
    check(
        nlp,
        "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov held talks in Almaty on "
        "Friday. Kazakh Foreign Minister Murat Nurtleu sat in on the opening session.",
        "2024-05-11",
        [({"Ararat Mirzoyan", "Jeyhun Bayramov", "Murat Nurtleu"}, {"status": "occurred", "date": "2024-05-10", "place": "Almaty"})],
    )


#: "A and B took their seats", "X joined the leaders at the table", "Y also addressed the hall":
#: more people at the gathering told before; a seat in parliament, or one left to another to
#: take, places no one there.
SEATS_AND_HALL: list[tuple[str, str, Expected]] = [
    (
        "Leaders of the Group of 20 met in New Delhi on Saturday. Host Narendra Modi opened the meeting, and Brazil's "
        "Luiz Inácio Lula da Silva and Kenya's William Ruto took their seats.",
        "2023-09-10",
        [({"G20", "Narendra Modi", "Luiz Inácio Lula da Silva", "William Ruto"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        "Leaders of the Group of 20 met in New Delhi on Saturday. Comoros President Azali Assoumani joined the leaders at the table.",
        "2023-09-10",
        [({"G20", "Azali Assoumani"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        "Leaders of the Group of 20 met in New Delhi on Saturday. Ukraine's Volodymyr Zelenskiy also addressed the hall.",
        "2023-09-10",
        [({"G20", "Volodymyr Zelenskyy"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # guard: a seat in parliament
        "Leaders of the Group of 20 met in New Delhi on Saturday. Brazil's Luiz Inácio Lula da Silva took his seat in parliament later that day.",
        "2023-09-10",
        [],
    ),
    (
        # guard: a seat left to another to take
        "Leaders of the Group of 20 met in New Delhi on Saturday. Joe Biden flew home and left Antony Blinken to take his seat.",
        "2023-09-10",
        [],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), SEATS_AND_HALL)
def test_seats_taken_and_the_hall_addressed_place_people_at_the_gathering(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


@pytest.mark.integration
def test_someone_seated_beside_the_host_is_at_the_conference(nlp: Any) -> None:
    # "X, seated beside the French president, said ...": a seat beside the host told before
    check(
        nlp,
        "French President Emmanuel Macron hosted a conference on Lebanon in Paris on Thursday. Lebanese Prime Minister "
        "Najib Mikati, seated beside the French president, said his country faced a catastrophe.",
        "2023-12-10",
        [({"Emmanuel Macron", "Najib Mikati"}, {"status": "occurred", "date": "2023-12-07", "place": "Paris"})],
    )


@pytest.mark.integration
def test_someone_addressing_the_leaders_in_a_participle_attends(nlp: Any) -> None:
    # "X, addressing the leaders by video from Kyiv, asked ...": a speaker at the gathering, from afar
    check(
        nlp,
        "NATO leaders met near London on Wednesday. Jens Stoltenberg chaired the talks. Ukrainian President Volodymyr "
        "Zelensky, addressing the leaders by video from Kyiv, asked for more tanks.",
        "2019-12-05",
        [({"NATO", "Jens Stoltenberg", "Volodymyr Zelenskyy"}, {"status": "occurred", "mode": "multilateral", "date": "2019-12-04"})],
    )


#: "X and Y also spoke on the opening day, as did Z": more speakers at the gathering told, not a
#: talk between X and Y; "also spoke with W" stays a talk with W (a guard).
ALSO_SPOKE: list[tuple[str, str, Expected]] = [
    (
        "Leaders of the Asia-Pacific Economic Cooperation forum met in Lima on Sunday. Chinese President Xi Jinping and "
        "Iran's Hassan Rouhani also spoke on the opening day, as did Cuban President Raul Castro.",
        "2016-11-21",
        [
            (
                {"Asia-Pacific Economic Cooperation", "Xi Jinping", "Hassan Rouhani", "Raúl Castro"},
                {"status": "occurred", "mode": "multilateral", "date": "2016-11-20"},
            )
        ],
    ),
    (
        # guard: a talk with someone named
        "Leaders of the Asia-Pacific Economic Cooperation forum met in Lima on Sunday. Chinese President Xi Jinping also "
        "spoke with Chilean President Michelle Bachelet.",
        "2016-11-21",
        [({"Xi Jinping", "Michelle Bachelet"}, {"status": "occurred"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), ALSO_SPOKE)
def test_people_who_also_spoke_are_more_speakers_at_the_gathering(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


#: "X and Y announced the deal": two people announcing the deal of the talks told were at them;
#: "... at a joint news conference" is an act of its own (a guard). "Z, who proposed the talks,
#: said ...": the one who brought the talks about was there.
ANNOUNCED_AND_PROPOSED: list[tuple[str, str, Expected]] = [
    (
        "Iran held talks with Britain, France and Germany in Vienna on Tuesday. Iranian Foreign Minister Mohammad Javad Zarif "
        "and Federica Mogherini, the European Union's foreign policy chief, announced the deal shortly before noon.",
        "2015-07-15",
        [({"Mohammad Javad Zarif", "Federica Mogherini", "United Kingdom", "France", "Germany"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # guard: a joint news conference is an act of its own
        "Iran held talks with Britain, France and Germany in Vienna on Tuesday. Iranian Foreign Minister Mohammad Javad Zarif "
        "and Federica Mogherini announced the deal at a joint news conference.",
        "2015-07-15",
        [
            ({"Iran", "United Kingdom", "France", "Germany"}, {"status": "occurred", "mode": "multilateral"}),
            ({"Mohammad Javad Zarif", "Federica Mogherini"}, {"status": "occurred"}),
        ],
    ),
    (
        "Southeast Asian leaders met Myanmar's junta chief Min Aung Hlaing in Jakarta on Saturday. Indonesian President Joko "
        "Widodo, who proposed the talks, said the general had agreed to a consensus.",
        "2021-04-25",
        [({"Joko Widodo", "Min Aung Hlaing"}, {"status": "occurred", "date": "2021-04-24", "place": "Jakarta"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), ANNOUNCED_AND_PROPOSED)
def test_who_announced_the_deal_or_proposed_the_talks_attended(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
