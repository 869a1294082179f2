"""Meeting extraction: triggers, participants, status, mode, date, place, topic, negatives.

Integration tests run the full pipeline (session fixture ``nlp``) on sentences written for
these tests and check what a user reads off ``Document.relations``; the unit tests at the end
check the pure helpers (date resolution, status cues, triggers) on hand-made Docs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
import spacy
from spacy.tokens import Doc, Span

import geoextract
from geoextract.components.meeting_actors import DocActors
from geoextract.components.meeting_dates import is_anchor, is_same_day, resolve_date, shift_days
from geoextract.components.meeting_destinations import dateline_people
from geoextract.components.meeting_extractor import MeetingExtractor, extract_relations
from geoextract.components.meeting_merge import find_dateline
from geoextract.components.meeting_status import meeting_status
from geoextract.components.meeting_syntax import bare_subject
from geoextract.components.meeting_triggers import find_triggers
from geoextract.errors import GeoExtractValueError
from geoextract.extensions import install_extensions


@dataclass(frozen=True)
class Seen:
    """A relation as a reader sees it: names instead of entity ids."""

    people: frozenset[str]
    status: str
    mode: str
    date: dt.date | None
    place: str | None
    topic: str | None
    host: str | None


def meetings(nlp, text: str, date: str) -> list[Seen]:
    doc = geoextract.extract(text, date=date, nlp=nlp)
    names = {e.id: e.name for e in doc.entities}
    return [
        Seen(
            people=frozenset(names[p] for p in r.participants),
            status=r.status,
            mode=r.mode,
            date=r.date,
            place=r.place,
            topic=r.topic,
            host=names.get(r.host) if r.host else None,
        )
        for r in doc.relations
    ]


def only(found: list[Seen], *people: str) -> Seen:
    """The one relation whose participants are exactly ``people``."""
    matching = [m for m in found if m.people == frozenset(people)]
    assert len(matching) == 1, f"expected one meeting of {people}, got {found}"
    return matching[0]


# -- trigger families ------------------------------------------------------------------------

integration = pytest.mark.integration


@integration
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.", ("Olaf Scholz", "Emmanuel Macron")),
        ("Japanese Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk Yeol in Seoul on Sunday.", ("Fumio Kishida", "Yoon Suk Yeol")),
        ("Italian Prime Minister Giorgia Meloni sat down with Argentine President Javier Milei in Rome on Monday.", ("Giorgia Meloni", "Javier Milei")),
        ("Secretary of State Antony Blinken conferred with Saudi Crown Prince Mohammed bin Salman in Jeddah on Wednesday.", ("Antony Blinken", "Mohammed bin Salman")),
        ("Turkish President Recep Tayyip Erdogan hosted Swedish Prime Minister Ulf Kristersson in Ankara on Monday.", ("Recep Tayyip Erdoğan", "Ulf Kristersson")),
        ("Chinese President Xi Jinping spoke by phone with Ukrainian President Volodymyr Zelenskyy on Wednesday.", ("Xi Jinping", "Volodymyr Zelenskyy")),
        ("U.S. President Joe Biden called Israeli Prime Minister Benjamin Netanyahu on Monday.", ("Joe Biden", "Benjamin Netanyahu")),
        ("Antony Blinken met his Chinese counterpart Wang Yi on the sidelines of the ASEAN meeting in Jakarta on Thursday.", ("Antony Blinken", "Wang Yi")),
        ("Narendra Modi held a bilateral with Joe Biden on Saturday.", ("Narendra Modi", "Joe Biden")),
        ("Emmanuel Macron had a tete-a-tete with Xi Jinping in Guangzhou on Friday.", ("Emmanuel Macron", "Xi Jinping")),
        ("Pedro Sanchez had dinner with Emmanuel Macron at the Elysee on Tuesday.", ("Pedro Sánchez", "Emmanuel Macron")),
        ("Olaf Scholz discussed energy security with Norwegian Prime Minister Jonas Gahr Store in Oslo on Monday.", ("Olaf Scholz", "Jonas Gahr Støre")),
        # guard: talks about membership are talks (only "membership talks" name the process; a mutation
        # that reads "membership" anywhere in the phrase fails here)
        ("Ursula von der Leyen held talks on EU membership with Albanian Prime Minister Edi Rama in Tirana on Monday.", ("Ursula von der Leyen", "Edi Rama")),
    ],
)
def test_meeting_triggers_give_the_two_participants(nlp, text, people):
    only(meetings(nlp, text, "2024-03-14"), *people)


@integration
def test_passive_reception_names_the_host(nlp):
    found = meetings(nlp, "Indian Prime Minister Narendra Modi was received by Egyptian President Abdel Fattah el-Sisi in Cairo on Sunday.", "2023-06-26")
    seen = only(found, "Narendra Modi", "Abdel Fattah el-Sisi")
    assert (seen.mode, seen.host, seen.date) == ("visit", "Abdel Fattah el-Sisi", dt.date(2023, 6, 25))


@integration
def test_phone_call_has_phone_mode_and_no_place(nlp):
    seen = only(meetings(nlp, "Chinese President Xi Jinping spoke by phone with Ukrainian President Volodymyr Zelenskyy on Wednesday.", "2023-04-27"), "Xi Jinping", "Volodymyr Zelenskyy")
    assert (seen.mode, seen.place, seen.date) == ("phone", None, dt.date(2023, 4, 26))


@integration
def test_video_call_between_descriptions_falls_back_to_countries(nlp):
    seen = only(meetings(nlp, "The foreign ministers of India and China held a video call on Tuesday.", "2024-02-14"), "India", "China")
    assert seen.mode == "phone"


@integration
def test_summit_attendees_join_the_grouping(nlp):
    found = meetings(nlp, "Leaders of the Group of Seven gathered in Hiroshima on Friday for a summit attended by Volodymyr Zelenskyy.", "2023-05-19")
    seen = only(found, "G7", "Volodymyr Zelenskyy")
    assert seen.mode == "multilateral"


@integration
def test_separate_meetings_are_one_relation_each(nlp):
    text = "KYIV — Volodymyr Zelenskyy held separate meetings with Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda on Friday."
    found = meetings(nlp, text, "2024-02-09")
    assert {m.people for m in found} == {frozenset({"Volodymyr Zelenskyy", "Andrzej Duda"}), frozenset({"Volodymyr Zelenskyy", "Gitanas Nausėda"})}


@integration
def test_hosted_summit_with_attendees_is_multilateral(nlp):
    text = "Egypt's President Abdel Fattah el-Sisi hosted a summit on the Gaza war in Cairo on Saturday, attended by leaders from Jordan and Qatar."
    seen = only(meetings(nlp, text, "2023-10-22"), "Abdel Fattah el-Sisi", "Jordan", "Qatar")
    assert (seen.mode, seen.host, seen.place, seen.topic) == ("multilateral", "Abdel Fattah el-Sisi", "Cairo", "the Gaza war")


# -- participants: groups, pronouns, descriptions ------------------------------------------------


@integration
def test_counterparts_of_two_organisations_are_both_participants(nlp):
    text = "On Wednesday, Antony Blinken will participate in talks with NATO and European Union counterparts to coordinate further support for Ukraine."
    seen = only(meetings(nlp, text, "2024-11-12"), "Antony Blinken", "NATO", "European Union")
    assert seen.status == "planned"
    assert seen.topic == "further support for Ukraine"
    assert seen.date == dt.date(2024, 11, 13)


@integration
def test_pronoun_subject_resolves_to_the_previous_subject(nlp):
    text = "Hungarian Prime Minister Viktor Orban arrived in Kyiv on Tuesday. He met Ukrainian President Volodymyr Zelenskyy and urged him to consider a ceasefire."
    seen = only(meetings(nlp, text, "2024-07-02"), "Viktor Orbán", "Volodymyr Zelenskyy")
    assert seen.place == "Kyiv"
    assert seen.date == dt.date(2024, 7, 2)


@integration
def test_she_skips_the_nearer_man(nlp):
    text = "German Chancellor Angela Merkel said she was worried. Vladimir Putin arrived in Berlin on Monday. She met him at the chancellery."
    seen = only(meetings(nlp, text, "2019-08-23"), "Angela Merkel", "Vladimir Putin")
    assert seen.date == dt.date(2019, 8, 19)


@integration
def test_bare_title_resolves_to_its_holder_named_before(nlp):
    text = "Secretary of State Antony Blinken arrived in Beijing on Sunday. The Secretary met Chinese Foreign Minister Qin Gang for more than seven hours."
    seen = only(meetings(nlp, text, "2023-06-19"), "Antony Blinken", "Qin Gang")
    assert (seen.place, seen.mode, seen.host) == ("Beijing", "visit", "Qin Gang")


@integration
def test_the_two_leaders_resolve_to_the_last_pair(nlp):
    text = "Vladimir Putin received Chinese President Xi Jinping in the Kremlin on Monday. The two leaders discussed the conflict in Ukraine."
    seen = only(meetings(nlp, text, "2023-03-21"), "Vladimir Putin", "Xi Jinping")
    assert seen.topic == "the conflict in Ukraine"


@integration
def test_counterpart_resolves_by_nationality(nlp):
    text = "Saudi Foreign Minister Faisal bin Farhan is expected to visit Tehran next week for talks with his Iranian counterpart, Hossein Amir-Abdollahian."
    seen = only(meetings(nlp, text, "2023-06-10"), "Faisal bin Farhan Al Saud", "Hossein Amir-Abdollahian")
    assert (seen.status, seen.place, seen.date) == ("planned", "Tehran", None)


@integration
def test_anaphoric_talks_add_a_remote_participant_and_a_topic(nlp):
    text = (
        "RIYADH — Donald Trump met Syria's interim president, Ahmed al-Sharaa, in the Saudi capital on Wednesday. "
        "Saudi Crown Prince Mohammed bin Salman hosted the meeting, and Turkish President Recep Tayyip Erdogan joined the talks remotely. "
        "The talks focused on sanctions relief."
    )
    found = meetings(nlp, text, "2025-05-14")
    assert len(found) == 1
    seen = found[0]
    assert seen.people == {"Donald Trump", "Ahmed al-Sharaa", "Mohammed bin Salman", "Recep Tayyip Erdoğan"}
    assert (seen.mode, seen.topic, seen.date) == ("multilateral", "sanctions relief", dt.date(2025, 5, 14))
    assert "Riyadh" in (seen.place or "")


# -- status ----------------------------------------------------------------------------------


@integration
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Russian President Vladimir Putin and U.S. President Donald Trump will meet in Alaska on Friday.", "planned"),
        ("Recep Tayyip Erdogan and Vladimir Putin are due to meet in Sochi later this month.", "planned"),
        ("The summit between Joe Biden and Xi Jinping was called off after the balloon incident.", "cancelled"),
        ("The meeting between Recep Tayyip Erdogan and Bashar al-Assad has been postponed.", "cancelled"),
        ("Kremlin spokesman Dmitry Peskov denied reports that Vladimir Putin had met Yevgeny Prigozhin.", "denied"),
        ("Vladimir Putin met Yevgeny Prigozhin in Moscow on Monday.", "occurred"),
    ],
)
def test_status_cues(nlp, text, status):
    found = meetings(nlp, text, "2023-07-12")
    assert len(found) == 1 and found[0].status == status


@integration
def test_denial_in_a_later_sentence_keeps_the_reported_date(nlp):
    text = (
        "Iran's foreign ministry on Saturday denied a report that its ambassador to the United Nations had met Elon Musk to discuss easing tensions. "
        "The New York Times reported that Musk and Ambassador Amir Saeid Iravani met on Monday at a secret location in New York."
    )
    found = meetings(nlp, text, "2024-11-16")
    assert len(found) == 1
    seen = found[0]
    assert (seen.status, seen.date, seen.topic) == ("denied", dt.date(2024, 11, 11), "easing tensions")
    assert "New York" in (seen.place or "")


# -- dates -----------------------------------------------------------------------------------


@integration
def test_relative_dates_resolve_against_the_article_date(nlp):
    past = only(meetings(nlp, "Olaf Scholz met Emmanuel Macron in Paris on Monday.", "2024-11-16"), "Olaf Scholz", "Emmanuel Macron")
    future = only(meetings(nlp, "Olaf Scholz will meet Emmanuel Macron in Paris on Monday.", "2024-11-16"), "Olaf Scholz", "Emmanuel Macron")
    vague = only(meetings(nlp, "Olaf Scholz met Emmanuel Macron in Paris last week.", "2024-11-16"), "Olaf Scholz", "Emmanuel Macron")
    assert (past.date, future.date, vague.date) == (dt.date(2024, 11, 11), dt.date(2024, 11, 18), None)


@integration
def test_days_after_counts_back_from_the_story_date(nlp):
    text = "MOSCOW — Viktor Orban held talks with Vladimir Putin in the Kremlin on Friday. The trip came three days after Orban visited Kyiv, where he met Volodymyr Zelenskyy."
    found = meetings(nlp, text, "2024-07-05")
    assert only(found, "Viktor Orbán", "Volodymyr Zelenskyy").date == dt.date(2024, 7, 2)
    assert only(found, "Viktor Orbán", "Vladimir Putin").mode == "visit"


# -- negatives -------------------------------------------------------------------------------


@integration
@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin would meet Volodymyr Zelenskyy only if a peace deal were ready, Dmitry Peskov said.",
        "Joe Biden invited Narendra Modi to visit Washington in June.",
        "Russia continues to shell Ukraine, and Ukraine's military said it repelled attacks near Bakhmut.",
        "Antony Blinken travels to Brussels on Tuesday.",
        "Emmanuel Macron criticised the sanctions imposed by Washington.",
        "Narendra Modi and Shehbaz Sharif did not meet during the summit.",
        "Hamas said it rejected an invitation to attend talks in Cairo.",
        "Benjamin Netanyahu said he was ready to meet Mohammed bin Salman.",
        "Mette Frederiksen called the idea absurd during a visit to Greenland.",
        # membership talks are a process between a bloc and a candidate, no encounter
        "The European Union opened accession talks with Albania and North Macedonia on Tuesday.",
        "European Union leaders agreed on Thursday to open membership negotiations with Ukraine and Moldova.",
    ],
)
def test_no_meeting_is_stated(nlp, text):
    assert meetings(nlp, text, "2024-11-12") == []


def test_a_news_outlet_is_no_participant(nlp):
    # the KB's kind of an organisation ("media") reaches the meeting extractor: the outlet that
    # reports talks it cannot name the parties of is not one of them
    text = (
        "MOSCOW — The Kremlin on Friday denied a report that Qassem Soleimani had met Vladimir Putin. Fox News, citing "
        "unnamed officials, reported this week that the general had flown to the Russian capital in late July and held "
        "talks with Putin."
    )
    found = meetings(nlp, text, "2015-08-07")
    assert [(m.people, m.status) for m in found] == [(frozenset({"Qasem Soleimani", "Vladimir Putin"}), "denied")]


# -- the seed article ------------------------------------------------------------------------


@integration
def test_seed_article_meetings(nlp, seed_text):
    found = meetings(nlp, seed_text, "2024-11-12")
    biden_xi = only(found, "Joe Biden", "Xi Jinping")
    assert (biden_xi.status, biden_xi.date) == ("planned", dt.date(2024, 11, 16))
    assert "sidelines of the APEC summit" in (biden_xi.place or "")
    biden_trump = only(found, "Joe Biden", "Donald Trump")
    assert (biden_trump.status, biden_trump.date, biden_trump.place) == ("planned", dt.date(2024, 11, 13), "the White House")
    brussels = only(found, "Antony Blinken", "NATO", "European Union")
    assert (brussels.status, brussels.place, brussels.topic) == ("planned", "Brussels", "further support for Ukraine")
    contact = only(found, "Antony Blinken", "Jean-Noël Barrot", "Annalena Baerbock", "David Lammy")
    assert (contact.status, contact.topic) == ("occurred", "the situation in Ukraine")
    assert not [m for m in found if m.people == {"Russia", "Ukraine"}]


# -- component -------------------------------------------------------------------------------


def test_meeting_extractor_round_trips_its_settings(tmp_path):
    component = MeetingExtractor(min_confidence=0.7, use_kb=False)
    restored = MeetingExtractor().from_bytes(component.to_bytes())
    assert (restored.min_confidence, restored.use_kb) == (0.7, False)
    component.to_disk(tmp_path)
    assert MeetingExtractor().from_disk(tmp_path).min_confidence == 0.7


def test_meeting_extractor_rejects_a_confidence_outside_0_1():
    with pytest.raises(GeoExtractValueError, match="E260"):
        MeetingExtractor(min_confidence=1.5)


def test_doc_without_entities_has_no_relations():
    doc = spacy.blank("en")("Xi met Biden in Lima on Saturday.")
    assert extract_relations(doc) == []


# -- pure helpers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "base", "prefer", "expected"),
    [
        ("on Wednesday", dt.date(2024, 11, 12), "future", dt.date(2024, 11, 13)),
        ("Saturday", dt.date(2024, 11, 12), "future", dt.date(2024, 11, 16)),
        ("on Monday", dt.date(2024, 11, 16), "past", dt.date(2024, 11, 11)),
        ("Monday", dt.date(2019, 2, 25), "past", dt.date(2019, 2, 25)),
        ("late on Tuesday", dt.date(2019, 8, 21), "past", dt.date(2019, 8, 20)),
        ("March 10", dt.date(2020, 2, 29), "future", dt.date(2020, 3, 10)),
        ("last week", dt.date(2024, 11, 12), "past", None),
        ("next month", dt.date(2024, 11, 12), "future", None),
        ("early September", dt.date(2019, 8, 21), "future", None),
    ],
)
def test_resolve_date(phrase, base, prefer, expected):
    assert resolve_date(phrase, base, prefer) == expected


def test_date_phrase_kinds():
    assert is_anchor("on Friday") and is_anchor("last week") and not is_anchor("25 years")
    assert is_same_day("the same day") and not is_same_day("Monday")
    assert shift_days("three days", dt.date(2024, 7, 5), -1) == dt.date(2024, 7, 2)
    assert shift_days("a week", dt.date(2024, 7, 5), 1) == dt.date(2024, 7, 12)


def _parsed(words, heads, deps, tags, lemmas) -> Doc:
    """A hand-made parsed Doc: heads are absolute token indices."""
    pos = {"NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "VB": "VERB", "VBD": "VERB", "VBN": "VERB", "MD": "AUX", "DT": "DET", "RB": "PART", "IN": "ADP", "RP": "ADP", "PRP$": "PRON"}
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=[pos[t] for t in tags], lemmas=lemmas)


def test_status_planned_from_modal():
    doc = _parsed(["Biden", "will", "meet", "Xi"], [2, 2, 2, 2], ["nsubj", "aux", "ROOT", "dobj"], ["NNP", "MD", "VB", "NNP"], ["Biden", "will", "meet", "Xi"])
    assert meeting_status(doc[2]) == ("planned", True)


def test_status_cancelled_when_the_meeting_is_postponed():
    doc = _parsed(
        ["Trump", "postponed", "his", "meeting"], [1, 1, 3, 1], ["nsubj", "ROOT", "poss", "dobj"], ["NNP", "VBD", "PRP$", "NN"], ["Trump", "postpone", "his", "meeting"]
    )
    assert meeting_status(doc[3]) == ("cancelled", True)


def test_status_denied_under_deny():
    words = ["Iran", "denied", "that", "Iravani", "met", "Musk"]
    doc = _parsed(words, [1, 1, 4, 4, 1, 4], ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "dobj"], ["NNP", "VBD", "IN", "NNP", "VBD", "NNP"], ["Iran", "deny", "that", "Iravani", "meet", "Musk"])
    assert meeting_status(doc[4]) == ("denied", True)


def test_negated_meeting_is_no_meeting():
    words = ["Modi", "did", "not", "meet", "Sharif"]
    doc = _parsed(words, [3, 3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT", "dobj"], ["NNP", "VBD", "RB", "VB", "NNP"], ["Modi", "do", "not", "meet", "Sharif"])
    assert meeting_status(doc[3])[0] is None


def test_a_word_the_parser_calls_a_negation_negates_only_if_it_is_one():
    # "BOGOTA - Xi met Biden": the parser may label a dateline word "neg"; it denies nothing
    doc = _parsed(["BOGOTA", "Xi", "met", "Biden"], [2, 2, 2, 2], ["neg", "nsubj", "ROOT", "dobj"], ["NNP", "NNP", "VBD", "NNP"], ["BOGOTA", "Xi", "meet", "Biden"])
    assert meeting_status(doc[2]) == ("occurred", False)


def test_past_meeting_occurred():
    doc = _parsed(["Xi", "met", "Biden"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["NNP", "VBD", "NNP"], ["Xi", "meet", "Biden"])
    assert meeting_status(doc[1]) == ("occurred", False)


def test_called_off_is_no_phone_call_but_called_someone_is():
    off = _parsed(["Trump", "called", "off", "the", "visit"], [1, 1, 1, 4, 1], ["nsubj", "ROOT", "prt", "det", "dobj"], ["NNP", "VBD", "RP", "DT", "NN"], ["Trump", "call", "off", "the", "visit"])
    assert [t.family for t in find_triggers(off[:])] == ["trip"]
    call = _parsed(["Biden", "called", "Netanyahu"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["NNP", "VBD", "NNP"], ["Biden", "call", "Netanyahu"])
    call.ents = [spacy.tokens.Span(call, 2, 3, label="PERSON")]
    assert [t.family for t in find_triggers(call[:])] == ["phone"]


@pytest.mark.parametrize(("text", "name"), [("SÃO PAULO (AP) — Lula met Biden.", "São Paulo"), ("BOGOTÁ, Colombia — Petro met Lula.", "Bogotá")])
def test_dateline_city_with_accented_capitals(text: str, name: str) -> None:
    install_extensions()  # the actors read the entity extensions, whichever test runs first
    doc = spacy.blank("en")(text)
    line = find_dateline(doc, DocActors(doc))
    assert line is not None and line.name == name


def test_dateline_city_and_country():
    install_extensions()
    doc = spacy.blank("en")("CARTAGENA, Colombia — Santos signed the accord.")
    line = find_dateline(doc, DocActors(doc))
    assert line is not None and line.name == "Cartagena"


def test_a_verb_coordinated_with_a_relative_clause_takes_the_opening_name_as_subject():
    # "Kishida and Yoon, whose countries were divided, met in Tokyo": the parser made "met" a conjunct of the relative clause
    words = ["Kishida", "and", "Yoon", ",", "whose", "countries", "were", "divided", ",", "met", "in", "Tokyo"]
    heads = [0, 0, 0, 0, 5, 7, 7, 0, 7, 7, 9, 10]
    deps = ["ROOT", "cc", "conj", "punct", "poss", "nsubjpass", "auxpass", "relcl", "punct", "conj", "prep", "pobj"]
    tags = ["NNP", "CC", "NNP", ",", "WP$", "NNS", "VBD", "VBN", ",", "VBD", "IN", "NNP"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, ents=["B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE"])
    found = bare_subject(doc[9])
    assert found is not None and found.i == 0
    assert bare_subject(doc[7]) is None  # the relative clause itself has its own subject


def test_a_name_hung_on_the_dateline_city_joins_the_subject_the_city_modifies():
    """"BANGKOK — Adviser Jake Sullivan and China's diplomat Wang Yi wrapped up talks", parsed
    with the city as a modifier of "Yi" and "Sullivan" set beside the city: both are subjects."""
    install_extensions()
    words = ["BANGKOK", "—", "Adviser", "Jake", "Sullivan", "and", "China", "'s", "diplomat", "Wang", "Yi", "wrapped", "up", "talks", "."]
    heads = [10, 0, 4, 4, 0, 4, 8, 6, 4, 10, 11, 11, 11, 11, 11]
    deps = ["amod", "punct", "compound", "compound", "appos", "cc", "poss", "case", "conj", "compound", "nsubj", "ROOT", "prt", "dobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 3, 5, label="PERSON"), Span(doc, 6, 7, label="GPE"), Span(doc, 9, 11, label="PERSON")]
    doc._.geo_entities = [
        {"id": f"e{k}", "name": span.text, "label": span.label_, "mentions": [{"start": span.start_char, "end": span.end_char, "text": span.text}]}
        for k, span in enumerate(doc.ents)
    ]
    assert dateline_people(doc[10], doc[11], DocActors(doc), []) == ["e1"]
    assert dateline_people(doc[10], doc[11], DocActors(doc), ["e1"]) == []  # one already counted is not added again


@pytest.mark.parametrize(("lead", "noun", "expected"), [("as", "row", True), ("amid", "tensions", True), ("on", "war", True), ("as", "lunch", False), ("at", "row", False)])
def test_a_with_on_a_matter_of_strife_names_a_party_to_it_not_to_the_talks(lead, noun, expected):
    # "met X, as a bitter row with Y followed him": Y is a party to the row, not to the meeting
    from geoextract.components.meeting_phrases import topic_party

    words = ["Ruto", "met", "Museveni", ",", lead, "a", noun, "with", "Samia"]
    heads = [1, 1, 1, 1, 1, 6, 4, 6, 7]
    deps = ["nsubj", "ROOT", "dobj", "punct", "prep", "det", "pobj", "prep", "pobj"]
    lemmas = [w.lower() for w in words]
    lemmas[6] = {"tensions": "tension"}.get(noun, noun)
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert topic_party(doc[7]) is expected
