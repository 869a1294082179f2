"""Helpers the components share: finding the KB, span bookkeeping, document date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy import strings as _strings
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import carried_text, plain_span_extensions
from ..kb import KnowledgeBase

#: spaCy's string hash (``doc.vocab.strings[word]``, ``token.lower``), usable without a vocab;
#: spaCy's type stubs omit it.
hash_string: Callable[[str], int] = _strings.hash_string  # type: ignore[attr-defined]


def find_kb(nlp: Language | None) -> KnowledgeBase:
    """The KB held by the pipeline's actor ruler, else the shipped default KB."""
    if nlp is not None:
        for _, pipe in nlp.pipeline:
            kb = getattr(pipe, "kb", None)
            if isinstance(kb, KnowledgeBase) and getattr(pipe, "owns_kb", False):
                return kb
    return KnowledgeBase.default()


def doc_date(doc: Doc) -> dt.date | None:
    """The document date set by ``geoextract.api.make_doc`` (None when unknown)."""
    value = doc._.geo_date
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def set_span_attrs(span: Span, **attrs: Any) -> None:
    """Set ``span._.geo_*`` values (stored on the Doc, keyed by the span's offsets)."""
    if not plain_span_extensions():
        underscore = span._
        for key, value in attrs.items():
            setattr(underscore, f"geo_{key}", value)
        return
    # The key spaCy's Underscore uses for a span value: building the accessor object and
    # going through its checks costs more than the store itself.
    data: dict[Any, Any] = span.doc.user_data  # keys are tuples (spaCy's stubs say str)
    start, end = span.start_char, span.end_char
    for key, value in attrs.items():
        data[("._.", f"geo_{key}", start, end)] = value


def span_attr(span: Span, name: str) -> Any:
    """``span._.geo_<name>`` read straight from the Doc's store (None when unset)."""
    if not plain_span_extensions():
        return getattr(span._, f"geo_{name}")
    data: dict[Any, Any] = span.doc.user_data
    return data.get(("._.", f"geo_{name}", span.start_char, span.end_char))


def token_span(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]`` without spaCy's slice normalisation (a Python call per slice)
    when the bounds are already in order.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("one two three")
        >>> token_span(doc, 1, 3).text, token_span(doc, 2, 1).text
        ('two three', '')
    """
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


def set_doc_ents(doc: Doc, spans: Iterable[Span]) -> None:
    """``doc.ents = spans`` for non-overlapping Spans of ``doc``.

    The ``doc.ents`` setter rebuilds every Span it is given before calling ``set_ents``;
    Spans of this Doc already carry all it reads (label, KB id, span id, bounds).
    """
    doc.set_ents(list(spans), default="outside")


def filter_longest(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans, longest first, earlier first on ties (as spaCy's filter_spans)."""
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not taken.isdisjoint(range(span.start, span.end)):
            continue
        chosen.append(span)
        taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


def write_cfg(path: Path, cfg: dict[str, Any]) -> None:
    srsly.write_json(path / "cfg.json", cfg)


def read_cfg(path: Path) -> dict[str, Any]:
    cfg_path = path / "cfg.json"
    return dict(srsly.read_json(cfg_path)) if cfg_path.exists() else {}


class TextSlicer:
    """``slicer[start:end]`` is ``doc.text[start:end]`` without building the whole text."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = carried_text(doc)

    def __getitem__(self, item: slice) -> str:
        if self.text is not None:
            return self.text[item]
        span = self.doc.char_span(item.start, item.stop, alignment_mode="expand")
        if span is None:
            return self.doc.text[item]
        # Offsets inside a token (a trimmed possessive) need the exact characters.
        offset = span.start_char
        return span.text_with_ws[item.start - offset : item.stop - offset]
