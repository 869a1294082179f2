"""One meeting per destination of a trip told with several counterparts.

"X will travel to Serbia and Hungary for talks with Serbian President A and Hungarian Prime
Minister B" tells two visits, X with A in Serbia and X with B in Hungary, not one meeting of
the three: each counterpart is met in their own country.
"""

from __future__ import annotations

from spacy.tokens import Token

from .meeting_actors import DocActors
from .meeting_candidate import Candidate
from .meeting_lexicon import TRAVEL_VERBS, VISIT_VERBS
from .meeting_syntax import children_of, conjuncts


def split_by_destination(cand: Candidate, governors: list[Token], actors: DocActors) -> None:
    """Set ``cand.split_objects`` and ``cand.split_places`` when a trip to two or more
    countries meets one counterpart from each of them.

    Example:
        >>> import spacy
        >>> from geoextract.extensions import install_extensions
        >>> install_extensions()
        >>> doc = spacy.blank("en")("Nothing.")
        >>> cand = Candidate(0, (0, 8), 0, "Nothing", "meet")
        >>> split_by_destination(cand, [], DocActors(doc))
        >>> cand.split_objects
        []
    """
    if cand.split_objects:
        return
    for gov in governors:
        lemma = gov.lemma_.lower()
        if lemma in VISIT_VERBS:
            heads = [c for c in children_of(gov) if c.dep_ == "dobj"]
        elif lemma in TRAVEL_VERBS:
            heads = [o for c in children_of(gov) if c.dep_ == "prep" and c.lower_ == "to" for o in children_of(c) if o.dep_ == "pobj"]
        else:
            continue
        places: dict[str, tuple[str, bool]] = {}
        for head in heads:
            for dest in conjuncts(head):
                eid = actors.entity_at(dest)
                info = actors.info[eid] if eid is not None else None
                if info is not None and info.label in {"GPE", "LOC"} and info.country and info.country not in places:
                    places[info.country] = (_ent_text(dest), info.kind == "city")
        if len(places) < 2:
            continue
        people = [p for p in cand.participants if actors.info[p].is_person and actors.info[p].country in places]
        if len(people) != len(places) or {actors.info[p].country for p in people} != set(places):
            continue  # each destination must hold exactly one counterpart of its own
        cand.split_objects = people
        for p in people:
            country = actors.info[p].country or ""
            cand.split_places[p] = (places[country][0], country, places[country][1])
        return


def destination_country(governors: list[Token], actors: DocActors) -> str | None:
    """The country a governing travel verb goes to ("flew to Florida for a dinner with X")."""
    for gov in governors:
        if gov.lemma_.lower() not in TRAVEL_VERBS:
            continue
        for prep in children_of(gov):
            if prep.dep_ == "prep" and prep.lower_ == "to":
                for dest in (o for o in children_of(prep) if o.dep_ == "pobj"):
                    eid = actors.entity_at(dest)
                    if eid is not None and actors.info[eid].label in {"GPE", "LOC"} and actors.info[eid].country:
                        return actors.info[eid].country
    return None


def _ent_text(tok: Token) -> str:
    """The words of the named entity ``tok`` belongs to ("South Korea"), or the token alone."""
    doc = tok.doc
    start = end = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[start : end + 1].text
