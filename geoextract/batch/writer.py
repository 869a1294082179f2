"""The output of a batch run: append-only JSONL that a killed run can resume.

Each batch of lines goes to disk with one unbuffered ``write`` (one gzip member per batch
for ``.gz`` output), so whatever a ``kill -9`` leaves behind is a run of complete lines,
possibly followed by one partial line (or one partial gzip member). Resuming cuts that tail
off and counts the complete lines: that count is the position of the next input record.
No sidecar file is needed because output line ``n`` always belongs to input position ``n``.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from ..errors import Errors, GeoExtractValueError

_CHUNK = 1 << 20
_GZIP_WBITS = 31  # zlib: gzip header and trailer (CRC-32 and length are checked)


def is_gzip_path(path: Path) -> bool:
    """True when the output is gzip-compressed (its name ends in ``.gz``).

    Example:
        >>> is_gzip_path(Path("out.jsonl.gz"))
        True
    """
    return path.name.lower().endswith(".gz")


def scan_output(path: Path) -> tuple[int, int, bytes | None]:
    """Count the complete lines of an earlier run's output.

    Args:
        path: A JSONL file, or a ``.gz`` file made of gzip members.

    Returns:
        ``(lines, good_size, first_line)``: the number of complete lines, the byte size of
        the file up to the end of the last complete line (or gzip member), and the first
        line (None when there is none).

    Example:
        >>> import tempfile; p = Path(tempfile.mkdtemp()) / "o.jsonl"
        >>> _ = p.write_bytes(b'{"a": 1}\\n{"b"')
        >>> scan_output(p)[:2]
        (1, 9)
    """
    if is_gzip_path(path):
        return _scan_gzip(path)
    lines = 0
    good_size = 0
    offset = 0
    first: bytes | None = None
    head = b""
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            count = chunk.count(b"\n")
            if count:
                lines += count
                good_size = offset + chunk.rindex(b"\n") + 1
            if first is None:
                head += chunk
                if b"\n" in head:
                    first = head[: head.index(b"\n")]
                    head = b""
            offset += len(chunk)
    return lines, good_size, first


def _scan_gzip(path: Path) -> tuple[int, int, bytes | None]:
    lines = 0
    good_size = 0
    offset = 0
    member_lines = 0
    first: bytes | None = None
    head = b""
    inflater = zlib.decompressobj(_GZIP_WBITS)
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            data = chunk
            while data:
                try:
                    out = inflater.decompress(data)
                except zlib.error:
                    # A damaged tail (the member a kill interrupted): stop at the last good member.
                    return lines, good_size, first
                member_lines += out.count(b"\n")
                if first is None and out:
                    head += out
                    if b"\n" in head:
                        first = head[: head.index(b"\n")]
                        head = b""
                if inflater.eof:
                    used = len(data) - len(inflater.unused_data)
                    offset += used
                    data = inflater.unused_data
                    lines += member_lines
                    member_lines = 0
                    good_size = offset
                    inflater = zlib.decompressobj(_GZIP_WBITS)
                else:
                    offset += len(data)
                    data = b""
    return lines, good_size, first


def _check_first_line(path: Path, first: bytes | None) -> None:
    if first is None:
        return
    try:
        obj = json.loads(first)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise GeoExtractValueError(
            Errors.E310.format(path=path, reason=f"its first line is not JSON ({e})")
        ) from e
    if not isinstance(obj, dict) or not ({"text", "error"} & set(obj)):
        raise GeoExtractValueError(
            Errors.E310.format(
                path=path, reason="its first line is not a geoextract Document or error record"
            )
        )


class OutputWriter:
    """Append-only writer of result lines; opening it in resume mode repairs a killed run.

    Args:
        path: ``.jsonl`` (or any name) for plain output, ``.jsonl.gz`` for gzip members.
        resume: Keep the complete lines of an existing file and append after them.
        overwrite: Replace an existing file.

    Raises:
        GeoExtractValueError: E303 when the file exists and neither flag is set; E310 when
            resuming a file that is not geoextract output.

    Example:
        >>> import tempfile; p = Path(tempfile.mkdtemp()) / "o.jsonl"
        >>> with OutputWriter(p) as out:
        ...     out.write_lines(['{"text": "a"}'])
        >>> with OutputWriter(p, resume=True) as out:
        ...     out.done
        1
    """

    def __init__(self, path: str | Path, *, resume: bool = False, overwrite: bool = False) -> None:
        self.path = Path(path)
        self.resume = resume
        self.overwrite = overwrite
        self.gzip = is_gzip_path(self.path)
        #: Lines already in the file when it was opened (the records to skip on resume).
        self.done = 0
        #: Bytes cut from the end of the file on resume (a partial line or gzip member).
        self.truncated_bytes = 0
        self._fd: int | None = None

    def open(self) -> OutputWriter:
        """Open the file (repairing it when resuming) and set ``done``."""
        exists = self.path.exists()
        if exists and not (self.resume or self.overwrite):
            raise GeoExtractValueError(Errors.E303.format(path=self.path))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if exists and self.resume:
            lines, good_size, first = scan_output(self.path)
            _check_first_line(self.path, first)
            size = self.path.stat().st_size
            if good_size < size:
                os.truncate(self.path, good_size)
                self.truncated_bytes = size - good_size
            self.done = lines
            flags = os.O_WRONLY | os.O_APPEND
        else:
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        self._fd = os.open(self.path, flags, 0o644)
        return self

    def write_lines(self, lines: Sequence[str]) -> None:
        """Write complete lines (given without newlines) straight to the file, unbuffered."""
        if not lines:
            return
        if self._fd is None:
            raise RuntimeError("OutputWriter.write_lines() before open()")
        data = ("\n".join(lines) + "\n").encode("utf-8")
        if self.gzip:
            data = _gzip_member(data)
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]

    def close(self) -> None:
        """Close the file; everything written is already on disk (no user-space buffer)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> OutputWriter:
        return self.open()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _gzip_member(data: bytes) -> bytes:
    # zlib's gzip header carries no timestamp, so the same lines always give the same bytes.
    compressor = zlib.compressobj(6, zlib.DEFLATED, _GZIP_WBITS)
    return compressor.compress(data) + compressor.flush()
