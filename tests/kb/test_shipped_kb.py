"""The KB shipped with the package: integrity, key facts, fuzzy search over the real aliases."""

from __future__ import annotations

import datetime as dt

import pytest

from geoextract.kb import KnowledgeBase
from geoextract.kb.integrity import check_integrity
from geoextract.kb.model import ROLE_TYPES


def names(
    kb: KnowledgeBase, office: str, country: str | None = None, on: str | None = None
) -> list[str]:
    return [h.person.name for h in kb.holders(office, country, on=on)]


def test_shipped_kb_is_consistent(shipped_kb: KnowledgeBase) -> None:
    assert check_integrity(shipped_kb) == []


def test_every_tenure_points_at_known_person_and_office(shipped_kb: KnowledgeBase) -> None:
    for t in shipped_kb.tenures:
        assert t.person in shipped_kb.persons
        assert t.office in shipped_kb.offices
        assert t.start is None or t.end is None or t.start <= t.end


def test_shipped_kb_covers_un_members_and_disputed_states(shipped_kb: KnowledgeBase) -> None:
    members = [c for c in shipped_kb.countries.values() if c.un_member]
    assert len(members) == 193
    for code in [
        "TWN",
        "XKX",
        "PSE",
        "ESH",
        "HKG",
        "XNC",
        "MAC",
        "GRL",
        "XSL",
        "XAB",
        "XSO",
        "XTR",
        "VAT",
    ]:
        assert code in shipped_kb.countries, code
    assert shipped_kb.stats()["persons"] > 20_000
    assert {o.role_type for o in shipped_kb.offices.values()} <= set(ROLE_TYPES)


@pytest.mark.parametrize(
    ("key", "alpha3"),
    [
        ("U.S.", "USA"), ("America", "USA"), ("UK", "GBR"), ("Britain", "GBR"), ("DPRK", "PRK"),
        ("PRC", "CHN"), ("ROK", "KOR"), ("UAE", "ARE"), ("the Emirates", "ARE"), ("DRC", "COD"),
        ("Congo-Kinshasa", "COD"), ("Burma", "MMR"), ("Swaziland", "SWZ"), ("Zaire", "COD"),
        ("Ceylon", "LKA"), ("Czechia", "CZE"), ("Türkiye", "TUR"), ("Macedonia", "MKD"),
        ("North Korean", "PRK"), ("South Korean", "KOR"), ("Germans", "DEU"), ("Kiev", "UKR"),
        ("Kyiv", "UKR"), ("the Kremlin", "RUS"), ("Downing Street", "GBR"), ("Number 10", "GBR"),
        ("the Élysée", "FRA"), ("the Elysee", "FRA"),
        ("Whitehall", "GBR"), ("Zhongnanhai", "CHN"), ("the Blue House", "KOR"),
        ("Bundeskanzleramt", "DEU"), ("Kosovo", "XKX"), ("Palestinian", "PSE"), ("Filipino", "PHL"),
    ],
)  # fmt: skip
def test_country_names_short_forms_demonyms_and_seats(
    shipped_kb: KnowledgeBase, key: str, alpha3: str
) -> None:
    country = shipped_kb.country(key)
    assert country is not None, key
    assert country.alpha3 == alpha3


@pytest.mark.parametrize(
    ("building", "body", "alpha3"),
    [
        ("Quai d'Orsay", "Ministry for Europe and Foreign Affairs", "FRA"),
        ("Foggy Bottom", "United States Department of State", "USA"),
        ("Pentagon", "United States Department of Defense", "USA"),
    ],
)
def test_ministry_buildings_name_their_ministry_not_the_state(
    shipped_kb: KnowledgeBase, building: str, body: str, alpha3: str
) -> None:
    found = shipped_kb.lookup(building, types=("organisation",))
    assert [(a.name, a.country) for a in found] == [(body, alpha3)]


def test_blinken_then_rubio_as_us_secretary_of_state(shipped_kb: KnowledgeBase) -> None:
    assert names(shipped_kb, "US Secretary of State", on="2024-11-12") == ["Antony Blinken"]
    assert "Antony Blinken" not in names(shipped_kb, "US Secretary of State", on="2025-02-01")
    assert names(shipped_kb, "US Secretary of State", on="2025-02-01") == ["Marco Rubio"]


def test_baerbock_then_wadephul_as_german_foreign_minister(shipped_kb: KnowledgeBase) -> None:
    assert names(shipped_kb, "German foreign minister", on="2024-11-12") == ["Annalena Baerbock"]
    assert names(shipped_kb, "foreign_minister", "DEU", on="2025-06-01") == ["Johann Wadephul"]


def test_lammy_is_uk_foreign_secretary_in_november_2024(shipped_kb: KnowledgeBase) -> None:
    assert names(shipped_kb, "UK Foreign Secretary", on="2024-11-12") == ["David Lammy"]
    # A bare title names that office in every country using it (Mexico and the Philippines too).
    assert "David Lammy" in names(shipped_kb, "Foreign Secretary", on="2024-11-12")


def test_sybiha_is_ukraine_foreign_minister_in_november_2024(shipped_kb: KnowledgeBase) -> None:
    assert names(shipped_kb, "Ukraine's foreign minister", on="2024-11-12") == ["Andrii Sybiha"]


def test_xi_jinping_is_china_head_of_state_throughout(shipped_kb: KnowledgeBase) -> None:
    day = dt.date(2013, 3, 15)
    while day <= dt.date(2026, 11, 1):
        assert names(shipped_kb, "head_of_state", "CHN", on=day.isoformat()) == ["Xi Jinping"], day
        day += dt.timedelta(days=91)


def test_presidents_also_head_the_government(shipped_kb: KnowledgeBase) -> None:
    assert names(shipped_kb, "head_of_government", "USA", on="2024-01-01") == ["Joe Biden"]
    assert names(shipped_kb, "head_of_government", "USA", on="2010-06-01") == ["Barack Obama"]


def test_titles_lexicon_has_country_specific_titles(shipped_kb: KnowledgeBase) -> None:
    entries = {(t.title.lower(), t.country): t.role_type for t in shipped_kb.titles()}
    assert entries[("secretary of state", "USA")] == "foreign_minister"
    assert entries[("foreign secretary", "GBR")] == "foreign_minister"
    assert entries[("external affairs minister", "IND")] == "foreign_minister"
    assert entries[("chancellor", "DEU")] == "head_of_government"
    assert entries[("foreign minister", None)] == "foreign_minister"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Annalena Burbock", "Annalena Baerbock"),
        ("Anthony Blinken", "Antony Blinken"),
        ("Volodymyr Zelenskiy", "Volodymyr Zelenskyy"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
        ("Emmanuel Macronn", "Emmanuel Macron"),
        ("Olaf Sholz", "Olaf Scholz"),
    ],
)
def test_misspelled_leaders_resolve(shipped_kb: KnowledgeBase, query: str, expected: str) -> None:
    hits = shipped_kb.search(query, types={"person"})
    assert hits[0].actor.name == expected
    assert hits[0].score >= 0.85


@pytest.mark.parametrize(
    "query", ["Zorblax Quintavius", "Mildred Fenwick-Ostrander", "Bartholomew Quigglesworth"]
)
def test_invented_names_do_not_resolve(shipped_kb: KnowledgeBase, query: str) -> None:
    assert all(c.score < 0.85 for c in shipped_kb.search(query, types={"person"}))


def test_middle_initial_and_diacritics_free_aliases(shipped_kb: KnowledgeBase) -> None:
    assert (
        shipped_kb.lookup("Recep Tayyip Erdogan", types={"person"})[0].name
        == "Recep Tayyip Erdoğan"
    )
    assert shipped_kb.lookup("Donald J. Trump", types={"person"})[0].name == "Donald Trump"


def test_surnames_give_candidates_for_the_entity_layer(shipped_kb: KnowledgeBase) -> None:
    assert "Antony Blinken" in [p.name for p in shipped_kb.surnames("Blinken")]
    assert "Xi Jinping" in [p.name for p in shipped_kb.surnames("Xi")]


def test_shipped_kb_has_no_duplicate_persons(shipped_kb: KnowledgeBase) -> None:
    from geoextract.kb.integrity import duplicate_persons

    assert duplicate_persons(shipped_kb) == []


def test_factbook_and_wikidata_duplicates_are_one_person(shipped_kb: KnowledgeBase) -> None:
    for name, country in [
        ("Elizabeth II", None),
        ("François Hollande", "FRA"),
        ("Jenny Shipley", None),
        ("Raila Odinga", "KEN"),
    ]:
        found = [
            p for p in shipped_kb.lookup(name, types={"person"}) if country in (None, p.country)
        ]
        assert len(found) == 1, (name, [p.id for p in found])
    # Genuine namesakes stay apart.
    assert len(shipped_kb.lookup("Kostas Karamanlis", types={"person"})) == 2


def test_myanmar_state_counsellor_headed_the_government(shipped_kb: KnowledgeBase) -> None:
    assert names(shipped_kb, "head_of_government", "MMR", on="2018-06-01") == ["Aung San Suu Kyi"]
    assert names(shipped_kb, "head_of_state", "MMR", on="2019-06-01") == ["Win Myint"]
    assert names(shipped_kb, "head_of_government", "MMR", on="2009-06-01") == ["Thein Sein"]
    assert names(shipped_kb, "head_of_government", "MMR", on="2022-06-01") == ["Min Aung Hlaing"]


def test_successors_are_not_swallowed_by_their_predecessors(shipped_kb: KnowledgeBase) -> None:
    assert names(shipped_kb, "head_of_government", "CHN", on="2024-06-01") == ["Li Qiang"]
    assert names(shipped_kb, "head_of_state", "KWT", on="2024-06-01") == [
        "Mishal Al-Ahmad Al-Jaber Al-Sabah"
    ]
    assert names(shipped_kb, "head_of_government", "BHR", on="2024-06-01") == [
        "Salman bin Hamad Al Khalifa"
    ]


def test_newsworthy_people_without_main_offices_are_known(shipped_kb: KnowledgeBase) -> None:
    assert shipped_kb.lookup("Kurt Campbell", types={"person"})[0].name == "Kurt M. Campbell"
    assert shipped_kb.lookup("Timochenko", types={"person"})[0].name == "Rodrigo Londoño"
    assert names(shipped_kb, "national_security_adviser", "USA", on="2024-06-01") == [
        "Jake Sullivan"
    ]
    assert names(shipped_kb, "deputy_head_of_state", "USA", on="2025-06-01") == ["JD Vance"]
    assert names(shipped_kb, "Hezbollah Secretary-General", on="2023-01-01") == ["Hassan Nasrallah"]


def test_news_epithets_name_organisations(shipped_kb: KnowledgeBase) -> None:
    for epithet, name in [
        ("UN nuclear watchdog", "International Atomic Energy Agency"),
        ("U.N. children's agency", "UNICEF"),
        ("UN refugee agency", "United Nations High Commissioner for Refugees"),
        ("UN health agency", "World Health Organization"),
        ("Islamic State group", "Islamic State"),
        ("the Quad", "Quadrilateral Security Dialogue"),
    ]:
        assert [a.name for a in shipped_kb.lookup(epithet, types={"organisation"})] == [name]


def test_gazetteer_one_word_person_forms_are_short_names_not_surnames(
    shipped_kb: KnowledgeBase,
) -> None:
    forms = {e.text for e in shipped_kb.gazetteer() if e.kind == "person"}
    for kept in ["Lula", "Jokowi", "MBS", "Prachanda", "Suharto", "Thaksin"]:
        assert kept in forms, kept
    for dropped in ["Milei", "Putin", "Shashank", "Petro", "Gallant"]:
        assert dropped not in forms, dropped
