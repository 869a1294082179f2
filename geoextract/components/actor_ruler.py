"""``geoextract_actor_ruler``: KB-backed tagging of countries, demonyms, organisations and people.

Runs after the statistical NER. KB forms override the NER's label where they cover the same
words (so "Blinken" stays with the NER but "North Korea's" becomes the country North Korea),
titles stop being entities ("State" in "Secretary of State"), leading titles and determiners
are trimmed from names, and capitals or seats of government become the country only where
they stand for its government ("Washington is looking for ways...", "the Kremlin denied"),
not where they are venues ("talks in Washington").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .._gc import paused_gc
from ..errors import Errors, GeoExtractValueError
from ..extensions import install_extensions
from ..kb import GazetteerEntry, KnowledgeBase
from ._common import filter_longest, set_doc_ents, set_span_attrs, span_attr, token_span
from .actor_context import (
    after_title,
    ends_with_title,
    inside_title,
    is_dateline,
    is_metonym,
    joins_actors,
    owner_state,
    person_after_office_place,
    regional_prefix,
    repair_people,
    split_state_prefixes,
    strip_honorifics,
)
from .gazetteer import GazetteerIndex, GazetteerMatch
from .lexicon import HONORIFICS, TITLE_HEADS
from .ner_filters import is_credit_line, non_actor_label, trailing_party_noun
from .ner_repairs import adjacent_name_pairs, cut_at_dateline, relabel_places
from .role_binding import HONORIFIC_WORDS

#: NER labels whose spans may legitimately contain a country name ("Bank of England").
CONTAINER_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "PERSON", "LOC"})
#: Labels geoextract cleans and may override; numeric labels are left alone.
NAME_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
GROUP_NOUNS = frozenset({"rebels", "militants", "fighters", "insurgents", "jihadists", "militia", "militias", "troops"})
#: First words of a title phrase the NER may take for an organisation's name.
TITLE_START_WORDS = frozenset({"minister", "ministers", "secretary", "president", "prime", "deputy", "foreign", "defence", "defense", "vice", "chancellor", "premier", "ambassador", "envoy"})
#: How close two touching one-word names must be to a KB person's name to be joined as one.
SPLIT_NAME_SCORE = 0.9
#: Prefixes joined by a hyphen to a name that still mentions it ("non-NATO", "anti-Hamas").
NEGATING_PREFIXES = frozenset({"non", "anti", "pro", "ex", "post", "pre"})
REGION_WORDS = frozenset({"region", "province", "oblast", "governorate", "state", "district", "county", "prefecture"})

_KIND_LABEL = {
    "metonym": "GPE",
    "country": "GPE",
    "demonym": "NORP",
    "organisation": "ORG",
    "person": "PERSON",
    "capital": "GPE",
    "seat": "FAC",
}


@Language.factory(
    "geoextract_actor_ruler",
    default_config={
        "kb_loader": {"@misc": "geoextract.kb_loader.v1", "paths": [], "shipped": True},
        "metonymy": True,
    },
    requires=["doc.ents", "token.dep"],
    assigns=["doc.ents", "span._.geo_country", "span._.geo_kind"],
)
def make_actor_ruler(
    nlp: Language, name: str, *, kb_loader: Callable[[], KnowledgeBase], metonymy: bool
) -> ActorRuler:
    """Build the actor ruler with the KB that ``kb_loader`` returns (see geoextract.kb_loader.v1).

    The loader runs on first use, not here: a saved pipeline brings its own KB (from_disk,
    from_bytes), so loading it never reads the KB files named in its config, which may be
    gone on the machine that loads it.
    """
    return ActorRuler(nlp, name=name, kb_loader=kb_loader, metonymy=metonymy)


class ActorRuler:
    """Tags KB actors and repairs the statistical NER's labels (see module docstring).

    Example:
        >>> import geoextract  # doctest: +SKIP
        >>> nlp = geoextract.load()  # doctest: +SKIP
        >>> [(e.text, e.label_) for e in nlp("North Korea's troops").ents]  # doctest: +SKIP
        [('North Korea', 'GPE')]
    """

    owns_kb = True

    def __init__(
        self,
        nlp: Language,
        *,
        name: str = "geoextract_actor_ruler",
        kb: KnowledgeBase | None = None,
        kb_loader: Callable[[], KnowledgeBase] | None = None,
        metonymy: bool = True,
    ) -> None:
        self.name = name
        self._kb = kb
        self._kb_loader = kb_loader
        self.metonymy = metonymy
        self._tokenizer: Any = nlp.tokenizer  # a spaCy Tokenizer (typed as a plain callable)
        self._index: GazetteerIndex | None = None

    @property
    def kb(self) -> KnowledgeBase:
        """The knowledge base: the one given, else the loader's (called once, on first use)."""
        if self._kb is None:
            if self._kb_loader is None:
                raise GeoExtractValueError(Errors.E201.format(name=self.name))
            self._kb = self._kb_loader()
        return self._kb

    @kb.setter
    def kb(self, kb: KnowledgeBase) -> None:
        self._kb = kb
        self._index = None

    # ------------------------------------------------------------------ matching
    @property
    def index(self) -> GazetteerIndex:
        if self._index is None:
            with paused_gc():
                self._index = GazetteerIndex(self.kb.gazetteer(), self._tokenize)
        return self._index

    def warm_up(self) -> None:
        """Build the gazetteer index now rather than on the first document. (The KB's fuzzy
        index stays lazy: a short job whose names are all known never needs it.)"""
        _ = self.index

    def _tokenize(self, texts: list[str]) -> list[list[str]]:
        """Tokenise KB forms as the pipeline would. Plain words separated by single spaces
        tokenise to themselves unless a tokenizer special case applies, so only the other
        forms (with hyphens, dots, apostrophes...) go through the tokenizer: this keeps
        building the index fast."""
        rules = getattr(self._tokenizer, "rules", None) or {}
        result: list[list[str] | None] = []
        hard: list[int] = []
        for i, text in enumerate(texts):
            words = text.split(" ")
            if all(w.isalpha() and w not in rules for w in words):
                result.append(words)
            else:
                result.append(None)
                hard.append(i)
        for i, doc in zip(hard, self._tokenizer.pipe([texts[i] for i in hard], batch_size=1000), strict=True):
            result[i] = [t.text for t in doc]
        return [r or [] for r in result]

    def __call__(self, doc: Doc) -> Doc:
        install_extensions()
        if not len(doc):
            return doc
        matches = [m for m in self.index.find(doc) if not inside_title(doc, m.start, m.end, m.kind)]
        ents = cut_at_dateline(doc, doc.ents)
        # The reading chosen for each kept KB match (by the match's id), for ``_annotate``.
        choices: dict[int, tuple[GazetteerEntry, str]] = {}
        kb_spans = [(s, m) for s, m in self._select(doc, matches, ents, choices) if not (m.kind == "organisation" and is_credit_line(doc, s.start, s.end))]
        country_starts = {m.start: m.end for m in matches if m.kind in ("country", "demonym")}
        ner_spans = [s for s in (self._clean(doc, e, country_starts) for e in ents) if s is not None]
        ner_spans = repair_people(doc, ner_spans, kb_spans)
        ner_spans = self._join_split_names(doc, ner_spans, kb_spans)
        final: list[Span] = []
        kb_taken: set[int] = set()
        container_country: dict[tuple[int, int], str] = {}
        by_offsets = {
            (k.start, k.end): m.entries[0].country
            for k, m in kb_spans
            if m.entries[0].kind in ("country", "demonym") and m.entries[0].country
        }
        # The KB spans do not overlap and come in text order: the ones an NER span overlaps
        # are those on its tokens, in token order.
        kb_at: dict[int, Span] = {}
        for span, _ in kb_spans:
            kb_taken.update(range(span.start, span.end))
            for i in range(span.start, span.end):
                kb_at[i] = span
        for ent in ner_spans:
            overlapping: list[Span] = []
            for i in range(ent.start, ent.end):
                k = kb_at.get(i)
                if k is not None and (not overlapping or overlapping[-1] is not k):
                    overlapping.append(k)
            if not overlapping:
                final.append(ent)
                continue
            contains_all = all(ent.start <= k.start and k.end <= ent.end for k in overlapping)
            longer = any((ent.end - ent.start) > (k.end - k.start) for k in overlapping)
            # The token walks of the list and coverage tests run only when the cheap tests pass.
            if (
                contains_all and longer and ent.label_ in CONTAINER_LABELS and not ends_with_title(ent)
                and not _is_list(doc, ent, overlapping, kb_spans) and not _explained(ent, overlapping) and not _person_of_state(doc, ent, overlapping)
            ):
                # "Bank of England": the NER's longer name wins over the country inside it,
                # and an organisation named after one state ("Romania's Constitutional
                # Court") belongs to it.
                for k in overlapping:
                    kb_taken.difference_update(range(k.start, k.end))
                final.append(ent)
                states = {by_offsets[(k.start, k.end)] for k in overlapping if (k.start, k.end) in by_offsets}
                if ent.label_ in ("ORG", "FAC") and len(states) == 1:
                    container_country[(ent.start_char, ent.end_char)] = states.pop()
        for span, _ in kb_spans:
            if all(i in kb_taken for i in range(span.start, span.end)):
                final.append(span)
        set_doc_ents(doc, filter_longest(final))
        kb_by_offsets = {(s.start_char, s.end_char): m for s, m in kb_spans}
        # Token index after each country or demonym span -> its state, for "Romania's
        # Constitutional Court" / "the Romanian Constitutional Court".
        state_ends = {
            k.end: m.entries[0].country
            for k, m in kb_spans
            if m.entries[0].kind in ("country", "demonym") and m.entries[0].country
        }
        for ent in doc.ents:
            match = kb_by_offsets.get((ent.start_char, ent.end_char))
            if match is None:
                if span_attr(ent, "source") is None:
                    set_span_attrs(ent, source="ner")
                country = container_country.get((ent.start_char, ent.end_char)) or owner_state(doc, ent, state_ends)
                if country is not None and ent.label_ in ("ORG", "FAC"):
                    set_span_attrs(ent, country=country)
                continue
            self._annotate(doc, ent, match, choices.get(id(match)))
        return doc

    def _join_split_names(self, doc: Doc, spans: list[Span], kb_spans: list[tuple[Span, GazetteerMatch]]) -> list[Span]:
        """Join two touching one-word names into one PERSON when together they are close to a
        KB person's name ("Jacinda" + "Arden" -> "Jacinda Arden" ~ "Jacinda Ardern")."""
        pairs = adjacent_name_pairs(doc, spans)
        if not pairs:
            return spans
        kb_tokens = {i for k, _ in kb_spans for i in range(k.start, k.end)}
        for first, second in pairs:
            if first.start in kb_tokens or second.start in kb_tokens:
                continue
            found = self.kb.search(f"{first.text} {second.text}", types=("person",), limit=1, score_cutoff=SPLIT_NAME_SCORE)
            if found:
                spans = [s for s in spans if s is not first and s is not second]
                spans.append(Span(doc, first.start, second.end, label="PERSON"))
        return spans

    def _select(
        self, doc: Doc, matches: list[GazetteerMatch], ents: Sequence[Span], choices: dict[int, tuple[GazetteerEntry, str]] | None = None
    ) -> list[tuple[Span, GazetteerMatch]]:
        """Non-overlapping KB matches (longest first), each made into a labelled Span.

        ``choices`` receives the reading of each match (``_choose``) by the match's id."""
        by_span: dict[tuple[int, int], GazetteerMatch] = {}
        for m in matches:
            if regional_prefix(doc, m):
                continue
            if m.kind == "person":
                m = strip_honorifics(doc, m)
            elif m.end - m.start > 1 and doc[m.start].lower_ == "the" and not any(e.text.startswith("The ") for e in m.entries):
                # "the Kremlin" -> "Kremlin": mentions are names, as for the NER's spans.
                m = GazetteerMatch(m.start + 1, m.end, m.entries)
            if m.kind == "organisation" and trailing_party_noun(doc, m.start, m.end):
                # "the Likud party": the name is "Likud"; the noun describes it.
                m = GazetteerMatch(m.start, m.end - 1, m.entries)
            by_span.setdefault((m.start, m.end), m)
        split_state_prefixes(doc, by_span, self.kb)
        ner_names = {(e.start, e.end) for e in ents if e.label_ in ("PERSON", "GPE", "ORG", "NORP", "FAC", "LOC")}
        for (start, end), m in list(by_span.items()):
            if m.kind == "person" and end - start == 1 and (start, end) not in ner_names and not after_title(doc, start) and doc[start].dep_ not in ("nsubj", "nsubjpass"):
                # A one-word KB name ("Lula", "Suharto") is trusted where the NER sees a name
                # (whatever label it gives) or a title precedes it; elsewhere it is too often
                # a common word.
                del by_span[(start, end)]
                continue
            if m.kind == "organisation" and doc[end - 1].tag_ == "JJ" and doc[end - 1].dep_ == "amod" and doc[end - 1].head.i >= end and not doc[end - 1].text.isupper():
                # "a stronger American military presence": an adjective, not the armed forces.
                del by_span[(start, end)]
                continue
            # "M23 rebels": keep the name, not the description, when the KB has both.
            if doc[end - 1].lower_ in GROUP_NOUNS:
                shorter = [k for k in by_span if k[0] == start and k[1] < end and by_span[k].entries[0].actor_id == m.entries[0].actor_id]
                if shorter:
                    del by_span[(start, end)]
        spans = []
        for (start, end), m in by_span.items():
            entry, kind = self._choose(doc, m)
            if choices is not None:
                choices[id(m)] = (entry, kind)
            spans.append(Span(doc, start, end, label=_KIND_LABEL.get(kind, entry.label), kb_id=entry.actor_id))
        chosen = filter_longest(spans)
        return [(s, by_span[(s.start, s.end)]) for s in chosen]

    def _choose(self, doc: Doc, match: GazetteerMatch) -> tuple[GazetteerEntry, str]:
        """The entry a match stands for here, and its kind in this context.

        A country name is the country; a capital or seat of government is the country where
        it stands for the government and a venue elsewhere, even when an organisation shares
        the name ("the White House said" / "met at the White House")."""
        kinds: dict[str, GazetteerEntry] = {}
        for e in match.entries:
            kinds.setdefault(e.kind, e)
        countries = [e for e in match.entries if e.kind == "country"]
        if len(countries) > 1:
            # "Congo": the KB's preferred reading of an ambiguous short name.
            preferred = self.kb.country(doc[match.start : match.end].text)
            for e in countries:
                if preferred is not None and e.country == preferred.alpha3:
                    return e, "country"
        if "country" in kinds:
            return kinds["country"], "country"
        place = kinds.get("seat") or kinds.get("capital")
        if place is not None:
            if self.metonymy and is_metonym(doc, match.start, match.end):
                return place, "metonym"
            return place, place.kind
        entry = match.entries[0]
        if len({e.actor_id for e in match.entries}) > 1:
            # "RSF" is Reporters Without Borders and the Rapid Support Forces: the one the story names in full
            named = [e for e in match.entries if (actor := self.kb.get(e.actor_id)) is not None and re.search(rf"\b{re.escape(actor.name)}\b", doc.text)]
            entry = named[0] if len(named) == 1 else entry
        return entry, entry.kind

    def _annotate(self, doc: Doc, ent: Span, match: GazetteerMatch, chosen: tuple[GazetteerEntry, str] | None = None) -> None:
        entry, kind = chosen if chosen is not None else self._choose(doc, match)
        if kind == "metonym":
            country = self.kb.countries.get(entry.country or "")
            set_span_attrs(ent, kind="country", country=entry.country, source="kb", name=country.name if country else None)
            return
        if kind in ("capital", "seat"):
            set_span_attrs(ent, kind="city" if kind == "capital" else "venue", country=entry.country, source="kb")
            return
        actor = self.kb.get(entry.actor_id)
        set_span_attrs(
            ent,
            kind="country" if kind in ("country", "demonym") else kind,
            country=entry.country,
            source="kb",
            name=actor.name if actor is not None else None,
        )

    def _clean(self, doc: Doc, ent: Span, country_starts: dict[int, int]) -> Span | None:
        """Trim determiners, possessives and titles from an NER span; drop title-only spans.

        ``country_starts`` maps the first token of each KB country or demonym match to its end.
        """
        if ent.label_ not in NAME_LABELS:
            return ent
        start, end = ent.start, ent.end
        label = ent.label_
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        if end - start >= 3 and doc[start].lower_ in NEGATING_PREFIXES and doc[start + 1].text == "-":
            # "a non-NATO ally": the name after the prefix is the mention.
            start += 2
        # a name never ends in "and": "alongside Uhuru Kenyatta and Y" read as one ORG "Uhuru Kenyatta and"
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "’s", "'", "’", "and", "or") or doc[end - 1].is_punct):
            end -= 1
        if end - start > 2 and any(doc[i].tag_ in ("VBD", "VBZ") for i in range(start + 1, end - 1)):
            # "Lula met Xi" as one span: a name has no finite verb inside it.
            return None
        if label == "PERSON":
            while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].tag_ in {"RB", "RBR"}:
                end -= 1  # "Sheikh Hasina later called on X": the adverb is no part of the name
            moved = True
            while moved and start < end - 1:
                moved = False
                if doc[start].lower_ in HONORIFICS or doc[start].lower_.rstrip(".") in HONORIFICS:
                    start += 1
                    moved = True
                elif start in country_starts and country_starts[start] < end:
                    start = country_starts[start]
                    moved = True
            if all(doc[i].lower_ in TITLE_HEADS or doc[i].lower_ in HONORIFICS for i in range(start, end)):
                return None
        elif label in ("ORG", "GPE", "LOC", "NORP", "FAC") and (person := person_after_office_place(doc, start, end, country_starts)) is not None:
            start, label = person, "PERSON"  # "envoy for Sudan Tom Perriello": the state is found on its own
        elif label in ("ORG", "GPE", "LOC", "NORP", "FAC"):
            if inside_title(doc, start, end, "other") or ends_with_title(token_span(doc, start, end)):
                return None
            if label == "ORG" and start > 0 and doc[start].lower_ == "general" and doc[start - 1].lower_ in TITLE_HEADS:
                return None  # "Director General of Military Operations": a title, cut by the NER after its first word
            if label == "ORG" and end - start == 1 and doc[start].text.isupper() and _holder_follows(doc, end):
                return None  # "Pakistan's DGMO, Major General X": a title's acronym, in apposition to its holder
            if label == "ORG" and start < end and doc[start].lower_ in TITLE_START_WORDS:
                # "the Minister of Foreign Affairs of Rwanda" is a person's title, not an
                # organisation; the country inside it is found on its own.
                return None
        if label == "ORG" and start < end and (is_credit_line(doc, start, end)):
            return None
        if label == "ORG" and trailing_party_noun(doc, start, end):
            end -= 1
        if start < end:
            relabel = non_actor_label(doc, start, end, label)
            if relabel == "":
                return None
            label = relabel or label
        if start < end and is_dateline(doc, start, end) and label not in ("GPE", "LOC"):
            # "CARTAGENA, Colombia —": a dateline names a place, whatever the NER thought.
            label = "GPE"
        if label in ("PRODUCT", "WORK_OF_ART", "PERSON", "ORG") and end < len(doc) and doc[end].lower_ in REGION_WORDS and end - start == 1 and label != "PERSON":
            # "Russia's Kursk region": the NER often calls the place a product.
            label = "LOC"
        if start >= end:
            return None
        if label == "ORG" or (label == "PERSON" and end - start > 1):
            # "at State House", "Kim Il Sung Square", "the town of Badme": places (a one-word
            # person never is one).
            label = relabel_places(doc, Span(doc, start, end, label=label)) or label
        if (start, end, label) == (ent.start, ent.end, ent.label_):
            return ent
        return Span(doc, start, end, label=label, kb_id=ent.kb_id)

    # ------------------------------------------------------------------ serialisation
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        import srsly

        return srsly.msgpack_dumps({"cfg": {"metonymy": self.metonymy}, "kb": self.kb.to_bytes()})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> ActorRuler:
        import srsly

        msg = srsly.msgpack_loads(data)
        self.metonymy = bool(msg["cfg"].get("metonymy", True))
        self.kb = KnowledgeBase.from_bytes(msg["kb"])
        self._index = None
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        import srsly

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", {"metonymy": self.metonymy})
        self.kb.to_disk(path / "kb")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ActorRuler:
        import srsly

        path = Path(path)
        cfg: dict[str, Any] = srsly.read_json(path / "cfg.json") if (path / "cfg.json").exists() else {}
        self.metonymy = bool(cfg.get("metonymy", True))
        self.kb = KnowledgeBase.from_disk(path / "kb")
        self._index = None
        return self


def _holder_follows(doc: Doc, end: int) -> bool:
    """", Major General X" after a span: a comma, title words only, then a person's name."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    i = end + 1
    while i < len(doc) and doc[i].ent_type_ != "PERSON" and (doc[i].lower_ in TITLE_HEADS or doc[i].lower_ in HONORIFICS or doc[i].lower_ in HONORIFIC_WORDS):
        i += 1
    return i > end + 1 and i < len(doc) and doc[i].ent_type_ == "PERSON"


def _is_list(doc: Doc, ent: Span, overlapping: list[Span], kb_spans: list[tuple[Span, GazetteerMatch]]) -> bool:
    """"Emomali Rahmon, Turkmen" / "Emomali Rahmon and Turkmen" is a list, not a name."""
    return any(t.text in (",", ";") for t in ent) or joins_actors(doc, ent, overlapping, kb_spans)


def _person_of_state(doc: Doc, ent: Span, overlapping: list[Span]) -> bool:
    """"Macky Sall of Senegal" read as one organisation: a KB person, "of", then the state is
    the person with their country, as in a list of leaders ("Presidents X of Chad, Y of Niger")."""
    first, last = overlapping[0], overlapping[-1]
    return (
        len(overlapping) == 2 and first.label_ == "PERSON" and first.start == ent.start and last.end == ent.end
        and last.label_ == "GPE" and [t.lower_ for t in doc[first.end : last.start]] in (["of"], ["of", "the"])
    )


def _explained(ent: Span, overlapping: list[Span]) -> bool:
    """KB spans that explain every word ("U.S." + "State Department", "Kyrgyz-Tajik") beat the NER's one."""
    return sum(k.end - k.start for k in overlapping) >= sum(1 for t in ent if not t.is_punct)


def gazetteer_entries(kb: KnowledgeBase) -> list[GazetteerEntry]:
    """The KB's gazetteer as a list (handy in tests and notebooks)."""
    return list(kb.gazetteer())
