"""Split names, surname particles, definite descriptions of named actors and appositive titles:
entity and role repairs on sentences written for these tests."""

from __future__ import annotations

import pytest
from role_cases import Triple as R
from role_cases import role_triples as _roles
from spacy.tokens import Span

import geoextract
from geoextract.api import make_doc
from geoextract.components.name_match import name_similarity

pytestmark = pytest.mark.integration

BASE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")




def _surfaces(doc: geoextract.Document, name: str) -> set[str]:
    return {m.text for e in doc.entities if e.name == name for m in e.mentions}


def _labels_of(doc: geoextract.Document, surface: str) -> set[str]:
    return {e.label for e in doc.entities for m in e.mentions if m.text == surface}


def test_two_touching_one_word_places_close_to_a_kb_person_are_one_person(nlp):
    doc = make_doc(nlp, "Finland's Sanna Marinn and Sweden's leader spoke on Monday.", date="2021-06-07")
    with nlp.select_pipes(enable=list(BASE_PIPES)):
        doc = nlp(doc)
    # The NER's failure mode: a misspelt full name read as two places.
    doc.ents = [e for e in doc.ents if e.text not in ("Sanna", "Marinn", "Sanna Marinn")] + [
        Span(doc, 2, 3, label="GPE"),
        Span(doc, 3, 4, label="GPE"),
    ]
    doc = nlp.get_pipe("geoextract_actor_ruler")(doc)
    assert ("Sanna Marinn", "PERSON") in {(e.text, e.label_) for e in doc.ents}


def test_a_name_before_based_or_after_the_is_no_bare_surname(nlp):
    text = "Judges of the Hague-based court said on Tuesday that the case would go ahead."
    doc = geoextract.extract(text, date="2022-03-01", nlp=nlp)
    assert "PERSON" not in _labels_of(doc, "Hague")


def test_a_surname_modifying_a_noun_after_the_is_still_a_person(nlp):
    text = "Former U.S. President Barack Obama spoke in Berlin. The Obama administration had backed the deal."
    doc = geoextract.extract(text, date="2018-05-01", nlp=nlp)
    assert "Obama" in _surfaces(doc, "Barack Obama")


def test_a_hyphenated_negating_prefix_leaves_the_organisation_mention(nlp):
    text = "Washington formally designated Colombia a major non-NATO ally on Thursday."
    doc = geoextract.extract(text, date="2022-05-26", nlp=nlp)
    assert "NATO" in _surfaces(doc, "NATO")
    assert not _labels_of(doc, "non-NATO")


def test_a_surname_the_ner_missed_keeps_its_particle(nlp):
    text = "Former Belgian Prime Minister Herman Van Rompuy spoke in Ghent. Later Van Rompuy called for unity."
    doc = make_doc(nlp, text, date="2015-03-02")
    with nlp.select_pipes(enable=[*BASE_PIPES, "geoextract_actor_ruler"]):
        doc = nlp(doc)
    second = text.rindex("Van Rompuy")
    # The NER's failure mode: the second mention is not tagged at all.
    doc.ents = [e for e in doc.ents if e.end_char <= second]
    doc = nlp.get_pipe("geoextract_name_coref")(doc)
    assert "Van Rompuy" in {e.text for e in doc.ents if e.start_char >= second and e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "org", "description"),
    [
        (
            "Ukraine filed its case at the International Court of Justice on Monday. "
            "The tribunal will hear arguments next month.",
            "International Court of Justice",
            "The tribunal",
        ),
        (
            "Al-Shabaab claimed the attack in Mogadishu. Officials said the militants had used a truck bomb.",
            "Al-Shabaab",
            "the militants",
        ),
        (
            "Leaders gathered at the World Economic Forum in Davos. The forum ends on Friday.",
            "World Economic Forum",
            "The forum",
        ),
    ],
)
def test_a_definite_description_names_the_one_fitting_organisation(nlp, text, org, description):
    doc = geoextract.extract(text, date="2023-01-16", nlp=nlp)
    assert description in {m.text for e in doc.entities if org in e.name or e.name in org for m in e.mentions}


def test_a_compound_surname_part_and_a_misspelt_given_name_do_not_make_a_match():
    assert name_similarity("Lee Min", "Li Min-jun") < 0.9
    assert name_similarity("Ana Lopez", "Ana Lopez Garcia") >= 0.92


def test_a_quantified_title_names_no_one(nlp):
    text = (
        "Robert Fico, who has met Putin more often than any other EU leader, defended the visit. "
        "European Commission President Ursula von der Leyen criticised it."
    )
    doc = geoextract.extract(text, date="2024-12-23", nlp=nlp)
    assert all(r.title != "Leader" for r in _roles(doc))


def test_an_appositive_title_after_name_of_country_binds_to_the_person(nlp):
    text = "Abdulla Shahid of the Maldives, the president of the General Assembly, opened the session."
    doc = geoextract.extract(text, date="2021-09-21", nlp=nlp)
    assert any(r.person == "Abdulla Shahid" and r.title == "President" for r in _roles(doc))


def test_as_clause_hung_on_the_object_binds_the_object(nlp):
    text = "Colombian President Gustavo Petro recognised opposition leader Edmundo Gonzalez as Venezuela's legitimate president."
    doc = geoextract.extract(text, date="2024-09-10", nlp=nlp)
    roles = [r for r in _roles(doc) if r.title == "President" and r.country == "VEN"]
    assert roles and all(r.person is not None and r.person.startswith("Edmundo") for r in roles)


def test_head_of_a_states_agency_is_its_director(nlp):
    text = "William Burns, head of America's Central Intelligence Agency, met officials in Cairo."
    doc = geoextract.extract(text, date="2023-11-02", nlp=nlp)
    assert any(r.person and r.person.endswith("Burns") and (r.title, r.country) == ("Director", "USA") for r in _roles(doc))


def test_special_representative_and_a_second_appositive_title(nlp):
    text = (
        "China will send Zhai Jun, its special representative for Middle East affairs and a former "
        "ambassador to France, to Cairo next week."
    )
    doc = geoextract.extract(text, date="2023-10-16", nlp=nlp)
    roles = _roles(doc)
    assert R("Zhai Jun", "Special Envoy", "CHN") in roles
    assert any(r.person == "Zhai Jun" and r.title.startswith("Ambassador") and r.country == "CHN" for r in roles)


def test_a_bare_definite_title_of_one_named_person_is_a_mention(nlp):
    text = (
        "The chief prosecutor of the International Criminal Court, Fatou Bensouda, opened an inquiry on Friday. "
        "Officials said the prosecutor had gathered evidence for two years."
    )
    doc = geoextract.extract(text, date="2019-12-20", nlp=nlp)
    assert "the prosecutor" in _surfaces(doc, "Fatou Bensouda")
    assert sum(1 for r in _roles(doc) if r.person == "Fatou Bensouda" and r.title == "Prosecutor") == 2


def test_a_bare_definite_title_shared_by_two_named_people_is_no_mention(nlp):
    text = (
        "French President Emmanuel Macron met Kenyan President William Ruto in Paris on Monday. "
        "The president said the talks went well."
    )
    doc = geoextract.extract(text, date="2023-06-19", nlp=nlp)
    assert not any(m.text == "The president" for e in doc.entities for m in e.mentions)
