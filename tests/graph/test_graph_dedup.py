"""The same meeting reported by several articles is one meeting; different ones stay apart."""

from __future__ import annotations

import pytest

from geoextract.graph import build_graph, meetings


@pytest.fixture
def pair(make):
    """Build documents about a meeting of A and B: ``pair(doc_id, doc_date, **relation)``."""

    def build(doc_id, doc_date, **kwargs):
        return make.document(
            doc_id,
            doc_date,
            [make.entity("e0", "Ann A", country="USA"), make.entity("e1", "Bo B", country="CHN")],
            [make.relation(["e0", "e1"], evidence=f"Report {doc_id}.", **kwargs)],
        )

    return build


def grouped(graph):
    return [m["documents"] for m in meetings(graph)]


def test_reports_dated_within_the_window_are_one_meeting(pair):
    graph = build_graph(
        [pair("d1", "2024-11-16", date="2024-11-16"), pair("d2", "2024-11-18", date="2024-11-18")]
    )
    assert grouped(graph) == [["d1", "d2"]]
    assert graph.number_of_edges() == 1


def test_reports_dated_beyond_the_window_are_two_meetings(pair):
    graph = build_graph(
        [pair("d1", "2024-11-16", date="2024-11-16"), pair("d2", "2024-11-19", date="2024-11-19")]
    )
    assert grouped(graph) == [["d1"], ["d2"]]
    assert graph.number_of_edges() == 2


def test_window_days_is_configurable(pair):
    docs = [
        pair("d1", "2024-11-16", date="2024-11-16"),
        pair("d2", "2024-11-17", date="2024-11-17"),
    ]
    assert len(meetings(build_graph(docs, window_days=0))) == 2
    assert len(meetings(build_graph(docs, window_days=1))) == 1


def test_window_is_measured_from_every_date_so_reports_do_not_chain(pair):
    docs = [pair(f"d{day}", f"2024-11-{day}", date=f"2024-11-{day}") for day in (14, 16, 18)]
    assert grouped(build_graph(docs)) == [["d14", "d16"], ["d18"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [("Bogotá", "bogota"), ("Lima", "the APEC summit in Lima"), ("Lima", None), (None, "Lima")],
)
def test_compatible_places_are_one_meeting(pair, first, second):
    graph = build_graph(
        [
            pair("d1", "2024-11-16", date="2024-11-16", place=first),
            pair("d2", "2024-11-16", date="2024-11-16", place=second),
        ]
    )
    assert grouped(graph) == [["d1", "d2"]]


def test_different_places_are_two_meetings(pair):
    graph = build_graph(
        [
            pair("d1", "2024-11-16", date="2024-11-16", place="Lima"),
            pair("d2", "2024-11-16", date="2024-11-16", place="Beijing"),
        ]
    )
    assert len(meetings(graph)) == 2


def test_planned_then_occurred_is_one_meeting_with_the_latest_status(pair):
    docs = [
        pair("d2", "2024-11-16", date="2024-11-16", status="occurred"),
        pair("d1", "2024-11-12", date="2024-11-16", status="planned"),
    ]
    (meeting,) = meetings(build_graph(docs))
    assert meeting["status"] == "occurred"
    assert meeting["statuses"] == ["planned", "occurred"]
    assert meeting["documents"] == ["d1", "d2"]


def test_planned_then_cancelled_takes_the_cancellation(pair):
    docs = [
        pair("d1", "2024-11-10", date="2024-11-16", status="planned"),
        pair("d2", "2024-11-15", date="2024-11-16", status="cancelled"),
    ]
    (meeting,) = meetings(build_graph(docs))
    assert meeting["status"] == "cancelled"


def test_same_day_reports_prefer_occurred_over_planned(pair):
    docs = [
        pair("d1", "2024-11-16", date="2024-11-16", status="occurred"),
        pair("d2", "2024-11-16", date="2024-11-16", status="planned"),
    ]
    (meeting,) = meetings(build_graph(docs))
    assert meeting["status"] == "occurred"


def test_a_call_and_a_meeting_on_the_same_day_are_two_meetings(pair):
    docs = [
        pair("d1", "2024-11-16", date="2024-11-16", mode="phone"),
        pair("d2", "2024-11-16", date="2024-11-16", mode="meet"),
    ]
    assert len(meetings(build_graph(docs))) == 2


def test_a_visit_and_a_meeting_on_the_same_day_are_one_meeting_of_mode_visit(pair):
    docs = [
        pair("d1", "2024-11-16", date="2024-11-16", mode="visit"),
        pair("d2", "2024-11-16", date="2024-11-16", mode="meet"),
    ]
    (meeting,) = meetings(build_graph(docs))
    assert meeting["mode"] == "visit"
    assert meeting["modes"] == ["visit", "meet"]


def test_undated_report_joins_a_meeting_published_within_the_window(pair):
    docs = [pair("d1", "2024-11-16", date="2024-11-16"), pair("d2", "2024-11-18")]
    (meeting,) = meetings(build_graph(docs))
    assert meeting["date"] == "2024-11-16"
    assert meeting["documents"] == ["d1", "d2"]


def test_undated_report_published_much_later_is_another_meeting(pair):
    docs = [pair("d1", "2024-11-16", date="2024-11-16"), pair("d2", "2025-06-01")]
    assert len(meetings(build_graph(docs))) == 2


def test_undated_report_needs_the_same_mode(pair):
    docs = [pair("d1", "2024-11-16", date="2024-11-16", mode="visit"), pair("d2", "2024-11-16")]
    assert len(meetings(build_graph(docs))) == 2


def test_undated_reports_without_publication_dates_match_when_mode_and_place_agree(pair):
    docs = [
        pair("d1", None, place="Paris"),
        pair("d2", None, place="paris"),
        pair("d3", None, place="Rome"),
    ]
    assert grouped(build_graph(docs)) == [["d1", "d2"], ["d3"]]


def test_a_different_participant_set_is_a_different_meeting(make):
    ents = [make.entity("e0", "A"), make.entity("e1", "B"), make.entity("e2", "C")]
    docs = [
        make.document("d1", "2024-11-16", ents, [make.relation(["e0", "e1"], date="2024-11-16")]),
        make.document(
            "d2", "2024-11-16", ents, [make.relation(["e0", "e1", "e2"], date="2024-11-16")]
        ),
    ]
    graph = build_graph(docs)
    assert len(meetings(graph)) == 2
    assert graph.number_of_edges("name:A", "name:B") == 2


def test_most_reported_date_wins_and_ties_go_to_the_earliest(pair):
    docs = [
        pair("d1", "2024-11-15", date="2024-11-15"),
        pair("d2", "2024-11-16", date="2024-11-16"),
        pair("d3", "2024-11-16", date="2024-11-16"),
    ]
    assert meetings(build_graph(docs))[0]["date"] == "2024-11-16"
    docs = docs[:2]
    assert meetings(build_graph(docs))[0]["date"] == "2024-11-15"
