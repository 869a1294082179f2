"""KnowledgeBase on a tiny hand-made KB: lookups, holders, titles, gazetteer, serialisation."""

from __future__ import annotations

import datetime as dt

import pytest

from geoextract.errors import KBError
from geoextract.kb import KnowledgeBase, Person, Tenure
from geoextract.kb.integrity import check_integrity


def test_country_resolves_codes_names_demonyms_capitals_and_seats(tiny_kb: KnowledgeBase) -> None:
    for key in ["USA", "US", "u.s.", "Q30", "America", "American", "Washington", "the White House"]:
        assert tiny_kb.country(key).alpha3 == "USA", key
    for key in ["DE", "Germans", "FRG", "West Germany", "Berlin"]:
        assert tiny_kb.country(key).alpha3 == "DEU", key
    assert tiny_kb.country("Atlantis") is None


def test_lookup_is_exact_after_normalisation(tiny_kb: KnowledgeBase) -> None:
    assert [a.id for a in tiny_kb.lookup("antony j blinken")] == ["Q7821917"]
    assert [a.id for a in tiny_kb.lookup("NATO")] == ["Q7184"]
    assert tiny_kb.lookup("NATO", types={"person"}) == []
    assert tiny_kb.lookup("Blinken") == []  # surnames are not aliases


def test_get_finds_every_actor_type(tiny_kb: KnowledgeBase) -> None:
    assert tiny_kb.get("Q564328").name == "Annalena Baerbock"
    assert tiny_kb.get("Q183").alpha3 == "DEU"
    assert tiny_kb.get("DEU").id == "Q183"
    assert tiny_kb.get("Q7184").name.startswith("North Atlantic")
    assert tiny_kb.get("Q0") is None


def test_holders_by_title_with_country_prefix_respects_dates(tiny_kb: KnowledgeBase) -> None:
    assert [h.person.name for h in tiny_kb.holders("US Secretary of State", on="2024-11-12")] == [
        "Antony Blinken"
    ]
    assert [
        h.person.name for h in tiny_kb.holders("US Secretary of State", on=dt.date(2025, 2, 1))
    ] == ["Marco Rubio"]
    assert [h.person.name for h in tiny_kb.holders("Secretary of State", on="2025-02-01")] == [
        "Marco Rubio"
    ]


def test_holders_by_role_type_and_country(tiny_kb: KnowledgeBase) -> None:
    assert [h.person.name for h in tiny_kb.holders("foreign_minister", "DEU", on="2024-11-12")] == [
        "Annalena Baerbock"
    ]
    assert [
        h.person.name for h in tiny_kb.holders("foreign_minister", "Germany", on="2025-06-01")
    ] == ["Johann Wadephul"]
    assert [h.person.name for h in tiny_kb.holders("German foreign minister", on="2025-06-01")] == [
        "Johann Wadephul"
    ]
    assert [
        h.person.name for h in tiny_kb.holders("foreign minister of Germany", on="2025-06-01")
    ] == ["Johann Wadephul"]


def test_holders_on_a_handover_day_lists_both_in_order(tiny_kb: KnowledgeBase) -> None:
    names = [h.person.name for h in tiny_kb.holders("foreign_minister", "DEU", on="2025-05-06")]
    assert names == ["Annalena Baerbock", "Johann Wadephul"]


def test_holders_of_an_organisation_office(tiny_kb: KnowledgeBase) -> None:
    assert [h.person.name for h in tiny_kb.holders("NATO Secretary General", on="2020-01-01")] == [
        "Jens Stoltenberg"
    ]
    assert [
        h.person.name for h in tiny_kb.holders("gx:office:NATO:secretary_general", on="2025-01-01")
    ] == ["Mark Rutte"]


def test_holders_without_a_date_lists_every_holder(tiny_kb: KnowledgeBase) -> None:
    assert len(tiny_kb.holders("foreign_minister", "USA")) == 2


def test_unknown_office_raises_a_coded_error(tiny_kb: KnowledgeBase) -> None:
    with pytest.raises(KBError, match="E105"):
        tiny_kb.holders("Grand Vizier of Atlantis")


def test_bad_date_raises_a_coded_error(tiny_kb: KnowledgeBase) -> None:
    with pytest.raises(ValueError, match="E005"):
        tiny_kb.holders("foreign_minister", "DEU", on="yesterday")


def test_offices_of_a_person_on_a_date(tiny_kb: KnowledgeBase) -> None:
    assert [h.office.title for h in tiny_kb.offices_of("Q564328", on="2024-01-01")] == [
        "Federal Minister for Foreign Affairs"
    ]
    assert tiny_kb.offices_of("Q564328", on="2026-01-01") == []
    assert tiny_kb.offices_of("nobody") == []


def test_search_filters_by_country_and_date(tiny_kb: KnowledgeBase) -> None:
    assert tiny_kb.search("Annalena Burbock")[0].actor.id == "Q564328"
    assert tiny_kb.search("Annalena Burbock", country="USA", score_cutoff=0.8) == []
    assert (
        tiny_kb.search("Annalena Baerbock", on="2026-01-01", types={"person"}, score_cutoff=0.9)
        == []
    )
    assert (
        tiny_kb.search("Annalena Baerbock", on="2024-01-01", types={"person"})[0].actor.name
        == "Annalena Baerbock"
    )


def test_surnames_index_last_tokens(tiny_kb: KnowledgeBase) -> None:
    assert [p.name for p in tiny_kb.surnames("Blinken")] == ["Antony Blinken"]
    assert [p.name for p in tiny_kb.surnames("BAERBOCK")] == ["Annalena Baerbock"]
    assert tiny_kb.surnames("Annalena") == []


def test_gazetteer_labels_every_kind(tiny_kb: KnowledgeBase) -> None:
    entries = {(e.text, e.kind): e for e in tiny_kb.gazetteer()}
    assert entries[("U.S.", "country")].label == "GPE"
    assert entries[("German", "demonym")].label == "NORP"
    assert entries[("German", "demonym")].country == "DEU"
    assert entries[("the White House", "seat")].label == "LOC"
    assert entries[("NATO", "organisation")].label == "ORG"
    assert entries[("Antony J. Blinken", "person")].actor_id == "Q7821917"


def test_titles_lexicon_is_exposed(tiny_kb: KnowledgeBase) -> None:
    titles = {(t.title, t.country): t.role_type for t in tiny_kb.titles()}
    assert titles[("Secretary of State", "USA")] == "foreign_minister"
    with pytest.raises(KBError):
        tiny_kb.add_titles([("Vizier", "vizier", None, "Vizier")])


def test_bytes_round_trip_keeps_everything(tiny_kb: KnowledgeBase) -> None:
    copy = KnowledgeBase.from_bytes(tiny_kb.to_bytes())
    assert copy.stats() == tiny_kb.stats()
    assert copy.to_bytes() == tiny_kb.to_bytes()
    assert [h.person.name for h in copy.holders("US Secretary of State", on="2024-11-12")] == [
        "Antony Blinken"
    ]


def test_disk_round_trip(tiny_kb: KnowledgeBase, tmp_path) -> None:
    tiny_kb.to_disk(tmp_path / "kb")
    assert KnowledgeBase.from_disk(tmp_path / "kb").stats() == tiny_kb.stats()
    with pytest.raises(KBError, match="E101"):
        KnowledgeBase.from_disk(tmp_path / "missing")


def test_add_merges_aliases_of_a_known_person(tiny_kb: KnowledgeBase) -> None:
    tiny_kb.add(Person(id="Q7821917", name="Antony Blinken", aliases=["Tony Blinken"]))
    assert {"Antony J. Blinken", "Tony Blinken"} <= set(tiny_kb.persons["Q7821917"].aliases)
    assert tiny_kb.lookup("Tony Blinken")[0].id == "Q7821917"


def test_add_refuses_a_tenure_of_an_unknown_person(tiny_kb: KnowledgeBase) -> None:
    with pytest.raises(KBError, match="E103"):
        tiny_kb.add(Tenure(person="Q999999999", office="Q7821917-office"))


def test_copy_is_independent(tiny_kb: KnowledgeBase) -> None:
    copy = tiny_kb.copy()
    copy.add(Person(id="gx:person:x", name="Xavier Example"))
    assert "gx:person:x" in copy.persons
    assert "gx:person:x" not in tiny_kb.persons


def test_tiny_kb_passes_integrity_checks(tiny_kb: KnowledgeBase) -> None:
    assert check_integrity(tiny_kb) == []


def test_integrity_check_reports_overlapping_holders(tiny_kb: KnowledgeBase) -> None:
    tiny_kb.add(
        Tenure(
            person="Q4803",
            office="gx:office:DEU:foreign_minister",
            start=dt.date(2022, 1, 1),
            end=dt.date(2023, 1, 1),
        )
    )
    problems = check_integrity(tiny_kb)
    assert len(problems) == 1
    assert "overlaps" in problems[0]


def test_holders_follow_a_tenure_added_after_a_query(tiny_kb: KnowledgeBase) -> None:
    kb = tiny_kb.copy()
    assert [h.person.name for h in kb.holders("foreign_minister", "DEU", on="2030-01-01")] == [
        "Johann Wadephul"
    ]
    office = kb.holders("foreign_minister", "DEU", on="2030-01-01")[0].office.id
    kb.add(Tenure(person="Q564328", office=office, start=dt.date(2029, 6, 1)))
    names = [h.person.name for h in kb.holders("foreign_minister", "DEU", on="2030-01-01")]
    assert names == ["Johann Wadephul", "Annalena Baerbock"]


def test_holders_follow_a_title_added_after_a_query(tiny_kb: KnowledgeBase) -> None:
    kb = tiny_kb.copy()
    assert [h.person.name for h in kb.holders("Secretary of State", on="2025-06-01")] == [
        "Marco Rubio"
    ]
    kb.add_titles([("Secretary of State", "foreign_minister", "DEU", "Foreign Minister")])
    names = {h.person.name for h in kb.holders("Secretary of State", on="2025-06-01")}
    assert names == {"Marco Rubio", "Johann Wadephul"}


def test_offices_of_follows_a_tenure_added_after_a_query(tiny_kb: KnowledgeBase) -> None:
    kb = tiny_kb.copy()
    office = kb.holders("foreign_minister", "DEU", on="2030-01-01")[0].office.id
    before = [h.office.id for h in kb.offices_of("Q564328", on="2030-01-01")]
    assert office not in before
    kb.add(Tenure(person="Q564328", office=office, start=dt.date(2029, 6, 1)))
    assert office in [h.office.id for h in kb.offices_of("Q564328", on="2030-01-01")]
    # the dates still filter: the new tenure had not begun in 2028
    assert office not in [h.office.id for h in kb.offices_of("Q564328", on="2028-01-01")]
