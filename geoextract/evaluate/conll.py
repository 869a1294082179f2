"""Read CoNLL-style column files (CoNLL-2003, CrossNER) into documents with character offsets.

Format: one token per line, the token in the first column and its tag in the last (columns
in between, such as CoNLL-2003's POS and chunk tags, are ignored); a blank line ends a
sentence; a ``-DOCSTART-`` line starts a new document. Tags are BIO or IOB1: one decoder
reads both, as conlleval does (a span starts at ``B-X``, or at ``I-X`` after a tag of another
type or ``O``). Files without ``-DOCSTART-`` (CrossNER) have no document boundaries, so their
sentences are grouped into documents of ``doc_sentences`` consecutive sentences.

The text of a document is its tokens joined by single spaces; each token keeps its
character offsets, so predicted character spans can be projected back onto the gold tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from ..errors import Errors, GeoExtractValueError

DOCSTART = "-DOCSTART-"

#: Sentences per document for files without ``-DOCSTART-`` lines.
DEFAULT_DOC_SENTENCES = 10


@dataclass(frozen=True)
class Span:
    """A labelled run of tokens ``[start, end)`` in one document."""

    start: int
    end: int
    label: str


@dataclass
class ConllDocument:
    """One document: tokens, their tags, sentence boundaries and the rebuilt text."""

    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The tokens joined by single spaces."""
        return " ".join(self.tokens)

    @property
    def offsets(self) -> list[tuple[int, int]]:
        """Character offsets ``(start, end)`` of each token in :attr:`text`."""
        result: list[tuple[int, int]] = []
        pos = 0
        for token in self.tokens:
            result.append((pos, pos + len(token)))
            pos += len(token) + 1
        return result

    @property
    def spans(self) -> list[Span]:
        """The gold entity spans decoded from the tags, sentence by sentence."""
        bounds = (
            [*self.sentence_starts, len(self.tokens)]
            if self.sentence_starts
            else [0, len(self.tokens)]
        )
        spans: list[Span] = []
        for start, end in pairwise(bounds):
            spans.extend(
                Span(span.start + start, span.end + start, span.label)
                for span in tags_to_spans(self.tags[start:end])
            )
        return spans


def split_tag(tag: str) -> tuple[str, str | None]:
    """Split a tag into its prefix (``B``, ``I`` or ``O``) and its type.

    Raises:
        GeoExtractValueError: the tag is neither ``O`` nor ``B-X`` / ``I-X``.

    Example:
        >>> split_tag("B-PER"), split_tag("O")
        (('B', 'PER'), ('O', None))
    """
    if tag == "O":
        return "O", None
    prefix, sep, label = tag.partition("-")
    if not sep or prefix not in ("B", "I") or not label:
        raise GeoExtractValueError(Errors.E505.format(tag=tag))
    return prefix, label


def tags_to_spans(tags: Iterable[str]) -> list[Span]:
    """Decode BIO or IOB1 tags into spans (conlleval's rules, so both schemes read alike).

    Example:
        >>> tags_to_spans(["I-PER", "I-PER", "B-PER", "O", "B-LOC", "I-ORG"])
        [Span(start=0, end=2, label='PER'), Span(start=2, end=3, label='PER'), Span(start=4, end=5, label='LOC'), Span(start=5, end=6, label='ORG')]
    """
    spans: list[Span] = []
    start: int | None = None
    current: str | None = None
    i = -1
    for i, tag in enumerate(tags):
        prefix, label = split_tag(tag)
        continues = prefix == "I" and label == current
        if current is not None and not continues and start is not None:
            spans.append(Span(start, i, current))
            start, current = None, None
        if label is not None and not continues:
            start, current = i, label
    if current is not None and start is not None:
        spans.append(Span(start, i + 1, current))
    return spans


def spans_to_bio(spans: Iterable[Span], n_tokens: int) -> list[str]:
    """Encode non-overlapping spans as BIO tags.

    Example:
        >>> spans_to_bio([Span(1, 3, "LOC")], 4)
        ['O', 'B-LOC', 'I-LOC', 'O']
    """
    tags = ["O"] * n_tokens
    for span in spans:
        tags[span.start] = f"B-{span.label}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{span.label}"
    return tags


def _sentences(lines: Iterable[str], path: Path) -> Iterator[tuple[bool, list[tuple[str, str]]]]:
    """Yield ``(starts_document, [(token, tag), ...])`` per sentence."""
    sentence: list[tuple[str, str]] = []
    new_doc = False
    for number, raw in enumerate(lines, start=1):
        columns = raw.split()
        if not columns:
            if sentence:
                yield new_doc, sentence
                sentence, new_doc = [], False
            continue
        if columns[0] == DOCSTART:
            if sentence:
                yield new_doc, sentence
                sentence = []
            new_doc = True
            continue
        if len(columns) < 2:
            raise GeoExtractValueError(
                Errors.E503.format(
                    path=path, line=number, field="tag", msg=f"no tag column after {columns[0]!r}"
                )
            )
        try:
            split_tag(columns[-1])
        except GeoExtractValueError as e:
            raise GeoExtractValueError(
                Errors.E503.format(path=path, line=number, field="tag", msg=str(e))
            ) from e
        sentence.append((columns[0], columns[-1]))
    if sentence:
        yield new_doc, sentence


def read_conll(
    path: str | Path, *, doc_sentences: int = DEFAULT_DOC_SENTENCES
) -> list[ConllDocument]:
    """Read a CoNLL column file into documents.

    Args:
        path: The column file (UTF-8).
        doc_sentences: Sentences per document when the file has no ``-DOCSTART-`` lines.

    Returns:
        The documents in file order.

    Raises:
        GeoExtractValueError: the file is missing, holds no sentence (E502), or a line has
            no tag or an unknown tag (E503, naming the line).

    Example:
        >>> docs = read_conll("train.conll")  # doctest: +SKIP
        >>> docs[0].text  # doctest: +SKIP
        'EU rejects German call to boycott British lamb .'
    """
    path = Path(path)
    if doc_sentences < 1:
        raise GeoExtractValueError(Errors.E506.format(value=doc_sentences))
    try:
        with path.open(encoding="utf-8") as f:
            sentences = list(_sentences(f, path))
    except (OSError, UnicodeDecodeError) as e:
        raise GeoExtractValueError(Errors.E504.format(path=path, err=e)) from e
    if not sentences:
        raise GeoExtractValueError(Errors.E502.format(path=path))
    has_docstart = any(starts for starts, _ in sentences)
    documents: list[ConllDocument] = []
    current = ConllDocument()
    for starts, sentence in sentences:
        full = len(current.sentence_starts) >= doc_sentences
        if current.tokens and ((has_docstart and starts) or (not has_docstart and full)):
            documents.append(current)
            current = ConllDocument()
        current.sentence_starts.append(len(current.tokens))
        for token, tag in sentence:
            current.tokens.append(token)
            current.tags.append(tag)
    if current.tokens:
        documents.append(current)
    return documents


def write_conll(path: str | Path, sentences: Iterable[list[tuple[str, str]]]) -> int:
    """Write sentences of ``(token, tag)`` pairs as a two-column file; return the sentence count.

    Example:
        >>> write_conll("out.conll", [[("Paris", "B-LOC")]])  # doctest: +SKIP
        1
    """
    count = 0
    with Path(path).open("w", encoding="utf-8") as f:
        for sentence in sentences:
            for token, tag in sentence:
                f.write(f"{token} {tag}\n")
            f.write("\n")
            count += 1
    return count
