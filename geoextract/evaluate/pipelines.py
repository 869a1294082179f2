"""Pipelines under evaluation: geoextract's, and the bare base it is built on."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError
from spacy.language import Language

from ..errors import Errors, GeoExtractValueError
from ..results import Document
from .gold import GoldDocument, read_gold
from .gold_report import GoldReport
from .gold_score import score_gold


def load_base_pipeline(base: str | Path | None = None) -> Language:
    """Load the base spaCy pipeline that ``geoextract.load(base)`` builds on, without geoextract.

    Args:
        base: Name or path of a spaCy pipeline; None picks the same default as ``load()``.

    Raises:
        BaseModelNotFoundError: no base pipeline could be loaded.

    Example:
        >>> nlp = load_base_pipeline()  # doctest: +SKIP
        >>> "geoextract_actor_ruler" in nlp.pipe_names  # doctest: +SKIP
        False
    """
    from ..api import _load_base
    from ..extensions import install_extensions

    install_extensions()
    return _load_base(base)


def load_geoextract_pipeline(
    base: str | Path | None = None, *, kb_paths: Sequence[str] = ()
) -> Language:
    """Load the geoextract pipeline (``geoextract.load``) with optional extra KB files.

    Example:
        >>> nlp = load_geoextract_pipeline()  # doctest: +SKIP
    """
    from ..api import load

    return load(base, kb_paths=list(kb_paths)) if kb_paths else load(base)


def predict_gold(
    nlp: Language, gold_docs: Sequence[GoldDocument], *, batch_size: int = 8
) -> list[Document]:
    """Run a pipeline over the gold texts (with their ids and dates) and return Documents.

    A bare base pipeline works too: each of its ``doc.ents`` becomes an unlinked entity.

    Example:
        >>> docs = predict_gold(load_geoextract_pipeline(), read_gold("gold.jsonl"))  # doctest: +SKIP
    """
    from ..api import extract_many

    records = [
        {"id": doc.id, "text": doc.text, "date": doc.date.isoformat() if doc.date else None}
        for doc in gold_docs
    ]
    return list(extract_many(records, nlp=nlp, batch_size=batch_size))


def read_predictions(path: str | Path) -> list[Document]:
    """Read geoextract Documents from a JSONL file (the output of ``geoextract annotate``).

    Lines that are error records (they carry an ``error`` field) are skipped: their gold
    documents are then reported as missing predictions.

    Raises:
        GeoExtractValueError: the file is unreadable (E504) or a line is not a Document (E508).

    Example:
        >>> docs = read_predictions("annotated.jsonl")  # doctest: +SKIP
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GeoExtractValueError(Errors.E504.format(path=path, err=e)) from e
    docs: list[Document] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if isinstance(data, dict) and "error" in data and "text" not in data:
                continue
            docs.append(Document.model_validate(data))
        except (json.JSONDecodeError, ValidationError) as e:
            raise GeoExtractValueError(Errors.E508.format(line=number, path=path, msg=e)) from e
    return docs


def evaluate_gold(
    path: str | Path,
    *,
    base: str | Path | None = None,
    kb_paths: Sequence[str] = (),
    predictions: str | Path | None = None,
    bare: bool = False,
) -> GoldReport:
    """Score geoextract (or saved predictions, or the bare base pipeline) on a gold file.

    Args:
        path: Gold ``.jsonl`` file (format in ``docs/evaluation.md``).
        base: Base spaCy pipeline for geoextract (name or path).
        kb_paths: Extra KB files for the pipeline.
        predictions: Score these saved Documents (JSONL) instead of running a pipeline.
        bare: Score the bare base pipeline instead of geoextract (entities only).

    Returns:
        The :class:`~geoextract.evaluate.gold_report.GoldReport`.

    Raises:
        GeoExtractValueError: a malformed gold or predictions file, or a missing prediction.

    Example:
        >>> report = evaluate_gold("../shared/data/dev/gold.jsonl")  # doctest: +SKIP
        >>> report.person_recall  # doctest: +SKIP
        0.95
    """
    gold_docs = read_gold(path)
    if predictions is not None:
        pred_docs = read_predictions(predictions)
    else:
        nlp = (
            load_base_pipeline(base) if bare else load_geoextract_pipeline(base, kb_paths=kb_paths)
        )
        pred_docs = predict_gold(nlp, gold_docs)
    return score_gold(pred_docs, gold_docs)
