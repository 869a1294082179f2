from __future__ import annotations

from geoextract.evaluate.align import align_entities, compatible, same_actor
from geoextract.evaluate.gold import GoldDocument, GoldEntity
from geoextract.results import Document, Entity, Mention

TEXT = "Kuwait's foreign minister met the Kremlin's envoy and Niger's Tiani in Niamey; Nigerian officials watched."


def _m(surface: str) -> Mention:
    start = TEXT.index(surface)
    return Mention(start=start, end=start + len(surface), text=surface)


def _gold(*entities: dict) -> GoldDocument:
    return GoldDocument(
        id="d", text=TEXT, entities=[GoldEntity.model_validate(e) for e in entities]
    )


def test_country_needs_gpe_or_norp_with_the_same_code():
    niger = GoldEntity(name="Niger", type="COUNTRY", country="NER", surfaces=["Niger"])
    assert compatible(Entity(id="e", name="Niger", label="GPE", country="NER"), niger)
    assert compatible(Entity(id="e", name="Niger", label="NORP"), niger)
    assert not compatible(Entity(id="e", name="Nigeria", label="GPE", country="NGA"), niger)
    assert not compatible(Entity(id="e", name="Niger", label="LOC", country="NER"), niger)
    assert not compatible(Entity(id="e", name="Niger", label="PERSON"), niger)


def test_possessive_mentions_match_gold_surfaces():
    gold = _gold(
        {"name": "Russia", "type": "COUNTRY", "country": "RUS", "surfaces": ["the Kremlin"]}
    )
    pred = Document(
        text=TEXT,
        entities=[
            Entity(
                id="e0", name="Russia", label="GPE", country="RUS", mentions=[_m("the Kremlin's")]
            )
        ],
    )
    assert align_entities(pred, gold).pred_to_gold == {"e0": "Russia"}


def test_role_phrase_mention_aligns_an_unnamed_office_holder():
    gold = _gold(
        {
            "name": "Ahmad Nasser Al-Mohammad Al-Sabah",
            "type": "PERSON",
            "surfaces": ["Kuwait's foreign minister"],
        },
        {"name": "Kuwait", "type": "COUNTRY", "country": "KWT", "surfaces": ["Kuwait"]},
    )
    pred = Document(
        text=TEXT,
        entities=[
            Entity(
                id="e0",
                name="Ahmad Nasser Al-Mohammad Al-Sabah",
                label="PERSON",
                mentions=[_m("Kuwait's foreign minister")],
            ),
            Entity(id="e1", name="Kuwait", label="GPE", country="KWT", mentions=[_m("Kuwait")]),
        ],
    )
    assert align_entities(pred, gold).pred_to_gold == {
        "e0": "Ahmad Nasser Al-Mohammad Al-Sabah",
        "e1": "Kuwait",
    }


def test_linked_entity_aligns_by_qid_or_name_without_a_shared_surface():
    gold_ent = GoldEntity(
        name="Abdourahamane Tchiani", type="PERSON", wikidata="Q123", surfaces=["Tiani"]
    )
    assert same_actor(Entity(id="e", name="Someone", label="PERSON", kb_id="Q123"), gold_ent)
    assert same_actor(
        Entity(id="e", name="abdourahamane tchiani", label="PERSON", kb_id="gx:person:x"), gold_ent
    )
    assert not same_actor(Entity(id="e", name="Abdourahamane Tchiani", label="PERSON"), gold_ent)
    assert not same_actor(Entity(id="e", name="Tiani", label="PERSON", kb_id="Q999"), gold_ent)


def test_entity_aligns_to_the_gold_entity_sharing_most_surfaces():
    gold = _gold(
        {"name": "Niger", "type": "COUNTRY", "country": "NER", "surfaces": ["Niger"]},
        {"name": "Nigeria", "type": "COUNTRY", "country": "NGA", "surfaces": ["Nigerian"]},
    )
    merged = Entity(
        id="e0", name="Niger", label="GPE", mentions=[_m("Niger"), _m("Nigerian"), _m("Niamey")]
    )
    also_nigeria = Entity(
        id="e1", name="Nigeria", label="NORP", country="NGA", mentions=[_m("Nigerian")]
    )
    alignment = align_entities(Document(text=TEXT, entities=[merged, also_nigeria]), gold)
    assert alignment.pred_to_gold == {"e0": "Niger", "e1": "Nigeria"}
    assert alignment.gold_to_pred == {"Niger": ["e0"], "Nigeria": ["e1"]}


def test_unaligned_entities_get_a_name_no_gold_entity_has():
    gold = _gold({"name": "Abdourahamane Tchiani", "type": "PERSON", "surfaces": ["Tiani"]})
    pred = Document(
        text=TEXT,
        entities=[Entity(id="e0", name="Niamey", label="PERSON", mentions=[_m("Niamey")])],
    )
    alignment = align_entities(pred, gold)
    assert alignment.pred_to_gold == {}
    assert alignment.gold_name(pred, "e0") == "?Niamey"
    assert alignment.gold_name(pred, "e9") == "?e9"
    assert alignment.gold_name(pred, None) is None
