"""People named by titles: the leader of a state the article names ("the leaders of Germany,
France, Russia and Ukraine" are the people of those states who hold an office on its date), and
the person a title word names ("the Secretary", "his German counterpart"); and the merge test
for talks told once by "the leaders of" states and again with their names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .meeting_groups import coordinated_people
from .meeting_lexicon import PEOPLE_NOUNS
from .meeting_mentions import ROLE_WORDS
from .meeting_syntax import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .meeting_actors import DocActors
    from .meeting_candidate import Candidate
    from .meeting_groups import Recent

#: Titles of crowned heads: "the monarch" is any of them the article names ("King X", "Emir Y").
_CROWNED = frozenset({"king", "queen", "emir", "amir", "sultan", "emperor", "empress"})
#: Words that tell one office of a title word from another ("prime", "foreign" minister).
_PORTFOLIO_WORDS = frozenset({"prime", "foreign", "defence", "defense", "finance", "interior", "deputy", "vice", "crown", "trade", "economy", "justice", "home"})
#: Title words of a head of state or government.
LEADER_TITLES = frozenset({"president", "chancellor", "prime", "premier", "king", "queen", "emir", "sultan", "leader"})


def state_leader(actors: DocActors, state: str, exclude: set[str]) -> str | None:
    """The one person of ``state`` the article names who leads it, or None.

    Someone of that state the meeting already counts is the one meant; else, among the people
    of that state in office on the article's date (not a "former" one), the one with a leader's
    title, else the only one; none where two could be meant.
    """
    country = actors.info[state].country
    counted = next((e for e in exclude if actors.info[e].is_person and actors.info[e].country == country), None)
    if counted is not None:
        return counted  # "X hosted talks between the leaders of his country, A and B": X is his country's
    former = {r.get("person") for r in actors.doc._.geo_roles or [] if r.get("qualifier") == "former"}
    people = list(dict.fromkeys(
        eid for _, eid in actors.person_mentions
        if eid not in exclude and eid not in former and actors.info[eid].country == country and actors.info[eid].official
    ))
    titled = [eid for eid in people if actors.titles.get(eid, set()) & LEADER_TITLES]
    if len(titled) == 1:
        return titled[0]
    return people[0] if len(people) == 1 and not titled else None


def titled_person(actors: DocActors, tok: Token, lemma: str, modifiers: list[str], exclude: set[str]) -> str | None:
    """The person told before whom a title word names ("the Secretary", "his German counterpart"),
    of the states ``modifiers`` name: the nearest before with the most title words in common."""
    countries = {actors.info[m].country for m in modifiers if actors.info[m].country}
    words = {c.lemma_.lower() for c in children_of(tok) if c.dep_ in {"compound", "amod"}} | {lemma}
    best: tuple[int, int] | None = None
    chosen: str | None = None
    for root_i, eid in actors.person_mentions:
        if eid in exclude:
            continue
        info = actors.info[eid]
        titles = actors.titles.get(eid, set())
        if lemma in {"monarch", "sovereign"} and titles & _CROWNED:
            titles = titles | {lemma}
        if countries and info.country is not None and info.country not in countries:
            continue
        if countries and info.country is None and lemma == "counterpart":
            continue
        if lemma == "counterpart":
            if not countries:
                continue
        elif lemma not in titles or (words & _PORTFOLIO_WORDS) - titles:
            continue  # "the prime minister" is no foreign minister
        overlap = len(words & titles)
        distance = tok.i - root_i if root_i < tok.i else 10_000 + root_i - tok.i
        rank = (-overlap, distance)
        if best is None or rank < best:
            best, chosen = rank, eid
    return chosen


def host_or_guest(actors: DocActors, tok: Token, exclude: set[str]) -> str | None:
    """"Lula and his host held talks", "Putin told his guest ...": of the people told before,
    the nearest one of another state than the one "his" names (a visit joins two states)."""
    owner = next((c for c in children_of(tok) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None and tok.tag_ == "NN":
        return the_visitor(actors, tok, exclude)
    if tok.lemma_.lower() not in {"host", "guest", "visitor"} or tok.tag_ != "NN" or owner is None:
        return None
    owners = actors.resolve_pronoun(owner, exclude).ids
    if len(owners) != 1:
        return None
    country = actors.info[owners[0]].country
    if country is None:
        return None  # no state to tell the other side by
    others = [eid for root_i, eid in actors.person_mentions if root_i < tok.i and eid not in exclude and actors.info[eid].country not in {None, country} and not _since_clause(actors.doc[root_i])]
    return others[-1] if others else None


def _since_clause(tok: Token) -> bool:
    """"the first state visit since X hosted Y": a name in a clause that only dates another event."""
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(c.dep_ == "mark" and c.lower_ == "since" for c in children_of(verb))


def the_visitor(actors: DocActors, tok: Token, exclude: set[str]) -> str | None:
    """"The visitor then called on X", "the guest", "the visiting minister": in a story filed from
    the host's country (its dateline), the nearest person told before who is of another state."""
    visiting = any(c.dep_ == "amod" and c.lower_ == "visiting" for c in children_of(tok))
    if not (visiting or tok.lemma_.lower() in {"guest", "visitor"}) or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok)):
        return None
    # imported here: the dateline module imports the actors' module, which imports this one
    from .meeting_dateline import find_dateline

    line = find_dateline(actors.doc, actors)
    if line is None or line.country is None:
        return None
    others = [eid for root_i, eid in actors.person_mentions if root_i < tok.i and eid not in exclude and actors.info[eid].country not in {None, line.country}]
    return others[-1] if others else None


def described_person(actors: DocActors, subject: Token, exclude: set[str]) -> str | None:
    """"The monarch, who arrived on Tuesday, will travel on to B, where he ...": the one person a
    singular title subject ("the monarch", "the chancellor") names."""
    if subject.lemma_.lower() not in ROLE_WORDS or subject.tag_ not in {"NN", "NNP"}:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(subject)):
        return None
    found = actors.resolve_description(subject, exclude).ids
    return found[0] if len(found) == 1 and actors.info[found[0]].is_person else None


def each_one(actors: DocActors, tok: Token, exclude: set[str], recent: Recent | None) -> list[str] | None:
    """"held separate talks with each leader", "with each of them": the people told before (one
    meeting with each where the talks are separate); None where ``tok`` says no "each"."""
    if tok.lower_ != "each" and not any(c.dep_ == "det" and c.lower_ == "each" for c in children_of(tok)):
        return None
    inner = next((p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"), None)
    if inner is not None:
        return actors.resolve_np(inner, exclude, recent).ids
    if (tok.lower_ == "each" and tok.dep_ != "pobj") or (tok.lower_ != "each" and tok.lemma_.lower() not in PEOPLE_NOUNS):
        return None  # "Each said ...": no one told; "with each leader", "with each"
    # the latest meeting told with the subject ("Biden also held separate talks with each leader": Biden's), less the subject
    subjects = {e for a in tok.ancestors for c in children_of(a) if c.dep_ == "nsubj" and (e := actors.actor_at(c)) is not None}
    told = next((ids for size in (3, 4, 5, 6, 2) if recent and (ids := recent(tok.i, size, among=subjects))), [])
    found = [i for i in coordinated_people(actors, tok, exclude) or told if i not in exclude and i not in subjects]
    if found or tok.lemma_.lower() not in {"leader", "side", "president", "minister"}:
        return found
    # "X announced the deal alongside A and B. X held separate meetings with each leader": the people last told
    k = actors.sent_of.get(tok.i, 0)
    start = actors.sents[max(0, k - 1)].start
    named = [e for root_i, e in actors.person_mentions if start <= root_i < tok.i and e not in exclude and e not in subjects]
    return list(dict.fromkeys(named)) if len(set(named)) >= 2 else []


def leaders_then_people(a: Candidate, b: Candidate, actors: DocActors) -> bool:
    """"The leaders of A and B reached a deal on Saturday. X and Y began negotiating on Friday
    ...": talks told by the states' leaders, then again with their names (and perhaps a host)."""
    if a.status != b.status or a.remote != b.remote:
        return False
    for side, other in ((a, b), (b, a)):
        if len(side.participants) >= 2 and set(side.participants) <= set(other.participants) and _told_as_leaders(side, actors):
            return True
    return False


def _told_as_leaders(m: Candidate, actors: DocActors) -> bool:
    """Whether the sentence of ``m`` names its people as "the leaders of" states."""
    return any(
        tok.lemma_.lower() in {"leader", "head"} and tok.tag_ in {"NNS", "NNPS"}
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok))
        for tok in actors.sents[m.sent_index]
    )


def leaders_instead(actors: DocActors, tok: Token, people: list[str], size: int, exclude: set[str]) -> list[str]:
    """"The two leaders" where the pair read holds an envoy or a minister, not a leader: the
    leaders one recent sentence names together, else the last ``size`` people told with a
    leader's title ("X met Kosovo's prime minister ... held talks with Serbia's president ... The
    two leaders are due to meet Y"), else ``people``."""
    if tok.lemma_.lower() != "leader" or tok.tag_ != "NNS" or all(actors.titles.get(p, set()) & LEADER_TITLES or not actors.titles.get(p) for p in people):
        return people
    k = actors.sent_of.get(tok.i, 0)
    told = [(actors.sent_of.get(root_i, 0), eid) for root_i, eid in actors.person_mentions if actors.sents[max(0, k - 3)].start <= root_i < tok.i and eid not in exclude and actors.titles.get(eid, set()) & LEADER_TITLES]
    for j in range(k, k - 4, -1):  # the leaders one sentence names together ("A met B ... The two leaders will meet again")
        together = list(dict.fromkeys(eid for s, eid in told if s == j))
        if len(together) == size:
            return together
    leaders = list(dict.fromkeys(eid for _, eid in reversed(told)))
    return list(reversed(leaders[:size])) if len(leaders) >= size else people
