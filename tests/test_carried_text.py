"""The text make_doc carries on the Doc, and the direct span-extension store."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from geoextract.api import make_doc
from geoextract.components._common import TextSlicer, set_span_attrs, span_attr
from geoextract.conversion import doc_to_document
from geoextract.extensions import (
    TEXT_KEY,
    carried_text,
    doc_text,
    install_extensions,
    plain_span_extensions,
)

TEXTS = [
    "Antony Blinken met Wang Yi in Beijing.",
    "  Leading spaces,\ttabs and a trailing newline\n",
    "Côte d'Ivoire’s président — met «Macron» ",
    "x",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    install_extensions()
    return spacy.blank("en")


@pytest.mark.parametrize("text", TEXTS)
def test_make_doc_carries_the_text_it_tokenised(nlp: Language, text: str) -> None:
    doc = make_doc(nlp, text)
    assert carried_text(doc) == text
    assert doc_text(doc) == text == doc.text


def test_empty_text_is_carried_for_an_empty_doc(nlp: Language) -> None:
    doc = make_doc(nlp, "")
    assert carried_text(doc) == ""
    assert doc_text(doc) == ""


@pytest.mark.parametrize(
    "wrong",
    [
        "Antony Blinken met Wang Yi in Beijing!",  # same length, other last token
        "Antony Blinken met Wang Yi in Beijing. ",  # longer
        "Xntony Blinken met Wang Yi in Beijing.",  # other first token
        "short",
        "",
        42,
    ],
)
def test_a_carried_text_that_does_not_match_the_doc_falls_back_to_the_tokens(nlp: Language, wrong: object) -> None:
    doc = make_doc(nlp, TEXTS[0])
    doc.user_data[TEXT_KEY] = wrong
    assert carried_text(doc) is None
    assert doc_text(doc) == TEXTS[0]
    assert doc_to_document(doc).text == TEXTS[0]


def test_a_carried_text_on_an_empty_doc_must_be_empty(nlp: Language) -> None:
    doc = nlp.make_doc("")
    doc.user_data[TEXT_KEY] = "not empty"
    assert carried_text(doc) is None
    assert doc_text(doc) == ""


def test_doc_text_keeps_the_text_it_built_for_a_doc_without_one(nlp: Language) -> None:
    doc = nlp("Emmanuel Macron spoke.")
    assert TEXT_KEY not in doc.user_data
    assert doc_text(doc) == "Emmanuel Macron spoke."
    assert carried_text(doc) == "Emmanuel Macron spoke."


def test_a_doc_built_from_another_docs_user_data_ignores_its_text(nlp: Language) -> None:
    first = make_doc(nlp, TEXTS[0])
    other = Doc(nlp.vocab, words=["Hello", "world"], user_data=dict(first.user_data))
    assert doc_text(other) == "Hello world "


@pytest.mark.parametrize("carry", [True, False])
def test_text_slicer_gives_the_same_slices_with_or_without_the_carried_text(nlp: Language, carry: bool) -> None:
    text = TEXTS[2]
    doc = make_doc(nlp, text) if carry else nlp.make_doc(text)
    slicer = TextSlicer(doc)
    assert (slicer.text is not None) is carry
    # Mentions start where a token starts; the carried text also slices anywhere else.
    starts = [t.idx for t in doc] if not carry else range(len(text))
    for start in starts:
        for end in range(start, len(text) + 1):
            assert slicer[start:end] == text[start:end]


def test_conversion_keeps_the_carried_text(nlp: Language) -> None:
    doc = make_doc(nlp, TEXTS[1], date="2024-11-12", doc_id="d1")
    document = doc_to_document(doc)
    assert document.text == TEXTS[1]
    assert document.id == "d1"


def test_span_values_written_directly_read_back_through_underscore(nlp: Language) -> None:
    assert plain_span_extensions()
    doc = nlp("Antony Blinken met Wang Yi.")
    span = doc[0:2]
    set_span_attrs(span, kind="person", country="USA", source="kb")
    assert (span._.geo_kind, span._.geo_country, span._.geo_source) == ("person", "USA", "kb")
    same = doc.char_span(span.start_char, span.end_char)
    assert same is not None and same._.geo_kind == "person"


def test_span_values_set_through_underscore_read_back_directly(nlp: Language) -> None:
    doc = nlp("Antony Blinken met Wang Yi.")
    span = doc[3:5]
    assert span_attr(span, "entity") is None
    span._.geo_entity = "e1"
    span._.geo_score = 0.5
    assert span_attr(span, "entity") == "e1"
    assert span_attr(span, "score") == 0.5
    assert span_attr(doc[0:2], "entity") is None


def test_set_doc_ents_sets_the_same_entities_as_the_ents_setter(nlp: Language) -> None:
    from spacy.tokens import Span

    from geoextract.components._common import set_doc_ents

    text = "Antony Blinken met Wang Yi in Beijing on Monday."
    by_setter = nlp.make_doc(text)
    direct = nlp.make_doc(text)
    for doc in (by_setter, direct):
        doc.ents = [Span(doc, 5, 6, label="GPE")]  # replaced below: the rest becomes outside
    spans = [
        Span(direct, 0, 2, label="PERSON", kb_id="Q1"),
        Span(direct, 3, 5, label="PERSON", span_id="x"),
        Span(direct, 6, 7, label="GPE"),
    ]
    by_setter.ents = [Span(by_setter, s.start, s.end, label=s.label_, kb_id=s.kb_id_, span_id=s.id_) for s in spans]
    set_doc_ents(direct, spans)
    got = [(e.start, e.end, e.label_, e.kb_id_, e.id_) for e in direct.ents]
    assert got == [(e.start, e.end, e.label_, e.kb_id_, e.id_) for e in by_setter.ents]
    assert [t.ent_iob_ for t in direct] == [t.ent_iob_ for t in by_setter]
