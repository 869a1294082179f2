"""One input record of a batch run: validated fields, or the error record that replaces it.

Every reader turns its raw rows into either an :class:`InputRecord` (ready for the pipeline)
or an :class:`~geoextract.results.ErrorRecord` (written in its place), so a batch run writes
exactly one output line per input record.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ..api import parse_date
from ..errors import GeoExtractValueError
from ..results import ErrorRecord

#: Kinds of error record a batch run writes (the ``code`` field of ``ErrorRecord``).
ErrorCode = Literal[
    "invalid_json",
    "invalid_row",
    "missing_text",
    "empty_text",
    "bad_date",
    "undecodable",
    "oversized",
    "processing",
]

#: spaCy's default ``nlp.max_length``: longer texts become "oversized" error records.
DEFAULT_MAX_CHARS = 1_000_000

# Lone surrogates: what undecodable bytes become under errors="surrogateescape", and what a
# JSON "\ud800" escape yields. Neither can be written back as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class InputRecord:
    """A record that passed validation and goes to the pipeline.

    Attributes:
        position: 0-based position in the whole run (all inputs in order); also the line
            number of its result in the output.
        id: The record's id, or the stable default ``"<file stem>:<index in file>"``.
        text: The article text (non-empty, at most ``max_chars`` characters).
        date: Publication date, or None.
        source: The input file (or partition) the record came from.
        words: Whitespace-separated words in ``text`` (for the summary's words/s).
    """

    position: int
    id: str
    text: str
    date: dt.date | None
    source: str
    words: int


@dataclass(frozen=True, slots=True)
class Fields:
    """Names of the fields (JSON keys, CSV or Parquet columns) that hold id, text and date."""

    text: str = "text"
    id: str = "id"
    date: str = "date"


BatchItem = InputRecord | ErrorRecord


def default_id(source_stem: str, index: int) -> str:
    """Return the id given to a record without one: ``"<file stem>:<index in its file>"``.

    Example:
        >>> default_id("articles", 3)
        'articles:3'
    """
    return f"{source_stem}:{index}"


def error_record(
    code: ErrorCode, message: str, *, position: int, source: str, record_id: str | None
) -> ErrorRecord:
    """Build the error record written in place of an unusable record.

    Example:
        >>> error_record("empty_text", "empty", position=0, source="a.jsonl", record_id="a:0").code
        'empty_text'
    """
    return ErrorRecord(id=record_id, error=message, position=position, source=source, code=code)


def is_missing(value: object) -> bool:
    """True for None and for pandas/NumPy missing values (NaN, NaT, pd.NA).

    Example:
        >>> is_missing(None), is_missing(float("nan")), is_missing("x")
        (True, True, False)
    """
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN and NaT are the only values unequal to themselves
    except (TypeError, ValueError):  # pd.NA refuses bool(); array-likes refuse too
        return type(value).__name__ == "NAType"


def has_surrogates(text: str) -> bool:
    """True when ``text`` holds undecodable bytes (lone surrogates) that UTF-8 cannot encode.

    Example:
        >>> has_surrogates("ok"), has_surrogates("bad \\udcff")
        (False, True)
    """
    return _SURROGATE.search(text) is not None


def validate_record(
    raw: Mapping[str, Any],
    *,
    position: int,
    index: int,
    source: str,
    source_stem: str,
    fields: Fields,
    max_chars: int = DEFAULT_MAX_CHARS,
    where: str | None = None,
) -> BatchItem:
    """Check one raw record and return an :class:`InputRecord` or the error record for it.

    Args:
        raw: The record's fields (a JSON object, a CSV row, a Parquet row).
        position: 0-based position in the whole run.
        index: 0-based index of the record in its own file (for the default id).
        source: The input file (or partition) name written into error records.
        source_stem: Prefix of default ids.
        fields: Which fields hold text, id and date.
        max_chars: Longer texts become "oversized" error records.
        where: How to point at the record in messages (e.g. "a.jsonl line 7").

    Returns:
        An ``InputRecord``, or an ``ErrorRecord`` with code missing_text, empty_text,
        bad_date, undecodable or oversized.

    Example:
        >>> r = validate_record({"text": "Hi.", "date": "2024-11-12"}, position=0, index=0,
        ...                     source="a.jsonl", source_stem="a", fields=Fields())
        >>> r.id, r.date
        ('a:0', datetime.date(2024, 11, 12))
    """
    where = where or f"{source} record {index}"
    raw_id = raw.get(fields.id)
    if isinstance(raw_id, float) and raw_id.is_integer():
        raw_id = int(raw_id)  # integer ids in a pandas column with gaps arrive as floats
    record_id = default_id(source_stem, index) if is_missing(raw_id) else str(raw_id)

    def fail(code: ErrorCode, message: str) -> ErrorRecord:
        return error_record(code, message, position=position, source=source, record_id=record_id)

    if has_surrogates(record_id):
        return fail(
            "undecodable", f"{where}: the id holds undecodable bytes; re-encode the input as UTF-8."
        )
    text = raw.get(fields.text)
    if isinstance(text, bytes):  # a binary Parquet column: decode, flagging bad bytes below
        text = text.decode("utf-8", errors="surrogateescape")
    if is_missing(text) and fields.text in raw:
        return fail("missing_text", f"{where}: field {fields.text!r} is null; there is no text.")
    if is_missing(text):
        present = ", ".join(sorted(str(k) for k in raw)) or "none"
        return fail(
            "missing_text",
            f"{where}: no {fields.text!r} field (fields: {present}). Pass --text-field to name the text field.",
        )
    if not isinstance(text, str):
        return fail(
            "missing_text",
            f"{where}: field {fields.text!r} is {type(text).__name__}, not a string of text.",
        )
    if has_surrogates(text):
        return fail(
            "undecodable",
            f"{where}: the text holds bytes that are not valid UTF-8; re-encode the input as UTF-8.",
        )
    if not text.strip():
        return fail("empty_text", f"{where}: the text is empty; there is nothing to annotate.")
    if len(text) > max_chars:
        return fail(
            "oversized",
            f"{where}: the text has {len(text)} characters, more than the limit of {max_chars}. "
            "Split the document or raise --max-chars (and the pipeline's nlp.max_length).",
        )
    raw_date = raw.get(fields.date)
    if is_missing(raw_date):
        day = None
    else:
        if isinstance(raw_date, str) and has_surrogates(raw_date):
            return fail("undecodable", f"{where}: the date holds undecodable bytes.")
        try:
            day = parse_date(raw_date)
        except (GeoExtractValueError, ValueError) as e:
            return fail("bad_date", f"{where}: {e}")
    return InputRecord(
        position=position, id=record_id, text=text, date=day, source=source, words=len(text.split())
    )
