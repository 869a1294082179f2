"""``annotate_corpus``: read inputs, annotate on an engine, write one line per record."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from spacy.language import Language

from ..errors import Errors, GeoExtractValueError
from .engines import Batch, Engine, LocalEngine
from .readers import RecordReader, count_records, resolve_inputs
from .records import DEFAULT_MAX_CHARS, BatchItem, Fields, InputRecord
from .summary import AnnotateSummary, ProgressDisplay, StrictModeError, SummaryCounter
from .worker import PipelineSpec
from .writer import OutputWriter

if TYPE_CHECKING:
    from distributed import Client

DEFAULT_BATCH_SIZE = 64


def _batches(items: Iterator[tuple[int, BatchItem]], size: int) -> Iterator[Batch]:
    while batch := [item for _, item in itertools.islice(items, size)]:
        yield batch


def _check_positive(name: str, value: int) -> None:
    if value < 1:
        raise GeoExtractValueError(Errors.E313.format(name=name, value=value))


def make_engine(
    engine: str,
    *,
    nlp: Language | None,
    spec: PipelineSpec,
    n_process: int,
    batch_size: int,
    scheduler: str | Client | None = None,
    n_workers: int = 2,
) -> Engine:
    """Build the engine named ``engine`` ("local" or "dask").

    Raises:
        GeoExtractValueError: E305 for an unknown engine.

    Example:
        >>> make_engine("local", nlp=None, spec=PipelineSpec(), n_process=1, batch_size=8).name
        'local'
    """
    if engine == "local":
        return LocalEngine(nlp=nlp, spec=spec, n_process=n_process, batch_size=batch_size)
    if engine == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(
            nlp=nlp, spec=spec, scheduler=scheduler, n_workers=n_workers, batch_size=batch_size
        )
    raise GeoExtractValueError(Errors.E305.format(engine=engine))


def annotate_corpus(
    inputs: str | Path | Iterable[str | Path],
    output: str | Path,
    *,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    input_format: str | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    resume: bool = False,
    overwrite: bool = False,
    strict: bool = False,
    engine: Literal["local", "dask"] | str = "local",
    scheduler: str | Client | None = None,
    n_workers: int = 2,
    nlp: Language | None = None,
    base: str | Path | None = None,
    load_options: Mapping[str, Any] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    progress: bool | None = None,
) -> AnnotateSummary:
    """Annotate a corpus into JSONL: one line per input record, in input order.

    Each line is a ``Document`` as JSON, or an error record (``{"id", "error",
    "position", "source", "code"}``) for a record that could not be annotated, so nothing
    is lost. Records without an id get ``"<file stem>:<index in file>"`` (a .txt file: its
    path relative to the folder, without ``.txt``).

    Args:
        inputs: JSONL, JSON, CSV/TSV or Parquet files (``.gz`` except Parquet) or folders
            of ``.txt`` files; records are numbered across all of them in order.
        output: ``.jsonl`` file, or ``.jsonl.gz``.
        text_field, id_field, date_field: Field (key or column) names in the inputs.
        input_format: Force a format for all inputs (jsonl, json, csv, tsv, parquet, txt).
        n_process: Local worker processes (``engine="local"``).
        batch_size: Records per batch: ``nlp.pipe`` batch, task and write unit.
        resume: Complete an interrupted run's output: keep its complete lines, cut a
            partial last line, and continue with the next record.
        overwrite: Replace an existing output instead of refusing (E303).
        strict: Raise ``StrictModeError`` (after writing everything) if any record failed.
        engine: "local" or "dask".
        scheduler: Dask scheduler address or ``Client``; None starts a ``LocalCluster``.
        n_workers: Workers of that local cluster.
        nlp: A pipeline object to use (with ``n_process > 1`` or dask it is pickled to the
            workers); else the pipeline of ``geoextract.load(base, **load_options)``.
        base, load_options: The pipeline to load when ``nlp`` is None.
        max_chars: Longer texts become "oversized" error records.
        progress: Show a progress bar on stderr; None shows it when stderr is a terminal.

    Returns:
        An ``AnnotateSummary`` of the run (documents, errors, words, time, rates).

    Raises:
        GeoExtractValueError: a missing or unreadable input (E301, E302, E306-E309), an
            existing output without ``resume``/``overwrite`` (E303), an output that
            cannot be resumed (E310, E311), a bad option (E305, E313).
        StrictModeError: ``strict`` and some records became error records (E304).
        GeoExtractError: the engine failed (E312); the output stays resumable.

    Example:
        >>> summary = annotate_corpus(["news.jsonl"], "news.annotated.jsonl")  # doctest: +SKIP
        >>> print(summary.render())  # doctest: +SKIP
    """
    _check_positive("n_process", n_process)
    _check_positive("batch_size", batch_size)
    _check_positive("n_workers", n_workers)
    _check_positive("max_chars", max_chars)
    if engine not in ("local", "dask"):
        raise GeoExtractValueError(Errors.E305.format(engine=engine))
    fields = Fields(text=text_field, id=id_field, date=date_field)
    sources = resolve_inputs(inputs, input_format=input_format, fields=fields)
    reader = RecordReader(sources, fields=fields, max_chars=max_chars)
    spec = PipelineSpec.from_options(base, load_options)
    counter = SummaryCounter()
    started = time.perf_counter()
    with OutputWriter(output, resume=resume, overwrite=overwrite) as writer:
        done = writer.done
        runner = make_engine(
            engine,
            nlp=nlp,
            spec=spec,
            n_process=n_process,
            batch_size=batch_size,
            scheduler=scheduler,
            n_workers=n_workers,
        )
        with runner, ProgressDisplay(enabled=progress) as bar:
            bar.count_in_background(lambda: max(0, count_records(sources) - done))
            for batch, lines in runner.run(_batches(reader.read(start=done), batch_size)):
                writer.write_lines([line for line, _ in lines])
                words = sum(
                    item.words
                    for item, (_, code) in zip(batch, lines, strict=True)
                    if code is None and isinstance(item, InputRecord)
                )
                counter.add(words, [code for _, code in lines])
                bar.advance(len(batch))
    if reader.total < done:
        raise GeoExtractValueError(Errors.E311.format(path=output, lines=done, total=reader.total))
    summary = counter.summary(
        seconds=time.perf_counter() - started,
        inputs=[s.name for s in sources],
        output=str(output),
        engine=engine,
        n_process=runner.workers,
        resumed=done,
        truncated_bytes=writer.truncated_bytes,
    )
    if strict and summary.errors:
        raise StrictModeError(Errors.E304.format(n_errors=summary.errors, path=output), summary)
    return summary
