"""annotate_corpus: one output line per record, in order, on every format and error kind."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from batch_helpers import BOOM, news_record, read_lines, write_jsonl
from spacy.language import Language

from geoextract import annotate_corpus
from geoextract.batch import StrictModeError
from geoextract.batch.engines import ZONE_BATCHES
from geoextract.batch.worker import PRIME_DOCS, count_primed
from geoextract.errors import GeoExtractValueError
from geoextract.results import Document, ErrorRecord


def _parse(line: dict) -> Document | ErrorRecord:
    return ErrorRecord.model_validate(line) if "error" in line else Document.model_validate(line)


def test_every_input_format_gives_one_document_per_record(tmp_path: Path, blank_nlp: Language):
    jsonl = write_jsonl(tmp_path / "a.jsonl", [news_record(0), news_record(1)])
    csv_path = tmp_path / "b.csv"
    csv_path.write_text('id,text,date\nc0,"Lammy met Wang Yi.",2024-05-02\n', encoding="utf-8")
    parquet = tmp_path / "c.parquet"
    pq.write_table(pa.table({"id": ["q0"], "text": ["Xi met Biden."]}), parquet)
    folder = tmp_path / "txt"
    folder.mkdir()
    (folder / "t0.txt").write_text("Putin called Erdogan.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = annotate_corpus([jsonl, csv_path, parquet, folder], out, nlp=blank_nlp)
    docs = [_parse(line) for line in read_lines(out)]
    assert [d.id for d in docs] == ["r0", "r1", "c0", "q0", "t0"]
    assert all(isinstance(d, Document) for d in docs)
    assert docs[2].date is not None and docs[2].date.isoformat() == "2024-05-02"
    assert (summary.records, summary.documents, summary.errors) == (5, 5, 0)
    assert summary.words == sum(len(d.text.split()) for d in docs)


def test_bad_records_become_error_lines_in_place(tmp_path: Path, blank_nlp: Language):
    path = write_jsonl(
        tmp_path / "a.jsonl",
        [
            news_record(0),
            "{broken",
            {"id": "empty", "text": ""},
            {"id": "boom", "text": f"A text that makes the pipeline go {BOOM}."},
            {"id": "date", "text": "Fine text.", "date": "yesterday"},
            {"id": "big", "text": "word " * 50},
            news_record(6),
        ],
    )
    out = tmp_path / "out.jsonl.gz"
    summary = annotate_corpus([path], out, nlp=blank_nlp, batch_size=3, max_chars=100)
    results = [_parse(line) for line in read_lines(out)]
    assert [r.id for r in results] == ["r0", "a:1", "empty", "boom", "date", "big", "r6"]
    assert [getattr(r, "code", None) for r in results] == [
        None,
        "invalid_json",
        "empty_text",
        "processing",
        "bad_date",
        "oversized",
        None,
    ]
    assert [r.position for r in results if isinstance(r, ErrorRecord)] == [1, 2, 3, 4, 5]
    assert "RuntimeError" in results[3].error
    assert summary.error_codes == {
        "invalid_json": 1,
        "empty_text": 1,
        "processing": 1,
        "bad_date": 1,
        "oversized": 1,
    }


def test_a_failing_record_does_not_take_its_batch_down(tmp_path: Path, blank_nlp: Language):
    records = [news_record(i) for i in range(10)]
    records[4] = {"id": "bad", "text": f"{BOOM} here"}
    out = tmp_path / "out.jsonl"
    annotate_corpus([write_jsonl(tmp_path / "a.jsonl", records)], out, nlp=blank_nlp, batch_size=10)
    codes = [line.get("code") for line in read_lines(out)]
    assert codes == [None] * 4 + ["processing"] + [None] * 5


def test_pipeline_text_longer_than_max_length_is_oversized(tmp_path: Path, blank_nlp: Language):
    blank_nlp.max_length = 20
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "long", "text": "a long text " * 5}])
    out = tmp_path / "out.jsonl"
    annotate_corpus([path], out, nlp=blank_nlp)
    assert read_lines(out)[0]["code"] == "oversized"


def test_two_processes_keep_input_order_and_isolate_failures(tmp_path: Path, blank_nlp: Language):
    records = [news_record(i) for i in range(60)]
    records[33] = {"id": "bad", "text": f"{BOOM}!"}
    path = write_jsonl(tmp_path / "a.jsonl", records)
    out = tmp_path / "out.jsonl"
    summary = annotate_corpus([path], out, nlp=blank_nlp, n_process=2, batch_size=4)
    lines = read_lines(out)
    assert [line["id"] for line in lines] == [r["id"] for r in records]
    assert [i for i, line in enumerate(lines) if "error" in line] == [33]
    assert (summary.n_process, summary.documents, summary.errors) == (2, 59, 1)
    single = tmp_path / "single.jsonl"
    annotate_corpus([path], single, nlp=blank_nlp, n_process=1, batch_size=7)
    assert single.read_bytes() == out.read_bytes()


def test_strict_raises_after_writing_everything(tmp_path: Path, blank_nlp: Language):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(0), {"text": ""}, news_record(2)])
    out = tmp_path / "out.jsonl"
    with pytest.raises(StrictModeError, match="E304") as info:
        annotate_corpus([path], out, nlp=blank_nlp, strict=True)
    assert len(read_lines(out)) == 3
    assert info.value.summary.errors == 1
    clean = write_jsonl(tmp_path / "clean.jsonl", [news_record(0)])
    assert annotate_corpus([clean], tmp_path / "ok.jsonl", nlp=blank_nlp, strict=True).ok


def test_existing_output_is_refused_unless_resume_or_overwrite(tmp_path: Path, blank_nlp: Language):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(0)])
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    with pytest.raises(GeoExtractValueError, match="E303"):
        annotate_corpus([path], out, nlp=blank_nlp)
    assert out.read_text(encoding="utf-8") == "precious\n"
    annotate_corpus([path], out, nlp=blank_nlp, overwrite=True)
    assert [line["id"] for line in read_lines(out)] == ["r0"]


def test_bad_options_are_refused(tmp_path: Path, blank_nlp: Language):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(0)])
    with pytest.raises(GeoExtractValueError, match="E305"):
        annotate_corpus([path], tmp_path / "o.jsonl", nlp=blank_nlp, engine="spark")
    with pytest.raises(GeoExtractValueError, match="E313"):
        annotate_corpus([path], tmp_path / "o.jsonl", nlp=blank_nlp, batch_size=0)


def test_pipeline_loaded_by_name_when_no_nlp_is_given(tmp_path: Path, blank_pipeline: None):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(0)])
    out = tmp_path / "out.jsonl"
    annotate_corpus([path], out, base="any-base-the-patch-ignores")
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "r0"


def test_forced_progress_bar_does_not_change_the_output(tmp_path: Path, blank_nlp: Language):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(i) for i in range(5)])
    quiet, shown = tmp_path / "quiet.jsonl", tmp_path / "shown.jsonl"
    annotate_corpus([path], quiet, nlp=blank_nlp, progress=False)
    annotate_corpus([path], shown, nlp=blank_nlp, progress=True)
    assert quiet.read_bytes() == shown.read_bytes()


def test_strings_of_a_batch_leave_the_vocab_after_it(tmp_path: Path, blank_nlp: Language):
    count_primed(blank_nlp, PRIME_DOCS)  # past the first documents, which keep their words
    before = len(blank_nlp.vocab.strings)
    records = [{"id": str(i), "text": f"Unseenword{i}a met Unseenword{i}b."} for i in range(50)]
    annotate_corpus(
        [write_jsonl(tmp_path / "a.jsonl", records)], tmp_path / "o.jsonl", nlp=blank_nlp
    )
    assert len(blank_nlp.vocab.strings) == before


def test_in_process_run_holds_one_memory_zone_per_group_of_batches(
    tmp_path: Path, blank_nlp: Language, monkeypatch: pytest.MonkeyPatch
):
    from contextlib import contextmanager

    from geoextract.batch.engines import ZONE_BATCHES

    real_zone = blank_nlp.memory_zone
    zones: list[int] = []

    @contextmanager
    def counting_zone(*args, **kwargs):
        zones.append(len(blank_nlp.vocab.strings))
        with real_zone(*args, **kwargs):
            yield

    monkeypatch.setattr(blank_nlp, "memory_zone", counting_zone)
    count_primed(blank_nlp, PRIME_DOCS)
    before = len(blank_nlp.vocab.strings)
    n = 2 * ZONE_BATCHES + 3
    records = [{"id": str(i), "text": f"Zoneword{i}x met Zoneword{i}y."} for i in range(n)]
    annotate_corpus(
        [write_jsonl(tmp_path / "a.jsonl", records)],
        tmp_path / "o.jsonl",
        nlp=blank_nlp,
        batch_size=1,
    )
    lines = read_lines(tmp_path / "o.jsonl")
    assert [line["id"] for line in lines] == [str(i) for i in range(n)]
    assert all(line["text"] == r["text"] for line, r in zip(lines, records, strict=True))
    # ZONE_BATCHES batches per zone (16 + 16 + 3), and the strings of each zone are gone
    # when the next one opens.
    assert zones == [before] * 3
    assert len(blank_nlp.vocab.strings) == before


def test_first_documents_of_a_pipeline_keep_their_words_and_later_ones_do_not(
    tmp_path: Path, blank_nlp: Language, monkeypatch: pytest.MonkeyPatch
):
    from geoextract.batch import worker

    monkeypatch.setattr(worker, "PRIME_DOCS", 3)
    records = [{"id": str(i), "text": f"Primeword{i}q."} for i in range(3 + ZONE_BATCHES + 2)]
    annotate_corpus([write_jsonl(tmp_path / "a.jsonl", records)], tmp_path / "o.jsonl", nlp=blank_nlp, batch_size=1)
    assert len(read_lines(tmp_path / "o.jsonl")) == len(records)
    kept = [r["text"][:-1] in blank_nlp.vocab.strings for r in records]
    assert kept == [True] * 3 + [False] * (ZONE_BATCHES + 2)
    assert not worker.priming(blank_nlp)


def test_worker_batches_have_zones_once_the_pipeline_is_primed(blank_nlp: Language, monkeypatch: pytest.MonkeyPatch):
    from geoextract.batch import worker
    from geoextract.batch.records import Fields, validate_record

    monkeypatch.setattr(worker, "PRIME_DOCS", 2)

    def batch(word: str) -> list[Any]:
        return [validate_record({"text": f"{word}{k}z."}, position=k, index=k, source="s", source_stem="s", fields=Fields()) for k in range(2)]

    worker.annotate_items(blank_nlp, batch("Firstbatch"))
    worker.annotate_items(blank_nlp, batch("Secondbatch"))
    assert "Firstbatch0z" in blank_nlp.vocab.strings and "Firstbatch1z" in blank_nlp.vocab.strings
    assert "Secondbatch0z" not in blank_nlp.vocab.strings


_FREEZE_COUNTS: list[int] = []


@Language.component("geoextract_test_freeze_probe")
def _freeze_probe(doc):
    _FREEZE_COUNTS.append(gc.get_freeze_count())
    return doc


def test_in_process_run_freezes_the_heap_only_while_it_runs(tmp_path: Path, blank_nlp: Language):
    _FREEZE_COUNTS.clear()
    blank_nlp.add_pipe("geoextract_test_freeze_probe")
    records = [{"id": str(i), "text": f"Text {i}."} for i in range(3)]
    annotate_corpus(
        [write_jsonl(tmp_path / "a.jsonl", records)], tmp_path / "o.jsonl", nlp=blank_nlp
    )
    assert len(_FREEZE_COUNTS) == 3
    assert all(count > 0 for count in _FREEZE_COUNTS)
    assert gc.get_freeze_count() == 0
