"""Griffe extension: read geoextract's docstrings the way their authors meant them.

- geoextract's docstrings head their doctests ``Example:`` (one short example per
  function). Griffe's Google-style parser only knows the plural ``Examples:``, and would
  render the doctest output lines as Markdown (``['Antony Blinken']`` becomes a broken
  link); the header is renamed before parsing, so the examples render as code.
- Sphinx roles such as ``:func:`build_graph``` or ``:class:`~geoextract.graph.MeetingGraph```
  would show as literal text; they become inline code (the last dotted part after ``~``).

Registered in ``mkdocs.yml`` under the python handler's ``extensions``.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_HEADER = re.compile(r"^(\s*)Example:\s*$", re.MULTILINE)
_ROLE = re.compile(r":(?:func|class|meth|mod|attr|data|obj|exc|ref):`(~?)([^`]+)`")


def _role_to_code(match: re.Match[str]) -> str:
    target = match.group(2)
    return f"`{target.rsplit('.', 1)[-1] if match.group(1) else target}`"


class ExampleSections(griffe.Extension):
    """Turn ``Example:`` headers into ``Examples:`` and Sphinx roles into inline code."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            value = _HEADER.sub(r"\1Examples:", obj.docstring.value)
            obj.docstring.value = _ROLE.sub(_role_to_code, value)
