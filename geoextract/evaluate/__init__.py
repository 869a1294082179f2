"""Measure geoextract: NER on CoNLL column files, and the whole pipeline on gold documents.

Example:
    >>> from geoextract.evaluate import read_gold, score_gold
    >>> from geoextract.results import Document
    >>> gold = read_gold("../shared/data/dev/gold.jsonl")  # doctest: +SKIP
    >>> report = score_gold([Document(id=g.id, text=g.text) for g in gold], gold)  # doctest: +SKIP
    >>> report.person_recall  # doctest: +SKIP
    0.0
"""

from __future__ import annotations

from .actors import (
    ActorReport,
    ActorSentence,
    GoldActor,
    evaluate_actors,
    read_actor_sentences,
    score_actors,
)
from .align import Alignment, align_entities
from .conll import ConllDocument, Span, read_conll, tags_to_spans
from .crossner import CROSSNER_TO_CONLL, convert_crossner
from .gold import GoldDocument, GoldEntity, GoldMeeting, GoldNormalisation, GoldRole, read_gold
from .gold_report import TARGETS, EvalError, GoldReport
from .gold_score import score_gold
from .metrics import PRF, token_f1
from .ner import LABEL_MAP, NerReport, NerScores, evaluate_ner, score_ner
from .pipelines import evaluate_gold, load_base_pipeline, predict_gold, read_predictions

__all__ = [
    "ActorReport",
    "ActorSentence",
    "GoldActor",
    "evaluate_actors",
    "read_actor_sentences",
    "score_actors",
    "CROSSNER_TO_CONLL",
    "LABEL_MAP",
    "PRF",
    "TARGETS",
    "Alignment",
    "ConllDocument",
    "EvalError",
    "GoldDocument",
    "GoldEntity",
    "GoldMeeting",
    "GoldNormalisation",
    "GoldReport",
    "GoldRole",
    "NerReport",
    "NerScores",
    "Span",
    "align_entities",
    "convert_crossner",
    "evaluate_gold",
    "evaluate_ner",
    "load_base_pipeline",
    "predict_gold",
    "read_conll",
    "read_gold",
    "read_predictions",
    "score_gold",
    "score_ner",
    "tags_to_spans",
    "token_f1",
]
