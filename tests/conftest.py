"""Shared fixtures: the full pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DEV = REPO.parent / "shared" / "data" / "dev"


@pytest.fixture(scope="session")
def nlp():
    """The default geoextract pipeline on the base English pipeline."""
    import geoextract

    return geoextract.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The article this project started from (read from ../shared, never copied in)."""
    path = SHARED_DEV / "seed-article.txt"
    if not path.exists():
        pytest.skip("../shared/data/dev/seed-article.txt is not available")
    return path.read_text(encoding="utf-8")
