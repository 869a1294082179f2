"""The example notebooks run from top to bottom, and are committed without outputs.

Each notebook runs in its own fresh kernel, from the ``notebooks/`` folder (so relative
paths such as ``data/articles.jsonl`` work), and loads the pipeline once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = sorted(path.name for path in NOTEBOOKS.glob("*.ipynb"))
CELL_TIMEOUT_S = 600


def test_the_three_example_notebooks_exist():
    assert NAMES == ["01_quickstart.ipynb", "02_knowledge_base.ipynb", "03_corpus_to_graph.ipynb"]


@pytest.mark.parametrize("name", NAMES)
def test_committed_notebook_has_no_outputs(name: str):
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(notebook)
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        assert cell.outputs == [], f"{name} cell {index} has outputs: strip them"
        assert cell.execution_count is None, f"{name} cell {index} has an execution count"
    assert "widgets" not in notebook.metadata, f"{name} carries widget state"


@pytest.mark.integration
@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_from_top_to_bottom(name: str):
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT_S,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute()  # raises CellExecutionError with the failing cell and traceback
    errors = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "error"
    ]
    assert not errors
    rich = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type in ("execute_result", "display_data") and "text/html" in output.data
    ]
    assert rich, f"{name} displays no HTML (documents, tables or graph views)"
