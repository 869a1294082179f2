"""The gold scorer on hand-made predictions with answers worked out by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geoextract.errors import GeoExtractValueError
from geoextract.evaluate.gold import GoldDocument, read_gold
from geoextract.evaluate.gold_report import TARGETS, GoldReport
from geoextract.evaluate.gold_score import align_meetings, meeting_pairs, pair_documents, score_gold
from geoextract.results import Document, Entity, Mention, Relation, Role

SHARED_GOLD = Path(__file__).resolve().parents[3] / "shared" / "data" / "dev" / "gold.jsonl"
NO_MENTION = Mention(start=0, end=0, text="")


@pytest.fixture
def gold(data_dir):
    return read_gold(data_dir / "eval_gold.jsonl")


def _ent(eid, name, label, mentions, *, text, kb_id=None, country=None, mention):
    return Entity(
        id=eid,
        name=name,
        label=label,
        kb_id=kb_id,
        country=country,
        mentions=[mention(text, m) for m in mentions],
    )


def _rel(participants, mode, status, *, date=None, place=None, topic=None):
    return Relation(
        mode=mode,
        participants=participants,
        status=status,
        date=date,
        place=place,
        topic=topic,
        evidence=NO_MENTION,
        confidence=0.9,
    )


def _role(person, title, country=None):
    return Role(person=person, title=title, country=country, mention=NO_MENTION)


@pytest.fixture
def partial(gold, make_mention):
    """Predictions with known mistakes of every kind (see the expected figures below)."""
    g1, g2 = gold
    t1, t2 = g1.text, g2.text

    def e1(*args, **kw):
        return _ent(*args, text=t1, mention=make_mention, **kw)

    def e2(*args, **kw):
        return _ent(*args, text=t2, mention=make_mention, **kw)

    p1 = Document(
        id="g1",
        text=t1,
        entities=[
            e1(
                "e0",
                "Annalena Baerbock",
                "PERSON",
                ["Annalena Baerbock"],
                kb_id="Q1",
                country="DEU",
            ),
            e1("e1", "Anthony Blinken", "PERSON", ["Anthony Blinken", "Blinken"]),
            e1("e2", "Kyiv", "PERSON", ["Kyiv"]),
            e1("e3", "Germany", "NORP", ["German"], country="DEU"),
            e1("e4", "Ukraine", "GPE", ["Ukraine"], country="UKR"),
            e1("e5", "NATO", "ORG", ["NATO"]),
        ],
        roles=[
            _role("e0", "foreign minister", "DEU"),
            _role("e1", "Secretary", "USA"),
            _role(None, "President", "UKR"),
            _role("e2", "Mayor", "UKR"),
        ],
        relations=[
            _rel(
                ["e0", "e1"],
                "meet",
                "occurred",
                date=dt.date(2024, 2, 12),
                place="Berlin, Germany",
                topic="aid to Ukraine",
            ),
            _rel(["e1", "e2"], "visit", "planned"),
        ],
    )
    p2 = Document(
        id="g2",
        text=t2,
        entities=[
            e2(
                "e0",
                "Luiz Inácio Lula da Silva",
                "PERSON",
                ["Luiz Inácio Lula da Silva", "Lula's"],
                kb_id="Q37181",
            ),
            Entity(
                id="e1",
                name="Alberto Fernandez",
                label="PERSON",
                kb_id="gx:person:alberto-fernandez",
            ),
            e2("e2", "Brazil", "NORP", ["Brazilian"], country="ARG"),
            e2("e3", "Argentine", "GPE", ["Argentine"]),
        ],
        roles=[_role("e0", "President", "BRA"), _role("e1", "president", "ARG")],
        relations=[_rel(["e1", "e0"], "visit", "occurred", date=dt.date(2023, 5, 30))],
    )
    return [p1, p2]


def test_oracle_predictions_score_one_everywhere(gold, oracle):
    report = score_gold([oracle(g) for g in gold], gold)
    assert [t.value for t in report.targets] == [1.0] * len(TARGETS)
    assert report.errors == []
    assert report.types["COUNTRY"].surface_recall == 1.0


def test_oracle_scores_one_on_the_shared_dev_gold(oracle):
    if not SHARED_GOLD.exists():
        pytest.skip("../shared/data/dev/gold.jsonl is not available")
    gold = read_gold(SHARED_GOLD)
    report = score_gold([oracle(g) for g in gold], gold)
    assert report.errors == []
    assert all(t.value == 1.0 for t in report.targets)
    assert report.meetings.aligned == report.meetings.gold == 45


def test_empty_predictions_score_zero_recall_and_no_precision(gold):
    report = score_gold([Document(id=g.id, text=g.text) for g in gold], gold)
    assert report.person_recall == 0.0
    assert report.person_precision is None
    assert report.country_recall == 0.0
    assert report.normalisation_accuracy == 0.0
    assert report.roles.f1 == 0.0
    assert report.roles.title_agreement is None
    assert report.meetings.pair_f1 == 0.0
    assert report.meetings.status_accuracy is None
    assert report.meetings.topic_f1 is None
    assert {t.name: t.met for t in report.targets}["person_recall"] is False
    assert {t.name: t.met for t in report.targets}["status_accuracy"] is None


def test_empty_gold_and_predictions_leave_figures_undefined():
    report = score_gold([], [])
    assert report.documents == 0
    assert all(t.value is None for t in report.targets)


def test_partial_entities(gold, partial):
    report = score_gold(partial, gold)
    person, country, org = (report.types[t] for t in ("PERSON", "COUNTRY", "ORG"))
    assert (person.gold, person.found, person.recall) == (6, 4, pytest.approx(4 / 6))
    assert (person.predicted, person.predicted_correct, report.person_precision) == (5, 4, 0.8)
    assert (person.surfaces, person.surfaces_found) == (8, 5)
    assert (country.gold, country.found, report.country_resolved) == (5, 3, 2)
    assert report.country_recall == 0.4
    assert (country.surfaces, country.surfaces_found) == (6, 3)
    assert (org.recall, org.precision) == (1.0, 1.0)


def test_partial_normalisation_and_roles(gold, partial):
    report = score_gold(partial, gold)
    assert (report.normalisations, report.normalisations_correct) == (1, 0)
    keys = report.roles.keys
    assert (keys.tp, keys.n_pred, keys.n_gold) == (4, 6, 6)
    assert report.roles.f1 == pytest.approx(2 / 3)
    assert report.roles.title_agree == 3
    assert report.roles.title_agreement == 0.75


def test_partial_meetings(gold, partial):
    meetings = score_gold(partial, gold).meetings
    assert (meetings.pairs.tp, meetings.pairs.n_pred, meetings.pairs.n_gold) == (2, 3, 5)
    assert meetings.pair_f1 == 0.5
    assert (meetings.gold, meetings.predicted, meetings.aligned) == (3, 3, 2)
    assert meetings.status_accuracy == 1.0
    assert meetings.date_accuracy == 1.0
    assert meetings.mode_accuracy == 0.5
    assert meetings.place_accuracy == 0.5
    assert meetings.topic_scored == 2
    assert meetings.topic_f1 == pytest.approx((6 / 7 + 0.0) / 2)


def test_partial_errors_list_every_miss(gold, partial):
    errors = score_gold(partial, gold).errors
    kinds = {(e.doc_id, e.kind) for e in errors}
    assert ("g1", "missed_entity") in kinds
    assert ("g1", "false_person") in kinds
    assert ("g1", "normalisation") in kinds
    assert ("g1", "title") in kinds
    assert ("g1", "spurious_role") in kinds
    assert ("g1", "missed_pair") in kinds
    assert ("g1", "spurious_meeting") in kinds
    assert ("g1", "missed_meeting") in kinds
    assert ("g1", "mode") in kinds
    assert ("g2", "country_code") in kinds
    assert ("g2", "missed_surface") in kinds
    assert ("g2", "place") in kinds
    assert ("g2", "topic") in kinds
    detail = next(e.detail for e in errors if e.kind == "normalisation")
    assert "'Anthony Blinken' -> expected 'Antony Blinken'" in detail


def test_report_json_round_trip_keeps_counts(gold, partial):
    report = score_gold(partial, gold)
    again = GoldReport.model_validate_json(report.model_dump_json())
    assert again.roles.f1 == report.roles.f1
    assert again.person_precision == report.person_precision


def test_null_person_roles_match_on_country_and_title():
    gold = GoldDocument(
        id="d",
        text="Ukraine's Foreign Minister spoke.",
        roles=[{"person": None, "title": "Foreign Minister", "country": "UKR"}],
    )
    right = Document(id="d", text=gold.text, roles=[_role(None, "foreign minister", "UKR")])
    wrong_title = Document(id="d", text=gold.text, roles=[_role(None, "Prime Minister", "UKR")])
    assert score_gold([right], [gold]).roles.f1 == 1.0
    assert score_gold([wrong_title], [gold]).roles.f1 == 0.0


def test_two_roles_of_one_person_and_country_are_a_multiset(make_mention):
    text = "Venezuelan opposition leader Juan Guaidó, Venezuela's interim president"
    gold = GoldDocument(
        id="d",
        text=text,
        entities=[{"name": "Juan Guaidó", "type": "PERSON", "surfaces": ["Juan Guaidó"]}],
        roles=[
            {"person": "Juan Guaidó", "title": "Opposition Leader", "country": "VEN"},
            {"person": "Juan Guaidó", "title": "President", "country": "VEN"},
        ],
    )
    pred = Document(
        id="d",
        text=text,
        entities=[
            Entity(
                id="e0",
                name="Juan Guaidó",
                label="PERSON",
                mentions=[make_mention(text, "Juan Guaidó")],
            )
        ],
        roles=[_role("e0", "President", "VEN")],
    )
    roles = score_gold([pred], [gold]).roles
    assert (roles.keys.tp, roles.keys.n_pred, roles.keys.n_gold) == (1, 1, 2)
    assert roles.title_agreement == 1.0


def test_multilateral_meeting_gives_all_pairs_and_self_pairs_are_dropped():
    assert len(meeting_pairs([{"A", "B", "C", "D"}])) == 6
    assert meeting_pairs([{"A"}]) == set()
    assert meeting_pairs([{"A", "B"}, {"B", "A"}]) == {frozenset({"A", "B"})}


def test_meetings_align_on_two_shared_participants_best_jaccard_first():
    gold = [{"A", "B", "C"}, {"A", "D"}]
    pred = [{"A", "D"}, {"A", "B"}, {"A", "X"}]
    assert align_meetings(gold, pred) == [(0, 1), (1, 0)]
    assert align_meetings([{"A", "B"}], [{"A", "X"}]) == []
    assert align_meetings([{"A"}], [{"A", "B"}]) == [(0, 0)]


def test_predictions_pair_by_id_or_position():
    gold = [GoldDocument(id="a", text="x"), GoldDocument(id="b", text="y")]
    by_id = pair_documents([Document(id="b", text="y"), Document(id="a", text="x")], gold)
    assert [(p.id, g.id) for p, g in by_id] == [("a", "a"), ("b", "b")]
    by_position = pair_documents([Document(text="x"), Document(text="y")], gold)
    assert [g.id for _, g in by_position] == ["a", "b"]
    with pytest.raises(GeoExtractValueError, match=r"E507.*'b'"):
        pair_documents([Document(id="a", text="x")], gold)
    with pytest.raises(GeoExtractValueError, match=r"E507.*'b'"):
        pair_documents([Document(text="x")], gold)
