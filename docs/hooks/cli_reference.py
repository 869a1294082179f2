"""mkdocs hook: generate the CLI reference page (``cli.md``) from the typer app at build time.

The page is built from the same click command tree that ``geoextract --help`` prints, so it
cannot drift from the code. Registered in ``mkdocs.yml`` under ``hooks:``.
"""

from __future__ import annotations

from typing import Any

from mkdocs.structure.files import File, Files

INTRO = """\
Generated from the command line's own help at documentation build time. The same text is
printed by `geoextract COMMAND --help`. Every command is a thin layer over a Python function
(see the [API reference](api/geoextract.md)): `extract` calls `geoextract.extract`,
`annotate` calls `geoextract.annotate_corpus`, `graph` calls `geoextract.build_graph` and
`geoextract.write_graph`, `kb` calls `geoextract.kb.KnowledgeBase`, and `evaluate` calls
`geoextract.evaluate`.

"""


def cli_markdown() -> str:
    """Return the Markdown reference of the ``geoextract`` command and its subcommands."""
    import typer
    import typer.cli
    import typer.main

    from geoextract.cli import app

    command = typer.main.get_command(app)
    docs = typer.cli.get_docs_for_click(
        obj=command, ctx=typer.Context(command), name="geoextract", title="CLI reference"
    )
    title, _, body = docs.partition("\n")
    return f"{title}\n\n{INTRO}{body.strip()}\n"


def on_files(files: Files, config: Any) -> Files:
    """Add the generated ``cli.md`` to the site's files."""
    files.append(File.generated(config, "cli.md", content=cli_markdown()))
    return files
