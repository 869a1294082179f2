"""Rich tables of evaluation reports, for the CLI and the benchmark scripts."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from .gold_report import GoldReport
from .metrics import PRF
from .ner import MICRO_TYPES, NER_TYPES, NerReport


def fmt(value: float | None) -> str:
    """Three decimals, or "n/a" for an undefined figure.

    Example:
        >>> fmt(0.5), fmt(None)
        ('0.500', 'n/a')
    """
    return "n/a" if value is None else f"{value:.3f}"


def _met(value: float | None, target: float) -> str:
    if value is None:
        return "[dim]n/a[/dim]"
    return "[green]yes[/green]" if value >= target else "[red]no[/red]"


def ner_table(report: NerReport) -> Table:
    """P/R/F1 per type of every system, side by side."""
    table = Table(
        title=f"NER on {report.path} ({report.documents} documents, {report.tokens} tokens; exact span match)"
    )
    table.add_column("type")
    table.add_column("gold", justify="right")
    for scores in report.systems:
        for figure in ("P", "R", "F1"):
            table.add_column(f"{scores.system} {figure}", justify="right")
    rows: list[tuple[str, list[PRF]]] = [
        (t, [s.per_type.get(t, PRF()) for s in report.systems]) for t in NER_TYPES
    ]
    rows.append(("+".join(MICRO_TYPES) + " micro", [s.micro for s in report.systems]))
    for name, counts in rows:
        cells = [name, str(counts[0].n_gold if counts else 0)]
        for prf in counts:
            cells += [fmt(prf.precision), fmt(prf.recall), fmt(prf.f1)]
        table.add_row(*cells, end_section=name == NER_TYPES[-1])
    return table


def gold_tables(reports: Sequence[tuple[str, GoldReport]]) -> list[Table]:
    """Tables of one or more gold reports side by side: entities, then headline figures."""
    names = [name for name, _ in reports]
    entities = Table(title=f"Entities ({reports[0][1].documents} documents)")
    entities.add_column("type")
    entities.add_column("gold", justify="right")
    for name in names:
        entities.add_column(f"{name} recall", justify="right")
        entities.add_column(f"{name} surface recall", justify="right")
        entities.add_column(f"{name} precision", justify="right")
    for gold_type in ("PERSON", "COUNTRY", "ORG"):
        cells = [gold_type, str(reports[0][1].types[gold_type].gold)]
        for _, report in reports:
            score = report.types[gold_type]
            # Unannotated GPEs are mostly venues: COUNTRY precision would measure nothing useful.
            precision = "—" if gold_type == "COUNTRY" else fmt(score.precision)
            cells += [fmt(score.recall), fmt(score.surface_recall), precision]
        entities.add_row(*cells)

    headline = Table(title="Headline figures")
    headline.add_column("figure")
    headline.add_column("target", justify="right")
    for name in names:
        headline.add_column(name, justify="right")
        headline.add_column("met", justify="center")
    for i, target in enumerate(reports[0][1].targets):
        cells = [target.name, f">= {target.target:.2f}"]
        for _, report in reports:
            value = report.targets[i].value
            cells += [fmt(value), _met(value, target.target)]
        headline.add_row(*cells)

    details = Table(title="Counts")
    details.add_column("count")
    for name in names:
        details.add_column(name, justify="right")
    rows: list[tuple[str, list[str]]] = [
        (
            "normalisations correct / gold",
            [f"{r.normalisations_correct} / {r.normalisations}" for _, r in reports],
        ),
        (
            "roles matched / predicted / gold",
            [
                f"{r.roles.keys.tp} / {r.roles.keys.n_pred} / {r.roles.keys.n_gold}"
                for _, r in reports
            ],
        ),
        (
            "role key precision / recall",
            [f"{fmt(r.roles.keys.precision)} / {fmt(r.roles.keys.recall)}" for _, r in reports],
        ),
        (
            "pairs matched / predicted / gold",
            [
                f"{r.meetings.pairs.tp} / {r.meetings.pairs.n_pred} / {r.meetings.pairs.n_gold}"
                for _, r in reports
            ],
        ),
        (
            "meetings aligned / predicted / gold",
            [
                f"{r.meetings.aligned} / {r.meetings.predicted} / {r.meetings.gold}"
                for _, r in reports
            ],
        ),
        ("mode accuracy (aligned)", [fmt(r.meetings.mode_accuracy) for _, r in reports]),
        ("place accuracy (aligned)", [fmt(r.meetings.place_accuracy) for _, r in reports]),
        ("topics scored", [str(r.meetings.topic_scored) for _, r in reports]),
    ]
    for label, cells in rows:
        details.add_row(label, *cells)
    return [entities, headline, details]


def errors_table(report: GoldReport) -> Table:
    """Every miss and false positive, one row each, grouped by document."""
    table = Table(title=f"Errors ({len(report.errors)})")
    table.add_column("doc")
    table.add_column("kind")
    table.add_column("detail", overflow="fold")
    previous = None
    for err in report.errors:
        table.add_row(
            err.doc_id if err.doc_id != previous else "", err.kind, err.detail, end_section=False
        )
        previous = err.doc_id
    return table


def print_gold(
    reports: Sequence[tuple[str, GoldReport]],
    *,
    errors: bool = False,
    console: Console | None = None,
) -> None:
    """Print gold reports (and, with ``errors``, the error list of each)."""
    console = console or Console()
    for table in gold_tables(reports):
        console.print(table)
    if errors:
        for name, report in reports:
            console.print(f"[bold]{name}[/bold]")
            console.print(errors_table(report))


def print_ner(report: NerReport, *, console: Console | None = None) -> None:
    """Print an NER report."""
    (console or Console()).print(ner_table(report))
