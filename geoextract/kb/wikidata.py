"""Refresh office holders from Wikidata: a SPARQL query, and an importer of its JSON results.

Run :data:`POSITION_HELD_QUERY` (filled with position QIDs by :func:`position_query`) on
https://query.wikidata.org, download the results as JSON, and import them with
:func:`import_sparql_results`. Only the import is needed at run time; :func:`fetch` is a
convenience for users with internet access.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Errors, KBError
from .model import Office, Person, Tenure

if TYPE_CHECKING:
    from .store import KnowledgeBase

ENDPOINT = "https://query.wikidata.org/sparql"
SOURCE = "Wikidata P39 (CC0), imported with geoextract.kb.wikidata"

#: Holders of the given positions with start/end qualifiers and the position's country.
POSITION_HELD_QUERY = """SELECT ?person ?personLabel ?position ?positionLabel ?country ?start ?end WHERE {
  VALUES ?position { %s }
  ?person p:P39 ?statement .
  ?statement ps:P39 ?position .
  OPTIONAL { ?statement pq:P580 ?start . }
  OPTIONAL { ?statement pq:P582 ?end . }
  OPTIONAL { ?position wdt:P17 ?country . }
  FILTER(!BOUND(?end) || ?end >= "2000-01-01"^^xsd:dateTime)
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
}"""


def position_query(position_qids: list[str]) -> str:
    """The SPARQL query for the holders of these positions.

    Example:
        >>> "wd:Q7821917" in position_query(["Q7821917"])
        True
    """
    return POSITION_HELD_QUERY % " ".join(f"wd:{q}" for q in position_qids)


def fetch(query: str, *, timeout: float = 60.0) -> dict[str, Any]:
    """Run a query on the Wikidata endpoint (needs internet) and return the JSON results."""
    url = ENDPOINT + "?" + urllib.parse.urlencode({"query": query, "format": "json"})
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": "geoextract-kb-refresh/1.0",
            "Accept": "application/sparql-results+json",
        },
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        data: dict[str, Any] = json.loads(response.read().decode("utf-8"))
    return data


@dataclass
class ImportReport:
    """What an import changed."""

    persons_added: int = 0
    offices_added: int = 0
    tenures_added: int = 0
    tenures_updated: int = 0
    predecessors_closed: int = 0
    rows_skipped: int = 0


def _qid(binding: dict[str, Any], var: str) -> str | None:
    value = (binding.get(var) or {}).get("value")
    if not value:
        return None
    qid = str(value).rsplit("/", 1)[-1]
    return qid if qid.startswith("Q") and qid[1:].isdigit() else None


def _text(binding: dict[str, Any], var: str) -> str | None:
    value = (binding.get(var) or {}).get("value")
    return str(value) if value else None


def _day(binding: dict[str, Any], var: str) -> dt.date | None:
    value = _text(binding, var)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.lstrip("+")[:10])
    except ValueError:
        return None


def read_sparql_results(source: str | Path | dict[str, Any]) -> list[dict[str, Any]]:
    """The bindings of a SPARQL JSON result (a path or the parsed JSON).

    Raises:
        KBError: The file is missing or not SPARQL JSON results.
    """
    name = str(source) if not isinstance(source, dict) else "<results>"
    if isinstance(source, dict):
        data = source
    else:
        path = Path(source)
        if not path.exists():
            raise KBError(Errors.E101.format(path=path))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise KBError(
                Errors.E106.format(path=name, msg=f"not JSON ({e.msg} at line {e.lineno})")
            ) from e
    try:
        bindings = data["results"]["bindings"]
    except (KeyError, TypeError) as e:
        raise KBError(
            Errors.E106.format(
                path=name, msg="no results.bindings list (download the results as JSON)"
            )
        ) from e
    if not isinstance(bindings, list):
        raise KBError(Errors.E106.format(path=name, msg="results.bindings is not a list"))
    return bindings


def import_sparql_results(kb: KnowledgeBase, source: str | Path | dict[str, Any]) -> ImportReport:
    """Add the persons, offices and tenures of position-held results to ``kb``.

    Positions the KB knows (by QID) keep their office; a new position of a known country
    whose title names a main role joins that country's canonical office; other positions
    become new offices. A tenure already present (same person, office and start) gets the
    result's end date; an open-ended holder of a single-holder office is closed when a
    successor's tenure starts.

    Args:
        kb: The KB to update (use ``KnowledgeBase.load()`` for a private copy).
        source: A results file or parsed JSON with ``person``, ``personLabel``, ``position``,
            ``positionLabel`` and optional ``country``, ``start``, ``end`` variables.

    Returns:
        Counts of what changed.

    Raises:
        KBError: The results are not SPARQL JSON.
    """
    from .build.roles import classify_position

    report = ImportReport()
    items: list[Person | Office | Tenure] = []
    new_tenures: list[Tenure] = []
    country_by_qid = {c.id: c.alpha3 for c in kb.countries.values()}
    canonical = {key: ids[0] for key, ids in kb._offices_by_role.items() if ids}
    offices: dict[str, str] = {}
    for b in read_sparql_results(source):
        person_id, position = _qid(b, "person"), _qid(b, "position")
        label = _text(b, "personLabel")
        if not person_id or not position or not label:
            report.rows_skipped += 1
            continue
        if person_id not in kb.persons and not any(
            isinstance(i, Person) and i.id == person_id for i in items
        ):
            items.append(
                Person(
                    id=person_id, name=label, country=country_by_qid.get(_qid(b, "country") or "")
                )
            )
            report.persons_added += 1
        office_id = offices.get(position)
        if office_id is None:
            office_id = position if position in kb.offices else None
            if office_id is None:
                country = country_by_qid.get(_qid(b, "country") or "")
                title = _text(b, "positionLabel") or position
                role = classify_position(title, title, country) or "other"
                office_id = canonical.get((country, role)) if country else None
                if office_id is None:
                    items.append(Office(id=position, title=title, role_type=role, country=country))
                    office_id = position
                    report.offices_added += 1
            offices[position] = office_id
        new_tenures.append(
            Tenure(
                person=person_id,
                office=office_id,
                start=_day(b, "start"),
                end=_day(b, "end"),
                source=SOURCE,
            )
        )
    kb.add_all(items)
    _merge_tenures(kb, new_tenures, report)
    return report


def _merge_tenures(kb: KnowledgeBase, tenures: list[Tenure], report: ImportReport) -> None:
    rows = kb._tenure_rows
    index = {(r[0], r[1], r[2]): i for i, r in enumerate(rows)}
    by_office: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_office.setdefault(r[1], []).append(i)
    added: list[Tenure] = []
    for t in sorted(tenures, key=lambda t: (t.office, t.start or dt.date.min)):
        start = t.start.isoformat() if t.start else None
        key = (t.person, t.office, start)
        if key in index:
            row = rows[index[key]]
            if t.end is not None and row[3] != t.end.isoformat():
                rows[index[key]] = [*row[:3], t.end.isoformat(), *row[4:]]
                report.tenures_updated += 1
            continue
        if any(a.person == t.person and a.office == t.office and a.start == t.start for a in added):
            continue
        office = kb._office_rows.get(t.office)
        if office is not None and office[6] and start is not None:
            for i in by_office.get(t.office, []):
                row = rows[i]
                if row[0] != t.person and row[3] is None and row[2] and row[2] < start:
                    rows[i] = [*row[:3], start, *row[4:]]
                    report.predecessors_closed += 1
            for a in added:
                if (
                    a.office == t.office
                    and a.person != t.person
                    and a.end is None
                    and a.start
                    and t.start
                    and a.start < t.start
                ):
                    a.end = t.start
                    report.predecessors_closed += 1
        added.append(t)
    kb.add_all(added)
    report.tenures_added += len(added)
