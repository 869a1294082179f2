"""``geoextract graph``: build the who-met-whom graph of a corpus of annotations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def graph_command(
    annotations: Annotated[
        Path,
        typer.Argument(help="JSONL file of geoextract Documents (from `geoextract annotate`)."),
    ],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="Output file; csv writes X.nodes.csv and X.edges.csv."),
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help="graphml, gexf, json or csv (default: from the suffix)."
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Keep meetings on or after this ISO date.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Keep meetings on or before this ISO date.")
    ] = None,
    directed: Annotated[
        bool, typer.Option("--directed", help="Visits point from visitor to host.")
    ] = False,
    roles: Annotated[
        bool, typer.Option("--roles", help="Add office nodes and person -> office 'holds' edges.")
    ] = False,
    affiliations: Annotated[
        bool,
        typer.Option("--affiliations", help="Add person -> organisation 'member_of' edges."),
    ] = False,
    window_days: Annotated[
        int,
        typer.Option(
            "--window-days", min=0, help="Days apart two reports of one meeting may date it."
        ),
    ] = 2,
    isolates: Annotated[
        bool, typer.Option("--isolates", help="Keep actors that take part in no meeting.")
    ] = False,
) -> None:
    """Build the meeting graph of a corpus of annotations and write it to a file.

    Error records of the batch run are skipped and counted; malformed lines are reported
    by line number and skipped. Prints a short summary.
    """
    from ..errors import GeoExtractError
    from ..graph import AnnotationsReport, build_graph, infer_format, read_annotations, write_graph

    report = AnnotationsReport(path=annotations)
    try:
        fmt_name = infer_format(output, fmt)
        graph = build_graph(
            read_annotations(annotations, report),
            directed=directed,
            roles=roles,
            affiliations=affiliations,
            window_days=window_days,
            since=since,
            until=until,
            isolates=isolates,
        )
        written = write_graph(graph, output, format=fmt_name)
    except GeoExtractError as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(code=2) from e
    for problem in report.problems:
        typer.echo(problem, err=True)
    stats = graph.graph
    typer.echo(
        f"documents: {report.documents} (error records skipped: {report.error_records}, "
        f"malformed lines: {report.malformed})"
    )
    typer.echo(f"nodes: {graph.number_of_nodes()}")
    typer.echo(f"edges: {graph.number_of_edges()}")
    typer.echo(
        f"meetings: {stats['meetings']} from {stats['relations']} relations "
        f"(skipped: {stats['skipped_relations']}, out of range: {stats['out_of_range']})"
    )
    typer.echo("wrote: " + ", ".join(str(path) for path in written))
