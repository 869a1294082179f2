"""``geoextract_entity_linker``: one Entity per actor, linked to the KB where the evidence allows.

Person clusters are linked with :func:`person_linking.link_person` (fuzzy, constrained by the
offices the role linker found and the document date); countries are grouped by ISO code
across names, demonyms and metonyms; organisations by KB id, else by name. Unnamed office
holders that the role linker resolved ("Ukraine's Foreign Minister") join the entity of
that person. The result goes to ``doc._.geo_entities`` (Entity dicts), ``doc._.geo_roles``
(Role dicts) and back onto ``doc.ents`` (``kb_id_``, ``span._.geo_entity``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import install_extensions
from ..kb import KnowledgeBase
from ..kb.model import Organisation
from ..kb.normalize import normalize_name
from ._common import (
    TextSlicer,
    doc_date,
    hash_string,
    read_cfg,
    set_doc_ents,
    set_span_attrs,
    span_attr,
    write_cfg,
)
from .kb_access import KBAccess
from .org_descriptions import OrgCandidate, description_mentions
from .person_linking import LinkSettings, RoleContext, link_person, roles_from_links

#: Labels that become Entities of the public result.
ENTITY_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"})
_POSSESSIVE = ("'s", "’s", "'", "’")


@Language.factory(
    "geoextract_entity_linker",
    default_config={"threshold": 0.80, "threshold_no_context": 0.92, "surname_links": True},
    requires=["doc.ents", "doc._.geo_clusters"],
    assigns=["doc.ents", "doc._.geo_entities", "doc._.geo_roles", "span._.geo_entity"],
)
def make_entity_linker(
    nlp: Language, name: str, *, threshold: float, threshold_no_context: float, surname_links: bool
) -> EntityLinker:
    """Build the entity linker. ``threshold`` is the minimum name similarity when the text's
    context (office, country, date) supports the candidate; ``threshold_no_context`` when not."""
    return EntityLinker(nlp, name=name, threshold=threshold, threshold_no_context=threshold_no_context, surname_links=surname_links)


@dataclass
class _Builder:
    label: str
    name: str
    kind: str | None = None
    kb_id: str | None = None  # KB actor id (QID or gx: id)
    country: str | None = None
    score: float | None = None
    mentions: set[tuple[int, int]] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)


class EntityLinker(KBAccess):
    """Links clusters to KB actors and assembles the document's entities and roles.

    Example:
        >>> import geoextract  # doctest: +SKIP
        >>> doc = geoextract.load()(geoextract.api.make_doc(nlp, "Anthony Blinken spoke.", date="2024-01-01"))  # doctest: +SKIP
        >>> doc._.geo_entities[0]["name"]  # doctest: +SKIP
        'Antony Blinken'
    """

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        name: str = "geoextract_entity_linker",
        threshold: float = 0.80,
        threshold_no_context: float = 0.92,
        surname_links: bool = True,
    ) -> None:
        self.name = name
        self._nlp = nlp
        self.settings = LinkSettings(threshold=threshold, threshold_no_context=threshold_no_context, surname_links=surname_links)

    def __call__(self, doc: Doc) -> Doc:
        install_extensions()
        day = doc_date(doc)
        links: list[dict[str, Any]] = list(doc._.geo_role_links or [])
        builders: dict[tuple[str, ...], _Builder] = {}
        span_key: dict[tuple[int, int], tuple[str, ...]] = {}
        ents = list(doc.ents)  # the linker changes no entity before _rewrite_ents: read them once
        doc_countries = {span_attr(e, "country") for e in ents if span_attr(e, "country") and span_attr(e, "kind") in ("country", "city", "venue")}  # places tell the country too

        self._add_persons(doc, links, day, doc_countries, builders, span_key)
        for ent in ents:
            offsets = (ent.start_char, ent.end_char)
            if offsets in span_key or ent.label_ not in ENTITY_LABELS or ent.label_ == "PERSON":
                continue
            key, builder = self._other_entity(ent)
            target = builders.setdefault(key, builder)
            target.mentions.add(offsets)
            target.labels.add(ent.label_)
            span_key[offsets] = key
        self._add_unnamed_holders(doc, links, builders)
        _add_titled_descriptions(links, span_key, builders, TextSlicer(doc))
        self._add_descriptions(doc, ents, builders)

        ordered = sorted(builders.items(), key=lambda kv: min(kv[1].mentions) if kv[1].mentions else (0, 0))
        ids = {key: f"e{i}" for i, (key, _) in enumerate(ordered)}
        # Doc.text is rebuilt from every token on each access: slice through spans instead.
        text = TextSlicer(doc)
        doc._.geo_entities = [self._entity_dict(ids[key], b, text) for key, b in ordered]
        self._rewrite_ents(doc, ents, span_key, builders, ids)
        doc._.geo_roles = self._roles(text, links, span_key, builders, ids, day)
        return doc

    # ------------------------------------------------------------------ people
    def _add_persons(
        self,
        doc: Doc,
        links: list[dict[str, Any]],
        day: dt.date | None,
        doc_countries: set[str],
        builders: dict[tuple[str, ...], _Builder],
        span_key: dict[tuple[int, int], tuple[str, ...]],
    ) -> None:
        text = TextSlicer(doc)
        for cluster in doc._.geo_clusters or []:
            mentions = [tuple(m) for m in cluster["mentions"]]
            texts = [_strip_possessive(text[s:e]) for s, e in mentions]
            texts += _royal_forms(doc, mentions, texts)  # "Prince William": the KB alias the bare name misses
            cluster_roles = [
                link for link in links
                if link.get("person_span") and tuple(link["person_span"]) in set(mentions)
            ]
            contexts = roles_from_links(cluster_roles)
            link = link_person(self.kb, texts, contexts, day, doc_countries, self.settings, self._cache)
            name = str(cluster["name"])
            if link is not None:
                key: tuple[str, ...] = ("kb", link.person.id)
                builder = builders.setdefault(
                    key,
                    _Builder(label="PERSON", name=link.person.name, kind="person", kb_id=link.person.id, country=link.person.country, score=link.score),
                )
                builder.score = max(builder.score or 0.0, link.score)
            else:
                key = ("person", normalize_name(name))
                builder = builders.setdefault(key, _Builder(label="PERSON", name=_strip_possessive(name), kind="person"))
                builder.country = builder.country or _context_country(self.kb, contexts)
            for offsets in mentions:
                builder.mentions.add(offsets)
                span_key[offsets] = key
            builder.labels.add("PERSON")

    def _add_unnamed_holders(self, doc: Doc, links: list[dict[str, Any]], builders: dict[tuple[str, ...], _Builder]) -> None:
        for link in links:
            holder = link.get("holder_kb_id")
            if link.get("person_span") or not holder:
                continue
            person = self.kb.get(holder)
            if person is None:
                continue
            key = ("kb", person.id)
            builder = builders.setdefault(key, _Builder(label="PERSON", name=person.name, kind="person", kb_id=person.id, country=person.country))
            builder.score = max(builder.score or 0.0, float(link.get("holder_score") or 0.9))
            start, end = link["mention"]
            builder.mentions.add((start, end))
            builder.labels.add("PERSON")

    def _add_descriptions(self, doc: Doc, ents: list[Span], builders: dict[tuple[str, ...], _Builder]) -> None:
        """"the bloc", "the alliance": mentions of the one fitting organisation named before."""
        candidates: list[OrgCandidate] = []
        for key, b in builders.items():
            if b.label != "ORG" or not b.mentions:
                continue
            org = self.kb.get(b.kb_id) if b.kb_id else None
            names: tuple[str, ...] = (b.name,)
            kind: str | None = None
            if isinstance(org, Organisation):
                names = (org.name, *org.aliases, *org.acronyms)
                kind = org.kind
            international = kind in ("international", None) and b.country is None and org is not None
            candidates.append(OrgCandidate(key, min(b.mentions)[0], names, kind, international))
        by_key = {c.key: builders[c.key] for c in candidates}
        for found, offsets in description_mentions(doc, candidates, ents):
            by_key[found].mentions.add(offsets)

    # ------------------------------------------------------------------ everything else
    def _other_entity(self, ent: Span) -> tuple[tuple[str, ...], _Builder]:
        kind = span_attr(ent, "kind")
        country = span_attr(ent, "country")
        source = span_attr(ent, "source")
        text = _strip_possessive(ent.text)
        # The same name, label and tags give the same entity in every document: the KB
        # lookups behind it are kept (the builder itself is new each time).
        kb_id, label = ent.kb_id_, ent.label_
        key, args = self._cache.remember(
            ("other", kind, country, source, kb_id, label, text),
            lambda: self._other_entity_args(kind, country, source, kb_id, label, text),
        )
        return key, _Builder(**args)

    def _other_entity_args(
        self, kind: str | None, country: str | None, source: str | None, kb_id: str, label: str, text: str
    ) -> tuple[tuple[str, ...], dict[str, Any]]:
        if kind == "country" and country:
            c = self.kb.countries.get(country)
            name = c.name if c else text
            return ("country", country), dict(label="GPE", name=name, kind="country", kb_id=c.id if c else None, country=country, score=1.0)
        if source == "kb" and kb_id and kind == "organisation":
            org = self.kb.get(kb_id)
            if org is not None:
                return ("kb", org.id), dict(label="ORG", name=org.name, kind="organisation", kb_id=org.id, country=org.country, score=1.0)
        if kind in ("city", "venue"):
            return ("place", normalize_name(text)), dict(label=label, name=text, kind=kind, country=country)
        if label == "ORG":
            orgs = [a for a in self.kb.lookup(text, types=("organisation",))]
            if len(orgs) == 1:
                org = orgs[0]
                return ("kb", org.id), dict(label="ORG", name=org.name, kind="organisation", kb_id=org.id, country=org.country, score=0.95)
            return ("org", normalize_name(text)), dict(label="ORG", name=text, kind="organisation", country=country)
        if label in ("GPE", "NORP"):
            c = self.kb.country(text)
            if c is not None:
                return ("country", c.alpha3), dict(label="GPE", name=c.name, kind="country", kb_id=c.id, country=c.alpha3, score=0.95)
        return (label.lower(), normalize_name(text)), dict(label=label, name=text, kind=kind)

    # ------------------------------------------------------------------ output
    def _entity_dict(self, entity_id: str, b: _Builder, text: TextSlicer) -> dict[str, Any]:
        label = b.label
        if b.kind == "country" and b.labels and b.labels <= {"NORP"}:
            label = "NORP"
        spans = [_trim_period(s, e, text[s:e], b) for s, e in sorted(b.mentions)]
        mentions = [{"start": s, "end": e, "text": t} for s, e, t in spans]
        if b.kb_id is None and b.name.isupper() and len(b.name) > 3:
            # "BERLIN —" datelines: name the entity after a mention in running text, or
            # else write it as a name ("AL-ULA" -> "Al-Ula").
            b.name = next((t for _, _, t in spans if not t.isupper()), b.name.title())
        kb_id = b.kb_id if b.kb_id and b.kb_id.startswith("Q") else None
        return {
            "id": entity_id,
            "name": b.name,
            "label": label,
            "kb_id": kb_id,
            "country": b.country,
            "mentions": mentions,
            "kind": b.kind,
            "score": None if b.kb_id is None else b.score,
            "actor_id": b.kb_id,
        }

    def _rewrite_ents(
        self,
        doc: Doc,
        ents: list[Span],
        span_key: dict[tuple[int, int], tuple[str, ...]],
        builders: dict[tuple[str, ...], _Builder],
        ids: dict[tuple[str, ...], str],
    ) -> None:
        new_ents = []
        attrs = []
        for ent in ents:
            key = span_key.get((ent.start_char, ent.end_char))
            if key is None:
                new_ents.append(ent)
                continue
            b = builders[key]
            # spaCy stores an empty KB id as 0. An entity that already has its KB id (and no
            # span id) is the Span the rewrite would build.
            kb_hash = hash_string(b.kb_id) if b.kb_id else 0
            span = ent if ent.kb_id == kb_hash and ent.id == 0 else Span(doc, ent.start, ent.end, label=ent.label_, kb_id=b.kb_id or "")
            new_ents.append(span)
            attrs.append((span, ids[key], b))
        set_doc_ents(doc, new_ents)
        for span, entity_id, b in attrs:
            set_span_attrs(span, entity=entity_id, name=b.name, score=b.score)
            if b.country and span_attr(span, "country") is None:
                set_span_attrs(span, country=b.country)

    def _roles(
        self,
        text: TextSlicer,
        links: list[dict[str, Any]],
        span_key: dict[tuple[int, int], tuple[str, ...]],
        builders: dict[tuple[str, ...], _Builder],
        ids: dict[tuple[str, ...], str],
        day: dt.date | None,
    ) -> list[dict[str, Any]]:
        roles = []
        for link in links:
            person_key = None
            if link.get("person_span"):
                person_key = span_key.get(tuple(link["person_span"]))
            elif link.get("holder_kb_id"):
                person_key = ("kb", link["holder_kb_id"])
                if person_key not in builders:
                    person_key = None
            org_key = span_key.get(tuple(link["org_span"])) if link.get("org_span") else None
            if org_key is None and link.get("org_kb_id") and ("kb", link["org_kb_id"]) in builders:
                org_key = ("kb", link["org_kb_id"])
            start, end = link["mention"]
            builder = builders.get(person_key) if person_key else None
            country = link.get("country")
            if country is None and org_key is None and builder is not None and link.get("role_type") not in (None, "other"):
                country = builder.country
            roles.append(
                {
                    "person": ids.get(person_key) if person_key else None,
                    "title": link.get("title") or link.get("surface_title") or text[start:end],
                    "country": country,
                    "org": ids.get(org_key) if org_key else None,
                    "qualifier": link.get("qualifier"),
                    "mention": {"start": start, "end": end, "text": text[start:end]},
                    "role_type": link.get("role_type"),
                    "surface_title": link.get("surface_title"),
                    "confirmed": self._confirmed(builder, link, day),
                }
            )
        return roles

    def _confirmed(self, builder: _Builder | None, link: dict[str, Any], day: dt.date | None) -> bool | None:
        """Does the KB hold this office for this person on the document date?"""
        if builder is None or builder.kb_id is None or not link.get("role_type"):
            return None
        qualifier = link.get("qualifier")
        on = None if qualifier in ("former", "elect") else day
        kb_id = builder.kb_id
        return self._cache.remember(
            ("confirmed", kb_id, link["role_type"], on, link.get("country"), link.get("org_kb_id")),
            lambda: self._held(kb_id, link, on),
        )

    def _held(self, kb_id: str, link: dict[str, Any], on: dt.date | None) -> bool | None:
        """``_confirmed`` for the KB person ``kb_id`` on ``on`` (None: at any time)."""
        try:
            holdings = self.kb.offices_of(kb_id, on=on)
            any_holdings = holdings if on is None else self.kb.offices_of(kb_id)
        except (KeyError, ValueError):
            return None
        for h in holdings:
            if h.office.role_type != link["role_type"]:
                continue
            if link.get("country") and h.office.country not in (None, link["country"]):
                continue
            if link.get("org_kb_id") and h.office.org not in (None, link["org_kb_id"]):
                continue
            return True
        return False if any_holdings else None

    # ------------------------------------------------------------------ serialisation
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_cfg(path, self._cfg())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntityLinker:
        self._set_cfg(read_cfg(Path(path)))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        import srsly

        return srsly.json_dumps(self._cfg()).encode("utf8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> EntityLinker:
        import srsly

        self._set_cfg(srsly.json_loads(data.decode("utf8")))
        return self

    def _cfg(self) -> dict[str, Any]:
        s = self.settings
        return {"threshold": s.threshold, "threshold_no_context": s.threshold_no_context, "surname_links": s.surname_links}

    def _set_cfg(self, cfg: dict[str, Any]) -> None:
        s = self.settings
        s.threshold = float(cfg.get("threshold", s.threshold))
        s.threshold_no_context = float(cfg.get("threshold_no_context", s.threshold_no_context))
        s.surname_links = bool(cfg.get("surname_links", s.surname_links))


def _add_titled_descriptions(
    links: list[dict[str, Any]],
    span_key: dict[tuple[int, int], tuple[str, ...]],
    builders: dict[tuple[str, ...], _Builder],
    text: TextSlicer,
) -> None:
    """"The crown prince", "the prosecutor": a bare definite title the role linker gave to a
    person named before is a mention of that person, when that person is the only one the
    document gave the title to."""
    holders: dict[str, set[tuple[str, ...]]] = {}
    for link in sorted(links, key=lambda x: x["mention"][0]):
        person_span = link.get("person_span")
        title = str(link.get("title") or "").casefold()
        key = span_key.get(tuple(person_span)) if person_span else None
        if key is None or person_span is None or not title:
            continue
        start, end = link["mention"]
        words = text[start:end].split()
        bare = (
            not (start <= person_span[0] < end)
            and 2 <= len(words) <= 4
            and words[0].casefold() == "the"
            and all(w.islower() for w in words[1:])
        )
        if bare and holders.get(title) == {key}:
            builders[key].mentions.add((start, end))
        holders.setdefault(title, set()).add(key)


def _trim_period(start: int, end: int, text: str, b: _Builder) -> tuple[int, int, str]:
    """"Hun Sen." at the end of a sentence: the tokenizer keeps the full stop on the name
    ("Sen." is also an abbreviation); the mention is the name without it."""
    if b.label == "PERSON" and text.endswith(".") and len(text) > 3 and text[-2].isalpha() and not b.name.endswith("."):
        last = text.rsplit(" ", 1)[-1]
        if len(last) > 2 and last.lower() not in ("jr.", "sr."):  # keep initials and suffixes
            return start, end - 1, text[:-1]
    return start, end, text


def _strip_possessive(text: str) -> str:
    text = text.strip()
    for suffix in _POSSESSIVE:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)].rstrip()
    return text


def _context_country(kb: KnowledgeBase, contexts: list[RoleContext]) -> str | None:
    for ctx in contexts:
        if ctx.country:
            return ctx.country
    for ctx in contexts:
        if ctx.org_kb_id:
            org = kb.get(ctx.org_kb_id)
            if org is not None and org.country:
                return org.country
    return None


#: Royal styles the NER leaves out of a name, but under which the KB may know it ("Prince William").
_ROYAL_STYLES = frozenset({"prince", "princess", "king", "queen"})


def _royal_forms(doc: Doc, mentions: list[tuple[int, ...]], texts: list[str]) -> list[str]:
    """"Prince William" for a mention "William" told right after the style (the KB's alias form)."""
    forms = []
    for (start, end), name in zip(mentions, texts, strict=True):
        span = doc.char_span(start, end)
        if span is not None and span.start > 0 and doc[span.start - 1].lower_ in _ROYAL_STYLES and len(span) == 1:
            forms.append(f"{doc[span.start - 1].text.title()} {name}")
    return [f for f in dict.fromkeys(forms) if f not in texts]
