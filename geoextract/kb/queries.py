"""Office queries of the knowledge base: titles to offices, holders on a date, the gazetteer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..errors import Errors, KBError
from .model import ROLE_TYPES
from .normalize import name_tokens, normalize_name

if TYPE_CHECKING:
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
    for oid in resolve_office_query(kb, office, country):
        office_model = kb.offices[oid]
        for i in kb._by_office.get(oid, ()):
            tenure = kb._tenures[i]
            if (on is None or tenure.holds_on(on)) and (tenure.person, tenure.start) not in seen:
                seen.add((tenure.person, tenure.start))
                out.append(Holding(kb.persons[tenure.person], office_model, tenure))
    # On a handover day the outgoing and incoming holders both hold; the newer one comes last.
    return sorted(out, key=lambda h: (h.tenure.start or dt.date.min, h.office.id, h.person.id))


def iter_gazetteer(kb: KnowledgeBase) -> Iterator[GazetteerEntry]:
    """Surface forms of every actor for the actor ruler (see ``KnowledgeBase.gazetteer``)."""
    from .store import GazetteerEntry

    for c in kb.countries.values():
        for text in dict.fromkeys((c.name, *c.aliases, *c.historical_names)):
            yield GazetteerEntry(text, "GPE", c.id, "country", c.alpha3)
        for text in c.demonyms:
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
