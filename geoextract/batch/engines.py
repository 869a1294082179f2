"""Engines run batches of records through the pipeline and give the results back in order.

- ``LocalEngine``: ``n_process=1`` annotates in this process; ``n_process>1`` starts that many
  worker processes (``spawn``), each loading the pipeline once and running ``nlp.pipe`` on
  the batches it gets.
- ``DaskEngine`` (in ``dask_engine``): the same batches as tasks on a dask.distributed cluster.

Both keep a bounded number of batches in flight, so memory stays constant however large
the corpus, and both yield results in submission order, so output line ``n`` is input
record ``n``.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import nullcontext
from types import TracebackType
from typing import Any, Protocol

from spacy.language import Language

from .._gc import frozen_heap
from ..errors import Errors, GeoExtractError
from .records import BatchItem
from .worker import (
    PipelineSpec,
    ResultLine,
    annotate_to_lines,
    count_primed,
    init_process,
    priming,
    process_task,
)

Batch = list[BatchItem]

#: Batches the in-process engine annotates in one spaCy memory zone. Closing a zone frees
#: the strings it added, so memory stays flat on long runs; but every word first seen in a
#: zone (names, rare words) is made and tokenised again in the next one, so a zone per
#: batch repeats that work on every batch. The pipeline's first documents run with no zone
#: at all (``worker.PRIME_DOCS``), so that the common words are never redone.
ZONE_BATCHES = 16


class _FutureLike(Protocol):
    def result(self, timeout: float | None = None) -> Any: ...


class Engine(Protocol):
    """What ``annotate_corpus`` needs from an engine."""

    name: str
    #: Processes doing the annotation (known once the engine is entered).
    workers: int

    def __enter__(self) -> Engine: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def run(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[ResultLine]]]: ...


def _span(batch: Sequence[BatchItem]) -> tuple[int, int]:
    return batch[0].position if batch else 0, batch[-1].position if batch else 0


def ordered_results(
    batches: Iterable[Batch],
    submit: Callable[[Batch], _FutureLike],
    *,
    window: int,
    engine: str,
) -> Iterator[tuple[Batch, list[ResultLine]]]:
    """Submit batches with at most ``window`` in flight and yield results in order.

    Raises:
        GeoExtractError: E312 naming the records of the batch that failed (errors that
            geoextract raised on purpose, like a missing base pipeline, pass unchanged).

    Example:
        >>> from concurrent.futures import Future
        >>> def submit(batch):
        ...     f = Future(); f.set_result([("{}", None)] * len(batch)); return f
        >>> [len(r) for _, r in ordered_results([[], []], submit, window=2, engine="x")]
        [0, 0]
    """
    pending: deque[tuple[Batch, _FutureLike]] = deque()

    def collect() -> tuple[Batch, list[ResultLine]]:
        batch, future = pending.popleft()
        try:
            return batch, future.result()
        except GeoExtractError:
            raise
        except Exception as e:
            first, last = _span(batch)
            raise GeoExtractError(
                Errors.E312.format(
                    engine=engine,
                    first=first,
                    last=last,
                    err=f"{type(e).__name__}: {str(e).rstrip('.')}",
                )
            ) from e

    for batch in batches:
        pending.append((batch, submit(batch)))
        if len(pending) >= window:
            yield collect()
    while pending:
        yield collect()


class LocalEngine:
    """Annotate on this machine: in-process, or in ``n_process`` spawned worker processes.

    Args:
        nlp: A pipeline object; with ``n_process > 1`` it is pickled to the workers.
        spec: How to load the pipeline when ``nlp`` is None (workers load it themselves).
        n_process: Worker processes; 1 means this process.
        batch_size: ``nlp.pipe`` batch size (also the number of records per task).

    Example:
        >>> import spacy
        >>> with LocalEngine(nlp=spacy.blank("en")) as engine:
        ...     list(engine.run([]))
        []
    """

    name = "local"

    def __init__(
        self,
        *,
        nlp: Language | None = None,
        spec: PipelineSpec | None = None,
        n_process: int = 1,
        batch_size: int = 64,
    ) -> None:
        self.nlp = nlp
        self.spec = spec if spec is not None else PipelineSpec()
        self.n_process = n_process
        self.batch_size = batch_size
        self.workers = n_process
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalEngine:
        if self.n_process > 1:
            spec = PipelineSpec.from_nlp(self.nlp) if self.nlp is not None else self.spec
            # spawn, not fork: the parent may run threads (progress bar, record counter)
            # and forking a threaded process can deadlock the child.
            self._pool = ProcessPoolExecutor(
                max_workers=self.n_process,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=init_process,
                initargs=(spec,),
            )
        elif self.nlp is None:
            self.nlp = self.spec.load()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=exc_type is None, cancel_futures=True)
            self._pool = None

    def run(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[ResultLine]]]:
        """Yield ``(batch, result lines)`` in input order."""
        if self._pool is None:
            nlp = self.nlp
            if nlp is None:
                raise RuntimeError("LocalEngine.run() outside its `with` block")
            yield from self._run_here(nlp, iter(batches))
            return
        pool = self._pool

        def submit(batch: Batch) -> Future[list[ResultLine]]:
            return pool.submit(process_task, batch, self.batch_size)

        yield from ordered_results(batches, submit, window=2 * self.n_process, engine=self.name)

    def _run_here(
        self, nlp: Language, pending: Iterator[Batch]
    ) -> Iterator[tuple[Batch, list[ResultLine]]]:
        # The loaded pipeline and KB stay out of full collections for the run (frozen_heap).
        with frozen_heap():
            while True:
                # no zone for the pipeline's first documents: they keep the common words (PRIME_DOCS)
                primed = not priming(nlp)
                with nlp.memory_zone() if primed else nullcontext():
                    for n, batch in enumerate(pending, start=1):
                        yield (
                            batch,
                            annotate_to_lines(
                                nlp, batch, batch_size=self.batch_size, memory_zone=False
                            ),
                        )
                        if not primed:
                            count_primed(nlp, len(batch))
                        if n == ZONE_BATCHES or (not primed and not priming(nlp)):
                            break
                    else:
                        return
