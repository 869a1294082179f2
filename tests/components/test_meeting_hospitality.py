"""Visits told without "met" or "hosted": hosting idioms ("played host to", "rolled out the
red carpet for", "threw a banquet in honour of", "entertained", "took X on a tour", "was
accorded a welcome by", "welcomed by the host, X, alongside Y and Z"), a shared meal, a word given "during an audience", a trip whose
purpose clause hangs on the trip noun ("made a trip to W, his first ..., to see Y"), "a visit
with Y", "the visit by X ... after talks with Y", and a list of titled names the parser hangs
on the first title ("Prime Minister A and Defence Minister B"), a visit told over several
sentences, "the pair first met ..." as a meeting before the one told, and "was on the phone
with Y". Sentences written for these tests, one list per rule.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from meeting_cases import Expected, check

import geoextract

#: "played host to Y", "rolled out the red carpet for Y", "threw a banquet in honour of Y",
#: "entertained Y", "took Y on a tour", "was accorded a welcome by X", "received a welcome from X".
IDIOMS: list[tuple[str, str, Expected]] = [
    (
        "Ghanaian President Nana Akufo-Addo played host to Ivorian President Alassane Ouattara in Accra on Thursday.",
        "2023-05-12",
        [({"Nana Akufo-Addo", "Alassane Ouattara"}, {"status": "occurred", "date": "2023-05-11", "place": "Accra"})],
    ),
    ("Qatar played host to the football World Cup in 2022.", "2023-05-12", []),
    (
        "Japan rolled out the red carpet for Indian Prime Minister Narendra Modi, and Prime Minister Fumio Kishida welcomed him in Tokyo on Monday.",
        "2023-05-23",
        [({"Fumio Kishida", "Narendra Modi"}, {"status": "occurred", "date": "2023-05-22", "place": "Tokyo"})],
    ),
    ("The central bank rolled out the red carpet for foreign investors on Monday.", "2023-05-23", []),
    (
        "Dutch King Willem-Alexander gave a state banquet in honour of South Korean President Yoon Suk Yeol in Amsterdam on Tuesday.",
        "2023-12-13",
        [({"Willem-Alexander of the Netherlands", "Yoon Suk Yeol"}, {"status": "occurred", "date": "2023-12-12", "place": "Amsterdam"})],
    ),
    ("The embassy gave a banquet in honour of the national team on Tuesday.", "2023-12-13", []),
    (
        "Turkish President Recep Tayyip Erdogan entertained Hungarian Prime Minister Viktor Orban at his palace in Ankara on Sunday.",
        "2023-03-07",
        [({"Recep Tayyip Erdoğan", "Viktor Orbán"}, {"status": "occurred", "date": "2023-03-05"})],
    ),
    ("Turkish President Recep Tayyip Erdogan entertained the idea of early elections on Sunday.", "2023-03-07", []),
    (
        "Mexican President Andres Manuel Lopez Obrador took Colombian President Gustavo Petro on a tour of the National Palace on Friday.",
        "2023-04-01",
        [({"Andrés Manuel López Obrador", "Gustavo Petro"}, {"status": "occurred", "date": "2023-03-31"})],
    ),
    ("Mexican President Andres Manuel Lopez Obrador took reporters on a tour of the National Palace on Friday.", "2023-04-01", []),
    (
        "Kenyan President William Ruto was accorded a ceremonial welcome by Indian Prime Minister Narendra Modi in New Delhi on Tuesday.",
        "2023-12-06",
        [({"William Ruto", "Narendra Modi"}, {"status": "occurred", "date": "2023-12-05", "place": "New Delhi"})],
    ),
    ("Kenyan President William Ruto was accorded a ceremonial welcome in New Delhi on Tuesday.", "2023-12-06", []),
    # "welcomed by the host, X, alongside Y and Z": the others who did the welcoming take part too
    (
        "Chilean President Gabriel Boric was welcomed in Brasilia by Brazilian President Luiz Inacio Lula da Silva, the host, "
        "alongside Argentina's Alberto Fernandez and Colombia's Gustavo Petro.",
        "2023-05-30",
        [({"Gabriel Boric", "Luiz Inácio Lula da Silva", "Alberto Fernández", "Gustavo Petro"}, {"status": "occurred", "mode": "multilateral"})],
    ),
]

#: "X and Y shared a meal", "X broke bread with Y"; not a shared worry.
SHARED: list[tuple[str, str, Expected]] = [
    (
        "Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan shared a lunch in Athens on Thursday.",
        "2023-12-08",
        [({"Kyriakos Mitsotakis", "Recep Tayyip Erdoğan"}, {"status": "occurred", "date": "2023-12-07", "place": "Athens"})],
    ),
    (
        "Greek Prime Minister Kyriakos Mitsotakis broke bread with Turkish President Recep Tayyip Erdogan in Athens on Thursday.",
        "2023-12-08",
        [({"Kyriakos Mitsotakis", "Recep Tayyip Erdoğan"}, {"status": "occurred", "date": "2023-12-07"})],
    ),
    ("Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan shared a concern about migration on Thursday.", "2023-12-08", []),
]

#: "offered condolences to Y during an audience": the person given the words was at the audience.
GIVEN_AT: list[tuple[str, str, Expected]] = [
    (
        "Pope Francis presented a medal to Argentine President Javier Milei during an audience at the Vatican on Monday.",
        "2024-02-13",
        [({"Pope Francis", "Javier Milei"}, {"status": "occurred", "date": "2024-02-12"})],
    ),
    ("Pope Francis presented a medal to Argentine President Javier Milei in a letter on Monday.", "2024-02-13", []),
]

#: "made a trip to W, his first ..., to see Y": the traveller sees Y; not "a chance to see Y"; a trip called off is a meeting called off.
TRIP_PURPOSE: list[tuple[str, str, Expected]] = [
    (
        "Israeli Prime Minister Benjamin Netanyahu made a trip to Washington on Monday, his first since the election, to see President Donald Trump.",
        "2025-02-05",
        [({"Benjamin Netanyahu", "Donald Trump"}, {"status": "occurred", "date": "2025-02-03", "place": "Washington"})],
    ),
    ("Israeli Prime Minister Benjamin Netanyahu has had no chance to see President Donald Trump since the election.", "2025-02-05", []),
    (
        "Israeli Prime Minister Benjamin Netanyahu had to call off a trip to Washington to see President Donald Trump.",
        "2025-02-05",
        [({"Benjamin Netanyahu", "Donald Trump"}, {"status": "cancelled"})],
    ),
    # "to see the UAE president, Sheikh Mohamed bin Zayed": the name stands beside the title
    (
        "Indian Prime Minister Narendra Modi flew to Abu Dhabi on Tuesday to see the UAE president, Sheikh Mohamed bin Zayed.",
        "2024-02-14",
        [({"Narendra Modi", "Mohamed bin Zayed Al Nahyan"}, {"status": "occurred", "date": "2024-02-13"})],
    ),
    # "to see the Emirati president": the title alone names the office holder
    (
        "Turkish President Recep Tayyip Erdogan held talks with Egyptian President Abdel Fattah al-Sisi in Cairo on Wednesday. "
        "Erdogan flies on to Abu Dhabi on Thursday to see the Emirati president.",
        "2024-02-14",
        [
            ({"Recep Tayyip Erdoğan", "Abdel Fattah el-Sisi"}, {"status": "occurred", "date": "2024-02-14"}),
            ({"Recep Tayyip Erdoğan", "Mohamed bin Zayed Al Nahyan"}, {"status": "planned", "date": "2024-02-15"}),
        ],
    ),
    # "to see Y, who ...": a relative clause set off by a comma only describes Y ("glad to see Y
    # win" tells no meeting: a guard)
    (
        "Colombian President Gustavo Petro flies to Quito on Friday to see Ecuador's Daniel Noboa, who has closed the border.",
        "2024-03-06",
        [({"Gustavo Petro", "Daniel Noboa"}, {"status": "planned", "date": "2024-03-08"})],
    ),
    ("Colombian President Gustavo Petro said he was glad to see Daniel Noboa win.", "2024-03-06", []),
    # "in A, where he saw Y": the clause on the place of a trip tells whom the traveller saw there
    (
        "Japanese Prime Minister Fumio Kishida flew to Manila on Friday, where he saw President Ferdinand Marcos Jr.",
        "2023-11-05",
        [({"Fumio Kishida", "Bongbong Marcos"}, {"status": "occurred", "date": "2023-11-03"})],
    ),
]

#: "a visit with Y", "the visit by X ... ended after talks with Y", "talks with Prime Minister A and Defence Minister B".
VISITS: list[tuple[str, str, Expected]] = [
    (
        "Philippine President Ferdinand Marcos Jr. will travel to Canberra next week for a visit with Australian Prime Minister Anthony Albanese.",
        "2024-02-21",
        [({"Bongbong Marcos", "Anthony Albanese"}, {"status": "planned"})],
    ),
    ("Philippine President Ferdinand Marcos Jr. will travel to Canberra next week for a visit with his family.", "2024-02-21", []),
    (
        "The state visit by Vietnamese President Vo Van Thuong to Laos ended on Friday after talks with Lao President Thongloun Sisoulith.",
        "2023-04-08",
        [({"Võ Văn Thưởng", "Thongloun Sisoulith"}, {"status": "occurred", "date": "2023-04-07"})],
    ),
    ("The state visit by Vietnamese President Vo Van Thuong to Laos ended on Friday.", "2023-04-08", []),
    # "The tour ... continued to B for a meeting with Y": the traveller told before, the tour's owner
    (
        "Japanese Foreign Minister Yoshimasa Hayashi began a tour of Southeast Asia in Manila on Monday. The tour continued on "
        "Tuesday to Jakarta for a meeting with Indonesian President Joko Widodo.",
        "2023-05-10",
        [({"Yoshimasa Hayashi", "Joko Widodo"}, {"status": "occurred", "date": "2023-05-09"})],
    ),
    (
        "U.S. Defense Secretary Lloyd Austin is in Jerusalem for talks with Prime Minister Benjamin Netanyahu and Defense Minister Yoav Gallant.",
        "2023-10-14",
        [({"Lloyd Austin", "Benjamin Netanyahu", "Yoav Gallant"}, {"status": "occurred"})],
    ),
]


#: "X was on the phone with Y": a call; not "was on the phone" with no one named.
ON_THE_PHONE: list[tuple[str, str, Expected]] = [
    (
        "Canadian Prime Minister Justin Trudeau was on the phone with Mexican President Andres Manuel Lopez Obrador on Thursday.",
        "2023-01-13",
        [({"Justin Trudeau", "Andrés Manuel López Obrador"}, {"status": "occurred", "mode": "phone", "date": "2023-01-12"})],
    ),
    ("Canadian Prime Minister Justin Trudeau was on the phone for an hour on Thursday.", "2023-01-13", []),
]

#: A visit told over several sentences: the country of the trip lent to a later sentence does
#: not set it apart from the palace another names; a dinner "in his honour"; the one who
#: welcomed the visitor at the airport is not at the talks the visitor headed to next.
VISIT_STORY: list[tuple[str, str, Expected]] = [
    (
        "LUSAKA — Tanzanian President Samia Suluhu Hassan began a state visit to Zambia on Monday. Her host, President Hakainde Hichilema, "
        "welcomed her at State House. The two presidents signed agreements on rail and power.",
        "2023-07-05",
        [({"Samia Suluhu Hassan", "Hakainde Hichilema"}, {"status": "occurred", "date": "2023-07-03"})],
    ),
    (
        "ANKARA — Egyptian President Abdel Fattah al-Sisi made a visit to Turkey on Wednesday, holding talks with President Recep Tayyip Erdogan. "
        "The Turkish leader had held talks with Sisi in Cairo in February.",
        "2024-09-05",
        [
            ({"Abdel Fattah el-Sisi", "Recep Tayyip Erdoğan"}, {"status": "occurred", "date": "2024-09-04"}),
            ({"Abdel Fattah el-Sisi", "Recep Tayyip Erdoğan"}, {"status": "occurred", "place": "Cairo"}),
        ],
    ),
    (
        "Finnish President Alexander Stubb arrived in Hanoi on Sunday. Vietnamese President Luong Cuong hosted a state banquet in his honour on Monday.",
        "2025-03-04",
        [({"Alexander Stubb", "Lương Cường"}, {"status": "occurred", "date": "2025-03-03"})],
    ),
    (
        "Liberian President Joseph Boakai was welcomed at the airport by Vice President Kashim Shettima before heading to the presidential villa "
        "for a meeting with President Bola Tinubu on Thursday.",
        "2024-05-17",
        [
            ({"Joseph Boakai", "Kashim Shettima"}, {"status": "occurred"}),
            ({"Joseph Boakai", "Bola Tinubu"}, {"status": "occurred"}),
        ],
    ),
]


#: "the pair" counts two; "they first met ...", "had previously met ..." tell an earlier
#: meeting of their own, never the one told again; "their first summit" is the one told.
EARLIER: list[tuple[str, str, Expected]] = [
    (
        "Spanish Prime Minister Pedro Sanchez met Moroccan King Mohammed VI in Rabat on Wednesday. "
        "The pair had previously met at the palace in Marrakesh in 2022.",
        "2024-02-22",
        [
            ({"Pedro Sánchez", "Mohammed VI of Morocco"}, {"status": "occurred", "date": "2024-02-21", "place": "Rabat"}),
            ({"Pedro Sánchez", "Mohammed VI of Morocco"}, {"status": "occurred", "date": None}),
        ],
    ),
    (
        "Irish Prime Minister Leo Varadkar hosted Canadian Prime Minister Justin Trudeau on Friday. They first met in Ottawa in March.",
        "2023-11-04",
        [
            ({"Leo Varadkar", "Justin Trudeau"}, {"status": "occurred", "date": "2023-11-03"}),
            ({"Leo Varadkar", "Justin Trudeau"}, {"status": "occurred", "date": None, "place": "Ottawa"}),
        ],
    ),
    (
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev held their first joint summit in Astana on Monday. "
        "The two presidents signed a treaty on the border.",
        "2023-06-06",
        [({"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}, {"status": "occurred", "date": "2023-06-05"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), IDIOMS + SHARED + GIVEN_AT + TRIP_PURPOSE + VISITS + VISIT_STORY + EARLIER + ON_THE_PHONE)
def test_meeting_hospitality(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


def test_a_lent_country_gives_way_to_a_named_place_but_not_to_the_airport(nlp: Any) -> None:
    # the Pyongyang story of the shipped example corpus: the treaty signing takes the country of
    # the visit; the greeting "at the airport", folded into it, does not make the airport its place
    corpus = Path(__file__).resolve().parents[2] / "notebooks" / "data" / "articles.jsonl"
    record = next(r for r in map(json.loads, corpus.read_text(encoding="utf-8").splitlines()) if r["id"] == "wire-2024-06-19-pyongyang")
    doc = geoextract.extract(record["text"], date=record["date"], nlp=nlp)
    names = {e.id: e.name for e in doc.entities}
    places = [r.place for r in doc.relations if {names[p] for p in r.participants} == {"Kim Jong Un", "Vladimir Putin"}]
    assert places and all(p and "airport" not in p for p in places), places


@pytest.mark.integration
def test_a_visitor_due_to_be_received_by_a_host_is_a_planned_visit(nlp: Any) -> None:
    # "X is due (expected) to be received by Y": the raising verb's subject is the one received
    check(
        nlp,
        "Argentine President Javier Milei is due to be received by President Isaac Herzog on Thursday, Herzog's office said.",
        "2024-02-07",
        [({"Javier Milei", "Isaac Herzog"}, {"status": "planned", "mode": "visit", "date": "2024-02-08"})],
    )


#: "X brought together Y and Z": talks X convened; not the company of a meeting noun ("a
#: conference, which also brought together ...", "The meeting ... brought together ...").
BROUGHT_TOGETHER: list[tuple[str, str, Expected]] = [
    (
        'Kenyan Foreign Minister Musalia Mudavadi brought together Ugandan Foreign Minister Jeje Odongo and Tanzanian Foreign Minister January Makamba in Mombasa on Monday, a meeting that produced no breakthrough.',
        "2024-06-05",
        [({"Musalia Mudavadi", "Jeje Odongo", "January Makamba"}, {"mode": "multilateral", "place": "Mombasa", "topic": None})],
    ),
    # guards: the meeting noun's own company, no second meeting and no one more
    (
        "Tokayev spoke during a video conference of the East African Community chaired by Kenyan President William Ruto, which also brought together Uganda's Yoweri Museveni and Tanzania's Samia Suluhu Hassan.",
        "2024-06-05",
        [({"Tokayev", "East African Community", "William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"}, {})],
    ),
    (
        'The meeting in Kampala on Monday, convened by the East African Community, brought together Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan, along with Congolese civil society representatives.',
        "2024-06-05",
        [({"East African Community", "William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"}, {"mode": "multilateral"})],
    ),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), BROUGHT_TOGETHER)
def test_brought_together_is_talks_the_subject_convened(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
