"""Role phrases in a parsed Doc: a title from the title lexicon with what the text says around it.

Around each title match the grammar reads, leftwards, qualifiers ("former", "acting"),
deputy words, portfolio words ("Brexit Secretary") and the scope ("US", "German", "Ukraine's",
"NATO", "its", "the bloc's"); rightwards, "-elect" and complements ("of Brazil", "at the
Council on Foreign Relations", "to the United Nations", "of the presidential guard"). The
phrases are then bound to people (``role_binding``) and resolved against the KB
(``role_resolution``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ._common import span_attr
from .role_binding import bind_phrases
from .role_phrase import RolePhrase
from .titles import TitleLexicon, title_case, with_deputy

QUALIFIERS: dict[str, str] = {
    "former": "former", "ex": "former", "ousted": "former", "deposed": "former", "toppled": "former",
    "late": "former", "then": "former", "erstwhile": "former", "exiled": "former", "onetime": "former",
    "acting": "acting", "interim": "acting", "caretaker": "acting", "transitional": "acting",
    "provisional": "acting", "elect": "elect", "designate": "elect", "incoming": "elect",
    "next": "elect", "future": "elect",
}
DEPUTY_WORDS = frozenset({"deputy", "vice", "assistant", "under", "first", "second"})
#: Adjectives between scope and title that say nothing about the office.
IGNORABLE = frozenset({
    "current", "sitting", "detained", "jailed", "embattled", "veteran", "longtime", "long-time",
    "powerful", "influential", "outgoing", "newly", "new", "top", "senior", "rotating",
    "incumbent", "self-declared", "self-proclaimed", "de", "facto", "recently", "appointed",
    "elected", "then-", "-", "serving", "nominal", "ceremonial", "hardline", "conservative",
    "liberal", "reformist", "leftist", "rightist", "populist", "nationalist",
    # group modifiers: "Bosnian government forces", "Turkish military sources"
    "government", "military", "army", "security", "opposition", "rebel", "militia", "border",
    "riot", "naval", "armed", "federal", "intelligence", "defence", "defense", "foreign",
})
DETERMINERS = {"the": True, "this": True, "these": True, "a": False, "an": False}
POSS_PRONOUNS = frozenset({"its", "his", "her", "their", "whose"})
POSSESSIVE_MARKERS = frozenset({"'s", "’s", "'", "’"})
#: Possessors that stand for a country the grammar cannot name ("the country's"): no role.
VAGUE_POSSESSORS = frozenset({"country", "nation", "kingdom", "republic", "state", "government", "island", "emirate"})
#: Possessors that stand for an organisation mentioned before ("the bloc's").
ORG_ANAPHORS = frozenset({"bloc", "union", "alliance", "organisation", "organization", "body", "grouping", "commission", "group", "movement", "league", "council", "agency", "ministry", "department", "party", "court", "fund", "bank"})
#: Title heads that take portfolio words in front ("Pacific minister", "Brexit Secretary").
PORTFOLIO_HEADS = frozenset({"minister", "secretary", "coordinator", "czar", "tsar", "commissioner", "adviser", "advisor", "aide"})
#: Heads that take a portfolio only when a noun names it ("foreign policy aide", not
#: "presidential aide").
NOUN_PORTFOLIO_HEADS = frozenset({"aide"})
#: Ignorable words that name a portfolio right before a portfolio head or word ("State
#: Security Minister", "foreign policy aide"); elsewhere they say nothing about the office.
PORTFOLIO_DOMAINS = frozenset({"security", "intelligence", "defence", "defense", "foreign", "military", "border"})
#: Ordinals that make a title a class description when a restriction follows ("the first
#: Indian leader in 30 years", "the first G7 leader to visit").
ORDINAL_WORDS = frozenset({"first", "last", "only"})
TIME_WORDS = frozenset({"years", "decades", "months", "generation", "generations", "history"})
#: Heads whose "of" complement is part of the title ("commander of the presidential guard").
OF_HEADS = frozenset({"commander", "head", "minister", "secretary", "director", "governor", "speaker", "president", "chairman", "chair", "chairperson", "commissioner", "chief"})
#: Heads whose "for" complement is part of the title ("minister for international development").
FOR_HEADS = frozenset({"minister", "secretary", "commissioner", "coordinator", "envoy", "representative"})
#: Heads whose "for"/"on" complement is their brief, which the normalised title leaves out.
TOPIC_HEADS = frozenset({"envoy", "envoys", "representative", "coordinator", "negotiator", "adviser", "advisor"})
POSTING_HEADS = frozenset({"ambassador", "ambassadors", "representative"})
ADVISER_HEADS = frozenset({"adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "envoy", "negotiator", "staff"})
SPOKES_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
SCOPE_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})


def find_role_phrases(
    doc: Doc, lexicon: TitleLexicon, country_of: Callable[[str], str | None] | None = None, ents: Sequence[Span] | None = None
) -> list[RolePhrase]:
    """Every role phrase of ``doc`` (a parsed Doc with geoextract's entities), in text order.

    ``country_of`` maps a name to an ISO alpha-3 code (the KB's country lookup); it reads the
    state out of names the NER ran into a title ("White House Indo-Pacific [coordinator]").

    Example:
        >>> import geoextract  # doctest: +SKIP
        >>> nlp = geoextract.load()  # doctest: +SKIP
        >>> [p.canonical for p in find_role_phrases(nlp("German Foreign Minister Annalena Baerbock spoke."), lexicon)]  # doctest: +SKIP
        ['Foreign Minister']
    """
    if ents is None:
        ents = doc.ents
    ent_at: dict[int, Span] = {}
    for ent in ents:
        for i in range(ent.start, ent.end):
            ent_at[i] = ent
    phrases: list[RolePhrase] = []
    strings = doc.vocab.strings
    words = [strings[h] for h in doc.to_array(LOWER).tolist()]  # cheaper than a Token per word
    first = lexicon.first_words
    # Only a title's first word can start a phrase; words a phrase took are skipped.
    resume = 0
    for i in [i for i, word in enumerate(words) if word in first]:
        if i < resume:
            continue
        found, inner = lexicon.match(words, i), ent_at.get(i + 1)
        split = found is None and words[i] in _SPLIT_TITLE_WORDS and inner is not None and inner.start == i + 1 and _scope_of(inner, country_of) is not None
        if split and inner is not None:
            rest = lexicon.match([words[i], *words[inner.end : inner.end + lexicon.max_len]], 0)  # "the top U.S. diplomat"
            found = (inner.end + rest[0] - 1, rest[1]) if rest is not None else None
        if found is None or not _title_ok(doc, i, found[0], ent_at):
            continue
        end, sense = found
        phrase = RolePhrase(title_start=i, title_end=end, start=i, end=end, sense=sense, canonical=sense.canonical, role_type=sense.role_type)
        if split and inner is not None:
            _add_scope(phrase, inner, country_of)  # the state the parser found inside the title
        _scan_left(doc, phrase, ent_at, country_of)
        _scan_right(doc, phrase, ent_at, country_of)
        if (phrase.ordinal and _restricted(doc, phrase.end)) or _generic(doc, phrase):
            phrase.drop = True
        phrases.append(phrase)
        resume = max(end, phrase.end)
    return bind_phrases(doc, phrases, ents)


#: First words of a title a state's name may split ("the top U.S. diplomat").
_SPLIT_TITLE_WORDS = frozenset({"top", "chief"})
#: Determiners that make a title phrase stand for any holder, not one ("any other EU leader").
GENERIC_DETERMINERS = frozenset({"other", "another", "any", "every", "each", "no"})


def _generic(doc: Doc, p: RolePhrase) -> bool:
    """Is the phrase quantified ("than any other EU leader", "every prime minister")? It
    then names no one, and no office holder should be read into it."""
    return p.person is None and any(doc[i].lower_ in GENERIC_DETERMINERS for i in range(max(0, p.start - 1), p.title_start))


def _title_ok(doc: Doc, start: int, end: int, ent_at: dict[int, Span]) -> bool:
    """A title match counts unless it is part of a name ("Burger King", "Premier League")
    or a lower-case word used as a verb or adjective ("official visit", "to chair"). An NER
    span the title covers whole is the NER's mistake ("[Defense] Secretary")."""
    for i in range(start, end):
        ent = ent_at.get(i)
        if ent is None:
            continue
        covered = start <= ent.start and ent.end <= end and end - start > 1
        inside = start < ent.start and ent.end < end
        if covered and (span_attr(ent, "source") != "kb" or (inside and ent.label_ in ("GPE", "NORP", "LOC"))):
            continue
        return False
    last = doc[end - 1]
    if last.is_lower and last.pos_ not in ("NOUN", "PROPN") and (end - start == 1 or last.pos_ in ("VERB", "AUX", "ADP")):
        # One word must be a noun ("official visit"); in a known longer title the parser's
        # adjective is the title's own word ("secretary general").
        return False
    return not (end - start == 1 and last.is_lower and last.lower_ in ("chief", "chair", "leader") and last.dep_ == "amod")


def _scope_of(ent: Span, country_of: Callable[[str], str | None] | None = None) -> tuple[str, str | None] | None:
    """("country", alpha3) or ("org", None) for an entity that can scope an office."""
    if ent.label_ not in SCOPE_LABELS:
        return None
    kind = span_attr(ent, "kind")
    if ent.label_ == "ORG" and kind != "country":
        return ("org", None)
    if span_attr(ent, "country") and kind in ("country", "venue", "city", None):
        return ("country", span_attr(ent, "country"))
    if kind is None and ent.label_ in ("GPE", "NORP") and country_of is not None:
        # A state name the NER found and the KB gazetteer did not tag ("U.S." in some contexts).
        code = country_of(ent.text)
        if code:
            return ("country", code)
    return None


def _add_scope(p: RolePhrase, ent: Span, country_of: Callable[[str], str | None] | None = None) -> bool:
    scope = _scope_of(ent, country_of)
    if scope is None:
        return False
    if scope[0] == "org":
        if p.org is None:
            p.org = ent
        return True
    if scope[1] not in {c for c, _ in p.countries}:
        p.countries.append((scope[1], ent))  # type: ignore[arg-type]
    return True


def _scan_left(doc: Doc, p: RolePhrase, ent_at: dict[int, Span], country_of: Callable[[str], str | None] | None) -> None:
    j = p.title_start - 1
    head = doc[p.title_end - 1].lower_
    portfolio = 0
    skipped = 0
    while j >= 0:
        tok = doc[j]
        low = tok.lower_
        ent = ent_at.get(j)
        if low in QUALIFIERS and (ent is None or _portfolio_ent(ent)):
            # "Caretaker Prime Minister": the NER sometimes calls a qualifier a name.
            p.qualifier = p.qualifier or QUALIFIERS[low]
            p.start = j
            j -= 1
            continue
        if ent is not None and ent.label_ == "ORDINAL" and low in ORDINAL_WORDS:
            # "Kenya's first president": the NER's ordinal is no scope and ends nothing.
            p.ordinal = True
            p.start = j
            j -= 1
            continue
        if ent is not None and head in PORTFOLIO_HEADS and j == p.title_start - 1 and not p.countries and p.org is None and _portfolio_ent(ent):
            # "Pacific minister", "[Brexit] Secretary", "White House [Indo-Pacific] coordinator"
            cut = _scope_prefix(ent, country_of)
            p.canonical = f"{title_case(doc[cut : ent.end].text)} {p.canonical}"
            p.title_start = p.start = cut
            code = country_of(doc[ent.start : cut].text) if country_of is not None and cut > ent.start else None
            if code:
                p.countries.append((code, None))
                p.start = ent.start
                if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
                    p.start -= 1
                return
            j = ent.start - 1
            continue
        if ent is not None and ent.label_ != "PERSON":
            if not _add_scope(p, ent, country_of):
                break
            p.start = ent.start
            j = ent.start - 1
            j = _coordinated_scopes(doc, p, j, ent_at, country_of)
            continue
        if ent is not None:
            break
        if low in POSSESSIVE_MARKERS and j > 0:
            _possessor(doc, p, j - 1, ent_at, country_of)
            return
        if low in POSS_PRONOUNS:
            p.pronoun = low
            p.start = j
            return
        if low in DETERMINERS:
            p.definite = DETERMINERS[low]
            p.start = j
            return
        if low == "-" and j > 0 and doc[j - 1].lower_ == "ex":
            p.qualifier = p.qualifier or "former"
            j -= 1
        elif low in DEPUTY_WORDS and not p.countries and p.org is None and j == p.title_start - 1 and (low != "under" or head.startswith("secretary")):
            # "Under Secretary", but "talks under President X" is a preposition.
            if lexicon_deputy(doc, p, j):
                p.title_start = j
            elif low in ORDINAL_WORDS:
                p.ordinal = True
        elif low in IGNORABLE and not (low in PORTFOLIO_DOMAINS and _portfolio_word(tok, p, j, head, portfolio)):
            pass
        elif _portfolio_word(tok, p, j, head, portfolio):
            portfolio += 1
            p.title_start = j
            piece = tok.text if low == "-" else title_case(tok.text)
            p.canonical = f"{piece}{' ' if tok.whitespace_ else ''}{p.canonical}"
        elif tok.pos_ in ("ADJ", "NUM") and tok.is_lower and skipped < 3:
            skipped += 1
            p.ordinal = p.ordinal or low in ORDINAL_WORDS
        else:
            break
        p.start = j
        j -= 1


def _restricted(doc: Doc, k: int) -> bool:
    """Does a restriction follow the title at ``k`` ("to visit the island", "in 30 years",
    "since 1990")? With an ordinal in front, the phrase describes a class, not an office."""
    if k + 1 >= len(doc):
        return False
    low = doc[k].lower_
    if low == "to":
        return doc[k + 1].tag_ == "VB"
    if low in ("in", "since", "for"):
        return any(t.ent_type_ == "DATE" or t.lower_ in TIME_WORDS for t in doc[k + 1 : k + 5])
    return False


def _portfolio_word(tok: Token, p: RolePhrase, j: int, head: str, portfolio: int) -> bool:
    """Is ``tok`` (right before the title or the portfolio read so far) a portfolio word?"""
    if head not in PORTFOLIO_HEADS or p.countries or p.org is not None or portfolio >= 3 or j != p.title_start - 1:
        return False
    if head in NOUN_PORTFOLIO_HEADS and portfolio == 0:
        return tok.pos_ in ("NOUN", "PROPN") and tok.is_lower
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") or (tok.lower_ == "-" and j > 0)


def _portfolio_ent(ent: Span) -> bool:
    """An NER span that names a portfolio rather than an actor: not from the KB, short, no state."""
    return span_attr(ent, "source") != "kb" and not ent.kb_id_ and span_attr(ent, "country") is None and len(ent) <= 6 and ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")


def _scope_prefix(ent: Span, country_of: Callable[[str], str | None] | None) -> int:
    """Token where the portfolio starts in an NER span that begins with a state's name or seat
    ("White House Indo-Pacific" -> after "White House")."""
    if country_of is None:
        return ent.start
    for cut in range(ent.end - 1, ent.start, -1):
        if country_of(ent.doc[ent.start : cut].text):
            return cut
    return ent.start


def lexicon_deputy(doc: Doc, p: RolePhrase, j: int) -> bool:
    """Apply "deputy"/"vice" in front of a title that has no deputy form of its own."""
    if p.sense.kind != "office":
        return False
    words = doc[j].text
    if doc[j].lower_ in ("first", "second") and not p.canonical.lower().startswith(("deputy", "vice")):
        return False
    deputy = with_deputy(p.sense, words)
    p.canonical = deputy.canonical
    p.role_type = deputy.role_type
    return True


def _coordinated_scopes(doc: Doc, p: RolePhrase, j: int, ent_at: dict[int, Span], country_of: Callable[[str], str | None] | None) -> int:
    """Collect "the French, German and British" in front of a plural title: a list ends with
    "and", so a comma alone ("the West Bank, Palestinian police") joins nothing."""
    seen_and = False
    while j >= 1 and doc[j].lower_ in (",", "and", "&"):
        if doc[j].lower_ == "," and not seen_and and doc[j - 1].lower_ != "and":
            break
        seen_and = True
        k = j - 1
        if doc[k].lower_ == "," and doc[j].lower_ == "and":
            k -= 1
        ent = ent_at.get(k)
        scope = _scope_of(ent, country_of) if ent is not None else None
        if ent is None or scope is None or scope[0] != "country":
            break
        _add_scope(p, ent, country_of)
        p.start = ent.start
        j = ent.start - 1
    return j


def _possessor(doc: Doc, p: RolePhrase, k: int, ent_at: dict[int, Span], country_of: Callable[[str], str | None] | None) -> None:
    """Read the possessor in front of "'s": a country or organisation, a person, "the bloc"."""
    ent = ent_at.get(k)
    if ent is not None:
        if ent.label_ == "PERSON":
            p.possessor = ent
        elif not _add_scope(p, ent, country_of):
            p.drop = True
        p.start = ent.start
        if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
            p.start = ent.start - 1
        return
    low = doc[k].lower_
    if low in VAGUE_POSSESSORS:
        p.drop = True
    elif low in ORG_ANAPHORS and k > 0 and doc[k - 1].lower_ == "the":
        p.org_anaphor = True
        p.start = k - 1
    else:
        p.drop = True


def _scan_right(doc: Doc, p: RolePhrase, ent_at: dict[int, Span], country_of: Callable[[str], str | None] | None) -> None:
    n = len(doc)
    k = p.title_end
    head = doc[p.title_end - 1].lower_
    if k + 1 < n and doc[k].text in ("-", "–") and doc[k + 1].lower_ in ("elect", "designate"):
        p.qualifier = "elect"
        k += 2
        p.title_end = p.end = k
    for _ in range(2):
        # Not "in"/"from": "troops in Afghanistan" are not Afghan troops.
        if k + 1 >= n or doc[k].lower_ not in ("of", "for", "at", "to", "on"):
            break
        prep = doc[k].lower_
        m = k + 1
        if doc[m].lower_ == "the" and m + 1 < n:
            m += 1
        ent = ent_at.get(m)
        if ent is not None and ent.start == m and ent.label_ != "PERSON":
            scope = _scope_of(ent, country_of)
            if scope is None or (prep in ("for", "on") and head in TOPIC_HEADS):
                if prep in ("for", "on") and head in TOPIC_HEADS:
                    # "the AU's envoy for the Horn of Africa": the brief, not the employer;
                    # a name may open it ("for the Belgrade-Pristina dialogue").
                    k = p.end = max(ent.end, _noun_phrase_end(doc, ent.end, ent_at) or 0)
                    continue
                break
            if prep == "to" and head in POSTING_HEADS:
                p.canonical = f"{p.canonical} to {doc[k + 1 : ent.end].text}"
                p.appended = True
            elif prep == "for" and scope[0] == "country" and head in SPOKES_HEADS:
                # "a spokesman for the Chinese foreign ministry": the state the body serves.
                _add_scope(p, ent, country_of)
                k = p.end = _noun_phrase_end(doc, ent.end, ent_at) or ent.end
                continue
            elif prep in ("to", "on") or (prep == "for" and scope[0] == "country" and head not in ("minister", "ministers")):
                if prep == "to" and head in ADVISER_HEADS:
                    p.to_start = k + 1
                break
            else:
                _add_scope(p, ent, country_of)
                body = ent_at.get(ent.end + 1) if ent.end + 1 < n and doc[ent.end].tag_ == "POS" else None
                if scope[0] == "country" and body is not None and body.start == ent.end + 1 and body.label_ == "ORG":
                    # "head of China's Taiwan Affairs Office": the state's body is the scope too.
                    _add_scope(p, body, country_of)
                    ent = body
            k = p.end = _skip_trailing_nouns(doc, ent.end)
            continue
        if prep == "to" and head in ADVISER_HEADS:
            p.to_start = k + 1
            break
        if ((prep == "of" and head in OF_HEADS) or (prep == "for" and head in FOR_HEADS)) and p.sense.kind == "office":
            end = _noun_phrase_end(doc, k + 1, ent_at)
            if end is None:
                break
            if head not in TOPIC_HEADS:
                p.canonical = title_case(f"{p.canonical} {prep} {doc[k + 1 : end].text}")
                p.appended = True
                if p.role_type in ("head_of_state", "head_of_government", "org_head", "secretary_general", None):
                    p.role_type = "official"
                elif head in ("minister", "secretary"):
                    p.role_type = "minister"
            k = p.end = end
            continue
        break


def _noun_phrase_end(doc: Doc, start: int, ent_at: dict[int, Span]) -> int | None:
    """End of a short common-noun phrase ("the presidential guard", "Exiting the European Union")."""
    end = None
    for i in range(start, min(len(doc), start + 7)):
        tok = doc[i]
        if (tok.is_punct and tok.text != "-") or tok.pos_ in ("VERB", "AUX", "ADP", "PRON", "NUM"):
            break
        if tok.pos_ == "CCONJ" and i + 1 < len(doc) and doc[i + 1].pos_ == "DET":
            # "for Eurasian affairs and a former ambassador": a second noun phrase begins.
            break
        if i in ent_at and ent_at[i].label_ == "PERSON":
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            end = i + 1
    return end


def _skip_trailing_nouns(doc: Doc, k: int) -> int:
    """Skip "rebel group" in "the leader of the FARC rebel group"."""
    count = 0
    while k < len(doc) and count < 3 and doc[k].is_lower and doc[k].pos_ == "NOUN" and doc[k].ent_type_ == "":
        k += 1
        count += 1
    return k
