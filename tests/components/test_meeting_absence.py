"""Absentees: "X skipped / boycotted / stayed away from the summit" makes X no participant.

Sentences written for these tests. The summit still took place when the story says so, with
the others who attended; skipping it neither cancels nor denies it. Negatives: "attended" and
"missed a deadline" (no meeting noun) are left to their ordinary readings.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from meeting_cases import Expected, check

from geoextract.components.meeting_absence import absence_verb

ABSENCE: list[tuple[str, str, Expected]] = [
    ('Kenyan President William Ruto, Nigerian President Bola Tinubu and Ghanaian President Nana Akufo-Addo met in Abuja on Sunday. Rwandan President Paul Kagame skipped the summit.', '2024-03-10', [({'Bola Tinubu', 'Nana Akufo-Addo', 'William Ruto'}, {'status': 'occurred', 'mode': 'multilateral'})]),
    ('Kenyan President William Ruto, Nigerian President Bola Tinubu and Ghanaian President Nana Akufo-Addo met in Abuja on Sunday. Rwandan President Paul Kagame boycotted the meeting.', '2024-03-10', [({'Bola Tinubu', 'Nana Akufo-Addo', 'William Ruto'}, {'status': 'occurred'})]),
    ('Kenyan President William Ruto, Nigerian President Bola Tinubu and Ghanaian President Nana Akufo-Addo met in Abuja on Sunday. Rwandan President Paul Kagame stayed away from the summit.', '2024-03-10', [({'Bola Tinubu', 'Nana Akufo-Addo', 'William Ruto'}, {'status': 'occurred'})]),
    ('Brazilian President Luiz Inacio Lula da Silva skipped the summit with Chinese President Xi Jinping in Kazan on Wednesday.', '2024-10-25', []),
    ('Brazilian President Luiz Inacio Lula da Silva attended the summit with Chinese President Xi Jinping in Kazan on Wednesday.', '2024-10-25', [({'Luiz Inácio Lula da Silva', 'Xi Jinping'}, {'status': 'occurred'})]),
    # "Neither A nor B sent representatives": a subject that denies the verb adds no one
    ('Kenyan President William Ruto, Nigerian President Bola Tinubu and Ghanaian President Nana Akufo-Addo met in Abuja on Sunday, while neither Mali nor Niger sent representatives.', '2024-03-10', [({'Bola Tinubu', 'Nana Akufo-Addo', 'William Ruto'}, {'status': 'occurred', 'mode': 'multilateral'})]),
    ('Kenyan President William Ruto, Nigerian President Bola Tinubu and Ghanaian President Nana Akufo-Addo met in Abuja on Sunday. Neither Rwandan President Paul Kagame nor Ugandan President Yoweri Museveni attended.', '2024-03-10', [({'Bola Tinubu', 'Nana Akufo-Addo', 'William Ruto'}, {'status': 'occurred'})]),
    ('Neither Indian Prime Minister Narendra Modi nor Chinese President Xi Jinping met Russian President Vladimir Putin on Monday.', '2024-03-12', []),
    # "No U.S. leader is known to have spoken to ...": a subject that denies the raising verb above the talk
    ('No Japanese leader is known to have spoken to a North Korean leader since Junichiro Koizumi visited Pyongyang in 2004.', '2024-03-12', []),
    # guard: the sides that did send delegates attend (a mutation that denies every state subject fails here)
    ('Kenyan President William Ruto, Nigerian President Bola Tinubu and Ghanaian President Nana Akufo-Addo met in Abuja on Sunday. Mali and Niger sent representatives.', '2024-03-10', [({'Bola Tinubu', 'Nana Akufo-Addo', 'William Ruto', 'Mali', 'Niger'}, {'status': 'occurred'})]),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), ABSENCE)
def test_who_skips_a_summit_is_no_participant_and_the_summit_stands(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


def _doc(words: list[str], heads: list[int], deps: list[str], lemmas: list[str]) -> Any:
    return spacy.tokens.Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=["PROPN", "VERB", "DET", "NOUN"][: len(words)] + ["X"] * max(0, len(words) - 4))


@pytest.mark.parametrize(
    ("words", "heads", "deps", "lemmas", "noun", "verb"),
    [
        (["Kagame", "skipped", "the", "summit"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"], ["Kagame", "skip", "the", "summit"], 3, 1),
        (["Kagame", "attended", "the", "summit"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"], ["Kagame", "attend", "the", "summit"], 3, None),
        (["Kagame", "stayed", "away", "from", "talks"], [1, 1, 1, 2, 3], ["nsubj", "ROOT", "advmod", "prep", "pobj"], ["Kagame", "stay", "away", "from", "talk"], 4, 1),
        (["Kagame", "came", "away", "from", "talks"], [1, 1, 1, 2, 3], ["nsubj", "ROOT", "advmod", "prep", "pobj"], ["Kagame", "come", "away", "from", "talk"], 4, None),
    ],
)
def test_absence_verb_reads_skipping_and_staying_away(words: list[str], heads: list[int], deps: list[str], lemmas: list[str], noun: int, verb: int | None) -> None:
    doc = _doc(words, heads, deps, lemmas)
    found = absence_verb(doc[noun])
    assert (found.i if found is not None else None) == verb
