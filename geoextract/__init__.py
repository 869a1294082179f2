"""geoextract: who is who and who met whom about what in geopolitical news.

Example:
    >>> import geoextract
    >>> doc = geoextract.extract("Antony Blinken met Wang Yi in Beijing.", date="2024-04-26")  # doctest: +SKIP
"""

from __future__ import annotations

from .api import extract, extract_many, load
from .batch import annotate_corpus
from .extensions import install_extensions
from .graph import MeetingGraph, build_graph, collapse, read_graph, write_graph
from .kb import KnowledgeBase
from .results import Document, Entity, ErrorRecord, Mention, Relation, Role

__version__ = "0.1.0"

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
