"""From role phrases to role links: scopes resolved, offices completed from the KB, unnamed
office holders found by date, and anaphoric titles tied to the roles they refer back to.

Order of evidence for a role's country: the text (demonym, country, possessive, "of X", the
organisation's state, "its"/"his" resolved in the sentence) wins; then the office the named
person holds in the KB on the document date; then a title that names its state by itself
("Taoiseach"). Unnamed holders ("the US Secretary of State") are the KB's holder on the date
when it is unambiguous; otherwise the role stays without a person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span

from ..kb import KnowledgeBase
from ..kb.model import Office, Organisation
from ..kb.store import Holding
from ._common import span_attr
from .lexicon import PORTFOLIO_WORDS
from .person_linking import LinkCache
from .role_binding import phrase_close
from .role_context import DocContext, portfolio_role
from .role_phrase import RolePhrase
from .titles import ROLE_CANONICAL, TitleLexicon

#: Role types whose holders the KB can name on a date.
HOLDER_ROLES = frozenset({
    "head_of_state", "head_of_government", "deputy_head_of_state", "deputy_head_of_government",
    "foreign_minister", "defence_minister", "interior_minister", "finance_minister",
    "trade_minister", "justice_minister", "national_security_adviser", "speaker",
    "opposition_leader", "military_chief", "secretary_general", "org_head",
    "high_representative", "crown_prince", "monarch",
})
MINISTER_ROLES = frozenset({"minister", "foreign_minister", "defence_minister", "interior_minister", "finance_minister", "trade_minister", "justice_minister"})
LEADER_ROLES = ("head_of_state", "head_of_government")
ORG_HEAD_ROLES = ("secretary_general", "org_head")
#: Last words of the names of bodies whose head is titled Director.
DIRECTED_BODIES = frozenset({"office", "agency", "bureau", "directorate", "service"})
#: Heads named after their body when the body premodifies them ("House Speaker").
BODY_HEADS = frozenset({"speaker", "governor", "commander"})
CHAIR_WORDS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "president"})
MONARCH_WORDS = frozenset({"king", "queen", "monarch", "emir", "amir", "sultan", "emperor", "sovereign", "duke", "prince"})


@dataclass
class ResolveSettings:
    """How far the resolver goes (config of the role linker)."""

    resolve_holders: bool = True
    group_roles: bool = False
    person_fuzzy_cutoff: float = 0.9


@dataclass
class _Link:
    phrase: RolePhrase
    canonical: str
    role_type: str | None
    country: str | None = None
    org: Span | None = None
    org_kb_id: str | None = None
    office_id: str | None = None
    person: Span | None = None
    holder: str | None = None
    holder_score: float | None = None
    start: int = 0
    end: int = 0


class RoleResolver:
    """Turns the grammar's role phrases into ``doc._.geo_role_links`` dicts."""

    def __init__(self, kb: KnowledgeBase, lexicon: TitleLexicon, settings: ResolveSettings) -> None:
        self.kb = kb
        self.lexicon = lexicon
        self.settings = settings
        self._memo = LinkCache(kb)  # KB answers kept between documents

    def links(self, doc: Doc, phrases: list[RolePhrase], day: dt.date | None, ents: Sequence[Span] | None = None) -> list[dict[str, Any]]:
        """Resolve ``phrases`` of ``doc`` (dated ``day``) into role link dicts, in text order.

        ``ents`` are ``doc.ents`` when the caller has them already."""
        ctx = DocContext(doc, self.kb, day, ents, self._memo)
        by_start = {p.start: p for p in phrases}
        done: dict[int, list[_Link]] = {}
        out: list[_Link] = []
        for p in phrases:
            links = self._resolve_phrase(ctx, p, by_start, done, out)
            done[id(p)] = links
            out.extend(links)
        for link in out:
            if link.phrase.to_start is not None and link.country is None and link.org is None:
                # "adviser to U.S. President Donald Trump": the state of the person advised.
                nested = [lk for lk in out if lk.phrase.start == link.phrase.to_start]
                if nested and nested[0].country:
                    link.country = nested[0].country
                    if link.role_type == "official" and nested[0].role_type in HOLDER_ROLES and link.phrase.head != "staff":
                        link.canonical = f"{link.canonical} to the {nested[0].canonical}"
        _share_listed_ministers_country(doc, out)
        for link in out:
            if link.person is None and link.holder is None:
                self._find_person(ctx, link, done, out)
        kept = [link for link in out if self._keep(link)]
        return [_as_dict(doc, link) for link in sorted(kept, key=lambda lk: (lk.start, lk.end))]

    # ------------------------------------------------------------------ one phrase
    def _resolve_phrase(self, ctx: DocContext, p: RolePhrase, by_start: dict[int, RolePhrase], done: dict[int, list[_Link]], out: list[_Link]) -> list[_Link]:
        if p.drop:
            return []
        if p.inherit is not None:
            _inherit(p, p.inherit)
        sense = p.sense
        countries, org, org_model = self._scope(ctx, p, out)
        org_kb_id = org_model.id if org_model is not None else None
        canonical, role_type = p.canonical, p.role_type
        if sense.kind == "counterpart":
            answered = self._counterpart_office(ctx, p, out)
            if answered is None or sense.plural:
                return []
            canonical, role_type = answered
        if sense.kind in ("group", "descriptor"):
            # Only an explicit state or body codes a group ("Palestinian militants"), not "its".
            if not self.settings.group_roles or (not p.countries and p.org is None and not p.org_anaphor):
                return []
        elif sense.plural:
            if len(countries) < 2 or p.person is not None:
                return []
        if sense.kind == "leader" and p.chief_of_a_body(ctx.doc):
            return []  # "Russia's chief of general staff": the chief of a body the words name, not the state's leader
        if sense.kind == "leader":
            canonical, role_type = self._leader_title(ctx, p, org_model, canonical)
        if role_type == "ambassador" and org is not None and p.org is not None and org.start < p.title_start:
            # "a former U.N. ambassador": the organisation is the posting, not the employer.
            canonical = f"{canonical} to the {org_model.name if org_model is not None else org.text}"
            org, org_model, org_kb_id = None, None, None
            countries = [c for c, _ in p.countries]
        if org is not None and role_type in LEADER_ROLES and not countries:
            role_type = "org_head"
        if sense.country and countries and sense.country not in countries and role_type not in (None, "official"):
            role_type = "official"
        if role_type == "high_representative" and org_kb_id:
            office = ctx.org_office(org_kb_id, "high_representative")
            if office is not None:
                canonical = office.title
        if org is not None and org_model is None and p.org is not None and p.org.end == p.title_start and not p.appended and p.head in BODY_HEADS:
            # "National Assembly Speaker X": a body the KB does not know names the office
            # ("Speaker of the National Assembly").
            canonical = f"{canonical} of the {org.text}"
        start, end = p.start, p.end
        person = p.person
        if person is not None:
            if p.binding == "appositive" and person.end <= p.start:
                start, end = person.start, phrase_close(p, by_start)
            elif p.binding in ("premodifier", "appositive"):
                end = person.end
        scopes: list[str | None] = list(countries) if countries else [None]
        if len(scopes) > 1 and not (sense.plural or sense.kind == "group"):
            scopes = scopes[:1]
        links = []
        for country in scopes:
            link = _Link(p, canonical, role_type, country=country, org=org, org_kb_id=org_kb_id, person=person, start=start, end=end)
            if person is not None and link.country is None and (org is None or org_model is None):
                # A body the KB does not know ("House Speaker X") says nothing of the state;
                # the office the person holds does.
                self._complete_from_person(ctx, link)
            elif person is not None and (role_type == "minister" or canonical in ("Secretary", "Minister")):
                self._complete_from_person(ctx, link, title_only=True)
            links.append(link)
        return links

    def _scope(self, ctx: DocContext, p: RolePhrase, out: list[_Link]) -> tuple[list[str], Span | None, Organisation | None]:
        """The states and the organisation the phrase's office belongs to, anaphors resolved."""
        countries = [c for c, _ in p.countries]
        org = ctx.antecedent_org(p.start) if p.org_anaphor else p.org
        if p.pronoun == "whose":
            # "the Forum, whose secretary general, X,": the name the relative clause follows.
            found_ent = ctx.ent_before(p.start)
            if found_ent is not None and found_ent.label_ == "PERSON":
                c = self._person_country(ctx, found_ent, out)
                countries = countries or ([c] if c else [])
            elif found_ent is not None and span_attr(found_ent, "kind") == "country" and span_attr(found_ent, "country"):
                countries = countries or [str(span_attr(found_ent, "country"))]
            elif found_ent is not None and found_ent.label_ == "ORG":
                org = org or found_ent
        elif p.pronoun in ("its", "their"):
            found = ctx.antecedent_actor(p.start)
            if isinstance(found, str):
                countries = countries or [found]
            elif found is not None:
                org = org or found
        elif p.pronoun in ("his", "her") and p.sense.kind != "counterpart":
            c = self._person_country(ctx, ctx.antecedent_person(p.start, p.person), out)
            countries = countries or ([c] if c else [])
        if p.possessor is not None:
            c = self._person_country(ctx, p.possessor, out)
            countries = countries or ([c] if c else [])
        org_model = ctx.org_model(org) if org is not None else None
        # A national body's office is also its state's ("the TPLF's spokesman": Ethiopia).
        if not countries and org_model is not None and org_model.country:
            countries = [org_model.country]
        if not countries and org_model is None and org is not None and span_attr(org, "country"):
            countries = [span_attr(org, "country")]
        return countries, org, org_model

    def _leader_title(self, ctx: DocContext, p: RolePhrase, org_model: Organisation | None, canonical: str) -> tuple[str, str | None]:
        if org_model is not None:
            portfolio = portfolio_role(org_model) if p.canonical.lower() in ("chief", "head") else None
            if portfolio is not None and org_model.country and (held := ctx.holders(portfolio, org_model.country)):
                return held[-1].office.title, portfolio  # "the Pentagon chief": the defence minister
            if p.canonical.lower() in ("chief", "head"):
                # "the UN chief", "the head of the IAEA": the organisation's top office.
                for role in ORG_HEAD_ROLES:
                    office = ctx.org_office(org_model.id, role)
                    if office is not None:
                        return _strip_org(office.title), role
            if p.canonical.lower() in ("chief", "head") and org_model.name.split()[-1].lower() in DIRECTED_BODIES:
                # "the head of the Taiwan Affairs Office": offices and agencies have directors.
                return "Director", "org_head"
            return "Leader", "party_leader" if org_model.kind in ("party", "armed_group") else "org_head"
        return ("Leader" if p.head in ("chief", "head", "leader", "leaders") else canonical), None

    def _counterpart_office(self, ctx: DocContext, p: RolePhrase, out: list[_Link]) -> tuple[str, str | None] | None:
        """The office of the person a counterpart is the counterpart of: "Blinken called his
        German counterpart" -> the German foreign minister. The person is the one "his"
        refers to, else the last role in this or the previous sentence."""
        ante = None
        person = ctx.antecedent_person(p.start, p.person) if p.pronoun in ("his", "her") else None
        if person is not None:
            ante = next((lk for lk in reversed(out) if lk.person is not None and ctx.same_person(lk.person, person) and lk.role_type), None)
            if ante is None:
                model = ctx.kb_person(person, self.settings.person_fuzzy_cutoff)
                held = [h for h in ctx.holdings(model.id, ctx.day) if h.office.role_type in HOLDER_ROLES] if model is not None else []
                if held:
                    office = held[-1].office
                    title = ROLE_CANONICAL.get(office.role_type) or self.lexicon.canonical_for_office(office.title, office.role_type)
                    return title, office.role_type
        if ante is None:
            sent = ctx.sent_index(p.start)
            ante = next(
                (
                    lk for lk in reversed(out)
                    if lk.phrase.sense.kind not in ("counterpart", "group", "descriptor") and lk.role_type and ctx.sent_index(lk.start) in (sent, sent - 1)
                ),
                None,
            )
        if ante is None:
            return None
        canonical = ante.canonical
        if ante.phrase.sense.proper and ante.role_type and ante.role_type in ROLE_CANONICAL:
            # "Secretary of State Blinken and his German counterpart": a foreign minister.
            canonical = ROLE_CANONICAL[ante.role_type]
        return canonical, ante.role_type

    def _complete_from_person(self, ctx: DocContext, link: _Link, *, title_only: bool = False) -> None:
        """The country, organisation and office of a named role from the person's KB record;
        a vague title ("Brexit Secretary", "Secretary") becomes the office the person held."""
        person = ctx.kb_person(link.person, self.settings.person_fuzzy_cutoff) if link.person is not None else None
        qualifier = link.phrase.qualifier
        if person is None:
            if not title_only and link.phrase.sense.country and not link.org:
                link.country = link.phrase.sense.country
            return
        on = None if qualifier in ("former", "elect") else ctx.day
        holdings = ctx.holdings(person.id, on)
        if link.role_type in MINISTER_ROLES and (link.role_type == "minister" or link.canonical in ("Secretary", "Minister")):
            ministerial = [h for h in holdings if h.office.role_type in MINISTER_ROLES]
            if len(ministerial) == 1 and not _names_other_portfolio(link.canonical, ministerial[0].office.title):
                office = ministerial[0].office
                link.canonical = self.lexicon.canonical_for_office(office.title, office.role_type)
                link.role_type = office.role_type
        if title_only:
            return
        wanted = LEADER_ROLES if link.role_type is None and link.phrase.sense.kind == "leader" else (link.role_type,)
        match = [h for h in holdings if h.office.role_type in wanted or link.role_type in h.office.also_roles]
        if not match and on is not None:
            match = [h for h in ctx.holdings(person.id, None) if h.office.role_type in wanted]
        if match:
            # A king of several realms is first the king of his own country.
            own = [h for h in match if h.office.country and h.office.country == person.country]
            office = (own or match)[-1].office
            link.office_id = office.id
            if office.country:
                link.country = office.country
            elif office.org and link.org_kb_id is None:
                link.org_kb_id = office.org
        elif person.country and (link.phrase.sense.country or link.org_kb_id is None):
            # A title that defaults to one state ("Foreign Secretary": the UK) held by a
            # person of another is that person's state's office; so is an office of a
            # national body the KB does not know ("National Assembly president").
            link.country = person.country
        elif link.phrase.sense.country:
            link.country = link.phrase.sense.country

    def _person_country(self, ctx: DocContext, person: Span | None, out: list[_Link]) -> str | None:
        if person is None:
            return None
        for link in out:
            if link.person is not None and link.country and ctx.same_person(link.person, person):
                return link.country
        model = ctx.kb_person(person, self.settings.person_fuzzy_cutoff)
        return model.country if model is not None else None

    # ------------------------------------------------------------------ unnamed holders
    def _find_person(self, ctx: DocContext, link: _Link, done: dict[int, list[_Link]], out: list[_Link]) -> None:
        p = link.phrase
        if p.sense.kind in ("group", "descriptor") and p.linked is None:
            return
        if p.linked is not None:
            for other in done.get(id(p.linked), []):
                if other.person is not None or other.holder is not None:
                    link.person, link.holder, link.holder_score = other.person, other.holder, other.holder_score
                    if link.country is None and link.org is None and link.person is not None:
                        self._complete_from_person(ctx, link)
                    return
            if link.country is None and link.org is None:
                return
        if link.country is None and link.org is None and link.org_kb_id is None:
            ante = self._same_title_before(link, out)
            if ante is not None:
                link.country, link.org, link.org_kb_id = ante.country, ante.org, ante.org_kb_id
                link.person, link.holder, link.holder_score = ante.person, ante.holder, ante.holder_score
                return
            if not (p.definite and p.sense.country and link.role_type in LEADER_ROLES):
                return
            # "The pope received X", "the Taoiseach said": a head's title that names its one
            # state is that state's holder on the day (after no earlier role of that title).
            link.country = p.sense.country
        ante = self._same_title_before(link, out, named_only=True) if p.qualifier in ("former", "elect") and p.definite else None
        if ante is not None and ante.phrase.qualifier == p.qualifier:
            link.person = ante.person  # "the president-elect" after "U.S. President-elect X" (not a sitting president for "the former president")
            return
        if p.qualifier in ("former", "elect") or p.definite is False or not self.settings.resolve_holders:
            return
        holder = self._holder(ctx, link)
        if holder is not None:
            link.holder, link.holder_score, link.office_id = holder.person.id, 0.9, holder.office.id
            return
        ante = self._same_title_before(link, out, named_only=True)
        if ante is not None:
            # "its ambassador to the United Nations" (Iran) ... "Ambassador Amir Saeed Iravani":
            # one person; the named role takes the country and the fuller title.
            link.person = ante.person
            if ante.country is None and ante.org is None:
                ante.country = link.country
            if p.appended and not ante.phrase.appended:
                ante.canonical = link.canonical

    def _holder(self, ctx: DocContext, link: _Link) -> Holding | None:
        roles: tuple[str, ...]
        if link.role_type is None and link.phrase.sense.kind == "leader":
            roles = LEADER_ROLES
        elif link.role_type in LEADER_ROLES:
            roles = LEADER_ROLES  # "the Iranian president": the office titled so, whichever leader role it is (below)
        elif link.role_type is not None and link.role_type in HOLDER_ROLES:
            roles = (link.role_type,)
        else:
            return None
        # an organisation's head is its own, not any of its country's ("Pentagon chief" is no science adviser)
        scope = link.org_kb_id if link.role_type in ORG_HEAD_ROLES else link.country or link.org_kb_id
        if scope is None:
            return None  # an organisation's head needs the organisation ("the chairman of the U.S." names none)
        holdings: list[Holding] = []
        for role in roles:
            holdings.extend(ctx.holders(role, scope))
        if link.phrase.qualifier == "acting":
            holdings = [h for h in holdings if h.tenure.qualifier == "acting"]
        holdings = [h for h in holdings if _title_fits(link, h.office)]
        if link.role_type in LEADER_ROLES:
            head = link.canonical.lower().split()[-1]  # Iran's President is its head of government, not its head of state
            titled = [h for h in holdings if head in {w for t in (h.office.title, *h.office.aliases) for w in t.lower().split()}]
            holdings = titled or [h for h in holdings if h.office.role_type == link.role_type]
        mentioned = [h for h in holdings if ctx.mentioned(h.person)]
        if len({h.person.id for h in mentioned}) == 1:
            return mentioned[0]
        if link.role_type is None:
            return holdings[0] if len({h.person.id for h in holdings}) == 1 else None
        steady = [h for h in holdings if h.tenure.qualifier != "acting"]
        for group in (steady, holdings):
            if len({h.person.id for h in group}) == 1:
                return group[-1]
        return None

    def _same_title_before(self, link: _Link, out: list[_Link], *, named_only: bool = False) -> _Link | None:
        """The last earlier role with the same title ("The crown prince" after "Saudi Crown
        Prince Mohammed bin Salman"), compatible in scope."""
        title = link.canonical.casefold()
        for other in reversed(out):
            if other is link or (other.start >= link.start and not named_only):
                continue
            if other.canonical.casefold() != title and (not named_only or other.role_type != link.role_type):
                continue
            if (link.phrase.qualifier == "elect") != (other.phrase.qualifier == "elect"):
                continue  # "the president-elect" is the one named president-elect, not the president named last
            if named_only and (other.person is None or (other.country and other.country != link.country)):
                continue
            if other.person is not None or other.holder is not None:
                return other
        return None

    def _keep(self, link: _Link) -> bool:
        p = link.phrase
        if link.person is not None or link.holder is not None:
            return True
        if p.definite is False and p.sense.kind not in ("group", "descriptor") and (link.role_type in HOLDER_ROLES or link.role_type is None):
            # "a sitting U.S. president" is any president; "a spokesperson for the State
            # Department" is one of several.
            return False
        return bool(link.country or link.org is not None or link.org_kb_id)


def _share_listed_ministers_country(doc: Doc, out: list[_Link]) -> None:
    """"Kenyan Foreign Minister A and Energy Minister B": a named minister listed right after
    another, with no state of their own from the text or the KB, is of the same cabinet."""
    for prev, link in pairwise(out):
        if link.country is not None or link.org is not None or link.org_kb_id or link.person is None or prev.person is None:
            continue
        if link.role_type not in MINISTER_ROLES or prev.role_type not in MINISTER_ROLES or not prev.country or prev.org is not None:
            continue
        between = doc[prev.end : link.start]
        if 0 < len(between) <= 2 and all(t.lower_ in (",", "and") for t in between):
            link.country = prev.country


def _inherit(p: RolePhrase, src: RolePhrase) -> None:
    """"Myanmar's state counsellor and de facto leader": the second title takes the first's
    scope, qualifier and person."""
    p.countries = p.countries or list(src.countries)
    p.org = p.org or src.org
    p.org_anaphor = p.org_anaphor or src.org_anaphor
    p.pronoun = p.pronoun or src.pronoun
    p.possessor = p.possessor or src.possessor
    p.qualifier = p.qualifier or src.qualifier
    if src.person is not None:
        p.person, p.binding = src.person, "shared"
    else:
        p.linked = src.linked or src


def _title_fits(link: _Link, office: Office) -> bool:
    """Can the office be what the text's title names? A title that is more than the generic
    name of its role type must share its head word with the office ("State Counsellor" is
    not the office of a "Prime Minister"); monarchs' titles are interchangeable, and so are
    chairs'."""
    title = link.canonical
    if link.role_type is None or title == ROLE_CANONICAL.get(link.role_type) or link.phrase.sense.kind != "office":
        return True
    head = title.lower().replace("-", " ").split()[-1]
    words = {w for t in (office.title, *office.aliases) for w in t.lower().replace("-", " ").split()}
    for group in (MONARCH_WORDS, CHAIR_WORDS):
        if head in group:
            return bool(words & group)
    return head in words


#: Title heads a portfolio premodifies ("Public Safety *Minister*").
PORTFOLIO_HEADS = frozenset({"minister", "secretary"})


def _names_other_portfolio(canonical: str, office_title: str) -> bool:
    """Does ``canonical`` name a plain portfolio ("Public Safety Minister") that the office
    title lacks? The person then holds that other office too; the text's title stands."""
    words = [w for w in canonical.lower().split() if w not in PORTFOLIO_HEADS]
    if not words or not all(w in PORTFOLIO_WORDS for w in words):
        return False
    office_words = set(office_title.lower().split())
    return not any(w in office_words for w in words if w not in ("and", "the", "of", "for", "&"))


def _strip_org(title: str) -> str:
    """"Secretary-General of the United Nations" -> "Secretary-General"."""
    return title.split(" of ", 1)[0] if " of " in title else title


def _as_dict(doc: Doc, link: _Link) -> dict[str, Any]:
    p = link.phrase
    start_char = doc[link.start].idx
    last = doc[link.end - 1]
    title_span = doc[p.title_start : p.title_end]
    org = link.org
    return {
        "mention": [start_char, last.idx + len(last.text)],
        "title": link.canonical,
        "surface_title": title_span.text,
        "role_type": link.role_type,
        "country": link.country,
        "org_span": [org.start_char, org.end_char] if org is not None else None,
        "org_kb_id": link.org_kb_id,
        "office_id": link.office_id,
        "qualifier": p.qualifier if p.qualifier in ("former", "acting", "elect") else None,
        "person_span": [link.person.start_char, link.person.end_char] if link.person is not None else None,
        "holder_kb_id": link.holder,
        "holder_score": link.holder_score,
    }

