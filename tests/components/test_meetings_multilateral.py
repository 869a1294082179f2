"""Multilateral meetings: attendee lists ("among them A, B and C" too), attendance told in relative
clauses, convening groupings.

Integration cases run the full pipeline (session fixture ``nlp``) on sentences written for
these tests; each must yield exactly the relations listed. The unit test at the end checks
the subject recovery of a misparsed sentence on a hand-made Doc.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from meeting_cases import Expected, check
from spacy.tokens import Doc, Span

import geoextract
from geoextract.components.meeting_actors import DocActors
from geoextract.components.meeting_agents import agents as _agents
from geoextract.components.meeting_participants import ParticipantFinder
from geoextract.extensions import install_extensions

CASES: list[tuple[str, str, Expected]] = [
    # a list whose second name the parser hangs on the first as an apposition ("X, Mexico's Y, ...")
    (
        "Biden welcomed Canadian Prime Minister Justin Trudeau, Mexico's Andres Manuel Lopez Obrador, Guatemala's "
        "Alejandro Giammattei and Chilean President Gabriel Boric at the White House on Friday.",
        "2023-11-04",
        [({"Joe Biden", "Justin Trudeau", "Andrés Manuel López Obrador", "Alejandro Giammattei", "Gabriel Boric"}, {"mode": "multilateral", "status": "occurred"})],
    ),
    # a courtesy call on an office holder told by title only
    (
        "British Foreign Secretary James Cleverly arrived in Warsaw on Monday and paid a courtesy call on Poland's president.",
        "2023-03-01",
        [({"James Cleverly", "Andrzej Duda"}, {"mode": "visit", "status": "occurred"})],
    ),
    # participles that convene and host talks, hung after the talks' topic; attendance in a "who" clause
    (
        "Leaders gathered in Georgetown on Monday for emergency talks on regional security, convened by the Organization "
        "of American States and hosted by Guyanese President Irfaan Ali. Canadian Prime Minister Justin Trudeau, who "
        "attended, promised new funding.",
        "2023-07-04",
        [({"Organization of American States", "Irfaan Ali", "Justin Trudeau"}, {"mode": "multilateral", "status": "occurred"})],
    ),
    # "who also took part" on a person named by title and apposition
    (
        "German Chancellor Olaf Scholz held talks with Indian Prime Minister Narendra Modi in New Delhi on Saturday. "
        "Germany's foreign minister, Annalena Baerbock, who also took part, announced a visa deal.",
        "2023-02-26",
        [({"Olaf Scholz", "Narendra Modi", "Annalena Baerbock"}, {"status": "occurred"})],
    ),
    # a negated "who" clause: the person stayed away from the talks
    (
        "Spanish Prime Minister Pedro Sanchez met Moroccan King Mohammed VI in Rabat on Wednesday. French President "
        "Emmanuel Macron, who did not take part in the meeting, spoke to reporters in Paris.",
        "2023-02-02",
        [({"Pedro Sánchez", "Mohammed VI of Morocco"}, {"status": "occurred"})],
    ),
    # a negation in a clause the meeting phrase was misattached to does not cancel the meeting
    (
        "Indian Prime Minister Narendra Modi told Japanese Prime Minister Fumio Kishida on Monday that the region was "
        "not a place for coercion, in their meeting in Tokyo.",
        "2023-05-23",
        [({"Narendra Modi", "Fumio Kishida"}, {"status": "occurred"})],
    ),
    # a meeting that is only a prospect states no meeting
    (
        "The talks were seen as preparing a possible summit between Chinese President Xi Jinping and Indian Prime "
        "Minister Narendra Modi.",
        "2023-08-20",
        [],
    ),
    # "..., with President X hosting leaders from A, B and C": the parser reads "X hosting" as a
    # modifier of the leaders; X hosts the summit
    (
        "Kenya held a summit on Sudan in Nairobi on Monday, with President William Ruto hosting leaders from Ethiopia, Uganda and South Sudan.",
        "2025-03-04",
        [({"William Ruto", "Ethiopia", "Uganda", "South Sudan"}, {"status": "occurred", "date": "2025-03-03", "place": "Nairobi"})],
    ),
    # the leaders of a grouping who gathered "for a retreat" (elsewhere a place noun) meet
    (
        "SUVA (AAP) - Pacific Islands Forum leaders gathered in Suva on Thursday for a retreat meant to heal a rift in the region. "
        "Fiji's Prime Minister Frank Bainimarama, the forum chair, hosted the talks, with Australia's Anthony Albanese among those "
        "at the table.",
        "2022-07-14",
        [
            (
                {"Pacific Islands Forum", "Frank Bainimarama", "Anthony Albanese"},
                {"status": "occurred", "mode": "multilateral", "date": "2022-07-14", "place": "Suva"},
            )
        ],
    ),
    # one sentence tells the gathering twice ("days before the first summit since the pandemic"):
    # one meeting, dated by the telling that has a day
    (
        "SUVA (AAP) - Pacific Islands Forum leaders gathered in Suva on Thursday for a retreat meant to heal a rift in the region, "
        "after Kiribati quit the bloc days before the first in-person summit since the pandemic. Fiji's Prime Minister Frank "
        "Bainimarama, the forum chair, hosted the talks, with Australia's Anthony Albanese among those at the table.",
        "2022-07-14",
        [({"Pacific Islands Forum", "Frank Bainimarama", "Anthony Albanese"}, {"status": "occurred", "date": "2022-07-14"})],
    ),
    # "opened a Group of 20 summit": the parser makes the summit the object of the name's "of";
    # the summit is still the grouping's
    (
        "RIYADH (Reuters) - Saudi Arabia's King Salman opened a two-day Group of 20 summit by video link on Saturday, urging "
        "leaders to close the funding gap for vaccines. Russia's Vladimir Putin told the summit that Moscow would supply its shot "
        "to those who needed it.",
        "2020-11-22",
        [({"G20", "Salman of Saudi Arabia", "Vladimir Putin"}, {"status": "occurred", "date": "2020-11-21"})],
    ),
    # "CITY (AP) — Leaders of the G7 pledged ..., on the second day of their summit" (the parser hangs
    # the subject on the dateline): the grouping's gathering, whose people the next sentence names
    (
        "HIROSHIMA, Japan (AP) — Leaders of the Group of Seven rich democracies pledged on Saturday to keep arming Ukraine, on the "
        "second day of their summit in the city. Japanese Prime Minister Fumio Kishida, the host, welcomed U.S. President Joe Biden, "
        "Germany's Olaf Scholz and France's Emmanuel Macron to the Peace Memorial Park on Friday.",
        "2023-05-20",
        [({"G7", "Fumio Kishida", "Joe Biden", "Olaf Scholz", "Emmanuel Macron"}, {"status": "occurred", "mode": "multilateral"})],
    ),
    # the same with a person named at the grouping's summit first: "X appeared at the G7 summit. The
    # host welcomed him alongside A, B and C"
    (
        "HIROSHIMA, Japan (AP) — Ukrainian President Volodymyr Zelenskyy appeared in person at the Group of Seven summit on Sunday. "
        "Prime Minister Fumio Kishida, the host, welcomed him alongside Joe Biden of the United States, Emmanuel Macron of France "
        "and Germany's Olaf Scholz.",
        "2023-05-21",
        [
            (
                {"G7", "Volodymyr Zelenskyy", "Fumio Kishida", "Joe Biden", "Emmanuel Macron", "Olaf Scholz"},
                {"status": "occurred", "date": "2023-05-21"},
            )
        ],
    ),
    # "X joined Britain's Y and other leaders at the convention centre": at the gathering told before
    # (without "other leaders", a meeting of X and Y: a guard)
    (
        "NEW DELHI — Group of 20 leaders wrapped up their summit in New Delhi on Sunday. U.S. President Joe Biden, who held talks "
        "with Indian Prime Minister Narendra Modi at his residence on Friday evening, joined Britain's Rishi Sunak and other leaders "
        "at the Bharat Mandapam convention centre.",
        "2023-09-10",
        [
            ({"G20", "Joe Biden", "Rishi Sunak"}, {"status": "occurred", "date": "2023-09-10", "place": "New Delhi"}),
            ({"Joe Biden", "Narendra Modi"}, {"status": "occurred", "date": "2023-09-08"}),
        ],
    ),
    (
        "U.S. President Joe Biden joined Britain's Rishi Sunak at the convention centre on Sunday.",
        "2023-09-10",
        [({"Joe Biden", "Rishi Sunak"}, {"status": "occurred", "mode": "meet"})],
    ),
    # "sat down with executives, among them A, B and C": the parser hangs A on the verb, "among them" on A
    (
        "Saudi Crown Prince Mohammed bin Salman sat down on Tuesday with some of America's best-known bankers, among them "
        "JPMorgan's Jamie Dimon, BlackRock chief executive Larry Fink and Blackstone founder Stephen Schwarzman, at a hotel in Riyadh.",
        "2023-10-25",
        [({"Mohammed bin Salman", "Jamie Dimon", "Larry Fink", "Stephen Schwarzman"}, {"status": "occurred", "date": "2023-10-24"})],
    ),
    # "X hosted the leaders, who included A and B": the leaders of the summit told before
    (
        "DAR ES SALAAM (Reuters) - East and southern African leaders called on Saturday for a ceasefire in eastern Congo at a joint "
        "summit of their two regional blocs. The meeting was co-chaired by Kenyan President William Ruto and Zimbabwe's Emmerson "
        "Mnangagwa. Tanzanian President Samia Suluhu Hassan hosted the leaders, who included Cyril Ramaphosa of South Africa and "
        "Uganda's Yoweri Museveni.",
        "2025-02-08",
        [
            (
                {"William Ruto", "Emmerson Mnangagwa", "Samia Suluhu Hassan", "Cyril Ramaphosa", "Yoweri Museveni"},
                {"status": "occurred", "date": "2025-02-08"},
            )
        ],
    ),
    # what the leaders discussed over a dinner on another day is no topic of the summit
    (
        "SOFIA (Reuters) - European Union leaders told six Western Balkan countries on Thursday that their future lay in the bloc, "
        "at the first such summit in 15 years. Bulgarian Prime Minister Boyko Borisov hosted the meeting with European Council "
        "President Donald Tusk and Serbian President Aleksandar Vucic. Over dinner on Wednesday, Tusk and the EU leaders discussed "
        "the Iran nuclear deal.",
        "2018-05-17",
        [({"European Union", "Boyko Borisov", "Donald Tusk", "Aleksandar Vučić"}, {"status": "occurred", "date": "2018-05-17", "topic": None})],
    ),
    # "chaired Friday's leaders' session" is a sitting of the summit (past the talks of two told
    # since), and "..., which Y attended" hung on the place is attendance of it
    (
        "SAMARKAND (Reuters) - Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping on Friday at a summit of the "
        "Shanghai Cooperation Organisation. A day earlier Xi had held talks with Russian President Vladimir Putin. Uzbek President "
        "Shavkat Mirziyoyev chaired Friday's leaders' session in the ancient city, which Turkish President Tayyip Erdogan attended "
        "as a guest.",
        "2022-09-16",
        [
            (
                {"Kassym-Jomart Tokayev", "Xi Jinping", "Shanghai Cooperation Organisation", "Shavkat Mirziyoyev", "Recep Tayyip Erdoğan"},
                {"status": "occurred", "date": "2022-09-16"},
            ),
            ({"Xi Jinping", "Vladimir Putin"}, {"status": "occurred", "date": "2022-09-15"}),
        ],
    ),
    # "X, attending his last G20 summit, joined A, B and C": the people X joined were at that summit (and
    # the one handed the presidency in "closed the summit, passing the rotating presidency to Y")
    (
        "RIO DE JANEIRO — Luiz Inácio Lula da Silva closed the Group of 20 summit in Rio de Janeiro on Tuesday, passing the rotating "
        "presidency to South Africa's Cyril Ramaphosa, who will host the leaders in Johannesburg next November. The Brazilian "
        "president had opened the meeting a day earlier by launching a global alliance against hunger and poverty. U.S. President "
        "Joe Biden, attending his last G20 summit, joined China's Xi Jinping, Narendra Modi of India and Argentina's Javier Milei, "
        "whose delegation had objected to parts of the joint declaration.",
        "2024-11-19",
        [
            (
                {"G20", "Luiz Inácio Lula da Silva", "Cyril Ramaphosa", "Joe Biden", "Xi Jinping", "Narendra Modi", "Javier Milei"},
                {"status": "occurred", "date": "2024-11-19"},
            )
        ],
    ),
    # "X and Y, who held talks on the sidelines a day earlier, ...": the relative hangs on Y but
    # stands for both (with an object of its own, "who met Z", it is Y's alone: a guard)
    (
        "The Shanghai Cooperation Organisation admitted Belarus as a member on Thursday at a summit in Astana. Chinese President Xi "
        "Jinping and Russia's Vladimir Putin, who held talks on the sidelines a day earlier, used the gathering to criticise Western "
        "bloc politics.",
        "2024-07-04",
        [
            ({"Shanghai Cooperation Organisation", "Xi Jinping", "Vladimir Putin"}, {"status": "occurred", "date": "2024-07-04"}),
            ({"Xi Jinping", "Vladimir Putin"}, {"status": "occurred", "date": "2024-07-03"}),
        ],
    ),
    (
        "Chinese President Xi Jinping and Russia's Vladimir Putin, who met Kazakh President Kassym-Jomart Tokayev on Wednesday, "
        "criticised Western bloc politics.",
        "2024-07-04",
        [({"Vladimir Putin", "Kassym-Jomart Tokayev"}, {"status": "occurred", "date": "2024-07-03"})],
    ),
    # "who met dozens of times": a count of times is no counterpart of its own
    (
        "The accord was drafted by teams led by Armenian Deputy Prime Minister Mher Grigoryan and his Azerbaijani counterpart "
        "Shahin Mustafayev, who met dozens of times over the past year.",
        "2024-08-30",
        [({"Mher Grigoryan", "Shahin Mustafayev"}, {"status": "occurred", "date": None})],
    ),
    # attendance told with nothing to attend is no meeting, and no trip takes it in
    (
        "Ukrainian President Volodymyr Zelenskyy, who attended, pledged money for a mission to Kenya.",
        "2023-05-23",
        [],
    ),
    # "Among the leaders at the table were X, Y and Z": people placed at the gathering, after the fronted phrase
    (
        "Japanese Prime Minister Shinzo Abe opened the Group of 20 summit in Osaka on Friday. Among the leaders at the table "
        "were Donald Trump, Xi Jinping and Narendra Modi.",
        "2019-06-29",
        [({"G20", "Shinzo Abe", "Donald Trump", "Xi Jinping", "Narendra Modi"}, {"mode": "multilateral", "date": "2019-06-28"})],
    ),
    # a guard: "Among those attending were X, Y and Z" (read before this rule too)
    (
        "Japanese Prime Minister Shinzo Abe opened the Group of 20 summit in Osaka on Friday. Among those attending were "
        "Donald Trump, Xi Jinping and Narendra Modi.",
        "2019-06-29",
        [({"G20", "Shinzo Abe", "Donald Trump", "Xi Jinping", "Narendra Modi"}, {"mode": "multilateral", "date": "2019-06-28"})],
    ),
    # "hosted the session, which was chaired by Y": a definite sitting someone hosts is the gathering told
    (
        "Leaders of the Pacific Islands Forum met in Nadi on Friday. Fijian Prime Minister Sitiveni Rabuka hosted the session, "
        "which was chaired by the forum's secretary general, Henry Puna.",
        "2023-02-25",
        [({"Pacific Islands Forum", "Sitiveni Rabuka", "Henry Puna"}, {"mode": "multilateral", "date": "2023-02-24"})],
    ),
    # "X and Y were among those in the hall, along with Z and W": the "along with" people too
    (
        "Kenyan President William Ruto opened the East African Community summit in Arusha on Friday. Tanzanian President Samia "
        "Suluhu Hassan and Ugandan President Yoweri Museveni were among those in the hall, along with Rwanda's Paul Kagame and "
        "Burundi's Evariste Ndayishimiye.",
        "2023-11-25",
        [
            (
                {"William Ruto", "East African Community", "Samia Suluhu Hassan", "Yoweri Museveni", "Paul Kagame", "Évariste Ndayishimiye"},
                {"mode": "multilateral", "date": "2023-11-24"},
            )
        ],
    ),
    # "X took over the chairmanship from Y as the bloc's summit opened": the clause the opening dates
    (
        "Angolan President Joao Lourenco took over the rotating chairmanship of the African Union on Saturday from Mauritania's "
        "Mohamed Ould Ghazouani as the bloc's annual summit opened in Addis Ababa.",
        "2025-02-16",
        [({"African Union", "João Lourenço", "Mohamed Ould Ghazouani"}, {"mode": "multilateral", "date": "2025-02-15"})],
    ),
    # "closed the summit, passing the rotating presidency to Y": the one handed the office was there
    (
        "Indonesian President Joko Widodo closed the Group of 20 summit in Bali on Wednesday, passing the rotating presidency "
        "to Indian Prime Minister Narendra Modi.",
        "2022-11-16",
        [({"G20", "Joko Widodo", "Narendra Modi"}, {"mode": "multilateral", "date": "2022-11-16"})],
    ),
    # "attended the East Asia Summit": a gathering whose name ends in "Summit" is a summit of that body
    (
        "Leaders from 16 countries attended the East Asia Summit in Jakarta on Thursday, hosted by Indonesian President Joko Widodo.",
        "2023-09-07",
        [({"East Asia Summit", "Joko Widodo"}, {"mode": "multilateral", "date": "2023-09-07"})],
    ),
    (
        "Regional leaders opened the East Asia Summit in Jakarta on Thursday. Indonesian President Joko Widodo chaired the meeting.",
        "2023-09-07",
        [({"East Asia Summit", "Joko Widodo"}, {"mode": "multilateral", "date": "2023-09-07"})],
    ),
    # "The leaders of Serbia and Kosovo": each state's leader the article names, in office that day
    (
        "The leaders of Serbia and Kosovo held talks in Ohrid on Saturday, hosted by EU foreign policy chief Josep Borrell. "
        "Serbian President Aleksandar Vucic said he would not sign anything. Kosovo Prime Minister Albin Kurti said the deal "
        "was binding.",
        "2023-03-20",
        [({"Aleksandar Vučić", "Albin Kurti", "Josep Borrell"}, {"status": "occurred", "date": "2023-03-18"})],
    ),
    # "leaders of the 16-nation SADC bloc": the body named before the common noun of the "of" phrase
    (
        "Tanzanian President John Magufuli hosted leaders of the 16-nation SADC bloc in Dar es Salaam on Saturday.",
        "2019-08-18",
        [({"John Magufuli", "Southern African Development Community"}, {"mode": "multilateral", "date": "2019-08-17"})],
    ),
]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_multilateral_meetings(nlp: Any, text: str, date: str, expected: Expected) -> None:
    check(nlp, text, date, expected)


def test_subject_recovered_when_the_parser_takes_it_for_the_object_of_a_date_phrase() -> None:
    """"On Friday Smith held talks with Jones", parsed as "On [Friday Smith]": Smith holds the talks."""
    install_extensions()
    nlp = spacy.blank("en")
    words = ["On", "Friday", "Smith", "held", "talks", "with", "Jones", "."]
    heads = [3, 2, 0, 3, 3, 4, 5, 3]
    deps = ["prep", "compound", "pobj", "ROOT", "dobj", "prep", "pobj", "punct"]
    tags = ["IN", "NNP", "NNP", "VBD", "NNS", "IN", "NNP", "."]
    pos = ["ADP", "PROPN", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    lemmas = ["on", "Friday", "Smith", "hold", "talk", "with", "Jones", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    doc.ents = [Span(doc, 2, 3, label="PERSON"), Span(doc, 6, 7, label="PERSON")]
    doc._.geo_entities = [
        {"id": "e0", "name": "Smith", "label": "PERSON", "mentions": [{"start": 10, "end": 15, "text": "Smith"}]},
        {"id": "e1", "name": "Jones", "label": "PERSON", "mentions": [{"start": 33, "end": 38, "text": "Jones"}]},
    ]
    actors = DocActors(doc)
    found = ParticipantFinder(actors, lambda i, size, among=(): []).of_noun(doc[4], "meet")
    assert set(found.ids) == {"e0", "e1"}
    # a person who is the object of an earlier verb is no subject: "after meeting Smith, held talks" stays as parsed
    doc[3].tag_ = "VBN"
    assert "e0" not in ParticipantFinder(actors, lambda i, size, among=(): []).of_noun(doc[4], "meet").ids


def test_name_after_a_stranded_by_is_the_agent() -> None:
    """"A summit hosted by President Ana Ruiz turned sour", parsed with "Ruiz" as the subject of
    "turned" and "by" left with no object: Ruiz hosted the summit. A "by" with a name of its own
    keeps it."""
    nlp = spacy.blank("en")
    words = ["A", "summit", "hosted", "by", "Peruvian", "President", "Ana", "Ruiz", "turned", "sour", "."]
    heads = [1, 8, 1, 2, 5, 7, 7, 8, 8, 8, 8]
    deps = ["det", "nsubj", "acl", "agent", "amod", "compound", "compound", "nsubj", "ROOT", "acomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "ADJ", "PROPN", "PROPN", "PROPN", "VERB", "ADJ", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 4, 5, label="NORP"), Span(doc, 6, 8, label="PERSON")]
    assert [t.text for t in _agents(doc[2])] == ["Ruiz"]
    # parsed as it should be: the object of "by"
    heads = [1, 8, 1, 2, 7, 7, 7, 3, 8, 8, 8]
    deps = ["det", "nsubj", "acl", "agent", "amod", "compound", "compound", "pobj", "ROOT", "acomp", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 4, 5, label="NORP"), Span(doc, 6, 8, label="PERSON")]
    assert [t.text for t in _agents(doc[2])] == ["Ruiz"]
    # no name after the stranded "by": no agent
    heads = [1, 8, 1, 2, 7, 7, 7, 8, 8, 8, 8]
    deps = ["det", "nsubj", "acl", "agent", "amod", "compound", "compound", "nsubj", "ROOT", "acomp", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 4, 5, label="NORP")]
    assert _agents(doc[2]) == []


@pytest.mark.integration
def test_a_grouping_found_from_its_chair_is_listed_once(nlp: Any) -> None:
    """The grouping a chair presides joins the meeting first, and once, though the meeting named it already."""
    text = (
        "DAR ES SALAAM, Feb 8 (Reuters) - East and southern African leaders called on Saturday for an immediate ceasefire in "
        "eastern Congo, at a rare joint summit of their two regional blocs. The meeting was co-chaired by Kenyan President William "
        "Ruto, who heads the East African Community, and Zimbabwe's Emmerson Mnangagwa, current chair of the Southern African "
        "Development Community."
    )
    doc = geoextract.extract(text, date="2025-02-08", nlp=nlp)
    names = {e.id: e.name for e in doc.entities}
    assert doc.relations
    for relation in doc.relations:
        assert len(relation.participants) == len(set(relation.participants)), [names[p] for p in relation.participants]
    assert names[doc.relations[0].participants[0]] == "Southern African Development Community"


def test_state_leader_prefers_a_counted_person_then_a_titled_one() -> None:
    """Unit test of ``state_leader`` on a stand-in for the document's actors."""
    from types import SimpleNamespace

    from geoextract.components.meeting_actors import ActorInfo
    from geoextract.components.meeting_leaders import state_leader

    info = {
        "tur": ActorInfo("tur", "Turkey", "GPE", "country", "TUR"),
        "erdogan": ActorInfo("erdogan", "Recep Tayyip Erdoğan", "PERSON", None, "TUR", official=True),
        "fidan": ActorInfo("fidan", "Hakan Fidan", "PERSON", None, "TUR", official=True),
        "gul": ActorInfo("gul", "Abdullah Gül", "PERSON", None, "TUR", official=True),
    }
    titles = {"erdogan": {"president"}, "fidan": {"foreign", "minister"}, "gul": {"president"}}
    roles = [{"person": "gul", "qualifier": "former"}]
    actors = SimpleNamespace(
        info=info, titles=titles, person_mentions=[(0, "erdogan"), (5, "fidan"), (9, "gul")], doc=SimpleNamespace(_=SimpleNamespace(geo_roles=roles))
    )
    assert state_leader(actors, "tur", set()) == "erdogan"  # the titled leader, not the former one
    assert state_leader(actors, "tur", {"fidan"}) == "fidan"  # someone of that state already counted
    assert state_leader(actors, "tur", {"erdogan"}) == "erdogan"
    del titles["erdogan"]
    assert state_leader(actors, "tur", set()) is None  # two in office, no leader's title: either could be meant
