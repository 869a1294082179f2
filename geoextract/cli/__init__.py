"""The ``geoextract`` command line: a thin typer layer over the library's functions."""

from __future__ import annotations

import typer

from . import annotate as _annotate
from . import evaluate as _evaluate
from . import extract as _extract
from . import graph as _graph
from . import kb as _kb

app = typer.Typer(
    name="geoextract",
    help="Who is who and who met whom about what in geopolitical news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("extract")(_extract.extract_command)
app.command("annotate")(_annotate.annotate_command)
app.command("graph")(_graph.graph_command)
app.add_typer(_kb.kb_app, name="kb")
app.add_typer(_evaluate.evaluate_app, name="evaluate")


def main() -> None:
    """Entry point of the ``geoextract`` console script."""
    app()
