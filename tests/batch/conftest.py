"""Fixtures of the batch tests: a blank test pipeline and the blank-pipeline CLI."""

from __future__ import annotations

import pytest
from batch_helpers import make_nlp
from spacy.language import Language


@pytest.fixture
def blank_nlp() -> Language:
    """A blank English pipeline that fails on texts containing BOOM."""
    return make_nlp()


@pytest.fixture
def blank_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every pipeline the batch code loads by name the blank test pipeline."""
    from geoextract.batch import worker

    monkeypatch.setattr(worker.PipelineSpec, "load", lambda self: make_nlp())
