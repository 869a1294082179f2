"""Small pipelines and corpora for the batch tests (importable by spawned worker processes)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

#: Texts containing this word make the ``geoextract_test_boom`` component raise.
BOOM = "BOOM"
SLEEP_ENV = "GEOEXTRACT_TEST_SLEEP_MS"


@Language.component("geoextract_test_boom")
def boom_component(doc: Doc) -> Doc:
    """Fail on texts that contain BOOM, like a component hitting a bug on one article."""
    if BOOM in doc.text:
        raise RuntimeError("the test component exploded")
    return doc


@Language.component("geoextract_test_sleep")
def sleep_component(doc: Doc) -> Doc:
    """Take a few milliseconds per document so a run lasts long enough to be killed."""
    time.sleep(float(os.environ.get(SLEEP_ENV, "0")) / 1000)
    return doc


def make_nlp() -> Language:
    """A blank English pipeline with the boom and sleep components."""
    nlp = spacy.blank("en")
    nlp.add_pipe("geoextract_test_boom")
    nlp.add_pipe("geoextract_test_sleep")
    return nlp


def news_record(i: int) -> dict[str, Any]:
    """A short deterministic article record with id ``r<i>``."""
    return {
        "id": f"r{i}",
        "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "text": f"Foreign Minister number {i} met her counterpart in Geneva on Tuesday, officials said.",
    }


def write_jsonl(path: Path, records: list[Any]) -> Path:
    """Write records (dicts as JSON, str lines as they are) one per line."""
    with path.open("w", encoding="utf-8") as f:
        for record in records:
            f.write((record if isinstance(record, str) else json.dumps(record)) + "\n")
    return path


def read_lines(path: Path) -> list[dict[str, Any]]:
    """Parse every line of a plain or gzip JSONL output."""
    import gzip

    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:  # type: ignore[operator]
        return [json.loads(line) for line in f]
