"""Builders for hand-made predicted Documents and gold documents (no pipeline needed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from geoextract.evaluate.gold import GoldDocument
from geoextract.results import Document, Entity, Mention, Relation, Role

DATA = Path(__file__).resolve().parents[1] / "data"
GOLD_LABELS = {"PERSON": "PERSON", "COUNTRY": "GPE", "ORG": "ORG"}


def mention(text: str, surface: str, nth: int = 0) -> Mention:
    """The ``nth`` occurrence of ``surface`` in ``text`` as a Mention."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start=start, end=start + len(surface), text=surface)


def oracle_document(gold: GoldDocument) -> Document:
    """A prediction that says exactly what the gold says: every figure must be 1.0."""
    ids = {ent.name: f"e{i}" for i, ent in enumerate(gold.entities)}
    entities = [
        Entity(
            id=ids[ent.name],
            name=ent.name,
            label=GOLD_LABELS[ent.type],
            kb_id=ent.wikidata,
            country=ent.country,
            mentions=[mention(gold.text, s) for s in ent.surfaces],
        )
        for ent in gold.entities
    ]
    roles = [
        Role(
            person=ids.get(role.person) if role.person else None,
            title=role.title,
            country=role.country,
            org=ids.get(role.org) if role.org else None,
            mention=mention(gold.text, role.surface)
            if role.surface
            else Mention(start=0, end=0, text=""),
        )
        for role in gold.roles
    ]
    relations = [
        Relation(
            mode=m.mode,
            participants=[ids[p] for p in m.participants],
            topic=m.topic,
            place=m.place,
            date=m.date,
            status=m.status,
            evidence=Mention(start=0, end=0, text=""),
            confidence=1.0,
        )
        for m in gold.meetings
    ]
    return Document(
        id=gold.id,
        date=gold.date,
        text=gold.text,
        entities=entities,
        roles=roles,
        relations=relations,
    )


@pytest.fixture
def oracle() -> Callable[[GoldDocument], Document]:
    return oracle_document


@pytest.fixture
def make_mention() -> Callable[..., Mention]:
    return mention


@pytest.fixture
def data_dir() -> Path:
    return DATA
