"""Choosing the KB person a cluster of name mentions refers to, or none.

Candidates come from exact aliases, from the holders of the offices the text gives the
person on the document date, from the KB's fuzzy index and, for a lone surname, from the
KB's surname index. Each is scored on name similarity; context (the person held the stated
office on that date, or belongs to the stated country) lowers the bar, a contradicting
country raises it. A name with no good enough candidate stays unlinked: it is never forced
onto a near namesake.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..kb import Holding, KnowledgeBase
from ..kb.model import Person
from ..kb.normalize import name_tokens, normalize_name, phonetic_key
from .name_match import PARTICLES, name_similarity, surname_key

_T = TypeVar("_T")

PROMINENT_ROLES = frozenset(
    {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "secretary_general", "org_head", "high_representative", "deputy_head_of_state", "deputy_head_of_government"}
)


@dataclass
class RoleContext:
    """What the text says about a person: an office, a country, an organisation."""

    role_type: str | None = None
    country: str | None = None
    office_id: str | None = None
    org_kb_id: str | None = None
    qualifier: str | None = None


@dataclass
class PersonLink:
    person: Person
    score: float
    context: bool


@dataclass
class LinkSettings:
    threshold: float = 0.80
    threshold_no_context: float = 0.92
    surname_links: bool = True
    margin: float = 0.03
    max_aliases: int = 12


@dataclass
class _Scored:
    person: Person
    sim: float
    context: bool = False
    conflict: bool = False
    active: bool = False
    exact: bool = False
    score: float = 0.0
    notes: list[str] = field(default_factory=list)


class LinkCache:
    """Memo of KB queries that repeat across mentions and documents (holders of an office on
    a date, whether a person held a prominent office on a date). One per KB."""

    MAX_ENTRIES = 100_000
    #: Cap of ``links`` and ``words``, which grow with the distinct names of a corpus (each
    #: entry holds a few strings and tuples: at the cap, some tens of MB).
    MEMO_ENTRIES = 20_000

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._holders: dict[tuple[str, str | None, dt.date | None], list[Holding]] = {}
        self._active: dict[tuple[str, dt.date | None], bool] = {}
        #: Results of :func:`link_person` by its inputs: a name, its offices and the date
        #: recur across the documents of a corpus.
        self.links: dict[tuple[Any, ...], PersonLink | None] = {}
        #: Other answers that recur across documents, keyed by a tuple that starts with the
        #: asking step's tag (a surname's prominent holders, an entity's KB lookups).
        self.words: dict[tuple[Any, ...], Any] = {}

    def remember(self, key: tuple[Any, ...], compute: Callable[[], _T]) -> _T:
        """``words[key]``, computed by ``compute()`` the first time (None is remembered too)."""
        return _remember(self.words, key, compute, self.MEMO_ENTRIES)

    def holders(self, office: str, country: str | None, on: dt.date | None) -> list[Holding]:
        key = (office, country, on)
        found = self._holders.get(key)
        if found is None:
            try:
                found = self.kb.holders(office, country, on=on)
            except (KeyError, ValueError):
                found = []
            if len(self._holders) > self.MAX_ENTRIES:
                self._holders.clear()
            self._holders[key] = found
        return found

    def active(self, person_id: str, day: dt.date | None) -> bool:
        key = (person_id, day)
        found = self._active.get(key)
        if found is None:
            try:
                holdings = self.kb.offices_of(person_id, on=day)
            except (KeyError, ValueError):
                holdings = []
            found = any(h.office.role_type in PROMINENT_ROLES for h in holdings)
            if len(self._active) > self.MAX_ENTRIES:
                self._active.clear()
            self._active[key] = found
        return found


def _remember(store: dict[Any, Any], key: Any, compute: Callable[[], _T], cap: int) -> _T:
    if key in store:
        found: _T = store[key]
        return found
    value = compute()
    if len(store) > cap:  # emptied, not trimmed: cheap, and memory stays bounded
        store.clear()
    store[key] = value
    return value


def context_holders(cache: LinkCache, roles: Iterable[RoleContext], day: dt.date | None) -> dict[str, Person]:
    """People who held the stated offices on ``day`` (any time for 'former' or no date)."""
    found: dict[str, Person] = {}
    for role in roles:
        office: str | None = role.office_id or role.role_type
        if not office:
            continue
        if role.office_id is None and role.country is None and role.org_kb_id is None:
            continue
        on = day if role.qualifier not in ("former", "elect") else None
        holdings = cache.holders(office, role.country if role.office_id is None else None, on)
        for holding in holdings:
            if role.org_kb_id and holding.office.org not in (None, role.org_kb_id):
                continue
            if role.qualifier == "former" and day is not None and holding.tenure.start and holding.tenure.start > day:
                continue
            found[holding.person.id] = holding.person
    return found


def link_person(
    kb: KnowledgeBase,
    texts: Sequence[str],
    roles: Sequence[RoleContext],
    day: dt.date | None,
    doc_countries: Iterable[str] = (),
    settings: LinkSettings | None = None,
    cache: LinkCache | None = None,
) -> PersonLink | None:
    """Link the mentions ``texts`` of one person to a KB person, or return None.

    Args:
        kb: The knowledge base.
        texts: The distinct surface forms of the person in the document.
        roles: Offices the text gives the person.
        day: The document date (None: unknown).
        doc_countries: ISO alpha-3 codes of the countries the document mentions.
        settings: Thresholds.
        cache: Memo of KB queries (one per KB; a fresh one when None).

    Returns:
        The chosen person with its score, or None when no candidate is good enough.
    """
    settings = settings or LinkSettings()
    if cache is None or cache.kb is not kb:
        return _link_person(kb, texts, roles, day, doc_countries, settings, LinkCache(kb))
    countries = frozenset(doc_countries)
    # Every input is in the key; the dataclasses give all their fields, new ones included.
    key = (
        tuple(texts),
        tuple(tuple(vars(r).values()) for r in roles),
        day,
        countries,
        tuple(vars(settings).values()),
    )
    return _remember(
        cache.links,
        key,
        lambda: _link_person(kb, texts, roles, day, countries, settings, cache),
        cache.MEMO_ENTRIES,
    )


def _link_person(
    kb: KnowledgeBase,
    texts: Sequence[str],
    roles: Sequence[RoleContext],
    day: dt.date | None,
    doc_countries: Iterable[str],
    settings: LinkSettings,
    cache: LinkCache,
) -> PersonLink | None:
    texts = [t for t in dict.fromkeys(t.strip() for t in texts) if name_tokens(t)]
    if not texts:
        return None
    multi = [t for t in texts if len(name_tokens(t)) >= 2]
    countries = set(doc_countries)
    ctx = context_holders(cache, roles, day)
    role_countries = {r.country for r in roles if r.country}
    exact: dict[str, Person] = {}
    for text in texts:
        for actor in kb.lookup(text, types=("person",)):
            if isinstance(actor, Person):
                exact.setdefault(actor.id, actor)
    if len(exact) == 1:
        # The usual case: the name is exactly one KB person's, and the text's offices, if
        # any, are that person's too. Nothing to weigh.
        person = next(iter(exact.values()))
        conflict = bool(role_countries) and person.country is not None and person.country not in role_countries
        if (not ctx or person.id in ctx) and not conflict:
            return PersonLink(person, 1.0, person.id in ctx)
    candidates: dict[str, Person] = dict(ctx)
    for pid, person in exact.items():
        candidates.setdefault(pid, person)
    pool = multi or texts
    context_match = any(
        name_similarity(t, n) >= settings.threshold for p in ctx.values() for t in pool for n in (p.name, *p.aliases[: settings.max_aliases])
    )
    if not context_match:
        # Only search the whole KB when the office holders named by the text don't fit.
        for text in multi or texts[:1]:
            for cand in kb.search(text, types=("person",), limit=8):
                if isinstance(cand.actor, Person):
                    candidates.setdefault(cand.actor.id, cand.actor)
    surname_ids: set[str] = set()
    if not multi and settings.surname_links:
        for person in _surname_people(kb, texts):
            candidates.setdefault(person.id, person)
            surname_ids.add(person.id)
    if not candidates:
        return None
    scored = [_score(cache, p, texts, multi, p.id in ctx, role_countries, countries, day, settings) for p in candidates.values()]
    for s in scored:
        if s.person.id in surname_ids and s.sim < 0.9:
            # The KB's surname index knows name order ("Xi" is Xi Jinping's surname,
            # written first); the letters-only similarity does not.
            s.score += 0.9 - s.sim
            s.sim = 0.9
    scored.sort(key=lambda s: -s.score)
    best = scored[0]
    second = scored[1] if len(scored) > 1 else None
    if not multi:
        return _decide_surname(scored, countries, settings)
    bar = settings.threshold if best.context else settings.threshold_no_context
    if not best.context and best.active and best.person.country in countries:
        # "Australia's Marise Paine": a holder of an office on the day, of a state the article names
        bar = (settings.threshold + settings.threshold_no_context) / 2
    if best.context and day is None:
        # Without a date, "held the office" means "ever held it": weaker evidence.
        bar = max(bar, (settings.threshold + settings.threshold_no_context) / 2)
    if best.conflict:
        bar = max(bar, 0.97)
    if best.sim < bar:
        return None
    if not (best.context or best.exact) and countries and best.person.country not in (None, *countries) and _shortened(pool, best.person, settings):
        # "Antonio Garcia" is not "Antonio Ortiz Garcia" of a country the article never names:
        # a name with words missing needs an office or a country of the text to back it
        return None
    if second is not None and second.score > best.score - settings.margin and second.sim >= bar and not best.context:
        # Two candidates equally likely: an exact name beats a near one, a holder of an
        # office on the date beats one without; otherwise nothing tells namesakes apart.
        if not ((best.exact and not second.exact) or (best.active and not second.active)):
            return None
    return PersonLink(best.person, round(min(1.0, best.score), 3), best.context)


def _shortened(pool: Sequence[str], person: Person, settings: LinkSettings) -> bool:
    """Every name of ``person`` has more words than the longest form the text gives (particles aside)."""
    longest = max(len([t for t in name_tokens(text) if t not in PARTICLES]) for text in pool)
    names = [person.name, *person.aliases[: settings.max_aliases]]
    return all(len([t for t in name_tokens(n) if t not in PARTICLES]) > longest for n in names)


def _score(
    cache: LinkCache,
    person: Person,
    texts: Sequence[str],
    multi: Sequence[str],
    in_context: bool,
    role_countries: set[str],
    doc_countries: set[str],
    day: dt.date | None,
    settings: LinkSettings,
) -> _Scored:
    names = [person.name, *person.aliases[: settings.max_aliases]]
    pool = multi or texts
    sim = max(name_similarity(t, n) for t in pool for n in names)
    keys = {normalize_name(n) for n in names}
    exact = any(normalize_name(t) in keys for t in pool)
    conflict = bool(role_countries) and person.country is not None and person.country not in role_countries and not in_context
    active = cache.active(person.id, day)
    score = sim
    if in_context:
        score += 0.08
    if conflict:
        score -= 0.15
    if person.country and person.country in doc_countries:
        score += 0.02
    if active:
        score += 0.02
    if exact:
        score += 0.05
    return _Scored(person, sim, in_context, conflict, active, exact, score)


def _surname_people(kb: KnowledgeBase, texts: Sequence[str]) -> list[Person]:
    surnames = getattr(kb, "surnames", None)
    if surnames is None:
        return []
    found: dict[str, Person] = {}
    for text in texts:
        for person in surnames(text):
            if isinstance(person, Person):
                found.setdefault(person.id, person)
    return list(found.values())


def _decide_surname(scored: list[_Scored], doc_countries: set[str], settings: LinkSettings) -> PersonLink | None:
    """A lone surname links only to someone the context, the date or the article's countries
    single out."""
    active = [s for s in scored if s.active and s.sim >= 0.85]
    if len(active) > 1 and not any(s.context for s in scored):
        # Several office holders of that name on the date: the one from a country the
        # article talks about ("CARTAGENA, Colombia — Santos signed").
        local = [s for s in active if s.person.country in doc_countries]
        if len(local) == 1:
            return PersonLink(local[0].person, round(min(0.8, local[0].score - 0.1), 3), False)
    best = scored[0]
    second = scored[1] if len(scored) > 1 else None
    if best.sim < 0.85:
        return None
    if best.context:
        if second is not None and second.context and second.sim >= best.sim - 0.02:
            return None
        return PersonLink(best.person, round(min(0.95, best.score), 3), True)
    if not settings.surname_links or not best.active or best.person.country not in doc_countries:
        # Without an office in the text, a lone surname needs its holder's country in the
        # article: "Brown said" is not the Cook Islands' prime minister.
        return None
    if second is not None and second.active and second.sim >= best.sim - 0.05:
        return None
    return PersonLink(best.person, round(min(0.85, best.score - 0.1), 3), False)


def same_surname(a: str, b: str) -> bool:
    """True when two names share their surname, spelling variants included."""
    sa, sb = surname_key(a), surname_key(b)
    return bool(sa) and (sa == sb or phonetic_key(sa) == phonetic_key(sb))


def roles_from_links(links: Sequence[dict[str, Any]]) -> list[RoleContext]:
    """RoleContext objects from the role linker's working data."""
    return [
        RoleContext(
            role_type=link.get("role_type"),
            country=link.get("country"),
            office_id=link.get("office_id"),
            org_kb_id=link.get("org_kb_id"),
            qualifier=link.get("qualifier"),
        )
        for link in links
    ]
