"""Batch annotation of corpora: streaming readers, resumable output, local and dask engines.

The entry point is :func:`annotate_corpus` (what ``geoextract annotate`` calls):

    >>> from geoextract.batch import annotate_corpus
    >>> summary = annotate_corpus(["news.jsonl"], "news.annotated.jsonl", n_process=2)  # doctest: +SKIP

:func:`iter_records` reads the inputs alone; :func:`annotate_bag` and
:func:`annotate_dataframe` annotate dask collections on a cluster.
"""

from __future__ import annotations

from .corpus import annotate_corpus
from .dask_engine import annotate_bag, annotate_dataframe
from .readers import iter_records
from .records import InputRecord
from .summary import AnnotateSummary, StrictModeError

__all__ = [
    "AnnotateSummary",
    "InputRecord",
    "StrictModeError",
    "annotate_bag",
    "annotate_corpus",
    "annotate_dataframe",
    "iter_records",
]
