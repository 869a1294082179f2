"""The sentence prefilter of the meeting extractor: a lookbehind that tests what ``\\b`` tests."""

from __future__ import annotations

import re
from re import _parser

import pytest

import geoextract
from geoextract.components.meeting_lexicon import _PREFILTER, PREFILTER_RE, group_by_first_letter

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


@pytest.mark.parametrize(
    ("pattern", "grouped"),
    [
        ("(?:met|talk|meet)", "(?:m(?:et|eet)|t(?:alk))"),
        (r"\b(?:rounds?\b|ran|t(?:ook|ake) part)", r"\b(?:r(?:ounds?\b|an)|t(?:(?:ook|ake) part))"),
        ("(?:a|ab)x(?:cd|ce)", "(?:a(?:|b))x(?:c(?:d|e))"),
        ("(?:met|s?he)", "(?:met|s?he)"),  # an optional first letter: the group stays
        ("(?:met|-met)", "(?:met|-met)"),
        ("(?:Met|meet)", "(?:Met|meet)"),  # one letter in two cases: the group stays
        ("(?:[|]a|b)", "(?:[|]a|b)"),
    ],
)
def test_grouping_by_first_letter_rewrites_only_groups_of_plain_letter_alternatives(pattern, grouped):
    assert group_by_first_letter(pattern) == grouped


def test_grouped_prefilter_finds_the_same_matches_as_the_written_one():
    written = re.compile(_PREFILTER, re.IGNORECASE)
    assert PREFILTER_RE.pattern != _PREFILTER
    texts = [
        "The ministers met, then meet again; the meeting and the MEETINGS went on.",
        "Talks at the summit: she toured, took part, takes part and sat down to dinner with guests.",
        "He signed, signs and is signing; the signing ceremony; sign-off; a Signatory; the tables turned.",
        "They exchanged views and exchanges views; stops, a stopover, legs and a leg-up; joined, joins.",
        "Unmet, co-hosted, _met, xmet, 2met, the tête-à-tête and a tete a tete; présent, presence.",
        "Nothing of interest here: weather, markets and sport.",
    ]
    for text in texts:
        assert [m.span() for m in PREFILTER_RE.finditer(text)] == [m.span() for m in written.finditer(text)]
        for start in range(len(text)):
            for end in (start + 4, start + 12, len(text)):
                assert bool(PREFILTER_RE.search(text, start, end)) == bool(written.search(text, start, end))


@pytest.mark.parametrize(
    "words",
    [
        "chatted with", "chats with", "conversed with", "a conversation", "will sit down with", "sits down with",
        "was sitting down with", "rang", "a ministerial", "the forum", "convened", "brokered",
    ],
)
def test_the_prefilter_lets_through_every_talking_verb_of_the_lexicon(words):
    # "X chatted with Y", "X will sit down with Y": verbs the trigger lexicon reads must reach it
    assert PREFILTER_RE.search(f"German Chancellor Olaf Scholz {words} French President Emmanuel Macron on Monday.")


@pytest.mark.integration
def test_a_chat_the_prefilter_lets_through_is_a_meeting(nlp):
    doc = geoextract.extract("German Chancellor Olaf Scholz chatted with French President Emmanuel Macron in Berlin on Monday.", date="2023-05-17", nlp=nlp)
    assert [sorted(e.name for e in doc.entities if e.id in r.participants) for r in doc.relations] == [["Emmanuel Macron", "Olaf Scholz"]]
