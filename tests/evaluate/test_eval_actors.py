"""Actor-coding scorer on hand-made documents with known answers."""

from __future__ import annotations

import json

import pytest

from geoextract.errors import GeoExtractValueError
from geoextract.evaluate.actors import (
    ActorSentence,
    GoldActor,
    predicted_country,
    read_actor_sentences,
    score_actors,
)
from geoextract.results import Document, Entity, Mention, Role

TEXT = "Taiwan's Vice Foreign Minister met EU officials."


def _doc() -> Document:
    taiwan = Entity(id="e0", name="Taiwan", label="GPE", country="TWN", mentions=[Mention(start=0, end=6, text="Taiwan")])
    eu = Entity(id="e1", name="European Union", label="ORG", mentions=[Mention(start=35, end=37, text="EU")])
    role = Role(person=None, title="Vice Foreign Minister", country="TWN", mention=Mention(start=0, end=30, text=TEXT[:30]))
    return Document(text=TEXT, entities=[taiwan, eu], roles=[role])


def _gold(*actors: tuple[str, str | None]) -> ActorSentence:
    return ActorSentence(id="a1", text=TEXT, actors=[GoldActor(phrase=p, country=c) for p, c in actors])


def test_perfect_prediction_scores_one():
    report = score_actors([_doc()], [_gold(("Taiwan's Vice Foreign Minister", "TWN"), ("EU officials", None))])
    assert report.accuracy == 1.0 and report.correct == 2 and report.misses == []


def test_empty_prediction_gets_only_the_stateless_actor():
    report = score_actors([Document(text=TEXT)], [_gold(("Taiwan's Vice Foreign Minister", "TWN"), ("EU officials", None))])
    assert report.correct == 1 and report.accuracy == 0.5
    assert report.with_country == 1 and report.correct_with_country == 0
    assert report.misses[0].phrase == "Taiwan's Vice Foreign Minister"


def test_wrong_country_is_a_miss():
    doc = _doc()
    doc.roles[0].country = "CHN"
    report = score_actors([doc], [_gold(("Taiwan's Vice Foreign Minister", "TWN"))])
    assert report.accuracy == 0.0 and report.misses[0].predicted == "CHN"


def test_role_wins_over_an_entity_inside_it():
    doc = _doc()
    doc.roles[0].country = "XKX"
    assert predicted_country(doc, 0, 30) == "XKX"


def test_reader_refuses_a_phrase_missing_from_its_text(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Hello", "actors": [{"phrase": "Goodbye", "country": None}]}) + "\n")
    with pytest.raises(GeoExtractValueError, match="Goodbye"):
        read_actor_sentences(path)
