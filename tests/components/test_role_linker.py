"""Role linking on sentences written for these tests: titles bound to people, countries,
organisations and, for unnamed office holders, to the person in office on the date."""

from __future__ import annotations

import pytest
import spacy
from role_cases import R
from role_cases import roles_of as _roles

import geoextract
from geoextract.components.role_linker import RoleLinker
from geoextract.components.titles import TitleLexicon, title_case
from geoextract.errors import GeoExtractValueError
from geoextract.kb import KnowledgeBase


def _role_of(roles: list[R], person: str | None, title: str | None = None) -> R:
    for role in roles:
        if role.person == person and (title is None or role.title == title):
            return role
    raise AssertionError(f"no role for {person!r} ({title!r}) in {roles}")


# ---------------------------------------------------------------- unit: the title lexicon
def test_title_lexicon_matches_the_longest_title_on_tokens():
    nlp = spacy.blank("en")
    lexicon = TitleLexicon.build(
        nlp.tokenizer,
        grammar=[
            {"title": "Minister", "role_type": "minister"},
            {"title": "Minister of Foreign Affairs", "canonical": "Foreign Minister", "role_type": "foreign_minister"},
        ],
    )
    words = [t.lower_ for t in nlp("the Minister of Foreign Affairs of Rwanda")]
    end, sense = lexicon.match(words, 1)
    assert (end, sense.canonical, sense.role_type) == (5, "Foreign Minister", "foreign_minister")


def test_title_case_keeps_acronyms_and_small_words():
    assert title_case("minister of europe and foreign affairs") == "Minister of Europe and Foreign Affairs"
    assert title_case("UN secretary-general") == "UN Secretary-General"


def test_invalid_title_row_is_refused_with_a_coded_error():
    linker = RoleLinker(kb=KnowledgeBase())
    with pytest.raises(GeoExtractValueError, match="E210"):
        linker.add_titles([{"title": "Grand Vizier", "role_type": "vizier"}])


def test_role_linker_round_trips_its_settings_and_user_titles(tmp_path):
    linker = RoleLinker(kb=KnowledgeBase(), group_roles=False, person_fuzzy_cutoff=0.95)
    linker.add_titles([{"title": "Grand Vizier", "role_type": "head_of_government"}])
    copy = RoleLinker(kb=KnowledgeBase()).from_bytes(linker.to_bytes())
    assert copy.settings.group_roles is False and copy.settings.person_fuzzy_cutoff == pytest.approx(0.95)
    assert copy.lexicon.sense(["grand", "vizier"]).canonical == "Grand Vizier"
    linker.to_disk(tmp_path / "role_linker")
    again = RoleLinker(kb=KnowledgeBase()).from_disk(tmp_path / "role_linker")
    assert again.extra_titles == linker.extra_titles



# ---------------------------------------------------------------- premodifiers
@pytest.mark.integration
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("US Secretary of State Antony Blinken landed in Cairo on Monday.", "2023-06-01", R("Antony Blinken", "Secretary of State", "USA")),
        ("German Foreign Minister Annalena Burbock spoke to reporters.", "2024-03-01", R("Annalena Baerbock", "Foreign Minister", "DEU")),
        ("Chinese President Xi Jinping received the delegation.", "2023-06-01", R("Xi Jinping", "President", "CHN")),
        (
            "French Minister of Europe and Foreign Affairs Jean-Noël Barrot flew to Kyiv.",
            "2024-11-12",
            R("Jean-Noël Barrot", "Minister of Europe and Foreign Affairs", "FRA"),
        ),
        ("British Foreign Secretary David Lammy said so.", "2024-11-12", R("David Lammy", "Foreign Secretary", "GBR")),
        ("Minister of Foreign Affairs of India S. Jaishankar met the press.", "2024-02-01", R("S. Jaishankar", "Foreign Minister", "IND")),
    ],
)
def test_role_linker_links_premodifier_titles(nlp, text, date, expected):
    assert expected in _roles(nlp, text, date)


@pytest.mark.integration
def test_bare_title_takes_the_country_of_the_office_the_person_holds(nlp):
    roles = _roles(nlp, "President William Ruto opened the summit in Nairobi.", "2024-05-01")
    assert R("William Ruto", "President", "KEN") in roles


# ---------------------------------------------------------------- possessives and appositives
@pytest.mark.integration
def test_role_linker_links_possessive_title_with_appositive_name(nlp):
    roles = _roles(nlp, "Japan's prime minister, Fumio Kishida, arrived in Washington.", "2023-04-10")
    assert R("Fumio Kishida", "Prime Minister", "JPN") in roles


@pytest.mark.integration
def test_possessive_before_a_name_without_title_is_not_a_role(nlp):
    roles = _roles(nlp, "The summit was attended by Brazil's Luiz Inácio Lula da Silva.", "2024-12-06")
    assert not [r for r in roles if r.person == "Luiz Inácio Lula da Silva"]


@pytest.mark.integration
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Sergey Lavrov, Russia's foreign minister, said talks would continue.", "2023-03-02", R("Sergey Lavrov", "Foreign Minister", "RUS")),
        ("Rishi Sunak, the British prime minister, visited Kyiv.", "2023-05-01", R("Rishi Sunak", "Prime Minister", "GBR")),
        (
            "Charles Kupchan, a senior fellow at the Council on Foreign Relations, disagreed.",
            "2024-11-12",
            R("Charles Kupchan", "Senior Fellow", "USA", "Council on Foreign Relations"),
        ),
    ],
)
def test_role_linker_links_appositive_titles_after_the_name(nlp, text, date, expected):
    assert expected in _roles(nlp, text, date)


@pytest.mark.integration
def test_text_wins_over_the_kb_and_the_role_is_flagged_unconfirmed(nlp):
    # Kishida left office in October 2024: the text still states the role.
    doc = geoextract.extract("Japan's prime minister, Fumio Kishida, spoke.", date="2024-11-12", nlp=nlp)
    roles = [r for r in doc.roles if r.title == "Prime Minister" and r.country == "JPN"]
    assert roles and roles[0].person is not None and roles[0].confirmed is False


# ---------------------------------------------------------------- unnamed holders and dates
@pytest.mark.integration
@pytest.mark.parametrize(("date", "holder"), [("2024-11-12", "Antony Blinken"), ("2025-03-01", "Marco Rubio")])
def test_unnamed_secretary_of_state_is_the_holder_on_the_document_date(nlp, date, holder):
    roles = _roles(nlp, "The US Secretary of State arrived in Kyiv on Tuesday.", date)
    assert R(holder, "Secretary of State", "USA") in roles


@pytest.mark.integration
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Ukraine's Foreign Minister heads to Brussels for talks.", "2024-11-12", R("Andrii Sybiha", "Foreign Minister", "UKR")),
        ("Ukraine's Foreign Minister heads to Brussels for talks.", "2024-06-01", R("Dmytro Kuleba", "Foreign Minister", "UKR")),
        ("The talks with the foreign minister of Brazil lasted an hour.", "2024-11-12", R("Mauro Vieira", "Foreign Minister", "BRA")),
        ("The French president's office said the text was unacceptable.", "2024-12-06", R("Emmanuel Macron", "President", "FRA")),
        # Iran's President is its head of government; its head of state is the Supreme Leader
        # a state's name inside the title: "the top U.S. diplomat" is the U.S. foreign minister
        ("The top U.S. diplomat arrived in Kuwait on Monday.", "2024-11-12", R("Antony Blinken", "Foreign Minister", "USA")),
        ("The Iranian president's office said the text was unacceptable.", "2024-12-06", R("Masoud Pezeshkian", "President", "IRN")),
        ("The Iranian president's office said the text was unacceptable.", "2016-01-26", R("Hassan Rouhani", "President", "IRN")),
        ("Iran's supreme leader said the text was unacceptable.", "2024-12-06", R("Ali Khamenei", "Supreme Leader", "IRN")),
    ],
)
def test_unnamed_office_holders_resolve_by_date(nlp, text, date, expected):
    assert expected in _roles(nlp, text, date)


@pytest.mark.integration
def test_a_title_naming_no_state_refers_back_to_the_same_title(nlp):
    text = "Saudi Crown Prince Mohammed bin Salman hosted the summit. The crown prince chaired the meeting."
    roles = _roles(nlp, text, "2021-01-05")
    assert [r.person for r in roles if r.title == "Crown Prince"] == ["Mohammed bin Salman"] * 2


@pytest.mark.integration
def test_generic_indefinite_title_is_not_a_role(nlp):
    roles = _roles(nlp, "It was the first visit by a sitting U.S. president to the country.", "2024-12-03")
    assert not [r for r in roles if r.title == "President"]


# ---------------------------------------------------------------- qualifiers
@pytest.mark.integration
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("President-elect Donald Trump met Biden at the White House.", "2024-11-13", R("Donald Trump", "President", "USA", None, "elect")),
        ("Former US President Barack Obama endorsed her.", "2024-07-30", R("Barack Obama", "President", "USA", None, "former")),
        ("Caretaker Prime Minister Najib Mikati met the envoy.", "2024-11-19", R("Najib Mikati", "Prime Minister", "LBN", None, "acting")),
        ("Syria's interim president, Ahmed al-Sharaa, flew to Riyadh.", "2025-05-14", R("Ahmed al-Sharaa", "President", "SYR", None, "acting")),
        ("Bangladesh's ousted prime minister, Sheikh Hasina, fled to India.", "2024-08-06", R("Sheikh Hasina", "Prime Minister", "BGD", None, "former")),
        ("Deputy Prime Minister Chrystia Freeland resigned.", "2024-12-16", R("Chrystia Freeland", "Deputy Prime Minister", "CAN")),
    ],
)
def test_role_linker_reads_qualifiers(nlp, text, date, expected):
    assert expected in _roles(nlp, text, date)


@pytest.mark.integration
def test_next_chair_is_the_elect_holder(nlp):
    text = "The leaders elected Djibouti's foreign minister, Mahmoud Ali Youssouf, as the next chairperson of the African Union Commission."
    roles = _roles(nlp, text, "2025-02-15")
    assert R("Mahmoud Ali Youssouf", "Foreign Minister", "DJI") in roles
    assert R("Mahmoud Ali Youssouf", "Chairperson", None, "African Union Commission", "elect") in roles


# ---------------------------------------------------------------- coordination and counterparts
@pytest.mark.integration
def test_coordinated_demonyms_give_one_role_each(nlp):
    roles = _roles(nlp, "The French, German and British foreign ministers met in Brussels.", "2024-11-12")
    assert {(r.person, r.country) for r in roles if r.title == "Foreign Minister"} == {
        ("Jean-Noël Barrot", "FRA"),
        ("Annalena Baerbock", "DEU"),
        ("David Lammy", "GBR"),
    }


@pytest.mark.integration
def test_counterpart_takes_the_office_of_the_person_it_answers(nlp):
    roles = _roles(nlp, "President Biden and his Chinese counterpart Xi Jinping met in Lima.", "2024-11-16")
    assert R("Xi Jinping", "President", "CHN") in roles


@pytest.mark.integration
def test_unnamed_counterpart_is_the_holder_of_the_same_office(nlp):
    text = "US Secretary of State Antony Blinken called his German counterpart on Monday."
    roles = _roles(nlp, text, "2024-11-12")
    assert R("Annalena Baerbock", "Foreign Minister", "DEU") in roles


# ---------------------------------------------------------------- organisations
@pytest.mark.integration
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("NATO Secretary General Mark Rutte visited Kyiv.", "2024-11-12", R("Mark Rutte", "Secretary General", None, "NATO")),
        ("UN Secretary-General António Guterres called for a ceasefire.", "2024-11-12", R("António Guterres", "Secretary-General", None, "United Nations")),
        (
            "European Commission President Ursula von der Leyen announced the deal.",
            "2024-12-06",
            R("Ursula von der Leyen", "President", None, "European Commission"),
        ),
        (
            "The EU foreign policy chief warned against escalation.",
            "2024-06-01",
            R("Josep Borrell", "High Representative of the Union for Foreign Affairs and Security Policy", None, "European Union"),
        ),
    ],
)
def test_offices_of_organisations_set_the_org_and_no_country(nlp, text, date, expected):
    assert expected in _roles(nlp, text, date)


@pytest.mark.integration
def test_spokesperson_of_a_national_body_has_org_and_country(nlp):
    roles = _roles(nlp, "A spokesperson for the State Department declined to comment.", "2024-11-12")
    spokes = [r for r in roles if r.title == "Spokesperson"]
    assert spokes and spokes[0].country == "USA" and spokes[0].org == "United States Department of State"


# ---------------------------------------------------------------- group actors
GROUP_PHRASES = [("Moroccan diplomats", "Diplomat", "MAR"), ("Palestinian militants", "Militant", "PSE"), ("Israeli officials", "Official", "ISR")]


@pytest.fixture(scope="module")
def nlp_group_roles():
    return geoextract.load(group_roles=True)


@pytest.mark.integration
@pytest.mark.parametrize(("phrase", "title", "country"), GROUP_PHRASES)
def test_group_nouns_with_a_demonym_are_coded_with_the_country(nlp_group_roles, phrase, title, country):
    doc = geoextract.extract(f"On Sunday {phrase} said the talks had failed.", date="2024-01-10", nlp=nlp_group_roles)
    roles = [r for r in doc.roles if r.mention.text.endswith(phrase)]
    assert roles and (roles[0].title, roles[0].country, roles[0].person) == (title, country, None)


@pytest.mark.integration
@pytest.mark.parametrize(("phrase", "title", "country"), GROUP_PHRASES)
def test_group_nouns_are_no_roles_by_default_but_their_demonym_has_the_country(nlp, phrase, title, country):
    doc = geoextract.extract(f"On Sunday {phrase} said the talks had failed.", date="2024-01-10", nlp=nlp)
    assert not [r for r in doc.roles if r.mention.text.endswith(phrase)]
    demonym = phrase.split()[0]
    assert [e.country for e in doc.entities if any(m.text == demonym for m in e.mentions)] == [country]


@pytest.mark.integration
def test_vice_title_keeps_its_own_office_and_country(nlp):
    doc = geoextract.extract("Taiwan's Vice Foreign Minister met the delegation.", date="2024-01-10", nlp=nlp)
    roles = [r for r in doc.roles if r.title == "Vice Foreign Minister"]
    assert roles and roles[0].country == "TWN" and roles[0].role_type == "deputy_foreign_minister"


# ---------------------------------------------------------------- anaphors and predicates
@pytest.mark.integration
def test_its_takes_the_state_mentioned_before(nlp):
    roles = _roles(nlp, "Australia sent its Pacific minister, Zed Seselja, to Honiara.", "2022-04-15")
    seselja = _role_of(roles, "Zed Seselja")
    assert seselja.country == "AUS" and seselja.title == "Minister for International Development and the Pacific"


@pytest.mark.integration
def test_the_bloc_is_the_organisation_mentioned_before(nlp):
    text = "The summit of the Economic Community of West African States was chaired by Bola Tinubu, the bloc's current chairman."
    roles = _roles(nlp, text, "2023-07-31")
    assert R("Bola Tinubu", "Chairperson", None, "Economic Community of West African States") in roles


@pytest.mark.integration
def test_adviser_to_a_head_of_government_takes_that_state(nlp):
    text = "The deal was signed by Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed."
    roles = _roles(nlp, text, "2022-11-02")
    assert R("Redwan Hussien", "National Security Adviser", "ETH") in roles
    assert R("Abiy Ahmed", "Prime Minister", "ETH") in roles


@pytest.mark.integration
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Boris Johnson, who served as prime minister until 2022, visited Kyiv.", "2024-03-01", R("Boris Johnson", "Prime Minister", "GBR", None, "former")),
        ("David Cameron was named foreign secretary in November.", "2023-12-01", R("David Cameron", "Foreign Secretary", "GBR")),
    ],
)
def test_predicates_over_the_parse_bind_the_title_to_the_subject(nlp, text, date, expected):
    assert expected in _roles(nlp, text, date)


@pytest.mark.integration
def test_a_group_is_coded_by_its_demonym_not_by_where_it_is(nlp_group_roles):
    doc = geoextract.extract("Israeli troops shot two militants in the West Bank, Palestinian police said.", date="1995-06-01", nlp=nlp_group_roles)
    coded = sorted((r.mention.text, r.country) for r in doc.roles)
    assert coded == [("Israeli troops", "ISR"), ("Palestinian police", "PSE")]


# ---------------------------------------------------------------- the seed article
@pytest.mark.integration
def test_seed_article_roles(nlp, seed_text):
    roles = _roles(nlp, seed_text, "2024-11-12")
    for expected in [
        R("Antony Blinken", "Secretary of State", "USA"),
        R("Joe Biden", "President", "USA"),
        R("Donald Trump", "President", "USA", None, "elect"),
        R("Xi Jinping", "President", "CHN"),
        R("Jean-Noël Barrot", "Minister of Europe and Foreign Affairs", "FRA"),
        R("Annalena Baerbock", "Foreign Minister", "DEU"),
        R("David Lammy", "Foreign Secretary", "GBR"),
        R("Charles Kupchan", "Senior Fellow", "USA", "Council on Foreign Relations"),
    ]:
        assert expected in roles, f"{expected} not in {roles}"


@pytest.mark.integration
def test_the_president_elect_is_the_one_named_president_elect(nlp):
    # a president named between them is no antecedent of "the president-elect"
    text = (
        "U.S. President-elect Barack Obama spoke by telephone with Mexican President Felipe Calderon on Friday. "
        "On Saturday the president-elect talked with British Prime Minister Gordon Brown."
    )
    roles = _roles(nlp, text, "2008-11-08")
    assert R("Barack Obama", "President", "USA", qualifier="elect") in roles
    assert R("Felipe Calderón", "President", "MEX") in roles
    doc = geoextract.extract(text, date="2008-11-08", nlp=nlp)
    names = {e.id: e.name for e in doc.entities}
    described = [r for r in doc.roles if r.mention.text == "the president-elect"]
    assert [(names.get(r.person), r.country) for r in described] == [("Barack Obama", "USA")]



def _holders_of(nlp, text, date, surface):
    """The names of the people the roles written ``surface`` in ``text`` link to (None where none)."""
    doc = geoextract.extract(text, date=date, nlp=nlp)
    names = {e.id: e.name for e in doc.entities}
    return [names.get(r.person) for r in doc.roles if r.mention.text == surface]


@pytest.mark.integration
def test_a_sitting_president_named_before_is_no_former_president(nlp):
    # "the former U.S. president" answers an earlier former president, never the sitting one named before
    former = _holders_of(
        nlp,
        "U.S. President Joe Biden met Chinese President Xi Jinping on Monday. Meanwhile the former U.S. president held a "
        "rally in Ohio.",
        "2024-11-12",
        "the former U.S. president",
    )
    assert former and all(name != "Joe Biden" for name in former)
    assert _holders_of(
        nlp,
        "Former U.S. President Barack Obama met Kenyan President William Ruto on Monday. The former U.S. president later "
        "spoke in Nairobi.",
        "2023-06-12",
        "The former U.S. president",
    ) == ["Barack Obama"]
