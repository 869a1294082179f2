"""The dask engine and the dask bag/DataFrame API, on a LocalCluster of 2 workers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest
from batch_helpers import BOOM, make_nlp, news_record, read_lines, write_jsonl
from spacy.language import Language

from geoextract import annotate_corpus
from geoextract.batch import annotate_bag, annotate_dataframe, worker

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_dask_engine_writes_the_same_output_as_the_local_engine(
    tmp_path: Path, client: distributed.Client, blank_nlp: Language
):
    records = [news_record(i) for i in range(40)]
    records[17] = {"id": "bad", "text": f"{BOOM} again"}
    records[3] = {"id": "empty", "text": ""}
    path = write_jsonl(tmp_path / "a.jsonl", records)
    local, on_dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    annotate_corpus([path], local, nlp=blank_nlp, batch_size=3)
    summary = annotate_corpus(
        [path], on_dask, nlp=blank_nlp, batch_size=3, engine="dask", scheduler=client
    )
    assert on_dask.read_bytes() == local.read_bytes()
    assert (summary.engine, summary.n_process, summary.errors) == ("dask", 2, 2)


def test_dask_engine_resumes_like_the_local_engine(
    tmp_path: Path, client: distributed.Client, blank_nlp: Language
):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(i) for i in range(12)])
    whole, resumed = tmp_path / "whole.jsonl", tmp_path / "resumed.jsonl"
    annotate_corpus([path], whole, nlp=blank_nlp, engine="dask", scheduler=client)
    resumed.write_bytes(
        b"".join(whole.read_bytes().splitlines(keepends=True)[:5]) + b'{"id": "r5", "te'
    )
    summary = annotate_corpus(
        [path], resumed, nlp=blank_nlp, engine="dask", scheduler=client, resume=True
    )
    assert (summary.resumed, summary.records) == (5, 7)
    assert resumed.read_bytes() == whole.read_bytes()


def test_workers_load_a_named_pipeline_once(
    client: distributed.Client, monkeypatch: pytest.MonkeyPatch
):
    loads: list[object] = []

    def counting_load(self: worker.PipelineSpec) -> Language:
        loads.append(self)
        return make_nlp()

    monkeypatch.setattr(worker.PipelineSpec, "load", counting_load)
    monkeypatch.setattr(worker, "_pipelines", {})
    bag = db.from_sequence([news_record(i) for i in range(30)], npartitions=6)
    out = annotate_bag(bag, base="a-base-name").compute(scheduler=client.get)
    assert [d["id"] for d in out] == [f"r{i}" for i in range(30)]
    # processes=False: both workers live in this process and share its pipeline cache
    assert len(loads) == 1


def test_annotate_bag_keeps_partition_order_and_reports_bad_records(client: distributed.Client):
    items: list[object] = [news_record(i) for i in range(7)] + [
        "A plain string article.",
        {"text": ""},
    ]
    out = annotate_bag(db.from_sequence(items, npartitions=3), nlp=make_nlp()).compute(
        scheduler=client.get
    )
    assert [d["id"] for d in out[:7]] == [f"r{i}" for i in range(7)]
    assert out[7]["text"] == "A plain string article."
    assert out[8]["code"] == "empty_text"
    assert out[8]["source"].startswith("partition-")


def test_annotate_dataframe_handles_missing_values(client: distributed.Client):
    frame = pd.DataFrame(
        {
            "id": [1, None, 3],
            "body": ["Scholz met Macron.", None, "Modi called Putin."],
            "day": pd.to_datetime(["2024-06-01", None, None]),
            "unused": ["x", "y", "z"],
        }
    )
    ddf = dd.from_pandas(frame, npartitions=2)
    out = annotate_dataframe(ddf, text_column="body", date_column="day", nlp=make_nlp()).compute(
        scheduler=client.get
    )
    assert [d.get("id") for d in out] == ["1", "partition-0:1", "3"]
    assert out[0]["date"] == "2024-06-01" and out[2]["date"] is None
    assert out[1]["code"] == "missing_text"


def test_cli_engine_starts_its_own_local_cluster(tmp_path: Path, blank_nlp: Language):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(i) for i in range(6)])
    out = tmp_path / "out.jsonl"
    summary = annotate_corpus([path], out, nlp=blank_nlp, engine="dask", n_workers=2)
    assert [line["id"] for line in read_lines(out)] == [f"r{i}" for i in range(6)]
    assert summary.n_process == 2
