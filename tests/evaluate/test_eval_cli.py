from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from geoextract.cli import app
from geoextract.evaluate.gold import read_gold

runner = CliRunner()


def test_convert_crossner_command_writes_conll(data_dir, tmp_path):
    target = tmp_path / "out.conll"
    result = runner.invoke(app, ["evaluate", "convert-crossner", str(data_dir / "eval_crossner.txt"), str(target)])
    assert result.exit_code == 0, result.output
    assert "Wrote 2 sentences" in result.output
    assert target.read_text(encoding="utf-8").startswith("Angela B-PER\nMerkel I-PER\n")


def test_gold_command_scores_saved_predictions(data_dir, tmp_path, oracle):
    predictions = tmp_path / "pred.jsonl"
    gold = read_gold(data_dir / "eval_gold.jsonl")
    predictions.write_text("".join(oracle(g).model_dump_json() + "\n" for g in gold), encoding="utf-8")
    args = ["evaluate", "gold", str(data_dir / "eval_gold.jsonl"), "--predictions", str(predictions)]

    tables = runner.invoke(app, args)
    assert tables.exit_code == 0, tables.output
    assert "Headline figures" in tables.output
    assert "person_recall" in tables.output

    as_json = runner.invoke(app, [*args, "--json"])
    assert as_json.exit_code == 0, as_json.output
    report = json.loads(as_json.output)
    assert report["documents"] == 2
    assert all(t["met"] for t in report["targets"])
    assert "errors" not in report


def test_gold_command_lists_errors(data_dir, tmp_path):
    predictions = tmp_path / "pred.jsonl"
    gold = read_gold(data_dir / "eval_gold.jsonl")
    predictions.write_text("".join(json.dumps({"id": g.id, "text": g.text}) + "\n" for g in gold), encoding="utf-8")
    result = runner.invoke(
        app, ["evaluate", "gold", str(data_dir / "eval_gold.jsonl"), "--predictions", str(predictions), "--errors", "--json"]
    )
    assert result.exit_code == 0, result.output
    errors = json.loads(result.output)["errors"]
    assert {"doc_id": "g2", "kind": "missed_meeting", "detail": "Luiz Inácio Lula da Silva + Alberto Fernández (occurred, visit)"} in errors


def test_gold_command_reports_malformed_gold_with_code(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Hi", "entities": [{"name": "A", "type": "PERSON", "surfaces": "A"}]}\n', encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "gold", str(bad), "--predictions", str(bad)])
    assert result.exit_code == 2
    assert "E503" in result.output
    assert "entities.0.surfaces" in result.output


@pytest.mark.integration
def test_gold_command_runs_the_real_pipeline(data_dir):
    result = runner.invoke(app, ["evaluate", "gold", str(data_dir / "eval_gold.jsonl"), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["documents"] == 2
    # The base NER alone finds these full names; geoextract must not lose them.
    assert report["types"]["PERSON"]["found"] >= 3
    assert report["person_recall"] is not None
