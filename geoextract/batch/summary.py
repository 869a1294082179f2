"""What a batch run reports: a live progress bar while it runs and a summary at the end."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from types import TracebackType
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ..errors import GeoExtractValueError


class AnnotateSummary(BaseModel):
    """Figures of one ``annotate_corpus`` run (this run only; ``resumed`` counts the rest).

    Example:
        >>> s = AnnotateSummary(inputs=["a.jsonl"], output="o.jsonl", engine="local", n_process=1)
        >>> s.records, s.ok
        (0, True)
    """

    model_config = ConfigDict(extra="forbid")

    inputs: list[str]
    output: str
    engine: str
    n_process: int = Field(description="Worker processes (local engine) or dask workers.")
    records: int = Field(default=0, description="Lines written by this run: documents + errors.")
    documents: int = Field(default=0, description="Records annotated into a Document.")
    errors: int = Field(default=0, description="Records written as error records.")
    error_codes: dict[str, int] = Field(default_factory=dict, description="Error records per code.")
    resumed: int = Field(
        default=0, description="Records already in the output before this run (--resume)."
    )
    truncated_bytes: int = Field(
        default=0, description="Bytes of a partial last line cut off on resume."
    )
    words: int = Field(
        default=0, description="Whitespace-separated words of the annotated documents."
    )
    seconds: float = 0.0
    docs_per_second: float = 0.0
    words_per_second: float = 0.0

    @property
    def ok(self) -> bool:
        """True when every record of this run became a Document."""
        return self.errors == 0

    def render(self) -> str:
        """A short human-readable report (what the CLI prints at the end).

        Example:
            >>> AnnotateSummary(inputs=[], output="o.jsonl", engine="local", n_process=1).render().splitlines()[0]
            'Annotated 0 records into o.jsonl in 0.0 s (local engine, 1 process).'
        """
        unit = "process" if self.n_process == 1 else "processes"
        if self.engine == "dask":
            unit = "worker" if self.n_process == 1 else "workers"
        lines = [
            f"Annotated {self.records:,} records into {self.output} in {self.seconds:,.1f} s "
            f"({self.engine} engine, {self.n_process} {unit}).",
            f"  documents  {self.documents:>12,}   {self.docs_per_second:>10,.1f} docs/s",
            f"  words      {self.words:>12,}   {self.words_per_second:>10,.0f} words/s",
        ]
        codes = ", ".join(f"{code}: {n:,}" for code, n in sorted(self.error_codes.items()))
        lines.append(f"  errors     {self.errors:>12,}" + (f"   ({codes})" if codes else ""))
        if self.resumed:
            lines.append(f"  resumed    {self.resumed:>12,}   records were already in the output")
        return "\n".join(lines)


class SummaryCounter:
    """Accumulates the figures of a run batch by batch."""

    def __init__(self) -> None:
        self.documents = 0
        self.errors: Counter[str] = Counter()
        self.words = 0

    def add(self, words: int, codes: list[str | None]) -> None:
        """Count one batch: words of its documents and the error code of each line."""
        self.words += words
        for code in codes:
            if code is None:
                self.documents += 1
            else:
                self.errors[code] += 1

    def summary(self, *, seconds: float, **fields: Any) -> AnnotateSummary:
        """Build the final ``AnnotateSummary``."""
        n_errors = sum(self.errors.values())
        elapsed = max(seconds, 1e-9)
        return AnnotateSummary(
            records=self.documents + n_errors,
            documents=self.documents,
            errors=n_errors,
            error_codes=dict(self.errors),
            words=self.words,
            seconds=seconds,
            docs_per_second=self.documents / elapsed,
            words_per_second=self.words / elapsed,
            **fields,
        )


class StrictModeError(GeoExtractValueError):
    """``strict=True`` and some records became error records; everything was written.

    Attributes:
        summary: The run's ``AnnotateSummary``.
    """

    def __init__(self, message: str, summary: AnnotateSummary) -> None:
        super().__init__(message)
        self.summary = summary


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(
            "- docs/s" if not speed else f"{speed:,.1f} docs/s", style="progress.data.speed"
        )


class ProgressDisplay:
    """A rich progress bar (documents, docs/s, ETA) on stderr, or nothing when disabled.

    Args:
        enabled: Show the bar; None shows it only when stderr is a terminal.
        total: Records to do, when known (the total can also arrive later, see ``count_in_background``).

    Example:
        >>> with ProgressDisplay(enabled=False) as bar:
        ...     bar.advance(3)
    """

    def __init__(self, *, enabled: bool | None = None, total: int | None = None) -> None:
        console = Console(stderr=True)
        self.enabled = console.is_terminal if enabled is None else enabled
        self._progress: Progress | None = None
        self._task: Any = None
        self._total = total
        if self.enabled:
            self._progress = Progress(
                TextColumn("[bold]annotating"),
                BarColumn(),
                MofNCompleteColumn(),
                _RateColumn(),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=console,
                transient=False,
                speed_estimate_period=60.0,
            )

    def __enter__(self) -> ProgressDisplay:
        if self._progress is not None:
            self._progress.start()
            self._task = self._progress.add_task("annotate", total=self._total)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def advance(self, n: int) -> None:
        """Count ``n`` more records done."""
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def set_total(self, total: int) -> None:
        """Set the number of records to do (for the ETA)."""
        if self._progress is not None:
            self._progress.update(self._task, total=total)

    def count_in_background(self, count: Callable[[], int]) -> None:
        """Count the records in a daemon thread and set the total when known.

        Counting is cheap next to annotation (a pass over the input bytes), and doing it
        on the side lets the run start at once. A failure just leaves the ETA unknown.
        """
        if self._progress is None:
            return

        def work() -> None:
            try:
                self.set_total(count())
            except Exception:  # the count only feeds the ETA; the run reports real errors
                return

        threading.Thread(target=work, name="geoextract-count", daemon=True).start()
