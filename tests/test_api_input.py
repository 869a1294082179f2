"""Bad input gets a clear error, empty input an empty Document, and nothing is lost.

These tests use a blank English pipeline: they are about the plumbing of the public API,
not about what the trained components find.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

import geoextract
from geoextract.errors import GeoExtractTypeError, GeoExtractValueError


@pytest.fixture
def blank():
    return spacy.blank("en")


def test_empty_text_gives_empty_document(blank):
    doc = geoextract.extract("", nlp=blank)
    assert doc.text == "" and doc.entities == [] and doc.relations == []


def test_non_string_text_is_a_type_error_naming_the_type(blank):
    with pytest.raises(GeoExtractTypeError, match="bytes"):
        geoextract.extract(b"Biden met Xi", nlp=blank)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        geoextract.extract(None, nlp=blank)  # type: ignore[arg-type]


def test_text_over_max_length_is_refused_with_the_limit(blank):
    blank.max_length = 100
    with pytest.raises(GeoExtractValueError, match="100"):
        geoextract.extract("word " * 50, nlp=blank)


def test_bad_date_names_the_value(blank):
    with pytest.raises(GeoExtractValueError, match="12/11/2024"):
        geoextract.extract("Text.", date="12/11/2024", nlp=blank)


def test_dates_accept_iso_strings_dates_and_datetimes(blank):
    for value in ("2024-11-12", dt.date(2024, 11, 12), dt.datetime(2024, 11, 12, 8, 30)):
        assert geoextract.extract("Text.", date=value, nlp=blank).date == dt.date(2024, 11, 12)


def test_extract_many_keeps_order_and_ids(blank):
    records = ["first", {"id": "b", "text": "second", "date": "2020-01-02"}, {"id": 3, "text": "third"}]
    docs = list(geoextract.extract_many(records, nlp=blank, batch_size=2))
    assert [d.text for d in docs] == ["first", "second", "third"]
    assert [d.id for d in docs] == [None, "b", "3"]
    assert docs[1].date == dt.date(2020, 1, 2)


def test_extract_many_raises_on_bad_record_by_default(blank):
    with pytest.raises(GeoExtractValueError, match="Record 1"):
        list(geoextract.extract_many(["ok", {"id": "x"}], nlp=blank))


def test_extract_many_can_answer_bad_records_in_place(blank):
    records = ["ok", {"id": "x"}, 42, {"id": "d", "text": "fine", "date": "not a date"}, "last"]
    out = list(geoextract.extract_many(records, nlp=blank, on_error="record"))
    assert len(out) == len(records)
    kinds = [type(o).__name__ for o in out]
    assert kinds == ["Document", "ErrorRecord", "ErrorRecord", "ErrorRecord", "Document"]
    assert [o.position for o in out if isinstance(o, geoextract.ErrorRecord)] == [1, 2, 3]
    assert out[1].id == "x" and "text" in out[1].error


def test_unknown_load_option_is_refused():
    with pytest.raises(GeoExtractValueError, match="colour"):
        geoextract.load(colour="blue")


def test_missing_base_pipeline_error_names_the_package():
    from geoextract.errors import BaseModelNotFoundError

    with pytest.raises(BaseModelNotFoundError, match="no_such_pipeline"):
        geoextract.load("no_such_pipeline")
