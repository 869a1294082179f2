"""A meeting place told by its state: "in the Russian capital" is the capital city.

Sentences written for these tests. The gold convention records the city; the capital comes
from the knowledge base's country entry. A bare "the capital" (no state), "the capital of X"
and a capital named beside it ("Ankara, the Turkish capital") keep their ordinary reading, and
a setting "in Rome" is not replaced by a capital.
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_cases import Expected, check

CAPITALS: list[tuple[str, str, Expected]] = [
    ('Indian Defence Minister Rajnath Singh met his Chinese counterpart Wei Fenghe in the Russian capital on Friday.', '2020-09-08', [({'Rajnath Singh', 'Wei Fenghe'}, {'place': 'Moscow', 'status': 'occurred'})]),
    ('ASTANA — Olaf Scholz met Kassym-Jomart Tokayev in the Kazakh capital on Thursday.', '2023-09-30', [({'Kassym-Jomart Tokayev', 'Olaf Scholz'}, {'place': 'Astana'})]),
    ('Olaf Scholz met Emmanuel Macron in the French capital on Monday.', '2024-03-10', [({'Emmanuel Macron', 'Olaf Scholz'}, {'place': 'Paris'})]),
    ("Olaf Scholz met Emmanuel Macron in Germany's capital on Monday.", '2024-03-10', [({'Emmanuel Macron', 'Olaf Scholz'}, {'place': 'Berlin'})]),
    ('Justin Trudeau met Narendra Modi on the sidelines of the G20 summit in the Indian capital last week.', '2023-09-18', [({'Justin Trudeau', 'Narendra Modi'}, {'place': 'New Delhi'})]),
    ('Justin Trudeau met Narendra Modi on the sidelines of the G20 summit in Rome last week.', '2023-09-18', [({'Justin Trudeau', 'Narendra Modi'}, {'place': 'the sidelines of the G20 summit in Rome'})]),
    ('Vladimir Putin met Recep Tayyip Erdogan in the capital on Monday.', '2024-03-10', [({'Recep Tayyip Erdoğan', 'Vladimir Putin'}, {'place': 'the capital'})]),
    ('Vladimir Putin met Recep Tayyip Erdogan in the capital of Turkey on Monday.', '2024-03-10', [({'Recep Tayyip Erdoğan', 'Vladimir Putin'}, {'place': 'the capital of Turkey'})]),
    ('Vladimir Putin met Recep Tayyip Erdogan in Ankara, the Turkish capital, on Monday.', '2024-03-10', [({'Recep Tayyip Erdoğan', 'Vladimir Putin'}, {'place': 'Ankara'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), CAPITALS)
def test_a_capital_told_by_its_state_is_the_city(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)
