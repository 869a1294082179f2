"""Static matplotlib drawing of a meeting graph, for papers, reports and notebooks saved as PDF."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import networkx as nx

from .common import label_color, require
from .layout import spring_positions
from .network import as_networkx
from .visdata import node_name, pair_graph

#: How far below its node a name is written, in layout units (neighbours are 1.6 apart).
_LABEL_DROP = 0.18

if TYPE_CHECKING:
    from matplotlib.axes import Axes


def draw_graph(
    graph: Any,
    ax: Axes | None = None,
    *,
    seed: int = 0,
    labels: bool = True,
    max_label_chars: int = 24,
    pos: dict[Any, tuple[float, float]] | None = None,
    title: str | None = None,
) -> Axes:
    """Draw a meeting graph with matplotlib: actors coloured by label, meetings as lines.

    Parallel meetings between two actors become one line whose width grows with their
    number; meetings only planned, cancelled or denied are dashed, and so are ``holds``
    and ``member_of`` edges (lighter). Node size grows with the number of
    counterparts. The layout is networkx's spring layout with a fixed seed, so the same
    graph is drawn the same way every time, and as :func:`graph_view` shows it.

    Args:
        graph: A graph from :func:`geoextract.build_graph`, its collapsed form, or a
            :class:`geoextract.MeetingGraph`.
        ax: The matplotlib Axes to draw on; a new figure is made when None.
        seed: Seed of the spring layout.
        labels: Write actor names next to the nodes.
        max_label_chars: Longer names are shortened with an ellipsis.
        pos: Node positions to use instead of the spring layout.
        title: Axes title.

    Returns:
        The Axes drawn on.

    Raises:
        MissingDependencyError: matplotlib is not installed, or scipy is not and a
            connected component has 500 nodes or more (E601).
        GeoExtractTypeError: ``graph`` is not a networkx graph (E604).

    Example:
        >>> import matplotlib; matplotlib.use("Agg")
        >>> g = nx.MultiGraph()
        >>> _ = g.add_edge("Q1", "Q2", key="m0", type="meet")
        >>> draw_graph(g).get_title()
        ''
    """
    plt = require(
        "matplotlib.pyplot", feature="draw_graph", package="matplotlib", extra="geoextract[viz]"
    )
    g = as_networkx(graph)
    simple = pair_graph(g)
    if pos is None:
        pos = spring_positions(simple, seed=seed)
    ax = ax if ax is not None else plt.subplots(figsize=_figure_size(pos))[1]
    meet_edges = [(u, v) for u, v, d in simple.edges(data=True) if not d["structural"]]
    role_edges = [(u, v) for u, v, d in simple.edges(data=True) if d["structural"]]
    for held in (True, False):
        edgelist = [e for e in meet_edges if simple.edges[e]["held"] is held]
        if not edgelist:
            continue
        nx.draw_networkx_edges(
            simple,
            pos,
            edgelist=edgelist,
            width=[1.0 + 1.5 * math.log2(simple.edges[e]["weight"] + 1) for e in edgelist],
            style="solid" if held else "dashed",
            edge_color="#8c959f",
            ax=ax,
        )
    if role_edges:
        nx.draw_networkx_edges(
            simple, pos, edgelist=role_edges, width=1.0, style="dashed", edge_color="#b6bcc4", ax=ax
        )
    nodes = list(simple.nodes)
    node_labels = [str(simple.nodes[n].get("label") or "") for n in nodes]
    nx.draw_networkx_nodes(
        simple,
        pos,
        nodelist=nodes,
        node_color=[label_color(label) for label in node_labels],
        node_size=[min(600, 90 + 45 * simple.degree(n)) for n in nodes],
        node_shape="o",
        edgecolors="#57606a",
        linewidths=1.0,
        ax=ax,
    )
    if labels and nodes:
        names = {n: _short(node_name(n, simple.nodes[n]), max_label_chars) for n in nodes}
        # Names go under their nodes, not on them, so nodes and edges stay visible.
        below = {n: (x, y - _LABEL_DROP) for n, (x, y) in pos.items()}
        nx.draw_networkx_labels(
            simple,
            below,
            labels=names,
            font_size=8,
            font_color="#1f2328",
            verticalalignment="top",
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7, "pad": 0.3},
            ax=ax,
        )
    _legend(ax, sorted(set(node_labels) - {""}))
    ax.set_axis_off()
    ax.margins(0.12)
    if title:
        ax.set_title(title)
    return ax


def _figure_size(pos: dict[Any, tuple[float, float]]) -> tuple[float, float]:
    """About an inch per layout unit (neighbours 1.6 in apart), within page-friendly bounds."""
    if not pos:
        return (6.0, 4.0)
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    width = min(16.0, max(6.0, (max(xs) - min(xs)) * 0.9 + 2.0))
    height = min(12.0, max(4.0, (max(ys) - min(ys)) * 0.9 + 2.0))
    return (width, height)


def _short(name: str, limit: int) -> str:
    return name if len(name) <= limit else name[: max(1, limit - 1)] + "…"


def _legend(ax: Axes, labels: list[str]) -> None:
    if not labels:
        return
    from matplotlib.lines import Line2D

    handles = [
        Line2D(
            [0],
            [0],
            marker="o",
            linestyle="",
            markersize=9,
            markerfacecolor=label_color(label),
            markeredgecolor="#57606a",
            label=label,
        )
        for label in labels
    ]
    # Above the drawing, in one row, so it never covers a node.
    ax.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        ncol=len(handles),
        frameon=False,
        fontsize=9,
    )
