"""Reading a corpus: one ``(position, record or error record)`` per input record, in order.

Positions count records across all inputs in the order given, so a resumed run can skip
the records an earlier run already wrote without parsing them. The per-format readers are
in ``formats``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import Errors, GeoExtractValueError
from .formats import (
    INPUT_FORMATS,
    READERS,
    Bad,
    InputFormat,
    InputSource,
    Skipped,
    check_columns,
    count_nonblank_lines,
    detect_format,
    is_json_array,
    open_binary,
    txt_files,
)
from .records import (
    DEFAULT_MAX_CHARS,
    BatchItem,
    Fields,
    default_id,
    error_record,
    validate_record,
)

__all__ = [
    "InputSource",
    "RecordReader",
    "count_records",
    "detect_format",
    "iter_records",
    "resolve_inputs",
]


def resolve_inputs(
    inputs: str | Path | Iterable[str | Path],
    *,
    input_format: str | None = None,
    fields: Fields | None = None,
) -> list[InputSource]:
    """Check that every input exists and has a known format, before any work starts.

    Args:
        inputs: One path or several; a folder means its ``.txt``/``.txt.gz`` files.
        input_format: Force a format for all inputs (jsonl, json, csv, tsv, parquet, txt).
        fields: When given, CSV headers and Parquet schemas must hold the text field.

    Returns:
        The inputs in order, with their formats.

    Raises:
        GeoExtractValueError: E301 (missing input), E302 (unknown format), E306 (no text
            column), E307 (empty folder), E308 (unknown --format).

    Example:
        >>> resolve_inputs([])
        []
    """
    paths = [Path(inputs)] if isinstance(inputs, str | Path) else [Path(p) for p in inputs]
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise GeoExtractValueError(
            Errors.E308.format(fmt=input_format, known=", ".join(INPUT_FORMATS))
        )
    sources = []
    for path in paths:
        if not path.exists():
            raise GeoExtractValueError(Errors.E301.format(path=path))
        fmt: InputFormat = input_format if input_format is not None else detect_format(path)  # type: ignore[assignment]
        source = InputSource(path=path, format=fmt)
        if fmt == "txt" and path.is_dir() and not txt_files(path):
            raise GeoExtractValueError(Errors.E307.format(path=path))
        if fields is not None:
            check_columns(source, fields)
        sources.append(source)
    return sources


def iter_records(
    inputs: str | Path | Iterable[str | Path],
    *,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    input_format: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    start: int = 0,
) -> Iterator[tuple[int, BatchItem]]:
    """Read the records of one or more inputs as ``(position, record or error record)``.

    Args:
        inputs: Paths of JSONL, JSON, CSV/TSV, Parquet files (``.gz`` allowed except for
            Parquet) or folders of ``.txt`` files, read in the order given.
        text_field, id_field, date_field: Field (key or column) names.
        input_format: Force one format for all inputs instead of telling it by suffix.
        max_chars: Longer texts become "oversized" error records.
        start: Skip records before this position (what ``--resume`` uses).

    Returns:
        An iterator of ``(position, InputRecord)`` for usable records and
        ``(position, ErrorRecord)`` for the others, one per record, in input order.

    Raises:
        GeoExtractValueError: an input is missing, of unknown format, lacks the text column,
            or is corrupt (a truncated gzip stream).

    Example:
        >>> import json, tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
        >>> _ = p.write_text(json.dumps({"text": "Hi."}) + "\\n" + "{oops\\n")
        >>> [(pos, type(r).__name__) for pos, r in iter_records([p])]
        [(0, 'InputRecord'), (1, 'ErrorRecord')]
    """
    fields = Fields(text=text_field, id=id_field, date=date_field)
    sources = resolve_inputs(inputs, input_format=input_format, fields=fields)
    return RecordReader(sources, fields=fields, max_chars=max_chars).read(start=start)


class RecordReader:
    """Reads resolved inputs in order; counts every record it passes, skipped ones included.

    Example:
        >>> reader = RecordReader([], fields=Fields())
        >>> list(reader.read()), reader.total
        ([], 0)
    """

    def __init__(
        self, sources: Sequence[InputSource], *, fields: Fields, max_chars: int = DEFAULT_MAX_CHARS
    ) -> None:
        self.sources = list(sources)
        self.fields = fields
        self.max_chars = max_chars
        self.total = 0

    def read(self, start: int = 0) -> Iterator[tuple[int, BatchItem]]:
        """Yield ``(position, item)`` for each record at or after ``start``."""
        position = 0
        for source in self.sources:
            skip = max(0, start - position)
            for index, where, payload in READERS[source.format](source, skip, self.fields):
                if isinstance(payload, Skipped):
                    position += 1
                    self.total = position
                    continue
                if isinstance(payload, Bad):
                    item: BatchItem = error_record(
                        payload.code,
                        payload.message,
                        position=position,
                        source=source.name,
                        record_id=payload.record_id or default_id(source.stem, index),
                    )
                else:
                    item = validate_record(
                        payload,
                        position=position,
                        index=index,
                        source=source.name,
                        source_stem=source.stem,
                        fields=self.fields,
                        max_chars=self.max_chars,
                        where=where,
                    )
                yield position, item
                position += 1
                self.total = position


def count_records(sources: Sequence[InputSource]) -> int:
    """Count the records of the inputs cheaply (for the progress bar's total and ETA).

    CSV rows are counted as lines, so quoted fields that span lines make the count an
    overestimate; everything else is exact.

    Example:
        >>> count_records([])
        0
    """
    total = 0
    for source in sources:
        if source.format == "parquet":
            import pyarrow.parquet as pq

            total += pq.ParquetFile(source.path).metadata.num_rows
        elif source.format == "txt":
            total += len(txt_files(source.path)) if source.path.is_dir() else 1
        elif source.format == "json" and not is_json_array(source.path):
            total += count_nonblank_lines(source.path)
        elif source.format == "json":
            with open_binary(source.path) as f:
                total += len(json.load(f))
        elif source.format == "jsonl":
            total += count_nonblank_lines(source.path)
        else:
            total += max(0, count_nonblank_lines(source.path) - 1)
    return total
