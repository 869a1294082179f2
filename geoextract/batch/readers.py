"""Streaming readers of corpus files: JSONL, JSON arrays, CSV/TSV, Parquet and .txt folders.

Each reader walks its file once with constant memory (Parquet by row-group batches, the
others line by line or file by file; a JSON array is the one format read whole) and yields
one item per record. Positions count records across all inputs in the order given, so a
resumed run can skip the records an earlier run already wrote without parsing them.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, get_args

from ..errors import Errors, GeoExtractValueError
from .records import (
    DEFAULT_MAX_CHARS,
    BatchItem,
    ErrorCode,
    Fields,
    default_id,
    error_record,
    validate_record,
)

InputFormat = Literal["jsonl", "json", "csv", "tsv", "parquet", "txt"]
INPUT_FORMATS: tuple[str, ...] = get_args(InputFormat)

_SUFFIXES: dict[str, InputFormat] = {
    "jsonl": "jsonl",
    "ndjson": "jsonl",
    "json": "json",
    "csv": "csv",
    "tsv": "tsv",
    "parquet": "parquet",
    "pq": "parquet",
    "txt": "txt",
}
_PARQUET_BATCH_ROWS = 1024


@dataclass(frozen=True)
class InputSource:
    """One input of a run: a file or a folder of .txt files, with its format."""

    path: Path
    format: InputFormat

    @property
    def name(self) -> str:
        """The path as written into error records' ``source``."""
        return str(self.path)

    @property
    def stem(self) -> str:
        """Prefix of default record ids: the file name without ``.gz`` and format suffix."""
        name = self.path.name
        if name.lower().endswith(".gz"):
            name = name[:-3]
        return name.rsplit(".", 1)[0] if "." in name else name


@dataclass(frozen=True, slots=True)
class _Bad:
    code: ErrorCode
    message: str
    record_id: str | None = None


class _Skipped:
    """Placeholder yielded for records before the resume point (never parsed)."""


_SKIPPED = _Skipped()
_Payload = Mapping[str, Any] | _Bad | _Skipped


def detect_format(path: Path) -> InputFormat:
    """Tell an input's format from its name (``.gz`` allowed) or from being a folder.

    Raises:
        GeoExtractValueError: E302 when the suffix is unknown.

    Example:
        >>> detect_format(Path("news.jsonl.gz"))
        'jsonl'
    """
    if path.is_dir():
        return "txt"
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = name.rsplit(".", 1)[-1] if "." in name else ""
    if suffix not in _SUFFIXES:
        raise GeoExtractValueError(Errors.E302.format(path=path))
    return _SUFFIXES[suffix]


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
        if fmt == "txt" and path.is_dir() and not _txt_files(path):
            raise GeoExtractValueError(Errors.E307.format(path=path))
        if fields is not None:
            _check_columns(source, fields)
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
            for index, where, payload in _READERS[source.format](source, skip, self.fields):
                if isinstance(payload, _Skipped):
                    position += 1
                    self.total = position
                    continue
                if isinstance(payload, _Bad):
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
            total += len(_txt_files(source.path)) if source.path.is_dir() else 1
        elif source.format == "json" and not _is_json_array(source.path):
            total += _count_nonblank_lines(source.path)
        elif source.format == "json":
            with _open_binary(source.path) as f:
                total += len(json.load(f))
        elif source.format == "jsonl":
            total += _count_nonblank_lines(source.path)
        else:
            total += max(0, _count_nonblank_lines(source.path) - 1)
    return total


def _open_binary(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _count_nonblank_lines(path: Path) -> int:
    with _open_binary(path) as f:
        return sum(1 for line in f if line.strip())


def _is_json_array(path: Path) -> bool:
    with _open_binary(path) as f:
        head = f.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"[")


def _corrupt(source: InputSource, index: int, err: Exception) -> GeoExtractValueError:
    return GeoExtractValueError(Errors.E309.format(path=source.path, index=index, err=err))


def _read_jsonl(
    source: InputSource, skip: int, fields: Fields
) -> Iterator[tuple[int, str, _Payload]]:
    if source.format == "json" and _is_json_array(source.path):
        yield from _read_json_array(source, skip)
        return
    index = 0
    try:
        with _open_binary(source.path) as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                if index < skip:
                    yield index, "", _SKIPPED
                    index += 1
                    continue
                where = f"{source.name} line {lineno}"
                yield index, where, _parse_json_line(line, where, lineno == 1)
                index += 1
    except (OSError, EOFError) as e:
        raise _corrupt(source, index, e) from e


def _parse_json_line(line: bytes, where: str, first: bool) -> _Payload:
    # surrogateescape keeps undecodable bytes as lone surrogates: the record still parses
    # (so its id is known) and validation reports it as "undecodable".
    text = line.decode("utf-8", errors="surrogateescape")
    if first:
        text = text.removeprefix("\ufeff")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        return _Bad("invalid_json", f"{where}: invalid JSON ({e.msg} at column {e.colno}).")
    if not isinstance(obj, dict):
        return _Bad(
            "invalid_json",
            f"{where}: a JSON {type(obj).__name__} where an object with a text field was expected.",
        )
    return obj


def _read_json_array(source: InputSource, skip: int) -> Iterator[tuple[int, str, _Payload]]:
    with _open_binary(source.path) as f:
        raw = f.read().decode("utf-8", errors="surrogateescape").removeprefix("\ufeff")
    try:
        records = json.loads(raw)
    except json.JSONDecodeError as e:
        raise GeoExtractValueError(Errors.E309.format(path=source.path, index=0, err=e)) from e
    del raw
    for index, obj in enumerate(records):
        if index < skip:
            yield index, "", _SKIPPED
            continue
        where = f"{source.name} item {index}"
        if isinstance(obj, dict):
            yield index, where, obj
        else:
            yield (
                index,
                where,
                _Bad(
                    "invalid_json",
                    f"{where}: a JSON {type(obj).__name__} where an object was expected.",
                ),
            )


def _csv_text(source: InputSource, binary: IO[bytes]) -> io.TextIOWrapper:
    return io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline="")


def _raise_csv_field_limit() -> None:
    # The csv module refuses fields over 128 KiB; long articles are legitimate and the
    # "oversized" check applies the real limit.
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def _read_csv(
    source: InputSource, skip: int, fields: Fields
) -> Iterator[tuple[int, str, _Payload]]:
    _raise_csv_field_limit()
    delimiter = "\t" if source.format == "tsv" else ","
    index = 0
    try:
        with _open_binary(source.path) as binary, _csv_text(source, binary) as f:
            # strict: a malformed row becomes an "invalid_row" error record instead of
            # being silently mangled into a different text.
            reader = csv.DictReader(f, delimiter=delimiter, strict=True)
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as e:
                    where = f"{source.name} line {reader.line_num + 1}"
                    bad = _Bad("invalid_row", f"{where}: unreadable CSV row ({e}).")
                    yield index, where, (_SKIPPED if index < skip else bad)
                    index += 1
                    continue
                if index < skip:
                    yield index, "", _SKIPPED
                    index += 1
                    continue
                where = f"{source.name} line {reader.line_num}"
                # An empty CSV cell is the absence of an id or date, not a value.
                for name in (fields.id, fields.date):
                    if row.get(name) == "":
                        row[name] = None
                yield index, where, row
                index += 1
    except (OSError, EOFError) as e:
        raise _corrupt(source, index, e) from e


def _read_parquet(
    source: InputSource, skip: int, fields: Fields
) -> Iterator[tuple[int, str, _Payload]]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(source.path)
    names = set(parquet.schema_arrow.names)
    columns = [c for c in dict.fromkeys((fields.text, fields.id, fields.date)) if c in names]
    index = 0
    for group in range(parquet.num_row_groups):
        rows = parquet.metadata.row_group(group).num_rows
        if index + rows <= skip:
            # Whole row groups before the resume point are never read from disk.
            for _ in range(rows):
                yield index, "", _SKIPPED
                index += 1
            continue
        for batch in parquet.iter_batches(
            batch_size=_PARQUET_BATCH_ROWS, row_groups=[group], columns=columns
        ):
            for row in batch.to_pylist():
                if index < skip:
                    yield index, "", _SKIPPED
                else:
                    yield index, f"{source.name} row {index}", row
                index += 1


def _txt_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and p.name.lower().endswith((".txt", ".txt.gz"))
    )


def _txt_id(path: Path, folder: Path | None) -> str:
    rel = path.relative_to(folder).as_posix() if folder is not None else path.name
    for suffix in (".txt.gz", ".txt"):
        if rel.lower().endswith(suffix):
            return rel[: -len(suffix)]
    return rel


def _read_txt(
    source: InputSource, skip: int, fields: Fields
) -> Iterator[tuple[int, str, _Payload]]:
    folder = source.path if source.path.is_dir() else None
    files = _txt_files(source.path) if folder is not None else [source.path]
    for index, path in enumerate(files):
        if index < skip:
            yield index, "", _SKIPPED
            continue
        record_id = _txt_id(path, folder)
        where = str(path)
        try:
            with _open_binary(path) as f:
                data = f.read()
        except (OSError, EOFError) as e:
            yield index, where, _Bad("undecodable", f"{where}: unreadable file ({e}).", record_id)
            continue
        text = data.decode("utf-8-sig", errors="surrogateescape")
        yield index, where, {fields.id: record_id, fields.text: text}


def _check_columns(source: InputSource, fields: Fields) -> None:
    columns: list[str] | None = None
    if source.format in ("csv", "tsv"):
        with _open_binary(source.path) as binary, _csv_text(source, binary) as f:
            header = next(csv.reader(f, delimiter="\t" if source.format == "tsv" else ","), [])
        columns = list(header)
    elif source.format == "parquet":
        import pyarrow.parquet as pq

        columns = list(pq.ParquetFile(source.path).schema_arrow.names)
    if columns is not None and fields.text not in columns:
        raise GeoExtractValueError(
            Errors.E306.format(
                path=source.path, field=fields.text, columns=", ".join(columns) or "none"
            )
        )


_READERS = {
    "jsonl": _read_jsonl,
    "json": _read_jsonl,
    "csv": _read_csv,
    "tsv": _read_csv,
    "parquet": _read_parquet,
    "txt": _read_txt,
}
