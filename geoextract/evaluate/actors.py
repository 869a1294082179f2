"""Actor coding: does the entity or role covering an actor phrase carry the right country?

Gold format (one JSON object per line)::

    {"id": "a001", "date": "2023-03-14", "text": "Moroccan diplomats met ...",
     "actors": [{"phrase": "Moroccan diplomats", "country": "MAR"}]}

``country`` is an ISO 3166-1 alpha-3 code, or null for actors that belong to no state
(international organisations and their officials). Each phrase is looked up at its first
occurrence in the text. The prediction for a phrase is the country of the role or entity
mention that overlaps it most (characters in common over characters in either); a role wins
a tie, because "Taiwan's Vice Foreign Minister" is about the office holder, not Taiwan. A
phrase nothing overlaps is predicted null.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from ..errors import Errors, GeoExtractValueError
from ..results import Document


class GoldActor(BaseModel):
    phrase: str
    country: str | None = None


class ActorSentence(BaseModel):
    id: str
    date: str | None = None
    text: str
    actors: list[GoldActor] = Field(default_factory=list)


class ActorMiss(BaseModel):
    id: str
    phrase: str
    gold: str | None
    predicted: str | None


class ActorReport(BaseModel):
    """Accuracy of actor coding, with every miss."""

    phrases: int
    correct: int
    accuracy: float
    with_country: int = Field(description="Gold phrases that have a country.")
    correct_with_country: int
    misses: list[ActorMiss] = Field(default_factory=list)


def read_actor_sentences(path: str | Path) -> list[ActorSentence]:
    """Read an actor-coding gold file.

    Raises:
        GeoExtractValueError: a line is not valid JSON, lacks a field, or a phrase is not in its text.
    """
    path = Path(path)
    sentences = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                sentence = ActorSentence.model_validate(json.loads(line))
            except (json.JSONDecodeError, ValidationError) as e:
                raise GeoExtractValueError(Errors.E501.format(line=number, path=path, msg=e)) from e
            for actor in sentence.actors:
                if actor.phrase not in sentence.text:
                    raise GeoExtractValueError(
                        Errors.E501.format(line=number, path=path, msg=f"phrase {actor.phrase!r} is not in the text")
                    )
            sentences.append(sentence)
    return sentences


def predicted_country(doc: Document, start: int, end: int) -> str | None:
    """The country of the role or entity mention that overlaps ``start:end`` most.

    Example:
        >>> from geoextract.results import Entity, Mention
        >>> d = Document(text="Moroccan diplomats", entities=[Entity(id="e0", name="Morocco",
        ...     label="NORP", country="MAR", mentions=[Mention(start=0, end=8, text="Moroccan")])])
        >>> predicted_country(d, 0, 18)
        'MAR'
    """
    best: tuple[float, int, str | None] | None = None
    for role in doc.roles:
        score = _overlap(start, end, role.mention.start, role.mention.end)
        if score > 0:
            country = role.country
            if country is None and role.person is not None and role.org is None:
                person = doc.entity(role.person)
                country = person.country if person is not None else None
            candidate = (score, 1, country)
            best = candidate if best is None or candidate[:2] > best[:2] else best
    for ent in doc.entities:
        for m in ent.mentions:
            score = _overlap(start, end, m.start, m.end)
            if score > 0:
                candidate = (score, 0, ent.country)
                best = candidate if best is None or candidate[:2] > best[:2] else best
    return None if best is None else best[2]


def _overlap(a0: int, a1: int, b0: int, b1: int) -> float:
    common = min(a1, b1) - max(a0, b0)
    if common <= 0:
        return 0.0
    return common / (max(a1, b1) - min(a0, b0))


def score_actors(docs: Sequence[Document], gold: Sequence[ActorSentence]) -> ActorReport:
    """Score predicted documents against actor-coding gold, in the same order.

    Example:
        >>> from geoextract.results import Entity, Mention
        >>> g = ActorSentence(id="a", text="Moroccan diplomats", actors=[GoldActor(phrase="Moroccan diplomats", country="MAR")])
        >>> score_actors([Document(text=g.text)], [g]).accuracy
        0.0
    """
    if len(docs) != len(gold):
        raise GeoExtractValueError(Errors.E501.format(line=0, path="(predictions)", msg="predictions and gold differ in length"))
    phrases = correct = with_country = correct_with_country = 0
    misses = []
    for doc, sentence in zip(docs, gold, strict=True):
        for actor in sentence.actors:
            start = sentence.text.index(actor.phrase)
            predicted = predicted_country(doc, start, start + len(actor.phrase))
            ok = predicted == actor.country
            phrases += 1
            correct += ok
            if actor.country is not None:
                with_country += 1
                correct_with_country += ok
            if not ok:
                misses.append(ActorMiss(id=sentence.id, phrase=actor.phrase, gold=actor.country, predicted=predicted))
    return ActorReport(
        phrases=phrases,
        correct=correct,
        accuracy=round(correct / phrases, 4) if phrases else 0.0,
        with_country=with_country,
        correct_with_country=correct_with_country,
        misses=misses,
    )


def evaluate_actors(path: str | Path, *, base: str | None = None, kb_paths: Iterable[str] = ()) -> ActorReport:
    """Run the geoextract pipeline on an actor-coding file and score it."""
    from ..api import extract_many, load

    gold = read_actor_sentences(path)
    kb = list(kb_paths)
    nlp = load(base, **({"kb_paths": kb} if kb else {}))
    docs = list(extract_many(({"id": g.id, "text": g.text, "date": g.date} for g in gold), nlp=nlp))
    return score_actors(docs, gold)
