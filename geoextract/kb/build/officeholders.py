"""Persons, offices and tenures from the Wikidata office-holder extracts (PepperCat)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from . import sources as src
from .draft import BuildState, OfficeDraft, PersonDraft, TenureDraft
from .roles import classify_position

SOURCE_WIKIDATA = "Wikidata P39 via EveryPolitician scrapers (CC0), snapshot 2022-2023"
_NATIONAL_LISTS = {"wanted-positions.csv", "xtra-positions.csv", "ambassador-positions.csv"}
_DISAMBIG = re.compile(r"\s+\((?:[^)]*\b(?:politician|diplomat|born|general|officer|lawyer|economist|president|minister|activist|journalist|businessman|businesswoman|footballer|academic|judge|soldier|engineer|scientist|writer|adviser|advisor|mayor|official|civil servant|banker|bishop|cleric|admiral|governor|senator|ambassador|physician|executive|commander|trade unionist|\d{4})\b[^)]*)\)$", re.I)
_PEERAGE = re.compile(r",\s+(?:Baron|Baroness|Lord|Lady|Viscount|Earl|Marquess|Duke)\b.*$")

#: Titles of the international posts in the ``world`` extract -> (organisation name, role type).
INTL_POSTS: dict[str, tuple[str, str]] = {
    "Secretary-General of the United Nations": ("United Nations", "secretary_general"),
    "Deputy Secretary-General of the United Nations": ("United Nations", "org_deputy_head"),
    "President of the United Nations General Assembly": ("United Nations General Assembly", "org_head"),
    "Speaker of the Arab Parliament": ("Arab Parliament", "org_head"),
    "president of the Parliamentary Assembly of the Council of Europe": ("Parliamentary Assembly of the Council of Europe", "org_head"),
    "President of the International Court of Justice": ("International Court of Justice", "org_head"),
    "Vice President of the International Court of Justice": ("International Court of Justice", "org_deputy_head"),
    "OSCE High Commissioner on National Minorities": ("Organization for Security and Co-operation in Europe", "official"),
    "Director-General of the World Trade Organization": ("World Trade Organization", "org_head"),
    "judge of the International Court of Justice": ("International Court of Justice", "judge"),
}


def clean_person_name(label: str, enwiki: str) -> tuple[str, list[str]]:
    """Canonical name (English Wikipedia title without disambiguator) and extra aliases.

    Example:
        >>> clean_person_name("Mark Malloch Brown, Baron Malloch-Brown", "")
        ('Mark Malloch Brown', ['Mark Malloch Brown, Baron Malloch-Brown'])
    """
    aliases: list[str] = []
    name = enwiki or label
    stripped = _DISAMBIG.sub("", name)
    if stripped != name:
        aliases.append(name) if not enwiki else None
        name = stripped
    peer = _PEERAGE.sub("", name)
    if peer != name:
        aliases.append(name)
        name = peer
    if label and label != name and not _PEERAGE.search(label) and label not in aliases:
        aliases.append(_PEERAGE.sub("", label))
    return name.strip(), [a for a in aliases if a and a != name]


def load_officeholders(sources: Path, state: BuildState) -> None:
    """Add persons, offices (one per source position) and tenures from holders.csv."""
    qid_to_alpha3 = state.country_of_qid()
    positions: dict[str, dict[str, str]] = {}
    for row in src.read_csv(sources, src.POSITIONS):
        if row["list_file"] in _NATIONAL_LISTS:
            positions.setdefault(row["position_qid"], row)
            positions.setdefault(f"{row['repo']}|{row['position_qid']}", row)
    person_countries: dict[str, Counter[str]] = defaultdict(Counter)
    for row in src.read_csv(sources, src.HOLDERS):
        pid = row["person_qid"]
        if not pid:
            continue
        name, aliases = clean_person_name(row["person"], row["enwiki"])
        if not name or (name.startswith("Q") and name[1:].isdigit()):
            continue
        person = state.persons.get(pid)
        if person is None:
            person = PersonDraft(id=pid, name=name)
            birth, death = src.parse_partial_date(row["dob"]), src.parse_partial_date(row["dod"])
            person.birth = birth.date if birth and birth.precision == "day" else None
            person.death = death.date if death and death.precision == "day" else None
            state.persons[pid] = person
        person.add_alias(*aliases)
        office = _office_for(row, positions, qid_to_alpha3, state)
        if office is None:
            continue
        if office.country:
            person_countries[pid][office.country] += 1
        start, end = src.parse_partial_date(row["start"]), src.parse_partial_date(row["end"])
        state.tenures.append(
            TenureDraft(
                person=pid,
                office=office.id,
                start=start.date if start else None,
                end=end.date if end else None,
                start_precision=start.precision if start else "day",
                end_precision=end.precision if end else "day",
                source=SOURCE_WIKIDATA,
            )
        )
    for pid, counts in person_countries.items():
        state.persons[pid].country = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _office_for(
    row: dict[str, str],
    positions: dict[str, dict[str, str]],
    qid_to_alpha3: dict[str, str],
    state: BuildState,
) -> OfficeDraft | None:
    # A few rows name two position items ("Q25672112|Q32969906"): use the one we know.
    parts = row["position_qid"].split("|")
    qid = next((q for q in parts if q in state.offices), None) or next((q for q in parts if q in positions), parts[0])
    alpha3 = qid_to_alpha3.get(row["jurisdiction_qid"])
    pos = positions.get(f"{row['repo']}|{qid}") or positions.get(qid)
    # One position item under two jurisdictions (the French President is also Co-Prince of
    # Andorra): the position's own country keeps the QID, the other gets an office of its own.
    home = qid_to_alpha3.get(pos["country"]) if pos else None
    if alpha3 and home and home != alpha3:
        qid = f"gx:office:{alpha3}:{qid}"
    if qid in state.offices:
        return state.offices[qid]
    if not row["jurisdiction_qid"]:
        post = INTL_POSTS.get(row["position_title"])
        if post is None:
            return None
        office = OfficeDraft(id=qid, title=row["position_title"], role_type=post[1], org=f"name:{post[0]}")
        office.single_holder = post[1] not in {"judge", "official"}
        state.offices[qid] = office
        return office
    if alpha3 is None or pos is None:
        return None
    title = pos["title"] or row["position_title"]
    role = classify_position(title, pos["label"], alpha3)
    if role is None:
        return None
    office = OfficeDraft(id=qid, title=title, role_type=role, country=alpha3)
    if pos["label"] and pos["label"] != title:
        office.add_alias(pos["label"])
    office.single_holder = role not in {"ambassador", "minister", "official", "governor", "judge", "spokesperson", "deputy_foreign_minister", "deputy_head_of_government", "military_chief", "org_head", "other"}
    state.offices[qid] = office
    return office


def load_current_foreign_ministers(sources: Path, state: BuildState) -> None:
    """Foreign-minister positions of nearly every state (Dec 2022), with current holders.

    Adds the position when holders.csv lacks the country (Germany's Q568605) and the QIDs of
    countries whose country-codes row has none (Namibia).
    """
    for row in src.read_csv(sources, src.CURRENT_FMS):
        label = row["countryLabel"]
        draft = next((c for c in state.countries.values() if c.name == label or label in c.aliases), None)
        if draft is not None and not draft.id.startswith("Q") and row["country"]:
            draft.id = row["country"]
    qid_to_alpha3 = state.country_of_qid()
    for row in src.read_csv(sources, src.CURRENT_FMS):
        alpha3 = qid_to_alpha3.get(row["country"])
        if alpha3 is None or not row["position"]:
            continue
        office = state.offices.get(row["position"])
        if office is None:
            office = OfficeDraft(id=row["position"], title=row["positionLabel"], role_type="foreign_minister", country=alpha3)
            state.offices[office.id] = office
        if not row["person"] or not row["name"]:
            continue
        if row["person"] not in state.persons:
            state.persons[row["person"]] = PersonDraft(id=row["person"], name=row["name"], country=alpha3)
        start = src.parse_partial_date(row["start"])
        state.tenures.append(
            TenureDraft(
                person=row["person"],
                office=office.id,
                start=start.date if start else None,
                end=None,
                start_precision=start.precision if start else "day",
                source="Wikidata current foreign ministers via EveryPolitician (CC0), 2022-12",
            )
        )
