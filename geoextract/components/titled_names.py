"""Finding person names by their titles where the statistical NER misses or mislabels them.

News introduces people with their office: "President Domitien Ndayizeye", "The President of
Burundi, Domitien Ndayizeye, said", "Lotay Tshering, Bhutan's prime minister, met". The small
NER model often tags unfamiliar names in these positions as FAC or ORG, or not at all; the
title around them is the better evidence.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from ._common import hash_string, span_attr, token_span

#: Last words of a title phrase that a name can follow ("... Minister Annalena Baerbock").
TITLE_ENDS = frozenset(
    {
        "president", "president-elect", "elect", "premier", "chancellor", "minister", "secretary",
        "affairs", "defence", "defense", "general", "taoiseach", "tánaiste", "tanaiste", "king",
        "queen", "emir", "sultan", "prince", "princess", "pope", "leader", "chief",
        "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor",
        "commander", "speaker", "chairman", "chairwoman", "chairperson", "chair", "ayatollah",
        "sheikh", "marshal", "admiral", "senator", "congressman", "congresswoman", "commissioner",
        "director", "director-general", "secretary-general", "representative", "adviser",
        "advisor", "counterpart", "negotiator", "coordinator", "colonel", "captain", "lieutenant",
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen.", "col.", "lt.", "maj.",
        "capt.", "sen.", "rep.", "gov.", "adm.", "sgt.", "justice",
    }
)
#: Occupations that introduce a person's name in news ("golfer Ernie Els", "the billionaire
#: Johann Rupert", "Cardinal Pietro Parolin"). They find names only: unlike the titles above, they
#: are no office, so the role layer does not read them.
OCCUPATIONS = frozenset(
    {
        "golfer", "footballer", "cricketer", "boxer", "athlete", "billionaire", "businessman",
        "businesswoman", "tycoon", "magnate", "entrepreneur", "investor", "banker", "financier",
        "philanthropist", "actor", "actress", "singer", "musician", "rapper", "comedian", "artist",
        "filmmaker", "novelist", "author", "writer", "poet", "journalist", "reporter", "historian",
        "economist", "lawyer", "attorney", "activist", "dissident", "cleric", "rabbi", "imam",
        "bishop", "archbishop", "cardinal", "pastor",
    }
)
#: Plural occupations: each of the coordinated names after one is a person ("golfers Ernie Els
#: and Retief Goosen").
OCCUPATION_PLURALS = frozenset(
    {w[:-3] + "men" if w.endswith("man") else w + "s" for w in OCCUPATIONS if not w.endswith("woman")}
)
#: Words that end an organisation's or a place's name rather than a person's.
NON_PERSON_ENDS = frozenset(
    {
        "committee", "council", "ministry", "office", "department", "party", "agency", "commission",
        "court", "assembly", "parliament", "bank", "group", "union", "forces", "force", "army",
        "navy", "guard", "corps", "administration", "government", "cabinet", "secretariat",
        "house", "palace", "summit", "conference", "forum", "organization", "organisation",
        "alliance", "league", "association", "institute", "university", "times", "post", "news",
        "service", "services", "authority", "board", "senate", "congress", "republic", "kingdom",
        "state", "states", "nations", "affairs", "security", "defence", "defense", "relations",
        "development", "cooperation", "trade", "finance", "energy", "health", "justice", "interior",
    }
)
#: Lower-case name particles allowed inside a name when a capitalised word follows.
PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter", "wa", "arap", "i", "y", "e", "ould", "ag", "bint", "binti", "bte", "ben", "abu", "mac", "st."})
MAX_NAME_TOKENS = 6
CALENDAR = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    }
)


def titled_name_spans(doc: Doc, blocked: set[int]) -> list[tuple[int, int]]:
    """Token spans of person names in title positions.

    Args:
        doc: A parsed Doc.
        blocked: Token indices that belong to KB actors or dates and can't be part of a name.

    Returns:
        ``(start, end)`` token spans, in text order, not overlapping each other.
    """
    spans: list[tuple[int, int]] = []
    taken: set[int] = set()
    n = len(doc)
    # Only title words and commas start a pattern: find them by string hash, without making
    # a Token object for every word.
    triggers = _TRIGGER_HASHES
    for i in [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in triggers]:
        if i in taken:
            continue
        token = doc[i]
        if token.lower_ in OCCUPATION_PLURALS:
            # "golfers Ernie Els and Retief Goosen": every name of the list.
            start = i + 1
            while start < n:
                end = _name_run(doc, start, blocked)
                if end == start or not _plausible(doc, start, end) or any(j in taken for j in range(start, end)):
                    break
                spans.append((start, end))
                taken.update(range(start, end))
                if end + 1 < n and doc[end].text in (",", "and") and doc[end + 1].text[:1].isupper():
                    start = end + 1
                elif end + 2 < n and doc[end].text == "," and doc[end + 1].lower_ == "and" and doc[end + 2].text[:1].isupper():
                    start = end + 2
                else:
                    break
        elif _is_title_end(token) or token.lower_ in OCCUPATIONS:
            # Premodifier: "... Minister Annalena Baerbock"; appositive after the title:
            # "The President of Burundi, Domitien Ndayizeye, told".
            start = token.i + 1
            start = _skip_title_words(doc, start)
            if start < n and doc[start].text == "of":
                after_of = _skip_country(doc, start + 1, blocked)
                if after_of is not None and after_of < n and doc[after_of].text == ",":
                    start = _skip_title_words(doc, after_of + 1)  # "the Chairman of the Joint Chiefs of Staff, General X": X
                else:
                    continue
            elif start < n and doc[start].text == "," and token.text[:1].isupper():
                start = _skip_title_words(doc, start + 1)  # "Sudan's army Commander, General X": X
            end = _name_run(doc, start, blocked)
            if end > start and _plausible(doc, start, end):
                spans.append((start, end))
                taken.update(range(start, end))
        elif token.text == "," and token.i > 0:
            # Appositive before the title: "Lotay Tshering, Bhutan's prime minister, met".
            if not _title_follows(doc, token.i + 1):
                continue
            end = token.i
            start = end
            while start > 0 and _name_token(doc, start - 1, blocked) and end - start < MAX_NAME_TOKENS:
                start -= 1
            while start < end and doc[start].is_lower:
                start += 1
            if start < end and (start == 0 or doc[start - 1].is_sent_end or doc[start - 1].text in (",", "and", "\n") or doc[start - 1].is_space or doc[start].is_sent_start) and _plausible(doc, start, end):
                if not any(i in taken for i in range(start, end)):
                    spans.append((start, end))
                    taken.update(range(start, end))
    return sorted(spans)


_TRIGGER_HASHES = frozenset(
    {hash_string(w) for w in TITLE_ENDS | OCCUPATIONS | OCCUPATION_PLURALS}
    | {hash_string(w + ".") for w in TITLE_ENDS}
    | {hash_string(",")}
)


def _is_title_end(token: object) -> bool:
    low = token.lower_  # type: ignore[attr-defined]
    return low in TITLE_ENDS or low.rstrip(".") in TITLE_ENDS


def _skip_title_words(doc: Doc, i: int) -> int:
    while i < len(doc) and (doc[i].text == "-" or (doc[i].lower_ in TITLE_ENDS and doc[i].lower_ not in ("mr", "mrs", "ms", "dr"))):
        i += 1
    return i


def _skip_country(doc: Doc, i: int, blocked: set[int]) -> int | None:
    """Index after "of Burundi" / "of the Democratic Republic of the Congo" (KB tokens)."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    start = i
    while i < len(doc) and i in blocked:
        i += 1
    return i if i > start else None


def _name_token(doc: Doc, i: int, blocked: set[int]) -> bool:
    if i in blocked:
        return False
    tok = doc[i]
    text = tok.text
    if text[:1].isupper() and (tok.is_alpha or (len(text) == 2 and text[1] == ".") or "'" in text or "’" in text):
        return text.lower() not in CALENDAR
    if text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not tok.whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha:
        return True
    if text.lower() in PARTICLES and i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and i > 0 and doc[i - 1].text[:1].isupper():
        return True
    # Lower-case parts after a hyphen ("Waqar-uz-Zaman").
    return bool(i > 0 and doc[i - 1].text == "-" and tok.is_alpha and i + 1 < len(doc) and doc[i + 1].text == "-")


def _name_run(doc: Doc, start: int, blocked: set[int]) -> int:
    end = start
    while end < len(doc) and _name_token(doc, end, blocked) and end - start < MAX_NAME_TOKENS:
        end += 1
    while end > start and (doc[end - 1].text == "-" or doc[end - 1].lower_ in PARTICLES):
        end -= 1
    return end


NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "X"})


def _plausible(doc: Doc, start: int, end: int) -> bool:
    words = [t for t in token_span(doc, start, end) if t.is_alpha]
    if not words or not words[0].text[:1].isupper():
        return False
    if any(t.text[:1].isupper() and t.pos_ not in NAME_POS for t in words):
        # "Separately, the prime minister said": adverbs, verbs and pronouns are no names.
        return False
    if words[-1].lower_ in NON_PERSON_ENDS or words[-1].lower_ in TITLE_ENDS:
        return False
    # A single word needs a capitalised, non-title, non-stopword shape.
    return not (len(words) == 1 and (words[0].is_stop or len(words[0].text) < 3))


def _title_follows(doc: Doc, i: int) -> bool:
    """", Bhutan's prime minister," / ", the British prime minister" / ", a senior fellow"."""
    end = min(len(doc), i + 8)
    for j in range(i, end):
        tok = doc[j]
        if tok.text in (",", ".", ";") or tok.pos_ == "VERB":
            return False
        if _is_title_end(tok) and tok.lower_ not in ("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."):
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            return nxt is None or nxt.text in (",", ".", ";", ")") or nxt.lower_ in ("of", "for", "and") or nxt.pos_ in ("VERB", "AUX")
    return False


def titled_person_ents(doc: Doc, ents: list[Span], kb_blocked: set[int]) -> tuple[list[Span], bool]:
    """Add or relabel PERSON spans for names in title positions.

    Spans the NER gave another label (not from the KB) become PERSON; fragments of the same
    name ("Dniel" and "Moi" around "arpa") merge into one span.

    Returns:
        The new entity list and whether anything changed.
    """
    spans = titled_name_spans(doc, kb_blocked)
    if not spans:
        return ents, False
    changed = False
    result = list(ents)
    for start, end in spans:
        overlapping = [e for e in result if e.start < end and start < e.end]
        if any(span_attr(e, "source") == "kb" for e in overlapping):
            continue
        if len(overlapping) == 1 and overlapping[0].label_ == "PERSON" and (overlapping[0].start, overlapping[0].end) == (start, end):
            continue
        if any(e.start < start or e.end > end for e in overlapping):
            # The NER's span reaches beyond the name: trust it only if it is a PERSON.
            if any(e.label_ == "PERSON" for e in overlapping):
                continue
        result = [e for e in result if not (e.start < end and start < e.end)]
        result.append(Span(doc, start, end, label="PERSON"))
        changed = True
    result.sort(key=lambda e: e.start)
    return result, changed
