"""The KB's lookup structures are compact in memory and answer exactly as plain ones would."""

from __future__ import annotations

import copy
import datetime as dt
import io

import pytest
import srsly

from geoextract.kb import FuzzyIndex, KnowledgeBase, Person
from geoextract.kb.indexes import fuzzy_entries, ids_of, surname_index
from geoextract.kb.shipped import SHIPPED_DIGEST, shipped_fuzzy_index

NAMES = [
    ("Annalena Baerbock", "baerbock", "person"),
    ("Antony Blinken", "blinken", "person"),
    ("Tony Blinken", "blinken", "person"),
    ("Wang Yi", "wang", "person"),
    ("Wang Yang", "wang-yang", "person"),
    ("North Atlantic Treaty Organization", "nato", "organisation"),
    ("NATO", "nato", "organisation"),
]


def test_frozen_postings_are_bare_ints_or_tuples() -> None:
    index = FuzzyIndex(NAMES)
    postings = [*index._token_aliases, *index._key_tokens.values()]
    assert all(type(p) is int or (type(p) is tuple and len(p) > 1) for p in postings)
    assert index._token_aliases[index._token_ids["wang"]] == (3, 4)
    assert index._token_aliases[index._token_ids["baerbock"]] == 0


def test_payload_round_trip_keeps_the_index_and_its_answers() -> None:
    index = FuzzyIndex(NAMES)
    payload = index.to_payload()
    assert all(isinstance(p, list) for p in payload["_token_aliases"])
    assert all(isinstance(p, list) for p in payload["_key_tokens"].values())
    loaded = FuzzyIndex.from_payload(copy.deepcopy(payload), NAMES)
    assert loaded.to_payload() == payload
    for query in ("Antony Blinkin", "Wang Yi", "Nato", "Analena Berbock"):
        assert loaded.search(query) == index.search(query)


def test_from_payload_keeps_the_entries_strings() -> None:
    # Equal strings that are other objects than those the payload was made from.
    entries = [(alias.encode().decode(), actor.encode().decode(), kind) for alias, actor, kind in NAMES]
    loaded = FuzzyIndex.from_payload(FuzzyIndex(NAMES).to_payload(), entries)
    assert all(s is e[0] for s, e in zip(loaded._surface, entries, strict=True))
    assert all(s is e[1] for s, e in zip(loaded._actor, entries, strict=True))


def test_adding_to_a_searched_index_thaws_and_refreezes_it() -> None:
    index = FuzzyIndex(NAMES)
    assert index.search("Wang Yi")[0].actor_id == "wang"
    index.add("Wang Yiming", "wang-yiming", "person")
    assert isinstance(index._token_aliases[0], list)
    assert index.search("Wang Yiming")[0].actor_id == "wang-yiming"
    assert type(index._token_aliases[index._token_ids["wang"]]) is tuple


@pytest.mark.parametrize("order", [FuzzyIndex._STATE, tuple(reversed(FuzzyIndex._STATE))])
def test_read_shipped_streams_a_message_in_any_field_order(order: tuple[str, ...]) -> None:
    payload = FuzzyIndex(NAMES).to_payload()
    index = {name: payload[name] for name in order}
    stream = io.BytesIO(srsly.msgpack_dumps({"index": index, "kb_digest": "abc"}))
    loaded = FuzzyIndex.read_shipped(stream, "abc", NAMES)
    assert loaded is not None and loaded._frozen
    assert loaded.to_payload() == payload
    assert loaded.search("Antony Blinkin") == FuzzyIndex(NAMES).search("Antony Blinkin")
    stream.seek(0)
    assert FuzzyIndex.read_shipped(stream, "another digest", NAMES) is None


def test_shipped_fuzzy_index_equals_one_built_from_the_kb(shipped_kb: KnowledgeBase) -> None:
    assert shipped_fuzzy_index("another digest", fuzzy_entries(shipped_kb)) is None
    shipped = shipped_fuzzy_index(shipped_kb.meta.get(SHIPPED_DIGEST), fuzzy_entries(shipped_kb))
    assert shipped is not None and shipped._frozen
    built = FuzzyIndex(fuzzy_entries(shipped_kb))
    assert shipped.to_payload() == built.to_payload()
    # The loaded index holds the KB's own name and id strings, not copies.
    row = shipped_kb._person_rows[shipped._actor[-1]]
    assert shipped._actor[-1] is row[0]
    assert any(shipped._surface[-1] is name for name in (row[1], *row[2]))


def test_surname_index_stores_single_ids_bare_and_reads_as_tuples(
    shipped_kb: KnowledgeBase,
) -> None:
    index = surname_index(shipped_kb)
    assert all(isinstance(v, str) or (isinstance(v, tuple) and len(v) > 1) for v in index.values())
    blinken = ids_of(index, "blinken")
    assert isinstance(blinken, tuple) and blinken
    assert ids_of(index, "no-such-surname") == ()


def test_models_from_rows_share_a_complete_fields_set(shipped_kb: KnowledgeBase) -> None:
    kb = shipped_kb.copy()  # its own model caches: the models below are changed
    first, second = (kb.persons[i] for i in list(kb.persons)[:2])
    assert first.model_fields_set == set(Person.model_fields)
    # Setting a field adds nothing to the shared set, and a copy gets its own.
    first.birth = dt.date(1950, 1, 1)
    assert second.model_fields_set == set(Person.model_fields)
    copy = first.model_copy(update={"country": "DEU"})
    assert copy.model_fields_set is not first.model_fields_set
    tenure = kb.tenures[0]
    assert tenure.model_fields_set == set(type(tenure).model_fields)
    office = kb.offices[tenure.office]
    assert office.model_fields_set == set(type(office).model_fields)


def test_tenure_rows_hold_the_person_and_office_rows_ids(shipped_kb: KnowledgeBase) -> None:
    for row in shipped_kb._tenure_rows[:1000]:
        assert row[0] is shipped_kb._person_rows[row[0]][0]
        assert row[1] is shipped_kb._office_rows[row[1]][0]
    for ids in list(shipped_kb._person_alias.values())[:1000]:
        assert all(i is shipped_kb._person_rows[i][0] for i in ids)
