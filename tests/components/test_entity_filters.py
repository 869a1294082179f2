"""Wire credits, portfolio words, party nouns, regions and other non-actors, datelines and the
state of a title: entity and role repairs on sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from role_cases import Triple as R
from role_cases import role_triples as _roles

import geoextract
from geoextract.components.ner_filters import is_credit_line, non_actor_label

pytestmark = pytest.mark.integration




def _orgs(doc: geoextract.Document) -> set[str]:
    return {m.text for e in doc.entities if e.label == "ORG" for m in e.mentions}


def _labels_of(doc: geoextract.Document, surface: str) -> set[str]:
    return {e.label for e in doc.entities for m in e.mentions if m.text == surface}


def test_the_wire_agency_of_a_dateline_credit_is_not_an_organisation(nlp):
    text = (
        "MANILA, March 3 (Reuters) - Philippine President Rodrigo Duterte met Japanese Prime Minister "
        "Shinzo Abe on Friday to discuss maritime security."
    )
    doc = geoextract.extract(text, date="2017-03-03", nlp=nlp)
    assert "Reuters" not in _orgs(doc)


def test_a_trailing_agency_credit_is_not_an_organisation_but_a_quoted_agency_is(nlp):
    text = "Agence France-Presse reported that the talks in Doha stalled again.\n— AFP"
    doc = geoextract.extract(text, date="2021-05-02", nlp=nlp)
    assert "AFP" not in _orgs(doc)
    assert "Agence France-Presse" in _orgs(doc)


def test_credit_line_needs_the_dash_after_the_parenthesis():
    nlp = spacy.blank("en")
    doc = nlp("LIMA (AFP) - The minister resigned.")
    assert is_credit_line(doc, 2, 3)
    doc = nlp("The news agency (AFP) said the minister resigned.")
    assert not is_credit_line(doc, 4, 5)


def test_a_portfolio_before_secretary_or_minister_is_part_of_the_title(nlp):
    text = (
        "Homeland Security Secretary Jeh Johnson and Treasury Secretary Jack Lew flew to Ottawa, "
        "where Energy Minister Jim Carr received them."
    )
    doc = geoextract.extract(text, date="2016-02-10", nlp=nlp)
    orgs = _orgs(doc)
    assert not orgs & {"Homeland Security", "Treasury", "Energy"}
    roles = _roles(doc)
    assert R("Jeh Johnson", "Secretary of Homeland Security", "USA") in roles
    assert R("Jack Lew", "Secretary of the Treasury", "USA") in roles


def test_a_lowercase_party_noun_is_not_part_of_the_party_name(nlp):
    text = "The opposition Pheu Thai party and the Move Forward party agreed on a joint candidate."
    doc = geoextract.extract(text, date="2023-05-20", nlp=nlp)
    orgs = _orgs(doc)
    assert "Pheu Thai" in orgs
    assert "Pheu Thai party" not in orgs


def test_a_region_is_a_place_not_a_person_or_organisation(nlp):
    text = (
        "Chadian President Idriss Deby said jihadists were regrouping across the Sahel. "
        "Deby also urged Caribbean and Pacific partners to fund the force."
    )
    doc = geoextract.extract(text, date="2019-02-01", nlp=nlp)
    assert not _labels_of(doc, "Sahel") & {"PERSON", "ORG"}
    assert not _labels_of(doc, "Pacific") & {"PERSON", "ORG"}


def test_diseases_and_trade_pacts_are_not_organisations(nlp):
    text = (
        "Canadian Prime Minister Justin Trudeau said the USMCA must survive, while Health Minister "
        "Patty Hajdu warned that COVID-19 cases were rising in Ontario."
    )
    doc = geoextract.extract(text, date="2020-07-01", nlp=nlp)
    assert not _orgs(doc) & {"USMCA", "COVID-19"}


def test_a_name_with_no_capital_is_not_an_organisation():
    nlp = spacy.blank("en")
    doc = nlp("He spoke under the nom de plume of a rebel.")
    assert non_actor_label(doc, 4, 6, "ORG") == ""
    assert non_actor_label(doc, 0, 1, "ORG") is None


def test_an_all_caps_dateline_city_followed_by_country_date_and_credit_is_a_place(nlp):
    text = (
        "MALAGA, Spain, June 2 (Reuters) - Moroccan King Mohammed VI met Spanish Prime Minister "
        "Pedro Sanchez on Saturday."
    )
    doc = geoextract.extract(text, date="2023-06-02", nlp=nlp)
    assert "MALAGA" not in _orgs(doc)


def test_a_title_that_defaults_to_one_state_takes_the_holders_state(nlp):
    text = "Foreign Secretary Harsh Vardhan Shringla briefed reporters in New Delhi after the talks."
    doc = geoextract.extract(text, date="2021-03-10", nlp=nlp)
    assert R("Harsh Vardhan Shringla", "Foreign Secretary", "IND") in _roles(doc)


def test_an_unknown_national_body_office_takes_the_persons_state(nlp):
    text = "Constituent Assembly president Diosdado Cabello said the opposition had been warned."
    doc = geoextract.extract(text, date="2018-03-01", nlp=nlp)
    assert [r.country for r in _roles(doc) if r.person == "Diosdado Cabello"] == ["VEN"]


def test_an_explicit_portfolio_is_not_replaced_by_another_office_of_the_person(nlp):
    text = "Public Safety Minister Bill Blair said the border would stay closed."
    doc = geoextract.extract(text, date="2022-03-01", nlp=nlp)
    titles = [r.title for r in _roles(doc) if r.person == "Bill Blair"]
    assert titles == ["Public Safety Minister"]


def test_us_interior_and_commerce_secretaries_are_normalised(nlp):
    text = "Interior Secretary Ryan Zinke and Commerce Secretary Wilbur Ross toured the plant."
    doc = geoextract.extract(text, date="2018-05-01", nlp=nlp)
    roles = _roles(doc)
    assert R("Ryan Zinke", "Secretary of the Interior", "USA") in roles
    assert R("Wilbur Ross", "Secretary of Commerce", "USA") in roles
