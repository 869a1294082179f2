"""``geoextract annotate``: batch annotation of a corpus (a thin layer over ``annotate_corpus``)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer


class InputFormatChoice(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    tsv = "tsv"
    parquet = "parquet"
    txt = "txt"


class EngineChoice(str, Enum):
    local = "local"
    dask = "dask"


def annotate_command(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Input files (JSONL, JSON, CSV, TSV, Parquet; .gz allowed except Parquet) "
            "or folders of .txt files. Records are numbered across inputs in this order.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="Output JSONL (.jsonl or .jsonl.gz): one line per input record."
        ),
    ],
    text_field: Annotated[
        str, typer.Option("--text-field", help="Field/column with the article text.")
    ] = "text",
    id_field: Annotated[
        str,
        typer.Option(
            "--id-field", help="Field/column with the record id (default id: <file stem>:<index>)."
        ),
    ] = "id",
    date_field: Annotated[
        str, typer.Option("--date-field", help="Field/column with the ISO publication date.")
    ] = "date",
    input_format: Annotated[
        InputFormatChoice | None,
        typer.Option("--format", help="Read every input as this format instead of by suffix."),
    ] = None,
    n_process: Annotated[
        int, typer.Option("--n-process", "-n", help="Worker processes of the local engine.")
    ] = 1,
    batch_size: Annotated[
        int, typer.Option("--batch-size", "-b", help="Records per batch (nlp.pipe, task, write).")
    ] = 64,
    engine: Annotated[
        EngineChoice, typer.Option("--engine", help="local (this machine) or dask (a cluster).")
    ] = EngineChoice.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler address (tcp://host:8786); default: a local cluster.",
        ),
    ] = None,
    n_workers: Annotated[
        int, typer.Option("--n-workers", help="Workers of the local dask cluster.")
    ] = 2,
    base: Annotated[
        str | None, typer.Option("--base", help="Base spaCy pipeline (name or path).")
    ] = None,
    kb: Annotated[
        list[str] | None, typer.Option("--kb", help="Extra KB file (YAML/JSONL); repeatable.")
    ] = None,
    max_chars: Annotated[
        int,
        typer.Option("--max-chars", help="Longer texts become 'oversized' error records."),
    ] = 1_000_000,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Complete the output of an interrupted run."),
    ] = False,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace an existing output.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Exit with status 1 if any record became an error record."),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")
    ] = False,
) -> None:
    """Annotate a corpus into one JSON Document (or error record) per input record.

    Exit status: 0 done; 1 --strict and some records failed; 2 bad input or option;
    130 interrupted (rerun with --resume).
    """
    from ..batch import StrictModeError, annotate_corpus
    from ..errors import GeoExtractError

    try:
        summary = annotate_corpus(
            inputs,
            output,
            text_field=text_field,
            id_field=id_field,
            date_field=date_field,
            input_format=input_format.value if input_format is not None else None,
            n_process=n_process,
            batch_size=batch_size,
            resume=resume,
            overwrite=overwrite,
            strict=strict,
            engine=engine.value,
            scheduler=scheduler,
            n_workers=n_workers,
            base=base,
            load_options={"kb_paths": kb} if kb else None,
            max_chars=max_chars,
            progress=False if quiet else None,
        )
    except StrictModeError as e:
        if not quiet:
            typer.echo(e.summary.render(), err=True)
        typer.echo(str(e), err=True)
        raise typer.Exit(code=1) from e
    except GeoExtractError as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(code=2) from e
    except KeyboardInterrupt as e:
        typer.echo(
            f"Interrupted. {output} holds every record finished so far; rerun with --resume "
            "to complete it.",
            err=True,
        )
        raise typer.Exit(code=130) from e
    if not quiet:
        typer.echo(summary.render(), err=True)
