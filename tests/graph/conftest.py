"""Hand-made annotated Documents for the graph tests (no pipeline needed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from types import SimpleNamespace

import pytest

from geoextract.results import Document, Entity, Mention, Relation, Role


def entity(
    eid: str,
    name: str,
    label: str = "PERSON",
    *,
    kb_id: str | None = None,
    country: str | None = None,
    kind: str | None = None,
    mentions: int = 1,
) -> Entity:
    """An entity with ``mentions`` dummy mentions of its name."""
    return Entity(
        id=eid,
        name=name,
        label=label,
        kb_id=kb_id,
        country=country,
        kind=kind,
        mentions=[Mention(start=0, end=len(name), text=name) for _ in range(mentions)],
    )


def relation(
    participants: list[str],
    *,
    mode: str = "meet",
    status: str = "occurred",
    topic: str | None = None,
    place: str | None = None,
    date: str | None = None,
    host: str | None = None,
    evidence: str = "They met.",
    confidence: float = 0.9,
) -> Relation:
    return Relation.model_validate(
        {
            "mode": mode,
            "participants": participants,
            "status": status,
            "topic": topic,
            "place": place,
            "date": date,
            "host": host,
            "evidence": {"start": 0, "end": len(evidence), "text": evidence},
            "confidence": confidence,
            "trigger": "met",
        }
    )


def role(
    person: str | None,
    title: str,
    *,
    country: str | None = None,
    org: str | None = None,
    qualifier: str | None = None,
    confirmed: bool | None = None,
) -> Role:
    surface = f"{title} of {country or org}"
    return Role(
        person=person,
        title=title,
        country=country,
        org=org,
        qualifier=qualifier,
        confirmed=confirmed,
        mention=Mention(start=0, end=len(surface), text=surface),
    )


def document(
    doc_id: str | None,
    date: str | None,
    entities: list[Entity],
    relations: Sequence[Relation] = (),
    roles: Sequence[Role] = (),
) -> Document:
    text = " ".join(r.evidence.text for r in relations) or "No meeting."
    return Document(
        id=doc_id,
        date=dt.date.fromisoformat(date) if date else None,
        text=text,
        entities=list(entities),
        relations=list(relations),
        roles=list(roles),
    )


BIDEN = dict(name="Joe Biden", kb_id="Q6279", country="USA")
XI = dict(name="Xi Jinping", kb_id="Q15031", country="CHN")
BLINKEN = dict(name="Antony Blinken", kb_id="Q4773967", country="USA")
WANG = dict(name="Wang Yi", kb_id="Q24840", country="CHN")
BAERBOCK = dict(name="Annalena Baerbock", kb_id="Q15983", country="DEU")
BARROT = dict(name="Jean-Noël Barrot", kb_id="Q3170213", country="FRA")
LAMMY = dict(name="David Lammy", kb_id="Q540143", country="GBR")


@pytest.fixture
def make() -> SimpleNamespace:
    """The builders: ``make.entity``, ``make.relation``, ``make.role``, ``make.document``."""
    return SimpleNamespace(entity=entity, relation=relation, role=role, document=document)


@pytest.fixture
def corpus() -> list[Document]:
    """Six articles: one Biden–Xi meeting reported three times, a later Biden–Xi call, a
    four-way call of foreign ministers, a visit with a host, and unlinked actors."""
    return [
        document(
            "a1",
            "2024-11-12",
            [
                entity("e0", **BIDEN),
                entity("e1", **XI),
                entity("e2", **BLINKEN),
                entity("e3", **BAERBOCK),
                entity("e4", **BARROT),
                entity("e5", **LAMMY),
            ],
            [
                relation(
                    ["e0", "e1"],
                    status="planned",
                    date="2024-11-16",
                    place="the sidelines of the APEC summit in Lima",
                    topic="trade",
                    evidence="Biden will meet Xi on Saturday on the sidelines of the APEC summit in Lima.",
                ),
                relation(
                    ["e2", "e3", "e4", "e5"],
                    mode="phone",
                    date="2024-11-12",
                    topic="the situation in Ukraine",
                    evidence="Blinken spoke with Baerbock, Barrot and Lammy about the situation in Ukraine.",
                ),
            ],
            [role("e3", "Foreign Minister", country="DEU", confirmed=True)],
        ),
        document(
            "a2",
            "2024-11-16",
            [entity("e0", **BIDEN, mentions=2), entity("e1", **XI)],
            [
                relation(
                    ["e0", "e1"],
                    date="2024-11-16",
                    place="Lima",
                    topic="Trade and Taiwan",
                    confidence=0.95,
                    evidence="Biden met Xi in Lima on Saturday.",
                )
            ],
        ),
        document(
            "a3",
            "2024-11-17",
            [entity("e0", **BIDEN), entity("e1", **XI)],
            [relation(["e1", "e0"], evidence="Xi and Biden held talks.")],
        ),
        document(
            "a4",
            "2025-03-01",
            [entity("e0", **BIDEN), entity("e1", **XI)],
            [
                relation(
                    ["e0", "e1"],
                    mode="phone",
                    date="2025-03-01",
                    topic="fentanyl",
                    evidence="Biden and Xi spoke by phone about fentanyl.",
                )
            ],
        ),
        document(
            "a5",
            "2024-04-26",
            [
                entity("e0", **BLINKEN),
                entity("e1", "China", "GPE", kb_id="Q148", country="CHN", kind="country"),
                entity("e2", **WANG),
            ],
            [
                relation(
                    ["e0", "e1"],
                    mode="visit",
                    host="e1",
                    date="2024-04-26",
                    place="Beijing",
                    evidence="Blinken visited China.",
                ),
                relation(
                    ["e0", "e2"],
                    date="2024-04-26",
                    place="Beijing",
                    topic="Taiwan",
                    evidence="Blinken met Wang Yi in Beijing to discuss Taiwan.",
                ),
            ],
        ),
        document(
            "a6",
            "2024-11-20",
            [
                entity("e0", "Charles Kupchan", country="USA"),
                entity("e1", **WANG),
                entity("e2", "NATO", "ORG", kb_id="Q7184", kind="organisation"),
            ],
            [relation(["e0", "e1"], date="2024-11-19", evidence="Charles Kupchan met Wang Yi.")],
        ),
    ]
