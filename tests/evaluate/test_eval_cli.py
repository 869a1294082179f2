from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from geoextract.cli import app
from geoextract.evaluate.gold import read_gold

runner = CliRunner()


def test_convert_crossner_command_writes_conll(data_dir, tmp_path):
    target = tmp_path / "out.conll"
    result = runner.invoke(
        app, ["evaluate", "convert-crossner", str(data_dir / "eval_crossner.txt"), str(target)]
    )
    assert result.exit_code == 0, result.output
    assert "Wrote 2 sentences" in result.output
    assert target.read_text(encoding="utf-8").startswith("Angela B-PER\nMerkel I-PER\n")


def test_gold_command_scores_saved_predictions(data_dir, tmp_path, oracle):
    predictions = tmp_path / "pred.jsonl"
    gold = read_gold(data_dir / "eval_gold.jsonl")
    predictions.write_text(
        "".join(oracle(g).model_dump_json() + "\n" for g in gold), encoding="utf-8"
    )
    args = [
        "evaluate",
        "gold",
        str(data_dir / "eval_gold.jsonl"),
        "--predictions",
        str(predictions),
    ]

    tables = runner.invoke(app, args, env={"COLUMNS": "200"})
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
    predictions.write_text(
        "".join(json.dumps({"id": g.id, "text": g.text}) + "\n" for g in gold), encoding="utf-8"
    )
    result = runner.invoke(
        app,
        [
            "evaluate",
            "gold",
            str(data_dir / "eval_gold.jsonl"),
            "--predictions",
            str(predictions),
            "--errors",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    errors = json.loads(result.output)["errors"]
    assert {
        "doc_id": "g2",
        "kind": "missed_meeting",
        "detail": "Luiz Inácio Lula da Silva + Alberto Fernández (occurred, visit)",
    } in errors


def test_gold_command_reports_malformed_gold_with_code(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "x", "text": "Hi", "entities": [{"name": "A", "type": "PERSON", "surfaces": "A"}]}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["evaluate", "gold", str(bad), "--predictions", str(bad)])
    assert result.exit_code == 2
    assert "E503" in result.output
    assert "entities.0.surfaces" in result.output


@pytest.mark.integration
def test_gold_command_runs_the_real_pipeline(data_dir):
    result = runner.invoke(
        app, ["evaluate", "gold", str(data_dir / "eval_gold.jsonl"), "--json", "--errors"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["documents"] == 2
    # The base NER alone finds these full names; geoextract must not lose them.
    assert report["types"]["PERSON"]["found"] >= 5
    assert report["person_recall"] is not None


@pytest.fixture
def ruler_pipelines(monkeypatch):
    """Stand-ins for the base and geoextract pipelines: blank English with an entity ruler."""
    import spacy

    from geoextract.evaluate import pipelines

    def make(patterns):
        def load(base=None, **_):
            nlp = spacy.blank("en")
            nlp.add_pipe("entity_ruler").add_patterns(patterns)
            return nlp

        return load

    base = [{"label": "PERSON", "pattern": "Baerbock"}, {"label": "GPE", "pattern": "Berlin"}]
    geo = [
        {"label": "PERSON", "pattern": [{"TEXT": "Annalena"}, {"TEXT": "Baerbock"}]},
        {"label": "PERSON", "pattern": [{"TEXT": "Antony"}, {"TEXT": "Blinken"}]},
        {"label": "GPE", "pattern": "Berlin"},
        {"label": "ORG", "pattern": "NATO"},
    ]
    monkeypatch.setattr(pipelines, "load_base_pipeline", make(base))
    monkeypatch.setattr(pipelines, "load_geoextract_pipeline", make(geo))


def test_ner_command_scores_both_systems_side_by_side(data_dir, ruler_pipelines):
    result = runner.invoke(
        app, ["evaluate", "ner", str(data_dir / "eval_conll_iob1.txt"), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    base, geo = report["systems"]
    assert (base["system"], geo["system"]) == ("base", "geoextract")
    # Gold: 2 PER, 3 LOC, 1 ORG over two documents.
    assert base["per_type"]["PER"] == {
        "tp": 0,
        "n_pred": 1,
        "n_gold": 2,
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
    }
    assert (base["micro"]["tp"], base["micro"]["n_pred"], base["micro"]["n_gold"]) == (1, 2, 6)
    assert (geo["micro"]["tp"], geo["micro"]["n_pred"], geo["micro"]["n_gold"]) == (4, 4, 6)
    assert geo["micro"]["f1"] == 0.8

    table = runner.invoke(
        app,
        ["evaluate", "ner", str(data_dir / "eval_conll_iob1.txt"), "--limit", "1"],
        env={"COLUMNS": "200"},
    )
    assert table.exit_code == 0, table.output
    assert "PER+LOC+ORG micro" in table.output
    assert "1 documents" in table.output


def test_ner_command_reports_bad_file_with_code(tmp_path, ruler_pipelines):
    bad = tmp_path / "bad.conll"
    bad.write_text("Paris\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "ner", str(bad)])
    assert result.exit_code == 2
    assert "E503" in result.output


def test_ner_command_asks_to_convert_crossner_labels_first(data_dir, ruler_pipelines):
    result = runner.invoke(app, ["evaluate", "ner", str(data_dir / "eval_crossner.txt")])
    assert result.exit_code == 2
    assert "E510" in result.output
    assert "convert-crossner" in result.output
