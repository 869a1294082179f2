"""The examples in geoextract.display's docstrings run and say what they show."""

from __future__ import annotations

import doctest
import importlib

import matplotlib
import matplotlib.pyplot
import pytest

MODULES = [
    "geoextract.display",
    "geoextract.display.common",
    "geoextract.display.drawing",
    "geoextract.display.frames",
    "geoextract.display.html",
    "geoextract.display.layout",
    "geoextract.display.network",
    "geoextract.display.visdata",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str):
    matplotlib.use("Agg")
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    matplotlib.pyplot.close("all")
    assert result.failed == 0
    assert result.attempted > 0
