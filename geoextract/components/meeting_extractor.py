"""``geoextract_meeting_extractor``: who met whom, about what, where, when, and did it happen.

Reads the entities and roles the entity linker wrote, looks only at sentences that contain a
meeting word, and writes ``doc._.geo_relations``: public Relation dicts (see
:class:`geoextract.results.Relation`) with participants as entity ids, mode (meet, visit,
phone, multilateral), status (occurred, planned, cancelled, denied), topic, place, date,
host, trigger, the evidence sentence and a confidence score.

The steps live in helper modules: :mod:`.meeting_triggers` (meeting words),
:mod:`.meeting_actors` (entities, pronouns, descriptions), :mod:`.meeting_groups` ("the two
leaders", "their", "the bloc"), :mod:`.meeting_participants`, :mod:`.meeting_status`,
:mod:`.meeting_attributes` (topic, place), :mod:`.meeting_timing` (date phrases),
:mod:`.meeting_dates` (dateparser) and :mod:`.meeting_merge` (document-level assembly).
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import Errors, GeoExtractValueError
from ..extensions import doc_text, install_extensions
from ..kb import KnowledgeBase
from ._common import doc_date, read_cfg, span_attr, write_cfg
from .meeting_actors import DocActors, Flags, document_sentences
from .meeting_build import SentenceReader
from .meeting_candidate import Candidate
from .meeting_capitals import capitals_lookup
from .meeting_lexicon import PREFILTER_RE
from .meeting_merge import DocContext, finalise, find_dateline, merge_candidates
from .meeting_participants import ParticipantFinder
from .meeting_syntax import clear_scopes, dating_clause
from .meeting_timing import sentence_days


@Language.factory(
    "geoextract_meeting_extractor",
    default_config={"min_confidence": 0.5, "use_kb": True},
    requires=["doc.ents", "doc._.geo_entities"],
    assigns=["doc._.geo_relations"],
)
def make_meeting_extractor(nlp: Language, name: str, *, min_confidence: float, use_kb: bool) -> MeetingExtractor:
    """Build the meeting extractor.

    Args:
        nlp: The pipeline (its actor ruler's KB tells groupings and office holders apart).
        name: Pipe name.
        min_confidence: Relations scored below this are left out (0..1).
        use_kb: Look organisations and people up in the pipeline's KB (grouping? in office?).
    """
    return MeetingExtractor(nlp, name=name, min_confidence=min_confidence, use_kb=use_kb)


class MeetingExtractor:
    """Extracts meeting, talks, visit and call relations from a Doc.

    Example:
        >>> import geoextract  # doctest: +SKIP
        >>> d = geoextract.extract("Antony Blinken met Annalena Baerbock in Berlin on Monday.", date="2024-02-07")  # doctest: +SKIP
        >>> [(r.status, r.date.isoformat(), r.place) for r in d.relations]  # doctest: +SKIP
        [('occurred', '2024-02-05', 'Berlin')]
    """

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        name: str = "geoextract_meeting_extractor",
        min_confidence: float = 0.5,
        use_kb: bool = True,
    ) -> None:
        self.name = name
        self._nlp = nlp
        self.min_confidence = _check_confidence(min_confidence)
        self.use_kb = use_kb
        self._kb: KnowledgeBase | None = None
        self._kb_checked = False
        self._flags: dict[tuple[str, dt.date | None], Flags] = {}  # KB answers, kept across docs

    def __call__(self, doc: Doc) -> Doc:
        install_extensions()
        kb = self._pipeline_kb() if self.use_kb else None
        try:
            doc._.geo_relations = _extract(doc, self.min_confidence, kb, self._flags)
        finally:
            clear_scopes(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def _pipeline_kb(self) -> KnowledgeBase | None:
        """The KB the pipeline's actor ruler holds (never loads one of its own)."""
        if not self._kb_checked and self._nlp is not None:
            for _, pipe in self._nlp.pipeline:
                kb = getattr(pipe, "kb", None)
                if isinstance(kb, KnowledgeBase) and getattr(pipe, "owns_kb", False):
                    self._kb = kb
                    break
            self._kb_checked = True
        return self._kb

    # -- serialisation ---------------------------------------------------------------------

    def _cfg(self) -> dict[str, Any]:
        return {"min_confidence": self.min_confidence, "use_kb": self.use_kb}

    def _set_cfg(self, cfg: dict[str, Any]) -> None:
        # srsly's JSON reader is not float-exact (0.7 -> 0.7000000000000001)
        self.min_confidence = _check_confidence(round(float(cfg.get("min_confidence", self.min_confidence)), 6))
        self.use_kb = bool(cfg.get("use_kb", self.use_kb))

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_cfg(path, self._cfg())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> MeetingExtractor:
        self._set_cfg(read_cfg(Path(path)))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps(self._cfg()).encode("utf8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> MeetingExtractor:
        self._set_cfg(srsly.json_loads(data.decode("utf8")))
        return self


def extract_relations(doc: Doc, *, min_confidence: float = 0.5, kb: KnowledgeBase | None = None) -> list[dict[str, Any]]:
    """Meeting relations of an annotated Doc as public Relation dicts.

    Args:
        doc: A Doc that went through geoextract's entity linker.
        min_confidence: Relations scored below this are left out.
        kb: Optional KB to tell groupings (summits) and office holders (hosts) apart.

    Returns:
        Relation dicts in text order; an empty list when no sentence has a meeting word.

    Example:
        >>> import spacy
        >>> extract_relations(spacy.blank("en")("Nothing happened."))
        []
    """
    try:
        return _extract(doc, min_confidence, kb)
    finally:
        clear_scopes(doc)


def _extract(
    doc: Doc, min_confidence: float, kb: KnowledgeBase | None, flags: dict[tuple[str, dt.date | None], Flags] | None = None
) -> list[dict[str, Any]]:
    text = doc_text(doc)  # the carried text: Doc.text joins every token on each access
    if not doc._.geo_entities or not PREFILTER_RE.search(text):
        return []
    sents = document_sentences(doc)
    chosen = [k for k, sent in enumerate(sents) if PREFILTER_RE.search(text, sent.start_char, sent.end_char)]
    if not chosen:
        return []
    base = doc_date(doc)
    ents = list(doc.ents)
    actors = DocActors(
        doc,
        _kb_flags(ents, kb, base, flags) if kb is not None else None,
        sents,
        ents,
        capitals=_capitals_for(kb) if kb is not None else None,
    )
    cands: list[Candidate] = []

    def recent(token_i: int, size: int, among: Collection[str] = ()) -> list[str]:
        found: list[str] = []
        told = -1
        for cand in reversed(cands):
            if found and cand.sent_index != told:
                break
            # "at their meeting in November": a pair recalled from a month gone by is not the pair of the news
            # nor "Y was joined by Z": a companion's joining, no meeting of the two
            if cand.trigger_i < token_i and not cand.is_trip and not cand.joined and not (base and cand.date_period and cand.date_period[1] < base.replace(day=1)):
                people = [p for p in cand.participants if actors.info[p].is_person]
                if len(people) == size and all(p in people for p in among):
                    if not dating_clause(doc[cand.trigger_i]):
                        return people
                    # "X met Y on Friday, days after he met Z": Y's meeting, told first, if it fits
                    if not found:
                        found, told = people, cand.sent_index
        return found

    reader = SentenceReader(actors, ParticipantFinder(actors, recent), base)
    for k in chosen:
        cands.extend(reader.read(k, sents[k]))
    if not cands:
        return []
    ctx = DocContext(
        actors=actors,
        base=base,
        sentence_days=sentence_days(actors, base),
        dateline=find_dateline(doc, actors, text),
        role_orgs=_role_orgs(doc),
        keep_above=min_confidence,
    )
    return finalise(merge_candidates(cands, ctx), ctx, text, min_confidence)


#: One cached capitals lookup per KB object (a pipeline's KB lives as long as the pipeline).
_CAPITALS: weakref.WeakKeyDictionary[KnowledgeBase, Callable[[str], tuple[str, ...]]] = weakref.WeakKeyDictionary()


def _capitals_for(kb: KnowledgeBase) -> Callable[[str], tuple[str, ...]]:
    lookup = _CAPITALS.get(kb)
    if lookup is None:
        lookup = _CAPITALS[kb] = capitals_lookup(kb)
    return lookup


def _kb_flags(
    ents: list[Span], kb: KnowledgeBase, day: dt.date | None, cache: dict[tuple[str, dt.date | None], Flags] | None = None
) -> Callable[[str], Flags]:
    """Per entity id: (is a grouping of states, holds an office on the document date, the KB's
    kind of an organisation: "media", "company", "international" ...).

    ``cache`` keeps the answers per (KB actor, day) across documents: the same actors recur.
    """
    actor_ids: dict[str, str] = {}
    for ent in ents:
        if ent.kb_id and span_attr(ent, "entity"):  # the integer test first: most ents have no KB id
            actor_ids.setdefault(span_attr(ent, "entity"), ent.kb_id_)
    known = cache if cache is not None else {}
    if len(known) > 50_000:
        known.clear()

    def flags(entity_id: str) -> Flags:
        if entity_id not in actor_ids:
            return False, False, None
        key = (actor_ids[entity_id], day)
        found = known.get(key)
        if found is None:
            found = known[key] = _actor_flags(kb, key[0], day)
        return found

    return flags


def _actor_flags(kb: KnowledgeBase, actor_id: str, day: dt.date | None) -> Flags:
    """(grouping, in office on ``day``, organisation kind) of a KB actor."""
    actor = kb.get(actor_id)
    if actor is None:
        return False, False, None
    if actor.type == "organisation":
        kind = getattr(actor, "kind", None)
        return kind == "international", False, kind
    if actor.type == "person":
        return False, bool(kb.offices_of(actor.id, on=day)) if day else bool(kb.offices_of(actor.id)), None
    return False, False, None


def _role_orgs(doc: Doc) -> dict[str, set[str]]:
    orgs: dict[str, set[str]] = {}
    for role in doc._.geo_roles or []:
        if role.get("person") and role.get("org"):
            orgs.setdefault(role["person"], set()).add(role["org"])
    return orgs


def _check_confidence(value: float) -> float:
    if not 0.0 <= value <= 1.0:
        raise GeoExtractValueError(Errors.E260.format(value=value))
    return value
