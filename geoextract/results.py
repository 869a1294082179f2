"""Public result schema: plain pydantic models built from an annotated spaCy Doc.

These names and meanings are a contract with users' scripts and the evaluation: add fields,
never rename or repurpose them. Every model round-trips through JSON::

    >>> d = Document(id="x", text="")
    >>> Document.model_validate_json(d.model_dump_json()) == d
    True
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

MeetingMode = Literal["meet", "visit", "phone", "multilateral"]
MeetingStatus = Literal["occurred", "planned", "cancelled", "denied"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Mention(_Model):
    """A stretch of the document text, by character offsets (``text[start:end]``)."""

    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset one past the last character.")
    text: str = Field(description="The covered text, equal to document.text[start:end].")


class Entity(_Model):
    """One actor of the document: all mentions of the same person, state or organisation."""

    id: str = Field(description="Entity id, unique within the document (e.g. 'e3').")
    name: str = Field(description="Canonical name: the KB name when linked, else the longest form in the text.")
    label: str = Field(description="spaCy label: PERSON, GPE, ORG, NORP, LOC, FAC...")
    kb_id: str | None = Field(default=None, description="Wikidata QID of the KB actor, or null (unlinked, or linked to an actor the KB knows without a QID: see actor_id).")
    country: str | None = Field(
        default=None,
        description="ISO 3166-1 alpha-3: a country's own code, a person's or organisation's state, a demonym's state.",
    )
    mentions: list[Mention] = Field(default_factory=list)
    kind: str | None = Field(
        default=None,
        description="Actor kind: person, country, organisation, city, ... (null when unknown).",
    )
    score: float | None = Field(
        default=None, ge=0.0, le=1.0, description="Confidence of the KB link (null when not linked)."
    )
    actor_id: str | None = Field(
        default=None,
        description="Id of the linked KB actor: the QID, or a geoextract id 'gx:...' for actors without one (null when not linked).",
    )


class Role(_Model):
    """A title held by a person (or by an unnamed office holder) as stated in the text."""

    person: str | None = Field(description="Entity id of the holder, or null when the text names no one and the KB is unsure.")
    title: str = Field(description="Normalised office name, e.g. 'Foreign Minister', 'Secretary of State'.")
    country: str | None = Field(default=None, description="ISO alpha-3 of the state the office belongs to.")
    org: str | None = Field(default=None, description="Entity id of the organisation the office belongs to.")
    qualifier: str | None = Field(
        default=None, description="'elect', 'former', 'acting', 'deputy', 'vice'... or null."
    )
    mention: Mention = Field(description="The role phrase in the text.")
    role_type: str | None = Field(
        default=None, description="Normalised role type: head_of_state, foreign_minister, ... (null if unknown)."
    )
    surface_title: str | None = Field(default=None, description="The title as written in the text.")
    confirmed: bool | None = Field(
        default=None,
        description="True when the KB holds this office for the person on the document date, False when it does not, null when the KB cannot tell.",
    )


class Relation(_Model):
    """A meeting, talks, visit or call between participants."""

    type: Literal["meet"] = "meet"
    mode: MeetingMode
    participants: list[str] = Field(description="Entity ids of the participants.")
    topic: str | None = None
    place: str | None = None
    date: dt.date | None = Field(default=None, description="ISO date of the meeting, or null.")
    status: MeetingStatus
    evidence: Mention = Field(description="The sentence that states the meeting.")
    confidence: float = Field(ge=0.0, le=1.0)
    host: str | None = Field(default=None, description="Entity id of the host of a visit, if known.")
    trigger: str | None = Field(default=None, description="The trigger word or phrase (met, talks, visit...).")


class Document(_Model):
    """Everything geoextract found in one article."""

    id: str | None = None
    date: dt.date | None = Field(default=None, description="Publication date; relative dates resolve against it.")
    text: str
    entities: list[Entity] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

    def entity(self, entity_id: str | None) -> Entity | None:
        """Return the entity with this id, or None.

        Example:
            >>> Document(text="").entity("e0") is None
            True
        """
        if entity_id is None:
            return None
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def _repr_html_(self) -> str:
        from .display.html import document_html

        return document_html(self)


class ErrorRecord(_Model):
    """What a batch run writes for a record it could not process, so nothing is lost."""

    id: str | None = None
    error: str = Field(description="What went wrong and what to do about it.")
    position: int = Field(ge=0, description="0-based position of the record in its input.")
    source: str | None = Field(default=None, description="Input file the record came from.")
    code: str | None = Field(default=None, description="Error kind: invalid_json, missing_text, empty_text, bad_date, undecodable, oversized, processing.")


def to_jsonable(model: BaseModel) -> dict[str, Any]:
    """Dump a result model to plain JSON types (dates as ISO strings)."""
    return model.model_dump(mode="json")
