"""README starts with the install-and-run command and the test command, and CI runs the latter."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", text, flags=re.S)


def test_readme_opens_with_two_single_line_commands():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = text.index("```bash")
    assert text[:first_block].strip().startswith("# geoextract")
    commands = _commands()[:2]
    assert len(commands) == 2 and all("\n" not in c for c in commands)
    assert commands[0].startswith("pip install .") and "geoextract annotate" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert _commands()[1] in ci.splitlines()


def test_readme_example_corpus_exists():
    match = re.search(r"annotate (\S+)", _commands()[0])
    assert match and (REPO / match.group(1)).is_file()
