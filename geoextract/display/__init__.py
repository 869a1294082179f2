"""Looking at results in Jupyter: highlighted documents, DataFrames and graph views.

- :func:`document_html` renders a Document (``Document._repr_html_`` calls it, so a
  Document shows itself in a notebook);
- :func:`entities_frame`, :func:`roles_frame`, :func:`relations_frame` give pandas
  DataFrames of one Document or a corpus, :func:`meetings_frame` of a meeting graph or
  of a query's answer (``geoextract[pandas]``);
- :func:`graph_view` makes an interactive, offline view of a meeting graph and
  :func:`draw_graph` a static matplotlib drawing (``geoextract[viz]``).

Example:
    >>> from geoextract.display import document_html
    >>> from geoextract.results import Document
    >>> document_html(Document(id="a1", text="No one met anyone.")).startswith("<div")
    True
"""

from __future__ import annotations

from .common import LABEL_COLORS, iter_documents, label_color, wikidata_url
from .drawing import draw_graph
from .frames import (
    ENTITY_COLUMNS,
    MEETING_COLUMNS,
    RELATION_COLUMNS,
    ROLE_COLUMNS,
    entities_frame,
    meetings_frame,
    relations_frame,
    roles_frame,
)
from .html import document_html, highlight_text
from .layout import spring_positions
from .network import GraphView, graph_html, graph_view
from .visdata import node_name, pair_graph, vis_data

__all__ = [
    "ENTITY_COLUMNS",
    "LABEL_COLORS",
    "MEETING_COLUMNS",
    "RELATION_COLUMNS",
    "ROLE_COLUMNS",
    "GraphView",
    "document_html",
    "draw_graph",
    "entities_frame",
    "graph_html",
    "graph_view",
    "highlight_text",
    "iter_documents",
    "label_color",
    "meetings_frame",
    "node_name",
    "pair_graph",
    "relations_frame",
    "roles_frame",
    "spring_positions",
    "vis_data",
    "wikidata_url",
]
