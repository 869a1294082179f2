"""Nodes, edges, provenance and inputs of build_graph()."""

from __future__ import annotations

import json

import networkx as nx
import pytest

import geoextract
from geoextract.errors import GeoExtractTypeError, GeoExtractValueError
from geoextract.graph import actor_key, build_graph, meetings
from geoextract.results import ErrorRecord


def test_build_graph_is_exported_at_top_level():
    assert geoextract.build_graph is build_graph


def test_same_actor_across_documents_is_one_node(corpus):
    graph = build_graph(corpus)
    biden = graph.nodes["Q6279"]
    assert biden["name"] == "Joe Biden"
    assert biden["country"] == "USA"
    assert biden["kb_id"] == "Q6279"
    assert biden["label"] == "PERSON"
    assert biden["type"] == "actor"
    assert biden["documents"] == ["a1", "a2", "a3", "a4"]
    assert biden["n_documents"] == 4
    assert biden["mentions"] == 5  # two mentions in a2, one in each of the other three


def test_graph_has_one_edge_per_meeting_pair(corpus):
    graph = build_graph(corpus)
    assert isinstance(graph, nx.MultiGraph) and not graph.is_directed()
    assert graph.number_of_nodes() == 9
    # Biden–Xi in Lima, Biden–Xi by phone, a four-way call (6 pairs), the visit, two meetings.
    assert graph.number_of_edges() == 11
    assert graph.graph["meetings"] == 6
    assert graph.number_of_edges("Q6279", "Q15031") == 2


def test_unlinked_actor_is_keyed_by_name_and_country(corpus):
    graph = build_graph(corpus)
    assert "name:Charles Kupchan|USA" in graph
    assert graph.nodes["name:Charles Kupchan|USA"]["kb_id"] is None


def test_actor_key_without_country_uses_the_name_only(make):
    assert actor_key(make.entity("e0", "Jake  Sullivan")) == "name:Jake Sullivan"


def test_unlinked_spellings_differing_in_case_and_accents_are_one_node(make):
    docs = [
        make.document(
            "d1",
            "2024-01-01",
            [
                make.entity("e0", "José Ruiz", country="ESP"),
                make.entity("e1", "Ana Lima", country="BRA"),
            ],
            [make.relation(["e0", "e1"], date="2024-01-01")],
        ),
        make.document(
            "d2",
            "2024-05-01",
            [
                make.entity("e0", "JOSE  RUIZ", country="ESP"),
                make.entity("e1", "Ana Lima", country="BRA"),
            ],
            [make.relation(["e0", "e1"], date="2024-05-01")],
        ),
    ]
    graph = build_graph(docs)
    assert sorted(graph.nodes) == ["name:Ana Lima|BRA", "name:José Ruiz|ESP"]
    assert graph.nodes["name:José Ruiz|ESP"]["n_documents"] == 2


def test_same_name_in_two_countries_is_two_nodes(make):
    doc = make.document(
        "d1",
        "2024-01-01",
        [
            make.entity("e0", "Ali Khan", country="PAK"),
            make.entity("e1", "Ali Khan", country="AFG"),
        ],
        [make.relation(["e0", "e1"])],
    )
    assert set(build_graph([doc])) == {"name:Ali Khan|PAK", "name:Ali Khan|AFG"}


def test_meeting_edge_carries_attributes_and_provenance(corpus):
    graph = build_graph(corpus)
    ((key, edge),) = [(k, d) for k, d in graph["Q6279"]["Q15031"].items() if d["mode"] == "meet"]
    assert edge["type"] == "meet"
    assert edge["meeting"] == key
    assert edge["participants"] == ["Q15031", "Q6279"]
    assert edge["date"] == "2024-11-16"
    assert edge["status"] == "occurred"
    assert edge["statuses"] == ["planned", "occurred"]
    assert edge["topic"] == "trade"
    assert edge["topics"] == ["trade", "Trade and Taiwan"]
    assert edge["place"] == "the sidelines of the APEC summit in Lima"
    assert edge["confidence"] == 0.95
    assert edge["documents"] == ["a1", "a2", "a3"]
    assert edge["n_documents"] == 3
    assert edge["first_reported"] == "2024-11-12"
    assert edge["last_reported"] == "2024-11-17"
    assert edge["evidence"][1] == "Biden met Xi in Lima on Saturday."
    assert [p["document"] for p in edge["provenance"]] == ["a1", "a2", "a3"]
    assert edge["provenance"][0] == {
        "document": "a1",
        "document_date": "2024-11-12",
        "date": "2024-11-16",
        "status": "planned",
        "mode": "meet",
        "topic": "trade",
        "place": "the sidelines of the APEC summit in Lima",
        "confidence": 0.9,
        "trigger": "met",
        "evidence": "Biden will meet Xi on Saturday on the sidelines of the APEC summit in Lima.",
    }
    assert edge["provenance"][2]["date"] is None


def test_multilateral_meeting_gives_pairwise_edges_with_one_meeting_id(corpus):
    graph = build_graph(corpus)
    ministers = ["Q4773967", "Q15983", "Q3170213", "Q540143"]
    keys = {k for u, v, k in graph.subgraph(ministers).edges(keys=True)}
    assert graph.subgraph(ministers).number_of_edges() == 6
    assert len(keys) == 1
    (meeting,) = [m for m in meetings(graph) if m["meeting"] in keys]
    assert sorted(meeting["participants"]) == sorted(ministers)
    assert meeting["mode"] == "phone"


def test_meeting_ids_follow_dates_whatever_the_document_order(corpus):
    forward = build_graph(corpus)
    backward = build_graph(list(reversed(corpus)))

    def summary(graph):
        return sorted(
            (m["meeting"], tuple(m["participants"]), m["date"], tuple(m["documents"]))
            for m in meetings(graph)
        )

    assert summary(forward) == summary(backward)
    assert [m["date"] for m in meetings(forward)][:2] == ["2024-04-26", "2024-04-26"]


def test_build_graph_accepts_dicts_and_json_lines(corpus):
    from_models = build_graph(corpus)
    from_dicts = build_graph(d.model_dump() for d in corpus)
    from_json = build_graph(d.model_dump_json() for d in corpus)
    for graph in (from_dicts, from_json):
        assert sorted(graph.edges(keys=True)) == sorted(from_models.edges(keys=True))
        assert dict(graph.nodes(data=True)) == dict(from_models.nodes(data=True))


def test_error_records_are_skipped_and_counted(corpus):
    items = [
        corpus[0],
        {"id": "x", "error": "empty text", "position": 3},
        ErrorRecord(id="y", error="bad date", position=4),
        json.dumps({"id": "z", "error": "e", "position": 5}),
    ]
    graph = build_graph(items)
    assert graph.graph["documents"] == 1
    assert graph.graph["error_records"] == 3


def test_invalid_item_raises_coded_error_naming_its_position(corpus):
    with pytest.raises(GeoExtractValueError, match=r"E405.*Item 1 .*relations"):
        build_graph([corpus[0], {"text": "x", "relations": [{"mode": "dance"}]}])
    with pytest.raises(GeoExtractValueError, match=r"E405.*Item 0 .*invalid JSON"):
        build_graph(["{not json"])
    with pytest.raises(GeoExtractTypeError, match=r"E405.*got int"):
        build_graph([42])


def test_negative_window_is_rejected():
    with pytest.raises(GeoExtractValueError, match="E409"):
        build_graph([], window_days=-1)


def test_documents_without_id_get_their_position(make):
    doc = make.document(
        None, None, [make.entity("e0", "A"), make.entity("e1", "B")], [make.relation(["e0", "e1"])]
    )
    graph = build_graph([doc, doc])
    assert graph.nodes["name:A"]["documents"] == ["#0", "#1"]


def test_relation_with_fewer_than_two_known_participants_is_counted_not_added(make):
    doc = make.document(
        "d1",
        "2024-01-01",
        [make.entity("e0", "A"), make.entity("e1", "B")],
        [make.relation(["e0", "e9"]), make.relation(["e0", "e0"]), make.relation(["e0", "e1"])],
    )
    graph = build_graph([doc])
    assert graph.number_of_edges() == 1
    assert graph.graph["skipped_relations"] == 2
    assert graph.graph["unresolved_participants"] == 1


def test_host_missing_from_participants_still_takes_part(make):
    doc = make.document(
        "d1",
        "2024-01-01",
        [make.entity("e0", "A"), make.entity("e1", "B", "GPE")],
        [make.relation(["e0"], mode="visit", host="e1")],
    )
    graph = build_graph([doc])
    assert graph.has_edge("name:A", "name:B")
    assert next(iter(graph["name:A"]["name:B"].values()))["host"] == "name:B"


def test_isolated_actors_are_kept_only_on_request(corpus):
    assert "Q7184" not in build_graph(corpus)
    with_isolates = build_graph(corpus, isolates=True)
    assert "Q7184" in with_isolates
    assert with_isolates.degree("Q7184") == 0


def test_since_and_until_keep_meetings_by_date_or_publication_date(corpus):
    graph = build_graph(corpus, since="2024-11-01", until="2024-12-31")
    dates = sorted(m["date"] for m in meetings(graph))
    assert dates == ["2024-11-12", "2024-11-16", "2024-11-19"]
    assert graph.graph["out_of_range"] == 3  # the call of 2025, the two meetings of April
    assert "Q148" not in graph


def test_undated_report_is_placed_at_its_publication_date(corpus):
    graph = build_graph(corpus, since="2024-11-13", until="2024-11-16")
    (meeting,) = meetings(graph)
    assert meeting["documents"] == ["a1", "a2"]  # a3 has no meeting date and appeared on the 17th


def test_bad_since_date_is_a_coded_error(corpus):
    with pytest.raises(GeoExtractValueError, match=r"E404.*since.*'yesterday'"):
        build_graph(corpus, since="yesterday")


def test_roles_are_listed_on_the_person_node(corpus):
    graph = build_graph(corpus)
    assert graph.nodes["Q15983"]["roles"] == [
        {
            "title": "Foreign Minister",
            "country": "DEU",
            "org": None,
            "org_name": None,
            "qualifier": None,
            "role_type": None,
        }
    ]


def test_roles_option_adds_office_nodes_and_holds_edges(corpus):
    graph = build_graph(corpus, roles=True)
    office = "office:Foreign Minister|DEU"
    assert graph.nodes[office]["type"] == "office"
    assert graph.nodes[office]["country"] == "DEU"
    edge = graph.edges["Q15983", office, "holds"]
    assert edge["type"] == "holds"
    assert edge["confirmed"] is True
    assert edge["documents"] == ["a1"]
    assert edge["provenance"][0]["evidence"] == "Foreign Minister of DEU"


def test_roles_of_the_same_office_across_documents_are_one_edge(make):
    docs = [
        make.document(
            d,
            day,
            [make.entity("e0", **{"name": "Annalena Baerbock", "kb_id": "Q15983"})],
            roles=[make.role("e0", "Foreign Minister", country="DEU")],
        )
        for d, day in (("d1", "2024-01-01"), ("d2", "2024-02-01"))
    ] + [
        make.document(
            "d3",
            "2021-01-01",
            [make.entity("e0", "Annalena Baerbock", kb_id="Q15983")],
            roles=[make.role("e0", "Foreign Minister", country="DEU", qualifier="future")],
        )
    ]
    graph = build_graph(docs, roles=True)
    edges = graph.get_edge_data("Q15983", "office:Foreign Minister|DEU")
    assert set(edges) == {"holds", "holds|future"}
    assert edges["holds"]["documents"] == ["d1", "d2"]
    assert edges["holds"]["first_reported"] == "2024-01-01"
    assert edges["holds"]["last_reported"] == "2024-02-01"


def test_affiliations_option_adds_member_of_edges_to_the_organisation(make):
    doc = make.document(
        "d1",
        "2024-06-01",
        [
            make.entity("e0", "Mark Rutte", kb_id="Q57792", country="NLD"),
            make.entity("e1", "NATO", "ORG", kb_id="Q7184"),
        ],
        roles=[make.role("e0", "Secretary General", org="e1")],
    )
    graph = build_graph([doc], directed=True, roles=True, affiliations=True)
    member = graph.edges["Q57792", "Q7184", "member_of"]
    assert member["type"] == "member_of"
    assert member["titles"] == ["Secretary General"]
    assert graph.has_edge("Q57792", "office:Secretary General|Q7184")
    assert graph.nodes["office:Secretary General|Q7184"]["org_name"] == "NATO"
    assert not graph.has_edge("Q7184", "Q57792")
