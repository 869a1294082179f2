"""Per-document lookups for role resolution: sentences, antecedents, KB persons and holders."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ..kb import KnowledgeBase
from ..kb.model import Office, Organisation, Person
from ..kb.normalize import name_tokens
from ..kb.store import Holding
from ._common import TextSlicer, span_attr
from .person_linking import LinkCache

INTERNATIONAL_KINDS = frozenset({"international", "eu_institution"})


class DocContext:
    """Per-document lookups with caches: sentences, entities, KB persons and holders.

    ``memo`` keeps KB answers between documents (``LinkCache.remember``; a fresh one per
    document when None or made for another KB)."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, day: dt.date | None, ents: Sequence[Span] | None = None, memo: LinkCache | None = None) -> None:
        self.doc = doc
        self.kb = kb
        self.day = day
        self.memo = memo if memo is not None and memo.kb is kb else LinkCache(kb)
        self.sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        self.ents = list(doc.ents if ents is None else ents)
        self._persons: dict[str, Person | None] = {}
        self._holders: dict[tuple[str, str], list[Holding]] = {}
        self._mentioned: set[str] | None = None
        self._cluster_names: dict[tuple[int, int], str] | None = None

    def sent_index(self, token_i: int) -> int:
        return bisect_right(self.sent_starts, token_i) - 1

    def _candidates_before(self, token_i: int) -> list[Span]:
        sent = self.sent_index(token_i)
        lo = self.sent_starts[max(0, sent - 1)]
        same = [e for e in self.ents if self.sent_starts[sent] <= e.start and e.end <= token_i]
        prev = [e for e in self.ents if lo <= e.start < self.sent_starts[sent]]
        return list(reversed(same)) + list(reversed(prev))

    def antecedent_actor(self, token_i: int) -> str | Span | None:
        """"its"/"their": the nearest country (alpha-3) or organisation mentioned before."""
        for ent in self._candidates_before(token_i):
            if span_attr(ent, "kind") == "country" and span_attr(ent, "country"):
                return str(span_attr(ent, "country"))
            if ent.label_ == "ORG":
                return ent
        return None

    def ent_before(self, token_i: int) -> Span | None:
        """The entity that ends right before ``token_i``, a comma between allowed."""
        k = token_i - 1
        if k >= 0 and self.doc[k].text == ",":
            k -= 1
        return next((e for e in self.ents if e.start <= k < e.end), None) if k >= 0 else None

    def antecedent_person(self, token_i: int, exclude: Span | None) -> Span | None:
        """"his"/"her": the nearest person who is a subject earlier in the sentence ("Xi held
        talks with Ramaphosa ... read by his minister": Xi), else the nearest person before."""
        candidates = [e for e in self._candidates_before(token_i) if e.label_ == "PERSON" and (exclude is None or e.start != exclude.start)]
        sent_start = self.sent_starts[self.sent_index(token_i)]
        for ent in candidates:
            if ent.start < sent_start:
                break
            if ent.root.dep_ in ("nsubj", "nsubjpass"):
                return ent
        return candidates[0] if candidates else None

    def antecedent_org(self, token_i: int) -> Span | None:
        """"the bloc": the nearest international organisation mentioned before."""
        fallback = None
        for ent in reversed([e for e in self.ents if e.end <= token_i and e.label_ == "ORG"]):
            model = self.org_model(ent)
            if model is not None and model.kind in INTERNATIONAL_KINDS:
                return ent
            fallback = fallback or ent
        return fallback

    def org_model(self, ent: Span) -> Organisation | None:
        if ent.kb_id_ and ent.kb_id_ in self.kb.organisations:
            return self.kb.organisations[ent.kb_id_]
        found = [a for a in self.kb.lookup(ent.text, types=("organisation",)) if isinstance(a, Organisation)]
        return found[0] if len(found) == 1 else None

    def org_office(self, org_id: str, role: str) -> Office | None:
        """The org's office of this role type: the one held on the date, else any."""
        holdings = self.holders(role, org_id)
        if holdings:
            return holdings[-1].office
        ids = self.kb._offices_by_role.get((org_id, role), [])
        return self.kb.offices[ids[0]] if ids else None

    def kb_person(self, ent: Span | None, cutoff: float) -> Person | None:
        if ent is None:
            return None
        text = self.full_name(ent)
        if text in self._persons:
            return self._persons[text]
        found: Person | None
        if ent.kb_id_ and ent.kb_id_ in self.kb.persons:
            found = self.kb.persons[ent.kb_id_]
        else:
            found = self.memo.remember(("person", text, cutoff), lambda: self._find_person(text, cutoff))
        self._persons[text] = found
        return found

    def _find_person(self, text: str, cutoff: float) -> Person | None:
        """The KB person named ``text``: an exact name, else a clear fuzzy winner."""
        exact = [a for a in self.kb.lookup(text, types=("person",)) if isinstance(a, Person)]
        if exact:
            return exact[0]
        if len(name_tokens(text)) >= 2:
            hits = self.kb.search(text, types=("person",), limit=2, score_cutoff=cutoff)
            if hits and isinstance(hits[0].actor, Person) and (len(hits) == 1 or hits[1].score < hits[0].score - 0.03):
                return hits[0].actor
        return None

    def full_name(self, ent: Span) -> str:
        """The longest form of this person's name in the document ("Odinga" -> "Raila Odinga")."""
        if self._cluster_names is None:
            self._cluster_names = {}
            text = TextSlicer(self.doc)  # Doc.text is rebuilt from every token on each access
            for cluster in self.doc._.geo_clusters or []:
                texts = [text[s:e] for s, e in cluster["mentions"]]
                longest = max(texts, key=lambda t: (len(name_tokens(t)), len(t)))
                for s, e in cluster["mentions"]:
                    self._cluster_names[(s, e)] = longest
        return self._cluster_names.get((ent.start_char, ent.end_char), ent.text)

    def holdings(self, person_id: str, on: dt.date | None) -> list[Holding]:
        """The person's offices on ``on`` (callers must not change the list: it is shared)."""
        return self.memo.remember(("holdings", person_id, on), lambda: self._offices(person_id, on))

    def _offices(self, person_id: str, on: dt.date | None) -> list[Holding]:
        try:
            return self.kb.offices_of(person_id, on=on)
        except (KeyError, ValueError):
            return []

    def holders(self, role: str, scope: str) -> list[Holding]:
        """The office's holders on the document date (a shared list, as :meth:`holdings`)."""
        key = (role, scope)
        if key not in self._holders:
            day = self.day
            self._holders[key] = [] if day is None else self.memo.remember(("holders", role, scope, day), lambda: self._holders_on(role, scope, day))
        return self._holders[key]

    def _holders_on(self, role: str, scope: str, day: dt.date) -> list[Holding]:
        try:
            return self.kb.holders(role, scope, on=day)
        except (KeyError, ValueError):
            return []

    def mentioned(self, person: Person) -> bool:
        """Is this KB person named in the document (by KB id or surname)?"""
        if self._mentioned is None:
            keys: set[str] = set()
            for ent in self.ents:
                if ent.label_ != "PERSON":
                    continue
                if ent.kb_id_:
                    keys.add(ent.kb_id_)
                tokens = name_tokens(ent.text)
                if tokens:
                    keys.add("~" + tokens[-1])
            self._mentioned = keys
        tokens = name_tokens(person.name)
        return person.id in self._mentioned or bool(tokens and "~" + tokens[-1] in self._mentioned)

    def same_person(self, a: Span, b: Span) -> bool:
        ta, tb = name_tokens(a.text), name_tokens(b.text)
        return bool(ta and tb and ta[-1] == tb[-1])


#: Words of a ministry's name that tell the minister's role ("Ministry of Defence", "Foreign Office").
_PORTFOLIOS = (({"defence", "defense", "war", "armed"}, "defence_minister"), ({"foreign"}, "foreign_minister"))


def portfolio_role(org: Organisation) -> str | None:
    """The role of the minister at the head of a ministry, where its name tells the portfolio
    ("Department of State" is the foreign ministry; "Ministry of State Security" is none)."""
    if org.kind != "ministry":
        return None
    if org.name.endswith("Department of State"):
        return "foreign_minister"
    words = {w.strip("()").lower() for w in org.name.split()}
    return next((role for keys, role in _PORTFOLIOS if words & keys), None)
