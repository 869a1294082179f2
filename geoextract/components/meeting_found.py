"""The participants one trigger yields, and two readers of who stands behind a meeting's parties.

``Found`` collects the ids, host and flags of one trigger for :mod:`.meeting_participants`;
"under the auspices of X" names a go-between, "talks between Riyadh and Tehran" two states.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .meeting_actors import DocActors, NPResult
from .meeting_agents import agents
from .meeting_groups import person_in_np
from .meeting_lexicon import COLLECTIVE_NOUNS, HOSTING_VERBS, SIDE_NOUNS, SIGN_VERBS
from .meeting_phrases import _is_passive as is_passive
from .meeting_syntax import children_of, conjuncts

#: Nouns of a go-between's role in "under the X of Y" ("under the auspices of", "under the sponsorship of").
AUSPICES: frozenset[str] = frozenset({"auspices", "aegis", "mediation", "chairmanship", "patronage", "sponsorship", "facilitation"})


@dataclass
class Found:
    """Participants of one trigger."""

    ids: list[str] = field(default_factory=list)
    host: str | None = None
    lost_subject: bool = False  # the verb has a subject nobody could be found for ("she met X")
    unresolved_group: bool = False
    resolved: int = 0
    split_objects: list[str] = field(default_factory=list)
    climbed: bool = False
    governor: Token | None = None

    def take(self, res: NPResult) -> list[str]:
        added = [i for i in res.ids if i not in self.ids]
        self.ids.extend(added)
        self.unresolved_group = self.unresolved_group or res.unresolved_group
        self.resolved += int(res.resolved and bool(res.ids))
        return res.ids


def auspices_mediators(under: Token) -> list[Token]:
    """The go-betweens of "under the auspices of X", "under the sponsorship of X, Y and Z" (their heads)."""
    return [
        mediator
        for pobj in children_of(under)
        if pobj.dep_ == "pobj" and pobj.lower_ in AUSPICES
        for of in children_of(pobj)
        if of.dep_ == "prep" and of.lower_ == "of"
        for mediator in children_of(of)
        if mediator.dep_ == "pobj"
    ]


def mediators_under(tok: Token) -> list[Token]:
    """The go-betweens of the "under the auspices of X" phrases hung on ``tok``."""
    return [m for prep in children_of(tok) if prep.dep_ == "prep" and prep.lower_ == "under" for m in auspices_mediators(prep)]


def capitals_for_states(actors: DocActors, pobj: Token) -> list[str]:
    """The states two or more cities stand for as the parties "between" which talks are held.

    Only when every party is a city whose state the document names: "talks between Riyadh
    and Tehran" are talks of Saudi Arabia and Iran; "between Riyadh and Houthi rebels" is left alone.
    """
    info = actors.info
    states = {a.country: a.id for a in info.values() if a.is_actor and not a.is_person and a.label in {"GPE", "NORP"} and a.country}
    found: list[str] = []
    for conj in conjuncts(pobj):
        eid = actors.entity_at(conj)
        city = info[eid] if eid is not None else None
        if city is None or city.kind != "city" or city.country not in states:
            return []
        found.append(states[city.country])
    return found if len(set(found)) >= 2 else []


def named_grouping(actors: DocActors, noun: Token, exclude: list[str]) -> list[str]:
    """The grouping named as a modifier of "group", "bloc" ("the C5+1 group"), when the noun itself is no entity."""
    for mod in children_of(noun):
        if mod.dep_ in {"compound", "nmod"}:
            eid = actors.actor_at(mod)
            if eid is not None and actors.info[eid].grouping and eid not in exclude:
                return [eid]
    return []


#: Offices handed from one member to the next at a grouping's meeting.
HANDED_OFFICES: frozenset[str] = frozenset({"chairmanship", "chairpersonship", "presidency", "chair", "leadership"})


#: What a new chair receives from the last ("received the post from Y", "the gavel").
_RECEIVED_POSTS: frozenset[str] = HANDED_OFFICES | {"post", "gavel", "baton"}


def handover(verb: Token) -> bool:
    """"took over the rotating chairmanship (from Y)", "handed (over) the presidency to Y": both at the meeting."""
    lemma = verb.lemma_.lower()
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in children_of(verb))
    to = lemma in {"hand", "pass"} and any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(verb))
    # "received the post (the gavel) from Y": the new chair's side of it
    taken = lemma == "receive" and any(c.dep_ == "prep" and c.lower_ == "from" for c in children_of(verb))
    if lemma not in {"take", "hand", "pass", "receive"} or not (over or to or taken):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in (_RECEIVED_POSTS if taken else HANDED_OFFICES) for c in children_of(verb))


def handed_over_to(verb: Token, *, own: bool) -> list[Token]:
    """The people a handover names: "took over the chairmanship from Y" (``own``: the verb's own
    handover), "closed the summit, passing the rotating presidency to Y" (a participle's)."""
    if verb.lemma_.lower() == "succeed" and verb.dep_ == "advcl" and handover(verb.head):
        return [o for o in children_of(verb) if o.dep_ == "dobj"]  # "took over the chair, succeeding Y at the summit"
    clauses = [verb] if own else []
    clauses += [c for c in children_of(verb) if c.dep_ in {"advcl", "conj"} and c.tag_ == "VBG"]
    # "Leaders ended their summit ..., and X handed the rotating presidency to Y": a clause of its own, its subject too
    joined = [c for c in children_of(verb) if c.dep_ == "conj" and c.tag_ in {"VBD", "VBZ"} and handover(c)]
    return successions(verb, clauses, own=own) + [
        p for clause in clauses if handover(clause)  # the parser may hang "from Y" on the office
        for c in [*children_of(clause), *(g for o in children_of(clause) if o.dep_ == "dobj" for g in children_of(o))]
        if c.dep_ == "prep" and c.lower_ in {"from", "to"} for p in children_of(c) if p.dep_ == "pobj"
    ] + [
        p for clause in joined
        for c in children_of(clause) if c.dep_ == "nsubj" or (c.dep_ == "prep" and c.lower_ in {"from", "to"})
        for p in ([c] if c.dep_ == "nsubj" else [q for q in children_of(c) if q.dep_ == "pobj"])
    ] + [  # "took over the presidency of Mercosur", "the ECOWAS chairmanship": the body whose chair it is
        g for clause in clauses if handover(clause) for o in children_of(clause) if o.dep_ == "dobj"
        for g in [*(c for c in children_of(o) if c.dep_ == "compound" and c.ent_type_ == "ORG"), *(p for c in children_of(o) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj")]
    ]


def successions(verb: Token, clauses: list[Token], *, own: bool) -> list[Token]:
    """The one handing over, and the one taking over, at a meeting: "X took over the chairmanship,
    succeeding Y" (Y), "X succeeded Y, who handed over at the summit" (X). "At the summit, X
    succeeded Y" alone does not name Y: X may succeed someone long gone."""
    found = [
        o for clause in clauses if handover(clause)
        for c in children_of(clause) if c.dep_ in {"advcl", "conj"} and c.lemma_.lower() == "succeed"
        for o in children_of(c) if o.dep_ == "dobj"
    ]
    handing = verb.lemma_.lower() in {"hand", "pass"} and any(c.dep_ == "prt" and c.lower_ == "over" for c in children_of(verb))
    if own and handing and verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() == "succeed":
        found += [s for s in children_of(verb.head.head) if s.dep_ == "nsubj"]
    return found


#: What a go-between brokers for the parties ("a deal brokered by X").
DEAL_NOUNS: frozenset[str] = frozenset({"deal", "agreement", "accord", "pact", "truce", "ceasefire", "treaty", "memorandum"})
_BROKER_VERBS = frozenset({"broker", "mediate", "facilitate"})


def brokered_deals(verb: Token) -> list[Token]:
    """"X and Y signed commitments ..., in a deal brokered by Z", "signed an accord mediated by Z": the participles.

    The deal is the verb's object or the object of "in"/"under" on the verb or on its purpose clause.
    """
    if verb.lemma_.lower() not in SIGN_VERBS:
        return []  # only a signing has a deal of its own
    clauses = [verb, *(c for c in children_of(verb) if c.dep_ in {"advcl", "xcomp"} and c.tag_ in {"VB", "VBG"})]
    deals = [c for c in children_of(verb) if c.dep_ == "dobj"]
    deals += [p for clause in clauses for c in children_of(clause) if c.dep_ == "prep" and c.lower_ in {"in", "under"} for p in children_of(c) if p.dep_ == "pobj"]
    return [
        acl
        for deal in deals
        if deal.lemma_.lower() in DEAL_NOUNS
        for acl in children_of(deal)
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in _BROKER_VERBS
    ]


def speaker_for(actors: DocActors, verb: Token, eid: str) -> str | None:
    """The leader who reports what their state did ("Trudeau said Ottawa had won ... after a call")."""
    info = actors.info[eid]
    if info.is_person or info.label not in {"GPE", "NORP"} or not info.country or verb.dep_ != "ccomp":
        return None
    for subj in children_of(verb.head):
        if subj.dep_ == "nsubj":
            person = person_in_np(actors, subj)
            if person is not None and actors.info[person].country == info.country and actors.info[person].official:
                return person
    return None


def hosted_after_origin(noun: Token) -> list[Token]:
    """"a meeting of ministers from 10 countries, co-chaired by X": a hosting participle the
    parser hangs on the countries the attendees come from, not on the meeting."""
    return [
        rel
        for prep in children_of(noun)
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for pobj in children_of(prep)
        if pobj.dep_ == "pobj"
        for rel in children_of(pobj)
        if rel.dep_ == "acl" and rel.lemma_.lower() in HOSTING_VERBS and is_passive(rel)
    ]


def people_only(actors: DocActors, res: NPResult) -> bool:
    """True when a phrase named someone and only people ("alongside X and Y", not "alongside the summit")."""
    return bool(res.ids) and all(actors.info[i].is_person for i in res.ids)


#: Verbs of a gathering beginning or ending ("as the summit opened").
_OPENING_VERBS = frozenset({"open", "begin", "start", "close", "end", "convene"})


def while_opening(verb: Token) -> list[Token]:
    """"X took over the chairmanship from Y as the bloc's summit opened": the subject (and the
    handover's people) of the clause a gathering's opening or close is the time of; they were
    at the gathering. [] otherwise."""
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in _OPENING_VERBS or verb.head.i == verb.i:
        return []
    if not any(c.dep_ == "mark" and c.lower_ in {"as", "when", "while"} for c in children_of(verb)):
        return []
    head = verb.head
    if head.lemma_.lower() == "succeed" and head.dep_ in {"advcl", "conj"} and handover(head.head):
        head = head.head  # "X took over the chair, succeeding Y as the summit opened": the parser hangs "as" on "succeeding"
    return [c for c in children_of(head) if c.dep_ == "nsubj"] + handed_over_to(head, own=True)


def companions_of(subject: Token) -> list[Token]:
    """"X, accompanied by Y, met Z", "The three men, joined by Y, held talks", "X, who was joined
    by Y, met Z": the agents of a participle (or passive relative) of company on the subject."""
    verbs = {"accompany", "join"} | ({"lead", "head"} if side_noun(subject) else set())  # "the rebels, led by X, sat with Y"
    return [
        agent for acl in children_of(subject)
        if acl.tag_ == "VBN" and acl.lemma_.lower() in verbs and (acl.dep_ == "acl" or (acl.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in children_of(acl))))
        for agent in agents(acl)  # "X, who was accompanied by Y, met Z" too
    ]


def side_noun(tok: Token) -> bool:
    """A party or side whose head is there for it: "the rebels", "the delegation"."""
    return tok.lower_ in SIDE_NOUNS or tok.lemma_.lower() in SIDE_NOUNS | COLLECTIVE_NOUNS


def led_party(verb: Token) -> list[Token]:
    """"X led a delegation including Y and Z": the party the subject of "lead"/"head" led, whose
    members take part with it."""
    if verb.lemma_.lower() not in {"lead", "head"}:
        return []
    return [obj for obj in children_of(verb) if obj.dep_ == "dobj" and obj.lemma_.lower() in COLLECTIVE_NOUNS]


def named_with(actors: DocActors, verb: Token, subject: Token) -> list[str]:
    """The people a "with" phrase of ``verb`` names, when its subject is a plural description:
    "the two leaders last met with X" tells of two people other than X."""
    if subject.tag_ != "NNS":
        return []
    return [
        eid for prep in children_of(verb) if prep.dep_ == "prep" and prep.lower_ == "with"
        for p in children_of(prep) if p.dep_ == "pobj" and (eid := actors.actor_at(p)) is not None and actors.info[eid].is_person
    ]


def subject_holder(verb: Token) -> Token | None:
    """The verb whose subject ``verb`` shares where the parser hung it elsewhere: "announced the
    deal on Monday, speaking by phone with X" (a participle after a comma, hung on the object
    noun), "defied a travel ban to slip out and met X" (a past verb coordinated with an
    infinitive the parser read as the object's relative clause)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," and verb.head.dep_ == "dobj" and verb.head.ent_type_ != "PERSON":
        return verb.head.head
    infinitive = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and infinitive.tag_ == "VB" and infinitive.dep_ in {"relcl", "acl"} and infinitive.head.dep_ in {"dobj", "pobj"}:
        noun = infinitive.head
        return noun.head.head if noun.dep_ == "pobj" else noun.head
    return None
