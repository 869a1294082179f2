"""geoextract: who is who and who met whom about what in geopolitical news.

Example:
    >>> import geoextract
    >>> doc = geoextract.extract("Antony Blinken met Wang Yi in Beijing.", date="2024-04-26")  # doctest: +SKIP
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .api import extract, extract_many, load
from .extensions import install_extensions
from .kb import KnowledgeBase
from .results import Document, Entity, ErrorRecord, Mention, Relation, Role

if TYPE_CHECKING:
    from .batch import annotate_corpus
    from .graph import MeetingGraph, build_graph, collapse, read_graph, write_graph

__version__ = "0.1.0"

#: Public names imported on first use: the graph and batch modules bring networkx and the
#: corpus readers, which a one-off ``geoextract extract`` does not need.
_LAZY = {
    "annotate_corpus": ".batch",
    "build_graph": ".graph",
    "collapse": ".graph",
    "MeetingGraph": ".graph",
    "read_graph": ".graph",
    "write_graph": ".graph",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geoextract' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

__all__ = [
    "__version__",
    "annotate_corpus",
    "build_graph",
    "collapse",
    "Document",
    "Entity",
    "ErrorRecord",
    "extract",
    "extract_many",
    "install_extensions",
    "KnowledgeBase",
    "load",
    "MeetingGraph",
    "Mention",
    "read_graph",
    "Relation",
    "Role",
    "write_graph",
]
