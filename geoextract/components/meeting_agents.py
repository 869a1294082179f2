"""Who a passive participle names as its agent: "hosted by X", "attended by A, B and C",
"signed by X, adviser to Y, and Z", "by the contact group, made up of X, Y and Z", with the
pieces of an agent list the parser hangs elsewhere in the sentence."""

from __future__ import annotations

from spacy.tokens import Token

from .meeting_syntax import children_of, conjuncts

#: Passives whose "with" names a partner in the act ("co-hosted with X", "co-chaired with Y").
_CO_VERBS = frozenset({"co-host", "cohost", "co-chair", "cochair", "co-organise", "co-organize"})


def agents(verb: Token) -> list[Token]:
    """Objects of the passive "by" phrase (and of the "with" of "co-hosted with X"), also where
    the parser hung "by" on a nearby noun."""
    found: list[Token] = []
    has_agent = any(c.dep_ == "agent" for c in children_of(verb))
    for child in children_of(verb):
        # "by X, and by Y"; "a conference co-hosted with X": the co-host does it with the host
        if child.dep_ == "agent" or (child.dep_ in {"prep", "conj"} and child.lower_ == "by") or (child.dep_ == "prep" and child.lower_ == "with" and verb.lemma_.lower() in _CO_VERBS):
            objects = [p for p in children_of(child) if p.dep_ == "pobj"]
            found.extend(objects or _stranded_agent(child))
            found.extend(m for p in objects for m in members_listed(p))  # "by the contact group, made up of X, Y and Z"
            # "led by A and the Ukrainian team by B": the gapped second clause's agent
            found.extend(q for p in objects for c in children_of(p) if c.dep_ == "conj" and c.pos_ == "NOUN" for b in children_of(c) if b.dep_ == "prep" and b.lower_ == "by" for q in children_of(b) if q.dep_ == "pobj")
            # "welcomed by the host, X, alongside Y and Z": the others who did the welcoming
            found.extend(g for p in objects for a in children_of(p) if a.dep_ == "prep" and a.lower_ == "alongside" for g in children_of(a) if g.dep_ == "pobj")
        elif has_agent and child.dep_ == "conj" and child.pos_ in {"PROPN", "NOUN"}:
            found.append(child)  # "signed by X, adviser to Y, and Z": the parser hangs Z on the verb
        elif child.dep_ == "prep" and child.lower_ in {"in", "at", "for"}:  # "joined for the first time by X"
            for pobj in children_of(child):
                for grand in children_of(pobj):
                    if grand.dep_ == "prep" and grand.lower_ == "by":
                        found.extend(p for p in children_of(grand) if p.dep_ == "pobj")
    if found and any(c.dep_ == "agent" for c in children_of(verb)):
        found.extend(p for p in _detached_by(found[-1]) if p not in found)
        found.extend(p for p in _list_made_subject(verb, found[-1]) if p not in found)
        # "greeted by the emir, Sheikh X, when ...": the parser hangs the title's name on the verb
        end = found[-1].right_edge.i
        found.extend(
            c for c in children_of(verb)
            if c.dep_ in {"npadvmod", "appos"} and c.ent_type_ == "PERSON" and found[-1].pos_ == "NOUN" and c.left_edge.i == end + 2 and c.doc[end + 1].text == ","
        )
    return found


#: Nouns of a body of people whose members a clause lists ("the contact group, made up of X and Y").
_BODY_NOUNS = frozenset({"group", "team", "delegation", "panel", "trio", "quartet", "troika"})
#: Participles that list a body's members ("made up of", "composed of", "consisting of", "comprising").
_MEMBER_VERBS = frozenset({"make", "compose", "consist", "comprise"})


def members_listed(noun: Token) -> list[Token]:
    """The members "the contact group, made up of X, Y and Z" lists (also where the parser hangs
    the participle on the verb, right after the noun)."""
    if noun.lemma_.lower() not in _BODY_NOUNS:
        return []
    clauses = [c for c in children_of(noun) if c.dep_ in {"acl", "relcl"}]
    if noun.dep_ == "pobj" and noun.head.dep_ in {"agent", "prep"}:
        verb = noun.head.head
        clauses += [c for c in children_of(verb) if c.dep_ == "advcl" and c.i > noun.i and noun.right_edge.i + 2 >= c.left_edge.i]
    found: list[Token] = []
    for clause in clauses:
        if clause.lemma_.lower() not in _MEMBER_VERBS:
            continue
        if clause.lemma_.lower() == "comprise":
            found += [c for c in children_of(clause) if c.dep_ == "dobj"]
        else:
            found += [p for c in children_of(clause) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
    return found


def _stranded_agent(by: Token) -> list[Token]:
    """"A summit hosted by President X turned into a spat": the parser makes X the subject of the
    next verb and leaves "by" with no object; the name right after "by" is the agent."""
    doc = by.doc
    i = by.i + 1
    while i < len(doc) and doc[i].ent_type_ != "PERSON" and doc[i].pos_ in {"DET", "ADJ", "PROPN"} and i - by.i <= 4:
        i += 1  # "by Mexican President X"
    if i >= len(doc) or doc[i].ent_type_ != "PERSON":
        return []
    end = i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return [doc[end]]


def _list_made_subject(participle: Token, agent: Token) -> list[Token]:
    """"The meeting, attended by A, President B, C and D, also brought together E": the parser
    ends the agent at A and makes the rest of the list a second subject of the main verb."""
    doc, end = agent.doc, agent.right_edge.i
    noun = participle.head
    if participle.dep_ != "acl" or noun.dep_ != "nsubj" or end + 2 >= len(doc) or doc[end + 1].text != ",":
        return []
    rest = next((c for c in children_of(noun.head) if c.dep_ == "nsubj" and c.i != noun.i and c.left_edge.i == end + 2), None)
    if rest is None or rest.ent_type_ != "PERSON":
        return []
    return conjuncts(rest)


def _detached_by(agent: Token) -> list[Token]:
    """"attended by X, adviser to Y, and by Z": the parser hangs the second "by" on the main verb."""
    doc = agent.doc
    i = agent.right_edge.i + 1
    while i < len(doc) and doc[i].lower_ in {",", "and", "also"}:
        i += 1
    if i >= len(doc) or i == agent.right_edge.i + 1 or doc[i].lower_ != "by" or doc[i - 1].lower_ not in {"and", "also"}:
        return []
    return [p for p in children_of(doc[i]) if p.dep_ == "pobj"]
