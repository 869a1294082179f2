"""``geoextract evaluate``: accuracy on NER column files and gold documents.

A thin layer over :mod:`geoextract.evaluate`; see ``docs/evaluation.md`` for the formats and
the exact definitions of the figures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

evaluate_app = typer.Typer(
    help="Measure accuracy on NER data and gold documents.", no_args_is_help=True
)

_BASE = typer.Option(
    "--base", help="Base spaCy pipeline (name or path); the default base when omitted."
)
_KB = typer.Option(
    "--kb", help="Extra KB file (YAML/JSONL) for the geoextract pipeline; repeatable."
)
_JSON = typer.Option("--json", help="Print the report as JSON instead of tables.")


def _fail(error: Exception) -> typer.Exit:
    typer.echo(str(error), err=True)
    return typer.Exit(code=2)


@evaluate_app.command("ner")
def ner_command(
    path: Annotated[
        Path, typer.Argument(help="CoNLL-2003-style column file (token ... tag; BIO or IOB1).")
    ],
    base: Annotated[str | None, _BASE] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Score only the first N documents.")
    ] = None,
    doc_sentences: Annotated[
        int,
        typer.Option(
            "--doc-sentences", min=1, help="Sentences per document for files without -DOCSTART-."
        ),
    ] = 10,
    kb: Annotated[list[str] | None, _KB] = None,
    as_json: Annotated[bool, _JSON] = False,
) -> None:
    """P/R/F1 per type and PER+LOC+ORG micro-F1 of the bare base pipeline and of geoextract."""
    from ..errors import GeoExtractError
    from ..evaluate.ner import evaluate_ner
    from ..evaluate.report import print_ner

    try:
        report = evaluate_ner(
            path, base=base, limit=limit, doc_sentences=doc_sentences, kb_paths=kb or []
        )
    except GeoExtractError as e:
        raise _fail(e) from e
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
    else:
        print_ner(report)


@evaluate_app.command("gold")
def gold_command(
    path: Annotated[
        Path, typer.Argument(help="Gold documents, one JSON object per line (docs/evaluation.md).")
    ],
    errors: Annotated[
        bool, typer.Option("--errors", help="List every miss and false positive per document.")
    ] = False,
    as_json: Annotated[bool, _JSON] = False,
    base: Annotated[str | None, _BASE] = None,
    kb: Annotated[list[str] | None, _KB] = None,
    predictions: Annotated[
        Path | None,
        typer.Option(
            "--predictions",
            help="Score these saved Documents (JSONL) instead of running the pipeline.",
        ),
    ] = None,
    compare_base: Annotated[
        bool,
        typer.Option("--compare-base", help="Also score the bare base pipeline, side by side."),
    ] = False,
) -> None:
    """Entity, normalisation, role and meeting scores against gold documents, with targets."""
    from ..errors import GeoExtractError
    from ..evaluate.pipelines import evaluate_gold
    from ..evaluate.report import print_gold

    try:
        reports = [
            (
                "geoextract",
                evaluate_gold(path, base=base, kb_paths=kb or [], predictions=predictions),
            )
        ]
        if compare_base:
            reports.insert(0, ("base", evaluate_gold(path, base=base, bare=True)))
    except GeoExtractError as e:
        raise _fail(e) from e
    if as_json:
        payload = {
            name: report.model_dump(mode="json", exclude=None if errors else {"errors"})
            for name, report in reports
        }
        typer.echo(
            json.dumps(
                payload if len(reports) > 1 else payload["geoextract"], indent=2, ensure_ascii=False
            )
        )
    else:
        print_gold(reports, errors=errors)


@evaluate_app.command("convert-crossner")
def convert_crossner_command(
    source: Annotated[Path, typer.Argument(help="CrossNER politics file (token, tag per line).")],
    target: Annotated[
        Path, typer.Argument(help="Where to write the CoNLL file (PER/LOC/ORG/MISC).")
    ],
) -> None:
    """Convert CrossNER politics labels to CoNLL-2003 types (mapping in docs/evaluation.md)."""
    from ..errors import GeoExtractError
    from ..evaluate.crossner import convert_crossner

    try:
        count = convert_crossner(source, target)
    except GeoExtractError as e:
        raise _fail(e) from e
    typer.echo(f"Wrote {count} sentences to {target}")


@evaluate_app.command("actors")
def actors_command(
    path: Annotated[
        Path, typer.Argument(help="Actor-coding gold: {id, date, text, actors: [{phrase, country}]} per line.")
    ],
    errors: Annotated[bool, typer.Option("--errors", help="List every phrase coded wrong.")] = False,
    as_json: Annotated[bool, _JSON] = False,
    base: Annotated[str | None, _BASE] = None,
    kb: Annotated[list[str] | None, _KB] = None,
) -> None:
    """Share of actor phrases whose covering role or entity has the gold ISO alpha-3 country."""
    from ..errors import GeoExtractError
    from ..evaluate.actors import evaluate_actors

    try:
        report = evaluate_actors(path, base=base, kb_paths=kb or [])
    except GeoExtractError as e:
        raise _fail(e) from e
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
        return
    typer.echo(
        f"actor coding accuracy: {report.accuracy:.3f} ({report.correct}/{report.phrases}; "
        f"phrases with a country: {report.correct_with_country}/{report.with_country})  target >= 0.90"
    )
    if errors:
        for miss in report.misses:
            typer.echo(f"  {miss.id}  {miss.phrase!r}: gold {miss.gold}, predicted {miss.predicted}")
