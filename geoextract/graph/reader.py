"""Read a JSONL file of annotations for the graph: Documents in, error records counted,
malformed lines reported by line number instead of stopping the run."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from ..errors import Errors, GeoExtractValueError
from ..results import Document, ErrorRecord
from .build import is_error_record, validation_summary


@dataclass
class AnnotationsReport:
    """What reading an annotations file found: counts and the coded problems per line."""

    path: Path
    lines: int = 0
    documents: int = 0
    error_records: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def malformed(self) -> int:
        """Number of lines that were neither a Document nor an error record."""
        return len(self.problems)


def read_annotations(
    path: str | Path, report: AnnotationsReport | None = None
) -> Iterator[Document | ErrorRecord]:
    """Yield the Documents and error records of a JSONL file (``.jsonl`` or ``.jsonl.gz``).

    A line that is not valid JSON, or not a Document, is not yielded: it is recorded in
    ``report.problems`` as an E402 message naming its line number, and reading goes on.

    Args:
        path: The file written by ``geoextract annotate``.
        report: Filled in while reading (counts and problems).

    Raises:
        GeoExtractValueError: the file does not exist (E403).

    Example:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "a.jsonl"
        >>> _ = path.write_text('{"id": "a1", "text": "x"}\\nnot json\\n')
        >>> report = AnnotationsReport(path=path)
        >>> [d.id for d in read_annotations(path, report)], report.malformed
        (['a1'], 1)
    """
    path = Path(path)
    report = report if report is not None else AnnotationsReport(path=path)
    if not path.is_file():
        raise GeoExtractValueError(Errors.E403.format(path=path))
    with _open(path) as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            report.lines += 1
            try:
                data = json.loads(line)
                if not isinstance(data, dict):
                    raise ValueError(f"expected a JSON object, got {type(data).__name__}")
                if is_error_record(data):
                    item: Document | ErrorRecord = ErrorRecord.model_validate(data)
                    report.error_records += 1
                else:
                    item = Document.model_validate(data)
                    report.documents += 1
            except ValidationError as e:
                report.problems.append(
                    Errors.E402.format(line=number, path=path, msg=validation_summary(e))
                )
                continue
            except ValueError as e:
                report.problems.append(Errors.E402.format(line=number, path=path, msg=e))
                continue
            yield item


def _open(path: Path) -> IO[str]:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return path.open(encoding="utf-8", errors="replace")
