"""The meeting extractor's memoised tree reads give what spaCy's own Token attributes give."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from geoextract.components.meeting_syntax import children_of, children_table, clear_scopes

# (words, heads, deps): plain parses, and one with crossing arcs (a non-projective tree, as
# the parser's pseudo-projective decoding can give), where a token's children do not lie
# next to it.
PARSES = [
    (["Xi", "met", "Biden", "in", "Lima", "."], [1, 1, 1, 1, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"]),
    (["The", "two", "leaders", "held", "long", "talks"], [2, 2, 3, 3, 5, 3], ["det", "nummod", "nsubj", "ROOT", "amod", "dobj"]),
    (["Talks", "are", "held", "today", "on", "Gaza"], [2, 4, 4, 2, 4, 1], ["nsubjpass", "dep", "dep", "npadvmod", "ROOT", "pobj"]),
]


@pytest.mark.parametrize(("words", "heads", "deps"), PARSES)
def test_children_of_lists_the_children_spacy_yields_in_the_same_order(words, heads, deps):
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    for tok in doc:
        assert [c.i for c in children_of(tok)] == [c.i for c in tok.children]
    clear_scopes(doc)


def test_children_table_reads_negative_head_offsets():
    doc = Doc(Vocab(), words=["Ministers", "from", "Chad", "met"], heads=[3, 0, 1, 3], deps=["nsubj", "prep", "pobj", "ROOT"])
    table = children_table(doc)
    assert [[c.text for c in kids] for kids in table] == [["from"], ["Chad"], [], ["Ministers"]]


def test_children_of_is_memoised_on_the_doc_until_the_scopes_are_cleared():
    doc = Doc(Vocab(), words=["Xi", "met", "Biden"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    first = children_of(doc[1])
    assert children_of(doc[1]) is first
    clear_scopes(doc)
    assert not any(isinstance(key, str) and key.startswith("geoextract_meeting") for key in doc.user_data)
    assert children_of(doc[1]) is not first


def test_children_of_an_unparsed_doc_is_empty():
    doc = Doc(Vocab(), words=["Xi", "met", "Biden"])
    assert [children_of(tok) for tok in doc] == [[], [], []]
    clear_scopes(doc)


def _parsed(words: list[str], heads: list[int], deps: list[str], ents: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, ents=ents)


def test_conjuncts_read_a_list_whose_second_name_the_parser_hung_on_the_title():
    from geoextract.components.meeting_syntax import conjuncts

    # "Presidents Ada Obi of Chad, Ben Ngozi Ike Eze of Niger and Cy Ola of Mali": the four-word
    # name hangs on "Presidents" as an adverbial, the third name on the second
    words = ["Presidents", "Ada", "Obi", "of", "Chad", ",", "Ben", "Ngozi", "Ike", "Eze", "of", "Niger", "and", "Cy", "Ola", "of", "Mali"]
    heads = [0, 2, 0, 2, 3, 4, 7, 0, 9, 7, 9, 10, 9, 14, 9, 14, 15]
    deps = ["ROOT", "compound", "appos", "prep", "pobj", "punct", "compound", "npadvmod", "compound", "appos", "prep", "pobj",
            "cc", "compound", "conj", "prep", "pobj"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "B-GPE", "O",
            "B-PERSON", "I-PERSON", "O", "B-GPE"]
    doc = _parsed(words, heads, deps, ents)
    assert [t.text for t in conjuncts(doc[2])] == ["Obi"]  # no adverbial of its own
    assert [t.text for t in conjuncts(doc[0])] == ["Presidents", "Ngozi", "Eze", "Ola"]
    clear_scopes(doc)
    # an adverbial name with no apposition before it is no list item ("Leaders Monday Ada Obi ...")
    doc = _parsed(["Presidents", "Ada", "Obi", "said"], [3, 2, 0, 3], ["nsubj", "compound", "npadvmod", "ROOT"],
                  ["O", "B-PERSON", "I-PERSON", "O"])
    assert [t.text for t in conjuncts(doc[0])] == ["Presidents"]
    clear_scopes(doc)


def test_conjuncts_read_a_list_the_parser_hung_on_the_last_name_as_a_compound():
    from geoextract.components.meeting_syntax import conjuncts
    from geoextract.components.meeting_together import people_in

    # "Obi, Eze, Chad's Emir Ola and President Ada Ike signed": the parser makes "Obi" (with
    # the rest of the list as its conjuncts) a compound of the last name
    words = ["Obi", ",", "Eze", ",", "Chad", "'s", "Emir", "Ola", "and", "President", "Ada", "Ike", "signed"]
    heads = [11, 0, 0, 2, 7, 4, 7, 2, 7, 7, 11, 12, 12]
    deps = ["compound", "punct", "conj", "punct", "poss", "case", "compound", "conj", "cc", "conj", "compound", "nsubj", "ROOT"]
    ents = ["B-PERSON", "O", "B-PERSON", "O", "B-GPE", "O", "O", "B-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O"]
    doc = _parsed(words, heads, deps, ents)
    assert [t.text for t in conjuncts(doc[11])] == ["Obi", "Eze", "Ola", "President", "Ike"]
    assert people_in(doc[11]) == 4
    clear_scopes(doc)
    # a part of the name itself is no list ("Ada" in "Ada Ike", even with a stray conjunct)
    heads = [11, 0, 0, 2, 7, 4, 7, 2, 7, 7, 11, 12, 12]
    doc = _parsed(["Obi", ",", "Eze", ",", "Chad", "'s", "Emir", "Ola", "and", "President", "Ada", "Ike", "signed"], heads, deps,
                  ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON",
                   "I-PERSON", "I-PERSON", "I-PERSON", "O"])
    assert [t.text for t in conjuncts(doc[11])] == ["Ike"]
    clear_scopes(doc)


def test_a_possessive_binds_no_coargument_but_a_personal_pronoun_does():
    from geoextract.components.meeting_mentions import coarguments

    # "Lula on his trip was received by Ada": "his" may be Lula; "Lula received him": "him" is not
    words = ["Lula", "on", "his", "trip", "was", "received", "by", "Ada"]
    heads = [5, 5, 3, 1, 5, 5, 5, 6]
    deps = ["nsubjpass", "prep", "poss", "pobj", "auxpass", "ROOT", "agent", "pobj"]
    doc = _parsed(words, heads, deps, ["B-PERSON", "O", "O", "O", "O", "O", "O", "B-PERSON"])
    assert coarguments(doc[2]) == set()
    clear_scopes(doc)
    doc = _parsed(["Lula", "received", "him"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["B-PERSON", "O", "O"])
    assert coarguments(doc[2]) == {0}
    clear_scopes(doc)


def test_people_in_count_a_list_the_parser_hung_on_the_first_title():
    from geoextract.components.meeting_together import people_in

    # "Foreign Minister Ada Obi and envoy Ben Eze spoke": the parser makes Obi an apposition of
    # "Minister" and Eze one of Obi; both are people of the subject
    words = ["Foreign", "Minister", "Ada", "Obi", "and", "envoy", "Ben", "Eze", "spoke"]
    heads = [1, 8, 3, 1, 3, 3, 7, 3, 8]
    deps = ["compound", "nsubj", "compound", "appos", "cc", "conj", "compound", "appos", "ROOT"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O"]
    doc = _parsed(words, heads, deps, ents)
    assert people_in(doc[1]) == 2
    clear_scopes(doc)


def test_a_list_hung_on_the_last_name_with_its_second_item_as_an_adverbial():
    from geoextract.components.meeting_syntax import conjuncts
    from geoextract.components.meeting_together import people_in

    # "Ada Obi, Ben Eze, Cy Ola and Dan Ike signed": the parser makes Obi a modifier of Ike, Eze an
    # adverbial of Obi (after a comma) and Ola Eze's conjunct
    words = ["Ada", "Obi", ",", "Ben", "Eze", ",", "Cy", "Ola", "and", "Dan", "Ike", "signed"]
    heads = [1, 10, 1, 4, 1, 4, 7, 4, 7, 10, 11, 11]
    deps = ["compound", "amod", "punct", "compound", "npadvmod", "punct", "compound", "conj", "cc", "compound", "nsubj", "ROOT"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"]
    doc = _parsed(words, heads, deps, ents)
    assert [t.text for t in conjuncts(doc[10])] == ["Obi", "Eze", "Ola", "Ike"]
    assert people_in(doc[10]) == 4
    clear_scopes(doc)
    # guard: a name hung on a name with no comma between them and no list after it is no item
    words = ["Ada", "Obi", "Ben", "Eze", "signed"]
    doc = _parsed(words, [1, 4, 3, 1, 4], ["compound", "nsubj", "compound", "npadvmod", "ROOT"], ["B-PERSON", "I-PERSON", "B-PERSON", "I-PERSON", "O"])
    assert [t.text for t in conjuncts(doc[1])] == ["Obi"]
    clear_scopes(doc)
