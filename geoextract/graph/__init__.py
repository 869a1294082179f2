"""Who-met-whom graphs of a corpus: build, deduplicate, query, collapse, export.

Example:
    >>> from geoextract.graph import build_graph, meetings_of
    >>> graph = build_graph([])  # Documents from geoextract.extract() or a JSONL file
    >>> graph.number_of_nodes()
    0
"""

from __future__ import annotations

from .build import build_graph
from .collapse import collapse
from .export import FORMATS, from_node_link, infer_format, read_graph, to_node_link, write_graph
from .nodes import actor_key, office_key
from .query import (
    counterparts,
    meetings,
    meetings_about,
    meetings_between_countries,
    meetings_of,
    resolve_actor,
)
from .reader import AnnotationsReport, read_annotations
from .tables import csv_paths, from_dataframes, to_dataframes
from .wrapper import MeetingGraph

__all__ = [
    "FORMATS",
    "AnnotationsReport",
    "MeetingGraph",
    "actor_key",
    "build_graph",
    "collapse",
    "counterparts",
    "csv_paths",
    "from_dataframes",
    "from_node_link",
    "infer_format",
    "meetings",
    "meetings_about",
    "meetings_between_countries",
    "meetings_of",
    "office_key",
    "read_annotations",
    "read_graph",
    "resolve_actor",
    "to_dataframes",
    "to_node_link",
    "write_graph",
]
