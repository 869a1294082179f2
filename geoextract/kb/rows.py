"""Read YAML / JSON / JSONL row files with the line number of each row, for precise errors.

Shared by the KB build (curated files) and user files loaded at run time.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import Errors, KBError


class _RowLoader(yaml.SafeLoader):
    """A safe YAML loader that leaves dates as strings: bad dates become field errors."""


_RowLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class RowError(Exception):
    """One problem in one row: file, line, field and message."""

    def __init__(self, path: Path | str, line: int, field: str, msg: str) -> None:
        self.path, self.line, self.field, self.msg = str(path), line, field, msg
        super().__init__(Errors.E102.format(path=path, line=line, field=field, msg=msg))


def read_rows(path: str | Path) -> list[tuple[int, Any]]:
    """The rows of a YAML list, JSON list or JSONL file, each with its 1-based line number.

    Args:
        path: The file.

    Returns:
        ``(line, row)`` pairs.

    Raises:
        KBError: The file is missing, of an unknown type, or not parseable.
    """
    path = Path(path)
    if not path.exists():
        raise KBError(Errors.E101.format(path=path))
    suffix = path.suffix.lower()
    text = path.read_text(encoding="utf-8")
    if suffix == ".jsonl":
        rows: list[tuple[int, Any]] = []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                raise KBError(
                    Errors.E102.format(
                        path=path, line=n, field="-", msg=f"not valid JSON ({e.msg})"
                    )
                ) from e
        return rows
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise KBError(
                Errors.E102.format(
                    path=path, line=e.lineno, field="-", msg=f"not valid JSON ({e.msg})"
                )
            ) from e
        if not isinstance(data, list):
            raise KBError(
                Errors.E102.format(
                    path=path, line=1, field="-", msg="the file must hold a list of rows"
                )
            )
        return [(0, row) for row in data]
    if suffix not in {".yaml", ".yml"}:
        raise KBError(Errors.E104.format(path=path))
    try:
        node = yaml.compose(text, Loader=_RowLoader)
        data = yaml.load(text, Loader=_RowLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        lineno = mark.line + 1 if mark is not None else 0
        raise KBError(
            Errors.E102.format(
                path=path,
                line=lineno,
                field="-",
                msg=f"not valid YAML ({getattr(e, 'problem', e)})",
            )
        ) from e
    if data is None:
        return []
    if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
        raise KBError(
            Errors.E102.format(
                path=path, line=1, field="-", msg="the file must hold a YAML list of rows"
            )
        )
    return [(item.start_mark.line + 1, row) for item, row in zip(node.value, data, strict=True)]


def validate_row(model: type[BaseModel], row: Any, path: Path | str, line: int) -> Any:
    """Validate one row against a pydantic row model.

    Raises:
        RowError: Naming the first failing field.
    """
    if not isinstance(row, dict):
        raise RowError(path, line, "-", f"expected a mapping of fields, got {type(row).__name__}")
    try:
        return model.model_validate(row)
    except ValidationError as e:
        err = e.errors()[0]
        field = ".".join(str(x) for x in err["loc"]) or "-"
        raise RowError(path, line, field, err["msg"]) from e


def partial_date(value: Any) -> tuple[dt.date | None, str]:
    """A row's date value (date, "YYYY", "YYYY-MM", "YYYY-MM-DD", int year) with its precision.

    Raises:
        ValueError: The value is not a date.

    Example:
        >>> partial_date("2025-05")
        (datetime.date(2025, 5, 1), 'month')
    """
    if value is None or value == "":
        return None, "day"
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    text = str(value).strip()
    parts = text.split("-")
    try:
        if len(parts) == 1 and len(parts[0]) == 4:
            return dt.date(int(parts[0]), 1, 1), "year"
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1), "month"
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2])), "day"
    except ValueError:
        pass
    raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")


def raise_errors(errors: list[RowError], limit: int = 25) -> None:
    """Raise one KBError listing the row errors (nothing when the list is empty)."""
    if not errors:
        return
    lines = [str(e) for e in errors[:limit]]
    more = f"\n... and {len(errors) - limit} more" if len(errors) > limit else ""
    raise KBError(f"{len(errors)} error(s) in knowledge base files:\n" + "\n".join(lines) + more)
