"""The result schema round-trips through JSON and refuses malformed data."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from geoextract import Document, Entity, Mention, Relation, Role


def _document() -> Document:
    text = "Joe Biden met Xi Jinping in Lima on Saturday."
    biden = Entity(id="e0", name="Joe Biden", label="PERSON", kb_id="Q6279", country="USA",
                   mentions=[Mention(start=0, end=9, text="Joe Biden")], kind="person", score=1.0)
    xi = Entity(id="e1", name="Xi Jinping", label="PERSON", kb_id="Q15031", country="CHN",
                mentions=[Mention(start=14, end=24, text="Xi Jinping")], kind="person", score=1.0)
    role = Role(person="e0", title="President", country="USA", org=None, qualifier=None,
                mention=Mention(start=0, end=9, text="Joe Biden"), role_type="head_of_state")
    rel = Relation(mode="meet", participants=["e0", "e1"], topic=None, place="Lima",
                   date=dt.date(2024, 11, 16), status="occurred",
                   evidence=Mention(start=0, end=len(text), text=text), confidence=0.9)
    return Document(id="d1", date=dt.date(2024, 11, 16), text=text, entities=[biden, xi], roles=[role], relations=[rel])


def test_document_round_trips_through_json():
    d = _document()
    assert Document.model_validate_json(d.model_dump_json()) == d


def test_relation_dates_serialise_as_iso_strings():
    data = _document().model_dump(mode="json")
    assert data["relations"][0]["date"] == "2024-11-16"
    assert data["date"] == "2024-11-16"


def test_unknown_status_is_refused():
    with pytest.raises(ValidationError):
        Relation(mode="meet", participants=[], status="rumoured",
                 evidence=Mention(start=0, end=0, text=""), confidence=0.5)


def test_entity_lookup_by_id():
    d = _document()
    assert d.entity("e1").name == "Xi Jinping"
    assert d.entity("e9") is None
