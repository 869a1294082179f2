"""Who else was at a gathering: people who met on its sidelines (a summit of no grouping, or one
told as "G20 leaders met"), a chair (also "the session was chaired by X"), "Among the guests were
X and Y" (also "among the dozens of guests"), "hosted leaders, including X and Y" ("who included X and Y"), the named envoy a state "sent", the people a visitor "brought", "counterparts from A, B
and C", a list the parser hangs as an apposition, and the states' talks told again with their
leaders a day apart. Also a time that is no topic.
Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

CASES: list[tuple[str, str, Expected]] = [
    # the sidelines of a summit that names no grouping: the pair attended it too
    (
        "VALLETTA — A summit on Mediterranean migration drew leaders to Malta on Friday. Italian Prime Minister Giorgia Meloni, "
        "Spanish Prime Minister Pedro Sanchez and Greek Prime Minister Kyriakos Mitsotakis attended the summit. "
        "French President Emmanuel Macron, who met Meloni on the sidelines on Thursday, promised more patrol boats.",
        "2023-09-30",
        [
            ({"Giorgia Meloni", "Pedro Sánchez", "Kyriakos Mitsotakis", "Emmanuel Macron"}, {"status": "occurred", "mode": "multilateral"}),
            ({"Emmanuel Macron", "Giorgia Meloni"}, {"status": "occurred", "date": "2023-09-28"}),
        ],
    ),
    # "G20 leaders met": the grouping's gathering, its attendees told on the sidelines
    (
        "Group of 20 leaders met in Rio de Janeiro on Monday. Chinese President Xi Jinping and U.S. President Joe Biden met on the "
        "sidelines and agreed to keep talking.",
        "2024-11-19",
        [
            ({"G20", "Xi Jinping", "Joe Biden"}, {"status": "occurred", "mode": "multilateral", "date": "2024-11-18"}),
            ({"Xi Jinping", "Joe Biden"}, {"status": "occurred", "mode": "meet"}),
        ],
    ),
    # "hosted the gathering" is the summit, not the pair's talks on its sidelines told just before
    (
        "Leaders of the Group of 20 met in New Delhi on Saturday. Turkish President Recep Tayyip Erdogan and Japanese Prime Minister "
        "Fumio Kishida discussed energy at a meeting on the sidelines of the summit. Indian Prime Minister Narendra Modi hosted the "
        "gathering.",
        "2023-09-09",
        [
            ({"G20", "Recep Tayyip Erdoğan", "Fumio Kishida", "Narendra Modi"}, {"status": "occurred", "mode": "multilateral"}),
            ({"Recep Tayyip Erdoğan", "Fumio Kishida"}, {"status": "occurred", "topic": "energy"}),
        ],
    ),
    # "ministers from 12 countries and the EU met": the EU is one of many there, no grouping's own gathering
    (
        "VIENNA — Foreign ministers from 12 countries and the European Union met in Vienna on Friday. U.S. Secretary of State "
        "John Kerry and Russian Foreign Minister Sergei Lavrov met on the sidelines and agreed to keep talking.",
        "2015-10-31",
        [({"John Kerry", "Sergey Lavrov"}, {"status": "occurred", "date": "2015-10-30"})],
    ),
    # a state "sent its vice president, X": the name in apposition to any title attends
    (
        "West African leaders met in Abuja on Sunday to discuss the crisis in Niger. Nigerian President Bola Tinubu hosted "
        "Senegalese President Macky Sall and Ghanaian President Nana Akufo-Addo. Ivory Coast sent its vice president, Tiemoko Meyliet Kone.",
        "2023-08-13",
        [
            (
                {"Bola Tinubu", "Macky Sall", "Nana Akufo-Addo", "Tiémoko Meyliet Koné"},
                {"status": "occurred", "mode": "multilateral", "date": "2023-08-13"},
            ),
        ],
    ),
    # "sent the speaker of its parliament, X": the parser hangs the name on the title's last noun
    (
        "West African leaders met in Abuja on Sunday to discuss the crisis in Niger. Nigerian President Bola Tinubu hosted "
        "Senegalese President Macky Sall and Ghanaian President Nana Akufo-Addo. Ivory Coast sent the head of its government, "
        "Patrick Achi.",
        "2023-08-13",
        [
            ({"Bola Tinubu", "Macky Sall", "Nana Akufo-Addo", "Patrick Achi"}, {"status": "occurred", "mode": "multilateral"}),
        ],
    ),
    # "chaired the opening session": the chair was at the talks told before, as was one who attended them
    (
        "Pacific fisheries ministers gathered in Honiara on Tuesday for talks on tuna stocks. Solomon Islands Prime Minister "
        "Manasseh Sogavare chaired the opening session. Fijian Prime Minister Sitiveni Rabuka attended as a guest.",
        "2023-05-17",
        [({"Manasseh Sogavare", "Sitiveni Rabuka"}, {"status": "occurred", "date": "2023-05-16"})],
    ),
    # "hosted his counterparts from A, B and C": the parser hangs "from" on the verb; the states take part
    (
        "Dutch Foreign Minister Wopke Hoekstra hosted his counterparts from Belgium, Luxembourg and Denmark in The Hague on Monday.",
        "2022-10-11",
        [({"Wopke Hoekstra", "Belgium", "Luxembourg", "Denmark"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    # "hosted his counterparts from the bloc, A, B and C": the parser hangs the people on the body as its conjuncts
    (
        "Estonian Foreign Minister Urmas Reinsalu hosted his counterparts from the Nordic Council, Finland's Pekka Haavisto, "
        "Sweden's Ann Linde and Norway's Anniken Huitfeldt, in Tallinn on Monday.",
        "2022-05-10",
        [
            (
                {"Urmas Reinsalu", "Nordic Council", "Pekka Haavisto", "Ann Linde", "Anniken Huitfeldt"},
                {"status": "occurred", "mode": "multilateral"},
            ),
        ],
    ),
    # a list the parser hangs on its first name as an apposition "began negotiating" at a place
    (
        "Azerbaijani President Ilham Aliyev, Armenia's Nikol Pashinyan, French President Emmanuel Macron and European Council "
        "President Charles Michel began negotiating on Thursday evening at the castle.",
        "2022-10-07",
        [
            (
                {"Ilham Aliyev", "Nikol Pashinyan", "Emmanuel Macron", "Charles Michel"},
                {"status": "occurred", "date": "2022-10-06", "topic": None},
            ),
        ],
    ),
    # "The session was chaired by X": the chair of the talks told (a session is no meeting word of its own)
    (
        "VIENNA — Talks to revive the nuclear deal resumed in Vienna on Monday, with Iranian negotiator Ali Bagheri Kani "
        "sitting down with envoys of Britain, France and Germany. The session was chaired by EU diplomat Enrique Mora.",
        "2021-11-30",
        [({"Ali Bagheri Kani", "United Kingdom", "France", "Germany", "Enrique Mora"}, {"status": "occurred", "date": "2021-11-29"})],
    ),
    # "Among the guests were X and Y": people at the gathering told before ("those killed" are not)
    (
        "BRASILIA — Latin American leaders met in Brasilia on Sunday for a regional summit hosted by Brazilian President Luiz "
        "Inacio Lula da Silva. Among the guests were Chilean President Gabriel Boric and Colombian President Gustavo Petro.",
        "2023-01-02",
        [({"Luiz Inácio Lula da Silva", "Gabriel Boric", "Gustavo Petro"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # counted: "Among the dozens of guests were X and Y"
        "BRASILIA — Latin American leaders met in Brasilia on Sunday for a regional summit. Among the dozens of foreign "
        "guests were Chilean President Gabriel Boric, Colombian President Gustavo Petro and Argentine President Alberto Fernandez.",
        "2023-01-02",
        [({"Gabriel Boric", "Gustavo Petro", "Alberto Fernández"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        "BRASILIA — Brazilian President Luiz Inacio Lula da Silva met Chilean President Gabriel Boric in Brasilia on Sunday. "
        "Among those killed in the crash were Colombian President Gustavo Petro and Argentine President Alberto Fernandez.",
        "2023-01-02",
        [({"Luiz Inácio Lula da Silva", "Gabriel Boric"}, {"status": "occurred"})],
    ),
    # "hosted leaders on Saturday, including X and Y" ("including" hung on the verb), "the leaders, who included X and Y"
    (
        "NAIROBI — Kenyan President William Ruto hosted regional leaders on Saturday, including Cyril Ramaphosa of South Africa "
        "and Uganda's Yoweri Museveni.",
        "2025-02-09",
        [({"William Ruto", "Cyril Ramaphosa", "Yoweri Museveni"}, {"status": "occurred", "date": "2025-02-08"})],
    ),
    (
        "NAIROBI — East African leaders met in Nairobi on Saturday. Kenyan President William Ruto hosted the leaders, who "
        "included Cyril Ramaphosa of South Africa and Uganda's Yoweri Museveni.",
        "2025-02-09",
        [({"William Ruto", "Cyril Ramaphosa", "Yoweri Museveni"}, {"status": "occurred", "date": "2025-02-08"})],
    ),
    # "X brought Y and Z": the visitor's companions join the talks
    (
        "President Joe Biden received Kenyan President William Ruto at the White House on Thursday. Ruto brought Foreign Minister "
        "Musalia Mudavadi and Trade Minister Rebecca Miano to the talks.",
        "2024-05-24",
        [({"Joe Biden", "William Ruto", "Musalia Mudavadi", "Rebecca Miano"}, {"status": "occurred", "mode": "visit"})],
    ),
    # nobody is brought along to power, nor to someone's attention
    (
        "President Joe Biden received Kenyan President William Ruto at the White House on Thursday. Ruto brought the debt crisis "
        "to the attention of Foreign Minister Musalia Mudavadi. The 2022 election brought William Ruto to power.",
        "2024-05-24",
        [({"Joe Biden", "William Ruto"}, {"status": "occurred", "mode": "visit"})],
    ),
    # the states' talks told again with their leaders (and their host), a day and a venue apart
    (
        "The leaders of Armenia and Azerbaijan reached a deal on Saturday after talks in Prague. Armenian Prime Minister Nikol "
        "Pashinyan and Azerbaijani President Ilham Aliyev began negotiating on Friday evening at the castle, where they were "
        "welcomed by Czech Prime Minister Petr Fiala.",
        "2022-10-09",
        [({"Nikol Pashinyan", "Ilham Aliyev", "Petr Fiala"}, {"status": "occurred", "date": "2022-10-07", "topic": None})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_meeting_summit_company(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
