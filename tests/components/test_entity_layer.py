"""The entity layer on sentences written for these tests: labels, coreference, links."""

from __future__ import annotations

import pytest

import geoextract

pytestmark = pytest.mark.integration


def _person(doc: geoextract.Document, surface: str) -> geoextract.Entity:
    for ent in doc.entities:
        if ent.label == "PERSON" and any(m.text.startswith(surface) for m in ent.mentions):
            return ent
    raise AssertionError(f"no PERSON entity with mention {surface!r}: {[(e.name, e.label) for e in doc.entities]}")


def _entity_of(doc: geoextract.Document, surface: str) -> geoextract.Entity:
    for ent in doc.entities:
        if any(m.text == surface for m in ent.mentions):
            return ent
    raise AssertionError(f"no entity with mention {surface!r}")


# ---------------------------------------------------------------- misspellings
@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        # one substitution
        ("Anthony Blinken arrived in Cairo on Monday for two days of talks.", "Anthony Blinken", "Antony Blinken"),
        # transliteration
        ("Sergei Lavrov told reporters that Moscow would respond.", "Sergei Lavrov", "Sergey Lavrov"),
        ("Volodymyr Zelenskiy addressed the parliament in Kyiv.", "Volodymyr Zelenskiy", "Volodymyr Zelenskyy"),
        # missing diacritics
        ("Recep Tayyip Erdogan hosted the ceremony in Ankara.", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
    ],
)
def test_misspelled_names_link_to_the_canonical_actor(nlp, text, surface, canonical):
    doc = geoextract.extract(text, date="2023-05-10", nlp=nlp)
    ent = _person(doc, surface)
    assert ent.name == canonical
    assert ent.kb_id is not None and ent.kb_id.startswith("Q")
    assert ent.score is not None and 0.0 < ent.score <= 1.0


def test_two_edit_misspelling_links_with_the_office_as_context(nlp):
    text = "German Foreign Minister Annalena Burbock spoke to reporters in Berlin."
    doc = geoextract.extract(text, date="2024-03-01", nlp=nlp)
    assert _person(doc, "Annalena Burbock").name == "Annalena Baerbock"


def test_doubled_and_dropped_letters_link_with_context(nlp):
    text = "Chinese President Xi Jinnping received the delegation. Britain's Prime Minister Keir Stamer was there too."
    doc = geoextract.extract(text, date="2025-02-01", nlp=nlp)
    assert _person(doc, "Xi Jinnping").name == "Xi Jinping"
    assert _person(doc, "Keir Stamer").name == "Keir Starmer"


# ---------------------------------------------------------------- coreference
def test_surname_and_titled_mentions_join_the_full_name(nlp):
    text = (
        "Antony Blinken met Wang Yi in Beijing. Secretary Blinken later said the talks were frank. "
        "Blinken's aides declined to comment."
    )
    doc = geoextract.extract(text, date="2024-04-26", nlp=nlp)
    blinken = _person(doc, "Antony Blinken")
    texts = [m.text for m in blinken.mentions]
    assert texts.count("Blinken") == 2 and "Antony Blinken" in texts
    # one label per entity: no mention of him is anything but PERSON
    assert all(e.label == "PERSON" for e in doc.entities if e.name == "Antony Blinken")
    assert sum(1 for e in doc.entities if e.name == "Antony Blinken") == 1


def test_surname_before_the_full_name_is_the_same_person(nlp):
    text = "Kupchan warns of a long war. Charles Kupchan, a scholar in Washington, said the talks would be hard."
    doc = geoextract.extract(text, nlp=nlp)
    kupchan = _person(doc, "Charles Kupchan")
    assert {m.text for m in kupchan.mentions} == {"Kupchan", "Charles Kupchan"}


def test_a_short_name_qualified_by_another_state_is_another_person(nlp):
    # "Jordan's King Abdullah" after the Emirates' "Abdullah bin Zayed": the same first name, another state
    text = (
        "Bahrain's Foreign Minister Abdullatif al-Zayani received the United Arab Emirates' Sheikh Abdullah bin Zayed "
        "Al Nahyan in Manama on Sunday. Jordan's King Abdullah later called both men."
    )
    doc = geoextract.extract(text, date="2022-03-28", nlp=nlp)
    assert [m.text for m in _person(doc, "Abdullah bin Zayed").mentions] == ["Abdullah bin Zayed Al Nahyan"]
    assert _entity_of(doc, "Abdullah").name == "Abdullah II of Jordan"
    # guard: qualified by the same state, the short name is the same person
    text = (
        "Sheikh Abdullah bin Zayed Al Nahyan of the United Arab Emirates arrived in Manama on Sunday. "
        "The UAE's Sheikh Abdullah then met Bahrain's King Hamad."
    )
    doc = geoextract.extract(text, date="2022-03-28", nlp=nlp)
    assert {m.text for m in _person(doc, "Abdullah bin Zayed").mentions} == {"Abdullah bin Zayed Al Nahyan", "Abdullah"}


def test_two_surnames_joined_by_a_hyphen_are_two_people(nlp):
    # "the Albanese-Widodo meeting" after both full names: two people, not one name
    text = (
        "Australian Prime Minister Anthony Albanese met Indonesian President Joko Widodo in Jakarta on Monday. "
        "The Albanese-Widodo meeting lasted two hours."
    )
    doc = geoextract.extract(text, date="2022-06-07", nlp=nlp)
    assert {m.text for m in _person(doc, "Anthony Albanese").mentions} == {"Anthony Albanese", "Albanese"}
    assert {m.text for m in _person(doc, "Joko Widodo").mentions} == {"Joko Widodo", "Widodo"}
    assert not any("-" in m.text for e in doc.entities for m in e.mentions)


def test_surname_with_a_particle_joins_the_full_name(nlp):
    # "Le Drian" after "Jean-Yves Le Drian": the NER may call the two words an organisation
    text = (
        "Egyptian Foreign Minister Sameh Shoukry held talks in Cairo with his French counterpart, Jean-Yves Le Drian. "
        "Le Drian and Shoukry met for two hours at the ministry, officials said."
    )
    doc = geoextract.extract(text, date="2019-09-02", nlp=nlp)
    drian = _person(doc, "Jean-Yves Le Drian")
    assert {m.text for m in drian.mentions} == {"Jean-Yves Le Drian", "Le Drian"}


def test_a_name_that_is_a_person_elsewhere_is_never_a_place(nlp):
    text = "Donald Trump spoke on Monday. Trump said the deal was done and Trump's aides agreed."
    doc = geoextract.extract(text, date="2025-03-01", nlp=nlp)
    assert all(e.label == "PERSON" for e in doc.entities if any("Trump" in m.text for m in e.mentions))


def test_titles_are_not_organisations(nlp):
    doc = geoextract.extract("US Secretary of State Antony Blinken flew to Tokyo.", date="2023-11-07", nlp=nlp)
    assert not any(m.text == "State" for e in doc.entities for m in e.mentions)


# ---------------------------------------------------------------- countries
def test_demonyms_possessives_and_short_forms_resolve_to_iso_codes(nlp):
    text = "Ukraine's army said North Korean troops joined Russian forces, while U.S. and South Korean officials met."
    doc = geoextract.extract(text, date="2024-11-05", nlp=nlp)
    assert _entity_of(doc, "Ukraine").country == "UKR"
    assert _entity_of(doc, "North Korean").country == "PRK"
    assert _entity_of(doc, "South Korean").country == "KOR"
    assert _entity_of(doc, "Russian").country == "RUS"
    assert _entity_of(doc, "U.S.").country == "USA"


def test_historical_names_resolve(nlp):
    doc = geoextract.extract("Burma and Swaziland sent envoys.", nlp=nlp)
    assert _entity_of(doc, "Burma").country == "MMR"
    assert _entity_of(doc, "Swaziland").country == "SWZ"


def test_capital_standing_for_the_government_is_the_country(nlp):
    doc = geoextract.extract("Washington is looking for ways to support Kyiv, and the Kremlin denied the report.", nlp=nlp)
    assert _entity_of(doc, "Washington").country == "USA"
    assert _entity_of(doc, "Washington").kind == "country"
    kremlin = [e for e in doc.entities if any("Kremlin" in m.text for m in e.mentions)]
    assert kremlin and kremlin[0].country == "RUS" and kremlin[0].kind == "country"


def test_capital_as_venue_is_a_place_not_the_country(nlp):
    doc = geoextract.extract("The two ministers held talks in Washington on Tuesday.", nlp=nlp)
    venue = _entity_of(doc, "Washington")
    assert venue.kind != "country"


def test_region_words_do_not_make_countries(nlp):
    doc = geoextract.extract("The South American bloc met leaders of the Indian Ocean states.", nlp=nlp)
    assert not any(e.country == "USA" for e in doc.entities)
    assert not any(e.country == "IND" for e in doc.entities)


# ---------------------------------------------------------------- unknown names
def test_unknown_names_stay_unlinked_under_their_longest_form(nlp):
    text = "Mirela Voskanyan-Hart, a researcher in Geneva, said the plan would fail. Voskanyan-Hart added that talks must go on."
    doc = geoextract.extract(text, date="2024-01-01", nlp=nlp)
    ent = _person(doc, "Mirela")
    assert ent.kb_id is None and ent.score is None
    assert ent.name == "Mirela Voskanyan-Hart"


def test_near_namesake_is_not_forced(nlp):
    # Same first name and a surname two letters away from a KB person: no link without context.
    doc = geoextract.extract("Antony Blinkov, a local councillor, opened the fair.", date="2024-01-01", nlp=nlp)
    assert _person(doc, "Antony Blinkov").kb_id is None


def test_a_shortened_name_needs_an_office_or_a_country_of_the_text(nlp):
    # A KB person whose name has one more word, of a country the story never names: no link.
    text = "Bolivian President Luis Arce and the leader of the miners' union, Antonio Garcia, signed a deal in La Paz on Tuesday."
    doc = geoextract.extract(text, date="2024-05-10", nlp=nlp)
    ent = _person(doc, "Antonio Garcia")
    assert ent.kb_id is None and ent.name == "Antonio Garcia"
    # the same shortened form still links when the office or the country backs it
    doc = geoextract.extract("Mexican President Andres Lopez met Joe Biden in Washington.", date="2021-05-10", nlp=nlp)
    assert _person(doc, "Andres Lopez").name == "Andrés Manuel López Obrador"


# ---------------------------------------------------------------- bad input
def test_other_scripts_all_caps_and_long_names_do_not_crash(nlp):
    texts = [
        "Владимир Путин встретился с Си Цзиньпином в Москве.",
        "BIDEN MEETS XI IN LIMA AS APEC SUMMIT OPENS",
        "Sheikh Mohammed bin Rashid bin Saeed bin Maktoum bin Hasher Al Maktoum Al Falasi spoke.",
        " ".join(["Antony Blinken"] * 300),
    ]
    for text in texts:
        doc = geoextract.extract(text, nlp=nlp)
        assert doc.text == text
