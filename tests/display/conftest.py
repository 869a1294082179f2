"""Fixtures of the display tests (the Documents themselves are in display_helpers.py)."""

from __future__ import annotations

import pytest
from display_helpers import article_document

from geoextract.results import Document


@pytest.fixture
def article() -> Document:
    """A Document with linked and unlinked entities, overlapping mentions, roles, meetings."""
    return article_document()
