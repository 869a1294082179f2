"""The article this project started from (read from ../shared/data/dev, never copied in)."""

from __future__ import annotations

import pytest

import geoextract
from geoextract.api import make_doc

pytestmark = pytest.mark.integration

SEED_PEOPLE = {
    "Blinken": "Antony Blinken",
    "Biden": "Joe Biden",
    "Trump": "Donald Trump",
    "Xi Jinping": "Xi Jinping",
    "Putin": "Vladimir Putin",
    "Zelenskyy": "Volodymyr Zelenskyy",
    "Kupchan": "Charles Kupchan",
    "Barrot": "Jean-Noël Barrot",
    "Lammy": "David Lammy",
    "Burbock": None,  # misspelled in the article: checked below
}


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_text):
    return nlp(make_doc(nlp, seed_text, date="2024-11-12"))


@pytest.fixture(scope="module")
def seed_document(nlp, seed_text):
    return geoextract.extract(seed_text, date="2024-11-12", nlp=nlp)


@pytest.mark.parametrize("surface", sorted(SEED_PEOPLE))
def test_seed_people_are_person_entities(seed_document, surface):
    people = [e for e in seed_document.entities if e.label == "PERSON" and any(surface in m.text for m in e.mentions)]
    assert people, f"{surface} is not a PERSON entity"
    expected = SEED_PEOPLE[surface]
    if expected is not None:
        assert people[0].name == expected


@pytest.mark.parametrize("surface", sorted(SEED_PEOPLE))
def test_no_mention_of_seed_people_is_a_place_or_organisation(seed_doc, surface):
    wrong = [(e.text, e.label_) for e in seed_doc.ents if surface in e.text and e.label_ in ("GPE", "ORG", "LOC", "NORP", "PRODUCT")]
    assert not wrong


def test_annalena_burbock_is_annalena_baerbock(seed_document):
    people = [e for e in seed_document.entities if any("Burbock" in m.text for m in e.mentions)]
    assert people and people[0].name == "Annalena Baerbock" and people[0].country == "DEU"


def test_secretary_of_state_is_not_an_organisation(seed_doc):
    assert not any(e.text == "State" for e in seed_doc.ents)
