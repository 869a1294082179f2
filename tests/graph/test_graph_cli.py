"""``geoextract graph``: JSONL of Documents in, a graph file and a summary out."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from geoextract.cli import app
from geoextract.graph import meetings, read_graph


@pytest.fixture
def annotations(corpus, tmp_path):
    """The corpus as JSONL, with an error record, a blank line and two malformed lines."""
    lines = [d.model_dump_json() for d in corpus[:3]]
    lines.append(
        json.dumps({"id": "bad1", "error": "empty text", "position": 3, "code": "empty_text"})
    )
    lines.append("")
    lines.append("{this is not json")
    lines.append(json.dumps({"id": "x", "text": "t", "relations": [{"mode": "dance"}]}))
    lines.extend(d.model_dump_json() for d in corpus[3:])
    path = tmp_path / "annotations.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(app, ["graph", *args])


def test_cli_writes_graphml_and_prints_a_summary(annotations, tmp_path):
    out = tmp_path / "graph.graphml"
    result = run(str(annotations), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "documents: 6 (error records skipped: 1, malformed lines: 2)" in result.output
    assert "nodes: 9" in result.output
    assert "edges: 11" in result.output
    assert "meetings: 6" in result.output
    graph = read_graph(out)
    assert graph.number_of_edges() == 11


def test_cli_reports_malformed_lines_by_number(annotations, tmp_path):
    result = run(str(annotations), "-o", str(tmp_path / "g.json"))
    assert result.exit_code == 0
    assert "[E402] Line 6 of" in result.output
    assert "[E402] Line 7 of" in result.output
    assert "relations.0" in result.output


@pytest.mark.parametrize(("name", "fmt"), [("g.gexf", None), ("g.json", None), ("g.out", "gexf")])
def test_cli_format_comes_from_the_suffix_or_the_option(annotations, tmp_path, name, fmt):
    out = tmp_path / name
    args = [str(annotations), "-o", str(out)] + (["--format", fmt] if fmt else [])
    assert run(*args).exit_code == 0
    assert read_graph(out, format=fmt).number_of_edges() == 11


def test_cli_csv_writes_nodes_and_edges_files(annotations, tmp_path):
    result = run(str(annotations), "-o", str(tmp_path / "g.csv"))
    assert result.exit_code == 0
    assert (tmp_path / "g.nodes.csv").exists() and (tmp_path / "g.edges.csv").exists()
    assert read_graph(tmp_path / "g.csv").number_of_nodes() == 9


def test_cli_since_until_directed_and_roles(annotations, tmp_path):
    out = tmp_path / "g.json"
    result = run(
        str(annotations),
        "-o",
        str(out),
        "--since",
        "2024-11-01",
        "--until",
        "2024-11-30",
        "--directed",
        "--roles",
    )
    assert result.exit_code == 0, result.output
    graph = read_graph(out)
    assert graph.is_directed()
    assert sorted(m["date"] for m in meetings(graph)) == ["2024-11-12", "2024-11-16", "2024-11-19"]
    assert graph.has_edge("Q15983", "office:Foreign Minister|DEU")


def test_cli_unknown_format_is_a_coded_error(annotations, tmp_path):
    result = run(str(annotations), "-o", str(tmp_path / "g.dot"))
    assert result.exit_code == 2
    assert "E406" in result.output
    assert not (tmp_path / "g.dot").exists()


def test_cli_missing_input_is_a_coded_error(tmp_path):
    result = run(str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "g.graphml"))
    assert result.exit_code == 2
    assert "E403" in result.output


def test_cli_bad_date_is_a_coded_error(annotations, tmp_path):
    result = run(str(annotations), "-o", str(tmp_path / "g.graphml"), "--since", "last week")
    assert result.exit_code == 2
    assert "E404" in result.output
