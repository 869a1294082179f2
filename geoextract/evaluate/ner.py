"""NER accuracy on CoNLL column files: the geoextract pipeline against its bare base pipeline.

Label mapping (spaCy/OntoNotes -> CoNLL): PERSON -> PER; GPE, LOC, FAC -> LOC; ORG -> ORG;
NORP, EVENT, LAW, PRODUCT, WORK_OF_ART, LANGUAGE -> MISC; numeric and temporal labels (DATE,
TIME, MONEY, PERCENT, QUANTITY, ORDINAL, CARDINAL) are not scored.

What is scored for geoextract is what users get: the mentions of the ``Document`` entities,
labelled with their entity's label. geoextract's Document holds actors only, so the
non-actor MISC labels (EVENT, LAW, PRODUCT, WORK_OF_ART, LANGUAGE) are taken from the
pipeline's ``doc.ents`` where they overlap no Document mention. The base pipeline is scored
on its ``doc.ents``. Predicted character spans are projected onto the gold tokens (a span
covers every token it touches); overlapping spans keep the longest. Scores are exact span
match (start, end and type), per type and micro-averaged over PER+LOC+ORG.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, computed_field
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import Errors, GeoExtractValueError
from .conll import DEFAULT_DOC_SENTENCES, ConllDocument, Span, read_conll
from .metrics import PRF

#: spaCy label -> CoNLL type; labels not listed are ignored.
LABEL_MAP: dict[str, str] = {
    "PERSON": "PER",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "ORG": "ORG",
    "NORP": "MISC",
    "EVENT": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LANGUAGE": "MISC",
}
#: MISC labels that geoextract's Document does not model, taken from ``doc.ents``.
NON_ACTOR_LABELS: frozenset[str] = frozenset({"EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"})
NER_TYPES: tuple[str, ...] = ("PER", "LOC", "ORG", "MISC")
MICRO_TYPES: tuple[str, ...] = ("PER", "LOC", "ORG")

CharSpan = tuple[int, int, str]


def map_label(label: str) -> str | None:
    """CoNLL type of a spaCy label, or None when the label is not scored.

    Example:
        >>> map_label("GPE"), map_label("DATE")
        ('LOC', None)
    """
    return LABEL_MAP.get(label)


def project_spans(char_spans: Iterable[CharSpan], offsets: Sequence[tuple[int, int]]) -> list[Span]:
    """Project labelled character spans onto tokens; keep the longest of overlapping spans.

    Args:
        char_spans: ``(start_char, end_char, conll_type)`` triples.
        offsets: Character offsets of the gold tokens.

    Returns:
        Token spans, sorted by start.

    Example:
        >>> project_spans([(0, 5, "LOC"), (2, 9, "PER")], [(0, 5), (6, 9)])
        [Span(start=0, end=2, label='PER')]
    """
    projected: list[Span] = []
    for start_char, end_char, label in char_spans:
        covered = [i for i, (s, e) in enumerate(offsets) if e > start_char and s < end_char]
        if covered:
            projected.append(Span(covered[0], covered[-1] + 1, label))
    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(projected, key=lambda sp: (-(sp.end - sp.start), sp.start)):
        tokens = set(range(span.start, span.end))
        if tokens & taken:
            continue
        taken |= tokens
        kept.append(span)
    return sorted(kept, key=lambda sp: sp.start)


def doc_char_spans(doc: Doc, labels: Iterable[str] | None = None) -> list[CharSpan]:
    """Mapped character spans of ``doc.ents`` (optionally only some spaCy labels)."""
    wanted = None if labels is None else set(labels)
    spans: list[CharSpan] = []
    for ent in doc.ents:
        conll = map_label(ent.label_)
        if conll is not None and (wanted is None or ent.label_ in wanted):
            spans.append((ent.start_char, ent.end_char, conll))
    return spans


def geoextract_char_spans(doc: Doc) -> list[CharSpan]:
    """Mapped character spans of what geoextract returns for a processed Doc.

    The mentions of the Document entities, plus non-actor MISC entities of ``doc.ents`` that
    overlap none of them.
    """
    from ..conversion import doc_to_document

    document = doc_to_document(doc)
    spans: list[CharSpan] = []
    for ent in document.entities:
        conll = map_label(ent.label)
        if conll is not None:
            spans.extend((m.start, m.end, conll) for m in ent.mentions)
    for start, end, conll in doc_char_spans(doc, NON_ACTOR_LABELS):
        if all(end <= s or start >= e for s, e, _ in spans):
            spans.append((start, end, conll))
    return spans


class NerScores(BaseModel):
    """Exact-match scores of one system: per type and micro over PER+LOC+ORG."""

    model_config = ConfigDict(extra="ignore")

    system: str
    per_type: dict[str, PRF] = Field(default_factory=lambda: {t: PRF() for t in NER_TYPES})

    @computed_field  # type: ignore[prop-decorator]
    @property
    def micro(self) -> PRF:
        total = PRF()
        for label in MICRO_TYPES:
            total = total + self.per_type.get(label, PRF())
        return total


class NerReport(BaseModel):
    """Scores of every system on one file."""

    model_config = ConfigDict(extra="ignore")

    path: str
    documents: int
    tokens: int
    systems: list[NerScores] = Field(default_factory=list)


def score_ner(
    gold_docs: Sequence[ConllDocument],
    predicted: Sequence[Sequence[Span]],
    *,
    system: str = "system",
) -> NerScores:
    """Exact span match of predicted token spans against the gold spans, per type.

    Args:
        gold_docs: Documents from :func:`~geoextract.evaluate.conll.read_conll`.
        predicted: For each document, its predicted spans (CoNLL types PER/LOC/ORG/MISC).
        system: Name shown in reports.

    Returns:
        The per-type counts (precision, recall and F1 are computed fields).

    Example:
        >>> from geoextract.evaluate.conll import ConllDocument
        >>> gold = ConllDocument(tokens=["Kerry", "spoke"], tags=["B-PER", "O"], sentence_starts=[0])
        >>> score_ner([gold], [[Span(0, 1, "PER")]]).per_type["PER"].f1
        1.0
    """
    scores = NerScores(system=system)
    for gold_doc, pred_spans in zip(gold_docs, predicted, strict=True):
        gold_set = Counter((s.start, s.end, s.label) for s in gold_doc.spans)
        pred_set = Counter((s.start, s.end, s.label) for s in pred_spans)
        for label in sorted({k[2] for k in gold_set} | {k[2] for k in pred_set}):
            g = Counter({k: n for k, n in gold_set.items() if k[2] == label})
            p = Counter({k: n for k, n in pred_set.items() if k[2] == label})
            counts = PRF(tp=sum((g & p).values()), n_pred=sum(p.values()), n_gold=sum(g.values()))
            scores.per_type[label] = scores.per_type.get(label, PRF()) + counts
    return scores


def predict_spans(
    nlp: Language, gold_docs: Sequence[ConllDocument], *, geoextract: bool, batch_size: int = 16
) -> list[list[Span]]:
    """Run a pipeline over the rebuilt texts and project its entities onto the gold tokens."""
    from ..api import make_doc

    docs = (make_doc(nlp, gold.text) for gold in gold_docs)
    result: list[list[Span]] = []
    for gold, doc in zip(gold_docs, nlp.pipe(docs, batch_size=batch_size), strict=True):
        char_spans = geoextract_char_spans(doc) if geoextract else doc_char_spans(doc)
        result.append(project_spans(char_spans, gold.offsets))
    return result


def evaluate_ner(
    path: str | Path,
    *,
    base: str | None = None,
    limit: int | None = None,
    doc_sentences: int = DEFAULT_DOC_SENTENCES,
    kb_paths: Sequence[str] = (),
) -> NerReport:
    """Score the bare base pipeline and the geoextract pipeline on a CoNLL column file.

    Args:
        path: CoNLL-2003-style column file (BIO or IOB1).
        base: Base spaCy pipeline (name or path); the default base when None.
        limit: Score only the first ``limit`` documents.
        doc_sentences: Sentences per document for files without ``-DOCSTART-``.
        kb_paths: Extra KB files for the geoextract pipeline.

    Returns:
        A :class:`NerReport` with the base system first, geoextract second.

    Raises:
        GeoExtractValueError: the file is unreadable or malformed, or its types are not
            PER/LOC/ORG/MISC (E510).
        BaseModelNotFoundError: the base pipeline cannot be loaded.

    Example:
        >>> report = evaluate_ner("dev.conll", limit=20)  # doctest: +SKIP
        >>> report.systems[1].micro.f1  # doctest: +SKIP
        0.71
    """
    from .pipelines import load_base_pipeline, load_geoextract_pipeline

    gold_docs = read_conll(path, doc_sentences=doc_sentences)
    foreign = sorted({span.label for doc in gold_docs for span in doc.spans} - set(NER_TYPES))
    if foreign:
        raise GeoExtractValueError(Errors.E510.format(path=path, labels=", ".join(foreign)))
    if limit is not None:
        gold_docs = gold_docs[:limit]
    report = NerReport(
        path=str(path), documents=len(gold_docs), tokens=sum(len(d.tokens) for d in gold_docs)
    )
    base_nlp = load_base_pipeline(base)
    report.systems.append(
        score_ner(gold_docs, predict_spans(base_nlp, gold_docs, geoextract=False), system="base")
    )
    del base_nlp
    geo_nlp = load_geoextract_pipeline(base, kb_paths=kb_paths)
    report.systems.append(
        score_ner(
            gold_docs, predict_spans(geo_nlp, gold_docs, geoextract=True), system="geoextract"
        )
    )
    return report
