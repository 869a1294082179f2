"""Deterministic node positions for graph views and drawings: one spring layout per component.

A single spring layout of a whole corpus graph squeezes small components (two leaders who
met once) into tight clumps at the edge. Laying out each connected component on its own,
sized by its number of nodes, and packing the components in rows, gives every node
about the same room, so names stay readable.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import numpy as np

from ..errors import Errors, MissingDependencyError

#: networkx lays out graphs of this many nodes with scipy's sparse solver.
SPARSE_LAYOUT_NODES = 500
#: Room between neighbouring nodes, and between packed components, in layout units.
_SPACING = 1.6
_GAP_Y = 1.2
#: Side by side, components need room for the names written under their nodes.
_GAP_X = 2.4
#: Components this small stand upright instead of lying flat.
_STANDING = 3
#: Width over height that the packed components aim at (a notebook cell, a slide).
_ASPECT = 2.0


def spring_positions(graph: nx.Graph, *, seed: int = 0) -> dict[Any, tuple[float, float]]:
    """Seeded positions of a graph's nodes, about one layout unit apart.

    Each connected component gets networkx's spring layout, scaled so that its median
    edge is as long as in every other component; components are then packed in rows,
    the largest first. The same graph and
    seed always give the same positions.

    Args:
        graph: Any networkx graph (edges are taken as undirected).
        seed: Seed of the spring layouts.

    Returns:
        Node → (x, y), with y pointing up (matplotlib's convention).

    Raises:
        MissingDependencyError: a component has 500 nodes or more and scipy, which
            networkx needs to lay it out, is not installed (E601).

    Example:
        >>> pos = spring_positions(nx.path_graph(3))
        >>> sorted(pos)
        [0, 1, 2]
    """
    simple = nx.Graph(graph.to_undirected(as_view=True)) if graph.is_directed() else graph
    components = sorted(
        (sorted(c, key=str) for c in nx.connected_components(simple)),
        key=lambda nodes: (-len(nodes), str(nodes[0])),
    )
    blocks = [_component_layout(simple.subgraph(nodes), seed) for nodes in components]
    return _pack(blocks)


def _component_layout(sub: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    n = sub.number_of_nodes()
    if n == 1:
        return {next(iter(sub.nodes)): (0.0, 0.0)}
    if n >= SPARSE_LAYOUT_NODES:
        try:
            import scipy  # noqa: F401
        except ImportError as e:
            raise MissingDependencyError(
                Errors.E601.format(
                    feature=f"Laying out a connected component of {n} nodes",
                    package="scipy",
                    extra="scipy",
                )
            ) from e
    # Rebuild the component with sorted nodes so the layout does not depend on the
    # order in which the corpus was read.
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(sub.nodes, key=str))
    pairs = {tuple(sorted((u, v), key=str)) for u, v, *_ in sub.edges}
    ordered.add_edges_from(sorted(pairs, key=str))
    pos = nx.spring_layout(ordered, seed=seed, iterations=100)
    # spring_layout fits every component into the same square; rescale so that the
    # typical (median) edge has the same length in every component.
    lengths = sorted(math.dist(pos[u], pos[v]) for u, v in ordered.edges)
    median = lengths[len(lengths) // 2] if lengths else 1.0
    scale = _SPACING / max(median, 1e-6)
    flat = _lie_flat({node: (float(x) * scale, float(y) * scale) for node, (x, y) in pos.items()})
    if n <= _STANDING:
        # Names are written under their nodes: side by side, two or three names collide,
        # stacked they do not.
        return {node: (-y, x) for node, (x, y) in flat.items()}
    return flat


def _lie_flat(pos: dict[Any, tuple[float, float]]) -> dict[Any, tuple[float, float]]:
    """Rotate a layout so its longest extent is horizontal: screens and pages are wide."""
    nodes = list(pos)
    points = np.array([pos[n] for n in nodes], dtype=float)
    centred = points - points.mean(axis=0)
    # The principal axes of the point cloud; the first is the direction of longest spread.
    _, _, axes = np.linalg.svd(centred, full_matrices=False)
    rotated = centred @ axes.T
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, rotated, strict=True)}


def _pack(blocks: list[dict[Any, tuple[float, float]]]) -> dict[Any, tuple[float, float]]:
    """Place component layouts left to right in rows of about equal width (shelf packing)."""
    boxes = []
    for block in blocks:
        xs = [x for x, _ in block.values()]
        ys = [y for _, y in block.values()]
        boxes.append((block, min(xs), max(xs), min(ys), max(ys)))
    area = sum((x1 - x0 + _GAP_X) * (y1 - y0 + _GAP_Y) for _, x0, x1, y0, y1 in boxes)
    widest = max((x1 - x0 for _, x0, x1, _, _ in boxes), default=0.0)
    row_width = max(widest, math.sqrt(area * _ASPECT))
    out: dict[Any, tuple[float, float]] = {}
    cursor_x = cursor_y = row_height = 0.0
    for block, x0, x1, y0, y1 in boxes:
        width, height = x1 - x0, y1 - y0
        if cursor_x > 0 and cursor_x + width > row_width:
            cursor_x, cursor_y, row_height = 0.0, cursor_y - row_height - _GAP_Y, 0.0
        for node, (x, y) in block.items():
            out[node] = (cursor_x + x - x0, cursor_y - (y1 - y))
        cursor_x += width + _GAP_X
        row_height = max(row_height, height)
    return out
