from __future__ import annotations

import pytest

from geoextract.errors import GeoExtractValueError
from geoextract.evaluate.conll import Span, read_conll, spans_to_bio, tags_to_spans, write_conll
from geoextract.evaluate.crossner import CROSSNER_TO_CONLL, convert_crossner, convert_tag


def test_bio_and_iob1_tags_decode_to_the_same_spans():
    bio = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"]
    iob1 = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-LOC"]
    expected = [Span(0, 2, "PER"), Span(3, 4, "LOC"), Span(4, 6, "LOC")]
    assert tags_to_spans(bio) == expected
    assert tags_to_spans(iob1) == expected


def test_type_change_inside_i_tags_starts_a_new_span():
    assert tags_to_spans(["I-ORG", "I-LOC", "I-LOC"]) == [Span(0, 1, "ORG"), Span(1, 3, "LOC")]


def test_spans_to_bio_round_trips():
    spans = [Span(0, 2, "PER"), Span(2, 3, "PER"), Span(4, 5, "MISC")]
    assert tags_to_spans(spans_to_bio(spans, 6)) == spans


def test_unknown_tag_prefix_is_an_error():
    with pytest.raises(GeoExtractValueError, match="E505"):
        tags_to_spans(["S-PER"])


def test_reader_splits_documents_on_docstart_and_reads_iob1(data_dir):
    docs = read_conll(data_dir / "eval_conll_iob1.txt")
    assert len(docs) == 2
    first, second = docs
    assert first.text == "Annalena Baerbock met Antony Blinken in Berlin . NATO sent envoys ."
    assert first.sentence_starts == [0, 8]
    assert [(s.start, s.end, s.label) for s in first.spans] == [
        (0, 2, "PER"),
        (3, 5, "PER"),
        (6, 7, "LOC"),
        (8, 9, "ORG"),
    ]
    assert [(s.start, s.end, s.label) for s in second.spans] == [(0, 1, "LOC"), (1, 2, "LOC")]


def test_token_offsets_index_the_rebuilt_text(data_dir):
    doc = read_conll(data_dir / "eval_conll_iob1.txt")[0]
    assert [doc.text[s:e] for s, e in doc.offsets] == doc.tokens


def test_spans_do_not_cross_sentence_boundaries(tmp_path):
    path = tmp_path / "x.conll"
    path.write_text("Paris I-LOC\n\nLondon I-LOC\n", encoding="utf-8")
    doc = read_conll(path)[0]
    assert [(s.start, s.end) for s in doc.spans] == [(0, 1), (1, 2)]


def test_files_without_docstart_are_grouped_by_sentence_count(tmp_path):
    path = tmp_path / "x.conll"
    write_conll(path, [[(f"w{i}", "O")] for i in range(5)])
    docs = read_conll(path, doc_sentences=2)
    assert [len(d.sentence_starts) for d in docs] == [2, 2, 1]
    assert docs[2].text == "w4"


def test_reader_names_the_line_of_a_missing_tag(tmp_path):
    path = tmp_path / "bad.conll"
    path.write_text("Paris B-LOC\nLondon\n", encoding="utf-8")
    with pytest.raises(GeoExtractValueError, match=r"E503.*line 2"):
        read_conll(path)


def test_reader_rejects_bad_tag_and_empty_file(tmp_path):
    bad = tmp_path / "bad.conll"
    bad.write_text("Paris X-LOC\n", encoding="utf-8")
    with pytest.raises(GeoExtractValueError, match=r"E503.*line 1.*E505"):
        read_conll(bad)
    empty = tmp_path / "empty.conll"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(GeoExtractValueError, match="E502"):
        read_conll(empty)
    with pytest.raises(GeoExtractValueError, match="E504"):
        read_conll(tmp_path / "missing.conll")
    with pytest.raises(GeoExtractValueError, match="E506"):
        read_conll(empty, doc_sentences=0)


def test_crossner_tags_map_to_conll_types():
    assert convert_tag("B-politician") == "B-PER"
    assert convert_tag("I-politicalparty") == "I-ORG"
    assert convert_tag("B-country") == "B-LOC"
    assert convert_tag("B-election") == "B-MISC"
    assert convert_tag("O") == "O"
    assert set(CROSSNER_TO_CONLL.values()) == {"PER", "LOC", "ORG", "MISC"}


def test_crossner_converter_writes_a_readable_conll_file(data_dir, tmp_path):
    target = tmp_path / "sub" / "politics.conll"
    assert convert_crossner(data_dir / "eval_crossner.txt", target) == 2
    docs = read_conll(target)
    assert len(docs) == 1
    labelled = [(" ".join(docs[0].tokens[s.start : s.end]), s.label) for s in docs[0].spans]
    assert labelled == [
        ("Angela Merkel", "PER"),
        ("Christian Democratic Union", "ORG"),
        ("2005 German federal election", "MISC"),
        ("Japan", "LOC"),
        ("Osaka", "LOC"),
        ("Kofi Annan", "PER"),
        ("United Nations", "ORG"),
        ("G7 summit", "MISC"),
        ("European", "MISC"),
    ]


def test_crossner_converter_names_line_of_unknown_label(tmp_path):
    source = tmp_path / "x.txt"
    source.write_text("Paris\tB-location\nAspirin\tB-chemical\n", encoding="utf-8")
    with pytest.raises(GeoExtractValueError, match=r"line 2.*chemical"):
        convert_crossner(source, tmp_path / "out.conll")
