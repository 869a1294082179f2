"""``geoextract_name_coref``: one label and one cluster per person across a document.

"Blinken" after "Antony Blinken" is the same PERSON wherever it appears, even where the
statistical NER called it GPE or missed it; a string that is a person elsewhere in the
document is never a place or an organisation; a lone surname of a well-known office holder
("Zelenskyy") is a person even when the NER thinks otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import install_extensions
from ..kb import KnowledgeBase
from ._common import filter_longest, find_kb, read_cfg, set_span_attrs, write_cfg
from .lexicon import HONORIFICS, TITLE_HEADS

#: Labels the NER gives to person names it gets wrong.
RELABELLABLE = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
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


class NameCoref:
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
        self._kb: KnowledgeBase | None = None

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = find_kb(self._nlp)
        return self._kb

    def __call__(self, doc: Doc) -> Doc:
        install_extensions()
        ents = list(doc.ents)
        persons = [e for e in ents if e.label_ == "PERSON"]
        full_forms = {tuple(_name_tokens(e)) for e in persons if len(_name_tokens(e)) >= 2}
        person_strings = {e.text for e in persons}
        part_tokens: set[str] = set()
        for form in full_forms:
            part_tokens.update(t for t in form if t.lower() not in PARTICLES and len(t) > 1)

        new_ents: list[Span] = []
        changed = False
        for ent in ents:
            if ent.label_ in RELABELLABLE and self._should_be_person(doc, ent, person_strings, part_tokens):
                span = Span(doc, ent.start, ent.end, label="PERSON")
                new_ents.append(span)
                changed = True
            else:
                new_ents.append(ent)
        # Surnames and partial names the NER missed altogether.
        covered = {i for e in new_ents for i in range(e.start, e.end)}
        for token in doc:
            if token.i in covered or token.text not in part_tokens or not token.text[:1].isupper():
                continue
            if token.pos_ not in ("PROPN", "NOUN", "ADJ", "X") and token.tag_ not in ("NNP", "NNPS"):
                continue
            new_ents.append(Span(doc, token.i, token.i + 1, label="PERSON"))
            covered.add(token.i)
            changed = True
        if changed:
            doc.ents = filter_longest(new_ents)
            for ent in doc.ents:
                if ent.label_ == "PERSON" and ent._.geo_source is None:
                    set_span_attrs(ent, source="coref", kind="person")
        doc._.geo_clusters = self._clusters(doc)
        return doc

    def _should_be_person(self, doc: Doc, ent: Span, person_strings: set[str], part_tokens: set[str]) -> bool:
        if ent._.geo_source == "kb":
            return False
        text = ent.text
        if text in person_strings:
            return True
        words = [t.text for t in ent if not t.is_punct]
        if words and all(w in part_tokens for w in words):
            return True
        if self.kb_surnames and len(ent) == 1 and ent[0].text[:1].isupper() and not _after_place_prep(ent):
            return self._prominent_surname(ent.text)
        return False

    def _prominent_surname(self, token: str) -> bool:
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

    def _clusters(self, doc: Doc) -> list[dict[str, object]]:
        persons = [e for e in doc.ents if e.label_ == "PERSON"]
        clusters: list[_Cluster] = []
        full = [(e, tuple(_name_tokens(e))) for e in persons]
        # Longest forms first, so that partial names find the full name they belong to.
        for ent, tokens in sorted(full, key=lambda p: (-len(p[1]), p[0].start)):
            if not tokens:
                continue
            target = _find_cluster(clusters, tokens, ent.start, doc)
            if target is None:
                target = _Cluster(tokens=tokens)
                clusters.append(target)
            target.mentions.append((ent.start, ent.end))
            target.texts.append(ent.text)
        result: list[dict[str, object]] = []
        clusters.sort(key=lambda c: min(s for s, _ in c.mentions))
        for i, cluster in enumerate(clusters):
            mentions = sorted(cluster.mentions)
            name = max(cluster.texts, key=lambda t: (len(t.split()), len(t)))
            result.append(
                {
                    "id": f"c{i}",
                    "label": "PERSON",
                    "mentions": [[doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)] for s, e in mentions],
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


def _name_tokens(ent: Span) -> list[str]:
    """The name words of a person mention, without titles, hyphens or possessives."""
    words = [t.text for t in ent if not t.is_punct and t.tag_ != "POS" and t.text not in ("'s", "’s")]
    while len(words) > 1 and (words[0].lower() in HONORIFICS or words[0].lower() in TITLE_HEADS):
        words = words[1:]
    return words


def _find_cluster(clusters: list[_Cluster], tokens: tuple[str, ...], start: int, doc: Doc) -> _Cluster | None:
    """The cluster a (possibly partial) name belongs to: nearest preceding one on ties."""
    matching = [c for c in clusters if _is_part_of(tokens, c.tokens)]
    if not matching:
        return None
    if len(matching) == 1:
        return matching[0]

    def distance(c: _Cluster) -> tuple[int, int]:
        before = [start - s for s, _ in c.mentions if s <= start]
        return (0, min(before)) if before else (1, min(abs(s - start) for s, _ in c.mentions))

    return min(matching, key=distance)


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
    # Ordered subsequence of the full name's words (middle names and initials may be missing).
    it = iter(norm_whole)
    return all(any(p == w or (len(p) == 1 and w.startswith(p)) for w in it) for p in norm_part)


def _after_place_prep(ent: Span) -> bool:
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    return prev.lower_ in PLACE_PREPS
