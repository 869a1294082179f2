"""Repairs of the statistical NER's spans that the actor ruler applies before merging KB forms.

Each rule reads grammar, not names: two names joined by "and" are two names; a name ending in
"Square" or "Buildings" is a place; a first name after "his wife" is a person; a name does not
run across a wire dateline's dash ("ATHENS, Oct 4 - German ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from ._common import hash_string
from .lexicon import LOCATIVE_PREPS

#: Words joining two names in a list; a person's name never contains them.
COORDINATORS = frozenset({"and", "&", ",", ";"})
#: Name suffixes that follow a comma inside one name ("Martin Luther King, Jr.").
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
#: Last words of a place's name: the NER sometimes calls these people ("Kim Il Sung Square").
PLACE_HEADS = frozenset({
    "square", "street", "avenue", "boulevard", "road", "bridge", "airport", "stadium", "arena",
    "palace", "hall", "house", "buildings", "building", "tower", "castle", "mansion", "residence",
    "lodge", "hotel", "centre", "center", "park", "gardens", "station", "port", "harbour",
    "mausoleum", "cathedral", "mosque", "church", "temple",
})
#: Last words of an institution that is a venue when it is where something happens ("a speech
#: at Vilnius University"), on top of PLACE_HEADS.
VENUE_INSTITUTION_HEADS = frozenset({"university", "college", "school", "academy", "institute", "museum", "library", "hospital"})
#: Nouns before "of" that make the following name a settlement ("the town of Badme").
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "hamlet", "settlement", "port", "enclave", "island", "region", "province", "district"})
#: Family nouns whose apposition names a person ("his wife, Grace", "her husband Joachim").
KIN_NOUNS = frozenset({
    "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "widow",
    "widower", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter",
    "spouse", "partner", "fiancee", "fiancée", "stepson", "stepdaughter",
})
_KIN_HASHES = frozenset(hash_string(w) for w in KIN_NOUNS)
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})
#: Nouns of people a seat of government stands for when it modifies them ("Kremlin spokesman",
#: "White House envoy", "Downing Street officials").
GOVERNMENT_PERSON_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "aides", "adviser",
    "advisers", "advisor", "advisors", "envoy", "envoys", "official", "officials", "source",
    "sources", "secretary", "chief", "staff", "counsel", "negotiator", "negotiators",
    "statement", "readout", "insiders",
})


def split_coordinated(doc: Doc, spans: list[Span], person_words: set[str]) -> list[Span]:
    """Split NER spans that join two names ("Vucic and Hoti") into one PERSON span per name.

    A PERSON span is split wherever a coordinator stands between capitalised words; a span
    with another label only when every part ends in a word of a person named in the
    document (``person_words``), since "Trinidad and Tobago" or "Peace and Security
    Council" are single names.
    """
    result: list[Span] = []
    for span in spans:
        located = _person_at_place(doc, span, person_words)
        if located:
            result.extend(located)  # "talks with Cameron at Downing Street": a person, then where
            continue
        parts = _coordinated_parts(doc, span)
        if parts is None or (span.label_ != "PERSON" and not all(doc[e - 1].text in person_words for _, e in parts)):
            result.append(span)
            continue
        result.extend(Span(doc, s, e, label="PERSON") for s, e in parts)
    return result


def _person_at_place(doc: Doc, span: Span, person_words: set[str]) -> list[Span]:
    """"Cameron at Downing Street" read as one name: a person named in the document, "at" and
    a capitalised place become the person and the place."""
    at = next((t.i for t in span[1:-1] if t.lower_ == "at"), None)
    if at is None or doc[at - 1].text not in person_words or not all(w.text[:1].isupper() for w in doc[span.start : at]):
        return []
    place = doc[at + 1 : span.end]
    if not all(w.text[:1].isupper() for w in place) or place[-1].lower_ not in PLACE_HEADS | VENUE_INSTITUTION_HEADS:
        return []
    return [Span(doc, span.start, at, label="PERSON"), Span(doc, place.start, place.end, label="FAC")]


def _coordinated_parts(doc: Doc, span: Span) -> list[tuple[int, int]] | None:
    if len(span) < 3 or not any(t.text in COORDINATORS for t in span[1:-1]):
        return None
    parts: list[tuple[int, int]] = []
    start = span.start
    for t in span[1:-1]:
        if t.text in COORDINATORS:
            parts.append((start, t.i))
            start = t.i + 1
    parts.append((start, span.end))
    for s, e in parts:
        words = doc[s:e]
        if not len(words) or not all(w.text[:1].isupper() for w in words) or words[-1].lower_ in NAME_SUFFIXES:
            return None
    return parts


def relabel_places(doc: Doc, span: Span) -> str | None:
    """The label a place misread by the NER should have (FAC, GPE), else None."""
    if len(span) < 2 and span.label_ != "ORG":
        return None
    head = span[-1].lower_
    if span.label_ == "PERSON" and (head in PLACE_HEADS or _at_venue(span)):
        return "FAC"
    if span.label_ != "ORG":
        return None
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in SETTLEMENT_NOUNS:
        return "GPE"
    if len(span) >= 2 and (head in PLACE_HEADS or head in VENUE_INSTITUTION_HEADS) and _locative_object(span):
        return "FAC"
    return None


#: Verbs whose "at" takes a person as its aim ("lashed out at X", "looked at Y").
_AIM_VERBS = frozenset({"lash", "hit", "look", "laugh", "shout", "swipe", "jab", "aim", "fire", "point", "smile", "glance", "stare", "wave", "direct", "snap", "rail", "scoff", "sneer", "strike", "take"})


def _at_venue(span: Span) -> bool:
    """"called on X at Rashtrapati Bhavan": a name of several words that is where something
    happens is a place, not a person ("at X's residence" keeps its possessive person; "lashed out
    at X" aims at one)."""
    root = span.root
    at = root.head
    return (
        root.dep_ == "pobj" and at.lower_ == "at" and not any(c.dep_ == "case" for c in root.children)
        and at.head.lemma_.lower() not in _AIM_VERBS
    )


def _locative_object(span: Span) -> bool:
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS and root.head.lower_ != "of"


def kin_names(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of first names given as a relative ("his wife, Grace", "her son Hunter")."""
    found: list[tuple[int, int]] = []
    # Hashes, not Token objects: this runs on every document and kin nouns are rare.
    for at, lower in enumerate(doc.to_array(LOWER).tolist()):
        if lower not in _KIN_HASHES or at == 0:
            continue
        token = doc[at]
        owner = doc[token.i - 1]
        if owner.lower_ not in POSSESSIVE_PRONOUNS and owner.tag_ != "POS":
            continue
        i = token.i + 1
        if i < len(doc) and doc[i].text == ",":
            i += 1
        end = i
        while end < len(doc) and end - i < 3 and _name_word(doc[end]):
            end += 1
        if end > i:
            found.append((i, end))
    return found


def _name_word(token: Token) -> bool:
    return token.tag_ == "NNP" and token.text[:1].isupper() and token.is_alpha


def governs_person_noun(token: Token) -> bool:
    """Is ``token`` a modifier of a noun for people or their words ("Kremlin spokesman")?"""
    seen = 0
    while token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i and seen < 4:
        token = token.head
        seen += 1
        if token.lower_ in GOVERNMENT_PERSON_NOUNS:
            return True
    return False


def adjacent_name_pairs(doc: Doc, spans: list[Span]) -> list[tuple[Span, Span]]:
    """Pairs of one-word non-PERSON name spans that touch ("Jacinda" GPE + "Arden" GPE).

    The NER sometimes cuts an unfamiliar (often misspelt) full name into two places; two
    names with nothing between them are one name read in two halves.
    """
    by_start = {s.start: s for s in spans}
    pairs: list[tuple[Span, Span]] = []
    for span in spans:
        nxt = by_start.get(span.end)
        if nxt is None or len(span) != 1 or len(nxt) != 1 or "PERSON" in (span.label_, nxt.label_):
            continue
        if span[0].whitespace_ and _name_word(span[0]) and _name_word(nxt[0]):
            pairs.append((span, nxt))
    return pairs


def dateline_end(doc: Doc) -> int:
    """Index of the first token after a wire dateline ("CAIRO, Egypt —", "LIMA, May 9 (Reuters) -"),
    0 when there is none."""
    for tok in doc[:14]:
        # a bare hyphen ends a dateline only after a city in capitals ("TOKYO, May 9 (Reuters) -")
        if tok.text in {"—", "–", "--"} or (tok.text == "-" and tok.i > 0 and doc[0].is_upper and tok.whitespace_):
            return tok.i + 1 if all(t.is_title or t.is_upper or t.is_punct or t.like_num for t in doc[: tok.i]) else 0
        if tok.is_sent_start and tok.i > 0:
            return 0
    return 0


def cut_at_dateline(doc: Doc, ents: Sequence[Span]) -> Sequence[Span]:
    """"ATHENS, Oct 4 - German Interior Minister X": the NER may run a name across the dateline's
    dash ("Oct 4 - German"); only the words after the dash are kept, under the NER's label."""
    end = dateline_end(doc)
    if not end or not any(e.start < end < e.end for e in ents):
        return ents
    return tuple(Span(doc, end, e.end, label=e.label) if e.start < end < e.end else e for e in ents)


def hyphenated_pairs(doc: Doc, ents: list[Span], surnames: set[str]) -> tuple[list[Span], bool]:
    """"the Albanese-Widodo meeting": two surnames of people the article names in full, joined
    by a hyphen, are two people, whatever the NER made of the pair. The entities with the pair
    split, and whether any was."""
    if not surnames:
        return ents, False
    orths = doc.to_array(ORTH).tolist()
    dashes = {hash_string("-"), hash_string("–")}
    pairs = [
        i for i in (k - 1 for k, orth in enumerate(orths) if orth in dashes and 0 < k < len(orths) - 1)
        if doc[i].text in surnames and doc[i + 2].text in surnames and doc[i].text != doc[i + 2].text
        and doc[i].whitespace_ == "" and doc[i + 1].whitespace_ == ""
    ]
    if not pairs:
        return ents, False
    taken = {j for i in pairs for j in (i, i + 1, i + 2)}
    kept = [e for e in ents if not any(e.start <= j < e.end for j in taken)]
    kept += [Span(doc, j, j + 1, label="PERSON") for i in pairs for j in (i, i + 2)]
    return sorted(kept, key=lambda e: e.start), True
