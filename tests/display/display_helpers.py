"""Hand-made Documents for the display tests: offsets computed from the text, no pipeline."""

from __future__ import annotations

from geoextract.results import Document, Entity, Mention, Relation, Role

ARTICLE = (
    "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing "
    'on Friday to discuss "fentanyl & <trade>". Blinken later met NATO officials.\n'
    "The former British foreign secretary did not attend.\n"
    "Protesters chanted <script>alert(1)</script> outside."
)


def mention(text: str, surface: str, occurrence: int = 0) -> Mention:
    """The ``occurrence``-th mention of ``surface`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Mention(start=start, end=start + len(surface), text=surface)


def article_document() -> Document:
    text = ARTICLE
    entities = [
        Entity(
            id="e0",
            name="United States",
            label="GPE",
            kb_id="Q30",
            country="USA",
            kind="country",
            mentions=[mention(text, "U.S.")],
            score=1.0,
        ),
        Entity(
            id="e1",
            name="Antony Blinken",
            label="PERSON",
            kb_id="Q7821917",
            country="USA",
            kind="person",
            mentions=[mention(text, "Antony Blinken"), mention(text, "Blinken", 1)],
            score=0.98,
        ),
        Entity(
            id="e2",
            name="China",
            label="NORP",
            kb_id="Q148",
            country="CHN",
            kind="country",
            mentions=[mention(text, "Chinese")],
        ),
        Entity(
            id="e3",
            name="Wang Yi",
            label="PERSON",
            kb_id="gx:person:wang-yi",
            country="CHN",
            kind="person",
            mentions=[mention(text, "Wang Yi")],
        ),
        Entity(
            id="e4",
            name="Beijing",
            label="GPE",
            country="CHN",
            kind="city",
            mentions=[mention(text, "Beijing")],
        ),
        Entity(
            id="e5",
            name="NATO",
            label="ORG",
            kb_id="Q7184",
            kind="organisation",
            mentions=[mention(text, "NATO")],
        ),
        # An unnamed office holder: its mention is the role phrase, which overlaps "British".
        Entity(
            id="e6",
            name="James Cleverly",
            label="PERSON",
            kb_id="Q263772",
            country="GBR",
            kind="person",
            mentions=[mention(text, "British foreign secretary")],
        ),
        Entity(
            id="e7",
            name="United Kingdom",
            label="NORP",
            kb_id="Q145",
            country="GBR",
            kind="country",
            mentions=[mention(text, "British")],
        ),
    ]
    roles = [
        Role(
            person="e1",
            title="Secretary of State",
            country="USA",
            mention=mention(text, "U.S. Secretary of State Antony Blinken"),
            role_type="foreign_minister",
            surface_title="Secretary of State",
            confirmed=True,
        ),
        Role(
            person="e3",
            title="Foreign Minister",
            country="CHN",
            mention=mention(text, "Chinese Foreign Minister Wang Yi"),
            role_type="foreign_minister",
            confirmed=None,
        ),
        Role(
            person=None,
            title="Foreign Secretary",
            country="GBR",
            qualifier="former",
            mention=mention(text, "former British foreign secretary"),
            role_type="foreign_minister",
            confirmed=False,
        ),
        Role(
            person="e1",
            title="Official",
            org="e5",
            mention=mention(text, "NATO officials"),
            role_type="official",
        ),
    ]
    first_sentence = text[: text.index("Blinken later")].rstrip()
    relations = [
        Relation(
            mode="visit",
            participants=["e1", "e3"],
            host="e3",
            topic="fentanyl & <trade>",
            place="Beijing",
            date="2024-04-26",
            status="occurred",
            evidence=Mention(start=0, end=len(first_sentence), text=first_sentence),
            confidence=0.91,
            trigger="met",
        ),
        Relation(
            mode="meet",
            participants=["e1", "e5"],
            status="planned",
            evidence=mention(text, "Blinken later met NATO officials."),
            confidence=0.6,
        ),
    ]
    return Document(
        id="wire-<1>",
        date="2024-04-26",
        text=text,
        entities=entities,
        roles=roles,
        relations=relations,
    )
