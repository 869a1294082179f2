"""The gold document format (``gold.jsonl``): pydantic models and a validating reader.

One JSON object per line; see ``docs/evaluation.md`` for the fields and annotation rules.
The reader checks each line against the models and the references inside a document (role
persons, normalisation targets and meeting participants must be entity names; surfaces must
occur in the text), and names the line and the field of the first problem.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import Errors, GeoExtractValueError
from ..results import MeetingMode, MeetingStatus

GoldType = Literal["PERSON", "COUNTRY", "ORG"]


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldEntity(_Gold):
    """An actor of the article with every surface string that refers to it."""

    name: str = Field(min_length=1, description="Canonical name (English Wikipedia title).")
    type: GoldType
    wikidata: str | None = Field(default=None, description="Wikidata QID, or null.")
    country: str | None = Field(
        default=None, description="ISO alpha-3, or null for international bodies."
    )
    surfaces: list[str] = Field(
        default_factory=list, description="Case-sensitive strings of the text, possessive dropped."
    )


class GoldRole(_Gold):
    """One role phrase: who holds which title for which state or organisation."""

    person: str | None = Field(description="Entity name of the holder, or null.")
    title: str = Field(min_length=1)
    country: str | None = None
    org: str | None = Field(
        default=None, description="ORG entity name for offices of organisations."
    )
    surface: str | None = Field(default=None, description="The role phrase as written.")
    qualifier: str | None = None


class GoldNormalisation(_Gold):
    """A PERSON surface that is not a run of the canonical name's tokens, and its canonical name."""

    surface: str = Field(min_length=1)
    canonical: str = Field(min_length=1)


class GoldMeeting(_Gold):
    """A meeting, talks, visit or call between named participants."""

    participants: list[str] = Field(min_length=1, description="Entity names.")
    topic: str | None = None
    place: str | None = None
    date: dt.date | None = None
    status: MeetingStatus
    mode: MeetingMode


class GoldDocument(_Gold):
    """One annotated article."""

    id: str = Field(min_length=1)
    date: dt.date | None = None
    text: str
    entities: list[GoldEntity] = Field(default_factory=list)
    roles: list[GoldRole] = Field(default_factory=list)
    normalisations: list[GoldNormalisation] = Field(default_factory=list)
    meetings: list[GoldMeeting] = Field(default_factory=list)

    def entity(self, name: str | None) -> GoldEntity | None:
        """Return the entity with this canonical name, or None.

        Example:
            >>> GoldDocument(id="d", text="").entity("Anyone") is None
            True
        """
        for ent in self.entities:
            if ent.name == name:
                return ent
        return None


def _field_path(loc: Iterable[int | str]) -> str:
    return ".".join(str(part) for part in loc) or "(line)"


def reference_problems(doc: GoldDocument) -> list[tuple[str, str]]:
    """Return ``(field, message)`` for every broken reference inside a gold document.

    Example:
        >>> reference_problems(GoldDocument(id="d", text="x", normalisations=[{"surface": "x", "canonical": "Y"}]))
        [('normalisations.0.canonical', "'Y' is not the name of an entity of this document")]
    """
    names = {ent.name for ent in doc.entities}
    problems: list[tuple[str, str]] = []

    def check(field: str, name: str | None) -> None:
        if name is not None and name not in names:
            problems.append((field, f"{name!r} is not the name of an entity of this document"))

    seen: dict[str, int] = {}
    for i, ent in enumerate(doc.entities):
        if ent.name in seen:
            problems.append((f"entities.{i}.name", f"{ent.name!r} repeats entity {seen[ent.name]}"))
        seen.setdefault(ent.name, i)
        for j, surface in enumerate(ent.surfaces):
            if surface not in doc.text:
                problems.append(
                    (f"entities.{i}.surfaces.{j}", f"{surface!r} does not occur in the text")
                )
    for i, role in enumerate(doc.roles):
        check(f"roles.{i}.person", role.person)
        check(f"roles.{i}.org", role.org)
    for i, norm in enumerate(doc.normalisations):
        check(f"normalisations.{i}.canonical", norm.canonical)
        if norm.surface not in doc.text:
            problems.append(
                (f"normalisations.{i}.surface", f"{norm.surface!r} does not occur in the text")
            )
    for i, meeting in enumerate(doc.meetings):
        for j, name in enumerate(meeting.participants):
            check(f"meetings.{i}.participants.{j}", name)
    return problems


def parse_gold_line(line: str, *, path: str | Path = "<string>", number: int = 1) -> GoldDocument:
    """Parse and check one line of a gold file.

    Raises:
        GeoExtractValueError: E501 for a line that is not JSON, E503 naming the first bad field.

    Example:
        >>> parse_gold_line('{"id": "d1", "text": "Hi"}').id
        'd1'
    """
    try:
        data = json.loads(line)
    except json.JSONDecodeError as e:
        raise GeoExtractValueError(Errors.E501.format(line=number, path=path, msg=e)) from e
    if not isinstance(data, dict):
        raise GeoExtractValueError(
            Errors.E501.format(
                line=number, path=path, msg=f"expected a JSON object, got {type(data).__name__}"
            )
        )
    try:
        doc = GoldDocument.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        raise GeoExtractValueError(
            Errors.E503.format(
                path=path, line=number, field=_field_path(first["loc"]), msg=first["msg"]
            )
        ) from e
    problems = reference_problems(doc)
    if problems:
        field, msg = problems[0]
        raise GeoExtractValueError(Errors.E503.format(path=path, line=number, field=field, msg=msg))
    return doc


def read_gold(path: str | Path) -> list[GoldDocument]:
    """Read a gold ``.jsonl`` file (blank lines are skipped).

    Args:
        path: The gold file, one JSON document per line.

    Returns:
        The gold documents in file order.

    Raises:
        GeoExtractValueError: the file cannot be read (E504), a line is not JSON (E501), a
            field is missing or wrong or a reference is broken (E503, naming line and field),
            or two documents share an id (E503).

    Example:
        >>> docs = read_gold("../shared/data/dev/gold.jsonl")  # doctest: +SKIP
        >>> docs[0].id  # doctest: +SKIP
        'd001'
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GeoExtractValueError(Errors.E504.format(path=path, err=e)) from e
    docs: list[GoldDocument] = []
    ids: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        doc = parse_gold_line(line, path=path, number=number)
        if doc.id in ids:
            raise GeoExtractValueError(
                Errors.E503.format(
                    path=path, line=number, field="id", msg=f"{doc.id!r} repeats line {ids[doc.id]}"
                )
            )
        ids[doc.id] = number
        docs.append(doc)
    return docs
