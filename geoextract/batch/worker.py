"""What runs where the pipeline lives: load it once per process, annotate one batch.

The same functions serve the local engine (in-process, or in spawned worker processes) and
the dask engine (on cluster workers), so a record gets the same result line on every engine.
A batch goes through ``nlp.pipe``; if the pipeline raises, the batch is retried one record
at a time so that only the record that fails becomes a "processing" error record.
"""

from __future__ import annotations

import gc
import json
import pickle
import threading
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..api import default_pipeline, load, make_doc
from ..conversion import doc_to_document
from ..errors import GeoExtractError
from ..results import Document, ErrorRecord
from .records import BatchItem, InputRecord, error_record

#: One output line (JSON, no newline) and the error code when the line is an error record.
ResultLine = tuple[str, str | None]


@dataclass(frozen=True)
class PipelineSpec:
    """How a worker gets its pipeline: by ``geoextract.load(base, **options)``, or by
    unpickling a pipeline object that the caller built.

    Example:
        >>> spec = PipelineSpec.from_options("en_core_web_sm", {"link_threshold": 0.9})
        >>> spec.base, spec.options
        ('en_core_web_sm', {'link_threshold': 0.9})
    """

    base: str | None = None
    options_json: str = "{}"
    pickled: bytes | None = None

    @classmethod
    def from_options(
        cls, base: object = None, options: Mapping[str, Any] | None = None
    ) -> PipelineSpec:
        """Describe ``geoextract.load(base, **options)``; options must be JSON-able."""
        return cls(
            base=None if base is None else str(base),
            options_json=json.dumps(dict(options or {}), sort_keys=True, default=str),
        )

    @classmethod
    def from_nlp(cls, nlp: Language) -> PipelineSpec:
        """Ship a pipeline object to workers by pickling it (its components must pickle)."""
        return cls(pickled=pickle.dumps(nlp, protocol=pickle.HIGHEST_PROTOCOL))

    @property
    def options(self) -> dict[str, Any]:
        """The options for ``geoextract.load()``."""
        return dict(json.loads(self.options_json))

    def load(self) -> Language:
        """Build the pipeline this spec describes (no cache; see ``get_pipeline``)."""
        if self.pickled is not None:
            nlp: Language = pickle.loads(self.pickled)
            return nlp
        if self.base is None and not self.options:
            return default_pipeline()
        return load(self.base, **self.options)


_pipelines: dict[PipelineSpec, Language] = {}
_pipelines_lock = threading.Lock()
# spaCy components are not documented as thread-safe; a dask worker with several threads
# shares one pipeline, so calls into it are serialised (the work is GIL-bound anyway).
_nlp_locks: weakref.WeakKeyDictionary[Language, threading.Lock] = weakref.WeakKeyDictionary()

#: Documents a loaded pipeline annotates outside memory zones before its batches get zones.
#: spaCy keeps nothing a zone adds: neither the words' lexemes nor its tokenizer cache, which
#: it does not even fill inside a zone. With every batch in a zone, the commonest words of the
#: language would be made and tokenised again on every batch. The first documents, outside
#: any zone, leave those words in the vocabulary for the rest of the run; later zones free
#: only what is new to them, so memory stays flat.
PRIME_DOCS = 1024
_primed: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()


def priming(nlp: Language) -> bool:
    """True while ``nlp`` has annotated fewer than :data:`PRIME_DOCS` documents outside zones."""
    with _pipelines_lock:
        return _primed.get(nlp, 0) < PRIME_DOCS


def count_primed(nlp: Language, docs: int) -> None:
    """Record ``docs`` more documents annotated by ``nlp`` outside memory zones."""
    with _pipelines_lock:
        _primed[nlp] = _primed.get(nlp, 0) + docs


def get_pipeline(spec: PipelineSpec) -> Language:
    """Return this process's pipeline for ``spec``, loading it on first use only.

    Example:
        >>> get_pipeline(PipelineSpec()) is get_pipeline(PipelineSpec())  # doctest: +SKIP
        True
    """
    with _pipelines_lock:
        nlp = _pipelines.get(spec)
        if nlp is None:
            nlp = spec.load()
            _pipelines[spec] = nlp
        return nlp


def _lock_for(nlp: Language) -> threading.Lock:
    with _pipelines_lock:
        lock = _nlp_locks.get(nlp)
        if lock is None:
            lock = _nlp_locks[nlp] = threading.Lock()
        return lock


def _doc_for(nlp: Language, record: InputRecord) -> Doc:
    return make_doc(nlp, record.text, date=record.date, doc_id=record.id)


def _processing_error(record: InputRecord, err: Exception) -> ErrorRecord:
    return error_record(
        "processing",
        f"{record.source}, record {record.id!r}: the pipeline failed on this text "
        f"({type(err).__name__}: {err}). Please report it with the text.",
        position=record.position,
        source=record.source,
        record_id=record.id,
    )


def annotate_items(
    nlp: Language, items: Sequence[BatchItem], *, batch_size: int = 64, memory_zone: bool = True
) -> list[Document | ErrorRecord]:
    """Annotate one batch; error records pass through, and every item gives one result.

    Args:
        nlp: The pipeline (any spaCy ``Language``; geoextract's for real results).
        items: Validated records and error records, in order.
        batch_size: ``nlp.pipe`` batch size.
        memory_zone: Run the batch in its own ``nlp.memory_zone()`` (once the pipeline has
            annotated its first :data:`PRIME_DOCS` documents); False when the caller holds a
            zone over several batches.

    Returns:
        One ``Document`` or ``ErrorRecord`` per item, in the same order.

    Example:
        >>> import spacy
        >>> from geoextract.batch.records import validate_record, Fields
        >>> rec = validate_record({"text": "Hi."}, position=0, index=0, source="s", source_stem="s", fields=Fields())
        >>> annotate_items(spacy.blank("en"), [rec])[0].id
        's:0'
    """
    if not memory_zone:
        return _annotate_items(nlp, items, batch_size)
    if priming(nlp):  # the first documents leave the common words in the vocab (PRIME_DOCS)
        count_primed(nlp, len(items))
        return _annotate_items(nlp, items, batch_size)
    # A memory zone frees the strings this batch adds to the vocab once the batch is done,
    # so a long run over millions of articles keeps a constant memory footprint.
    with nlp.memory_zone():
        return _annotate_items(nlp, items, batch_size)


def _annotate_items(
    nlp: Language, items: Sequence[BatchItem], batch_size: int
) -> list[Document | ErrorRecord]:
    results: list[Document | ErrorRecord | None] = [None] * len(items)
    todo: list[tuple[int, InputRecord]] = []
    for i, item in enumerate(items):
        if isinstance(item, ErrorRecord):
            results[i] = item
        elif len(item.text) > nlp.max_length:
            results[i] = error_record(
                "oversized",
                f"{item.source}, record {item.id!r}: the text has {len(item.text)} characters, "
                f"more than the pipeline's max_length ({nlp.max_length}). Split the document "
                "or raise nlp.max_length.",
                position=item.position,
                source=item.source,
                record_id=item.id,
            )
        else:
            todo.append((i, item))
    try:
        docs = (_doc_for(nlp, record) for _, record in todo)
        for (i, _), doc in zip(todo, nlp.pipe(docs, batch_size=batch_size), strict=True):
            results[i] = doc_to_document(doc)
    except Exception:
        # Docs a failed nlp.pipe call half-annotated cannot be reused: each record still
        # without a result starts again from its text, alone.
        for i, record in todo:
            if results[i] is not None:
                continue
            try:
                results[i] = doc_to_document(nlp(_doc_for(nlp, record)))
            except Exception as e:
                results[i] = _processing_error(record, e)
    return [r for r in results if r is not None]


def annotate_to_lines(
    nlp: Language, items: Sequence[BatchItem], *, batch_size: int = 64, memory_zone: bool = True
) -> list[ResultLine]:
    """Annotate one batch into JSON lines (serialised where the work is done).

    ``memory_zone``: as for :func:`annotate_items`.

    Example:
        >>> import spacy
        >>> annotate_to_lines(spacy.blank("en"), [])
        []
    """
    with _lock_for(nlp):
        results = annotate_items(nlp, items, batch_size=batch_size, memory_zone=memory_zone)
    return [(r.model_dump_json(), r.code if isinstance(r, ErrorRecord) else None) for r in results]


def run_task(
    pipeline: PipelineSpec | Language, items: Sequence[BatchItem], batch_size: int
) -> list[ResultLine]:
    """A batch task for a worker that holds (or caches) the pipeline: the dask engine's task."""
    nlp = pipeline if isinstance(pipeline, Language) else get_pipeline(pipeline)
    return annotate_to_lines(nlp, items, batch_size=batch_size)


# --- worker processes of the local engine -------------------------------------------------

_process_nlp: Language | None = None
_process_error: BaseException | None = None


def init_process(spec: PipelineSpec) -> None:
    """Pool initializer: load the pipeline once per worker process.

    A failure is kept and raised by the first task, so the caller sees the real error
    (a missing base pipeline, say) instead of a broken pool.
    """
    global _process_nlp, _process_error
    try:
        _process_nlp = get_pipeline(spec)
    except BaseException as e:
        _process_error = e
    # The worker lives for the run: its pipeline and KB never become garbage, so full
    # collections need not walk them (see geoextract._gc.frozen_heap).
    gc.freeze()


def process_task(items: Sequence[BatchItem], batch_size: int) -> list[ResultLine]:
    """A batch task for a local worker process set up by ``init_process``."""
    if _process_nlp is None:
        if isinstance(_process_error, GeoExtractError | ImportError | OSError):
            raise _process_error
        raise RuntimeError(f"the worker could not load its pipeline: {_process_error!r}")
    return annotate_to_lines(_process_nlp, items, batch_size=batch_size)
