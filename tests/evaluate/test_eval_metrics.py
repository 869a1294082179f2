from __future__ import annotations

from collections import Counter

import pytest

from geoextract.evaluate.metrics import (
    PRF,
    multiset_prf,
    place_match,
    ratio,
    squad_tokens,
    surface_key,
    token_f1,
)


def test_prf_perfect_partial_and_empty():
    assert PRF(tp=3, n_pred=3, n_gold=3).f1 == 1.0
    partial = PRF(tp=1, n_pred=2, n_gold=4)
    assert partial.precision == 0.5
    assert partial.recall == 0.25
    assert partial.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)
    empty = PRF()
    assert (empty.precision, empty.recall, empty.f1) == (None, None, None)
    no_predictions = PRF(n_gold=2)
    assert no_predictions.precision is None
    assert no_predictions.recall == 0.0
    assert no_predictions.f1 == 0.0


def test_prf_sums_counts_for_micro_average():
    total = PRF(tp=1, n_pred=1, n_gold=2) + PRF(tp=0, n_pred=3, n_gold=0)
    assert (total.tp, total.n_pred, total.n_gold) == (1, 4, 2)


def test_prf_dump_carries_figures_and_reads_back():
    dumped = PRF(tp=1, n_pred=2, n_gold=2).model_dump()
    assert dumped["f1"] == 0.5
    assert PRF.model_validate(dumped) == PRF(tp=1, n_pred=2, n_gold=2)


def test_ratio_is_none_on_empty_denominator():
    assert ratio(0, 0) is None
    assert ratio(0, 5) == 0.0


def test_multiset_prf_counts_repeats():
    prf = multiset_prf(Counter({"a": 2, "b": 1}), Counter({"a": 1, "c": 1}))
    assert (prf.tp, prf.n_pred, prf.n_gold) == (1, 2, 3)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Blinken's", "Blinken"),
        ("Ukraine’s", "Ukraine"),
        ("Brussels'", "Brussels"),
        ("the Kremlin", "Kremlin"),
        ("The UN chief", "UN chief"),
        ("U.S.", "U.S."),
        ("Kuwait's foreign minister", "Kuwait's foreign minister"),
        ("(NATO)", "NATO"),
    ],
)
def test_surface_key_strips_possessive_and_leading_article(text, key):
    assert surface_key(text) == key


def test_squad_tokens_drop_articles_and_punctuation():
    assert squad_tokens("The future of the Lobito Corridor, mainly.") == [
        "future",
        "of",
        "lobito",
        "corridor",
        "mainly",
    ]


def test_token_f1_known_values():
    assert token_f1("further support for Ukraine", "further support for Ukraine") == 1.0
    assert token_f1("the situation in Ukraine", "Ukraine") == 0.5
    assert token_f1("aid to Ukraine", "military aid to Ukraine") == pytest.approx(6 / 7)
    assert token_f1("trade", "security") == 0.0
    assert token_f1(None, None) == 1.0
    assert token_f1("trade", None) == 0.0
    assert token_f1(None, "trade") == 0.0


def test_place_match_is_lenient_on_case_diacritics_and_containment():
    assert place_match("Bogotá", "bogota")
    assert place_match("the White House", "White House")
    assert place_match("Lima", "on the sidelines of the APEC summit in Lima")
    assert place_match(None, None)
    assert not place_match("Lima", None)
    assert not place_match("Lima", "Quito")
