"""Successions at a gathering: "X took over the chairmanship, succeeding Y", "X succeeded Y, who
handed over at the summit": the one handing over and the one taking over were both there, and
the body whose chair it is ("the chairmanship of the African Union") is the gathering's.
Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

SUCCESSIONS: list[tuple[str, str, Expected]] = [
    (
        "ABUJA, March 1 — Ghana's President John Mahama took over the rotating chairmanship at a summit of West African "
        "leaders in Abuja on Friday, succeeding Nigeria's Bola Tinubu. Senegalese President Bassirou Diomaye Faye also attended.",
        "2025-03-01",
        [({"John Mahama", "Bola Tinubu", "Bassirou Diomaye Faye"}, {"status": "occurred", "mode": "multilateral", "date": "2025-02-28"})],
    ),
    (
        # the parser hangs "as the summit opened" on "succeeding", not on the handover
        "Ghana's President John Mahama took over the rotating chairmanship of the Economic Community of West African States "
        "on Friday, succeeding Nigeria's Bola Tinubu as the bloc's summit opened in Abuja. "
        "Senegalese President Bassirou Diomaye Faye also attended.",
        "2025-03-01",
        [
            (
                {"Economic Community of West African States", "John Mahama", "Bola Tinubu", "Bassirou Diomaye Faye"},
                {"status": "occurred", "mode": "multilateral", "date": "2025-02-28"},
            )
        ],
    ),
    (
        "ARUSHA, Nov 30 — Ugandan President Yoweri Museveni became chairman of the East African Community on Thursday. "
        "He succeeded Burundi's Evariste Ndayishimiye, who handed over at a summit in Arusha attended by Kenyan President William Ruto.",
        "2025-11-30",
        [({"Yoweri Museveni", "Évariste Ndayishimiye", "William Ruto"}, {"status": "occurred", "mode": "multilateral", "date": "2025-11-27"})],
    ),
    (
        # the body whose chair changes hands is the summit's grouping ("the rotating chairmanship of the African
        # Union", "the rotating AU chairmanship")
        "Mauritanian President Mohamed Ould Ghazouani took over the rotating chairmanship of the African Union from Comoros "
        "President Azali Assoumani at a summit in Addis Ababa on Saturday.",
        "2024-02-19",
        [({"African Union", "Mohamed Ould Ghazouani", "Azali Assoumani"}, {"status": "occurred", "mode": "multilateral", "date": "2024-02-17"})],
    ),
    (
        "Angolan President Joao Lourenco took over the rotating AU chairmanship from Mauritanian President Mohamed Ould "
        "Ghazouani at a summit in Addis Ababa on Saturday.",
        "2025-02-17",
        [({"African Union", "João Lourenço", "Mohamed Ould Ghazouani"}, {"status": "occurred", "mode": "multilateral", "date": "2025-02-15"})],
    ),
    (
        # guard: succeeding someone in a post is no handover at the gathering; the one succeeded need not be there
        "Kenyan President William Ruto spoke at a summit of East African leaders in Nairobi on Friday, succeeding Uganda's "
        "Yoweri Museveni as the region's peace envoy. Tanzania's Samia Suluhu Hassan and Rwanda's Paul Kagame attended.",
        "2025-03-01",
        [({"William Ruto", "Samia Suluhu Hassan", "Paul Kagame"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # a succession told with no gathering is no meeting of its own; the talks told next keep their two
        # (no mutation of the succession rule reaches this sentence, so it is no guard of it)
        "Ugandan President Yoweri Museveni became chairman of the East African Community on Thursday, succeeding "
        "Burundi's Evariste Ndayishimiye. Kenyan President William Ruto met Tanzania's Samia Suluhu Hassan in Arusha.",
        "2025-11-30",
        [({"William Ruto", "Samia Suluhu Hassan"}, {"status": "occurred", "mode": "meet"})],
    ),
    (
        # "took over the rotating leadership of X, succeeding Y at the bloc's summit": the summit told in the
        # succession's own clause; Y handed over there
        "LUANDA, Aug 17 — Angolan President Joao Lourenco took over the rotating leadership of the Southern African "
        "Development Community on Saturday, succeeding Zimbabwe's Emmerson Mnangagwa at the bloc's annual summit in Luanda.",
        "2025-08-17",
        [
            (
                {"João Lourenço", "Emmerson Mnangagwa", "Southern African Development Community"},
                {"status": "occurred", "mode": "multilateral", "date": "2025-08-16"},
            ),
        ],
    ),
    (
        # "at a summit on Thursday, where X handed the rotating presidency to Y": a "where" clause the parser
        # hangs on the day; both were at the summit
        "ASUNCION, Dec 7 - South American leaders met at a summit in Asuncion on Thursday, where Paraguayan President "
        "Santiago Pena handed the rotating presidency of the bloc to Uruguay's Luis Lacalle Pou. Argentina's Alberto "
        "Fernandez also attended.",
        "2023-12-07",
        [({"Santiago Peña", "Luis Lacalle Pou", "Alberto Fernández"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    (
        # guard: a letter handed over is no handover of an office (passed before the rule)
        "ASUNCION, Dec 7 - South American leaders met at a summit in Asuncion on Thursday, where Paraguayan President "
        "Santiago Pena handed a letter to Uruguay's Luis Lacalle Pou. Argentina's Alberto Fernandez and Chile's Gabriel "
        "Boric also attended.",
        "2023-12-07",
        [({"Alberto Fernández", "Gabriel Boric"}, {"status": "occurred"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), SUCCESSIONS)
def test_the_predecessor_and_the_successor_attend(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
