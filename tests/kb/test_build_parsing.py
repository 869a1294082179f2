"""Build helpers: Factbook parsing, role classification, curated-file validation, tenure cleaning."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geoextract.errors import KBError
from geoextract.kb.build.aliases import variants
from geoextract.kb.build.canonical import names_compatible, strip_initials
from geoextract.kb.build.cleaning import clean_tenures
from geoextract.kb.build.countries import CountryDraft, parse_capitals, parse_demonyms
from geoextract.kb.build.curated import load_curated
from geoextract.kb.build.draft import BuildState, OfficeDraft, PersonDraft, TenureDraft
from geoextract.kb.build.factbook import parse_executive, parse_leader, proper_case
from geoextract.kb.build.roles import classify_position
from geoextract.kb.build.sources import parse_partial_date, parse_text_date
from geoextract.kb.rows import raise_errors


@pytest.mark.parametrize(
    ("text", "title", "name", "since"),
    [
        (
            "President Donald J. TRUMP (since 20 January 2025)",
            "President",
            "Donald J. Trump",
            dt.date(2025, 1, 20),
        ),
        (
            "Prime Minister Yulia SVYRYDENKO (since 17 July 2025)",
            "Prime Minister",
            "Yulia Svyrydenko",
            dt.date(2025, 7, 17),
        ),
        (
            "President AZALI Assoumani (since 26 May 2016)",
            "President",
            "Azali Assoumani",
            dt.date(2016, 5, 26),
        ),
        ("King MOHAMMED VI (since 30 July 1999)", "King", "Mohammed VI", dt.date(1999, 7, 30)),
        (
            "Supreme Leader Ali Hoseini-KHAMENEI (since 4 June 1989)",
            "Supreme Leader",
            "Ali Hoseini-Khamenei",
            dt.date(1989, 6, 4),
        ),
        (
            "GNU Interim Prime Minister Abd-al-Hamid DUBAYBAH (since 5 February 2021)",
            "GNU Interim Prime Minister",
            "Abd-al-Hamid Dubaybah",
            dt.date(2021, 2, 5),
        ),
        (
            "Prime Minister Jose Ulisses CORREIA e SILVA (since 22 April 2016)",
            "Prime Minister",
            "Jose Ulisses Correia e Silva",
            dt.date(2016, 4, 22),
        ),
        (
            "President Mahamat Idriss D&Eacute;BY (since 6 May 2024)",
            "President",
            "Mahamat Idriss Déby",
            dt.date(2024, 5, 6),
        ),
        (
            "President Denis SASSOU-Nguesso (since 1997)",
            "President",
            "Denis Sassou-Nguesso",
            dt.date(1997, 1, 1),
        ),
    ],
)
def test_factbook_leader_names_are_proper_cased(
    text: str, title: str, name: str, since: dt.date
) -> None:
    leader = parse_leader(text)
    assert leader is not None
    assert (leader.title, leader.name) == (title, name)
    assert leader.since is not None and leader.since.date == since


def test_factbook_representatives_are_not_leaders() -> None:
    leaders = parse_executive(
        "King CHARLES III (since 8 September 2022); represented by Governor General Sam MOSTYN (since 1 July 2024)"
    )
    assert [leader.name for leader in leaders] == ["Charles III"]


def test_proper_case_keeps_particles_and_numerals() -> None:
    assert proper_case("al-MANFI") == "al-Manfi"
    assert proper_case("MCCONNELL") == "McConnell"
    assert proper_case("XIV") == "XIV"


def test_strip_initials_and_generated_variants() -> None:
    assert strip_initials("Donald J. Trump") == "Donald Trump"
    assert strip_initials("Xi Jinping") == "Xi Jinping"
    assert variants("Antony J. Blinken") == ["Antony Blinken", "Antony J Blinken"]
    assert variants("Recep Tayyip Erdoğan") == ["Recep Tayyip Erdogan"]
    assert variants("Keir Starmer") == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Alyaksandr Lukashenka", "Alexander Lukashenko", True),
        ("Vladimir Vladimirovich Putin", "Vladimir Putin", True),
        ("Joao Manuel Goncalves Lourenco", "João Lourenço", True),
        ("Li Qiang", "Li Keqiang", False),
        ("Masoud Pezeshkian", "Masoud Mir Kazemi", False),
        ("Keir Starmer", "Rishi Sunak", False),
    ],
)
def test_names_compatible(a: str, b: str, same: bool) -> None:
    assert names_compatible(a, b) is same


def test_demonyms_and_capitals_from_factbook_fields() -> None:
    assert parse_demonyms("Motswana (singular), Batswana (plural)") == ["Motswana", "Batswana"]
    assert parse_demonyms("Saudi(s) / Saudi or Saudi Arabian") == [
        "Saudi",
        "Saudis",
        "Saudi",
        "Saudi Arabian",
    ]
    assert parse_demonyms("none") == []
    assert parse_capitals("Washington, D.C.") == ["Washington D.C."]
    assert parse_capitals("Porto-Novo (constitutional capital); Cotonou (seat of government)") == [
        "Porto-Novo",
        "Cotonou",
    ]
    assert parse_capitals("name: Kyiv (Kiev) geographic coordinates: 50 26 N") == ["Kyiv", "Kiev"]


def test_curated_capitals_move_ahead_of_older_source_names() -> None:
    draft = CountryDraft(alpha3="KAZ", alpha2="KZ", id="Q232", name="Kazakhstan")
    draft.add("capitals", "Nur-Sultan", "Astana", "Almaty")
    draft.put_first("capitals", "Astana", "Akmola")
    assert draft.capitals == ["Astana", "Akmola", "Nur-Sultan", "Almaty"]
    draft.put_first("capitals", " ", "")
    assert draft.capitals == ["Astana", "Akmola", "Nur-Sultan", "Almaty"]


def test_shipped_kb_names_each_capital_as_it_is_called_now() -> None:
    from geoextract.kb import KnowledgeBase

    kb = KnowledgeBase.default()
    assert kb.country("KAZ").capitals[0] == "Astana"
    assert kb.country("MMR").capitals[0] == "Naypyidaw"
    assert kb.country("UKR").capitals[0] == "Kyiv"


@pytest.mark.parametrize(
    ("title", "label", "country", "role"),
    [
        ("Minister of Foreign Affairs", "", None, "foreign_minister"),
        ("Deputy Minister of Foreign Affairs", "", None, "deputy_foreign_minister"),
        ("Minister of Foreign Trade", "", None, "trade_minister"),
        ("Secretary of State", "", "USA", "foreign_minister"),
        ("Foreign Secretary", "", "GBR", "foreign_minister"),
        ("Minister of Foreign Affairs", "Foreign Secretary of India", "IND", "official"),
        ("Minister of Defence", "", None, "defence_minister"),
        ("Chief of the General Staff", "", None, "military_chief"),
        ("President", "President of Ukraine", "UKR", "head_of_state"),
        ("President of the Senate", "", None, "speaker"),
        ("Prime Minister", "", None, "head_of_government"),
        ("Deputy Prime Minister", "", None, "deputy_head_of_government"),
        ("Chancellor of the Exchequer", "", "GBR", "finance_minister"),
        ("Vice President", "", None, "deputy_head_of_state"),
        ("ambassador to Germany", "", None, "ambassador"),
        ("Member of Parliament", "", None, None),
    ],
)
def test_classify_position(title: str, label: str, country: str | None, role: str | None) -> None:
    assert classify_position(title, label, country) == role


def test_partial_dates() -> None:
    assert parse_partial_date("2013").precision == "year"
    assert parse_partial_date("2013-03").date == dt.date(2013, 3, 1)
    assert parse_partial_date("+2013-03-14T00:00:00Z").date == dt.date(2013, 3, 14)
    assert parse_partial_date("") is None
    assert parse_text_date("April 2018").precision == "month"


def _state(*tenures: TenureDraft, single: bool = True) -> BuildState:
    state = BuildState(
        countries={
            "DEU": CountryDraft(alpha3="DEU", alpha2="DE", id="Q183", name="Germany", kind="state")
        }
    )
    state.offices["O"] = OfficeDraft(
        id="O",
        title="Foreign Minister",
        role_type="foreign_minister",
        country="DEU",
        single_holder=single,
    )
    for pid in {t.person for t in tenures}:
        state.persons[pid] = PersonDraft(id=pid, name=pid)
    state.tenures = list(tenures)
    return state


def test_cleaning_closes_an_open_predecessor_at_the_successor_start() -> None:
    a = TenureDraft("a", "O", dt.date(2020, 1, 1), None)
    b = TenureDraft("b", "O", dt.date(2023, 5, 1), None, priority=3)
    state = _state(a, b)
    clean_tenures(state)
    assert a.end == dt.date(2023, 5, 1)
    assert b.end is None


def test_cleaning_marks_a_nested_term_acting() -> None:
    a = TenureDraft("a", "O", dt.date(2020, 1, 1), dt.date(2024, 1, 1))
    b = TenureDraft("b", "O", dt.date(2021, 1, 1), dt.date(2021, 2, 1))
    clean_tenures(_state(a, b))
    assert b.qualifier == "acting"
    assert a.end == dt.date(2024, 1, 1)


def test_cleaning_refines_a_year_only_start_and_drops_bad_rows() -> None:
    a = TenureDraft("a", "O", dt.date(2010, 1, 1), dt.date(2013, 3, 14))
    b = TenureDraft("b", "O", dt.date(2013, 1, 1), None, start_precision="year")
    bad = TenureDraft("c", "O", dt.date(2015, 1, 1), dt.date(2014, 1, 1))
    state = _state(a, b, bad)
    counts = clean_tenures(state)
    assert b.start == dt.date(2013, 3, 14)
    assert a.end == dt.date(2013, 3, 14)
    assert counts["start_after_end"] == 1
    assert bad not in state.tenures


def test_cleaning_merges_rows_of_one_person_and_prefers_curated_rows() -> None:
    wiki = TenureDraft("a", "O", dt.date(2020, 1, 1), None)
    curated = TenureDraft("a", "O", dt.date(2020, 1, 3), dt.date(2022, 1, 1), priority=3)
    state = _state(wiki, curated)
    clean_tenures(state)
    assert state.tenures == [curated]


def test_cleaning_leaves_multi_holder_offices_alone() -> None:
    a = TenureDraft("a", "O", dt.date(2020, 1, 1), None)
    b = TenureDraft("b", "O", dt.date(2021, 1, 1), None)
    clean_tenures(_state(a, b, single=False))
    assert a.end is None and b.end is None


def test_curated_files_are_validated_strictly(tmp_path: Path) -> None:
    (tmp_path / "tenures").mkdir()
    (tmp_path / "tenures" / "x.yaml").write_text(
        "- {country: DEU, role: foreign_minister, person: A B, start: 2020-01-01, source: test}\n"
        "- {country: DEU, role: foreign_ministre, person: A B, source: test}\n"
        "- {country: Germany, role: foreign_minister, person: A B, source: test}\n"
        "- {country: DEU, role: foreign_minister, person: A B, start: 2020-02-30, source: test}\n"
        "- {country: DEU, role: foreign_minister, person: A B}\n"
    )
    (tmp_path / "people.yaml").write_text("- {name: A B, id: 564328, source: test}\n")
    (tmp_path / "misc.yaml").write_text("[]\n")
    rows, errors = load_curated(tmp_path)
    assert len(rows["tenures"]) == 1
    found = {(Path(e.path).name, e.line, e.field) for e in errors}
    assert ("x.yaml", 2, "role") in found
    assert ("x.yaml", 3, "country") in found
    assert ("x.yaml", 4, "start") in found
    assert ("x.yaml", 5, "source") in found
    assert ("people.yaml", 1, "id") in found
    assert any(Path(e.path).name == "misc.yaml" for e in errors)
    with pytest.raises(KBError, match=r"x\.yaml, line 2: field 'role'"):
        raise_errors(errors)


def test_archive_terms_merge_restated_since_dates_and_end_at_the_successor() -> None:
    from geoextract.kb.build.factbook_archive import _SECTION, ArchiveEntry, _terms

    text = (
        "chief of state: President Jacques CHIRAC (since 17 May 1995) head of government: "
        "Prime Minister Lionel JOSPIN (since 3 June 1997) cabinet: Council of Ministers"
    )
    sections = {label.lower(): body for label, body in _SECTION.findall(text)}
    assert parse_executive(sections["chief of state"])[0].name == "Jacques Chirac"
    assert parse_executive(sections["head of government"])[0].name == "Lionel Jospin"
    chirac = parse_leader("President Jacques CHIRAC (since 17 May 1995)")
    chirac_again = parse_leader("President Jacques CHIRAC (since 17 May 2002)")
    sarkozy = parse_leader("President Nicolas SARKOZY (since 16 May 2007)")
    assert chirac and chirac_again and sarkozy
    terms = _terms(
        [ArchiveEntry(1999, chirac), ArchiveEntry(2003, chirac_again), ArchiveEntry(2008, sarkozy)]
    )
    assert [(t[0].name, t[1], t[2]) for t in terms] == [
        ("Jacques Chirac", dt.date(1995, 5, 17), dt.date(2007, 5, 16)),
        ("Nicolas Sarkozy", dt.date(2007, 5, 16), None),
    ]


def test_curated_tenure_joins_the_source_holder_under_another_spelling() -> None:
    from geoextract.kb.build.apply_curated import apply_tenures
    from geoextract.kb.build.curated import TenureRow

    source = TenureDraft("Q1543422", "O", dt.date(2018, 8, 20), None)
    state = _state(source)
    state.persons["Q1543422"].name = "Makhdoom Shah Mahmood Hussain Qureshi"
    state.canonical[("DEU", "foreign_minister")] = "O"
    row = TenureRow(
        country="DEU",
        role="foreign_minister",
        person="Shah Mahmood Qureshi",
        start="2018-08-20",
        end="2022-04-10",
        source="test",
    )
    apply_tenures(state, [(Path("x.yaml"), 1, row)], [])
    curated = state.tenures[-1]
    assert curated.person == "Q1543422"
    person = state.persons["Q1543422"]
    assert person.name == "Shah Mahmood Qureshi"
    assert "Makhdoom Shah Mahmood Hussain Qureshi" in person.aliases
