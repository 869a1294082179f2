"""Readers: every input format, every bad-record kind, ids, positions and skipping."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from batch_helpers import news_record, write_jsonl

from geoextract.batch import InputRecord, iter_records
from geoextract.batch.readers import count_records, resolve_inputs
from geoextract.errors import GeoExtractValueError
from geoextract.results import ErrorRecord


def _codes(inputs, **kwargs) -> list[str | None]:
    return [
        r.code if isinstance(r, ErrorRecord) else None for _, r in iter_records(inputs, **kwargs)
    ]


def test_jsonl_records_keep_id_text_and_date(tmp_path: Path):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(0), news_record(1)])
    records = list(iter_records([path]))
    assert [pos for pos, _ in records] == [0, 1]
    first = records[0][1]
    assert isinstance(first, InputRecord)
    assert (first.id, first.date.isoformat(), first.source) == ("r0", "2024-01-01", str(path))
    assert first.words == len(news_record(0)["text"].split())


def test_gzip_jsonl_reads_like_plain(tmp_path: Path):
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps(news_record(7)) + "\n")
    [(_, record)] = list(iter_records(path))
    assert isinstance(record, InputRecord) and record.id == "r7"


def test_json_array_is_read(tmp_path: Path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([news_record(0), "not an object", news_record(2)]), encoding="utf-8")
    assert _codes([path]) == [None, "invalid_json", None]


def test_csv_and_tsv_columns_map_to_fields(tmp_path: Path):
    csv_path = tmp_path / "a.csv"
    csv_path.write_text(
        'doc,body,day\nd1,"Macron met Scholz, officials said.",2024-03-01\nd2,"Second, with\nnewline",\n',
        encoding="utf-8",
    )
    records = [
        r for _, r in iter_records([csv_path], text_field="body", id_field="doc", date_field="day")
    ]
    assert [(r.id, r.date) for r in records if isinstance(r, InputRecord)] == [
        ("d1", dt.date(2024, 3, 1)),
        ("d2", None),  # an empty cell is no date, not a bad one
    ]
    assert records[1].text == "Second, with\nnewline"
    tsv_path = tmp_path / "b.tsv.gz"
    with gzip.open(tsv_path, "wt", encoding="utf-8") as f:
        f.write("id\ttext\nt1\tHello there.\n")
    [(_, record)] = list(iter_records([tsv_path]))
    assert isinstance(record, InputRecord) and record.id == "t1"


def test_malformed_csv_row_becomes_invalid_row(tmp_path: Path):
    path = tmp_path / "a.csv"
    path.write_text('id,text\n1,"fine"\n2,"broken"quote\n3,"also fine"\n', encoding="utf-8")
    assert _codes([path]) == [None, "invalid_row", None]


def test_parquet_is_streamed_by_row_groups(tmp_path: Path):
    path = tmp_path / "a.parquet"
    table = pa.table(
        {
            "id": [f"p{i}" for i in range(10)],
            "text": [f"Text number {i}." for i in range(9)] + [None],
            "date": pa.array([None] * 10, type=pa.date32()),
        }
    )
    pq.write_table(table, path, row_group_size=3)
    records = list(iter_records([path]))
    assert [pos for pos, _ in records] == list(range(10))
    assert records[-1][1].code == "missing_text"
    assert [r.id for _, r in iter_records([path], start=7)] == ["p7", "p8", "p9"]


def test_parquet_binary_text_with_bad_bytes_is_undecodable(tmp_path: Path):
    path = tmp_path / "a.parquet"
    pq.write_table(pa.table({"text": pa.array([b"ok text", b"bad \xff"], type=pa.binary())}), path)
    assert _codes([path]) == [None, "undecodable"]


def test_txt_folder_gives_one_record_per_file_with_path_ids(tmp_path: Path):
    folder = tmp_path / "articles"
    (folder / "2024").mkdir(parents=True)
    (folder / "b.txt").write_text("Second article.", encoding="utf-8")
    (folder / "2024" / "a.txt").write_text("First article.", encoding="utf-8")
    with gzip.open(folder / "c.txt.gz", "wt", encoding="utf-8") as f:
        f.write("Third article.")
    (folder / "d.txt").write_bytes(b"caf\xe9 in latin-1")
    (folder / "e.txt").write_text("  \n", encoding="utf-8")
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    records = [r for _, r in iter_records([folder])]
    assert [r.id for r in records] == ["2024/a", "b", "c", "d", "e"]
    assert [getattr(r, "code", None) for r in records] == [
        None,
        None,
        None,
        "undecodable",
        "empty_text",
    ]
    assert count_records(resolve_inputs([folder])) == 5


def test_every_bad_record_kind_gets_its_code(tmp_path: Path):
    path = write_jsonl(
        tmp_path / "bad.jsonl",
        [
            news_record(0),
            "{not json",
            json.dumps({"id": "t", "title": "no text"}),
            json.dumps({"id": "n", "text": 42}),
            json.dumps({"id": "e", "text": " \n\t"}),
            json.dumps({"id": "d", "text": "Dated badly.", "date": "12/11/2024"}),
            json.dumps({"id": "s", "text": "lone surrogate \ud800"}),
            json.dumps({"id": "o", "text": "x" * 200}),
            "[1, 2]",
        ],
    )
    with path.open("ab") as f:
        f.write(b'{"id": "u", "text": "caf\xe9"}\n')
    codes = _codes([path], max_chars=100)
    assert codes == [
        None,
        "invalid_json",
        "missing_text",
        "missing_text",
        "empty_text",
        "bad_date",
        "undecodable",
        "oversized",
        "invalid_json",
        "undecodable",
    ]


def test_error_records_name_source_line_and_keep_the_id(tmp_path: Path):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(0), {"id": "x9", "text": ""}])
    _, error = list(iter_records([path]))[1]
    assert isinstance(error, ErrorRecord)
    assert (error.id, error.position, error.source) == ("x9", 1, str(path))
    assert "line 2" in error.error


def test_records_without_id_get_stem_and_index_ids(tmp_path: Path):
    path = write_jsonl(tmp_path / "wire.jsonl", [{"text": "A."}, "{oops", {"text": "B."}])
    assert [r.id for _, r in iter_records([path])] == ["wire:0", "wire:1", "wire:2"]


def test_blank_lines_are_not_records(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text('\n{"text": "A."}\n\n   \n{"text": "B."}\n', encoding="utf-8")
    assert [pos for pos, _ in iter_records([path])] == [0, 1]
    assert count_records(resolve_inputs([path])) == 2


def test_positions_run_across_inputs_and_start_skips_them(tmp_path: Path):
    a = write_jsonl(tmp_path / "a.jsonl", [news_record(i) for i in range(3)])
    b = tmp_path / "b.csv"
    b.write_text("id,text\nc0,One.\nc1,Two.\n", encoding="utf-8")
    everything = [(pos, r.id) for pos, r in iter_records([a, b])]
    assert everything == [(0, "r0"), (1, "r1"), (2, "r2"), (3, "c0"), (4, "c1")]
    assert [(pos, r.id) for pos, r in iter_records([a, b], start=2)] == everything[2:]
    assert list(iter_records([a, b], start=5)) == []


def test_format_option_overrides_the_suffix(tmp_path: Path):
    path = write_jsonl(tmp_path / "export.data", [news_record(0)])
    with pytest.raises(GeoExtractValueError, match="E302"):
        list(iter_records([path]))
    assert _codes([path], input_format="jsonl") == [None]


def test_missing_input_and_missing_text_column_fail_before_any_work(tmp_path: Path):
    with pytest.raises(GeoExtractValueError, match="E301"):
        resolve_inputs([tmp_path / "nope.jsonl"])
    path = tmp_path / "a.csv"
    path.write_text("id,body\n1,Hello.\n", encoding="utf-8")
    with pytest.raises(GeoExtractValueError, match=r"E306.*body"):
        list(iter_records([path]))
    (tmp_path / "empty").mkdir()
    with pytest.raises(GeoExtractValueError, match="E307"):
        resolve_inputs([tmp_path / "empty"])


def test_truncated_gzip_input_is_reported_with_the_file(tmp_path: Path):
    path = tmp_path / "a.jsonl.gz"
    data = gzip.compress(
        ("\n".join(json.dumps(news_record(i)) for i in range(200)) + "\n").encode()
    )
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(GeoExtractValueError, match=r"E309.*a\.jsonl\.gz"):
        list(iter_records([path]))
