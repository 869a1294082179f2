"""Annotation beyond one machine with dask.distributed.

Two ways in:

- ``DaskEngine``, behind ``geoextract annotate --engine dask``: this process reads the inputs
  and writes the output (so resume and ordering work as with the local engine) while the
  batches run as tasks on the cluster's workers.
- ``annotate_bag`` / ``annotate_dataframe``: lazy dask collections in, a dask bag of JSON
  dicts out, for corpora that already live in dask.

Either way each worker process loads the pipeline once: a pipeline described by name and
options goes through a per-process cache (``worker.get_pipeline``); a pipeline object is
scattered (or put in the graph) once and held in each worker's memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from ..errors import Errors, MissingDependencyError
from .engines import Batch, ordered_results
from .records import DEFAULT_MAX_CHARS, BatchItem, Fields, validate_record
from .worker import PipelineSpec, ResultLine, annotate_items, get_pipeline, run_task

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd
    from distributed import Client


def _require_distributed() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError as e:
        raise MissingDependencyError(Errors.E314) from e


class DaskEngine:
    """Run batches as tasks on a dask.distributed cluster, results in submission order.

    Args:
        nlp: A pipeline object, scattered once to every worker; else ``spec`` is loaded by
            each worker (geoextract and the base pipeline must be installed there).
        spec: How workers load the pipeline when ``nlp`` is None.
        scheduler: Address of a running scheduler (``tcp://host:8786``), a ``Client``, or
            None to start a ``LocalCluster`` of ``n_workers`` single-threaded processes.
        n_workers: Workers of the local cluster (ignored with ``scheduler``).
        batch_size: Records per task and ``nlp.pipe`` batch size.

    Example:
        >>> with DaskEngine(n_workers=2) as engine:  # doctest: +SKIP
        ...     results = list(engine.run(batches))
    """

    name = "dask"

    def __init__(
        self,
        *,
        nlp: Language | None = None,
        spec: PipelineSpec | None = None,
        scheduler: str | Client | None = None,
        n_workers: int = 2,
        batch_size: int = 64,
        processes: bool = True,
    ) -> None:
        _require_distributed()
        self.nlp = nlp
        self.spec = spec if spec is not None else PipelineSpec()
        self.scheduler = scheduler
        self.n_workers = n_workers
        self.batch_size = batch_size
        self.processes = processes
        self.workers = n_workers
        self._client: Client | None = None
        self._owns_client = False
        self._cluster: Any = None

    def __enter__(self) -> DaskEngine:
        from distributed import Client, LocalCluster

        if isinstance(self.scheduler, Client):
            self._client = self.scheduler
        elif self.scheduler is not None:
            self._client = Client(self.scheduler)
            self._owns_client = True
        else:
            import dask

            # One thread per worker: annotation is GIL-bound, processes give the parallelism.
            # The workers' statistical profiler samples every thread every 10 ms and fights
            # the annotating thread for the GIL; without it the same work takes less CPU.
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                self._cluster = LocalCluster(
                    n_workers=self.n_workers,
                    threads_per_worker=1,
                    processes=self.processes,
                    dashboard_address=":0",
                )
            self._client = Client(self._cluster)
            self._owns_client = True
        self.workers = len(self._client.nthreads())
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None and self._owns_client:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = None
        self._cluster = None

    def run(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[ResultLine]]]:
        """Yield ``(batch, result lines)`` in input order."""
        client = self._client
        if client is None:
            raise RuntimeError("DaskEngine.run() outside its `with` block")
        pipeline: Any = self.spec
        if self.nlp is not None:
            pipeline = client.scatter(self.nlp, broadcast=True, hash=False)
        threads = sum(client.nthreads().values()) or 1

        def submit(batch: Batch) -> Any:
            return client.submit(run_task, pipeline, batch, self.batch_size, pure=False)

        yield from ordered_results(batches, submit, window=2 * threads, engine=self.name)


def _annotate_partition(
    rows: Iterable[Any],
    partition: int,
    pipeline: PipelineSpec | Language,
    fields: Fields,
    batch_size: int,
    max_chars: int,
) -> list[dict[str, Any]]:
    nlp = pipeline if isinstance(pipeline, Language) else get_pipeline(pipeline)
    source = f"partition-{partition}"
    items: list[BatchItem] = []
    for index, row in enumerate(rows):
        raw = {fields.text: row} if isinstance(row, str) else row
        if not isinstance(raw, Mapping):
            raw = {"value": raw}
        items.append(
            validate_record(
                raw,
                position=index,
                index=index,
                source=source,
                source_stem=source,
                fields=fields,
                max_chars=max_chars,
            )
        )
    out: list[dict[str, Any]] = []
    for start in range(0, len(items), batch_size):
        chunk = items[start : start + batch_size]
        out.extend(
            r.model_dump(mode="json") for r in annotate_items(nlp, chunk, batch_size=batch_size)
        )
    return out


def annotate_bag(
    bag: db.Bag,
    *,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    nlp: Language | None = None,
    base: str | None = None,
    load_options: Mapping[str, Any] | None = None,
    batch_size: int = 64,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> db.Bag:
    """Annotate a dask bag of records (dicts with text/id/date, or plain strings).

    Args:
        bag: The records; partition order is kept.
        text_field, id_field, date_field: Keys of the records.
        nlp: A pipeline object to ship to the workers (put in the graph once); else each
            worker loads ``geoextract.load(base, **load_options)`` once and caches it.
        base, load_options: The pipeline to load on the workers when ``nlp`` is None.
        batch_size: ``nlp.pipe`` batch size.
        max_chars: Longer texts become "oversized" error records.

    Returns:
        A lazy bag with one JSON dict per record, in order: a Document
        (``Document.model_validate(d)``) or an error record (it has an ``"error"`` key;
        ``position`` counts within the partition and ``source`` is ``"partition-<n>"``).
        Records without an id get ``"partition-<n>:<index>"``.

    Example:
        >>> import dask.bag as db  # doctest: +SKIP
        >>> bag = db.from_sequence([{"id": "a", "text": "Xi Jinping met Joe Biden."}])  # doctest: +SKIP
        >>> import json  # doctest: +SKIP
        >>> annotate_bag(bag).map(json.dumps).to_textfiles("out/*.jsonl")  # doctest: +SKIP
    """
    import dask
    import dask.bag as dbag

    fields = Fields(text=text_field, id=id_field, date=date_field)
    pipeline: Any = PipelineSpec.from_options(base, load_options)
    if nlp is not None:
        pipeline = dask.delayed(nlp, pure=False)
    annotate = dask.delayed(_annotate_partition, pure=True)
    parts = [
        annotate(part, i, pipeline, fields, batch_size, max_chars)
        for i, part in enumerate(bag.to_delayed(optimize_graph=True))
    ]
    return dbag.from_delayed(parts)


def annotate_dataframe(
    ddf: dd.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    date_column: str | None = "date",
    nlp: Language | None = None,
    base: str | None = None,
    load_options: Mapping[str, Any] | None = None,
    batch_size: int = 64,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> db.Bag:
    """Annotate a dask DataFrame of articles; see ``annotate_bag`` for the result.

    Only the text, id and date columns travel to the workers. Missing values (None, NaN,
    NaT) count as absent: no id gives the default id, no text gives a "missing_text" error.

    Raises:
        GeoExtractValueError: E306 when the DataFrame has no ``text_column``.

    Example:
        >>> import dask.dataframe as dd, pandas as pd  # doctest: +SKIP
        >>> ddf = dd.from_pandas(pd.DataFrame({"text": ["Xi met Biden."]}), npartitions=1)  # doctest: +SKIP
        >>> docs = annotate_dataframe(ddf).compute()  # doctest: +SKIP
    """
    from ..errors import GeoExtractValueError

    columns = [str(c) for c in ddf.columns]
    if text_column not in columns:
        raise GeoExtractValueError(
            Errors.E306.format(path="the DataFrame", field=text_column, columns=", ".join(columns))
        )
    wanted = [c for c in dict.fromkeys((text_column, id_column, date_column)) if c in columns]
    bag = ddf[wanted].to_bag(index=False, format="dict")
    return annotate_bag(
        bag,
        text_field=text_column,
        id_field=id_column or "\0no-id",
        date_field=date_column or "\0no-date",
        nlp=nlp,
        base=base,
        load_options=load_options,
        batch_size=batch_size,
        max_chars=max_chars,
    )


__all__ = ["DaskEngine", "annotate_bag", "annotate_dataframe"]
