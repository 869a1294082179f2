"""read_annotations(): Documents and error records in, malformed lines reported, none lost."""

from __future__ import annotations

import gzip
import json

import pytest

from geoextract.errors import GeoExtractValueError
from geoextract.graph import AnnotationsReport, build_graph, read_annotations
from geoextract.results import Document, ErrorRecord


def test_gzipped_annotations_are_read_and_counted(corpus, tmp_path):
    path = tmp_path / "a.jsonl.gz"
    lines = [d.model_dump_json() for d in corpus]
    lines.insert(2, json.dumps({"id": "x", "error": "oversized", "position": 2}))
    lines.insert(4, "[1, 2]")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    report = AnnotationsReport(path=path)
    items = list(read_annotations(path, report))
    assert sum(isinstance(i, Document) for i in items) == len(corpus)
    assert sum(isinstance(i, ErrorRecord) for i in items) == 1
    assert (report.lines, report.documents, report.error_records) == (8, 6, 1)
    assert report.problems == [
        f"[E402] Line 5 of {path} is not a geoextract Document: expected a JSON object, got list."
    ]
    graph = build_graph(read_annotations(path))
    assert graph.graph["documents"] == 6 and graph.graph["error_records"] == 1


def test_missing_annotations_file_is_a_coded_error(tmp_path):
    with pytest.raises(GeoExtractValueError, match=r"E403"):
        list(read_annotations(tmp_path / "missing.jsonl"))
