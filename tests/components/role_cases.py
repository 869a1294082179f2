"""Shared helpers for the role tests: the roles of a text as plain tuples of canonical names."""

from __future__ import annotations

from typing import Any, NamedTuple

import geoextract


class R(NamedTuple):
    """A role as names: who, which title, which state, which organisation, which qualifier."""

    person: str | None
    title: str
    country: str | None
    org: str | None = None
    qualifier: str | None = None


class Triple(NamedTuple):
    """A role as (person name, title, state): for tests that check only those three."""

    person: str | None
    title: str
    country: str | None


def roles_of(nlp: Any, text: str, date: str) -> list[R]:
    """Every role of ``text`` dated ``date``, with entity ids replaced by canonical names."""
    doc = geoextract.extract(text, date=date, nlp=nlp)
    names = {e.id: e.name for e in doc.entities}
    return [
        R(names.get(r.person) if r.person else None, r.title, r.country, names.get(r.org) if r.org else None, r.qualifier)
        for r in doc.roles
    ]


def role_triples(doc: geoextract.Document) -> list[Triple]:
    """The (person name, title, state) of every role of ``doc``."""
    names = {e.id: e.name for e in doc.entities}
    return [Triple(names.get(r.person) if r.person else None, r.title, r.country) for r in doc.roles]
