"""``geoextract kb``: search the knowledge base, list office holders, print its statistics."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from ..kb import KnowledgeBase

kb_app = typer.Typer(help="Search the knowledge base of political actors.", no_args_is_help=True)

KbFiles = Annotated[
    list[Path] | None,
    typer.Option(
        "--kb-file", help="User KB file (YAML/JSONL) to add on top of the shipped KB; repeatable."
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON lines instead of a table.")]


def _load(files: list[Path] | None) -> KnowledgeBase:
    from ..errors import GeoExtractError
    from ..kb import KnowledgeBase

    try:
        return KnowledgeBase.load(*files) if files else KnowledgeBase.default()
    except GeoExtractError as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(code=2) from e


@kb_app.command("search")
def search_command(
    name: Annotated[
        str, typer.Argument(help="The name to look for, as written (misspellings are fine).")
    ],
    on: Annotated[
        str | None, typer.Option("--on", help="ISO date: show the offices each person held then.")
    ] = None,
    types: Annotated[
        list[str] | None,
        typer.Option("--type", help="person, country or organisation; repeatable."),
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="Only actors of this country.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Number of candidates.")] = 5,
    kb_files: KbFiles = None,
    as_json: AsJson = False,
) -> None:
    """Fuzzy-search actors by name, best first, with the offices they held on a date."""
    from ..errors import GeoExtractError

    kb = _load(kb_files)
    try:
        candidates = kb.search(
            name, types=set(types) if types else None, limit=limit, country=country
        )
        rows: list[dict[str, Any]] = []
        for c in candidates:
            held = (
                [
                    f"{h.office.title} ({h.office.country or h.office.org})"
                    for h in kb.offices_of(c.actor.id, on=on)
                ]
                if c.actor.type == "person"
                else []
            )
            rows.append(
                {
                    "id": c.actor.id,
                    "name": c.actor.name,
                    "type": c.actor.type,
                    "country": c.actor.country,
                    "score": c.score,
                    "alias": c.alias,
                    "offices": held[-3:],
                }
            )
    except GeoExtractError as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(code=2) from e
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    _table(
        [
            "score",
            "id",
            "name",
            "type",
            "country",
            "matched alias",
            "offices" + (f" on {on}" if on else ""),
        ],
        [
            [
                f"{r['score']:.2f}",
                r["id"],
                r["name"],
                r["type"],
                r["country"] or "",
                r["alias"],
                "; ".join(r["offices"]),
            ]
            for r in rows
        ],
    )


@kb_app.command("holders")
def holders_command(
    office: Annotated[
        str,
        typer.Argument(
            help='Office id, role type or title: "US Secretary of State", "foreign_minister".'
        ),
    ],
    country: Annotated[
        str | None, typer.Option("--country", "-c", help="Country (alpha-3, alpha-2 or name).")
    ] = None,
    on: Annotated[
        str | None, typer.Option("--on", help="ISO date; without it, every holder.")
    ] = None,
    kb_files: KbFiles = None,
    as_json: AsJson = False,
) -> None:
    """List who held an office (on a date)."""
    from ..errors import GeoExtractError

    kb = _load(kb_files)
    try:
        holdings = kb.holders(office, country, on=on)
    except GeoExtractError as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(code=2) from e
    rows: list[dict[str, Any]] = [
        {
            "person_id": h.person.id,
            "person": h.person.name,
            "office_id": h.office.id,
            "title": h.office.title,
            "country": h.office.country,
            "org": h.office.org,
            "start": h.tenure.start.isoformat() if h.tenure.start else None,
            "end": h.tenure.end.isoformat() if h.tenure.end else None,
            "qualifier": h.tenure.qualifier,
        }
        for h in holdings
    ]
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        typer.echo("no holder found" + (f" on {on}" if on else ""))
        return
    _table(
        ["person", "id", "title", "scope", "start", "end", "qualifier"],
        [
            [
                r["person"],
                r["person_id"],
                r["title"],
                r["country"] or r["org"] or "",
                r["start"] or "?",
                r["end"] or "",
                r["qualifier"] or "",
            ]
            for r in rows
        ],
    )


@kb_app.command("stats")
def stats_command(kb_files: KbFiles = None, as_json: AsJson = False) -> None:
    """Print counts of countries, persons, organisations, offices, tenures and aliases."""
    stats = _load(kb_files).stats()
    if as_json:
        typer.echo(json.dumps(stats))
        return
    _table(["what", "count"], [[k, str(v)] for k, v in stats.items()])


def _table(header: list[str], rows: list[list[str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*header)
    for row in rows:
        table.add_row(*row)
    Console().print(table)
