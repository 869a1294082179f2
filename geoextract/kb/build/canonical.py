"""One canonical office per (country, main role), and the Factbook's 2026 leaders on top."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from rapidfuzz import fuzz

from ..normalize import name_tokens, normalize_name
from .countries import CountryDraft
from .draft import BuildState, OfficeDraft, PersonDraft, TenureDraft
from .factbook import SOURCE_FACTBOOK, FactbookLeader

CURATED = 3  # tenure priority of curated rows
MAIN_ROLES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
DEFAULT_TITLES = {
    "head_of_state": "Head of State",
    "head_of_government": "Head of Government",
    "foreign_minister": "Minister of Foreign Affairs",
    "defence_minister": "Minister of Defence",
}
_RECENT = dt.date(2000, 1, 1)
_QUALIFIED_TITLE = re.compile(r"^(?:interim|transition(?:al)?|acting|caretaker|provisional)\s+", re.I)


def _recent_count(tenures: list[TenureDraft]) -> int:
    return sum(1 for t in tenures if t.end is None or t.end >= _RECENT)


def _overlap_days(a: list[TenureDraft], b: list[TenureDraft]) -> int:
    total = 0
    far = dt.date(2100, 1, 1)
    for x in a:
        for y in b:
            if x.person == y.person:
                continue
            lo = max(x.start or dt.date.min, y.start or dt.date.min)
            hi = min(x.end or far, y.end or far)
            if hi > lo:
                total += (hi - lo).days
    return total


def _merge_tolerance(role: str, a: list[TenureDraft], b: list[TenureDraft]) -> float:
    """Days of overlap between two positions' holders that still allow merging them.

    Heads of state and government: 60 days (Iran's Supreme Leader and President overlap for
    decades and must stay apart). Ministers: a third of the shorter position's span, since a
    renamed ministry's open-ended Wikidata rows overlap their successors for years.
    """
    if role in ("head_of_state", "head_of_government"):
        return 60

    def span(rows: list[TenureDraft]) -> int:
        return sum(((t.end or dt.date(2023, 1, 1)) - (t.start or t.end or dt.date(2023, 1, 1))).days for t in rows)

    return max(60, min(span(a), span(b)) / 3)


def _title_matches(office: OfficeDraft, title: str) -> bool:
    want = _QUALIFIED_TITLE.sub("", title).lower()
    return bool(want) and any(want == t.lower() or want in t.lower() for t in (office.title, *office.aliases))


def canonicalize_offices(state: BuildState) -> None:
    """Merge the source positions of each main role of a country into one office.

    The position with most tenures since 2000 (or whose title the Factbook uses) becomes the
    canonical office; other positions of that role join it when their holders do not
    overlap with its holders (renamed ministries), and are demoted to plain ministers
    otherwise (Iran's vice presidents, multi-portfolio ministers).
    """
    by_office = state.tenures_by_office()
    _reclassify_from_factbook(state)
    groups: dict[tuple[str, str], list[OfficeDraft]] = defaultdict(list)
    for office in state.offices.values():
        if office.country and office.role_type in MAIN_ROLES:
            groups[(office.country, office.role_type)].append(office)
    for (country, role), offices in sorted(groups.items()):
        fb = state.factbook_leaders.get(country, {}).get(role) or []
        fb_title = fb[0].title if fb else ""

        def rank(o: OfficeDraft, fb_title: str = fb_title) -> tuple[int, int, int, str]:
            return (_title_matches(o, fb_title) if fb_title else 0, _recent_count(by_office.get(o.id, [])), -len(o.title), o.id)

        offices.sort(key=rank, reverse=True)
        canonical = offices[0]
        canonical.single_holder = True
        state.canonical[(country, role)] = canonical.id
        merged = list(by_office.get(canonical.id, []))
        for other in offices[1:]:
            theirs = by_office.get(other.id, [])
            if _overlap_days(merged, theirs) <= _merge_tolerance(role, merged, theirs):
                for t in theirs:
                    t.office = canonical.id
                merged.extend(theirs)
                canonical.add_alias(other.title, *other.aliases)
                del state.offices[other.id]
            else:
                other.role_type = "minister" if "minister" in other.title.lower() else "official"
                other.single_holder = False


def _reclassify_from_factbook(state: BuildState) -> None:
    """Where the Factbook's head of government is a "President" (Iran), move that office."""
    for office in state.offices.values():
        if office.role_type != "head_of_state" or not office.country:
            continue
        leaders = state.factbook_leaders.get(office.country, {})
        hos, hog = leaders.get("head_of_state") or [], leaders.get("head_of_government") or []
        if hos and hog and hos[0].name != hog[0].name and _title_matches(office, hog[0].title) and not _title_matches(office, hos[0].title):
            office.role_type = "head_of_government"


def ensure_canonical(state: BuildState, country: str, role: str, title: str | None = None) -> OfficeDraft:
    """The canonical office of a country's main role, created when the sources lack it."""
    oid = state.canonical.get((country, role))
    if oid and oid in state.offices:
        return state.offices[oid]
    office = OfficeDraft(
        id=f"gx:office:{country}:{role}",
        title=_QUALIFIED_TITLE.sub("", title or "") or DEFAULT_TITLES.get(role, role.replace("_", " ").title()),
        role_type=role,
        country=country,
    )
    state.offices[office.id] = office
    if role in MAIN_ROLES:
        state.canonical[(country, role)] = office.id
    return office


_COMMON_TOKENS = {
    "mohammed", "muhammad", "mohamed", "mohammad", "ahmed", "ahmad", "ali", "abdul", "abdullah",
    "hassan", "hussein", "ibrahim", "jean", "john", "maria", "jose", "juan", "abd", "abdel",
    "sheikh", "prince", "king", "bin", "ibn",
}  # fmt: skip


_ARTICLE = re.compile(r"^(?:al|el|ad|as|an|ash|at|az|ar)-(?=\w)", re.I)


def name_parts(name: str) -> list[str]:
    """Normalised name parts, a hyphenated part kept whole and an Arabic article dropped.

    "Li Ke-qiang" has the parts li and keqiang, so it does not contain "Li Qiang".

    Example:
        >>> name_parts("Li Ke-qiang")
        ['li', 'keqiang']
        >>> name_parts("Abdel Fattah el-Sisi")
        ['abdel', 'fattah', 'sisi']
    """
    out = []
    for word in name.split():
        part = normalize_name(_ARTICLE.sub("", word)).replace(" ", "")
        if part:
            out.append(part)
    return out


def names_compatible(a: str, b: str) -> bool:
    """True when two renderings plausibly name the same person.

    One name's tokens contain the other's, or they share a distinctive token (fuzzy: 90
    for tokens up to 7 letters, 80 for longer ones) and their first tokens start alike.

    Example:
        >>> names_compatible("Alyaksandr Lukashenka", "Alexander Lukashenko")
        True
        >>> names_compatible("Matamela Cyril Ramaphosa", "Cyril Ramaphosa")
        True
        >>> names_compatible("Li Qiang", "Li Keqiang")
        False
        >>> names_compatible("Keir Starmer", "Rishi Sunak")
        False
        >>> names_compatible("Masoud Pezeshkian", "Masoud Mir Kazemi")
        False
        >>> names_compatible("Li Qiang", "Li Ke-qiang")
        False
    """
    ta, tb = name_parts(a), name_parts(b)
    if not ta or not tb:
        return False
    sa, sb = set(ta), set(tb)
    if sa <= sb or sb <= sa:
        return True
    if ta[0][0] != tb[0][0]:
        return False
    # The shared token must be a surname of one side: last token, or first for East Asian order.
    surnames_a, surnames_b = {ta[-1], ta[0]} if len(ta[0]) <= 3 else {ta[-1]}, {tb[-1], tb[0]} if len(tb[0]) <= 3 else {tb[-1]}
    for x in sa:
        if len(x) < 4 or x in _COMMON_TOKENS:
            continue
        for y in sb:
            if len(y) < 4 or y in _COMMON_TOKENS or (x not in surnames_a and y not in surnames_b):
                continue
            need = 90 if min(len(x), len(y)) <= 7 else 80
            if fuzz.ratio(x, y) >= need:
                return True
    return False


def _find_person(state: BuildState, office_tenures: list[TenureDraft], leader: FactbookLeader, country: str, by_country: dict[str, list[PersonDraft]]) -> PersonDraft | None:
    open_first = sorted(office_tenures, key=lambda t: (t.end is not None, -(t.start or dt.date.min).toordinal()))
    for t in open_first:
        person = state.persons.get(t.person)
        if person and any(names_compatible(leader.name, n) for n in (person.name, *person.aliases)):
            return person
    first = name_tokens(leader.name)[:1]
    for person in by_country.get(country, []):
        names = (person.name, *person.aliases)
        if any(names_compatible(leader.name, n) and name_tokens(n)[:1] == first for n in names):
            return person
    return None


def strip_initials(name: str) -> str:
    """Drop middle initials: ``"Donald J. Trump"`` -> ``"Donald Trump"``."""
    tokens = name.split()
    if len(tokens) <= 2:
        return name
    kept = [tokens[0]] + [t for t in tokens[1:-1] if not re.fullmatch(r"[A-Z]\.?", t)] + [tokens[-1]]
    return " ".join(kept)


def apply_factbook(state: BuildState) -> None:
    """Add the Factbook's current heads of state and government (since-dates) to the tenures.

    Offices with curated tenures keep them (the curators checked them against this
    Factbook and know later changes); there the Factbook only adds its spelling of the
    holder's name as an alias.
    """
    by_office = state.tenures_by_office()
    by_country: dict[str, list[PersonDraft]] = defaultdict(list)
    for p in state.persons.values():
        if p.country:
            by_country[p.country].append(p)
    for country, roles in sorted(state.factbook_leaders.items()):
        if country not in state.countries:
            continue
        hos = (roles.get("head_of_state") or [None])[0]
        for role in ("head_of_state", "head_of_government"):
            if role == "head_of_state" and state.countries[country].kind == "territory":
                continue  # a territory's chief of state is its sovereign's (Trump for Guam)
            leaders = roles.get(role) or []
            if not leaders:
                continue
            leader = leaders[0]
            if role == "head_of_government" and hos is not None and names_compatible(hos.name, leader.name):
                ensure_canonical(state, country, "head_of_state", hos.title).also_roles = ["head_of_government"]
                continue
            if re.match(r"^(?:vice|deputy)\b", leader.title, re.I):
                continue
            office = ensure_canonical(state, country, role, leader.title)
            office_tenures = by_office.setdefault(office.id, [])
            leader = _without_place(leader, state.countries[country])
            person = _find_person(state, office_tenures, leader, country, by_country)
            if any(t.priority >= CURATED for t in office_tenures) or leader.since is None:
                if person is not None:
                    person.add_alias(leader.name, *leader.aliases)
                continue
            if person is None:
                person = PersonDraft(id=state.new_person_id(strip_initials(leader.name)), name=strip_initials(leader.name), country=country)
                state.persons[person.id] = person
                by_country[country].append(person)
            person.add_alias(leader.name, *leader.aliases)
            _record_current(state, office_tenures, office, person, leader)


def _without_place(leader: FactbookLeader, country: CountryDraft) -> FactbookLeader:
    """Drop a leading place name the parser took for a first name ("French Polynesia X")."""
    tokens = leader.name.split()
    places = {normalize_name(n) for n in (country.name, *country.aliases)}
    for n in range(len(tokens) - 2, 0, -1):
        if normalize_name(" ".join(tokens[:n])) in places:
            return FactbookLeader(leader.title, " ".join(tokens[n:]), leader.since, leader.aliases)
    return leader


def _record_current(state: BuildState, office_tenures: list[TenureDraft], office: OfficeDraft, person: PersonDraft, leader: FactbookLeader) -> None:
    since = leader.since.date if leader.since else None
    mine = [t for t in office_tenures if t.person == person.id]
    recent = [t for t in mine if t.end is None or since is None or t.end >= since - dt.timedelta(days=60)]
    qualifier = "acting" if re.match(r"^(?:interim|acting|caretaker)\b", leader.title, re.I) else None
    if recent:
        tenure = max(recent, key=lambda t: t.start or dt.date.min)
        tenure.end, tenure.open_confirmed = None, True
        if tenure.start is None and since is not None:
            tenure.start = since
    else:
        tenure = TenureDraft(
            person=person.id,
            office=office.id,
            start=since,
            end=None,
            start_precision=leader.since.precision if leader.since else "day",
            qualifier=qualifier,
            source=SOURCE_FACTBOOK,
            priority=1,
            open_confirmed=True,
        )
        office_tenures.append(tenure)
        state.tenures.append(tenure)
    if since is None:
        return
    for other in office_tenures:
        if other.person != person.id and other.end is None and (other.start is None or other.start < since) and not other.open_confirmed:
            other.end = since


def mirror_dual_roles(state: BuildState) -> int:
    """Give presidents who also head the government tenures in the head-of-government office.

    A head-of-state office marked ``also_roles: [head_of_government]`` (the Factbook names
    the same person for both) lends its tenures to the country's head-of-government office
    for every period that office has no holder of its own, so that ``holders()`` answers
    from one office per role. Returns the number of tenures added.
    """
    added = 0
    by_office = state.tenures_by_office()
    for office in list(state.offices.values()):
        if "head_of_government" not in office.also_roles or not office.country:
            continue
        hog = ensure_canonical(state, office.country, "head_of_government", office.title)
        own = [(t.start or dt.date.min, t.end or dt.date.max) for t in by_office.get(hog.id, [])]
        for t in by_office.get(office.id, []):
            for lo, hi in _uncovered(t.start or dt.date.min, t.end or dt.date.max, own):
                state.tenures.append(
                    TenureDraft(
                        person=t.person,
                        office=hog.id,
                        start=None if lo == dt.date.min else lo,
                        end=None if hi == dt.date.max else hi,
                        start_precision=t.start_precision,
                        end_precision=t.end_precision,
                        qualifier=t.qualifier,
                        source=(t.source or "") + "; head of state who also heads the government (CIA World Factbook)",
                        priority=t.priority,
                        open_confirmed=t.open_confirmed,
                    )
                )
                added += 1
        office.also_roles = []
    return added


def _uncovered(lo: dt.date, hi: dt.date, covered: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """Parts of [lo, hi] outside the covered intervals (touching ends count as covered)."""
    parts = [(lo, hi)]
    for c_lo, c_hi in sorted(covered):
        nxt = []
        for p_lo, p_hi in parts:
            if c_hi <= p_lo or c_lo >= p_hi:
                nxt.append((p_lo, p_hi))
                continue
            if p_lo < c_lo:
                nxt.append((p_lo, c_lo))
            if c_hi < p_hi:
                nxt.append((c_hi, p_hi))
        parts = nxt
    return [(a, b) for a, b in parts if (b - a).days > 1]
