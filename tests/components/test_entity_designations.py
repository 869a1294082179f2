"""Entity repairs: model designations, "State Counsellor" and bodies named with a demonym."""

from __future__ import annotations

import pytest
import spacy

import geoextract
from geoextract.components.ner_filters import non_actor_label


def _orgs(doc: geoextract.Document) -> set[str]:
    return {m.text for ent in doc.entities if ent.label == "ORG" for m in ent.mentions}


@pytest.mark.parametrize("text", ["Greek F-16", "the Su-35", "S-400", "Tu-160"])
def test_a_model_designation_is_no_organisation(text):
    doc = spacy.blank("en")(text)
    assert non_actor_label(doc, 0, len(doc), "ORG") == ""


@pytest.mark.parametrize("text", ["G-20", "M-23", "Hamas"])
def test_groupings_and_plain_names_are_kept(text):
    doc = spacy.blank("en")(text)
    assert non_actor_label(doc, 0, len(doc), "ORG") is None


@pytest.mark.integration
def test_state_counsellor_is_a_title_not_an_organisation(nlp):
    doc = geoextract.extract(
        "Police detained State Counsellor Aung San Suu Kyi in the capital on Monday.", date="2020-03-02", nlp=nlp
    )
    assert "State" not in _orgs(doc)
    people = {ent.name for ent in doc.entities if ent.label == "PERSON"}
    assert people == {"Aung San Suu Kyi"}
    assert [r.title for r in doc.roles] == ["State Counsellor"]


@pytest.mark.integration
def test_a_demonym_in_a_bodys_own_name_stays_in_it(nlp):
    doc = geoextract.extract(
        "Delegates of the Sudanese Armed Forces arrived in Jeddah. Army chief Abdel Fattah al-Burhan stayed home.",
        date="2023-06-01",
        nlp=nlp,
    )
    assert "Sudanese Armed Forces" in _orgs(doc)
    assert not _orgs(doc) & {"Armed Forces", "Army"}


def _people(doc: geoextract.Document) -> dict[str, list[str]]:
    return {ent.name: [m.text for m in ent.mentions] for ent in doc.entities if ent.label == "PERSON"}


@pytest.mark.integration
def test_a_royal_style_and_its_of_phrase_are_the_name(nlp):
    # "the Prince of Wales" is the KB's alias, not a style before a name "of Wales"
    doc = geoextract.extract("French President Emmanuel Macron was met at RAF Northolt by the Prince of Wales on Tuesday.", date="2025-07-09", nlp=nlp)
    assert _people(doc).get("William, Prince of Wales") == ["Prince of Wales"]
    assert not [e for e in doc.entities if e.name == "of Wales"]


@pytest.mark.integration
def test_a_bare_name_after_a_royal_style_is_linked_under_the_styled_alias(nlp):
    doc = geoextract.extract("Prince William met Joe Biden in London on Friday.", date="2023-11-08", nlp=nlp)
    assert _people(doc).get("William, Prince of Wales") == ["William"]


@pytest.mark.integration
def test_a_style_before_a_name_stays_out_of_the_mention(nlp):
    # guard: "Queen Margrethe" is still the name "Margrethe" (passed before the rules)
    doc = geoextract.extract("Queen Margrethe met Joe Biden in Copenhagen on Friday.", date="2023-11-08", nlp=nlp)
    assert _people(doc).get("Margrethe II") == ["Margrethe"]
