"""The sentence prefilter of the meeting extractor: a lookbehind that tests what ``\\b`` tests."""

from __future__ import annotations

import re
from re import _parser

from geoextract.components.meeting_lexicon import _PREFILTER, PREFILTER_RE

_LOOKBEHIND = r"(?<!\w)(?:"


def test_every_prefilter_stem_starts_with_a_letter():
    # "(?<!\w)" stands for "\b" only before a word character: a stem starting with a space
    # or a hyphen would need "\b" back.
    ops = list(_parser.parse(_PREFILTER, re.IGNORECASE))
    assert str(ops[0][0]) == "ASSERT_NOT"
    assert str(ops[1][0]) == "BRANCH"
    for alternative in ops[1][1][1]:
        op, arg = next(iter(alternative))
        assert str(op) == "LITERAL" and chr(arg).isalpha(), alternative


def test_prefilter_finds_what_a_word_boundary_pattern_finds():
    assert _PREFILTER.startswith(_LOOKBEHIND)
    boundary = re.compile(r"\b(?:" + _PREFILTER[len(_LOOKBEHIND) :], re.IGNORECASE)
    texts = [
        "The two ministers met in Oslo.",
        "co-hosted by Norway; _met xmet 2met",
        "They SAT DOWN for talks, then toured the site.",
        "Unmet demands, a postponed Summit and the présent tables.",
    ]
    for text in texts:
        assert [m.span() for m in PREFILTER_RE.finditer(text)] == [m.span() for m in boundary.finditer(text)]
        for start in range(len(text)):
            # a window starting inside a word: the character before it still counts
            assert bool(PREFILTER_RE.search(text, start, len(text) - 1)) == bool(boundary.search(text, start, len(text) - 1))
