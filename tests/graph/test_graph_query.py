"""Queries: an actor's meetings, meetings about a topic, between countries, counterparts."""

from __future__ import annotations

import datetime as dt

import pytest

from geoextract import MeetingGraph
from geoextract.errors import GeoExtractTypeError, GeoExtractValueError
from geoextract.graph import (
    build_graph,
    collapse,
    counterparts,
    meetings,
    meetings_about,
    meetings_between_countries,
    meetings_of,
    resolve_actor,
)


@pytest.fixture
def graph(corpus):
    return build_graph(corpus)


def test_meetings_are_reassembled_once_each_in_date_order(graph):
    found = meetings(graph)
    assert [m["meeting"] for m in found] == ["m0", "m1", "m2", "m3", "m4", "m5"]
    assert [m["date"] for m in found] == [
        "2024-04-26",
        "2024-04-26",
        "2024-11-12",
        "2024-11-16",
        "2024-11-19",
        "2025-03-01",
    ]
    assert "type" not in found[0]


def test_meetings_of_an_actor_by_kb_id_or_name_agree(graph):
    by_id = meetings_of(graph, "Q6279")
    by_name = meetings_of(graph, "joe BIDEN")
    assert [m["meeting"] for m in by_id] == [m["meeting"] for m in by_name] == ["m3", "m5"]


def test_meetings_of_an_actor_between_two_dates(graph):
    found = meetings_of(graph, "Joe Biden", since="2024-11-01", until=dt.date(2024, 12, 31))
    assert [m["date"] for m in found] == ["2024-11-16"]
    assert meetings_of(graph, "Joe Biden", since="2026-01-01") == []


def test_meetings_of_an_unlinked_actor_by_node_key(graph):
    (found,) = meetings_of(graph, "name:Charles Kupchan|USA")
    assert found["participants"] == ["Q24840", "name:Charles Kupchan|USA"]


def test_unknown_actor_is_a_coded_error(graph):
    with pytest.raises(GeoExtractValueError, match=r"E407.*'Nobody'"):
        meetings_of(graph, "Nobody")


def test_resolve_actor_accepts_names_without_accents(graph):
    assert resolve_actor(graph, "Jean-Noel Barrot") == ["Q3170213"]


def test_result_lists_are_copies_of_the_graph_values(graph):
    meetings_of(graph, "Q6279")[0]["documents"].append("tampered")
    assert "tampered" not in meetings_of(graph, "Q6279")[0]["documents"]


def test_meetings_about_a_topic_match_words_case_insensitively(graph):
    assert [m["meeting"] for m in meetings_about(graph, "UKRAINE")] == ["m2"]
    assert [m["meeting"] for m in meetings_about(graph, "taiwan")] == ["m1", "m3"]
    assert [m["meeting"] for m in meetings_about(graph, "situation ukraine")] == ["m2"]
    assert meetings_about(graph, "ukraine war") == []


def test_meetings_about_a_topic_can_search_the_evidence(graph):
    assert meetings_about(graph, "sidelines") == []
    assert [m["meeting"] for m in meetings_about(graph, "sidelines", evidence=True)] == ["m3"]


def test_meetings_about_a_topic_between_two_dates(graph):
    assert [m["meeting"] for m in meetings_about(graph, "taiwan", since="2024-06-01")] == ["m3"]


def test_meetings_between_two_countries_officials(graph):
    assert [m["meeting"] for m in meetings_between_countries(graph, "usa", "CHN")] == [
        "m0",
        "m1",
        "m3",
        "m4",
        "m5",
    ]
    assert [m["meeting"] for m in meetings_between_countries(graph, "DEU", "GBR")] == ["m2"]
    assert meetings_between_countries(graph, "DEU", "CHN") == []


def test_meetings_between_countries_people_only_leaves_states_out(graph):
    found = meetings_between_countries(graph, "USA", "CHN", people_only=True)
    assert "m0" not in [m["meeting"] for m in found]  # Blinken's visit to China, the state


def test_meetings_within_one_country_need_two_participants_of_it(graph, make, corpus):
    assert meetings_between_countries(graph, "USA", "USA") == []
    extra = make.document(
        "a7",
        "2024-12-01",
        [
            make.entity("e0", "Antony Blinken", kb_id="Q4773967", country="USA"),
            make.entity("e1", "Joe Biden", kb_id="Q6279", country="USA"),
        ],
        [make.relation(["e0", "e1"], date="2024-12-01")],
    )
    found = meetings_between_countries(build_graph([*corpus, extra]), "USA", "USA")
    assert [m["documents"] for m in found] == [["a7"]]


def test_counterparts_are_ranked_by_number_of_meetings(graph, make, corpus):
    extra = make.document(
        "a7",
        "2024-12-01",
        [
            make.entity("e0", "Antony Blinken", kb_id="Q4773967", country="USA"),
            make.entity("e1", "Wang Yi", kb_id="Q24840", country="CHN"),
        ],
        [make.relation(["e0", "e1"], date="2024-12-01", place="Rome")],
    )
    graph = build_graph([*corpus, extra])
    ranked = counterparts(graph, "Antony Blinken")
    assert ranked[0] == ("Q24840", 2)
    # Ties are ordered by name: Annalena Baerbock, China, David Lammy, Jean-Noël Barrot.
    assert ranked[1:] == [("Q15983", 1), ("Q148", 1), ("Q540143", 1), ("Q3170213", 1)]
    assert counterparts(graph, "Antony Blinken", limit=2) == ranked[:2]
    assert counterparts(graph, "Antony Blinken", since="2024-11-01") == [
        ("Q15983", 1),
        ("Q540143", 1),
        ("Q3170213", 1),
        ("Q24840", 1),
    ]


def test_meeting_graph_wrapper_delegates_to_the_functions(corpus, tmp_path):
    mg = MeetingGraph.from_documents(corpus)
    assert "6 meetings" in repr(mg)
    assert mg.meetings() == meetings(mg.graph)
    assert mg.meetings_of("Q6279", until="2024-12-31")[0]["meeting"] == "m3"
    assert mg.meetings_about("fentanyl")[0]["meeting"] == "m5"
    assert len(mg.meetings_between_countries("USA", "CHN")) == 5
    assert mg.counterparts("Q6279") == [("Q15031", 2)]
    assert mg.collapse().edges["Q6279", "Q15031"]["weight"] == 2
    nodes, edges = mg.to_dataframes()
    assert len(nodes) == 9 and len(edges) == 11
    (path,) = mg.write(tmp_path / "g.json")
    assert MeetingGraph.read(path).meetings() == mg.meetings()


def test_queries_on_a_collapsed_graph_are_a_coded_error(graph):
    with pytest.raises(GeoExtractTypeError, match=r"E412.*Graph"):
        meetings(collapse(graph))
    with pytest.raises(GeoExtractTypeError, match=r"E412"):
        counterparts(collapse(graph), "Q6279")
