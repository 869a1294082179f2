"""Role and affiliation edges: person → office (``holds``) and person → organisation (``member_of``)."""

from __future__ import annotations

from typing import Any

import networkx as nx

from ..results import Document
from .nodes import NodeTable
from .schema import HOLDS, MEMBER_OF
from .text import iso


class RoleEdges:
    """Collects the roles of a corpus into node attributes and, optionally, edges.

    Every role whose holder is a known entity goes into the holder's ``roles`` node
    attribute. With ``roles`` it also becomes a ``holds`` edge to an office node; with
    ``affiliations`` a role that belongs to an organisation becomes a ``member_of`` edge to
    the organisation's node. An edge seen in several documents is one edge listing them.
    """

    def __init__(self, table: NodeTable, *, roles: bool, affiliations: bool) -> None:
        self.table = table
        self.roles = roles
        self.affiliations = affiliations
        self.edges: dict[tuple[str, str, str], dict[str, Any]] = {}

    def add_document(
        self, document: Document, keys: dict[str, str], doc_id: str, *, in_range: bool
    ) -> None:
        """Record the roles of one document; ``keys`` maps its entity ids to node keys."""
        for role in document.roles:
            person = keys.get(role.person) if role.person is not None else None
            if person is None:
                continue
            org = keys.get(role.org) if role.org is not None else None
            self.table.add_role(person, role, org)
            if not in_range:
                continue
            provenance = {
                "document": doc_id,
                "document_date": iso(document.date),
                "evidence": role.mention.text,
            }
            if self.roles:
                office = self.table.add_office(role, org, doc_id)
                key = f"{HOLDS}|{role.qualifier}" if role.qualifier else HOLDS
                edge = self.edges.get((person, office, key))
                if edge is None:
                    edge = {
                        "type": HOLDS,
                        "title": role.title,
                        "country": role.country,
                        "org": org,
                        "qualifier": role.qualifier,
                        "role_type": role.role_type,
                        "confirmed": role.confirmed,
                        **_empty_sources(),
                    }
                    self.edges[(person, office, key)] = edge
                elif role.confirmed is not None:
                    # Any confirmation by the KB outweighs an unknown or a refusal elsewhere.
                    edge["confirmed"] = bool(edge["confirmed"]) or role.confirmed
                _add_source(edge, provenance)
            if self.affiliations and org is not None:
                key = MEMBER_OF
                edge = self.edges.get((person, org, key))
                if edge is None:
                    edge = {"type": MEMBER_OF, "org": org, "titles": [], **_empty_sources()}
                    self.edges[(person, org, key)] = edge
                if role.title not in edge["titles"]:
                    edge["titles"].append(role.title)
                _add_source(edge, provenance)

    def add_to(self, graph: nx.MultiGraph) -> None:
        """Add the collected edges to the graph (person first, for directed graphs)."""
        for (person, target, key), attrs in self.edges.items():
            graph.add_edge(person, target, key=key, **attrs)


def _empty_sources() -> dict[str, Any]:
    return {
        "documents": [],
        "n_documents": 0,
        "first_reported": None,
        "last_reported": None,
        "evidence": [],
        "provenance": [],
    }


def _add_source(edge: dict[str, Any], provenance: dict[str, Any]) -> None:
    edge["provenance"].append(provenance)
    if provenance["document"] not in edge["documents"]:
        edge["documents"].append(provenance["document"])
        edge["n_documents"] = len(edge["documents"])
    if provenance["evidence"] not in edge["evidence"]:
        edge["evidence"].append(provenance["evidence"])
    day = provenance["document_date"]
    if day is not None:
        if edge["first_reported"] is None or day < edge["first_reported"]:
            edge["first_reported"] = day
        if edge["last_reported"] is None or day > edge["last_reported"]:
            edge["last_reported"] = day
