"""Registered, versioned functions that components take from their config."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.language import Language
from spacy.util import registry

from .kb import KnowledgeBase
from .pipeline import adapt_base, extend_tokenizer


@lru_cache(maxsize=8)
def _cached_kb(paths: tuple[str, ...], shipped: bool) -> KnowledgeBase:
    if not paths and shipped:
        return KnowledgeBase.default()
    return KnowledgeBase.load(*paths, shipped=shipped)


@registry.misc("geoextract.kb_loader.v1")
def make_kb_loader(
    paths: Sequence[str] = (), shipped: bool = True
) -> Callable[[], KnowledgeBase]:
    """Return a loader of the shipped KB plus user files ``paths``, cached per process.

    Example:
        >>> loader = make_kb_loader()
        >>> loader() is loader()  # doctest: +SKIP
        True
    """
    key = tuple(str(p) for p in paths)

    def load() -> KnowledgeBase:
        return _cached_kb(key, shipped)

    return load


@registry.callbacks("geoextract.extend_tokenizer.v1")
def make_tokenizer_extender() -> Callable[[Language], Language]:
    """Return a callback that adds geoextract's tokenizer rule ("U.S.-led") to a pipeline.

    ``geoextract.load()`` applies the rule itself; a pipeline assembled from a config gets it
    from ``[initialize.after_init]`` (see ``models/geoextract.cfg``), and saves it with the
    tokenizer.

    Example:
        >>> import spacy; nlp = make_tokenizer_extender()(spacy.blank("en"))
        >>> [t.text for t in nlp("U.S.-led")]
        ['U.S.', '-', 'led']
    """

    def extend(nlp: Language) -> Language:
        extend_tokenizer(nlp)
        return nlp

    return extend


@registry.callbacks("geoextract.adapt_base.v1")
def make_base_adapter() -> Callable[[Language], Language]:
    """Return a callback that prepares an assembled base pipeline as ``geoextract.load()``
    does: the attribute ruler answered from an index and geoextract's tokenizer rules
    (:func:`geoextract.pipeline.adapt_base`).

    ``models/geoextract.cfg`` runs it in ``[initialize.after_init]``; the pipeline saves the
    indexed ruler and the tokenizer rules with it.

    Example:
        >>> import spacy; nlp = spacy.blank("en"); _ = nlp.add_pipe("attribute_ruler")
        >>> nlp = make_base_adapter()(nlp)
        >>> nlp.get_pipe_meta("attribute_ruler").factory, [t.text for t in nlp("U.S.-led")]
        ('geoextract_attribute_ruler', ['U.S.', '-', 'led'])
    """
    return adapt_base
