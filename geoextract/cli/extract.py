"""``geoextract extract TEXT``: annotate one text and print the Document as JSON."""

from __future__ import annotations

import sys
from typing import Annotated

import typer


def extract_command(
    text: Annotated[str, typer.Argument(help="The article text; '-' reads it from stdin.")],
    date: Annotated[str | None, typer.Option("--date", "-d", help="Publication date (ISO), e.g. 2024-11-12.")] = None,
    doc_id: Annotated[str | None, typer.Option("--id", help="Document id to put in the output.")] = None,
    base: Annotated[str | None, typer.Option("--base", help="Base spaCy pipeline (name or path).")] = None,
    kb: Annotated[list[str] | None, typer.Option("--kb", help="Extra KB file (YAML/JSONL); repeatable.")] = None,
    indent: Annotated[int | None, typer.Option("--indent", help="Indent the JSON output.")] = 2,
) -> None:
    """Annotate one text and print the Document as JSON."""
    from ..api import extract, load
    from ..errors import GeoExtractError

    if text == "-":
        text = sys.stdin.read()
    try:
        options = {"kb_paths": kb} if kb else {}
        nlp = load(base, **options)
        document = extract(text, date=date, doc_id=doc_id, nlp=nlp)
    except GeoExtractError as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(code=2) from e
    typer.echo(document.model_dump_json(indent=indent))
