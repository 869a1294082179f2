"""Merge validated curated rows into the build state (curated facts win over the sources)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path
from typing import Any, cast

from rapidfuzz import fuzz

from ..normalize import name_tokens, normalize_name, slugify
from ..rows import RowError, partial_date
from .canonical import MAIN_ROLES, ensure_canonical, name_parts, names_compatible
from .countries import CountryDraft
from .curated import CountryRow, OfficeRow, OrganisationRow, PersonRow, TenureRow, TitleRow
from .draft import BuildState, OfficeDraft, PersonDraft, TenureDraft

Rows = list[tuple[Path, int, Any]]
CURATED_PRIORITY = 3


def apply_countries(state: BuildState, rows: Rows, errors: list[RowError]) -> None:
    """Extra names, seats and demonyms of countries; new territories and disputed states."""
    for path, line, row in rows:
        row = cast(CountryRow, row)
        draft = state.countries.get(row.alpha3)
        if draft is None:
            if not row.name:
                errors.append(RowError(path, line, "name", f"{row.alpha3} is not an ISO country; a new one needs a name"))
                continue
            draft = CountryDraft(alpha3=row.alpha3, alpha2=row.alpha2, id=row.id or f"gx:country:{row.alpha3}", name=row.name, kind=row.kind or "disputed")
            state.countries[row.alpha3] = draft
        elif row.name and row.name != draft.name:
            draft.add("aliases", draft.name)
            draft.name = row.name
        if row.id:
            draft.id = row.id
        if row.kind:
            draft.kind = row.kind
        if row.un_member is not None:
            draft.un_member = row.un_member
        draft.add("aliases", *row.aliases)
        draft.add("historical_names", *row.historical_names)
        # Curated demonyms go first: the country that lists a shared demonym first owns it.
        draft.demonyms[:0] = [d for d in row.demonyms if normalize_name(d) not in {normalize_name(x) for x in draft.demonyms}]
        # Curated capitals go first: the curated file names the capital as it is called now
        # (Astana, not the older sources' Nur-Sultan), and the first capital is the one shown.
        draft.put_first("capitals", *row.capitals)
        draft.add("seats", *row.seats)
    _give_shared_demonyms_to_curators(state, rows)


def _give_shared_demonyms_to_curators(state: BuildState, rows: Rows) -> None:
    """A demonym curated for one country ("Dominican" for the Dominican Republic) is taken
    off the other countries the sources gave it to (Dominica), unless a curated row lists it
    for them too: lookups of a shared word must have one answer."""
    claims: dict[str, set[str]] = {}
    for _, _, row in rows:
        for demonym in cast(CountryRow, row).demonyms:
            claims.setdefault(normalize_name(demonym), set()).add(cast(CountryRow, row).alpha3)
    for alpha3, draft in state.countries.items():
        draft.demonyms[:] = [
            d for d in draft.demonyms if alpha3 in claims.get(normalize_name(d), {alpha3})
        ]


def apply_organisations(state: BuildState, rows: Rows, errors: list[RowError]) -> None:
    """Organisations; ids are QIDs when given, else ``gx:org:<slug>``."""
    for path, line, row in rows:
        row = cast(OrganisationRow, row)
        if row.country and row.country not in state.countries:
            errors.append(RowError(path, line, "country", f"unknown country {row.country!r}"))
            continue
        oid = row.id or f"gx:org:{slugify(row.acronyms[0] if row.acronyms else row.name)}"
        taken = state.organisations.get(oid)
        if not row.id and taken is not None and taken["name"] != row.name:
            # Two bodies share an acronym (RSF: Rapid Support Forces, Reporters Without
            # Borders) or a slug (OPEC, OPEC+): the later one is keyed by its own name.
            base, n = f"gx:org:{slugify(row.name)}", 2
            oid = base
            while oid in state.organisations and state.organisations[oid]["name"] != row.name:
                oid, n = f"{base}-{n}", n + 1
        old = state.organisations.get(oid)
        record = {
            "id": oid,
            "type": "organisation",
            "name": row.name,
            "aliases": list(dict.fromkeys((old or {}).get("aliases", []) + row.aliases)),
            "acronyms": list(dict.fromkeys((old or {}).get("acronyms", []) + row.acronyms)),
            "kind": row.kind,
            "country": row.country,
            "parent": row.parent,
            "_where": (path, line),
        }
        state.organisations[oid] = record
    names = org_name_index(state)
    for org in state.organisations.values():
        parent = org.get("parent")
        if parent and parent not in state.organisations:
            resolved = names.get(normalize_name(parent))
            if resolved:
                org["parent"] = resolved
            else:
                path, line = org["_where"]
                errors.append(RowError(path, line, "parent", f"unknown organisation {parent!r} (give its name, acronym or id)"))
                org["parent"] = None


def org_name_index(state: BuildState) -> dict[str, str]:
    """Normalised organisation name, acronym or alias -> id (first listed wins)."""
    index: dict[str, str] = {}
    for oid, org in state.organisations.items():
        for name in (oid, org["name"], *org["acronyms"], *org["aliases"]):
            index.setdefault(normalize_name(name), oid)
    return index


def resolve_org_refs(state: BuildState) -> None:
    """Point source offices' ``name:<organisation>`` placeholders at curated organisations."""
    names = org_name_index(state)
    for office in state.offices.values():
        if office.org and office.org.startswith("name:"):
            office.org = names.get(normalize_name(office.org[5:]))


def _office_for_row(state: BuildState, row: TenureRow | OfficeRow, path: Path, line: int, errors: list[RowError], names: dict[str, str]) -> OfficeDraft | None:
    if row.country and row.org:
        errors.append(RowError(path, line, "org", "give either country or org, not both"))
        return None
    if row.country:
        if row.country not in state.countries:
            errors.append(RowError(path, line, "country", f"unknown country {row.country!r}"))
            return None
        if row.role in MAIN_ROLES:
            office = ensure_canonical(state, row.country, row.role, row.title)
            if row.title and normalize_name(row.title) != normalize_name(office.title):
                office.add_alias(row.title)
            return office
        return _find_or_create(state, row.country, None, row.role, row.title)
    if row.org:
        org = names.get(normalize_name(row.org))
        if org is None:
            errors.append(RowError(path, line, "org", f"unknown organisation {row.org!r}; add it to curated/organisations.yaml"))
            return None
        return _find_or_create(state, None, org, row.role, row.title)
    errors.append(RowError(path, line, "country", "give the country (alpha-3) or the org of the office"))
    return None


def _find_or_create(state: BuildState, country: str | None, org: str | None, role: str, title: str | None) -> OfficeDraft:
    candidates = [o for o in state.offices.values() if o.country == country and o.org == org and o.role_type == role]
    if title:
        key = normalize_name(title)
        for o in candidates:
            if key in {normalize_name(t) for t in (o.title, *o.aliases)}:
                return o
        if len(candidates) == 1 and candidates[0].single_holder and role in _ONE_OFFICE_ROLES:
            # Kenya's "Deputy President" is the office Wikidata calls "Vice-President".
            candidates[0].add_alias(title)
            return candidates[0]
    elif len(candidates) == 1:
        return candidates[0]
    scope = country or slugify(org or "")
    title = title or role.replace("_", " ").capitalize()
    oid = f"gx:office:{scope}:{role}" if not candidates else f"gx:office:{scope}:{role}:{slugify(title)}"
    office = OfficeDraft(id=oid, title=title, role_type=role, country=country, org=org)
    office.single_holder = role in {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "secretary_general", "org_head", "high_representative", "deputy_head_of_state", "speaker", "national_security_adviser", "interior_minister", "finance_minister", "justice_minister", "trade_minister"}
    state.offices[office.id] = office
    return office


#: Roles a country or organisation has one office of: a new title names that office.
_ONE_OFFICE_ROLES = frozenset({"deputy_head_of_state", "national_security_adviser", "speaker", "secretary_general", "high_representative"})


def apply_offices(state: BuildState, rows: Rows, errors: list[RowError]) -> None:
    """Countries' own titles for role types (and their aliases)."""
    names = org_name_index(state)
    for path, line, row in rows:
        row = cast(OfficeRow, row)
        office = _office_for_row(state, row, path, line, errors, names)
        if office is None:
            continue
        if normalize_name(office.title) != normalize_name(row.title):
            old_title, office.title = office.title, row.title
            office.aliases = [a for a in office.aliases if a != row.title]
            office.add_alias(old_title)
        office.add_alias(*row.aliases)
        office.title_locked = True
        if row.single_holder is not None:
            office.single_holder = row.single_holder


def _person_index(state: BuildState) -> dict[str, list[str]]:
    return state.person_name_index()


def resolve_person(
    state: BuildState,
    index: dict[str, list[str]],
    name: str,
    country: str | None,
    qid: str | None,
    holders: set[str] | None = None,
) -> PersonDraft:
    """The person a curated row means: by QID, else by exact name (preferring holders of the
    row's office, then the country, then Wikidata persons), else a new person."""
    if qid and qid in state.persons:
        return state.persons[qid]
    ids = index.get(normalize_name(name), [])
    if ids:
        held = holders or set()
        ranked = sorted(ids, key=lambda i: (i not in held, state.persons[i].country != country, not i.startswith("Q"), i))
        return state.persons[ranked[0]]
    pid = qid or state.new_person_id(name)
    person = PersonDraft(id=pid, name=name, country=country, curated=True)
    state.persons[pid] = person
    index.setdefault(normalize_name(name), []).append(pid)
    return person


def names_similar(a: str, b: str) -> bool:
    """Loose name match for two holders of one office at the same time.

    Example:
        >>> names_similar("Makhdoom Shah Mahmood Hussain Qureshi", "Shah Mahmood Qureshi")
        True
        >>> names_similar("Mpotjoane Lejone", "Lejone Mpotjoane")
        True
        >>> names_similar("Ahmad Nasser al-Mohammed al-Sabah", "Ahmad Nasser Al-Mohammad Al-Sabah")
        True
        >>> names_similar("Yoriko Kawaguchi", "Junichiro Koizumi")
        False
        >>> names_similar("Salman bin Hamad Al Khalifa", "Khalifa bin Salman Al Khalifa")
        False
        >>> names_similar("Li Qiang", "Li Ke-qiang")
        False
        >>> names_similar("Mishal Al-Ahmad Al-Jaber Al-Sabah", "Nawaf Al-Ahmad Al-Jaber Al-Sabah")
        False
    """
    ga, gb = _given_name(a), _given_name(b)
    given_agree = not ga or not gb or fuzz.ratio(ga, gb) >= 85
    if not given_agree and (_patronymic(a) or _patronymic(b)):
        # "Salman bin Hamad" (Salman, son of Hamad) is not "Khalifa bin Salman": the given
        # names before "bin" must agree.
        return False
    ta = {t for t in name_parts(a) if len(t) > 1}
    tb = {t for t in name_parts(b) if len(t) > 1}
    small, big = sorted((ta, tb), key=len)
    if len(small) >= 2 and small <= big:
        return True
    # Two shared family names are no proof across given names: the emirs Nawaf and Mishal
    # Al-Ahmad Al-Jaber Al-Sabah are brothers.
    if given_agree and len({t for t in ta & tb if len(t) >= 3}) >= 2:
        return True
    return names_compatible(a, b)


_PATRONYMIC = {"bin", "ibn", "bint", "ould", "walad"}


def _patronymic(name: str) -> bool:
    return any(t in _PATRONYMIC for t in name_tokens(name))


def _given_name(name: str) -> str:
    """The first name token that is not a particle or honorific (empty when none)."""
    for token in name_parts(name):
        if token not in {"al", "el", "sheikh", "shaikh", "prince", "king", "emir", "amir", "sultan"}:
            return token
    return ""


def _same_holder(state: BuildState, office_tenures: list[TenureDraft], name: str, start: dt.date | None, end: dt.date | None) -> PersonDraft | None:
    """The source holder of the office at the same time whose name is a spelling of ``name``
    (the one whose term starts nearest to ``start`` when several qualify)."""
    slack = dt.timedelta(days=60)
    lo, hi = start or dt.date.min, end or dt.date.max
    found: list[tuple[int, str, PersonDraft]] = []
    for t in office_tenures:
        if t.priority >= CURATED_PRIORITY:
            continue
        t_lo, t_hi = t.start or dt.date.min, t.end or dt.date.max
        if t_lo - slack > hi or lo - slack > t_hi:
            continue
        person = state.persons.get(t.person)
        if person is not None and any(names_similar(name, n) for n in (person.name, *person.aliases)):
            gap = abs((t_lo - lo).days) if start and t.start else 10**6
            found.append((gap, person.id, person))
    return min(found, key=lambda f: (f[0], f[1]))[2] if found else None


def _absorb(state: BuildState, index: dict[str, list[str]], keep: PersonDraft, drop: PersonDraft) -> None:
    """Merge a curated-only person into the source person they turned out to be."""
    keep.add_alias(drop.name, *drop.aliases)
    keep.short_names.extend(n for n in drop.short_names if n not in keep.short_names)
    for t in state.tenures:
        if t.person == drop.id:
            t.person = keep.id
    for name in (drop.name, *drop.aliases):
        ids = index.get(normalize_name(name), [])
        if drop.id in ids:
            ids.remove(drop.id)
            if keep.id not in ids:
                ids.append(keep.id)
    del state.persons[drop.id]


def apply_people(state: BuildState, rows: Rows, errors: list[RowError]) -> None:
    """Person aliases and facts; new persons where the name is unknown."""
    index = _person_index(state)
    for path, line, row in rows:
        row = cast(PersonRow, row)
        if row.country and row.country not in state.countries:
            errors.append(RowError(path, line, "country", f"unknown country {row.country!r}"))
            continue
        person = resolve_person(state, index, row.name, row.country, row.id)
        if person.name != row.name:
            old_name, person.name = person.name, row.name
            person.aliases = [a for a in person.aliases if a != row.name]
            person.add_alias(old_name)
        person.add_alias(*row.aliases, *row.short_names)
        person.short_names.extend(n for n in row.short_names if n not in person.short_names)
        for alias in (*row.aliases, *row.short_names):
            index.setdefault(normalize_name(alias), [])
            if person.id not in index[normalize_name(alias)]:
                index[normalize_name(alias)].append(person.id)
        person.country = row.country or person.country
        person.curated = True
        if row.birth:
            person.birth = partial_date(row.birth)[0]
        if row.death:
            person.death = partial_date(row.death)[0]


def apply_tenures(state: BuildState, rows: Rows, errors: list[RowError]) -> None:
    """Curated tenures (priority over every source for the same person and office)."""
    names = org_name_index(state)
    index = _person_index(state)
    by_office = state.tenures_by_office()
    seen: dict[tuple[str, str, Any], tuple[Path, int]] = {}
    latest_title: dict[str, tuple[dt.date, str]] = {}
    for path, line, row in rows:
        row = cast(TenureRow, row)
        office = _office_for_row(state, row, path, line, errors, names)
        if office is None:
            continue
        start, start_precision = partial_date(row.start)
        end, end_precision = partial_date(row.end)
        if start and end and start > end:
            errors.append(RowError(path, line, "end", f"end {end} is before start {start}"))
            continue
        office_tenures = by_office.setdefault(office.id, [])
        holders = {t.person for t in office_tenures}
        person = resolve_person(state, index, row.person, row.country, row.person_id, holders)
        if person.id not in holders and not row.person_id:
            # Curators write English Wikipedia titles; Wikidata labels differ ("Makhdoom Shah
            # Mahmood Hussain Qureshi"): the source holder at that time is the same person.
            same = _same_holder(state, office_tenures, row.person, start, end)
            if same is not None and same.id != person.id:
                if person.curated and not person.id.startswith("Q"):
                    _absorb(state, index, same, person)
                if not same.curated:
                    old_name, same.name, same.curated = same.name, row.person, True
                    same.aliases = [a for a in same.aliases if a != row.person]
                    same.add_alias(old_name)
                index.setdefault(normalize_name(row.person), []).append(same.id)
                person = same
        person.add_alias(*row.aliases)
        key = (person.id, office.id, start)
        if key in seen:
            continue  # the same fact curated twice (several curators) is kept once
        seen[key] = (path, line)
        tenure = TenureDraft(
            person=person.id,
            office=office.id,
            start=start,
            end=end,
            start_precision=start_precision,
            end_precision=end_precision,
            qualifier=row.qualifier,
            source=f"curated: {row.source}",
            priority=CURATED_PRIORITY,
            open_confirmed=end is None,
        )
        state.tenures.append(tenure)
        office_tenures.append(tenure)
        if row.title and not row.qualifier and start and (office.id not in latest_title or start >= latest_title[office.id][0]):
            latest_title[office.id] = (start, row.title)
    # An office is called by the title its latest holder bears (Libya's head of state is no
    # longer the "Brotherly Leader"); earlier titles stay as aliases.
    for office_id, (_, title) in latest_title.items():
        office = state.offices[office_id]
        if not office.title_locked and normalize_name(title) != normalize_name(office.title):
            old_title, office.title = office.title, title
            office.aliases = [a for a in office.aliases if a != title]
            office.add_alias(old_title)


def apply_titles(state: BuildState, rows: Rows, errors: list[RowError]) -> None:
    """The title lexicon: curated surface titles plus each office's own titles."""
    entries: dict[tuple[str, str, str | None], dict[str, Any]] = {}
    for path, line, row in rows:
        row = cast(TitleRow, row)
        if row.country and row.country not in state.countries:
            errors.append(RowError(path, line, "country", f"unknown country {row.country!r}"))
            continue
        key = (normalize_name(row.title), row.role, row.country)
        entries.setdefault(key, {"title": row.title, "role_type": row.role, "country": row.country, "normalized": row.normalized or row.title})
    by_role: dict[tuple[str, str], int] = defaultdict(int)
    used = {t.office for t in state.tenures}
    qualified = re.compile(r"^(?:acting|interim|caretaker|transition(?:al)?|provisional)\b", re.I)
    for office in state.offices.values():
        if office.org and office.id in used and office.org in state.organisations:
            for title in (office.title, *office.aliases):
                key = (normalize_name(title), office.role_type, None)
                if key not in entries and len(title) < 80:
                    entries[key] = {"title": title, "role_type": office.role_type, "country": None, "normalized": office.title}
        if office.country and office.role_type in MAIN_ROLES and state.canonical.get((office.country, office.role_type)) == office.id:
            for title in (office.title, *office.aliases):
                key = (normalize_name(title), office.role_type, office.country)
                # Qualifiers ("Transitional President") are the role linker's business.
                if key not in entries and len(title) < 80 and not qualified.match(title):
                    entries[key] = {"title": title, "role_type": office.role_type, "country": office.country, "normalized": office.title}
                    by_role[(office.country, office.role_type)] += 1
    state.titles = sorted(entries.values(), key=lambda e: (normalize_name(e["title"]), e["role_type"], e["country"] or ""))
