"""The HTML views rendered by a real browser (headless Chromium): marks and graph are drawn.

Skipped when no Chromium is installed (``apt-get install chromium`` on Debian). The checks
look at the pixels: the displaCy colours of the highlighted entities in the document
view, and the node colour in the graph view, both as a standalone page and inside the
``<iframe srcdoc>`` a notebook shows.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from display_helpers import article_document

import geoextract
from geoextract.display import document_html, graph_view, label_color

PIL_Image = pytest.importorskip("PIL.Image")

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")


def screenshot(html_path: Path, png_path: Path, tmp_path: Path, size: str = "1200,900") -> Path:
    profile = tmp_path / f"profile-{png_path.stem}"
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=5000",
        f"--screenshot={png_path}",
        f"--window-size={size}",
        html_path.resolve().as_uri(),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    assert png_path.is_file()
    return png_path


def pixels_of(png: Path, color: str) -> int:
    """How many pixels have this colour (within a small tolerance for anti-aliasing)."""
    target = tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))
    image = PIL_Image.open(png).convert("RGB")
    return sum(
        count
        for count, rgb in image.getcolors(maxcolors=1 << 24)
        if all(abs(a - b) <= 6 for a, b in zip(rgb, target, strict=True))
    )


def page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>"


def test_document_view_draws_the_entity_highlights(tmp_path: Path):
    html_path = tmp_path / "document.html"
    html_path.write_text(page(document_html(article_document())), encoding="utf-8")
    png = screenshot(html_path, tmp_path / "document.png", tmp_path)
    for label in ("PERSON", "GPE", "ORG", "NORP"):
        assert pixels_of(png, label_color(label)) > 300, label


def test_graph_view_draws_the_nodes_standalone_and_in_the_notebook_iframe(tmp_path: Path):
    graph = geoextract.build_graph([article_document()], isolates=True)
    view = graph_view(graph, height="700px")
    standalone = view.save(tmp_path / "graph.html")
    framed = tmp_path / "framed.html"
    framed.write_text(page(view._repr_html_()), encoding="utf-8")
    for html_path in (standalone, framed):
        png = screenshot(html_path, tmp_path / f"{html_path.stem}.png", tmp_path)
        assert pixels_of(png, label_color("PERSON")) > 500, html_path.name
        assert pixels_of(png, label_color("GPE")) > 200, html_path.name
