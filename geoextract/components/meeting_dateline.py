"""The dateline of a wire story ("BEIRUT —", "LAHORE, Pakistan (AP) —"): where a meeting told without a place was held."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .meeting_actors import DocActors

#: Capitals of Latin script, accented ones too ("SÃO PAULO", "BOGOTÁ", "ASUNCIÓN").
_UP = "A-ZÀ-ÖØ-Þ"
_DATELINE_RE = re.compile(
    rf"^\s*(?P<city>[{_UP}][{_UP}.'’\- ]{{1,40}}?[{_UP}.])(?:\s*,\s*(?P<region>[{_UP}][\w.'’\- ]{{1,30}}?))?\s*(?:\([^)]{{1,40}}\)\s*)?[—–]{{1,2}}\s+"
    rf"|^\s*(?P<city2>[{_UP}][{_UP}.'’\- ]{{1,40}}?[{_UP}.])(?:\s*,\s*(?P<region2>[{_UP}][\w.'’\- ]{{1,30}}?))?\s*(?:\([^)]{{1,40}}\)\s*)?--?\s+"
)


@dataclass
class Dateline:
    """The place line that opens a wire story ("BEIRUT —")."""

    name: str
    country: str | None


def find_dateline(doc: Doc, actors: DocActors, text: str | None = None) -> Dateline | None:
    """The dateline city of a wire story, with its country when the text or KB says.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("BEIRUT — Talks ended.")
        >>> find_dateline(doc, DocActors(doc)).name
        'Beirut'
    """
    match = _DATELINE_RE.match((doc.text if text is None else text)[:120])
    if match is None:
        return None
    key = "city" if match.group("city") else "city2"
    city = match.group(key).strip()
    if len(city) < 3 or not any(c.isalpha() for c in city):
        return None
    country: str | None = None
    for group in (key, "region" if key == "city" else "region2"):
        if match.group(group) is None:
            continue
        span = doc.char_span(match.start(group), match.end(group), alignment_mode="expand")
        for tok in span or []:
            eid = actors.entity_at(tok)
            if eid is not None and actors.info[eid].country:
                country = country or actors.info[eid].country
    name = city.title() if city.isupper() else city
    return Dateline(name=name, country=country)
