"""DataFrames of entities, roles and meetings for one Document or a corpus."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from display_helpers import article_document

from geoextract.display import (
    ENTITY_COLUMNS,
    RELATION_COLUMNS,
    ROLE_COLUMNS,
    entities_frame,
    relations_frame,
    roles_frame,
)
from geoextract.errors import GeoExtractTypeError, GeoExtractValueError
from geoextract.results import Document, ErrorRecord


def test_entities_frame_has_one_row_per_entity_with_distinct_surface_forms():
    doc = article_document()
    frame = entities_frame(doc)
    assert list(frame.columns) == list(ENTITY_COLUMNS)
    assert len(frame) == len(doc.entities)
    blinken = frame.set_index("entity").loc["e1"]
    assert blinken["name"] == "Antony Blinken"
    assert blinken["n_mentions"] == 2
    assert blinken["mentions"] == ["Antony Blinken", "Blinken"]
    assert blinken["kb_id"] == "Q7821917" and blinken["doc_id"] == "wire-<1>"
    assert blinken["doc_date"] == dt.date(2024, 4, 26)


def test_roles_frame_resolves_person_and_org_names():
    frame = roles_frame(article_document())
    assert list(frame.columns) == list(ROLE_COLUMNS)
    rows = frame.to_dict("records")
    assert rows[0]["person_name"] == "Antony Blinken" and rows[0]["title"] == "Secretary of State"
    assert pd.isna(rows[2]["person"]) and pd.isna(rows[2]["person_name"])
    assert rows[2]["qualifier"] == "former" and rows[2]["confirmed"] is False
    assert rows[3]["org_name"] == "NATO"


def test_relations_frame_lists_participant_names_in_order():
    frame = relations_frame(article_document())
    assert list(frame.columns) == list(RELATION_COLUMNS)
    visit = frame.iloc[0]
    assert visit["participant_names"] == ["Antony Blinken", "Wang Yi"]
    assert visit["host_name"] == "Wang Yi" and visit["mode"] == "visit"
    assert visit["date"] == dt.date(2024, 4, 26) and visit["topic"] == "fentanyl & <trade>"
    assert frame.iloc[1]["status"] == "planned"


def test_frames_concatenate_a_corpus_and_skip_error_records():
    one = article_document()
    two = one.model_copy(update={"id": "second"})
    error = ErrorRecord(id="bad", error="empty text", position=2)
    frame = entities_frame(
        [one, two.model_dump(mode="json"), error, {"id": "x", "error": "e", "position": 3}]
    )
    assert frame["doc_id"].tolist().count("second") == len(one.entities)
    assert set(frame["doc_id"]) == {"wire-<1>", "second"}


def test_frames_of_nothing_are_empty_with_the_columns():
    for make, columns in (
        (entities_frame, ENTITY_COLUMNS),
        (roles_frame, ROLE_COLUMNS),
        (relations_frame, RELATION_COLUMNS),
    ):
        frame = make([])
        assert frame.empty and list(frame.columns) == list(columns)
    assert roles_frame(Document(text="nothing")).empty


def test_frames_refuse_a_string_with_a_pointer_to_read_annotations():
    with pytest.raises(GeoExtractTypeError, match=r"E602.*read_annotations"):
        entities_frame("annotations.jsonl")  # type: ignore[arg-type]
    with pytest.raises(GeoExtractTypeError, match=r"E602.*int \(item 1\)"):
        entities_frame([article_document(), 3])  # type: ignore[list-item]


def test_frames_name_the_item_and_field_of_an_invalid_document():
    with pytest.raises(GeoExtractValueError, match=r"E603.*Item 1.*text"):
        roles_frame([article_document(), {"id": "no-text"}])


def test_meetings_frame_names_the_participants_of_a_graph_query():
    import geoextract
    from geoextract.display import MEETING_COLUMNS, meetings_frame

    doc = article_document()
    graph = geoextract.build_graph([doc, doc.model_copy(update={"id": "copy"})])
    frame = meetings_frame(graph)
    assert list(frame.columns) == list(MEETING_COLUMNS)
    visit = frame[frame["mode"] == "visit"].iloc[0]
    assert sorted(visit["participants"]) == ["Antony Blinken", "Wang Yi"]
    assert visit["host"] == "Wang Yi" and visit["documents"] == ["wire-<1>", "copy"]
    assert visit["evidence"].startswith("U.S. Secretary of State")
    only = meetings_frame(
        geoextract.MeetingGraph(graph), geoextract.graph.meetings_about(graph, "fentanyl")
    )
    assert len(only) == 1 and only.iloc[0]["topic"] == "fentanyl & <trade>"
