"""Static matplotlib drawing of a meeting graph, for papers, reports and notebooks saved as PDF."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import networkx as nx

from .common import label_color, require
from .network import as_networkx
from .visdata import pair_graph, spring_positions

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
    number; ``holds`` and ``member_of`` edges are dashed. Node size grows with the number of
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
        MissingDependencyError: matplotlib is not installed (E601).
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
    ax = ax if ax is not None else plt.subplots(figsize=(10, 7.5))[1]
    if pos is None:
        pos = spring_positions(simple, seed=seed)
    meet_edges = [(u, v) for u, v, d in simple.edges(data=True) if not d["structural"]]
    role_edges = [(u, v) for u, v, d in simple.edges(data=True) if d["structural"]]
    nx.draw_networkx_edges(
        simple,
        pos,
        edgelist=meet_edges,
        width=[1.0 + 1.5 * math.log2(simple.edges[e]["weight"] + 1) for e in meet_edges],
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
        node_size=[220 + 140 * simple.degree(n) for n in nodes],
        node_shape="o",
        edgecolors="#57606a",
        linewidths=1.0,
        ax=ax,
    )
    if labels and nodes:
        names = {n: _short(str(simple.nodes[n].get("name") or n), max_label_chars) for n in nodes}
        nx.draw_networkx_labels(
            simple,
            pos,
            labels=names,
            font_size=9,
            font_color="#1f2328",
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.75, "pad": 0.6},
            ax=ax,
        )
    _legend(ax, sorted(set(node_labels) - {""}))
    ax.set_axis_off()
    ax.margins(0.12)
    if title:
        ax.set_title(title)
    return ax


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
    ax.legend(handles=handles, loc="upper left", frameon=True, fontsize=9)
