"""Capitals told by description: "in the Russian capital", "Iraq's capital" as a meeting place.

News names the city of a meeting through its state ("talks in the Iraqi capital"); the gold
convention records the city. The state is the entity that modifies "capital" (a demonym, a
country name or its possessive); its capital comes from the pipeline's knowledge base, which lists
each country's capitals (the actor ruler reads the same field to tag capitals in the text).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ..kb import KnowledgeBase
from .meeting_actors import DocActors
from .meeting_syntax import children_of

__all__ = ["capitals_lookup", "described_capital"]

#: Dependents of "capital" that name its state: "the Russian capital", "Iraq's capital".
_STATE_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def described_capital(noun: Token, actors: DocActors) -> tuple[str, str] | None:
    """The (city, alpha-3) that "the <state> capital" stands for, or None.

    Only the noun "capital" itself with a modifier that is a known state qualifies; a capital
    already named beside it ("the capital, Naypyitaw") or qualified by "of" is left to the
    ordinary place reading, and so is a bare "the capital" (no state told).

    Args:
        noun: The head of a place phrase.
        actors: The document's actors.

    Returns:
        The capital's name and its state's code, or None.

    Example:
        >>> # "talks in the Iraqi capital" -> ("Baghdad", "IRQ")  # doctest: +SKIP
    """
    if noun.lemma_.lower() != "capital" or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.dep_ in {"appos", "prep"} and (c.dep_ == "appos" or c.lower_ == "of") for c in children_of(noun)):
        return None
    for mod in children_of(noun):
        if mod.dep_ not in _STATE_DEPS or mod.i > noun.i:
            continue
        eid = actors.entity_at(mod)
        if eid is None:
            continue
        info = actors.info[eid]
        if info.label in {"GPE", "NORP"} and info.country and not info.is_person and actors.capitals:
            capitals = actors.capitals(info.country)
            if capitals:
                # "KUALA LUMPUR - ... in the Malaysian capital": a capital the story names wins
                # (a renamed capital lists several names: the story's own is the one of its day)
                named = {a.name for a in actors.info.values() if a.country == info.country and a.kind == "city"}
                return next((c for c in capitals if c in named), capitals[0]), info.country
    return None


def capitals_lookup(kb: KnowledgeBase) -> Callable[[str], tuple[str, ...]]:
    """A cached function from a country code to the capitals ``kb`` lists for it, main one first.

    Example:
        >>> capitals_lookup(KnowledgeBase.default())("IRQ")[0]
        'Baghdad'
    """

    @lru_cache(maxsize=512)
    def capitals(alpha3: str) -> tuple[str, ...]:
        country = kb.country(alpha3)
        return tuple(country.capitals) if country is not None else ()

    return capitals
