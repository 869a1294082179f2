"""Topics, dates and places behind a misreading of the parser: a participle read as a relative
clause with no subject ("talks in Rome on Friday focused on X"), a purpose read as a relative of
a day ("met X the same day to discuss Y"), "about" hung on the venue ("talks at the Kremlin about
X"), and "a return to X" as a matter, not someone's homecoming. Sentences written for these tests.

Each case is ``(text, article date, expected relations)`` (see ``meeting_cases``).
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from meeting_cases import Expected, check
from spacy.tokens import Doc

from geoextract.components.meeting_actors import DocActors
from geoextract.components.meeting_syntax import clear_scopes, scope
from geoextract.components.meeting_topic import find_topic
from geoextract.extensions import install_extensions

CASES: list[tuple[str, str, Expected]] = [
    # a purpose clause the parser hung on the day
    (
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol the same day to discuss supply "
        "chains, and urged Seoul to ease its import curbs.",
        "2024-05-14",
        [({"Fumio Kishida", "Yoon Suk Yeol"}, {"status": "occurred", "topic": "supply chains"})],
    ),
    # "about" is never part of a place
    (
        "Indian Prime Minister Narendra Modi and Pakistani Prime Minister Shehbaz Sharif then held 40 minutes of talks at "
        "U.N. headquarters about Afghanistan and trade.",
        "2024-05-14",
        [({"Narendra Modi", "Shehbaz Sharif"}, {"place": "U.N. headquarters", "topic": "Afghanistan and trade"})],
    ),
    # "a return to constitutional order" is what the talks were about
    (
        "Senegalese President Macky Sall flew to Bamako on Sunday for talks on a return to constitutional order with "
        "Colonel Assimi Goita.",
        "2024-05-14",
        [({"Macky Sall", "Assimi Goïta"}, {"date": "2024-05-12", "topic": "a return to constitutional order"})],
    ),
    # guard: "on his return" tells when, not what about (passed before the rule; mutation-checked)
    (
        "Senegalese President Macky Sall met Colonel Assimi Goita on his return to Bamako on Sunday.",
        "2024-05-14",
        [({"Macky Sall", "Assimi Goïta"}, {"date": "2024-05-12", "topic": None})],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_meeting_topic_readings(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


def _parse(rows: list[tuple[str, int, str, str, str, str, str]]) -> Doc:
    install_extensions()
    words, heads, deps, tags, pos, lemmas, ents = (list(col) for col in zip(*rows, strict=True))
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas, ents=ents)


# "Macron is due to hold talks with Starmer in London on Thursday focused on migration." as the
# parser once read it: "focused" a relative clause of "talks" with no subject, the day hung on it
_FOCUSED = [
    ("Macron", 1, "nsubj", "NNP", "PROPN", "Macron", "B-PERSON"),
    ("is", 1, "ROOT", "VBZ", "AUX", "be", "O"),
    ("due", 1, "acomp", "JJ", "ADJ", "due", "O"),
    ("to", 4, "aux", "TO", "PART", "to", "O"),
    ("hold", 2, "xcomp", "VB", "VERB", "hold", "O"),
    ("talks", 4, "dobj", "NNS", "NOUN", "talk", "O"),
    ("with", 5, "prep", "IN", "ADP", "with", "O"),
    ("Starmer", 6, "pobj", "NNP", "PROPN", "Starmer", "B-PERSON"),
    ("in", 5, "prep", "IN", "ADP", "in", "O"),
    ("London", 8, "pobj", "NNP", "PROPN", "London", "B-GPE"),
    ("on", 12, "prep", "IN", "ADP", "on", "O"),
    ("Thursday", 10, "pobj", "NNP", "PROPN", "Thursday", "B-DATE"),
    ("focused", 5, "relcl", "VBD", "VERB", "focus", "O"),
    ("on", 12, "prep", "IN", "ADP", "on", "O"),
    ("migration", 13, "pobj", "NN", "NOUN", "migration", "O"),
    (".", 1, "punct", ".", "PUNCT", ".", "O"),
]


def test_a_participle_read_as_a_relative_clause_keeps_its_day_and_topic_with_the_talks() -> None:
    doc = _parse(_FOCUSED)
    talks = doc[5]
    assert "Thursday" in [t.text for t in scope(talks)]
    assert find_topic([talks], doc[4], DocActors(doc)) == "migration"
    clear_scopes(doc)


def test_a_relative_clause_with_its_own_subject_stays_out_of_the_talks() -> None:
    # guard: "talks with Starmer, who on Thursday announced elections": his clause, not the talks' (mutation-checked)
    rows = [
        *_FOCUSED[:8],
        (",", 7, "punct", ",", "PUNCT", ",", "O"),
        ("who", 12, "nsubj", "WP", "PRON", "who", "O"),
        ("on", 12, "prep", "IN", "ADP", "on", "O"),
        ("Thursday", 10, "pobj", "NNP", "PROPN", "Thursday", "B-DATE"),
        ("announced", 7, "relcl", "VBD", "VERB", "announce", "O"),
        ("elections", 12, "dobj", "NNS", "NOUN", "election", "O"),
        (".", 1, "punct", ".", "PUNCT", ".", "O"),
    ]
    doc = _parse(rows)
    assert "Thursday" not in [t.text for t in scope(doc[5])]
    clear_scopes(doc)
