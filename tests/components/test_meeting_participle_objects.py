"""A participle before a name that the parser reads as a verb of its own ("met ousted Sudanese
Prime Minister X in Nairobi"): the name is the meeting's object, its place the meeting's place.
Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from meeting_cases import Expected, check
from spacy.tokens import Doc

from geoextract.components.meeting_syntax import clear_scopes, participle_object

CASES: list[tuple[str, str, Expected]] = [
    (
        "Kenyan President William Ruto met ousted Sudanese Prime Minister Abdalla Hamdok in Nairobi on Friday.",
        "2024-08-07",
        [({"William Ruto", "Abdalla Hamdok"}, {"status": "occurred", "date": "2024-08-02", "place": "Nairobi"})],
    ),
    # guard: a participle read as one already gave the object (passed before the rule)
    (
        "Ugandan President Yoweri Museveni met jailed opposition leader Kizza Besigye in Kampala on Friday.",
        "2024-08-07",
        [({"Yoweri Museveni", "Kizza Besigye"}, {"status": "occurred", "place": "Kampala"})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_a_participle_before_the_name_is_no_verb(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


def test_a_participle_with_its_own_object_after_a_pause_is_no_misreading() -> None:
    # guard: a name that does not follow the participle is no misread object (mutation-checked)
    words = ["Ruto", "met", "ousted", "Prime", "Minister", "Hamdok"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 5, 5, 2], deps=["nsubj", "ROOT", "advcl", "compound", "compound", "dobj"],
              tags=["NNP", "VBD", "VBN", "NNP", "NNP", "NNP"], ents=["B-PERSON", "O", "O", "O", "O", "B-PERSON"])
    assert [t.text for t in participle_object(doc[1])] == ["Hamdok"]
    late = Doc(spacy.blank("en").vocab, words=["Ruto", "met", "ousted", "yesterday", "Hamdok"], heads=[1, 1, 1, 2, 2],
               deps=["nsubj", "ROOT", "advcl", "npadvmod", "dobj"], tags=["NNP", "VBD", "VBN", "NN", "NNP"], ents=["B-PERSON", "O", "O", "O", "B-PERSON"])
    assert participle_object(late[1]) == []
    clear_scopes(doc)
    clear_scopes(late)
