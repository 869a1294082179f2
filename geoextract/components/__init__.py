"""geoextract's spaCy components; importing this package registers their factories."""

from __future__ import annotations

from .actor_ruler import ActorRuler, make_actor_ruler
from .attribute_index import IndexedAttributeRuler, make_indexed_attribute_ruler
from .entity_linker import EntityLinker, make_entity_linker
from .meeting_extractor import MeetingExtractor, make_meeting_extractor
from .name_coref import NameCoref, make_name_coref
from .role_linker import RoleLinker, make_role_linker

__all__ = [
    "ActorRuler",
    "EntityLinker",
    "IndexedAttributeRuler",
    "MeetingExtractor",
    "NameCoref",
    "RoleLinker",
    "make_actor_ruler",
    "make_entity_linker",
    "make_indexed_attribute_ruler",
    "make_meeting_extractor",
    "make_name_coref",
    "make_role_linker",
]
