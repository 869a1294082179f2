"""Name normalisation and the phonetic keys of the fuzzy index."""

from __future__ import annotations

import pytest

from geoextract.kb import normalize_name
from geoextract.kb.normalize import phonetic_key, skeleton, slugify, strip_diacritics


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the U.S.", "US"),
        ("U.S.A.", "USA"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("Jean-Noël Barrot", "Jean Noel Barrot"),
        ("Côte d’Ivoire", "Cote d'Ivoire"),
        ("  Kim   Jong-un ", "kim jong un"),
        ("Straße", "strasse"),
    ],
)
def test_normalize_name_unifies_surface_variants(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


def test_normalize_name_keeps_distinct_names_apart() -> None:
    assert normalize_name("Niger") != normalize_name("Nigeria")
    assert normalize_name("") == ""


def test_strip_diacritics_keeps_case() -> None:
    assert strip_diacritics("Łukasz Érdoğan") == "Lukasz Erdogan"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("sergei", "sergey"),
        ("zelenskiy", "zelenskyy"),
        ("anthony", "antony"),
        ("zelensky", "zelenskyy"),
    ],
)
def test_phonetic_key_merges_transliterations(a: str, b: str) -> None:
    assert phonetic_key(a) == phonetic_key(b)


def test_skeleton_survives_vowel_changes() -> None:
    assert skeleton("baerbock") == skeleton("burbock")
    assert skeleton("blinken") != skeleton("baerbock")


def test_slugify_makes_ascii_ids() -> None:
    assert slugify("Jean-Noël Barrot") == "jean-noel-barrot"
