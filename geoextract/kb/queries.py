"""Office queries of the knowledge base: titles to offices, holders on a date, the gazetteer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterator
from typing import TYPE_CHECKING, Any

from ..errors import Errors, KBError
from . import storage
from .model import ROLE_TYPES, covers, demonym_table
from .normalize import name_tokens, normalize_name
from .records import Candidate

if TYPE_CHECKING:
    from .model import Office
    from .store import GazetteerEntry, Holding, KnowledgeBase


def _title_index(kb: KnowledgeBase) -> dict[str, list[tuple[str, str | None]]]:
    """Normalised title -> [(role_type, country)], from the lexicon and the offices' own titles."""
    cached: dict[str, list[tuple[str, str | None]]] | None = getattr(kb, "_title_cache", None)
    if cached is not None:
        return cached
    index: dict[str, list[tuple[str, str | None]]] = {}
    for entry in kb.titles():
        key = normalize_name(entry.title)
        pair = (entry.role_type, entry.country)
        if pair not in index.setdefault(key, []):
            index[key].append(pair)
    kb._title_cache = index
    return index


def _split_scope(kb: KnowledgeBase, text: str) -> tuple[str | None, str | None, str]:
    """Split "US Secretary of State" into (country, org, title); either scope may be None."""
    tokens = name_tokens(text)
    # Prefix scope: the longest leading run of tokens that names a country or organisation.
    for n in range(min(len(tokens) - 1, 6), 0, -1):
        head, rest = " ".join(tokens[:n]), " ".join(tokens[n:])
        country = kb._country_keys.get(head)
        if not country and head.endswith("s"):
            # Possessives lose their apostrophe in normalisation: "Ukraine's" -> "ukraines".
            country = kb._country_keys.get(head[:-1])
        if country:
            return country[0], None, rest
        orgs = [i for i in kb._alias.get(head, []) if i in kb.organisations]
        if orgs:
            return None, orgs[0], rest
    # Suffix scope: "foreign minister of Brazil", "Secretary-General of NATO".
    if "of" in tokens:
        for i in range(len(tokens) - 1, 0, -1):
            if tokens[i - 1] != "of":
                continue
            # "Secretary-General of the Arab League": the article is not part of the name.
            start = i + 1 if tokens[i] == "the" and i + 1 < len(tokens) else i
            tail, rest = " ".join(tokens[start:]), " ".join(tokens[: i - 1])
            country = kb._country_keys.get(tail)
            if country and rest:
                return country[0], None, rest
            orgs = [x for x in kb._alias.get(tail, []) if x in kb.organisations]
            if orgs and rest:
                return None, orgs[0], rest
    return None, None, " ".join(tokens)


def resolve_office_query(kb: KnowledgeBase, office: str, country: str | None) -> list[str]:
    """Office ids meant by an office id, role type or title (with an optional scope).

    Raises:
        KBError: Nothing matches.
    """
    if office in kb.offices:
        return [office]
    want_country = kb._resolve_country(country) if country else None
    if country and want_country is None and country in kb.organisations:
        scope_org: str | None = country
    else:
        scope_org = None
    if office in ROLE_TYPES:
        return _offices_for_role(kb, office, want_country, scope_org)
    text_country, text_org, title = _split_scope(kb, office)
    want_country = want_country or text_country
    scope_org = scope_org or text_org
    roles = _title_index(kb).get(title, [])
    if want_country:
        specific = [r for r, c in roles if c == want_country]
        generic = [r for r, c in roles if c is None]
        picked = specific or generic
        if picked:
            return _dedupe(
                oid for role in picked for oid in _offices_for_role(kb, role, want_country, None)
            )
    elif scope_org:
        picked = [r for r, c in roles if c is None]
        found = _dedupe(
            oid for role in picked for oid in _offices_for_role(kb, role, None, scope_org)
        )
        if found:
            return found
    elif roles:
        scoped = [(r, c) for r, c in roles if c is not None]
        if scoped:
            return _dedupe(oid for r, c in scoped for oid in _offices_for_role(kb, r, c, None))
        return _dedupe(oid for r, _ in roles for oid in _offices_for_role(kb, r, None, None))
    # Last resort: the offices' own titles and aliases ("Federal Minister for Foreign Affairs",
    # "President of the European Commission" as a whole, or its "President" in that scope).
    full = normalize_name(office)
    matches = []
    for o in kb.offices.values():
        if (want_country is not None and o.country != want_country) or (
            scope_org is not None and o.org != scope_org
        ):
            continue
        own = {normalize_name(t) for t in (o.title, *o.aliases)}
        if (
            title in own
            or full in own
            or (scope_org and any(t.startswith(f"{title} of ") for t in own))
        ):
            matches.append(o.id)
    if matches:
        return matches
    raise KBError(Errors.E105.format(office=office))


def _offices_for_role(
    kb: KnowledgeBase, role: str, country: str | None, org: str | None
) -> list[str]:
    if country is not None or org is not None:
        return list(kb._offices_by_role.get((country or org, role), []))
    return _dedupe(
        oid for (scope, r), ids in kb._offices_by_role.items() if r == role for oid in ids
    )


def _dedupe(items: Iterator[str] | list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def find_holders(
    kb: KnowledgeBase, office: str, country: str | None, *, on: dt.date | None
) -> list[Holding]:
    """Holdings of the offices meant by ``office`` (see ``KnowledgeBase.holders``)."""
    from .store import Holding

    out: list[Holding] = []
    seen: set[tuple[str, dt.date | None]] = set()
    persons, tenures = kb.persons, kb._tenures
    for office_model, i, person, start, end in office_tenures(kb, office, country):
        # The tenure's model is made only for the holdings kept (most tenures end long before).
        if (on is None or covers(start, end, on)) and (person, start) not in seen:
            seen.add((person, start))
            out.append(Holding(persons[person], office_model, tenures[i]))
    # On a handover day the outgoing and incoming holders both hold; the newer one comes last.
    return sorted(out, key=lambda h: (h.tenure.start or dt.date.min, h.office.id, h.person.id))


#: Most office queries (and, apart, persons) a KB remembers tenures for (emptied when full, as a query may be any title).
OFFICE_QUERY_ENTRIES = 10_000

#: One tenure of :func:`office_tenures`: its office, index, person id, start and end.
TenureRef = tuple["Office", int, str, dt.date | None, dt.date | None]


def office_tenures(kb: KnowledgeBase, office: str, country: str | None) -> tuple[TenureRef, ...]:
    """Every tenure of the offices meant by ``office``, in query order.

    The answer does not depend on a date, so the KB keeps it until it changes: each article
    date asks for the holders on that day, and would otherwise resolve the same title and
    walk the same tenures again.

    Raises:
        KBError: Nothing matches.

    Example:
        >>> from geoextract.kb import KnowledgeBase
        >>> refs = office_tenures(KnowledgeBase.default(), "foreign_minister", "DEU")
        >>> all(o.role_type == "foreign_minister" and o.country == "DEU" for o, *_ in refs)
        True
    """
    rows, offices, day = kb._tenure_rows, kb.offices, storage._date  # as tenure_from_row reads them
    return _remembered(
        kb._office_tenures,
        (office, country),
        lambda: tuple(
            (offices[oid], i, rows[i][0], day(rows[i][2]), day(rows[i][3]))
            for oid in resolve_office_query(kb, office, country)
            for i in kb._by_office.get(oid, ())
        ),
    )


def _remembered(cache: dict[Any, tuple[Any, ...]], key: Any, make: Callable[[], tuple[Any, ...]]) -> tuple[Any, ...]:
    """``cache[key]``, made by ``make()`` the first time (the cache is emptied when full)."""
    found = cache.get(key)
    if found is None:
        found = make()
        if len(cache) >= OFFICE_QUERY_ENTRIES:
            cache.clear()
        cache[key] = found
    return found


def person_holdings(kb: KnowledgeBase, person_id: str, on: dt.date | None) -> list[Holding]:
    """The offices a person held (on a date), ordered by tenure start (``KnowledgeBase.offices_of``).

    The person's tenure dates are read once from the stored rows and kept until the KB
    changes; tenure models are made only for the holdings returned (most ended long before).

    Example:
        >>> import datetime as dt
        >>> from geoextract.kb import KnowledgeBase
        >>> kb = KnowledgeBase.default()
        >>> [h.office.title for h in person_holdings(kb, "gx:person:angela-merkel", dt.date(2010, 1, 1))]
        ['Chancellor']
    """
    from .store import Holding

    person = kb.persons.get(person_id)
    if person is None:
        return []
    rows, day = kb._tenure_rows, storage._date  # as tenure_from_row reads them
    refs = _remembered(
        kb._person_tenures,
        person_id,
        lambda: tuple((i, rows[i][1], day(rows[i][2]), day(rows[i][3])) for i in kb._by_person.get(person_id, ())),
    )
    tenures, offices = kb._tenures, kb.offices
    out = [Holding(person, offices[oid], tenures[i]) for i, oid, start, end in refs if on is None or covers(start, end, on)]
    return sorted(out, key=lambda h: (h.tenure.start or dt.date.min, h.office.id))


def iter_gazetteer(kb: KnowledgeBase) -> Iterator[GazetteerEntry]:
    """Surface forms of every actor for the actor ruler (see ``KnowledgeBase.gazetteer``)."""
    from .store import GazetteerEntry

    demonyms = demonym_table(kb.countries.values())
    for c in kb.countries.values():
        for text in dict.fromkeys((c.name, *c.aliases, *c.historical_names)):
            yield GazetteerEntry(text, "GPE", c.id, "country", c.alpha3)
        for text in demonyms[c.id]:
            yield GazetteerEntry(text, "NORP", c.id, "demonym", c.alpha3)
        for text in c.capitals:
            yield GazetteerEntry(text, "LOC", c.id, "capital", c.alpha3)
        for text in c.seats:
            yield GazetteerEntry(text, "LOC", c.id, "seat", c.alpha3)
    for o in kb.organisations.values():
        for text in dict.fromkeys((o.name, *o.acronyms, *o.aliases)):
            yield GazetteerEntry(text, "ORG", o.id, "organisation", o.country)
    # Person rows are read as they are stored: making ~30k Person models here would cost
    # more than the whole gazetteer.
    notable = _notable_persons(kb)
    for row in kb._person_rows.values():
        person_id, name, aliases, country = row[0], row[1], row[2], row[3]
        # A one-word name ("Suharto", "Naruhito") is a gazetteer form only for someone news
        # names alone; a civil servant called "Shashank" would match every Shashank.
        one_word_ok = " " in name or person_id in notable
        for text in dict.fromkeys((name, *aliases)):
            if one_word_ok or " " in text or not text.isascii():
                yield GazetteerEntry(text, "PERSON", person_id, "person", country)


#: Offices whose holders news names by a single name ("Suharto", "Akihito").
NOTABLE_ROLES = frozenset(
    {
        "head_of_state", "head_of_government", "deputy_head_of_state", "foreign_minister",
        "defence_minister", "monarch", "crown_prince", "secretary_general", "military_chief",
        "party_leader", "opposition_leader",
    }
)  # fmt: skip


def _notable_persons(kb: KnowledgeBase) -> set[str]:
    """Ids of persons who held an office of :data:`NOTABLE_ROLES`."""
    roles = {oid: row[2] for oid, row in kb._office_rows.items()}
    return {row[0] for row in kb._tenure_rows if roles.get(row[1]) in NOTABLE_ROLES}


def search_actors(
    kb: KnowledgeBase,
    name: str,
    *,
    types: Collection[str] | None,
    limit: int,
    score_cutoff: float,
    country: str | None,
    day: dt.date | None,
) -> list[Candidate]:
    """``KnowledgeBase.search`` with the country resolved to alpha-3: fuzzy hits, best first,
    filtered by country and by office on the day (asking the index for more when filtering)."""
    fetch = limit if country is None and day is None else limit * 8 + 10
    out: list[Candidate] = []
    for hit in kb.fuzzy_index().search(name, types=types, limit=fetch, score_cutoff=score_cutoff):
        actor = kb.get(hit.actor_id)
        if actor is None or (country is not None and actor.country != country):
            continue
        if day is not None and actor.type == "person" and not kb.offices_of(actor.id, on=day):
            continue
        out.append(Candidate(actor, hit.score, hit.alias))
        if len(out) >= limit:
            break
    return out
