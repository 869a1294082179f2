"""The leader of a state the article names: "the leaders of Germany, France, Russia and Ukraine"
are the people of those states the article names who hold an office on its date."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .meeting_actors import DocActors

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
