"""geoextract.load() on bases other than the default: found by factory, clear errors otherwise."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import geoextract
from geoextract.errors import GeoExtractValueError, MissingDependencyError
from geoextract.pipeline import GEOEXTRACT_PIPES, ner_pipe


def _save_blank(path: Path, pipes: dict[str, str]) -> Path:
    """Save an untrained English pipeline with ``pipes`` (name -> factory)."""
    nlp = spacy.blank("en")
    for name, factory in pipes.items():
        nlp.add_pipe(factory, name=name)
    nlp.initialize()
    nlp.to_disk(path)
    return path


def test_load_finds_renamed_parser_and_ner_by_factory(tmp_path: Path) -> None:
    base = _save_blank(tmp_path / "base", {"dependencies": "parser", "entities": "ner", "after": "sentencizer"})
    nlp = geoextract.load(base)
    assert nlp.pipe_names == ["dependencies", "entities", *GEOEXTRACT_PIPES, "after"]
    assert geoextract.extract("Germany and France met.", nlp=nlp).text == "Germany and France met."


def test_ner_pipe_is_the_last_entity_recognizer() -> None:
    nlp: Language = spacy.blank("en")
    nlp.add_pipe("ner", name="first")
    nlp.add_pipe("beam_ner", name="second")
    assert ner_pipe(nlp) == "second"
    assert ner_pipe(spacy.blank("en")) is None


def test_load_refuses_a_base_without_parser(tmp_path: Path) -> None:
    base = _save_blank(tmp_path / "base", {"ner": "ner"})
    with pytest.raises(GeoExtractValueError, match=r"E003.*parser"):
        geoextract.load(base)


def test_transformer_base_without_spacy_transformers_names_the_extra(tmp_path: Path) -> None:
    if importlib.util.find_spec("spacy_transformers") is not None:
        pytest.skip("spacy-transformers is installed: the error cannot happen here")
    base = _save_blank(tmp_path / "base", {})
    config = (base / "config.cfg").read_text(encoding="utf-8")
    config = config.replace("pipeline = []", 'pipeline = ["transformer"]')
    config += '\n[components.transformer]\nfactory = "transformer"\n'
    (base / "config.cfg").write_text(config, encoding="utf-8")
    with pytest.raises(MissingDependencyError, match=r"E010.*geoextract\[trf\]"):
        geoextract.load(base)
