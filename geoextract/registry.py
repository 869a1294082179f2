"""Registered, versioned functions that components take from their config."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.util import registry

from .kb import KnowledgeBase


@lru_cache(maxsize=8)
def _cached_kb(paths: tuple[str, ...], shipped: bool) -> KnowledgeBase:
    if not paths and shipped:
        return KnowledgeBase.default()
    return KnowledgeBase.load(*paths, shipped=shipped)


@registry.misc("geoextract.kb_loader.v1")
def make_kb_loader(
    paths: Sequence[str] = (), shipped: bool = True
) -> Callable[[], KnowledgeBase]:
    """Return a loader of the shipped KB plus user files ``paths``, cached per process.

    Example:
        >>> loader = make_kb_loader()
        >>> loader() is loader()  # doctest: +SKIP
        True
    """
    key = tuple(str(p) for p in paths)

    def load() -> KnowledgeBase:
        return _cached_kb(key, shipped)

    return load
