from __future__ import annotations

import datetime as dt
import json

import pytest

from geoextract.errors import GeoExtractValueError
from geoextract.evaluate.gold import parse_gold_line, read_gold


def _line(**fields) -> str:
    doc = {"id": "x1", "date": "2024-01-02", "text": "Kerry met Lavrov.", "entities": []}
    doc.update(fields)
    return json.dumps(doc)


def test_reader_reads_the_fixture(data_dir):
    docs = read_gold(data_dir / "eval_gold.jsonl")
    assert [d.id for d in docs] == ["g1", "g2"]
    assert docs[0].date == dt.date(2024, 2, 13)
    assert docs[0].meetings[0].date == dt.date(2024, 2, 12)
    assert docs[0].entity("Antony Blinken").surfaces == ["Anthony Blinken", "Blinken"]


def test_reader_skips_blank_lines(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text("\n" + _line() + "\n\n", encoding="utf-8")
    assert len(read_gold(path)) == 1


def test_invalid_json_names_the_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(_line() + "\n{not json\n", encoding="utf-8")
    with pytest.raises(GeoExtractValueError, match=r"E501.*Line 2"):
        read_gold(path)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"text": None}, "text"),
        (
            {"entities": [{"name": "John Kerry", "type": "HUMAN", "surfaces": ["Kerry"]}]},
            "entities.0.type",
        ),
        ({"date": "last week"}, "date"),
        (
            {"meetings": [{"participants": ["John Kerry"], "status": "maybe", "mode": "meet"}]},
            "meetings.0.status",
        ),
        ({"extra_field": 1}, "extra_field"),
    ],
)
def test_malformed_field_is_named_with_line_and_field(tmp_path, fields, field):
    path = tmp_path / "g.jsonl"
    path.write_text(_line() + "\n" + _line(id="x2", **fields) + "\n", encoding="utf-8")
    with pytest.raises(GeoExtractValueError, match="E503") as err:
        read_gold(path)
    assert "line 2" in str(err.value)
    assert repr(field) in str(err.value)


def test_references_must_name_entities_and_surfaces_must_occur():
    kerry = {"name": "John Kerry", "type": "PERSON", "surfaces": ["Kerry"]}
    with pytest.raises(GeoExtractValueError, match=r"'meetings.0.participants.1'.*'Sergey Lavrov'"):
        parse_gold_line(
            _line(
                entities=[kerry],
                meetings=[
                    {
                        "participants": ["John Kerry", "Sergey Lavrov"],
                        "status": "occurred",
                        "mode": "meet",
                    }
                ],
            )
        )
    with pytest.raises(GeoExtractValueError, match=r"'roles.0.person'"):
        parse_gold_line(
            _line(entities=[kerry], roles=[{"person": "Kery", "title": "Secretary of State"}])
        )
    with pytest.raises(GeoExtractValueError, match=r"'entities.0.surfaces.0'.*does not occur"):
        parse_gold_line(
            _line(entities=[{"name": "John Kerry", "type": "PERSON", "surfaces": ["John Kerry"]}])
        )
    with pytest.raises(GeoExtractValueError, match=r"'normalisations.0.canonical'"):
        parse_gold_line(
            _line(entities=[kerry], normalisations=[{"surface": "Kerry", "canonical": "J. Kerry"}])
        )


def test_duplicate_ids_are_rejected(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(_line() + "\n" + _line() + "\n", encoding="utf-8")
    with pytest.raises(GeoExtractValueError, match=r"line 2.*'id'.*repeats line 1"):
        read_gold(path)


def test_shared_dev_gold_is_valid():
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "shared" / "data" / "dev" / "gold.jsonl"
    if not path.exists():
        pytest.skip("../shared/data/dev/gold.jsonl is not available")
    docs = read_gold(path)
    assert len(docs) == 30
    assert sum(len(d.meetings) for d in docs) == 45
