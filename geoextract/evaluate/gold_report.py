"""The report of the gold scorer: counts, the figures derived from them, targets, errors.

Every figure is a ``computed_field`` over counts, so a JSON dump (``--json``) carries both,
and reports of several runs can be summed by adding their counts.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, computed_field

from .metrics import PRF, ratio

#: Targets of the project's issues, printed next to the figures: (figure, minimum).
TARGETS: tuple[tuple[str, float], ...] = (
    ("person_recall", 0.9),
    ("person_precision", 0.9),
    ("country_recall", 0.95),
    ("normalisation_accuracy", 0.9),
    ("roles_f1", 0.9),
    ("title_agreement", 0.9),
    ("pair_f1", 0.8),
    ("status_accuracy", 0.9),
    ("date_accuracy", 0.8),
    ("topic_f1", 0.6),
)


class _Report(BaseModel):
    # Dumps carry the computed figures; reading a dump back ignores them and recomputes.
    model_config = ConfigDict(extra="ignore")


class TypeScore(_Report):
    """Recall (entity and surface level) and precision for one gold type."""

    type: str
    gold: int = Field(default=0, description="Gold entities of this type.")
    found: int = Field(default=0, description="Gold entities with an aligned predicted entity.")
    surfaces: int = Field(default=0, description="Gold (entity, surface) pairs.")
    surfaces_found: int = Field(
        default=0, description="Pairs whose surface is a mention of a compatible predicted entity."
    )
    predicted: int = Field(default=0, description="Predicted entities with a compatible label.")
    predicted_correct: int = Field(
        default=0, description="Of those, the ones aligned to a gold entity of this type."
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return ratio(self.found, self.gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def surface_recall(self) -> float | None:
        return ratio(self.surfaces_found, self.surfaces)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return ratio(self.predicted_correct, self.predicted)


class RoleScore(_Report):
    """Roles compared as (person, country) keys, and titles on the matched ones."""

    keys: PRF = Field(default_factory=PRF)
    title_agree: int = Field(
        default=0, description="Matched roles whose titles agree (case-insensitive)."
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        return self.keys.f1

    @computed_field  # type: ignore[prop-decorator]
    @property
    def title_agreement(self) -> float | None:
        return ratio(self.title_agree, self.keys.tp)


class MeetingScore(_Report):
    """Participant pairs, and attributes of the meetings aligned by participant overlap."""

    pairs: PRF = Field(default_factory=PRF)
    gold: int = 0
    predicted: int = 0
    aligned: int = 0
    status_correct: int = 0
    date_correct: int = 0
    mode_correct: int = 0
    place_correct: int = 0
    topic_f1_sum: float = 0.0
    topic_scored: int = Field(
        default=0, description="Aligned meetings with a topic on either side."
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def pair_f1(self) -> float | None:
        return self.pairs.f1

    @computed_field  # type: ignore[prop-decorator]
    @property
    def status_accuracy(self) -> float | None:
        return ratio(self.status_correct, self.aligned)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def date_accuracy(self) -> float | None:
        return ratio(self.date_correct, self.aligned)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def mode_accuracy(self) -> float | None:
        return ratio(self.mode_correct, self.aligned)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def place_accuracy(self) -> float | None:
        return ratio(self.place_correct, self.aligned)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def topic_f1(self) -> float | None:
        return ratio(self.topic_f1_sum, self.topic_scored)


class EvalError(_Report):
    """One miss or false positive, for ``--errors``."""

    doc_id: str
    kind: str = Field(
        description="missed_entity, missed_surface, false_person, false_org, normalisation, missed_role, "
        "spurious_role, title, missed_pair, spurious_pair, missed_meeting, spurious_meeting, "
        "status, date, mode, place, topic."
    )
    detail: str


class Target(_Report):
    """A figure next to its target."""

    name: str
    value: float | None
    target: float

    @computed_field  # type: ignore[prop-decorator]
    @property
    def met(self) -> bool | None:
        return None if self.value is None else self.value >= self.target


class GoldReport(_Report):
    """Everything ``score_gold`` measured."""

    documents: int = 0
    types: dict[str, TypeScore] = Field(default_factory=dict)
    country_resolved: int = Field(
        default=0, description="Gold COUNTRY entities found with the gold ISO code."
    )
    normalisations: int = 0
    normalisations_correct: int = 0
    roles: RoleScore = Field(default_factory=RoleScore)
    meetings: MeetingScore = Field(default_factory=MeetingScore)
    errors: list[EvalError] = Field(default_factory=list)

    def _type(self, name: str) -> TypeScore:
        return self.types.get(name, TypeScore(type=name))

    @computed_field  # type: ignore[prop-decorator]
    @property
    def person_recall(self) -> float | None:
        return self._type("PERSON").recall

    @computed_field  # type: ignore[prop-decorator]
    @property
    def person_precision(self) -> float | None:
        return self._type("PERSON").precision

    @computed_field  # type: ignore[prop-decorator]
    @property
    def country_recall(self) -> float | None:
        return ratio(self.country_resolved, self._type("COUNTRY").gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def normalisation_accuracy(self) -> float | None:
        return ratio(self.normalisations_correct, self.normalisations)

    def figure(self, name: str) -> float | None:
        """Look up a headline figure by name (the names of :data:`TARGETS`).

        Example:
            >>> GoldReport().figure("pair_f1") is None
            True
        """
        if name == "roles_f1":
            return self.roles.f1
        if name == "title_agreement":
            return self.roles.title_agreement
        owner: BaseModel = self.meetings if name in MeetingScore.model_computed_fields else self
        value = getattr(owner, name)
        return None if value is None else float(value)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def targets(self) -> list[Target]:
        return [
            Target(name=name, value=self.figure(name), target=target) for name, target in TARGETS
        ]
