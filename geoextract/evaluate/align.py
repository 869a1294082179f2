"""Align the predicted entities of a Document with the entities of a gold document.

A predicted entity matches a gold entity when their types are compatible and either

- one of its mentions' texts equals one of the gold surfaces (compared with
  :func:`~geoextract.evaluate.metrics.surface_key`: possessive and a leading "the" stripped), or
- it is the same KB actor: its ``kb_id`` is the gold QID, or it is linked (``kb_id`` set) and
  its canonical name equals the gold name (case- and diacritics-insensitive).

Compatible types: gold PERSON with predicted PERSON; gold COUNTRY with predicted GPE or NORP
whose country code, when it has one, is the gold country's; gold ORG with predicted ORG.

Each predicted entity is aligned to the gold entity it matches best (most shared surfaces,
then identity, then gold order); several predicted entities may align to one gold entity
(a country named "Colombia" and "Colombians" may come out as a GPE and a NORP entity).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..results import Document, Entity
from .gold import GoldDocument, GoldEntity
from .metrics import fold, surface_key

#: Predicted spaCy labels that can stand for each gold type.
COMPATIBLE_LABELS: dict[str, frozenset[str]] = {
    "PERSON": frozenset({"PERSON"}),
    "COUNTRY": frozenset({"GPE", "NORP"}),
    "ORG": frozenset({"ORG"}),
}


def compatible(pred: Entity, gold: GoldEntity) -> bool:
    """True when a predicted entity's label (and country code) can stand for the gold type.

    Example:
        >>> from geoextract.results import Entity
        >>> g = GoldEntity(name="Niger", type="COUNTRY", country="NER")
        >>> compatible(Entity(id="e0", name="Niger", label="GPE", country="NGA"), g)
        False
    """
    if pred.label not in COMPATIBLE_LABELS[gold.type]:
        return False
    if gold.type == "COUNTRY" and pred.country and gold.country:
        return pred.country == gold.country
    return True


def mention_keys(pred: Entity) -> set[str]:
    """The comparison keys of an entity's mention texts."""
    return {surface_key(m.text) for m in pred.mentions}


def surface_keys(gold: GoldEntity) -> set[str]:
    """The comparison keys of a gold entity's surfaces."""
    return {surface_key(s) for s in gold.surfaces}


def same_actor(pred: Entity, gold: GoldEntity) -> bool:
    """True when the predicted entity is linked to the gold entity's KB actor.

    Example:
        >>> from geoextract.results import Entity
        >>> same_actor(Entity(id="e0", name="x", label="PERSON", kb_id="Q1"), GoldEntity(name="y", type="PERSON", wikidata="Q1"))
        True
    """
    if pred.kb_id is None:
        return False
    if gold.wikidata is not None and pred.kb_id == gold.wikidata:
        return True
    return fold(pred.name) == fold(gold.name)


@dataclass
class Alignment:
    """Which gold entity each predicted entity stands for, within one document."""

    #: predicted entity id -> gold entity name
    pred_to_gold: dict[str, str] = field(default_factory=dict)
    #: gold entity name -> predicted entity ids aligned to it
    gold_to_pred: dict[str, list[str]] = field(default_factory=dict)

    def gold_name(self, pred: Document, entity_id: str | None) -> str | None:
        """Gold name of a predicted entity id; an unaligned entity gets a name no gold entity has."""
        if entity_id is None:
            return None
        if entity_id in self.pred_to_gold:
            return self.pred_to_gold[entity_id]
        ent = pred.entity(entity_id)
        return f"?{ent.name if ent is not None else entity_id}"


def align_entities(pred: Document, gold: GoldDocument) -> Alignment:
    """Align each predicted entity to the gold entity it matches best (if any).

    Example:
        >>> from geoextract.results import Document, Entity, Mention
        >>> p = Document(text="Blinken's trip", entities=[Entity(id="e0", name="Antony Blinken", label="PERSON",
        ...     mentions=[Mention(start=0, end=9, text="Blinken's")])])
        >>> g = GoldDocument(id="d", text="Blinken's trip", entities=[GoldEntity(name="Antony Blinken", type="PERSON", surfaces=["Blinken"])])
        >>> align_entities(p, g).pred_to_gold
        {'e0': 'Antony Blinken'}
    """
    alignment = Alignment()
    gold_keys = [surface_keys(g) for g in gold.entities]
    for ent in pred.entities:
        keys = mention_keys(ent)
        best: tuple[int, int, int] | None = None
        best_name: str | None = None
        for index, (gent, gkeys) in enumerate(zip(gold.entities, gold_keys, strict=True)):
            if not compatible(ent, gent):
                continue
            shared = len(keys & gkeys)
            identity = int(same_actor(ent, gent))
            if shared == 0 and not identity:
                continue
            rank = (shared, identity, -index)
            if best is None or rank > best:
                best, best_name = rank, gent.name
        if best_name is not None:
            alignment.pred_to_gold[ent.id] = best_name
            alignment.gold_to_pred.setdefault(best_name, []).append(ent.id)
    return alignment
