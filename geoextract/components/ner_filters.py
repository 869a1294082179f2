"""Spans that look like names but are no actor: a wire story's credit line, a region, a
disease or a trade pact, and lowercase descriptors the NER took for an organisation.

The actor ruler asks these before it keeps an NER or KB span. Each rule reads the span's
shape and position, plus two closed word lists of non-actor names (regions, diseases and
treaties) that news writes with capitals.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ._common import token_span
from .lexicon import DATELINE_DASHES

#: How far into its line a credit line's agency may stand ("SANTIAGO, Chile, May 2 (Reuters) -").
CREDIT_WINDOW = 14
#: Geographic regions, seas and oceans: places, never an organisation or a person ("the
#: Sahel", "Pacific counterparts").
GEO_REGIONS = frozenset({
    "pacific", "atlantic", "arctic", "antarctic", "antarctica", "sahel", "sahara", "maghreb",
    "levant", "balkans", "caucasus", "caribbean", "mediterranean", "scandinavia", "indo-pacific",
    "eurasia", "patagonia", "amazon", "amazonia", "siberia", "himalayas", "andes", "sinai",
    "mesopotamia", "oceania", "polynesia", "melanesia", "micronesia", "baltics",
})
#: Diseases, treaties and trade pacts news capitalises like names but that act for no one.
NON_ACTOR_NAMES = frozenset({
    "covid-19", "covid", "coronavirus", "sars-cov-2", "ebola", "mpox", "monkeypox", "hiv",
    "aids", "sars", "mers", "zika", "cholera", "nafta", "usmca", "cusma", "t-mec", "jcpoa",
    "tpp", "cptpp", "rcep", "ttip", "ceta", "new start", "inf treaty", "gatt",
})


#: A model designation ("F-16", "Su-24", "S-400"), with an optional word before it; "G-20"
#: and "M-23" name a grouping and a rebel movement.
MODEL_DESIGNATION = re.compile(r"^(?:(?:the|a|an|[A-Z][a-z]+)\s+)?[A-FH-LN-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?$")


def is_credit_line(doc: Doc, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` the agency credit of a wire story: "BRUSSELS, May 3 (Reuters) -",
    "PARIS (AP) —" near the start of a line, or a trailing "— AFP" that ends the line?

    The credit names the wire, not an actor of the story; the same agency quoted as a source
    in running text ("Reuters reported") is left alone.
    """
    if start <= 0 or end > len(doc):
        return False
    before, after = doc[start - 1], doc[end] if end < len(doc) else None
    if before.text == "(" and after is not None and after.text == ")":
        i = end + 1
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i >= len(doc) or doc[i].text not in DATELINE_DASHES:
            return False
        return _line_offset(doc, start - 1) <= CREDIT_WINDOW
    if before.text in DATELINE_DASHES:
        # "... the talks ended. — AP": the credit closes the story or its line.
        return after is None or "\n" in doc[end - 1].whitespace_ or (after.is_space and "\n" in after.text)
    return False


def _line_offset(doc: Doc, i: int) -> int:
    """How many tokens precede token ``i`` on its line."""
    n = 0
    j = i - 1
    while j >= 0 and "\n" not in doc[j].text_with_ws:
        n += 1
        j -= 1
    return n


def non_actor_label(doc: Doc, start: int, end: int, label: str) -> str | None:
    """The label an NER name span should have when it names no actor: "LOC" for a region,
    "" (drop it) for a disease, a treaty or a lowercase descriptor; None to keep ``label``."""
    span = token_span(doc, start, end)
    text = span.text.lower()
    if label in ("ORG", "PERSON", "GPE", "NORP") and text in GEO_REGIONS:
        return "LOC"
    if label in ("ORG", "PERSON", "GPE", "NORP", "FAC") and text in NON_ACTOR_NAMES:
        return ""
    if label == "ORG" and MODEL_DESIGNATION.match(span.text):
        # "Turkish F-16", "the Su-24": an aircraft or weapon model, not its maker or user.
        return ""
    if label == "ORG" and not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
        # "nom de": an organisation's name has at least one capital.
        return ""
    return None


def trailing_party_noun(doc: Doc, start: int, end: int) -> bool:
    """Does the name span end in the common noun "party" ("the Likud party")? Names write
    their own "Party" with a capital ("Communist Party"); the lowercase noun describes."""
    return end - start > 1 and doc[end - 1].text == "party"
