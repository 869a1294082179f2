"""Score predicted Documents against gold documents: entities, normalisation, roles, meetings.

The definitions (also in ``docs/evaluation.md``), all micro-averaged over documents:

- Entity recall by type: gold entities with an aligned predicted entity / gold entities
  (see :mod:`geoextract.evaluate.align`); surface recall: gold (entity, surface) pairs whose
  surface is a mention text of a compatible predicted entity / all such pairs.
- Precision by type: predicted entities with a compatible label aligned to a gold entity of
  that type / predicted entities with a compatible label (person precision is the PERSON row).
- Country recall: gold COUNTRY entities with an aligned predicted entity that carries the gold
  ISO alpha-3 code / gold COUNTRY entities.
- Normalisation accuracy: gold normalisations whose surface is a mention of a predicted entity
  with the gold canonical name (case/diacritics-insensitive) or the gold QID as ``kb_id``.
- Roles: multisets of keys ``(person, country)`` (``(None, country, title)`` for roles with no
  person), the predicted person replaced by the gold entity it is aligned to; precision,
  recall and F1 of the key multisets; title agreement: matched roles whose titles agree
  case-insensitively / matched roles.
- Meetings: pair F1 over the sets of unordered participant pairs of each document (a meeting
  of n participants gives n(n-1)/2 pairs); gold and predicted meetings are then aligned
  one-to-one by participant overlap (at least two shared participants, or all of a smaller
  side; best Jaccard first) and, on aligned meetings, status, date (null = null counts),
  mode and place (both null, or one contains the other, case/diacritics-insensitive) are
  accuracies, and topic is the mean SQuAD token F1 over aligned meetings where either side
  has a topic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from ..errors import Errors, GeoExtractValueError
from ..results import Document, Entity
from .align import COMPATIBLE_LABELS, Alignment, align_entities, compatible, mention_keys
from .gold import GoldDocument, GoldEntity
from .gold_report import EvalError, GoldReport, MeetingScore, RoleScore, TypeScore
from .metrics import PRF, fold, place_match, surface_key, token_f1

GOLD_TYPES: tuple[str, ...] = ("PERSON", "COUNTRY", "ORG")

RoleKey = tuple[str | None, ...]


def pair_documents(
    pred_docs: Sequence[Document], gold_docs: Sequence[GoldDocument]
) -> list[tuple[Document, GoldDocument]]:
    """Pair predictions with gold documents by id (by position when predictions have no ids).

    Raises:
        GeoExtractValueError: a gold document has no prediction (E507).

    Example:
        >>> g = GoldDocument(id="d1", text="x")
        >>> pair_documents([Document(id="d1", text="x")], [g])[0][1].id
        'd1'
    """
    if pred_docs and all(doc.id is not None for doc in pred_docs):
        by_id = {doc.id: doc for doc in pred_docs}
        pairs = []
        for gold in gold_docs:
            if gold.id not in by_id:
                raise GeoExtractValueError(Errors.E507.format(doc_id=gold.id))
            pairs.append((by_id[gold.id], gold))
        return pairs
    if len(pred_docs) < len(gold_docs):
        raise GeoExtractValueError(Errors.E507.format(doc_id=gold_docs[len(pred_docs)].id))
    return list(zip(pred_docs, gold_docs, strict=False))


def _resolved(gent: GoldEntity, aligned: list[Entity]) -> bool:
    return any(gent.country is None or p.country == gent.country for p in aligned)


def _score_entities(
    pred: Document, gold: GoldDocument, alignment: Alignment, report: GoldReport
) -> None:
    for gold_type in GOLD_TYPES:
        score = report.types.setdefault(gold_type, TypeScore(type=gold_type))
        for gent in (g for g in gold.entities if g.type == gold_type):
            score.gold += 1
            aligned = [p for p in pred.entities if alignment.pred_to_gold.get(p.id) == gent.name]
            held = set().union(*(mention_keys(p) for p in pred.entities if compatible(p, gent)))
            missed = [s for s in gent.surfaces if surface_key(s) not in held]
            score.surfaces += len(gent.surfaces)
            score.surfaces_found += len(gent.surfaces) - len(missed)
            if aligned:
                score.found += 1
            else:
                _error(
                    report,
                    gold,
                    "missed_entity",
                    f"{gold_type} {gent.name!r} (surfaces: {', '.join(gent.surfaces)})",
                )
                continue
            if gold_type == "COUNTRY":
                if _resolved(gent, aligned):
                    report.country_resolved += 1
                else:
                    _error(
                        report,
                        gold,
                        "country_code",
                        f"{gent.name!r} found without its code {gent.country}",
                    )
            if missed:
                _error(
                    report,
                    gold,
                    "missed_surface",
                    f"{gold_type} {gent.name!r}: {', '.join(missed)}",
                )
        for ent in pred.entities:
            if ent.label not in COMPATIBLE_LABELS[gold_type]:
                continue
            score.predicted += 1
            gent_or_none = gold.entity(alignment.pred_to_gold.get(ent.id))
            if gent_or_none is not None and gent_or_none.type == gold_type:
                score.predicted_correct += 1
            elif gold_type != "COUNTRY":
                # Unannotated GPEs are mostly venues, which the gold leaves out on purpose.
                texts = ", ".join(sorted({m.text for m in ent.mentions}))
                _error(
                    report, gold, f"false_{gold_type.lower()}", f"{ent.name!r} (mentions: {texts})"
                )


def _score_normalisations(pred: Document, gold: GoldDocument, report: GoldReport) -> None:
    for norm in gold.normalisations:
        report.normalisations += 1
        gent = gold.entity(norm.canonical)
        key = surface_key(norm.surface)
        holders = [p for p in pred.entities if key in mention_keys(p)]
        ok = any(
            fold(p.name) == fold(norm.canonical)
            or (gent is not None and gent.wikidata is not None and p.kb_id == gent.wikidata)
            for p in holders
        )
        if ok:
            report.normalisations_correct += 1
        else:
            got = (
                ", ".join(f"{p.name!r} ({p.kb_id})" for p in holders)
                or "no entity holds this surface"
            )
            _error(
                report,
                gold,
                "normalisation",
                f"{norm.surface!r} -> expected {norm.canonical!r}, got {got}",
            )


def _role_key(person: str | None, country: str | None, title: str) -> RoleKey:
    if person is None:
        return (None, country, title.casefold())
    return (person, country)


def _score_roles(
    pred: Document, gold: GoldDocument, alignment: Alignment, score: RoleScore, report: GoldReport
) -> None:
    gold_titles: dict[RoleKey, list[str]] = {}
    for role in gold.roles:
        gold_titles.setdefault(_role_key(role.person, role.country, role.title), []).append(
            role.title.casefold()
        )
    pred_titles: dict[RoleKey, list[str]] = {}
    for prole in pred.roles:
        person = alignment.gold_name(pred, prole.person)
        pred_titles.setdefault(_role_key(person, prole.country, prole.title), []).append(
            prole.title.casefold()
        )
    gold_keys = Counter({k: len(v) for k, v in gold_titles.items()})
    pred_keys = Counter({k: len(v) for k, v in pred_titles.items()})
    matched = gold_keys & pred_keys
    score.keys = score.keys + PRF(
        tp=sum(matched.values()), n_pred=sum(pred_keys.values()), n_gold=sum(gold_keys.values())
    )
    for key, count in matched.items():
        agree = min(count, sum((Counter(gold_titles[key]) & Counter(pred_titles[key])).values()))
        score.title_agree += agree
        if agree < count:
            _error(
                report,
                gold,
                "title",
                f"{_show_key(key)}: gold {gold_titles[key]}, predicted {pred_titles[key]}",
            )
    for key, count in (gold_keys - pred_keys).items():
        _error(
            report, gold, "missed_role", f"{_show_key(key)} x{count} (titles {gold_titles[key]})"
        )
    for key, count in (pred_keys - gold_keys).items():
        _error(
            report, gold, "spurious_role", f"{_show_key(key)} x{count} (titles {pred_titles[key]})"
        )


def _show_key(key: RoleKey) -> str:
    return "(" + ", ".join("None" if part is None else part for part in key) + ")"


def meeting_pairs(participant_sets: Sequence[set[str]]) -> set[frozenset[str]]:
    """All unordered pairs of distinct participants over a document's meetings.

    Example:
        >>> sorted(sorted(p) for p in meeting_pairs([{"A", "B", "C"}]))
        [['A', 'B'], ['A', 'C'], ['B', 'C']]
    """
    return {
        frozenset(pair) for people in participant_sets for pair in combinations(sorted(people), 2)
    }


def align_meetings(
    gold_sets: Sequence[set[str]], pred_sets: Sequence[set[str]]
) -> list[tuple[int, int]]:
    """Align gold and predicted meetings one-to-one by participant overlap, best Jaccard first.

    A pair qualifies when it shares at least two participants, or all participants of a side
    with fewer than two.

    Example:
        >>> align_meetings([{"A", "B"}, {"A", "C"}], [{"A", "C", "D"}, {"A", "B"}])
        [(0, 1), (1, 0)]
    """
    candidates: list[tuple[float, int, int, int]] = []
    for gi, gset in enumerate(gold_sets):
        for pi, pset in enumerate(pred_sets):
            shared = len(gset & pset)
            needed = min(2, len(gset), len(pset))
            if shared == 0 or shared < needed:
                continue
            candidates.append((-shared / len(gset | pset), -shared, gi, pi))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    result: list[tuple[int, int]] = []
    for _, _, gi, pi in sorted(candidates):
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        result.append((gi, pi))
    return sorted(result)


def _score_meetings(
    pred: Document,
    gold: GoldDocument,
    alignment: Alignment,
    score: MeetingScore,
    report: GoldReport,
) -> None:
    gold_sets = [set(m.participants) for m in gold.meetings]
    pred_sets = [
        {
            name
            for name in (alignment.gold_name(pred, pid) for pid in rel.participants)
            if name is not None
        }
        for rel in pred.relations
    ]
    gold_pairs, pred_pairs = meeting_pairs(gold_sets), meeting_pairs(pred_sets)
    score.pairs = score.pairs + PRF(
        tp=len(gold_pairs & pred_pairs), n_pred=len(pred_pairs), n_gold=len(gold_pairs)
    )
    for pair in sorted(sorted(p) for p in gold_pairs - pred_pairs):
        _error(report, gold, "missed_pair", " + ".join(pair))
    for pair in sorted(sorted(p) for p in pred_pairs - gold_pairs):
        _error(report, gold, "spurious_pair", " + ".join(pair))
    score.gold += len(gold_sets)
    score.predicted += len(pred_sets)
    aligned = align_meetings(gold_sets, pred_sets)
    score.aligned += len(aligned)
    for gi, pi in aligned:
        gm, rel = gold.meetings[gi], pred.relations[pi]
        who = " + ".join(sorted(gold_sets[gi]))
        checks = {
            "status": (gm.status == rel.status, gm.status, rel.status),
            "date": (gm.date == rel.date, gm.date, rel.date),
            "mode": (gm.mode == rel.mode, gm.mode, rel.mode),
            "place": (place_match(gm.place, rel.place), gm.place, rel.place),
        }
        for kind, (ok, want, got) in checks.items():
            if ok:
                setattr(score, f"{kind}_correct", getattr(score, f"{kind}_correct") + 1)
            else:
                _error(report, gold, kind, f"{who}: gold {want}, predicted {got}")
        if gm.topic is not None or rel.topic is not None:
            f1 = token_f1(gm.topic, rel.topic)
            score.topic_scored += 1
            score.topic_f1_sum += f1
            if f1 < 1.0:
                _error(
                    report,
                    gold,
                    "topic",
                    f"{who}: gold {gm.topic!r}, predicted {rel.topic!r} (F1 {f1:.2f})",
                )
    matched_gold = {gi for gi, _ in aligned}
    matched_pred = {pi for _, pi in aligned}
    for gi, gm in enumerate(gold.meetings):
        if gi not in matched_gold:
            _error(
                report,
                gold,
                "missed_meeting",
                f"{' + '.join(gm.participants)} ({gm.status}, {gm.mode})",
            )
    for pi, rel in enumerate(pred.relations):
        if pi not in matched_pred:
            _error(
                report,
                gold,
                "spurious_meeting",
                f"{' + '.join(sorted(pred_sets[pi]))} ({rel.status}, {rel.mode})",
            )


def _error(report: GoldReport, gold: GoldDocument, kind: str, detail: str) -> None:
    report.errors.append(EvalError(doc_id=gold.id, kind=kind, detail=detail))


def score_gold(pred_docs: Sequence[Document], gold_docs: Sequence[GoldDocument]) -> GoldReport:
    """Score predicted Documents against gold documents.

    Args:
        pred_docs: geoextract Documents, one per gold document (paired by id, or by
            position when they carry no id).
        gold_docs: Gold documents from :func:`~geoextract.evaluate.gold.read_gold`.

    Returns:
        A :class:`~geoextract.evaluate.gold_report.GoldReport` with counts, figures, targets
        and every miss and false positive.

    Raises:
        GeoExtractValueError: a gold document has no prediction (E507).

    Example:
        >>> from geoextract.results import Document
        >>> gold = GoldDocument(id="d1", text="Hi")
        >>> score_gold([Document(id="d1", text="Hi")], [gold]).documents
        1
    """
    report = GoldReport(types={t: TypeScore(type=t) for t in GOLD_TYPES})
    for pred, gold in pair_documents(pred_docs, gold_docs):
        report.documents += 1
        alignment = align_entities(pred, gold)
        _score_entities(pred, gold, alignment, report)
        _score_normalisations(pred, gold, report)
        _score_roles(pred, gold, alignment, report.roles, report)
        _score_meetings(pred, gold, alignment, report.meetings, report)
    return report
