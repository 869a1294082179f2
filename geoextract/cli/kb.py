"""``geoextract kb``: look things up in the knowledge base (owned by the KB module)."""

from __future__ import annotations

import typer

kb_app = typer.Typer(help="Search the knowledge base of political actors.", no_args_is_help=True)
