"""``geoextract annotate`` on the command line, and the real pipeline end to end."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_helpers import news_record, read_lines, write_jsonl
from typer.testing import CliRunner

from geoextract.cli import app
from geoextract.results import Document

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO / "notebooks" / "data" / "articles.jsonl"


@pytest.fixture
def runner(blank_pipeline: None) -> CliRunner:
    return CliRunner()


def test_annotate_writes_output_and_prints_summary_without_progress_bar(
    tmp_path: Path, runner: CliRunner
):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(i) for i in range(3)] + [{"text": ""}])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["annotate", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [line["id"] for line in read_lines(out)] == ["r0", "r1", "r2", "a:3"]
    # stderr is not a terminal here: a summary, but no progress bar
    assert "Annotated 4 records" in result.stderr
    assert "empty_text: 1" in result.stderr
    assert "annotating" not in result.stderr


def test_quiet_prints_nothing(tmp_path: Path, runner: CliRunner):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(0)])
    result = runner.invoke(app, ["annotate", str(path), "-o", str(tmp_path / "o.jsonl"), "-q"])
    assert (result.exit_code, result.output) == (0, "")


def test_strict_exits_1_after_writing_every_line(tmp_path: Path, runner: CliRunner):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(0), "{bad", news_record(2)])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["annotate", str(path), "-o", str(out), "--strict"])
    assert result.exit_code == 1
    assert "E304" in result.stderr
    assert len(read_lines(out)) == 3


def test_existing_output_exits_2_and_is_kept(tmp_path: Path, runner: CliRunner):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(0)])
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(path), "-o", str(out)])
    assert result.exit_code == 2
    assert "E303" in result.stderr and "--resume" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me\n"


def test_field_and_format_options_reach_the_reader(tmp_path: Path, runner: CliRunner):
    path = tmp_path / "export.dat"
    path.write_text("key\tbody\twhen\nk1\tHello there.\t2024-02-03\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["annotate", str(path), "-o", str(out), "--format", "tsv"]
    args += ["--text-field", "body", "--id-field", "key", "--date-field", "when"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    [doc] = read_lines(out)
    assert (doc["id"], doc["date"], doc["text"]) == ("k1", "2024-02-03", "Hello there.")


def test_missing_input_exits_2(tmp_path: Path, runner: CliRunner):
    result = runner.invoke(
        app, ["annotate", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl")]
    )
    assert result.exit_code == 2
    assert "E301" in result.stderr


# --- the real pipeline ---------------------------------------------------------------------


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def _geoextract(*args: str) -> list[str]:
    return [sys.executable, "-m", "geoextract", *args]


@pytest.fixture(scope="module")
def expected_documents(nlp) -> list[Document]:
    """The example corpus annotated one record at a time by the public API."""
    import geoextract

    records = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]
    return [geoextract.extract(r["text"], date=r["date"], doc_id=r["id"], nlp=nlp) for r in records]


@pytest.mark.integration
def test_real_pipeline_two_processes_match_extract(
    tmp_path: Path, expected_documents: list[Document]
):
    out = tmp_path / "articles.jsonl"
    cmd = _geoextract(
        "annotate", str(ARTICLES), "-o", str(out), "--n-process", "2", "--batch-size", "4"
    )
    done = subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "Annotated 25 records" in done.stderr
    documents = [Document.model_validate(line) for line in read_lines(out)]
    assert documents == expected_documents
    for doc in documents:
        linked = [e for e in doc.entities if e.label == "PERSON" and e.kb_id]
        assert len(linked) >= 2, doc.id


@pytest.mark.integration
def test_real_pipeline_resumes_after_sigkill(tmp_path: Path, expected_documents: list[Document]):
    out = tmp_path / "articles.jsonl"
    cmd = _geoextract("annotate", str(ARTICLES), "-o", str(out), "--batch-size", "1", "--quiet")
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while not (out.exists() and out.read_bytes().count(b"\n") >= 3):
        assert proc.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline, "the run made no progress"
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = out.read_bytes().count(b"\n")
    assert killed_at < len(expected_documents)
    done = subprocess.run(
        [*cmd[:-1], "--resume"], env=_env(), capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    assert re.search(rf"resumed\s+{killed_at}\s", done.stderr), done.stderr
    documents = [Document.model_validate(line) for line in read_lines(out)]
    assert documents == expected_documents
