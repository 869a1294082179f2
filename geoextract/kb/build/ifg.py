"""UK ministers since 1979 from the Institute for Government's ministers database (CC BY 4.0)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ..normalize import normalize_name
from . import sources as src
from .canonical import MAIN_ROLES, ensure_canonical
from .draft import BuildState, OfficeDraft, PersonDraft, TenureDraft
from .officeholders import SOURCE_WIKIDATA

SOURCE_IFG = "Institute for Government, Ministers Database (CC BY 4.0), 2026-06"
IFG_PRIORITY = 2
_HONORIFIC = re.compile(r"^(?:Lord|Baroness|Lady|Sir|Dame|Viscount|Earl)\b")

#: IfG post names -> role types. Posts of Secretary-of-State rank not listed become "minister".
POST_ROLES = {
    "Prime Minister": "head_of_government",
    "Secretary of State for Foreign and Commonwealth Affairs": "foreign_minister",
    "Secretary of State for Foreign, Commonwealth and Development Affairs": "foreign_minister",
    "Secretary of State for Foreign Affairs": "foreign_minister",
    "Secretary of State for Defence": "defence_minister",
    "Secretary of State for the Home Department": "interior_minister",
    "Chancellor of the Exchequer": "finance_minister",
    "Deputy Prime Minister": "deputy_head_of_government",
    "Secretary of State for Justice and Lord Chancellor": "justice_minister",
    "Secretary of State for Business and Trade": "trade_minister",
    "Secretary of State for International Trade": "trade_minister",
}
SHORT_TITLES = {
    "foreign_minister": "Foreign Secretary",
    "defence_minister": "Defence Secretary",
    "interior_minister": "Home Secretary",
    "finance_minister": "Chancellor of the Exchequer",
    "head_of_government": "Prime Minister",
}
_KEPT_RANKS = {"PM", "DPM", "SoS"}


def _canonical_name(variants: list[str]) -> str:
    plain = [v for v in variants if not _HONORIFIC.match(v)]
    return (plain or variants)[0]


def load_ifg(sources: Path, state: BuildState) -> None:
    """Add UK cabinet-rank appointments (PM, Secretaries of State) with their exact dates."""
    root = src.IFG_DIR
    names: dict[str, list[str]] = defaultdict(list)
    for row in src.read_csv(sources, f"{root}/person.csv"):
        for key in ("display_name", "name"):
            if row[key] and row[key] not in names[row["id"]]:
                names[row["id"]].append(row[key])
    posts = {row["id"]: row for row in src.read_csv(sources, f"{root}/post.csv")}
    acting = {row["appointment_id"] for row in src.read_csv(sources, f"{root}/appointment_characteristics.csv") if row["is_acting"] == "True"}
    uk_index: dict[str, list[str]] = defaultdict(list)
    for p in state.persons.values():
        if p.country == "GBR":
            for alias in (p.name, *p.aliases):
                uk_index[normalize_name(alias)].append(p.id)
    person_ids: dict[str, str] = {}
    ifg_offices: set[str] = set()
    for row in src.read_csv(sources, f"{root}/appointment.csv"):
        post = posts.get(row["post_id"])
        if post is None or post["rank_equivalence"] not in _KEPT_RANKS:
            continue
        role = POST_ROLES.get(post["name"], "minister")
        office = _office(state, post["name"], role)
        ifg_offices.add(office.id)
        pid = person_ids.get(row["person_id"])
        if pid is None:
            pid = _person(state, names[row["person_id"]], uk_index)
            person_ids[row["person_id"]] = pid
        start, end = src.parse_partial_date(row["start_date"]), src.parse_partial_date(row["end_date"])
        state.tenures.append(
            TenureDraft(
                person=pid,
                office=office.id,
                start=start.date if start else None,
                end=end.date if end else None,
                qualifier="acting" if row["id"] in acting else None,
                source=SOURCE_IFG,
                priority=IFG_PRIORITY,
                open_confirmed=end is None,
            )
        )
    # IfG is complete for these offices since 1979: drop the older snapshot's rows after that.
    state.tenures = [
        t for t in state.tenures if not (t.office in ifg_offices and t.source == SOURCE_WIKIDATA and t.start and t.start.year >= 1979)
    ]


def _office(state: BuildState, post_name: str, role: str) -> OfficeDraft:
    if role in MAIN_ROLES:
        office = ensure_canonical(state, "GBR", role, SHORT_TITLES.get(role, post_name))
        if office.title != SHORT_TITLES.get(role, office.title):
            old_title, office.title = office.title, SHORT_TITLES[role]
            office.add_alias(old_title)
        office.add_alias(post_name)
        return office
    if role != "minister":
        same = [o for o in state.offices.values() if o.country == "GBR" and o.role_type == role and o.single_holder]
        if same:
            office = sorted(same, key=lambda o: o.id)[0]
            if role in SHORT_TITLES and office.title != SHORT_TITLES[role]:
                old_title, office.title = office.title, SHORT_TITLES[role]
                office.add_alias(old_title)
            office.add_alias(post_name)
            return office
    key = normalize_name(post_name)
    for office in state.offices.values():
        if office.country == "GBR" and key in {normalize_name(t) for t in (office.title, *office.aliases)}:
            return office
    office = OfficeDraft(id=f"gx:office:GBR:{role}:{key.replace(' ', '-')}", title=SHORT_TITLES.get(role, post_name), role_type=role, country="GBR")
    office.add_alias(post_name)
    office.single_holder = role != "minister" or post_name.startswith("Secretary of State")
    state.offices[office.id] = office
    return office


def _person(state: BuildState, variants: list[str], uk_index: dict[str, list[str]]) -> str:
    found: set[str] = set()
    for v in variants:
        found.update(uk_index.get(normalize_name(v), []))
    if len(found) == 1:
        pid = found.pop()
        state.persons[pid].add_alias(*variants)
        return pid
    name = _canonical_name(variants)
    person = PersonDraft(id=state.new_person_id(name), name=name, country="GBR")
    person.add_alias(*variants)
    state.persons[person.id] = person
    return person.id
