from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from geoextract.evaluate.conll import ConllDocument, Span
from geoextract.evaluate.ner import (
    LABEL_MAP,
    NerScores,
    doc_char_spans,
    geoextract_char_spans,
    map_label,
    project_spans,
    score_ner,
)
from geoextract.extensions import install_extensions


def _gold(tokens: str, tags: str) -> ConllDocument:
    return ConllDocument(tokens=tokens.split(), tags=tags.split(), sentence_starts=[0])


GOLD = _gold(
    "Kerry met Lavrov in Geneva with UN and EU staff", "B-PER O B-PER O B-LOC O B-ORG O B-ORG O"
)


def test_label_mapping_covers_named_labels_and_ignores_numbers():
    assert map_label("PERSON") == "PER"
    assert {map_label(x) for x in ("GPE", "LOC", "FAC")} == {"LOC"}
    assert {
        map_label(x) for x in ("NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE")
    } == {"MISC"}
    assert all(
        map_label(x) is None
        for x in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
    )
    assert set(LABEL_MAP.values()) == {"PER", "LOC", "ORG", "MISC"}


def test_perfect_predictions_score_one():
    scores = score_ner([GOLD], [GOLD.spans])
    assert all(scores.per_type[t].f1 == 1.0 for t in ("PER", "LOC", "ORG"))
    assert scores.per_type["MISC"].f1 is None
    assert scores.micro.f1 == 1.0


def test_empty_predictions_score_zero_recall():
    scores = score_ner([GOLD], [[]])
    assert scores.micro.recall == 0.0
    assert scores.micro.precision is None
    assert scores.micro.f1 == 0.0


def test_partial_predictions_exact_match_by_type():
    pred = [
        Span(0, 1, "PER"),  # right
        Span(2, 3, "LOC"),  # right span, wrong type
        Span(4, 5, "LOC"),  # right
        Span(6, 9, "ORG"),  # wrong boundaries
        Span(9, 10, "MISC"),  # spurious
    ]
    scores = score_ner([GOLD], [pred])
    per, loc, org, misc = (scores.per_type[t] for t in ("PER", "LOC", "ORG", "MISC"))
    assert (per.tp, per.n_pred, per.n_gold) == (1, 1, 2)
    assert (loc.tp, loc.n_pred, loc.n_gold) == (1, 2, 1)
    assert (org.tp, org.n_pred, org.n_gold) == (0, 1, 2)
    assert (misc.tp, misc.n_pred, misc.n_gold) == (0, 1, 0)
    micro = scores.micro
    assert (micro.tp, micro.n_pred, micro.n_gold) == (2, 4, 5)
    assert micro.f1 == pytest.approx(4 / 9)


def test_scores_sum_over_documents():
    other = _gold("Paris", "B-LOC")
    scores = score_ner([GOLD, other], [GOLD.spans, []])
    assert (scores.per_type["LOC"].tp, scores.per_type["LOC"].n_gold) == (1, 2)


def test_scores_json_carries_micro_figures():
    dumped = NerScores(system="x").model_dump()
    assert dumped["micro"]["f1"] is None


def test_projection_expands_to_touched_tokens_and_keeps_longest_overlap():
    offsets = GOLD.offsets  # Kerry=0-5 met=6-9 Lavrov=10-16 in=17-19 Geneva=20-26
    assert project_spans([(10, 14, "PER")], offsets) == [Span(2, 3, "PER")]
    assert project_spans([(0, 9, "PER"), (6, 19, "ORG")], offsets) == [Span(1, 4, "ORG")]
    assert project_spans([(0, 9, "PER"), (6, 16, "ORG")], offsets) == [Span(0, 2, "PER")]
    assert project_spans([(5, 6, "PER")], offsets) == []


def _doc() -> Doc:
    nlp = spacy.blank("en")
    doc = nlp(GOLD.text + " at the Geneva Conventions")
    doc.ents = [
        SpacySpan(doc, 0, 1, label="PERSON"),
        SpacySpan(doc, 2, 3, label="GPE"),
        SpacySpan(doc, 4, 5, label="GPE"),
        SpacySpan(doc, 12, 14, label="LAW"),
        SpacySpan(doc, 10, 11, label="CARDINAL"),
    ]
    return doc


def test_base_spans_come_from_doc_ents_mapped():
    assert doc_char_spans(_doc()) == [
        (0, 5, "PER"),
        (10, 16, "LOC"),
        (20, 26, "LOC"),
        (55, 73, "MISC"),
    ]


def test_geoextract_spans_are_document_mentions_plus_non_actor_misc():
    install_extensions()
    doc = _doc()
    doc._.geo_entities = [
        {
            "id": "e0",
            "name": "John Kerry",
            "label": "PERSON",
            "mentions": [{"start": 0, "end": 5, "text": "Kerry"}],
        },
        {
            "id": "e1",
            "name": "Sergey Lavrov",
            "label": "PERSON",
            "mentions": [{"start": 10, "end": 16, "text": "Lavrov"}],
        },
        {"id": "e2", "name": "Switzerland", "label": "GPE", "mentions": []},
        # A Document mention over a non-actor span wins over doc.ents.
        {
            "id": "e3",
            "name": "Geneva Conventions",
            "label": "ORG",
            "mentions": [{"start": 55, "end": 73, "text": "Geneva Conventions"}],
        },
    ]
    spans = geoextract_char_spans(doc)
    assert sorted(spans) == [(0, 5, "PER"), (10, 16, "PER"), (55, 73, "ORG")]
    doc._.geo_entities = doc._.geo_entities[:2]
    assert sorted(geoextract_char_spans(doc)) == [(0, 5, "PER"), (10, 16, "PER"), (55, 73, "MISC")]
