"""Resume: a run killed at any moment completes with every record exactly once, in order."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_helpers import SLEEP_ENV, news_record, read_lines, write_jsonl
from spacy.language import Language

from geoextract import annotate_corpus
from geoextract.batch.writer import OutputWriter, scan_output
from geoextract.errors import GeoExtractValueError

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def test_resume_cuts_a_partial_last_line(tmp_path: Path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"text": "a"}\n{"text": "b"}\n{"text": "c')
    with OutputWriter(out, resume=True) as writer:
        assert (writer.done, writer.truncated_bytes) == (2, len(b'{"text": "c'))
        writer.write_lines(['{"text": "c2"}'])
    assert out.read_bytes() == b'{"text": "a"}\n{"text": "b"}\n{"text": "c2"}\n'


def test_resume_cuts_a_partial_gzip_member(tmp_path: Path):
    out = tmp_path / "out.jsonl.gz"
    with OutputWriter(out) as writer:
        writer.write_lines(['{"text": "a"}', '{"text": "b"}'])
        writer.write_lines(['{"text": "c"}'])
    whole = out.read_bytes()
    with OutputWriter(out, resume=True) as writer:
        assert writer.done == 3
    for cut in (1, 5, 12):
        out.write_bytes(whole + gzip.compress(b'{"text": "d"}\n')[:-cut])
        with OutputWriter(out, resume=True) as writer:
            assert writer.done == 3
        assert out.read_bytes() == whole
    with gzip.open(out, "rt") as f:
        assert f.read().count("\n") == 3


def test_scan_counts_lines_split_across_read_chunks(tmp_path: Path):
    out = tmp_path / "out.jsonl"
    line = b'{"text": "' + b"x" * 700_000 + b'"}\n'
    out.write_bytes(line * 3 + line[:100])
    lines, good_size, first = scan_output(out)
    assert (lines, good_size, first) == (3, 3 * len(line), line[:-1])


def test_resume_refuses_a_file_that_is_not_geoextract_output(tmp_path: Path, blank_nlp: Language):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(0)])
    out = tmp_path / "notes.jsonl"
    out.write_text("my notes\n", encoding="utf-8")
    with pytest.raises(GeoExtractValueError, match="E310"):
        annotate_corpus([path], out, nlp=blank_nlp, resume=True)
    assert out.read_text(encoding="utf-8") == "my notes\n"


def test_resume_refuses_an_output_longer_than_the_inputs(tmp_path: Path, blank_nlp: Language):
    big = write_jsonl(tmp_path / "big.jsonl", [news_record(i) for i in range(5)])
    small = write_jsonl(tmp_path / "small.jsonl", [news_record(i) for i in range(2)])
    out = tmp_path / "out.jsonl"
    annotate_corpus([big], out, nlp=blank_nlp)
    with pytest.raises(GeoExtractValueError, match="E311"):
        annotate_corpus([small], out, nlp=blank_nlp, resume=True)


def test_resume_of_a_complete_output_adds_nothing(tmp_path: Path, blank_nlp: Language):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(i) for i in range(4)])
    out = tmp_path / "out.jsonl"
    annotate_corpus([path], out, nlp=blank_nlp)
    before = out.read_bytes()
    summary = annotate_corpus([path], out, nlp=blank_nlp, resume=True)
    assert (summary.records, summary.resumed) == (0, 4)
    assert out.read_bytes() == before


def test_resume_without_an_output_starts_from_scratch(tmp_path: Path, blank_nlp: Language):
    path = write_jsonl(tmp_path / "a.jsonl", [news_record(0)])
    summary = annotate_corpus([path], tmp_path / "new.jsonl", nlp=blank_nlp, resume=True)
    assert (summary.records, summary.resumed) == (1, 0)


# --- killing a real subprocess --------------------------------------------------------------


def _corpus(tmp_path: Path, n: int) -> list[Path]:
    """Two inputs (positions run across them) with a bad record every 37 records."""
    records: list[object] = [news_record(i) for i in range(n)]
    for i in range(5, n, 37):
        records[i] = "{this is not json"
    half = n // 2
    first = write_jsonl(tmp_path / "part1.jsonl", records[:half])
    second = tmp_path / "part2.jsonl.gz"
    with gzip.open(second, "wt", encoding="utf-8") as f:
        for record in records[half:]:
            f.write((record if isinstance(record, str) else json.dumps(record)) + "\n")
    return [first, second]


def _count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    if path.name.endswith(".gz"):
        return scan_output(path)[0]
    return path.read_bytes().count(b"\n")


def _command(inputs: list[Path], out: Path, *extra: str) -> list[str]:
    script = str(HERE / "run_cli_blank.py")
    return [
        sys.executable,
        script,
        "annotate",
        *map(str, inputs),
        "-o",
        str(out),
        "--quiet",
        *extra,
    ]


def _env(sleep_ms: float) -> dict[str, str]:
    env = dict(os.environ)
    env[SLEEP_ENV] = str(sleep_ms)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def _run_and_kill(cmd: list[str], out: Path, after_lines: int, env: dict[str, str]) -> int:
    """Start the command, SIGKILL it once the output has ``after_lines`` lines; return its lines."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while _count_lines(out) < after_lines:
            if proc.poll() is not None:
                stderr = proc.stderr.read().decode() if proc.stderr else ""
                pytest.fail(
                    f"the run ended (rc {proc.returncode}) before it could be killed: {stderr}"
                )
            if time.monotonic() > deadline:
                pytest.fail("the run made no progress")
            time.sleep(0.002)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
        if proc.stderr:
            proc.stderr.close()
    return _count_lines(out)


@pytest.mark.parametrize(
    ("output_name", "extra"),
    [("out.jsonl", ["--n-process", "1"]), ("out.jsonl.gz", ["--n-process", "2"])],
    ids=["plain-1-process", "gzip-2-processes"],
)
def test_killed_runs_resume_to_every_record_exactly_once(
    tmp_path: Path, output_name: str, extra: list[str]
):
    n = 480
    inputs = _corpus(tmp_path, n)
    out = tmp_path / output_name
    cmd = _command(inputs, out, "--batch-size", "4", *extra)
    env = _env(sleep_ms=5)
    seen = [0]
    for kill_after in (4, 120, 260):
        lines = _run_and_kill(cmd + (["--resume"] if seen[-1] else []), out, kill_after, env)
        assert lines >= seen[-1]
        seen.append(lines)
    assert seen[-1] < n, "the corpus is too small to be interrupted three times"
    finished = subprocess.run([*cmd, "--resume"], env=_env(0), capture_output=True, timeout=300)
    assert finished.returncode == 0, finished.stderr.decode()

    results = read_lines(out)  # every line parses: no truncated line anywhere
    half = n // 2
    bad = set(range(5, n, 37))
    expected_ids = [
        f"r{i}" if i not in bad else (f"part1:{i}" if i < half else f"part2:{i - half}")
        for i in range(n)
    ]
    assert [r["id"] for r in results] == expected_ids
    assert [i for i, r in enumerate(results) if "error" in r] == sorted(bad)
    assert all(r["position"] == i for i, r in enumerate(results) if "error" in r)

    clean = tmp_path / ("clean-" + output_name)
    subprocess.run(
        _command(inputs, clean, "--batch-size", "4"), env=_env(0), check=True, timeout=300
    )
    assert read_lines(clean) == results
