"""The fuzzy candidate index: misspellings resolve, invented names do not."""

from __future__ import annotations

import pytest

from geoextract.kb import FuzzyIndex

NAMES = [
    ("Annalena Baerbock", "baerbock", "person"),
    ("Antony Blinken", "blinken", "person"),
    ("Volodymyr Zelenskyy", "zelenskyy", "person"),
    ("Sergey Lavrov", "lavrov", "person"),
    ("Recep Tayyip Erdoğan", "erdogan", "person"),
    ("Jean-Noël Barrot", "barrot", "person"),
    ("Xi Jinping", "xi", "person"),
    ("Wang Yi", "wang", "person"),
    ("North Atlantic Treaty Organization", "nato", "organisation"),
    ("NATO", "nato", "organisation"),
    ("Germany", "deu", "country"),
]


@pytest.fixture(scope="module")
def index() -> FuzzyIndex:
    return FuzzyIndex(NAMES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Annalena Burbock", "baerbock"),  # vowel change
        ("Anthony Blinken", "blinken"),  # inserted letter
        ("Antony Blinkin", "blinken"),
        ("Volodymyr Zelenskiy", "zelenskyy"),  # transliteration
        ("Volodymyr Zelensky", "zelenskyy"),
        ("Sergei Lavrov", "lavrov"),
        ("Recep Tayyip Erdogan", "erdogan"),  # diacritics
        ("Jean Noel Barot", "barrot"),  # dropped doubled letter
        ("Annalena Baerbockk", "baerbock"),  # doubled letter
        ("Xi Jinpin", "xi"),
        ("Blinken Antony", "blinken"),  # swapped order
    ],
)
def test_misspelled_names_find_the_right_actor(
    index: FuzzyIndex, query: str, expected: str
) -> None:
    hits = index.search(query)
    assert hits, query
    assert hits[0].actor_id == expected
    assert hits[0].score >= 0.85


@pytest.mark.parametrize(
    "query", ["Zorblax Quintavius", "Mildred Fenwick-Ostrander", "Pjotr Kvasnicka"]
)
def test_invented_names_stay_below_a_link_threshold(index: FuzzyIndex, query: str) -> None:
    assert all(hit.score < 0.8 for hit in index.search(query))


def test_search_filters_by_type_and_returns_one_hit_per_actor(index: FuzzyIndex) -> None:
    hits = index.search("NATO", types={"organisation"}, limit=5)
    assert [h.actor_id for h in hits] == ["nato"]
    assert index.search("NATO", types={"person"}, score_cutoff=0.9) == []


def test_exact_match_scores_one(index: FuzzyIndex) -> None:
    assert index.search("Wang Yi")[0].score == pytest.approx(1.0)


def test_empty_query_returns_nothing(index: FuzzyIndex) -> None:
    assert index.search("  ") == []
    assert index.search("!!!") == []


def test_added_alias_is_searchable(index: FuzzyIndex) -> None:
    local = FuzzyIndex(NAMES)
    local.add("Mohammed bin Salman", "mbs", "person")
    assert local.search("Mohammad bin Salman")[0].actor_id == "mbs"
    assert len(local) == len(index) + 1
