"""``geoextract_name_coref``: one label and one cluster per person across a document.

"Blinken" after "Antony Blinken" is the same PERSON wherever it appears, even where the
statistical NER called it GPE or missed it; a string that is a person elsewhere in the
document is never a place or an organisation; a lone surname of a well-known office holder
("Zelenskyy") is a person even when the NER thinks otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from ..extensions import install_extensions
from ..kb.model import Person
from ._common import (
    doc_date,
    filter_longest,
    read_cfg,
    set_doc_ents,
    set_span_attrs,
    span_attr,
    write_cfg,
)
from .kb_access import KBAccess
from .lexicon import HONORIFICS, NAME_TITLES, TITLE_HEADS
from .name_aliases import ALIAS_CUE_HASHES, alias_cue_before, alias_mentions, merge_aliases
from .ner_repairs import KIN_NOUNS, hyphenated_pairs
from .titled_names import CALENDAR, titled_person_ents

#: Members of a group a name can qualify ("Houthi negotiators", "Wagner fighters").
_MEMBER_NOUNS = frozenset({"negotiator", "leader", "rebel", "fighter", "militant", "force", "militia", "delegation", "commander", "mercenary", "movement"})
#: Least fuzzy score of a mislabelled name against a KB person's full name ("Jacinda Arden").
_MISSPELT_SCORE = 0.9
#: Labels the NER gives to person names it gets wrong.
RELABELLABLE = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
#: Labels of numbers, dates and times: never part of a name.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Role types that make an office holder famous enough to be recognised by surname alone.
PROMINENT_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "secretary_general", "org_head", "high_representative"})
#: Prepositions after which a lone capitalised word is more likely a place than a person.
PLACE_PREPS = frozenset({"in", "at", "near", "into", "across", "outside", "inside", "from", "to", "towards", "toward"})
#: Name particles that are not surnames on their own.
PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "du", "di", "la", "le", "del", "dos", "das", "ben", "abu", "-", "jr", "jr.", "sr", "sr.", "ii", "iii"})


@Language.factory(
    "geoextract_name_coref",
    default_config={"kb_surnames": True},
    requires=["doc.ents"],
    assigns=["doc.ents", "doc._.geo_clusters"],
)
def make_name_coref(nlp: Language, name: str, *, kb_surnames: bool) -> NameCoref:
    """Build the document-level name coreference component."""
    return NameCoref(nlp, name=name, kb_surnames=kb_surnames)


@dataclass
class _Cluster:
    tokens: tuple[str, ...]
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token offsets
    texts: list[str] = field(default_factory=list)
    kb_id: str | None = None  # the KB person a mention of it was matched to, if any
    country: str | None = None  # the state of that KB person, else the state its first mention is qualified by


class NameCoref(KBAccess):
    """Groups person mentions of a document and makes their labels consistent.

    Writes ``doc._.geo_clusters``: one dict per person ``{"id", "label": "PERSON",
    "mentions": [[start_char, end_char], ...], "name"}`` in order of first mention.

    Example:
        >>> import geoextract  # doctest: +SKIP
        >>> doc = geoextract.load()("Antony Blinken landed. Blinken said so.")  # doctest: +SKIP
        >>> len(doc._.geo_clusters)  # doctest: +SKIP
        1
    """

    def __init__(self, nlp: Language | None = None, *, name: str = "geoextract_name_coref", kb_surnames: bool = True) -> None:
        self.name = name
        self.kb_surnames = kb_surnames
        self._nlp = nlp
        self._cap_cache: dict[int, bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        install_extensions()
        day = doc_date(doc)
        ents = list(doc.ents)
        n_ents = len(ents)
        has_alias_cue = not ALIAS_CUE_HASHES.isdisjoint(doc.to_array(LOWER).tolist())
        if has_alias_cue:
            aliases = alias_mentions(doc, ents)
            # "Jimmy Cherizier, known as Barbecue": the nickname is the person, whatever
            # label the NER gave it.
            ents = [e for e in ents if not any(a.start < e.end and e.start < a.end for a in aliases)] + aliases
        ents.sort(key=lambda e: e.start)
        memo: dict[tuple[int, int], list[str]] = {}
        ents = _names_out_of_dates(ents, memo)
        blocked = {
            i for e in ents
            if (span_attr(e, "source") == "kb" and e.label_ != "PERSON") or e.label_ in NUMERIC_LABELS
            for i in range(e.start, e.end)
        }
        ents, titled = titled_person_ents(doc, ents, blocked)
        # A lone capitalised word the NER calls a person ("Goma", "Brexit") with no full
        # name in the article, no KB entry and no title is not a person.
        # Name words by span offsets (memo): a span's words depend on its tokens only.
        full_tokens = {t.text for e in ents if e.label_ == "PERSON" and len(_name_tokens(e, memo)) >= 2 for t in e}
        unsupported = {
            (e.start, e.end) for e in ents
            if e.label_ == "PERSON" and not self._supported(doc, e, full_tokens)
        }
        ents = [e for e in ents if (e.start, e.end) not in unsupported]
        persons = [e for e in ents if e.label_ == "PERSON"]
        full_forms = {form for form in (tuple(_name_tokens(e, memo)) for e in persons) if len(form) >= 2}
        person_strings = {e.text for e in persons}
        part_tokens = _name_parts(full_forms)

        surnames = {form[-1] for form in full_forms if form[-1].lower() not in PARTICLES}
        ents, paired = hyphenated_pairs(doc, ents, surnames)  # "the Albanese-Widodo meeting": two people
        new_ents: list[Span] = []
        changed = bool(unsupported) or titled or len(ents) != n_ents or paired
        for ent in ents:
            if ent.label_ in RELABELLABLE and self._should_be_person(doc, ent, person_strings, part_tokens, surnames, full_forms):
                new_ents.append(Span(doc, ent.start, ent.end, label="PERSON"))
                changed = True
            else:
                new_ents.append(ent)
        # Surnames and partial names the NER missed, misspelled ones included.
        covered = {i for e in new_ents for i in range(e.start, e.end)}
        countries = {span_attr(e, "country") for e in new_ents if span_attr(e, "kind") in ("country", "city", "venue") and span_attr(e, "country")}
        orths = doc.to_array(ORTH).tolist()
        capitalised = self._capitalised_words(orths, doc.vocab.strings)
        for i in [i for i, orth in enumerate(orths) if capitalised[orth] and i not in covered]:
            token = doc[i]
            known = token.text in part_tokens or (len(token.text) >= 5 and _near_surname(token.text, surnames))
            if known:
                if token.is_sent_start and token.text not in part_tokens and token.pos_ != "PROPN" and token.dep_ not in ("nsubj", "nsubjpass"):
                    continue
            elif not (self.kb_surnames and token.tag_ == "NNP" and len(token.text) >= 3 and not _place_shaped(doc[i : i + 1]) and self._office_holder_on(token.text, day, countries)):
                # "Modi, who arrived on Monday, ...": a bare surname the NER missed is a person
                # when exactly one prominent office holder of that name was in office then.
                continue
            new_ents.append(Span(doc, token.i, token.i + 1, label="PERSON"))
            covered.add(token.i)
            changed = True
        if full_forms:
            extended = _with_particles(doc, new_ents, full_forms)
            changed = changed or extended is not new_ents
            new_ents = extended
        final = new_ents
        if changed:
            set_doc_ents(doc, filter_longest(new_ents))
            final = list(doc.ents)
            for ent in final:
                if ent.label_ == "PERSON" and span_attr(ent, "source") is None:
                    set_span_attrs(ent, source="coref", kind="person")
        doc._.geo_clusters = self._clusters(doc, [e for e in final if e.label_ == "PERSON"], has_alias_cue, memo)
        return doc

    def _should_be_person(
        self, doc: Doc, ent: Span, person_strings: set[str], part_tokens: set[str], surnames: set[str], full_forms: set[tuple[str, ...]]
    ) -> bool:
        if span_attr(ent, "source") == "kb":
            return False
        text = ent.text
        if text in person_strings:
            return True
        words = [t.text for t in ent if not t.is_punct]
        if words and all(w in part_tokens for w in words):
            return True
        if len(words) >= 2 and any(_contiguous_in(words, form) for form in full_forms):
            return True  # "Le Drian" after "Jean-Yves Le Drian": a particle is no part token of its own
        if len(ent) == 1 and len(text) >= 5 and _near_surname(text, surnames):
            return True
        if self.kb_surnames and len(ent) == 1 and ent[0].text[:1].isupper() and not _after_place_prep(ent) and not _place_shaped(ent):
            # "Houthi negotiators", "Wagner fighters": a lone name the NER called an organisation that
            # qualifies the members of a group names the group, not a person of that surname (not
            # "the Trump administration")
            if ent.label_ == "ORG" and ent[0].dep_ in {"compound", "amod"} and ent[0].head.lemma_.lower() in _MEMBER_NOUNS:
                return False
            return self._prominent_surname(ent.text)
        if self.kb_surnames and ent.label_ in {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "GPE"} and 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words):
            return self._misspelt_person(" ".join(words))
        return False

    def _misspelt_person(self, text: str) -> bool:
        """"Jacinda Arden" tagged ORG: a close spelling of a KB person's full name, with the same
        first name, is that person."""
        def find() -> bool:
            found = self.kb.search(text, types=("person",), limit=1, score_cutoff=_MISSPELT_SCORE)
            return bool(found) and found[0].alias.split()[0] == text.split()[0]

        return bool(self._cache.remember(("misspelt", text), find))

    def _supported(self, doc: Doc, ent: Span, full_tokens: set[str]) -> bool:
        """Is a PERSON span more than a lone capitalised word? (always, for 2+ name words)"""
        words = [t for t in ent if not t.is_punct and t.tag_ != "POS"]
        if len(words) != 1 or span_attr(ent, "source") == "kb":
            return True
        text = words[0].text
        if text in full_tokens or (len(text) >= 5 and _near_surname(text, full_tokens)):
            return True
        if ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in NAME_TITLES:
            return True
        if ent.start > 0 and (doc[ent.start - 1].lower_ in KIN_NOUNS or (ent.start > 1 and doc[ent.start - 1].text == "," and doc[ent.start - 2].lower_ in KIN_NOUNS)):
            # "his wife, Grace": a relative's first name.
            return True
        before = doc[max(0, ent.start - 8) : ent.start].text.lower()
        if alias_cue_before(before):
            return True
        kb = self.kb
        if kb.lookup(text, types=("person",)) or kb.surnames(text):
            return True
        return False

    def _capitalised_words(self, orths: list[int], strings: StringStore) -> dict[int, bool]:
        """Is each word (by string hash) capitalised and alphabetic? (the cache, filled for ``orths``)"""
        cache = self._cap_cache
        if len(cache) > _MAX_WORDS:  # one entry per word type of the corpus: keep memory flat
            cache.clear()
        for orth in set(orths).difference(cache):
            text = strings[orth]
            cache[orth] = text[:1].isupper() and text.isalpha()
        return cache

    def _office_holder_on(self, token: str, day: dt.date | None, countries: set[str]) -> bool:
        """Exactly one person with this surname held a prominent office on ``day`` (or ever,
        without a date), for a country the article mentions."""
        cache = self._cache

        def find() -> list[Person]:
            people = {p.id: p for p in self.kb.surnames(token)}
            return [p for pid, p in people.items() if cache.active(pid, day)]

        holders = cache.remember(("holders", token, day), find)
        return len(holders) == 1 and holders[0].country in countries

    def _prominent_surname(self, token: str) -> bool:
        found = self._cache.remember(("prominent", token), lambda: self._find_prominent_surname(token))
        return bool(found)

    def _find_prominent_surname(self, token: str) -> bool:
        surnames = getattr(self.kb, "surnames", None)
        if surnames is None:
            return False
        people = surnames(token)
        if not people:
            return False
        for person in people:
            for holding in self.kb.offices_of(person.id):
                if holding.office.role_type in PROMINENT_ROLES:
                    return True
        return False

    def _clusters(self, doc: Doc, persons: list[Span], has_alias_cue: bool, memo: dict[tuple[int, int], list[str]] | None = None) -> list[dict[str, object]]:
        clusters: list[_Cluster] = []
        full = [(e, tuple(_name_tokens(e, memo))) for e in persons]
        # Character offsets of each mention, read off its Span (no Token per mention end).
        chars = {(e.start, e.end): [e.start_char, e.end_char] for e in persons}
        # Longest forms first, so that partial names find the full name they belong to.
        states = {i: code for e in doc.ents if e.label_ in {"GPE", "NORP"} and (code := span_attr(e, "country")) for i in range(e.start, e.end)}
        for ent, tokens in sorted(full, key=lambda p: (-len(p[1]), p[0].start)):
            if not tokens:
                continue
            kb_id = ent.kb_id_ if span_attr(ent, "source") == "kb" and ent.kb_id_ else None
            owner = _qualifying_state(doc, ent, states)
            target = _find_cluster(clusters, tokens, ent.start, doc, kb_id, owner)
            if target is None:
                person = self.kb.get(kb_id) if kb_id else None
                target = _Cluster(tokens=tokens, kb_id=kb_id, country=(person.country if person is not None else None) or owner)
                clusters.append(target)
            target.kb_id = target.kb_id or kb_id
            target.mentions.append((ent.start, ent.end))
            target.texts.append(ent.text)
        if has_alias_cue:
            merge_aliases(doc, clusters)
        result: list[dict[str, object]] = []
        clusters.sort(key=lambda c: min(s for s, _ in c.mentions))
        for i, cluster in enumerate(clusters):
            mentions = sorted(cluster.mentions)
            name = max(cluster.texts, key=lambda t: (len(t.split()), len(t)))
            result.append(
                {
                    "id": f"c{i}",
                    "label": "PERSON",
                    "mentions": [list(chars[m]) for m in mentions],
                    "name": name,
                }
            )
        return result

    # ------------------------------------------------------------------ serialisation
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_cfg(path, {"kb_surnames": self.kb_surnames})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> NameCoref:
        self.kb_surnames = bool(read_cfg(Path(path)).get("kb_surnames", True))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        import srsly

        return srsly.json_dumps({"kb_surnames": self.kb_surnames}).encode("utf8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> NameCoref:
        import srsly

        self.kb_surnames = bool(srsly.json_loads(data.decode("utf8")).get("kb_surnames", True))
        return self


def _name_parts(forms: Iterable[tuple[str, ...]]) -> set[str]:
    """The words of full names (two words or more) that can stand alone: no particles, no initials."""
    return {word for form in forms if len(form) >= 2 for word in form if word.lower() not in PARTICLES and len(word) > 1}


def _names_out_of_dates(ents: list[Span], memo: dict[tuple[int, int], list[str]]) -> list[Span]:
    """"called Lula later on Monday": the NER may run a name the article gave in full into the
    date after it; the name's words become a person and the rest stays a date (never a month or
    weekday: "Theresa May" leaves "May 5" alone); and a name it ran in after a date ("On the
    same day Modi held talks")."""
    if not any(e.label_ in {"DATE", "TIME"} and len(e) > 1 and (e[0].text[:1].isupper() or e[-1].text[:1].isupper()) for e in ents):
        return ents  # most articles: no date begins or ends with a capitalised word
    parts = _name_parts(tuple(_name_tokens(e, memo)) for e in ents if e.label_ == "PERSON")
    out: list[Span] = []
    for ent in ents:
        n = m = 0
        if ent.label_ in {"DATE", "TIME"}:
            while n < len(ent) - 1 and ent[n].text in parts and ent[n].lower_ not in CALENDAR:
                n += 1
            while not n and m < len(ent) - 1 and ent[-1 - m].text in parts and ent[-1 - m].lower_ not in CALENDAR:
                m += 1
        if n:
            out += [Span(ent.doc, ent.start, ent.start + n, label="PERSON"), Span(ent.doc, ent.start + n, ent.end, label=ent.label_)]
        elif m:
            out += [Span(ent.doc, ent.start, ent.end - m, label=ent.label_), Span(ent.doc, ent.end - m, ent.end, label="PERSON")]
        else:
            out.append(ent)
    return out


def _name_tokens(ent: Span, memo: dict[tuple[int, int], list[str]] | None = None) -> list[str]:
    """The name words of a person mention, without titles, hyphens or possessives.

    ``memo`` keeps the words of spans of the same Doc by their token offsets."""
    if memo is not None:
        key = (ent.start, ent.end)
        found = memo.get(key)
        if found is None:
            found = memo[key] = _name_tokens(ent)
        return found
    words = [t.text for t in ent if not t.is_punct and t.tag_ != "POS" and t.text not in ("'s", "’s")]
    while len(words) > 1 and (words[0].lower() in HONORIFICS or words[0].lower() in TITLE_HEADS):
        words = words[1:]
    return words


def _find_cluster(
    clusters: list[_Cluster], tokens: tuple[str, ...], start: int, doc: Doc, kb_id: str | None = None, owner: str | None = None
) -> _Cluster | None:
    """The cluster a (possibly partial) name belongs to: nearest preceding one on ties.

    A mention the KB matched to one person never joins a cluster of another ("King Salman"
    is not "Mohammed bin Salman"), nor one qualified by another state ("Jordan's King Abdullah"
    is not the Emirates' "Abdullah bin Zayed")."""
    matching = [
        c for c in clusters
        if _is_part_of(tokens, c.tokens) and (kb_id is None or c.kb_id is None or c.kb_id == kb_id)
        and (owner is None or c.country is None or c.country == owner)
    ]
    if not matching:
        return None
    exact = [c for c in matching if {w.lower().rstrip(".") for w in tokens} <= {v.lower().rstrip(".") for v in c.tokens}]
    matching = exact or matching  # "Navalnaya" after "Yulia Navalnaya" and "Alexei Navalny": the name spelt so, not the near spelling
    if len(matching) == 1:
        return matching[0]

    def distance(c: _Cluster) -> tuple[int, int]:
        before = [start - s for s, _ in c.mentions if s <= start]
        return (0, min(before)) if before else (1, min(abs(s - start) for s, _ in c.mentions))

    return min(matching, key=distance)


def _qualifying_state(doc: Doc, ent: Span, states: dict[int, str]) -> str | None:
    """The state a person mention is qualified by: "Jordan's King Abdullah", "Jordanian King
    Abdullah" (a possessive or a nationality before the capitalised title words)."""
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 4 and doc[i].is_title and i not in states and not doc[i].ent_type_:
        i -= 1  # "King", "Prime Minister", "Sheikh"
    if i >= 1 and doc[i].tag_ == "POS":
        i -= 1
    return states.get(i)


#: Word types whose capitalisation is kept between documents (the cache is emptied beyond).
_MAX_WORDS = 200_000


@lru_cache(maxsize=65536)
def _is_part_of(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """"Blinken" and "Antony Blinken" are part of "Antony J. Blinken"; "Xi" of "Xi Jinping"."""
    if part == whole:
        return True
    norm_whole = [w.lower().rstrip(".") for w in whole]
    norm_part = [w.lower().rstrip(".") for w in part]
    if len(norm_part) > len(norm_whole):
        return False
    if all(p in PARTICLES for p in norm_part):
        return False
    if len(norm_part) == 1 and len(norm_part[0]) >= 5 and _near_surname(norm_part[0], {norm_whole[-1]}):
        # "Sogavere" for "Manasseh Sogavare": a misspelled surname of the full name.
        return True
    # Ordered subsequence of the full name's words (middle names and initials may be missing).
    it = iter(norm_whole)
    return all(any(p == w or (len(p) == 1 and w.startswith(p)) for w in it) for p in norm_part)


def _near_surname(text: str, surnames: set[str]) -> bool:
    """A misspelling of a surname of the article ("Sogavere" for "Sogavare")."""
    if not surnames:
        return False
    low = text.lower()
    for surname in surnames:
        other = surname.lower()
        if other == low:
            return True
        if len(other) >= 5 and other[0] == low[0] and abs(len(other) - len(low)) <= 2 and fuzz.ratio(low, other) >= 85:
            return True
    return False


#: Words without which no alias cue can be in a document (a cheap test before the search).
def _after_place_prep(ent: Span) -> bool:
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    return prev.lower_ in PLACE_PREPS


#: Words after a hyphen that make the name before them a place ("the Hague-based court",
#: "a Lyon-born diplomat").
PLACE_SUFFIX_WORDS = frozenset({"based", "born", "headquartered", "registered", "listed"})


def _place_shaped(ent: Span) -> bool:
    """Is a lone word used as a place: after "the" ("the Hague") or before "-based"?

    A surname heading its phrase never takes the article, and "X-based" always names a place.
    """
    doc = ent.doc
    end = ent.end
    modifier = end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the" and not modifier:
        # "the Trump administration" is still the person's name.
        return True
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in PLACE_SUFFIX_WORDS


def _with_particles(doc: Doc, ents: list[Span], full_forms: set[tuple[str, ...]]) -> list[Span]:
    """Extend a short PERSON mention over the name particles before it ("Le Pen", "von der
    Leyen") when a full name of the document has those words together."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    result: list[Span] = []
    changed = False
    for ent in ents:
        start = ent.start
        if ent.label_ == "PERSON" and len(ent) <= 2:
            words = [t.text for t in ent]
            while start > 0 and start - 1 not in taken and doc[start - 1].lower_ in PARTICLES and doc[start - 1].text != "-":
                candidate = [doc[start - 1].text, *words]
                if not any(_contiguous_in(candidate, form) for form in full_forms):
                    break
                words = candidate
                start -= 1
        if start == ent.start:
            result.append(ent)
            continue
        changed = True
        span = Span(doc, start, ent.end, label="PERSON", kb_id=ent.kb_id)
        result.append(span)
    return result if changed else ents


def _contiguous_in(words: list[str], form: tuple[str, ...]) -> bool:
    n = len(words)
    return len(form) > n and any(list(form[i : i + n]) == words for i in range(len(form) - n + 1))
