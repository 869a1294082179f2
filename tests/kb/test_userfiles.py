"""User KB files: valid files extend the KB; malformed files are refused whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoextract.errors import KBError
from geoextract.kb import KnowledgeBase

GOOD_YAML = """\
- type: organisation
  name: Example Institute for Peace
  acronyms: [EIP]
  kind: think_tank
  country: USA
- type: person
  name: Jane Roe
  country: USA
  aliases: [J. Roe]
- type: alias
  id: Q564328
  aliases: [A. Baerbock]
- type: office
  role: org_head
  title: President of the Example Institute for Peace
  org: EIP
- type: tenure
  person: Jane Roe
  org: EIP
  role: org_head
  start: 2020-03
  source: my notes
- type: tenure
  person: Q4803
  country: DEU
  role: foreign_minister
  start: 2030-01-01
- type: country
  alpha3: DEU
  seats: [the Bundestag]
"""


def test_valid_yaml_extends_the_kb(tiny_kb: KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(GOOD_YAML)
    tiny_kb.extend(path)
    assert tiny_kb.lookup("Jane Roe")[0].country == "USA"
    assert tiny_kb.lookup("A. Baerbock")[0].id == "Q564328"
    assert tiny_kb.lookup("EIP")[0].type == "organisation"
    assert [h.person.name for h in tiny_kb.holders("org_head", "EIP", on="2024-01-01")] == [
        "Jane Roe"
    ]
    assert tiny_kb.country("the Bundestag").alpha3 == "DEU"
    assert [h.person.name for h in tiny_kb.holders("foreign_minister", "DEU", on="2031-01-01")][
        -1
    ] == "Marco Rubio"


def test_jsonl_files_are_read_too(tiny_kb: KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    rows = [
        {"type": "person", "name": "Jane Roe", "country": "USA"},
        {
            "type": "tenure",
            "person": "Jane Roe",
            "country": "USA",
            "role": "foreign_minister",
            "start": "2031-01-01",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    tiny_kb.extend(path)
    assert [h.person.name for h in tiny_kb.holders("US Secretary of State", on="2031-06-01")][
        -1
    ] == "Jane Roe"


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        ("- {type: person, name: Jane Roe}\n- {type: person, nam: Typo}\n", 2, "name"),
        (
            "- {type: person, name: Jane Roe}\n- {type: tenure, person: Jane Roe, country: DEU, role: foreign_minister, start: 2024-13-40}\n",
            2,
            "start",
        ),
        (
            "- {type: tenure, person: Nobody Known, country: DEU, role: foreign_minister}\n",
            1,
            "person",
        ),
        ("- {type: office, role: grand_vizier, title: Vizier, country: DEU}\n", 1, "role"),
        ("- {type: person, name: Jane Roe, country: Atlantis}\n", 1, "country"),
        ("- {type: starship, name: Enterprise}\n", 1, "type"),
        ("- {type: alias, id: Q0, aliases: [x]}\n", 1, "id"),
        (
            "- {type: tenure, person: Q4803, country: DEU, role: foreign_minister, start: 2025-01-01, end: 2024-01-01}\n",
            1,
            "end",
        ),
    ],
)
def test_malformed_file_names_file_line_and_field_and_adds_nothing(
    tiny_kb: KnowledgeBase, tmp_path: Path, text: str, line: int, field: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    before = tiny_kb.stats()
    with pytest.raises(KBError) as info:
        tiny_kb.extend(path)
    message = str(info.value)
    assert str(path) in message
    assert f"line {line}" in message
    assert f"field '{field}'" in message
    assert tiny_kb.stats() == before
    assert tiny_kb.lookup("Jane Roe") == []


def test_broken_yaml_and_json_are_refused(tiny_kb: KnowledgeBase, tmp_path: Path) -> None:
    yaml_path = tmp_path / "broken.yaml"
    yaml_path.write_text("- {type: person, name: [unclosed\n")
    with pytest.raises(KBError, match="not valid YAML"):
        tiny_kb.extend(yaml_path)
    jsonl = tmp_path / "broken.jsonl"
    jsonl.write_text('{"type": "person", "name": "A"}\n{oops\n')
    with pytest.raises(KBError, match="line 2"):
        tiny_kb.extend(jsonl)


def test_unknown_file_type_and_missing_file(tiny_kb: KnowledgeBase, tmp_path: Path) -> None:
    txt = tmp_path / "mine.txt"
    txt.write_text("x")
    with pytest.raises(KBError, match="E104"):
        tiny_kb.extend(txt)
    with pytest.raises(KBError, match="E101"):
        tiny_kb.extend(tmp_path / "missing.yaml")


def test_load_puts_user_files_on_a_copy_of_the_shipped_kb(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("- {type: person, name: Zebulon Quackenbush, country: USA}\n")
    kb = KnowledgeBase.load(path)
    assert kb.lookup("Zebulon Quackenbush")
    assert not KnowledgeBase.default().lookup("Zebulon Quackenbush")
