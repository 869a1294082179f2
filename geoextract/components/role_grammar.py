"""Role phrases in a parsed Doc: a title from the title lexicon with what the text says around it.

Around each title match the grammar reads, leftwards, qualifiers ("former", "acting"),
deputy words, portfolio words ("Brexit Secretary") and the scope ("US", "German", "Ukraine's",
"NATO", "its", "the bloc's"); rightwards, "-elect" and complements ("of Brazil", "at the
Council on Foreign Relations", "to the United Nations", "of the presidential guard"). The
phrase is then bound to a PERSON entity: the name right after it ("President Joe Biden"), an
appositive either way ("Sergey Lavrov, Russia's foreign minister", "Japan's prime minister,
Fumio Kishida"), a predicate over the parse ("who is Myanmar's state counsellor", "recognised
as Venezuela's interim president") or another phrase it stands in apposition or coordination
with. Resolution against the KB happens later (``role_resolution``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .titles import TitleLexicon, TitleSense, title_case, with_deputy

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
    "liberal", "reformist", "leftist", "rightist", "populist", "nationalist", "veteran",
})
HONORIFIC_WORDS = frozenset({
    "general", "gen.", "gen", "lt.", "lt", "col.", "colonel", "maj.", "major", "capt.", "captain",
    "admiral", "adm.", "marshal", "field", "brigadier", "sheikh", "sheik", "mullah", "imam",
    "ayatollah", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir", "dame", "lord",
    "lady", "prof.", "professor", "rev.", "reverend", "archbishop", "cardinal", "prince",
    "princess", "crown", "amir", "emir", "-",
})
DETERMINERS = {"the": True, "this": True, "these": True, "a": False, "an": False}
POSS_PRONOUNS = frozenset({"its", "his", "her", "their"})
POSSESSIVE_MARKERS = frozenset({"'s", "’s", "'", "’"})
#: Possessors that stand for a country the grammar cannot name ("the country's"): no role.
VAGUE_POSSESSORS = frozenset({"country", "nation", "kingdom", "republic", "state", "government", "island", "emirate"})
#: Possessors that stand for an organisation mentioned before ("the bloc's").
ORG_ANAPHORS = frozenset({"bloc", "union", "alliance", "organisation", "organization", "body", "grouping", "commission", "group", "movement", "league", "council"})
#: Title heads that take portfolio words in front ("Pacific minister", "Brexit Secretary").
PORTFOLIO_HEADS = frozenset({"minister", "secretary", "coordinator", "czar", "tsar", "commissioner", "adviser", "advisor"})
#: Heads whose "of" complement is part of the title ("commander of the presidential guard").
OF_HEADS = frozenset({"commander", "head", "minister", "secretary", "director", "governor", "speaker", "president", "chairman", "chair", "chairperson", "commissioner", "chief"})
#: Heads whose "for" complement is part of the title ("minister for international development").
FOR_HEADS = frozenset({"minister", "secretary", "commissioner", "coordinator", "envoy", "representative"})
#: Heads whose "for"/"on" complement is their brief, which the normalised title leaves out.
TOPIC_HEADS = frozenset({"envoy", "envoys", "representative", "coordinator", "negotiator", "adviser", "advisor"})
POSTING_HEADS = frozenset({"ambassador", "ambassadors", "representative"})
ADVISER_HEADS = frozenset({"adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "envoy", "negotiator"})
CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–", "and", "who", "whose", "said", "says", "'s", "’s", "\n"})
SCOPE_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})


@dataclass
class RolePhrase:
    """A title in the text with its scope, qualifier and (once bound) the person it names."""

    title_start: int
    title_end: int
    start: int
    end: int
    sense: TitleSense
    canonical: str
    role_type: str | None
    qualifier: str | None = None
    countries: list[tuple[str, Span | None]] = field(default_factory=list)
    org: Span | None = None
    org_anaphor: bool = False
    pronoun: str | None = None
    possessor: Span | None = None
    definite: bool | None = None
    person: Span | None = None
    binding: str | None = None
    linked: RolePhrase | None = None
    inherit: RolePhrase | None = None
    to_start: int | None = None
    appended: bool = False
    drop: bool = False

    @property
    def head(self) -> str:
        return self.canonical.split()[-1].lower() if self.canonical else ""


def find_role_phrases(doc: Doc, lexicon: TitleLexicon, country_of: Callable[[str], str | None] | None = None) -> list[RolePhrase]:
    """Every role phrase of ``doc`` (a parsed Doc with geoextract's entities), in text order.

    ``country_of`` maps a name to an ISO alpha-3 code (the KB's country lookup); it reads the
    state out of names the NER ran into a title ("White House Indo-Pacific [coordinator]").

    Example:
        >>> import geoextract  # doctest: +SKIP
        >>> nlp = geoextract.load()  # doctest: +SKIP
        >>> [p.canonical for p in find_role_phrases(nlp("German Foreign Minister Annalena Baerbock spoke."), lexicon)]  # doctest: +SKIP
        ['Foreign Minister']
    """
    ent_at: dict[int, Span] = {}
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            ent_at[i] = ent
    phrases: list[RolePhrase] = []
    i = 0
    n = len(doc)
    while i < n:
        found = lexicon.match(doc, i) if doc[i].lower_ in lexicon.first_words else None
        if found is None or not _title_ok(doc, i, found[0], ent_at):
            i += 1
            continue
        end, sense = found
        phrase = RolePhrase(title_start=i, title_end=end, start=i, end=end, sense=sense, canonical=sense.canonical, role_type=sense.role_type)
        _scan_left(doc, phrase, ent_at, country_of)
        _scan_right(doc, phrase, ent_at)
        phrases.append(phrase)
        i = max(end, phrase.end)
    persons_at = {e.start: e for e in doc.ents if e.label_ == "PERSON"}
    persons_end = {e.end: e for e in doc.ents if e.label_ == "PERSON"}
    for p in phrases:
        _bind_following_name(doc, p, persons_at)
    # "Ambassador Amir Saeed Iravani": a title word between a bound title and its name is a
    # name word or honorific, not a role of its own.
    inside = {i for p in phrases if p.person is not None and p.binding == "premodifier" for i in range(p.end, p.person.start)}
    phrases = [p for p in phrases if p.title_start not in inside]
    by_start = {p.start: p for p in phrases}
    by_end = {p.end: p for p in phrases}
    for p in phrases:
        if p.person is None and not p.sense.plural and p.sense.kind not in ("group",):
            _bind_appositive(doc, p, persons_at, persons_end, by_start, by_end)
    head_of = {title_root(doc, p).i: p for p in phrases}
    for p in phrases:
        if p.person is None and p.linked is None and not p.sense.plural:
            _bind_predicate(doc, p, head_of, persons_at)
    for p in phrases:
        _inherit_coordination(doc, p, by_end)
    return phrases


def title_root(doc: Doc, p: RolePhrase) -> Token:
    """The syntactic head of the title words ("head" in "head of state")."""
    return doc[p.title_start : p.title_end].root


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
        if covered and (ent._.geo_source != "kb" or (inside and ent.label_ in ("GPE", "NORP", "LOC"))):
            continue
        return False
    last = doc[end - 1]
    if last.is_lower and last.pos_ not in ("NOUN", "PROPN"):
        return False
    return not (end - start == 1 and last.is_lower and last.lower_ in ("chief", "chair", "leader") and last.dep_ == "amod")


def _scope_of(ent: Span) -> tuple[str, str | None] | None:
    """("country", alpha3) or ("org", None) for an entity that can scope an office."""
    if ent.label_ not in SCOPE_LABELS:
        return None
    kind = ent._.geo_kind
    if ent.label_ == "ORG" and kind != "country":
        return ("org", None)
    if ent._.geo_country and kind in ("country", "venue", "city", None):
        return ("country", ent._.geo_country)
    return None


def _add_scope(p: RolePhrase, ent: Span) -> bool:
    scope = _scope_of(ent)
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
        if ent is not None and head in PORTFOLIO_HEADS and j == p.title_start - 1 and not p.countries and p.org is None and _portfolio_ent(ent):
            # "Pacific minister", "[Brexit] Secretary", "White House [Indo-Pacific] coordinator"
            cut = _scope_prefix(ent, country_of)
            p.canonical = f"{title_case(doc[cut : ent.end].text)} {p.canonical}"
            p.title_start = p.start = cut
            if cut > ent.start:
                p.countries.append((country_of(doc[ent.start : cut].text), None))  # type: ignore[misc]
                p.start = ent.start
                if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
                    p.start -= 1
                return
            j = ent.start - 1
            continue
        if ent is not None and ent.label_ != "PERSON":
            if not _add_scope(p, ent):
                break
            p.start = ent.start
            j = ent.start - 1
            j = _coordinated_scopes(doc, p, j, ent_at)
            continue
        if ent is not None:
            break
        if low in POSSESSIVE_MARKERS and j > 0:
            _possessor(doc, p, j - 1, ent_at)
            return
        if low in POSS_PRONOUNS:
            p.pronoun = low
            p.start = j
            return
        if low in DETERMINERS:
            p.definite = DETERMINERS[low]
            p.start = j
            return
        if low in QUALIFIERS:
            p.qualifier = p.qualifier or QUALIFIERS[low]
        elif low == "-" and j > 0 and doc[j - 1].lower_ == "ex":
            p.qualifier = p.qualifier or "former"
            j -= 1
        elif low in DEPUTY_WORDS and not p.countries and p.org is None and j == p.title_start - 1:
            if lexicon_deputy(doc, p, j):
                p.title_start = j
        elif low in IGNORABLE:
            pass
        elif head in PORTFOLIO_HEADS and not p.countries and p.org is None and portfolio < 3 and j == p.title_start - 1 and (tok.pos_ in ("NOUN", "PROPN", "ADJ") or (low == "-" and j > 0)):
            portfolio += 1
            p.title_start = j
            piece = tok.text if low == "-" else title_case(tok.text)
            p.canonical = f"{piece}{' ' if tok.whitespace_ else ''}{p.canonical}"
        elif tok.pos_ in ("ADJ", "NUM") and tok.is_lower and skipped < 3:
            skipped += 1
        else:
            break
        p.start = j
        j -= 1


def _portfolio_ent(ent: Span) -> bool:
    """An NER span that names a portfolio rather than an actor: not from the KB, short, no state."""
    return ent._.geo_source != "kb" and not ent.kb_id_ and ent._.geo_country is None and len(ent) <= 6 and ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")


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


def _coordinated_scopes(doc: Doc, p: RolePhrase, j: int, ent_at: dict[int, Span]) -> int:
    """Collect "the French, German and British" in front of a plural title."""
    while j >= 1 and doc[j].lower_ in (",", "and", "&"):
        k = j - 1
        if doc[k].lower_ == "," and doc[j].lower_ == "and":
            k -= 1
        ent = ent_at.get(k)
        if ent is None or _scope_of(ent) is None or _scope_of(ent)[0] != "country":  # type: ignore[index]
            break
        _add_scope(p, ent)
        p.start = ent.start
        j = ent.start - 1
    return j


def _possessor(doc: Doc, p: RolePhrase, k: int, ent_at: dict[int, Span]) -> None:
    """Read the possessor in front of "'s": a country or organisation, a person, "the bloc"."""
    ent = ent_at.get(k)
    if ent is not None:
        if ent.label_ == "PERSON":
            p.possessor = ent
        elif not _add_scope(p, ent):
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


def _scan_right(doc: Doc, p: RolePhrase, ent_at: dict[int, Span]) -> None:
    n = len(doc)
    k = p.title_end
    if k + 1 < n and doc[k].text in ("-", "–") and doc[k + 1].lower_ in ("elect", "designate"):
        p.qualifier = "elect"
        k += 2
        p.title_end = p.end = k
    head = doc[p.title_end - 1].lower_
    for _ in range(2):
        if k + 1 >= n or doc[k].lower_ not in ("of", "for", "at", "to", "on"):
            break
        prep = doc[k].lower_
        m = k + 1
        if doc[m].lower_ == "the" and m + 1 < n:
            m += 1
        ent = ent_at.get(m)
        if ent is not None and ent.start == m and ent.label_ != "PERSON":
            scope = _scope_of(ent)
            if scope is None or (prep in ("for", "on") and head in TOPIC_HEADS):
                if prep in ("for", "on") and head in TOPIC_HEADS:
                    # "the AU's envoy for the Horn of Africa": the brief, not the employer.
                    k = p.end = ent.end
                    continue
                break
            if prep == "to" and head in POSTING_HEADS:
                p.canonical = f"{p.canonical} to {doc[k + 1 : ent.end].text}"
                p.appended = True
            elif prep in ("to", "on") or (prep == "for" and scope[0] == "country" and head not in ("minister", "ministers")):
                if prep == "to" and head in ADVISER_HEADS:
                    p.to_start = k + 1
                break
            else:
                _add_scope(p, ent)
            k = p.end = _skip_trailing_nouns(doc, ent.end)
            continue
        if prep == "to" and head in ADVISER_HEADS:
            p.to_start = k + 1
            break
        if (prep == "of" and head in OF_HEADS or prep == "for" and head in FOR_HEADS) and p.sense.kind == "office":
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
        if tok.is_punct and tok.text != "-" or tok.pos_ in ("VERB", "AUX", "ADP", "PRON", "NUM") and tok.lower_ not in ("of",):
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


def _skip_honorifics(doc: Doc, k: int) -> int:
    while k < len(doc) and doc[k].lower_ in HONORIFIC_WORDS and doc[k].ent_type_ != "PERSON":
        k += 1
    return k


def _closes(doc: Doc, k: int) -> bool:
    return k >= len(doc) or doc[k].lower_ in CLOSERS or doc[k].is_sent_start or doc[k].is_space


def _bind_following_name(doc: Doc, p: RolePhrase, persons_at: dict[int, Span]) -> None:
    """"US Secretary of State Antony Blinken", "Minister of Foreign Affairs of India S. Jaishankar"."""
    if p.sense.plural or p.sense.kind == "group":
        return
    k = _skip_honorifics(doc, p.end)
    person = persons_at.get(k)
    if person is not None:
        p.person = person
        p.binding = "premodifier"


def _bind_appositive(
    doc: Doc,
    p: RolePhrase,
    persons_at: dict[int, Span],
    persons_end: dict[int, Span],
    by_start: dict[int, RolePhrase],
    by_end: dict[int, RolePhrase],
) -> None:
    # "Sergey Lavrov, Russia's foreign minister," / "Kupchan, a senior fellow at ..."
    if p.start >= 2 and doc[p.start - 1].text == "," and _closes(doc, phrase_close(p, by_start)):
        person = persons_end.get(p.start - 1)
        if person is not None and not _inside_list(doc, person):
            p.person = person
            p.binding = "appositive"
            return
        before = by_end.get(p.start - 1)
        if before is not None and p.definite is not True and before is not p:
            # "The UN chief, a former Portuguese prime minister,": the same person.
            p.linked = before
            return
    # "Japan's prime minister, Fumio Kishida" / "the AU's envoy ..., former Nigerian president Olusegun Obasanjo"
    if p.end < len(doc) and doc[p.end].text in (",", "—", "–") and (p.definite is not None or p.countries or p.org is not None or p.pronoun or p.org_anaphor):
        k = _skip_honorifics(doc, p.end + 1)
        person = persons_at.get(k)
        if person is not None and (_closes(doc, person.end) or _appos_dep(person, p, doc)):
            p.person = person
            p.binding = "appositive"
            return
        after = by_start.get(p.end + 1)
        if after is not None and after.person is not None and after.binding == "premodifier":
            p.linked = after


def phrase_close(p: RolePhrase, by_start: dict[int, RolePhrase]) -> int:
    """Where the phrase ends, a nested "adviser to <role phrase>" included."""
    if p.to_start is not None:
        nested = by_start.get(p.to_start)
        if nested is not None:
            return max(nested.end, nested.person.end if nested.person is not None else 0)
    return p.end


def _inside_list(doc: Doc, person: Span) -> bool:
    """"Biden, Lavrov, the foreign minister of ..." reads as a list, not an appositive."""
    return person.start >= 2 and doc[person.start - 1].text == "," and doc[person.start - 2].ent_type_ == "PERSON"


def _appos_dep(person: Span, p: RolePhrase, doc: Doc) -> bool:
    root = person.root
    title_head = title_root(doc, p)
    return (root.dep_ == "appos" and root.head.i == title_head.i) or (title_head.dep_ == "appos" and title_head.head.i == root.i)


def _bind_predicate(doc: Doc, p: RolePhrase, head_of: dict[int, RolePhrase], persons_at: dict[int, Span]) -> None:
    """"X, who is Myanmar's state counsellor", "recognised X as Venezuela's interim president"."""
    head = title_root(doc, p)
    subject = None
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        subject = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        verb = head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in ("VERB", "AUX"):
        verb = head.head.head
        subject = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    else:
        return
    if subject is None:
        return
    if subject.lower_ in ("who", "whom", "that") and verb.dep_ == "relcl":
        subject = verb.head
    ent = _person_with_root(doc, subject, persons_at)
    if ent is not None:
        p.person = ent
        p.binding = "predicate"
        return
    other = head_of.get(subject.i)
    if other is not None and other is not p:
        p.linked = other


def _person_with_root(doc: Doc, token: Token, persons_at: dict[int, Span]) -> Span | None:
    for ent in persons_at.values():
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _inherit_coordination(doc: Doc, p: RolePhrase, by_end: dict[int, RolePhrase]) -> None:
    """"Myanmar's state counsellor and de facto leader": the second title shares the first's
    scope and person."""
    if p.countries or p.org is not None or p.definite is not None or p.pronoun or p.person is not None or p.sense.plural:
        return
    if p.start >= 1 and doc[p.start - 1].lower_ == "and":
        other = by_end.get(p.start - 1)
        if other is not None and not other.sense.plural and other.sense.kind != "group":
            p.inherit = other
