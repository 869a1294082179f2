"""The documentation site builds strictly, every page is in the navigation, and the CLI
reference covers every command."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None
    or importlib.util.find_spec("mkdocstrings") is None
    or importlib.util.find_spec("material") is None,
    reason="mkdocs, mkdocs-material and mkdocstrings are not installed (pip install '.[docs]')",
)


def _nav_pages(entries: object) -> set[str]:
    pages: set[str] = set()
    if isinstance(entries, str):
        pages.add(entries)
    elif isinstance(entries, list):
        for entry in entries:
            pages |= _nav_pages(entry)
    elif isinstance(entries, dict):
        for value in entries.values():
            pages |= _nav_pages(value)
    return pages


def test_mkdocs_strict_build_passes(tmp_path: Path):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-6000:]
    site = tmp_path / "site"
    assert (site / "index.html").is_file()
    assert "geoextract.display.document_html" in (
        site / "api" / "display" / "index.html"
    ).read_text(encoding="utf-8")
    cli = (site / "cli" / "index.html").read_text(encoding="utf-8")
    assert "geoextract annotate" in cli and "--resume" in cli


def test_every_docs_page_is_in_the_navigation():
    import yaml

    class _Loader(yaml.SafeLoader):
        """mkdocs.yml may hold python tags; the nav needs none of them."""

    _Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    in_nav = _nav_pages(config["nav"])
    on_disk = {
        path.relative_to(DOCS).as_posix()
        for path in DOCS.rglob("*.md")
        if "hooks" not in path.relative_to(DOCS).parts
    }
    generated = {"cli.md"}
    assert on_disk - in_nav == set(), "pages missing from the nav in mkdocs.yml"
    assert in_nav - on_disk - generated == set(), "nav entries without a page"


def test_cli_reference_is_generated_for_every_command():
    sys.path.insert(0, str(DOCS / "hooks"))
    try:
        from cli_reference import cli_markdown
    finally:
        sys.path.remove(str(DOCS / "hooks"))
    markdown = cli_markdown()
    for command in (
        "extract",
        "annotate",
        "graph",
        "kb search",
        "kb holders",
        "kb stats",
        "evaluate ner",
        "evaluate gold",
    ):
        assert f"`geoextract {command}`" in markdown, command
