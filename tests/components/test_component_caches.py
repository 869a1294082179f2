"""The memos the components keep between documents give the answers computed afresh."""

from __future__ import annotations

import datetime as dt

import spacy

from geoextract.components.gazetteer import GazetteerIndex
from geoextract.components.person_linking import LinkCache, RoleContext, link_person
from geoextract.components.role_context import DocContext
from geoextract.kb import Country, GazetteerEntry, KnowledgeBase, Office, Person, Tenure


def _index(entries: list[GazetteerEntry]) -> tuple[spacy.language.Language, GazetteerIndex]:
    nlp = spacy.blank("en")
    return nlp, GazetteerIndex(entries, lambda texts: [[t.text for t in d] for d in nlp.tokenizer.pipe(texts)])


def _spans(index: GazetteerIndex, doc: spacy.tokens.Doc) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.entries[0].actor_id) for m in index.find(doc)]


def test_capitalised_only_forms_do_not_match_lower_case_words():
    nlp, index = _index([GazetteerEntry("AND", "ORG", "Q1", "organisation", None), GazetteerEntry("the Hague", "GPE", "Q2", "capital", "NLD")])
    assert _spans(index, nlp("salt and pepper")) == []
    assert _spans(index, nlp("The AND group met in the Hague.")) == [(1, 2, "Q1"), (5, 7, "Q2")]


def test_case_test_is_kept_per_spelling_across_documents():
    nlp, index = _index([GazetteerEntry("Chad", "GPE", "Q657", "country", "TCD")])
    assert _spans(index, nlp("Chad voted.")) == [(0, 1, "Q657")]
    # Same lower-case key, another spelling: the remembered answer for "Chad" does not apply.
    assert _spans(index, nlp("chad voted.")) == []
    assert _spans(index, nlp("Then Chad voted.")) == [(1, 2, "Q657")]


def test_longest_form_first_at_each_position_with_shorter_ones_kept():
    nlp, index = _index(
        [
            GazetteerEntry("North Korea", "GPE", "Q423", "country", "PRK"),
            GazetteerEntry("North Korean", "NORP", "Q423", "demonym", "PRK"),
            GazetteerEntry("Korea", "GPE", "Q18097", "country", "KOR"),
        ]
    )
    doc = nlp("North Korea and North Korean troops")
    assert [(m.start, m.end) for m in index.find(doc)] == [(0, 2), (1, 2), (3, 5)]


def _kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.add_all(
        [
            Country(id="Q183", name="Germany", alpha2="DE", alpha3="DEU", country="DEU", un_member=True),
            Person(id="Q564328", name="Annalena Baerbock", country="DEU"),
            Person(id="gx:person:johann-wadephul", name="Johann Wadephul", country="DEU"),
            Office(id="gx:office:DEU:fm", title="Federal Minister for Foreign Affairs", role_type="foreign_minister", country="DEU"),
            Tenure(person="Q564328", office="gx:office:DEU:fm", start=dt.date(2021, 12, 8), end=dt.date(2025, 5, 6)),
            Tenure(person="gx:person:johann-wadephul", office="gx:office:DEU:fm", start=dt.date(2025, 5, 6)),
        ]
    )
    return kb


def test_remembered_person_links_equal_fresh_ones():
    kb = _kb()
    cache = LinkCache(kb)
    roles = [RoleContext(role_type="foreign_minister", country="DEU")]
    cases = [
        (["Baerbock"], roles, dt.date(2023, 1, 1), {"DEU"}),
        (["Baerbock"], roles, dt.date(2026, 1, 1), {"DEU"}),
        (["Annalena Baerbock"], [], None, set()),
        (["Wadephul"], roles, dt.date(2026, 1, 1), {"DEU"}),
    ]
    fresh = [link_person(kb, texts, r, day, countries) for texts, r, day, countries in cases]
    first = [link_person(kb, texts, r, day, countries, cache=cache) for texts, r, day, countries in cases]
    again = [link_person(kb, texts, r, day, countries, cache=cache) for texts, r, day, countries in cases]
    assert first == fresh == again
    assert len(cache.links) == len(cases)
    # The date decides who held the office: the memo tells the two dates apart.
    assert [link.person.id if link else None for link in fresh[:2]] == ["Q564328", None]


def test_shared_kb_memo_answers_as_a_fresh_context():
    kb = _kb()
    nlp = spacy.blank("en")
    memo = LinkCache(kb)
    for day in (dt.date(2023, 1, 1), dt.date(2026, 1, 1), dt.date(2023, 1, 1)):
        shared = DocContext(nlp("Baerbock spoke."), kb, day, memo=memo)
        fresh = DocContext(nlp("Baerbock spoke."), kb, day)
        assert shared.holders("foreign_minister", "DEU") == fresh.holders("foreign_minister", "DEU")
        assert shared.holdings("Q564328", day) == fresh.holdings("Q564328", day)
    assert {key[3] for key in memo.words if key[0] == "holders"} == {dt.date(2023, 1, 1), dt.date(2026, 1, 1)}
    # A memo of another KB is not used.
    assert DocContext(nlp("x"), _kb(), None, memo=memo).memo is not memo


def test_word_caches_are_emptied_past_their_cap_and_answers_stay_the_same(monkeypatch):
    from geoextract.components import gazetteer

    nlp, index = _index([GazetteerEntry("Chad", "GPE", "Q657", "country", "TCD")])
    monkeypatch.setattr(gazetteer, "_MAX_WORDS", 5)
    texts = [f"Chad and word{i} met other{i} in Chad." for i in range(6)]
    found = [_spans(index, nlp(text)) for text in texts]
    assert found == [[(0, 1, "Q657"), (6, 7, "Q657")]] * 6
    # Each document adds new word types; the cache never holds much more than the cap plus
    # one document's words.
    assert len(index._keys) <= 5 + len(nlp(texts[0]))
