"""Importing Wikidata position-held (P39) SPARQL results into a KB."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from geoextract.errors import KBError
from geoextract.kb import KnowledgeBase
from geoextract.kb.wikidata import import_sparql_results, position_query, read_sparql_results

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "wikidata_p39_sample.json"


def test_import_adds_persons_and_dated_tenures(tiny_kb: KnowledgeBase) -> None:
    report = import_sparql_results(tiny_kb, FIXTURE)
    assert report.rows_skipped == 1
    assert report.persons_added == 3  # Rubio has another id here; Ada and Bo are new
    assert tiny_kb.persons["Q9000002"].name == "Ada Example"
    # The new US position is the canonical foreign-minister office of the USA.
    holders = tiny_kb.holders("foreign_minister", "USA", on="2025-03-01")
    assert "Q324546" in [h.person.id for h in holders]
    assert {h.office.id for h in holders} == {"Q7821917-office"}


def test_import_closes_an_open_predecessor(tiny_kb: KnowledgeBase) -> None:
    report = import_sparql_results(tiny_kb, FIXTURE)
    assert report.offices_added == 1
    holders = tiny_kb.holders("Q9000003", on="2024-07-01")
    assert [h.person.name for h in holders] == ["Bo Example"]
    ada = tiny_kb.holders("Q9000003", on="2023-06-01")[0].tenure
    assert ada.end == dt.date(2024, 6, 15)
    assert report.predecessors_closed == 1


def test_import_updates_the_end_of_a_known_tenure(tiny_kb: KnowledgeBase) -> None:
    data = json.loads(FIXTURE.read_text())
    first = data["results"]["bindings"][0]
    report = import_sparql_results(tiny_kb, {"results": {"bindings": [first]}})
    assert (report.tenures_added, report.tenures_updated) == (0, 0)  # the KB already has it
    first["end"]["value"] = "2025-01-19T00:00:00Z"
    report = import_sparql_results(tiny_kb, {"results": {"bindings": [first]}})
    assert (report.tenures_added, report.tenures_updated) == (0, 1)
    blinken = tiny_kb.offices_of("Q7821917")[0].tenure
    assert blinken.end == dt.date(2025, 1, 19)


def test_bad_results_are_refused_with_a_coded_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"head": {}}')
    with pytest.raises(KBError, match="E106"):
        read_sparql_results(bad)
    bad.write_text("not json")
    with pytest.raises(KBError, match="E106"):
        read_sparql_results(bad)
    with pytest.raises(KBError, match="E101"):
        read_sparql_results(tmp_path / "missing.json")


def test_position_query_lists_the_positions() -> None:
    query = position_query(["Q7821917", "Q568605"])
    assert "wd:Q7821917 wd:Q568605" in query
    assert "pq:P580" in query and "pq:P582" in query
