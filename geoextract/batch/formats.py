"""Per-format readers of corpus files: JSONL, JSON arrays, CSV/TSV, Parquet and .txt folders.

Each reader walks one file once with constant memory (Parquet by row-group batches, the
others line by line or file by file; a JSON array is the one format read whole) and yields
``(index in file, where, payload)`` per record: the raw fields, a ``Bad`` record, or
``SKIPPED`` for records before the resume point, which are counted but never parsed.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, get_args

from ..errors import Errors, GeoExtractValueError
from .records import ErrorCode, Fields

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
class Bad:
    """A record that is unusable before validation (bad JSON, a malformed CSV row)."""

    code: ErrorCode
    message: str
    record_id: str | None = None


class Skipped:
    """Placeholder yielded for records before the resume point (never parsed)."""


SKIPPED = Skipped()
Payload = Mapping[str, Any] | Bad | Skipped


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


def open_binary(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def count_nonblank_lines(path: Path) -> int:
    with open_binary(path) as f:
        return sum(1 for line in f if line.strip())


def is_json_array(path: Path) -> bool:
    with open_binary(path) as f:
        head = f.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"[")


def _corrupt(source: InputSource, index: int, err: Exception) -> GeoExtractValueError:
    return GeoExtractValueError(Errors.E309.format(path=source.path, index=index, err=err))


def _read_jsonl(
    source: InputSource, skip: int, fields: Fields
) -> Iterator[tuple[int, str, Payload]]:
    if source.format == "json" and is_json_array(source.path):
        yield from _read_json_array(source, skip)
        return
    index = 0
    try:
        with open_binary(source.path) as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                if index < skip:
                    yield index, "", SKIPPED
                    index += 1
                    continue
                where = f"{source.name} line {lineno}"
                yield index, where, _parse_json_line(line, where, lineno == 1)
                index += 1
    except (OSError, EOFError) as e:
        raise _corrupt(source, index, e) from e


def _parse_json_line(line: bytes, where: str, first: bool) -> Payload:
    # surrogateescape keeps undecodable bytes as lone surrogates: the record still parses
    # (so its id is known) and validation reports it as "undecodable".
    text = line.decode("utf-8", errors="surrogateescape")
    if first:
        text = text.removeprefix("\ufeff")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        return Bad("invalid_json", f"{where}: invalid JSON ({e.msg} at column {e.colno}).")
    if not isinstance(obj, dict):
        return Bad(
            "invalid_json",
            f"{where}: a JSON {type(obj).__name__} where an object with a text field was expected.",
        )
    return obj


def _read_json_array(source: InputSource, skip: int) -> Iterator[tuple[int, str, Payload]]:
    with open_binary(source.path) as f:
        raw = f.read().decode("utf-8", errors="surrogateescape").removeprefix("\ufeff")
    try:
        records = json.loads(raw)
    except json.JSONDecodeError as e:
        raise GeoExtractValueError(Errors.E309.format(path=source.path, index=0, err=e)) from e
    del raw
    for index, obj in enumerate(records):
        if index < skip:
            yield index, "", SKIPPED
            continue
        where = f"{source.name} item {index}"
        if isinstance(obj, dict):
            yield index, where, obj
        else:
            yield (
                index,
                where,
                Bad(
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


def _read_csv(source: InputSource, skip: int, fields: Fields) -> Iterator[tuple[int, str, Payload]]:
    _raise_csv_field_limit()
    delimiter = "\t" if source.format == "tsv" else ","
    index = 0
    try:
        with open_binary(source.path) as binary, _csv_text(source, binary) as f:
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
                    bad = Bad("invalid_row", f"{where}: unreadable CSV row ({e}).")
                    yield index, where, (SKIPPED if index < skip else bad)
                    index += 1
                    continue
                if index < skip:
                    yield index, "", SKIPPED
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
) -> Iterator[tuple[int, str, Payload]]:
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
                yield index, "", SKIPPED
                index += 1
            continue
        for batch in parquet.iter_batches(
            batch_size=_PARQUET_BATCH_ROWS, row_groups=[group], columns=columns
        ):
            for row in batch.to_pylist():
                if index < skip:
                    yield index, "", SKIPPED
                else:
                    yield index, f"{source.name} row {index}", row
                index += 1


def txt_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and p.name.lower().endswith((".txt", ".txt.gz"))
    )


def _txt_id(path: Path, folder: Path | None) -> str:
    rel = path.relative_to(folder).as_posix() if folder is not None else path.name
    for suffix in (".txt.gz", ".txt"):
        if rel.lower().endswith(suffix):
            return rel[: -len(suffix)]
    return rel


def _read_txt(source: InputSource, skip: int, fields: Fields) -> Iterator[tuple[int, str, Payload]]:
    folder = source.path if source.path.is_dir() else None
    files = txt_files(source.path) if folder is not None else [source.path]
    for index, path in enumerate(files):
        if index < skip:
            yield index, "", SKIPPED
            continue
        record_id = _txt_id(path, folder)
        where = str(path)
        try:
            with open_binary(path) as f:
                data = f.read()
        except (OSError, EOFError) as e:
            yield index, where, Bad("undecodable", f"{where}: unreadable file ({e}).", record_id)
            continue
        text = data.decode("utf-8-sig", errors="surrogateescape")
        yield index, where, {fields.id: record_id, fields.text: text}


def check_columns(source: InputSource, fields: Fields) -> None:
    columns: list[str] | None = None
    if source.format in ("csv", "tsv"):
        with open_binary(source.path) as binary, _csv_text(source, binary) as f:
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


READERS = {
    "jsonl": _read_jsonl,
    "json": _read_jsonl,
    "csv": _read_csv,
    "tsv": _read_csv,
    "parquet": _read_parquet,
    "txt": _read_txt,
}
