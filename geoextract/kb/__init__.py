"""Knowledge base of geopolitical actors: countries, organisations and date-bounded office holders.

Example:
    >>> from geoextract.kb import KnowledgeBase
    >>> kb = KnowledgeBase.default()
    >>> kb.country("Britain").alpha3
    'GBR'
"""

from __future__ import annotations

from .fuzzy import FuzzyIndex
from .model import ROLE_TYPES, Actor, Country, Office, Organisation, Person, Tenure
from .normalize import normalize_name
from .store import Candidate, GazetteerEntry, Holding, KnowledgeBase, TitleEntry

__all__ = [
    "ROLE_TYPES",
    "Actor",
    "Candidate",
    "Country",
    "FuzzyIndex",
    "GazetteerEntry",
    "Holding",
    "KnowledgeBase",
    "Office",
    "Organisation",
    "Person",
    "Tenure",
    "TitleEntry",
    "normalize_name",
]
