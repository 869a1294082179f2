"""Build the shipped knowledge base from ``kb-sources`` and the curated files.

Run ``python -m geoextract.kb.build --sources ../shared/data/kb-sources``. The build is
deterministic: the same inputs give byte-identical ``geoextract/kb/data/kb.json.gz``.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from ..model import Country, Office, Organisation, Person, Tenure
from ..rows import RowError, raise_errors
from ..shipped import write_shipped_fuzzy
from ..store import SHIPPED_FILE, KnowledgeBase
from . import apply_curated as cur
from .aliases import add_generated_aliases, prune_one_word_aliases
from .canonical import apply_factbook, canonicalize_offices, mirror_dual_roles
from .cleaning import clean_tenures
from .countries import add_alias_lists, add_archive_names, add_factbook, build_countries
from .curated import load_curated
from .draft import BuildState
from .factbook import load_factbook_leaders
from .factbook_archive import fill_from_archive
from .ifg import load_ifg
from .merge import merge_duplicate_persons
from .officeholders import load_current_foreign_ministers, load_officeholders

logger = logging.getLogger(__name__)
PACKAGE_DIR = Path(__file__).resolve().parent.parent
CURATED_DIR = PACKAGE_DIR / "curated"
DATA_DIR = PACKAGE_DIR / "data"


def build_state(sources: Path, curated: Path = CURATED_DIR) -> BuildState:
    """Read every source and curated file into a merged, cleaned build state.

    Raises:
        KBError: A source file is missing, or curated rows are invalid (all errors listed).
    """
    rows, errors = load_curated(curated)
    raise_errors(errors)
    countries = build_countries(sources)
    gec = add_factbook(sources, countries)
    add_archive_names(sources, countries, gec)
    add_alias_lists(sources, countries)
    state = BuildState(countries=countries)
    row_errors: list[RowError] = []
    cur.apply_countries(state, rows["countries"], row_errors)
    cur.apply_organisations(state, rows["organisations"], row_errors)
    raise_errors(row_errors)
    load_officeholders(sources, state)
    load_current_foreign_ministers(sources, state)
    cur.resolve_org_refs(state)
    leaders = load_factbook_leaders(sources, gec)
    state.factbook_leaders = {k: dict(v) for k, v in leaders.items()}
    canonicalize_offices(state)
    load_ifg(sources, state)
    cur.apply_offices(state, rows["offices"], row_errors)
    cur.apply_people(state, rows["people"], row_errors)
    cur.apply_tenures(state, rows["tenures"], row_errors)
    raise_errors(row_errors)
    apply_factbook(state)
    counts = clean_tenures(state)
    counts["factbook_archive_terms"] = fill_from_archive(sources, state, gec)
    counts["mirrored_head_of_government"] = mirror_dual_roles(state)
    logger.info("tenure cleaning: %s", counts)
    report = merge_duplicate_persons(state)
    for line in report.lines():
        logger.info("%s", line)
    # Merged persons bring two rows for one term (a Wikidata row and a Factbook one).
    logger.info("tenure cleaning after merges: %s", clean_tenures(state))
    cur.apply_titles(state, rows["titles"], row_errors)
    raise_errors(row_errors)
    for person in state.persons.values():
        add_generated_aliases(person)
    dropped = prune_one_word_aliases(state.persons)
    logger.info("one-word aliases dropped (surnames, first names, shared): %d, e.g. %s", sum(map(len, dropped.values())), ", ".join(sorted({a for v in dropped.values() for a in v})[:40]))
    return state


def state_to_kb(state: BuildState, meta: dict[str, Any] | None = None) -> KnowledgeBase:
    """Validate every record with the pydantic model and assemble a KnowledgeBase."""
    used_persons = {t.person for t in state.tenures}
    items: list[Any] = []
    for alpha3 in sorted(state.countries):
        items.append(Country.model_validate(state.countries[alpha3].as_record()))
    for oid in sorted(state.organisations):
        record = {k: v for k, v in state.organisations[oid].items() if not k.startswith("_")}
        items.append(Organisation.model_validate(record))
    for pid in sorted(state.persons):
        p = state.persons[pid]
        if pid not in used_persons and not p.curated and not pid.startswith("Q"):
            continue
        items.append(Person(id=p.id, name=p.name, aliases=sorted(p.aliases), country=p.country, birth=p.birth, death=p.death))
    used_offices = {t.office for t in state.tenures}
    for oid in sorted(state.offices):
        o = state.offices[oid]
        if oid not in used_offices and oid not in state.canonical.values():
            continue
        org = o.org if o.org and o.org in state.organisations else None
        items.append(Office(id=o.id, title=o.title, role_type=o.role_type, country=o.country, org=org, aliases=sorted(o.aliases), single_holder=o.single_holder, also_roles=o.also_roles))
    for t in sorted(state.tenures, key=lambda t: (t.office, t.start or t.end or dt.date.min, t.person)):
        items.append(Tenure(person=t.person, office=t.office, start=t.start, end=t.end, qualifier=t.qualifier, source=t.source))
    kb = KnowledgeBase()
    kb.add_all(items)
    kb.add_titles((e["title"], e["role_type"], e["country"], e["normalized"]) for e in state.titles)
    kb.meta = dict(meta or {})
    return kb


def build(sources: Path, curated: Path = CURATED_DIR, out: Path = DATA_DIR) -> KnowledgeBase:
    """Build the KB and write ``out/kb.json.gz``.

    Args:
        sources: The ``kb-sources`` folder.
        curated: The curated YAML folder.
        out: Where to write the shipped file.

    Returns:
        The built KnowledgeBase.
    """
    state = build_state(sources, curated)
    kb = state_to_kb(state, meta={"built_from": sorted(p.name for p in sources.iterdir() if p.is_dir())})
    kb.to_disk(out)
    # The fuzzy index takes most of a second to build: ship it prebuilt, tied to this file.
    shipped = (Path(out) / SHIPPED_FILE).read_bytes()
    write_shipped_fuzzy(KnowledgeBase.from_bytes(shipped), shipped, Path(out))
    return kb

