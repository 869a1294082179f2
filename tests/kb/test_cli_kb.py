"""``geoextract kb`` commands on the shipped KB."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from geoextract.cli.kb import kb_app

runner = CliRunner()


def test_holders_command_prints_the_office_holder() -> None:
    result = runner.invoke(
        kb_app, ["holders", "US Secretary of State", "--on", "2024-11-12", "--json"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["person"] for r in rows] == ["Antony Blinken"]


def test_holders_command_reports_unknown_offices() -> None:
    result = runner.invoke(kb_app, ["holders", "Grand Vizier of Atlantis"])
    assert result.exit_code == 2
    assert "E105" in result.output


def test_search_command_finds_a_misspelled_name_with_its_office() -> None:
    result = runner.invoke(
        kb_app, ["search", "Annalena Burbock", "--on", "2024-11-12", "--json", "-n", "1"]
    )
    assert result.exit_code == 0, result.output
    row = json.loads(result.output.splitlines()[0])
    assert row["name"] == "Annalena Baerbock"
    assert any("Foreign" in office for office in row["offices"])


def test_stats_command_with_a_user_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("- {type: person, name: Zebulon Quackenbush, country: USA}\n")
    base = json.loads(runner.invoke(kb_app, ["stats", "--json"]).output)
    extended = json.loads(runner.invoke(kb_app, ["stats", "--json", "--kb-file", str(path)]).output)
    assert extended["persons"] == base["persons"] + 1


def test_table_output_is_readable() -> None:
    result = runner.invoke(
        kb_app, ["holders", "foreign_minister", "--country", "DEU", "--on", "2025-06-01"]
    )
    assert result.exit_code == 0
    assert "Wadephul" in result.output
