"""Second-pass build rules: duplicate persons, one-word aliases, Factbook-archive terms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from geoextract.kb import KnowledgeBase
from geoextract.kb.build.aliases import prune_one_word_aliases
from geoextract.kb.build.apply_curated import apply_organisations, names_similar
from geoextract.kb.build.countries import ArchiveCountries, CountryDraft
from geoextract.kb.build.curated import OrganisationRow
from geoextract.kb.build.draft import BuildState, OfficeDraft, PersonDraft, TenureDraft
from geoextract.kb.build.factbook import parse_leader
from geoextract.kb.build.factbook_archive import ArchiveEntry, _terms
from geoextract.kb.build.merge import merge_duplicate_persons
from geoextract.kb.integrity import duplicate_persons
from geoextract.kb.model import Office, Person, Tenure


def _country(alpha3: str, name: str, fips: str | None = None) -> CountryDraft:
    return CountryDraft(
        alpha3=alpha3, alpha2=alpha3[:2], id=f"gx:{alpha3}", name=name, kind="state", fips=fips
    )


def _state(*people: PersonDraft) -> BuildState:
    state = BuildState(
        countries={c: _country(c, c) for c in ("FRA", "GBR", "BRB", "GRC", "MHL", "TUR", "SWE")}
    )
    for role, country in [
        ("head_of_state", "FRA"),
        ("head_of_state", "GBR"),
        ("head_of_state", "BRB"),
        ("head_of_state", "MHL"),
        ("head_of_government", "TUR"),
        ("head_of_state", "TUR"),
    ]:
        oid = f"{country}:{role}"
        state.offices[oid] = OfficeDraft(id=oid, title=role, role_type=role, country=country)
    state.offices["GBR:amb"] = OfficeDraft(
        id="GBR:amb",
        title="ambassador to Sweden",
        role_type="ambassador",
        country="GBR",
        single_holder=False,
    )
    state.offices["GBR:min"] = OfficeDraft(
        id="GBR:min", title="Chief Whip", role_type="minister", country="GBR", single_holder=False
    )
    for p in people:
        state.persons[p.id] = p
    return state


def _tenure(person: str, office: str, start: str, end: str | None = None) -> TenureDraft:
    return TenureDraft(
        person, office, dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None
    )


def test_factbook_spelling_is_merged_into_the_wikidata_person_with_the_same_name() -> None:
    state = _state(
        PersonDraft("Q157", "François Hollande", country="FRA", birth=dt.date(1954, 8, 12)),
        PersonDraft("gx:person:francois-hollande", "Francois Hollande", country="FRA"),
    )
    state.tenures = [
        _tenure("gx:person:francois-hollande", "FRA:head_of_state", "2012-05-15", "2017-05-14")
    ]
    report = merge_duplicate_persons(state)
    assert [(m.keep, m.drop, m.rule) for m in report.merges] == [
        ("Q157", "gx:person:francois-hollande", "same name")
    ]
    assert state.tenures[0].person == "Q157"
    assert "Francois Hollande" in state.persons["Q157"].aliases


def test_curated_name_becomes_canonical_when_merged_into_a_wikidata_label() -> None:
    curated = PersonDraft("gx:person:raila-odinga", "Raila Odinga", country="KEN", curated=True)
    state = _state(PersonDraft("Q57657", "Raila A Odinga", country="KEN"), curated)
    merge_duplicate_persons(state)
    assert list(state.persons) == ["Q57657"]
    assert state.persons["Q57657"].name == "Raila Odinga"
    assert "Raila A Odinga" in state.persons["Q57657"].aliases


def test_one_monarch_of_several_realms_is_merged_by_name_and_start_date() -> None:
    state = _state(
        PersonDraft("Q9682", "Elizabeth II", country="GBR"),
        PersonDraft("gx:person:elizabeth-ii", "Elizabeth II", country="BRB"),
    )
    state.tenures = [
        _tenure("Q9682", "GBR:head_of_state", "1952-02-06", "2022-09-08"),
        _tenure("gx:person:elizabeth-ii", "BRB:head_of_state", "1952-02-06", "2021-11-30"),
    ]
    report = merge_duplicate_persons(state)
    assert [m.rule for m in report.merges] == ["same name, same start"]
    assert {t.person for t in state.tenures} == {"Q9682"}


def test_variant_holding_the_same_office_at_the_same_time_is_merged() -> None:
    state = _state(
        PersonDraft("Q151729", "Süleyman Demirel", country="TUR"),
        PersonDraft("gx:person:demirel", "Demirel", country="TUR"),
    )
    state.tenures = [
        _tenure("Q151729", "TUR:head_of_state", "1993-05-16", "2000-05-16"),
        _tenure("gx:person:demirel", "TUR:head_of_state", "1993-05-16", "2000-05-16"),
    ]
    report = merge_duplicate_persons(state)
    assert [m.rule for m in report.merges] == ["variant in the same office"]


def test_namesakes_with_different_birth_dates_stay_apart() -> None:
    state = _state(
        PersonDraft("Q188978", "Kostas Karamanlis", country="GRC", birth=dt.date(1956, 9, 14)),
        PersonDraft(
            "gx:person:kostas-karamanlis",
            "Kostas Karamanlis",
            country="GRC",
            birth=dt.date(1974, 12, 12),
        ),
    )
    report = merge_duplicate_persons(state)
    assert report.merges == []
    assert len(report.apart) == 1 and "born" in report.apart[0][2]


def test_two_wikidata_namesakes_are_never_merged_on_the_name_alone() -> None:
    state = _state(
        PersonDraft("Q1", "Ri Yong-ho", country="GBR"),
        PersonDraft("Q2", "Ri Yong-ho", country="GBR"),
    )
    assert merge_duplicate_persons(state).merges == []
    assert set(state.persons) == {"Q1", "Q2"}


def test_an_ambassador_abroad_is_not_the_minister_at_home_of_the_same_name() -> None:
    state = _state(
        PersonDraft("Q333261", "Andrew Mitchell", country="GBR", birth=dt.date(1956, 3, 23)),
        PersonDraft("Q57820261", "Andrew Mitchell", country="GBR"),
        PersonDraft("gx:person:andrew-mitchell", "Andrew Mitchell", country="GBR"),
    )
    state.tenures = [
        _tenure("Q333261", "GBR:min", "2012-09-04", "2012-10-19"),
        _tenure("Q57820261", "GBR:amb", "2007-01-01", "2011-01-01"),
        _tenure("gx:person:andrew-mitchell", "GBR:min", "2010-05-12", "2012-09-04"),
    ]
    report = merge_duplicate_persons(state)
    assert [(m.keep, m.drop) for m in report.merges] == [("Q333261", "gx:person:andrew-mitchell")]
    assert "Q57820261" in state.persons


def test_cousins_with_one_letter_apart_in_the_same_office_stay_apart() -> None:
    state = _state(
        PersonDraft("Q12917", "Imata Kabua", country="MHL"),
        PersonDraft("gx:person:amata-kabua", "Amata Kabua", country="MHL"),
    )
    state.tenures = [
        _tenure("gx:person:amata-kabua", "MHL:head_of_state", "1979-05-01", "1996-12-20"),
        _tenure("Q12917", "MHL:head_of_state", "1997-01-14", "2000-01-10"),
    ]
    assert merge_duplicate_persons(state).merges == []


def test_spelling_variant_in_the_same_office_is_merged() -> None:
    state = _state(
        PersonDraft("Q1396192", "Gilbert Teodoro", country="GBR"),
        PersonDraft("gx:person:gilberto-teodoro", "Gilberto Teodoro", country="GBR", curated=True),
    )
    state.tenures = [
        _tenure("Q1396192", "GBR:min", "2007-08-07", "2009-11-15"),
        _tenure("gx:person:gilberto-teodoro", "GBR:min", "2023-06-05"),
    ]
    report = merge_duplicate_persons(state)
    assert [m.rule for m in report.merges] == ["spelling in the same office"]
    assert state.persons["Q1396192"].name == "Gilberto Teodoro"


def test_patronymic_and_family_names_do_not_make_two_rulers_one() -> None:
    assert not names_similar("Salman bin Hamad Al Khalifa", "Khalifa bin Salman Al Khalifa")
    assert not names_similar(
        "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"
    )
    assert not names_similar("Li Qiang", "Li Ke-qiang")
    assert names_similar("Ahmad Nasser al-Mohammed al-Sabah", "Ahmad Nasser Al-Mohammad Al-Sabah")


def test_one_word_aliases_keep_short_names_nicknames_and_acronyms_only() -> None:
    lula = PersonDraft(
        "a", "Luiz Inácio Lula da Silva", aliases=["Lula", "Silva"], short_names=["Lula"]
    )
    milei = PersonDraft("b", "Javier Milei", aliases=["Milei", "Javier Gerardo Milei"])
    jokowi = PersonDraft("c", "Joko Widodo", aliases=["Jokowi", "Widodo"])
    mbs = PersonDraft("d", "Mohammed bin Salman", aliases=["MBS", "Mohammed"])
    suharto = PersonDraft("e", "Suharto", aliases=["Soeharto"])
    dropped = prune_one_word_aliases({p.id: p for p in (lula, milei, jokowi, mbs, suharto)})
    assert lula.aliases == ["Lula"]
    assert milei.aliases == ["Javier Gerardo Milei"]
    assert jokowi.aliases == ["Jokowi"]
    assert mbs.aliases == ["MBS"]
    assert suharto.aliases == ["Soeharto"]
    assert dropped == {"a": ["Silva"], "b": ["Milei"], "c": ["Widodo"], "d": ["Mohammed"]}


def test_a_shared_one_word_alias_names_no_one() -> None:
    a = PersonDraft("a", "Gustavo Noboa", aliases=["Gusty"])
    b = PersonDraft("b", "Daniel Noboa", aliases=["Gusty"])
    prune_one_word_aliases({"a": a, "b": b})
    assert a.aliases == [] and b.aliases == []


def test_archive_rows_are_placed_by_country_name_before_their_fips_code() -> None:
    drafts = {
        "CAN": _country("CAN", "Canada", "CA"),
        "CPV": _country("CPV", "Cabo Verde", "CV"),
        "IMN": _country("IMN", "Isle of Man", "IM"),
        "GBR": _country("GBR", "United Kingdom", "UK"),
    }
    drafts["CPV"].alpha2, drafts["GBR"].alpha2 = "CV", "GB"
    which = ArchiveCountries(drafts, {"ca": "CAN", "im": "IMN"})
    assert which({"name": "Cabo Verde", "fips": "ca", "iso2": "CV"}) == "CPV"
    assert which({"name": "Isle of Man", "fips": "ma", "iso2": "GB"}) == "IMN"
    assert which({"name": "Canada", "fips": "ca", "iso2": "CA"}) == "CAN"
    assert which({"name": "", "fips": "ca", "iso2": ""}) == "CAN"


def test_archive_term_is_not_stretched_across_editions_without_names() -> None:
    maiga = parse_leader("Prime Minister Abdoulaye Idrissa MAIGA (since 8 April 2017)")
    ouane = parse_leader("Prime Minister Moctar OUANE (since 27 September 2020)")
    assert maiga and ouane
    terms = _terms([ArchiveEntry(2017, maiga), ArchiveEntry(2021, ouane)])
    assert [(t[0].name, t[2]) for t in terms] == [
        ("Abdoulaye Idrissa Maiga", dt.date(2017, 12, 31)),
        ("Moctar Ouane", None),
    ]


def test_archive_president_heading_the_government_ends_the_prime_ministers_term() -> None:
    pm = parse_leader("Prime Minister Thein SEIN (since 24 October 2007)")
    president = parse_leader("President Thein SEIN (since 30 March 2011)")
    other = parse_leader("President HTIN KYAW (since 30 March 2016)")
    assert pm and president and other
    terms = _terms(
        [
            ArchiveEntry(2010, pm),
            ArchiveEntry(2012, president, mirrored=True),
            ArchiveEntry(2017, other, mirrored=True),
        ]
    )
    assert [(t[2], t[4]) for t in terms] == [
        (dt.date(2011, 3, 30), False),
        (dt.date(2016, 3, 30), True),
        (None, True),
    ]


def test_organisations_sharing_an_acronym_keep_separate_ids() -> None:
    state = BuildState(countries={"SDN": _country("SDN", "Sudan")})
    rows = [
        (
            Path("o.yaml"),
            1,
            OrganisationRow(
                name="Rapid Support Forces",
                acronyms=["RSF"],
                kind="armed_group",
                country="SDN",
                source="test",
            ),
        ),
        (
            Path("o.yaml"),
            9,
            OrganisationRow(
                name="Reporters Without Borders", acronyms=["RSF"], kind="ngo", source="test"
            ),
        ),
        (
            Path("o.yaml"),
            17,
            OrganisationRow(name="OPEC", acronyms=["OPEC"], kind="international", source="test"),
        ),
        (Path("o.yaml"), 25, OrganisationRow(name="OPEC+", kind="international", source="test")),
    ]
    apply_organisations(state, rows, [])
    names = {o["name"]: oid for oid, o in state.organisations.items()}
    assert names == {
        "Rapid Support Forces": "gx:org:rsf",
        "Reporters Without Borders": "gx:org:reporters-without-borders",
        "OPEC": "gx:org:opec",
        "OPEC+": "gx:org:opec-2",
    }


def test_duplicate_persons_flags_two_holders_of_one_office_with_one_name() -> None:
    kb = KnowledgeBase()
    kb.add_all(
        [
            Person(id="Q1", name="Jenny Shipley", country="NZL"),
            Person(id="Q2", name="Jenny Shipley", country="NZL"),
            Office(id="O", title="Prime Minister", role_type="head_of_government", country="NZL"),
            Tenure(person="Q1", office="O", start=dt.date(1997, 12, 8), end=dt.date(1999, 12, 10)),
            Tenure(
                person="Q2",
                office="O",
                start=dt.date(1998, 1, 1),
                end=dt.date(1999, 12, 10),
                qualifier="acting",
            ),
        ]
    )
    assert len(duplicate_persons(kb)) == 1
    kb.add(Person(id="gx:person:jenny-shipley", name="Jenny Shipley", country="NZL"))
    assert len(duplicate_persons(kb)) == 3
