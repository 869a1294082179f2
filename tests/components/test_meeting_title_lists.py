"""Lists of titled names the parser breaks: "Title A, Title B and Title C" where a name hangs
on the next title, "A, the X, B, the Y, and C, the Z" with coordinated titles, and a first,
middle or last name the parser hangs on the verb a comma away from the rest of the list, and
"Name of State" lists (whose names the NER may read as organisations), "Egypt's President A
and Colombia's President B" (A read as B's possessor) and "Joining him were A and B".
Every name of the list takes part. Sentences written for these tests (their parses were
checked to break the way each comment says).

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

_PACIFIC = {"Frank Bainimarama", "Scott Morrison", "Jacinda Ardern"}
_EUROPE = {"Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni"}
_ASIA = {"Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"}

LISTS: list[tuple[str, str, Expected]] = [
    # the middle name hangs on the last title as a modifier
    (
        "Leaders including Fijian Prime Minister Frank Bainimarama, Australian Prime Minister Scott Morrison and New Zealand Prime Minister "
        "Jacinda Ardern gathered in Tuvalu for the annual forum on Tuesday.",
        "2019-07-10",
        [(_PACIFIC, {"status": "occurred", "date": "2019-07-09"})],
    ),
    # the third name is the conjunct of the second title
    (
        "Emmanuel Macron, the French president, Olaf Scholz, the German chancellor, and Giorgia Meloni, the Italian prime minister met "
        "in Brussels on Monday.",
        "2023-02-21",
        [(_EUROPE, {"status": "occurred", "date": "2023-02-20", "place": "Brussels"})],
    ),
    # the first name hangs on the verb as an adverbial
    (
        "President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met in Brussels on Monday.",
        "2023-02-21",
        [(_ASIA, {"status": "occurred", "date": "2023-02-20"})],
    ),
    # the last name hangs on the verb, after the agent
    (
        "The summit in Brussels on Monday was attended by President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean "
        "President Yoon Suk Yeol.",
        "2023-02-21",
        [(_ASIA, {"status": "occurred"})],
    ),
    # the last name hangs on the verb after the object
    (
        "Belgian Prime Minister Alexander De Croo met President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean "
        "President Yoon Suk Yeol in Brussels on Monday.",
        "2023-02-21",
        [({"Alexander De Croo", *_ASIA}, {"status": "occurred", "date": "2023-02-20"})],
    ),
    # the third and fourth names hang on "held" as its object
    (
        "Belgian Prime Minister Alexander De Croo held talks with Egyptian President Abdel Fattah al-Sisi, Jordan's King Abdullah, "
        "Iraqi Prime Minister Mustafa al-Kadhimi and Palestinian President Mahmoud Abbas in Brussels on Monday.",
        "2023-02-21",
        [({"Alexander De Croo", "Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Mustafa Al-Kadhimi", "Mahmoud Abbas"}, {"status": "occurred"})],
    ),
    # "Name of State" lists: the fourth name hangs on the verb, and carries the rest
    (
        "The summit in Brussels on Monday was attended by Yoweri Museveni of Uganda, Recep Tayyip Erdogan of Turkey, Luiz Inacio Lula "
        "da Silva of Brazil, Giorgia Meloni of Italy and Andrzej Duda of Poland.",
        "2024-02-21",
        [({"Yoweri Museveni", "Recep Tayyip Erdoğan", "Luiz Inácio Lula da Silva", "Giorgia Meloni", "Andrzej Duda"}, {"status": "occurred"})],
    ),
    # the NER reads "Macky Sall of Senegal" as one organisation: a KB person "of" a state is the person
    (
        "Belgian Prime Minister Alexander De Croo held talks with Olaf Scholz of Germany, Macky Sall of Senegal, Giorgia Meloni of Italy "
        "and Volodymyr Zelenskyy of Ukraine in Brussels on Monday.",
        "2024-02-21",
        [({"Alexander De Croo", "Olaf Scholz", "Macky Sall", "Giorgia Meloni", "Volodymyr Zelenskyy"}, {"status": "occurred"})],
    ),
    # the fourth name hangs on the state before it as an apposition
    (
        "Leaders including Pedro Sanchez of Spain, Abdel Fattah al-Sisi of Egypt, Anthony Albanese of Australia, Olaf Scholz of Germany "
        "and Javier Milei of Argentina attended the summit in Brussels on Monday.",
        "2024-02-21",
        [({"Pedro Sánchez", "Abdel Fattah el-Sisi", "Anthony Albanese", "Olaf Scholz", "Javier Milei"}, {"status": "occurred"})],
    ),
    # "Egypt's President A and Colombia's President B": the parser makes A the possessor of B
    (
        "The leaders, Rwanda's President Paul Kagame, South Africa's President Cyril Ramaphosa, Egypt's President Abdel Fattah al-Sisi "
        "and Colombia's President Gustavo Petro met in Brussels on Monday.",
        "2024-02-21",
        [({"Paul Kagame", "Cyril Ramaphosa", "Abdel Fattah el-Sisi", "Gustavo Petro"}, {"status": "occurred"})],
    ),
    # "Joining him were A and B": the parser hangs the names on "were"
    (
        "Belgian Prime Minister Alexander De Croo hosted a summit in Brussels on Monday. Joining him were Egyptian President Abdel Fattah "
        "al-Sisi, Brazilian President Luiz Inacio Lula da Silva and Ugandan President Yoweri Museveni.",
        "2024-02-21",
        [({"Alexander De Croo", "Abdel Fattah el-Sisi", "Luiz Inácio Lula da Silva", "Yoweri Museveni"}, {"status": "occurred"})],
    ),
    (
        "Belgian Prime Minister Alexander De Croo hosted a summit in Brussels on Monday. Joining him were Senegal's President Macky Sall, "
        "Rwanda's President Paul Kagame, Japan's Prime Minister Fumio Kishida and Nigeria's President Bola Tinubu.",
        "2024-02-21",
        [({"Alexander De Croo", "Macky Sall", "Paul Kagame", "Fumio Kishida", "Bola Tinubu"}, {"status": "occurred"})],
    ),
    # "X hosted Jordan's King A and B" read as "(X-)hosted Jordan": the phrase is headed by A, not Jordan
    (
        "Egyptian President Abdel Fattah al-Sisi hosted Jordan's King Abdullah and Palestinian President Mahmoud Abbas in El Alamein on "
        "Monday for a three-way summit.",
        "2024-03-05",
        [({"Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Mahmoud Abbas"}, {"status": "occurred", "date": "2024-03-04"})],
    ),
    # a person's possessor is no list item: "Putin's aide Yuri Ushakov"
    (
        "Russian President Vladimir Putin's aide Yuri Ushakov met U.S. envoy Steve Witkoff in Moscow on Monday.",
        "2025-03-11",
        [({"Yuri Ushakov", "Steve Witkoff"}, {"status": "occurred"})],
    ),
    # a subject a comma away is another clause's, no list item
    (
        "Polish President Andrzej Duda met Estonian Prime Minister Kaja Kallas in Warsaw, Latvian Prime Minister Krisjanis Karins said on Monday.",
        "2022-05-24",
        [({"Andrzej Duda", "Kaja Kallas"}, {"status": "occurred"})],
    ),
    # "Serbia's A and Kosovo Prime Minister B": the parser coordinates Kosovo with A; it is B's
    # state, no third person met separately
    (
        "German Chancellor Olaf Scholz met separately with Serbia's Aleksandar Vucic and Kosovo Prime Minister Albin Kurti on Thursday.",
        "2023-06-02",
        [
            ({"Olaf Scholz", "Aleksandar Vučić"}, {"status": "occurred", "date": "2023-06-01"}),
            ({"Olaf Scholz", "Albin Kurti"}, {"status": "occurred", "date": "2023-06-01"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), LISTS)
def test_meeting_title_lists(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
