"""How a component reaches the pipeline's knowledge base, once, on first use."""

from __future__ import annotations

from spacy.language import Language

from ..kb import KnowledgeBase
from ._common import find_kb
from .person_linking import LinkCache


class KBAccess:
    """Mixin: ``self.kb`` is the KB of the pipeline's actor ruler (looked up on first use,
    so components may be added in any order), and ``self._cache`` memoises the KB queries
    that repeat across documents. The class sets ``self._nlp`` and may set ``self._kb``."""

    _nlp: Language | None = None
    _kb: KnowledgeBase | None = None
    _link_cache: LinkCache | None = None

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = find_kb(self._nlp)
        return self._kb

    @property
    def _cache(self) -> LinkCache:
        kb = self.kb
        if self._link_cache is None or self._link_cache.kb is not kb:
            self._link_cache = LinkCache(kb)
        return self._link_cache
