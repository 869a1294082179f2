"""Helpers for the round-trip tests: sample articles and a pipeline loaded in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from spacy.language import Language

#: (text, publication date): short news items written for these tests, with relative and
#: absolute dates, titles, surnames after full names and a meeting.
SAMPLE_RECORDS: list[tuple[str, str | None]] = [
    (
        "German Foreign Minister Annalena Baerbock met Antony Blinken in Berlin on Tuesday. "
        "Baerbock said the two discussed aid to Ukraine; Blinken flew on to Paris.",
        "2023-03-07",
    ),
    (
        "Chinese President Xi Jinping will host Brazil's Luiz Inacio Lula da Silva in Beijing "
        "next week, the Foreign Ministry said on 3 April 2023.",
        "2023-04-03",
    ),
    (
        "The Kremlin denied that Vladimir Putin had spoken by phone with Emmanuel Macron about "
        "a U.S.-brokered ceasefire.",
        "2024-05-20",
    ),
    ("NATO Secretary General Jens Stoltenberg visited Kyiv.", None),
    (
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed co-chaired a summit of "
        "regional leaders in Nairobi on Monday.",
        "2023-07-11",
    ),
    ("", "2024-01-01"),
]

_FRESH_SCRIPT = """
import json, sys
import spacy

# spacy.load() alone must find geoextract's factories (spacy_factories entry points).
nlp = spacy.load(sys.argv[1])
import geoextract

records = json.load(sys.stdin)
docs = [
    geoextract.extract(text, date=date, nlp=nlp).model_dump(mode="json")
    for text, date in records
]
print(json.dumps({"pipe_names": nlp.pipe_names, "documents": docs}))
"""


def documents(nlp: Language, records: list[tuple[str, str | None]] = SAMPLE_RECORDS) -> list[dict[str, Any]]:
    """The public Documents of ``records`` as JSON-able dicts."""
    import geoextract

    return [geoextract.extract(text, date=date, nlp=nlp).model_dump(mode="json") for text, date in records]


def documents_in_fresh_process(
    path: Path, records: list[tuple[str, str | None]] = SAMPLE_RECORDS
) -> dict[str, Any]:
    """``spacy.load(path)`` in a new Python process; returns its pipe names and Documents."""
    proc = subprocess.run(
        [sys.executable, "-c", _FRESH_SCRIPT, str(path)],
        input=json.dumps(records),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if proc.returncode != 0:
        raise AssertionError(f"loading {path} in a fresh process failed:\n{proc.stderr[-4000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))
