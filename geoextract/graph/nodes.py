"""Actor and office nodes: one node per canonical actor across a whole corpus."""

from __future__ import annotations

from typing import Any

from ..results import Entity, Role
from .schema import ACTOR, OFFICE
from .text import clean_name, fold


def actor_key(entity: Entity) -> str:
    """Return the node key of an entity: its KB id (``actor_id``, else ``kb_id``), else
    ``"name:<name>|<country>"``.

    An entity without a country gets ``"name:<name>"``. The builder additionally merges
    unlinked spellings that differ only in case, accents or spacing into the key of the
    first spelling it reads.

    Args:
        entity: An entity of a geoextract Document.

    Returns:
        The node key.

    Example:
        >>> actor_key(Entity(id="e0", name="Charles Kupchan", label="PERSON", country="USA"))
        'name:Charles Kupchan|USA'
        >>> actor_key(Entity(id="e1", name="Antony Blinken", label="PERSON", kb_id="Q4773967"))
        'Q4773967'
    """
    linked = entity.actor_id or entity.kb_id
    if linked:
        return linked
    name = clean_name(entity.name)
    return f"name:{name}|{entity.country}" if entity.country else f"name:{name}"


def office_key(title: str, country: str | None, org_key: str | None) -> str:
    """Return the node key of an office: ``"office:<title>|<country or org key>"``.

    Example:
        >>> office_key("Foreign Minister", "DEU", None)
        'office:Foreign Minister|DEU'
        >>> office_key("Secretary General", None, "Q7184")
        'office:Secretary General|Q7184'
    """
    title = clean_name(title)
    owner = country or org_key
    return f"office:{title}|{owner}" if owner else f"office:{title}"


class NodeTable:
    """Accumulates node attributes over a corpus, keyed by :func:`actor_key`."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}
        self._aliases: dict[tuple[str, str | None], str] = {}
        self._role_seen: dict[str, set[tuple[Any, ...]]] = {}

    def key(self, entity: Entity) -> str:
        """Return the node key of an entity, merging case/accent variants of unlinked names."""
        linked = entity.actor_id or entity.kb_id
        if linked:
            return linked
        alias = (fold(entity.name), entity.country)
        found = self._aliases.get(alias)
        if found is None:
            found = actor_key(entity)
            self._aliases[alias] = found
        return found

    def add_entity(self, entity: Entity, document: str) -> str:
        """Count one entity of a document towards its node; return the node key."""
        key = self.key(entity)
        node = self.nodes.get(key)
        if node is None:
            node = {
                "type": ACTOR,
                "label": entity.label,
                "name": clean_name(entity.name),
                "country": entity.country,
                "kb_id": entity.kb_id,
                "actor_id": entity.actor_id,
                "kind": entity.kind,
                "roles": [],
                "mentions": 0,
                "documents": [],
                "n_documents": 0,
            }
            self.nodes[key] = node
        else:
            # The first document that knows a value wins; later ones only fill gaps.
            for name, value in (("country", entity.country), ("kind", entity.kind)):
                if node[name] is None and value is not None:
                    node[name] = value
        node["mentions"] += len(entity.mentions)
        self._add_document(node, document)
        return key

    def add_role(self, person_key: str, role: Role, org_key: str | None) -> None:
        """Record a title seen for a person in the person's ``roles`` list (deduplicated)."""
        org_name = self.nodes[org_key]["name"] if org_key in self.nodes else None
        seen = self._role_seen.setdefault(person_key, set())
        ident = (role.title, role.country, org_key, role.qualifier, role.role_type)
        if ident in seen:
            return
        seen.add(ident)
        self.nodes[person_key]["roles"].append(
            {
                "title": role.title,
                "country": role.country,
                "org": org_key,
                "org_name": org_name,
                "qualifier": role.qualifier,
                "role_type": role.role_type,
            }
        )

    def add_office(self, role: Role, org_key: str | None, document: str) -> str:
        """Count one role mention towards its office node; return the office key."""
        key = office_key(role.title, role.country, org_key)
        node = self.nodes.get(key)
        if node is None:
            org_name = self.nodes[org_key]["name"] if org_key in self.nodes else None
            node = {
                "type": OFFICE,
                "label": "OFFICE",
                "name": clean_name(role.title),
                "country": role.country,
                "kb_id": None,
                "kind": "office",
                "org": org_key,
                "org_name": org_name,
                "mentions": 0,
                "documents": [],
                "n_documents": 0,
            }
            self.nodes[key] = node
        node["mentions"] += 1
        self._add_document(node, document)
        return key

    @staticmethod
    def _add_document(node: dict[str, Any], document: str) -> None:
        # Documents are read one after the other, so a repeat can only be the last one.
        documents: list[str] = node["documents"]
        if not documents or documents[-1] != document:
            documents.append(document)
            node["n_documents"] = len(documents)
