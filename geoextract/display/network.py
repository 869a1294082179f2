"""Interactive view of a meeting graph that works offline: vis-network inlined, nothing fetched.

The page carries vis-network's JavaScript (shipped by the ``pyvis`` package, geoextract's
``viz`` extra) inside a ``<script>`` element, and the notebook display wraps the page in an
``<iframe srcdoc=...>``: the graph shows in JupyterLab, classic Notebook and VS Code with no
network and no CDN, and its script cannot clash with the notebook's own (require.js, CSS).
Node and edge tooltips are plain text, so nothing from the graph is ever read as HTML.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from html import escape
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from ..errors import Errors, GeoExtractTypeError, GeoExtractValueError, MissingDependencyError
from .common import label_color, require
from .layout import spring_positions
from .visdata import vis_data

#: Where pyvis keeps the standalone vis-network build (pyvis 0.3.x).
VIS_JS_PATH = ("templates", "lib", "vis-9.1.2", "vis-network.min.js")

_CSS_SIZE = re.compile(r"\d+(\.\d+)?(px|%|em|rem|vh)")

_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "physics": {
        "enabled": False,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {
            "gravitationalConstant": -70,
            "centralGravity": 0.012,
            "springLength": 130,
            "avoidOverlap": 0.6,
        },
        "stabilization": {"enabled": True, "iterations": 400, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": True},
    "nodes": {
        "shape": "dot",
        "borderWidth": 1.5,
        "scaling": {"min": 12, "max": 34, "label": {"enabled": False}},
        "font": {
            "size": 15,
            "face": "Helvetica, Arial, sans-serif",
            "color": "#1f2328",
            "strokeWidth": 4,
            "strokeColor": "#ffffff",
        },
    },
    "edges": {
        "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
        "color": {"color": "#8c959f", "highlight": "#0b4fb3", "hover": "#0b4fb3"},
        "font": {"size": 12, "color": "#57606a", "strokeWidth": 3, "strokeColor": "#ffffff"},
        "selectionWidth": 1.5,
    },
}

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
html, body {{ margin: 0; padding: 0; height: 100%; background: #ffffff; color: #1f2328;
  font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif; }}
body {{ display: flex; flex-direction: column; }}
#geoextract-legend {{ flex: 0 0 auto; font-size: 13px; line-height: 1.6; padding: 4px 10px;
  border-bottom: 1px solid #d0d7de; background: #f6f8fa; }}
#geoextract-legend .chip {{ display: inline-block; width: 11px; height: 11px;
  border-radius: 50%; border: 1px solid #57606a; margin: 0 4px 0 10px; vertical-align: -1px; }}
#geoextract-legend .box {{ display: inline-block; width: 14px; height: 9px;
  border: 1px solid #57606a; margin: 0 4px 0 10px; vertical-align: 0; }}
#geoextract-legend .line {{ display: inline-block; width: 18px; height: 0;
  border-top: 2px dashed #8c959f; margin: 0 4px 0 10px; vertical-align: 3px; }}
#geoextract-legend .hint {{ color: #57606a; margin-left: 10px; }}
#geoextract-graph {{ flex: 1 1 auto; position: relative; min-height: 200px; }}
#geoextract-empty {{ position: absolute; top: 45%; width: 100%; text-align: center;
  color: #57606a; font-size: 15px; }}
div.vis-tooltip {{ position: absolute; visibility: hidden; z-index: 5; pointer-events: none;
  padding: 6px 8px; white-space: pre; font-size: 13px; line-height: 1.4; color: #1f2328;
  background: #ffffff; border: 1px solid #8c959f; border-radius: 4px;
  box-shadow: 2px 2px 8px rgba(0, 0, 0, 0.18); font-family: inherit; }}
</style>
<script>{vis_js}</script>
</head>
<body>
<div id="geoextract-legend">{legend}</div>
<div id="geoextract-graph"></div>
{empty}
<script>
(function () {{
  var nodes = new vis.DataSet({nodes});
  var edges = new vis.DataSet({edges});
  var options = {options};
  var container = document.getElementById("geoextract-graph");
  var network = new vis.Network(container, {{nodes: nodes, edges: edges}}, options);
  // Zoom to the whole graph once it is drawn at its real size (an iframe may start at 0 px).
  network.once("afterDrawing", function () {{ network.fit(); }});
  if (options.physics.enabled) {{
    // Freeze the layout once it has settled, so dragging a node moves only that node.
    network.once("stabilizationIterationsDone", function () {{
      network.setOptions({{physics: false}});
      network.fit();
    }});
  }}
}})();
</script>
</body>
</html>
"""


class GraphView:
    """An offline interactive graph page; shows itself in Jupyter and saves as an HTML file.

    Example:
        >>> view = GraphView("<!DOCTYPE html><html></html>", height="400px")
        >>> 'srcdoc="&lt;!DOCTYPE html&gt;' in view._repr_html_()
        True
    """

    def __init__(self, html: str, *, height: str = "640px") -> None:
        self.html = html
        self.height = _check_size("height", height)

    def _repr_html_(self) -> str:
        # srcdoc keeps the page (and vis-network) in its own document: no clash with the
        # notebook's scripts or styles, and no file or server to reach.
        return (
            f'<iframe class="geoextract-graph" srcdoc="{escape(self.html, quote=True)}" '
            f'style="width: 100%; height: {self.height}; border: 1px solid #d0d7de; '
            f'border-radius: 6px; background: #ffffff;" sandbox="allow-scripts" '
            f'loading="eager"></iframe>'
        )

    def save(self, path: str | Path) -> Path:
        """Write the standalone page (open it in any browser, offline) and return its path."""
        target = Path(path)
        target.write_text(self.html, encoding="utf-8")
        return target

    def __repr__(self) -> str:
        return f"<GraphView {len(self.html)} characters of HTML>"


def graph_view(
    graph: Any,
    *,
    height: str = "640px",
    title: str = "geoextract meeting graph",
    layout: Literal["spring", "physics"] = "spring",
    seed: int = 0,
) -> GraphView:
    """Make an interactive, offline view of a meeting graph for Jupyter or a browser.

    Nodes are actors coloured by label (as in the document view) and sized by their
    number of connections; parallel meeting edges between two actors are drawn as one
    edge whose width grows with the number of meetings and whose tooltip lists them
    (date, mode, status, topic, sources). Visits of a directed graph point from visitor
    to host; meetings that were only planned, cancelled or denied are dashed, and so are
    ``holds`` and ``member_of`` edges (lighter). Drag nodes, zoom and pan with the mouse.

    Args:
        graph: A graph from :func:`geoextract.build_graph` (or read back), its collapsed
            form, or a :class:`geoextract.MeetingGraph`.
        height: CSS height of the view in a notebook.
        title: The page title.
        layout: ``"spring"`` places the nodes with networkx's seeded spring layout (the
            same picture every time, shown at once, as :func:`draw_graph` draws it);
            ``"physics"`` lets vis-network's force simulation place them in the browser
            (also used for a component of 500+ nodes when scipy is not installed).
        seed: Seed of the spring layout.

    Returns:
        A :class:`GraphView`; in Jupyter it displays itself, ``.save(path)`` writes the page.

    Raises:
        GeoExtractTypeError: ``graph`` is not a networkx graph (E604).
        GeoExtractValueError: ``height`` is not a CSS size (E606) or ``layout`` is unknown (E607).
        MissingDependencyError: pyvis, which ships vis-network, is not installed (E601).

    Example:
        >>> import networkx as nx
        >>> g = nx.MultiGraph()
        >>> _ = g.add_edge("Q1", "Q2", key="m0", type="meet", date="2024-05-01")
        >>> "vis.Network" in graph_view(g).html
        True
    """
    page = graph_html(graph, title=title, layout=layout, seed=seed)
    return GraphView(page, height=height)


def graph_html(
    graph: Any,
    *,
    title: str = "geoextract meeting graph",
    layout: Literal["spring", "physics"] = "spring",
    seed: int = 0,
) -> str:
    """Return the standalone HTML page of :func:`graph_view` (vis-network inlined).

    Raises:
        GeoExtractTypeError: ``graph`` is not a networkx graph (E604).
        GeoExtractValueError: ``layout`` is unknown (E607).
        MissingDependencyError: pyvis is not installed (E601).
    """
    if layout not in ("spring", "physics"):
        raise GeoExtractValueError(Errors.E607.format(layout=layout))
    g = as_networkx(graph)
    positions = None
    if layout == "spring":
        try:
            positions = spring_positions(g, seed=seed)
        except MissingDependencyError:
            # A component too large for networkx without scipy: the browser lays it out.
            positions = None
    nodes, edges = vis_data(g, positions=positions)
    options = copy.deepcopy(_OPTIONS)
    options["physics"]["enabled"] = positions is None
    return _PAGE.format(
        title=escape(title),
        vis_js=vis_network_js(),
        legend=_legend(g, nodes, edges),
        empty="" if nodes else '<div id="geoextract-empty">The graph is empty.</div>',
        nodes=_script_json(nodes),
        edges=_script_json(edges),
        options=_script_json(options),
    )


def as_networkx(graph: Any) -> nx.Graph:
    """Return the networkx graph of a graph or of a MeetingGraph-like wrapper (``.graph``).

    Raises:
        GeoExtractTypeError: neither (E604).
    """
    if isinstance(graph, nx.Graph):
        return graph
    inner = getattr(graph, "graph", None)
    if isinstance(inner, nx.Graph):
        return inner
    raise GeoExtractTypeError(Errors.E604.format(type_name=type(graph).__name__))


@functools.lru_cache(maxsize=1)
def vis_network_js() -> str:
    """The standalone vis-network script that pyvis ships, read once.

    Raises:
        MissingDependencyError: pyvis is not installed (E601).
        GeoExtractValueError: this pyvis does not carry the file (E605).
    """
    require("pyvis", feature="The interactive graph view", package="pyvis", extra="geoextract[viz]")
    asset = resources.files("pyvis")
    for part in VIS_JS_PATH:
        asset = asset / part
    try:
        script = asset.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError) as e:
        raise GeoExtractValueError(
            Errors.E605.format(version=metadata.version("pyvis"), path="/".join(VIS_JS_PATH))
        ) from e
    # A literal "</script" would end the inline element early; the build has none, and
    # escaping the slash keeps the script valid should a later build add one.
    return script.replace("</script", "<\\/script")


def _legend(graph: nx.Graph, nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> str:
    labels = sorted({str(attrs.get("label") or "") for _, attrs in graph.nodes(data=True)} - {""})
    chips = "".join(
        f'<span class="{"box" if label == "OFFICE" else "chip"}" '
        f'style="background: {label_color(label)}"></span>{escape(label)}'
        for label in labels
    )
    dashed = (
        '<span class="line"></span>planned, cancelled or denied; role'
        if any(e.get("dashes") for e in edges)
        else ""
    )
    summary = (
        f"<strong>{len(nodes)}</strong> node{'s' if len(nodes) != 1 else ''} · "
        f"<strong>{len(edges)}</strong> link{'s' if len(edges) != 1 else ''}"
    )
    hint = '<span class="hint">hover for details · drag · scroll to zoom</span>' if nodes else ""
    return f"{summary}{chips}{dashed}{hint}"


def _script_json(value: Any) -> str:
    """JSON that is safe inside an inline ``<script>`` (no ``</script>``, no U+2028)."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _check_size(name: str, value: str) -> str:
    if not isinstance(value, str) or not _CSS_SIZE.fullmatch(value.strip()):
        raise GeoExtractValueError(Errors.E606.format(name=name, value=value))
    return value.strip()
