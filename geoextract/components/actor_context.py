"""Context tests of the actor ruler: metonyms, datelines, titles and state prefixes around a span.

Plain functions over a parsed Doc, kept apart from the component so that each reads alone:
whether a capital stands for its government, whether a name sits inside a title phrase or a
dateline, and how "U.S. State Department" splits into a state and its body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..kb import KnowledgeBase
from ._common import token_span
from .gazetteer import GazetteerMatch
from .lexicon import (
    DATELINE_DASHES,
    HONORIFICS,
    LOCATIVE_PREPS,
    NAME_TITLES,
    PORTFOLIO_WORDS,
    TITLE_HEADS,
)
from .ner_filters import GEO_REGIONS
from .ner_repairs import governs_person_noun, kin_names, split_coordinated

#: Dependency relations of a capital or seat that make it stand for the government.
METONYM_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "csubj"})
#: Prepositions whose object is an actor, not a venue ("talks with Moscow").
ACTOR_PREPS = frozenset({"with", "by", "against", "between", "on", "toward", "towards", "and"})
#: Verbs whose object is a government when it is a capital ("urged Kyiv", "support Kyiv"),
#: unlike "visited Kyiv" or "shelled Kyiv".
GOVERNMENT_OBJECT_VERBS = frozenset({
    "support", "urge", "accuse", "criticise", "criticize", "pressure", "pressurise", "warn", "back",
    "sanction", "blame", "condemn", "praise", "thank", "help", "arm", "ask", "recognise", "recognize",
    "reassure", "persuade", "push", "lobby", "defy", "rebuke", "threaten", "court", "snub", "engage",
    "fund", "join", "oppose", "endorse", "reject", "challenge", "pressed", "press", "call", "tell",
    "inform", "notify", "assure", "trust", "distrust", "accommodate", "placate", "appease",
})
#: "chief" and "counsellor" head titles whose premodifier is a portfolio ("Army chief",
#: "State Counsellor"), never an organisation of its own.
PORTFOLIO_HEADS = frozenset({"secretary", "secretaries", "minister", "ministers", "commissioner", "chief", "counsellor", "counselor"})
REGIONAL_PREFIXES = frozenset({"North", "South", "East", "West", "Central", "Latin", "Northern", "Southern", "Eastern", "Western", "Sub-Saharan", "Pan", "Trans", "Anglo", "Indo", "Afro", "Euro"})


def inside_title(doc: Doc, start: int, end: int, kind: str) -> bool:
    """True for portfolio words of a title: "State" in "Secretary of State", "Europe" in
    "Minister of Europe and Foreign Affairs" (never a country, demonym or person: "Brazil" in
    "the foreign minister of Brazil" is the office's state)."""
    if kind in ("country", "demonym", "person", "capital", "seat"):
        return False
    # Most names fail on their first word: test it before slicing the Doc.
    if start < end and doc[start].lower_ not in PORTFOLIO_WORDS:
        return False
    if not all(doc[i].lower_ in PORTFOLIO_WORDS for i in range(start, end)):
        return False
    if end < len(doc) and doc[end].lower_ in PORTFOLIO_HEADS and not all(doc[i].lower_ in ("the", "of", "and", "&", "for") for i in range(start, end)):
        # "Treasury Secretary", "Public Safety Minister": the portfolio premodifies the title.
        return True
    i = start - 1
    while i >= 0 and doc[i].lower_ in PORTFOLIO_WORDS:
        i -= 1
    return 0 <= i < start - 1 and doc[i].lower_ in PORTFOLIO_HEADS


#: Organisation kinds whose names news prefixes with their state ("the U.S. State
#: Department", "the Iranian Foreign Ministry"): the state is mentioned in its own right.
STATE_BODY_KINDS = frozenset({"ministry", "government_body", "military"})


def split_state_prefixes(doc: Doc, by_span: dict[tuple[int, int], GazetteerMatch], kb: KnowledgeBase) -> None:
    """Split "U.S. State Department" into the country "U.S." and the body "State Department"."""
    states = {start: (end, m) for (start, end), m in by_span.items() if m.kind in ("country", "demonym")}
    for (start, end), m in list(by_span.items()):
        if m.kind != "organisation" or start not in states:
            continue
        state_end, state = states[start]
        if state_end >= end:
            continue
        org = kb.get(m.entries[0].actor_id)
        if org is None or getattr(org, "kind", None) not in STATE_BODY_KINDS or org.country != state.entries[0].country:
            continue
        if doc[start:end].text == org.name:
            # "Sudanese Armed Forces": the demonym belongs to the body's own name.
            continue
        body_start = state_end + 1 if doc[state_end].tag_ == "POS" else state_end
        if body_start >= end:
            continue
        del by_span[(start, end)]
        by_span[(body_start, end)] = GazetteerMatch(body_start, end, m.entries)


def joins_actors(doc: Doc, ent: Span, overlapping: list[Span], kb_spans: list[tuple[Span, GazetteerMatch]]) -> bool:
    """Does "and"/"&" inside ``ent`` join a KB person, country or demonym to something else?"""
    joints = {t.i for t in ent[1:-1] if t.lower_ in ("and", "&")}
    if not joints:
        return False
    kinds = {(k.start, k.end): m.kind for k, m in kb_spans}
    return any(
        kinds.get((k.start, k.end)) in ("person", "country", "demonym") and (k.end in joints or k.start - 1 in joints)
        for k in overlapping
    )


def repair_people(doc: Doc, ner_spans: list[Span], kb_spans: list[tuple[Span, GazetteerMatch]]) -> list[Span]:
    """Two names joined by "and" become two people; a relative's first name ("his wife,
    Grace") becomes a person whatever the NER called it (or if it missed it)."""
    person_words = {t.text for s in ner_spans if s.label_ == "PERSON" for t in s}
    person_words.update(t.text for k, m in kb_spans if m.kind == "person" for t in k)
    spans = [_listed_person(s, ner_spans) for s in split_coordinated(doc, ner_spans, person_words)]
    for start, end in kin_names(doc):
        if any(k.start < end and start < k.end for k, _ in kb_spans):
            continue
        spans = [s for s in spans if not (s.start < end and start < s.end)]
        spans.append(Span(doc, start, end, label="PERSON"))
    return spans


#: Continents an office may be "for" ("minister for Africa"), beside the regions of ``GEO_REGIONS``.
_CONTINENTS = frozenset({"africa", "europe", "asia", "americas", "oceania"})


def person_after_office_place(doc: Doc, start: int, end: int, country_starts: dict[int, int]) -> int | None:
    """"special envoy for Sudan Tom Perriello", "minister for Africa Andrew Mitchell": the NER
    reads the office's place and the name after it as one organisation. The first token of
    the person, when a title, "for"/"to", a state or region and two capitalised words or more
    make up the span; None otherwise."""
    before = start - 2 if start >= 2 and doc[start - 1].lower_ == "the" else start - 1  # "for the Sahel"
    # "Minister of State for Petroleum Resources Ibe Kachikwu": the portfolio, then the name
    of_state = before >= 3 and doc[before - 1].lower_ == "state" and doc[before - 2].lower_ == "of" and doc[before - 3].lower_ in TITLE_HEADS
    if before < 1 or doc[before].lower_ not in ("for", "to") or (doc[before - 1].lower_ not in TITLE_HEADS and not of_state):
        return None
    if start in country_starts:
        place_end = country_starts[start]
    elif doc[start].lower_ in GEO_REGIONS or doc[start].lower_ in _CONTINENTS:
        place_end = start + 1
    elif doc[start].lower_ in PORTFOLIO_WORDS:
        place_end = start
        while place_end < end and doc[place_end].lower_ in PORTFOLIO_WORDS:
            place_end += 1
    else:
        return None
    rest = doc[place_end:end]
    if len(rest) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in rest):
        return None
    return place_end


def _listed_person(span: Span, spans: list[Span]) -> Span:
    """"met Joe Ajaero, president of X, and Festus Osifo": a bare name the NER calls a work of art
    or a product, coordinated with a person's name, is a person too."""
    if span.label_ not in ("WORK_OF_ART", "PRODUCT") or not 2 <= len(span) <= 4:
        return span
    if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in span):
        return span
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else [c for c in root.children if c.dep_ == "conj"]
    people = {i for s in spans if s.label_ == "PERSON" for i in range(s.start, s.end)}
    if any(p.i in people for p in partners):
        return Span(span.doc, span.start, span.end, label="PERSON")
    return span


def after_title(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_.rstrip(".") in NAME_TITLES


def strip_honorifics(doc: Doc, match: GazetteerMatch) -> GazetteerMatch:
    """"Queen Margrethe": the honorific is not part of the name mention ("the Prince of Wales" is:
    a style with its "of" phrase is the whole name)."""
    start = match.start
    while start < match.end - 1 and doc[start].lower_.rstrip(".") in HONORIFICS and doc[start].lower_ not in ("of", "the", "-") and doc[start + 1].lower_ != "of":
        start += 1
    if start == match.start:
        return match
    return GazetteerMatch(start, match.end, match.entries)


def owner_state(doc: Doc, ent: Span, state_ends: dict[int, str]) -> str | None:
    """The state named just before an organisation: "Romania's <ORG>", "Romanian <ORG>"."""
    i = ent.start
    if i >= 2 and doc[i - 1].tag_ == "POS":
        return state_ends.get(i - 1)
    return state_ends.get(i)


def regional_prefix(doc: Doc, match: GazetteerMatch) -> bool:
    """"South American", "North African", "Latin American": a region, not the country."""
    if match.kind not in ("country", "demonym") or match.start == 0:
        return False
    prev = doc[match.start - 1]
    return prev.text in REGIONAL_PREFIXES


def ends_with_title(span: Span) -> bool:
    return len(span) > 0 and span[-1].lower_ in TITLE_HEADS and span[-1].lower_ not in ("general",)


def is_metonym(doc: Doc, start: int, end: int) -> bool:
    """Does the place ``doc[start:end]`` stand for a government rather than name a venue?"""
    if is_dateline(doc, start, end):
        return False
    token = doc[end - 1]
    seen = 0
    while token.dep_ in ("conj", "appos") and token.head.i != token.i and seen < 5:
        token = token.head
        seen += 1
    dep = token.dep_
    if dep in METONYM_DEPS:
        return True
    if governs_person_noun(token):
        # "Kremlin spokesman", "White House envoy": the government's people.
        return True
    if dep == "dobj" and token.head.lemma_.lower() in GOVERNMENT_OBJECT_VERBS:
        return True
    if dep == "pobj":
        prep = token.head.lower_
        if prep in ACTOR_PREPS and prep not in LOCATIVE_PREPS:
            return True
        return False
    return False


def is_dateline(doc: Doc, start: int, end: int) -> bool:
    """"BOGOTA — ...", "CARTAGENA, Colombia — ...", "MOSCOW (Reuters) -" or "Kyiv • UNN": a
    place at the start of a line, followed by a dash (after a country or agency when the
    place is written in capitals)."""
    line_start = start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space
    if not line_start or end >= len(doc):
        return False
    nxt = doc[end]
    if nxt.text in DATELINE_DASHES:
        return True
    if nxt.is_space and end + 1 < len(doc) and doc[end + 1].text in DATELINE_DASHES:
        return True
    if nxt.text in (",", "(") and token_span(doc, start, end).text.isupper():
        # "GRANADA, Spain, Oct 5 (Reuters) -": country, date and credit before the dash.
        return any(t.text in DATELINE_DASHES for t in doc[end : min(len(doc), end + 12)])
    return False
