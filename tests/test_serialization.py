"""A geoextract pipeline survives to_disk/spacy.load (in a fresh process) and to_bytes/from_bytes."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import spacy
from pipeline_io import SAMPLE_RECORDS, documents, documents_in_fresh_process

import geoextract
from geoextract.pipeline import GEOEXTRACT_PIPES, add_geoextract_pipes, pipeline_options

pytestmark = pytest.mark.integration

#: A user KB file with an actor the shipped KB does not know.
USER_KB = """\
- type: person
  name: Marta Quellstrom
  country: SWE
  aliases: [M. Quellstrom]
"""
USER_TEXT = "Swedish envoy Marta Quellstrom met Antony Blinken in Stockholm on Monday."
#: Settings away from the defaults, so that a from_bytes that ignores its data is caught.
CUSTOM_OPTIONS: dict[str, Any] = {
    "link_threshold": 0.85,
    "fuzzy_threshold_no_context": 0.95,
    "meeting_min_confidence": 0.6,
}


@pytest.fixture(scope="module")
def user_kb_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("user_kb") / "actors.yaml"
    path.write_text(USER_KB, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def custom_nlp(user_kb_file: Path) -> Any:
    return geoextract.load(kb_paths=[str(user_kb_file)], **CUSTOM_OPTIONS)


def _kb_ids(nlp: Any, text: str) -> dict[str, str]:
    return {ent.text: ent.kb_id_ for ent in nlp(text).ents if ent.kb_id_}


def test_sample_records_give_linked_entities_and_roles(nlp: Any) -> None:
    # Guards the round-trip tests below against comparing empty results.
    docs = documents(nlp)
    assert len(docs) == len(SAMPLE_RECORDS)
    assert any(e["kb_id"] for d in docs for e in d["entities"])
    assert any(d["roles"] for d in docs)
    assert docs[-1]["entities"] == []


def test_saved_pipeline_gives_identical_documents_in_a_fresh_process(nlp: Any, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    fresh = documents_in_fresh_process(tmp_path / "pipeline")
    assert fresh["pipe_names"] == nlp.pipe_names
    assert fresh["documents"] == documents(nlp)


def test_saved_pipeline_keeps_user_kb_without_the_kb_file(
    custom_nlp: Any, user_kb_file: Path, tmp_path: Path
) -> None:
    custom_nlp.to_disk(tmp_path / "pipeline")
    # The KB travels inside the saved pipeline: the file named in its config may be gone.
    moved = tmp_path / "elsewhere.yaml"
    shutil.move(user_kb_file, moved)
    try:
        records = [(USER_TEXT, "2024-05-06"), *SAMPLE_RECORDS]
        fresh = documents_in_fresh_process(tmp_path / "pipeline", records)
        reloaded = spacy.load(tmp_path / "pipeline")
    finally:
        shutil.move(moved, user_kb_file)
    assert fresh["documents"] == documents(custom_nlp, records)
    assert _kb_ids(reloaded, USER_TEXT)["Marta Quellstrom"] == _kb_ids(custom_nlp, USER_TEXT)["Marta Quellstrom"]
    for name, value in CUSTOM_OPTIONS.items():
        pipe, key = pipeline_options()[name].split(".")
        assert reloaded.get_pipe_config(pipe)[key] == value


@pytest.mark.parametrize("pipe_name", list(GEOEXTRACT_PIPES))
def test_component_bytes_round_trip(custom_nlp: Any, pipe_name: str) -> None:
    component = custom_nlp.get_pipe(pipe_name)
    data = component.to_bytes()
    # A default instance of the same factory takes the custom one's state from the bytes.
    blank = add_geoextract_pipes(spacy.blank("en"))
    fresh = blank.get_pipe(pipe_name)
    assert fresh.from_bytes(data) is fresh
    assert fresh.to_bytes() == data


def test_pipeline_bytes_round_trip_carries_user_kb_and_settings(custom_nlp: Any) -> None:
    target = geoextract.load()
    target.from_bytes(custom_nlp.to_bytes())
    assert _kb_ids(target, USER_TEXT)["Marta Quellstrom"] == _kb_ids(custom_nlp, USER_TEXT)["Marta Quellstrom"]
    records = [(USER_TEXT, "2024-05-06"), *SAMPLE_RECORDS]
    assert documents(target, records) == documents(custom_nlp, records)
