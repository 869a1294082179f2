"""Groups a phrase stands for: "the two men", "the three leaders", "their", "the bloc".

Plural references in meeting sentences point at a group told just before: the people just
named in the same sentence, the coordinated subject of an earlier clause ("X and Y arrived
... The two leaders met"), the subject and object of the clause the phrase sits in ("X told
Y ..., in their first meeting"), or the people of the latest meeting of the same size. A
definite grouping description ("the bloc", "the eight-member alliance") points at the
grouping of states named before it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any, Protocol

from spacy.tokens import Doc, Token

from .meeting_lexicon import COLLECTIVE_NOUNS, GROUPING_NOUNS
from .meeting_mentions import ROLE_WORDS
from .meeting_syntax import children_of, conjuncts

if TYPE_CHECKING:
    from .meeting_actors import DocActors

#: Verbs that list a body's members ("a delegation ... including Y", "which includes A and B").
_MEMBER_VERBS = frozenset({"include", "comprise"})


class Recent(Protocol):
    """From a token index and a group size to the persons of the latest meeting of that size
    before the token (with ``among``: the latest one that has all of those persons)."""

    def __call__(self, token_i: int, size: int, among: Collection[str] = ()) -> list[str]: ...

#: Number words that count a group of people ("the two men", "all three leaders").
COUNT_WORDS: dict[str, int] = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: Nouns that are a counted group themselves ("the pair had met before", "the duo's talks").
PAIR_NOUNS: dict[str, int] = {"pair": 2, "duo": 2, "trio": 3}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: Nouns that count people without saying which office they hold.
_GENERIC = frozenset({"man", "woman", "leader", "side", "counterpart", "rival", "ally", "neighbour", "two", "three", "four", "five", "six", "both", *PAIR_NOUNS})
_CLIMB_DEPS = frozenset({"ccomp", "advcl", "xcomp", "conj", "prep", "pobj", "pcomp", "poss", "nsubj", "nsubjpass", "dobj", "relcl", "acl", "npadvmod", "attr"})

#: Plural nouns for the members of a mission ("the envoys", "the mediators").
_ENVOY_PLURALS = frozenset({"envoys", "mediators", "emissaries"})


def group_size(tok: Token) -> int | None:
    """How many people a counted phrase names: 2 for "the two men", "both leaders", "the two".

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("two")
        >>> group_size(doc[0])
        2
    """
    if tok.lower_ in COUNT_WORDS and tok.pos_ in {"NUM", "DET", "PRON", "ADJ", ""} and tok.dep_ not in {"nummod", "det", "predet", "amod", "quantmod"}:
        return COUNT_WORDS[tok.lower_]
    if tok.lower_ in PAIR_NOUNS and any(c.lower_ == "the" for c in children_of(tok)) and not any(c.dep_ == "prep" for c in children_of(tok)):
        return PAIR_NOUNS[tok.lower_]  # "the pair", not "the pair of talks"
    for child in children_of(tok):
        if child.lower_ in COUNT_WORDS and child.dep_ in {"nummod", "det", "predet", "preconj", "amod", "quantmod", "compound"}:
            return COUNT_WORDS[child.lower_]
    return None


#: Verbs of "The two held talks" that the parser reads as adjectives ("the two-held talks").
_HELD = frozenset({"hold", "have", "begin", "open", "start", "resume", "conclude", "wrap"})


def counted_holders(noun: Token) -> Token | None:
    """The count word of "The two held talks", which the parser reads as "the two-held talks"
    (the count a modifier of the noun, the verb an adjective); None for "two rounds of talks"."""
    counts = [c for c in children_of(noun) if c.dep_ == "nummod" and c.lower_ in COUNT_WORDS and c.i < noun.i]
    verbs = [c for c in children_of(noun) if c.dep_ == "amod" and c.tag_ in {"VBN", "VBD"} and c.i == noun.i - 1 and c.lemma_.lower() in _HELD]
    if len(counts) != 1 or not verbs or counts[0].i != verbs[0].i - 1:
        return None
    det = counts[0].nbor(-1) if counts[0].i > 0 else None
    return counts[0] if det is not None and det.lower_ == "the" and det.head.i == noun.i else None


def hosts_during(actors: DocActors, verb: Token) -> list[str]:
    """"X's visit ... turned tense when Y raised Z": the people acting during a visit receive it."""
    found: list[str] = []
    for clause in children_of(verb):
        if clause.dep_ != "advcl" or not any(c.lower_ in {"when", "while", "as"} and c.dep_ in {"advmod", "mark"} for c in children_of(clause)):
            continue
        found += [p for subj in children_of(clause) if subj.dep_ == "nsubj" and (p := person_in_np(actors, subj)) is not None]
    return found


def person_in_np(actors: DocActors, tok: Token) -> str | None:
    """The person a noun phrase names directly or through its apposition ("his host, X")."""
    eid = actors.actor_at(tok)
    if eid is not None:
        return eid if actors.info[eid].is_person else None
    for child in children_of(tok):
        if child.dep_ == "appos":
            eid = actors.actor_at(child)
            if eid is not None and actors.info[eid].is_person:
                return eid
    return None


def people_of_np(actors: DocActors, tok: Token) -> list[str]:
    """Every person a coordinated noun phrase names, also through appositions
    ("LIMA — President X and President Y": the dateline's apposition holds the list)."""
    found: list[str] = []
    for conj in conjuncts(tok):
        person = person_in_np(actors, conj)
        if person is not None:
            found.append(person)
        if actors.actor_at(conj) is None:
            for child in children_of(conj):
                if child.dep_ == "appos":
                    found.extend(p for c in conjuncts(child) if (p := person_in_np(actors, c)))
    return list(dict.fromkeys(found))


def coordinated_people(actors: DocActors, tok: Token, exclude: set[str]) -> list[str]:
    """The persons of the nearest coordinated subject before ``tok`` ("X and Y said ...")."""
    k = actors.sent_of.get(tok.i, 0)
    for s in range(k, max(-1, k - 4), -1):
        sent = actors.sents[s]
        for t in sent:
            if t.i >= tok.i:
                break
            # "BRUSSELS — X and Y spent ...": the parser may hang the subject on the dateline
            if t.dep_ in SUBJECT_DEPS or (t.dep_ in {"conj", "appos"} and t.head.i < actors.dateline_end <= t.i):
                people = [eid for eid in people_of_np(actors, t) if eid not in exclude]
                if len(set(people)) >= 2:
                    return list(dict.fromkeys(people))
    return []


def collective_people(actors: DocActors, tok: Token, exclude: set[str]) -> list[str]:
    """The people "the group", "the delegation" stands for: the list of people last told as a
    clause's subject ("X, Y and Z met ... On Friday the group was received by W").

    Nothing when a grouping of states is a subject in between ("The bloc ... the group"), or
    when the noun has a qualifier of its own ("the Taliban delegation", "the group of seven").
    """
    envoys = tok.lower_ in _ENVOY_PLURALS  # "the envoys also met X": the members of a mission told before
    if (tok.lemma_.lower() not in COLLECTIVE_NOUNS and not envoys) or actors.entity_at(tok) is not None:
        return []
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in children_of(tok)):
        return []
    if any(c.dep_ in {"compound", "nmod", "amod", "poss", "prep", "nummod"} for c in children_of(tok)):
        return []
    k = actors.sent_of.get(tok.i, 0)
    for s in range(k, max(-1, k - 4), -1):
        found: list[str] = []
        for t in actors.sents[s]:
            if t.i >= tok.i:
                break
            eid = actors.mention_roots.get(t.i)
            if eid is not None and actors.info[eid].grouping and actors.is_person_subject(t.i):
                return []
            led = [p for p in led_by(actors, t) if p not in exclude] if t.lemma_.lower() in COLLECTIVE_NOUNS and t.i != tok.i else []
            if led:
                # "a delegation led by X met Y ... The delegation / the envoys met Z": X stands for it
                found = list(dict.fromkeys(led))
                continue
            if t.dep_ in SUBJECT_DEPS:
                people = [p for p in people_of_np(actors, t) if p not in exclude]
            elif t.lemma_ == tok.lemma_ and t.i != tok.i:
                people = [p for p in _led_members(actors, t) if p not in exclude]
            else:
                continue
            if len(set(people)) >= 2:
                found = list(dict.fromkeys(people))
        if found:
            return found
    return []


def led_by(actors: DocActors, party: Token) -> list[str]:
    """The people named in "a delegation led by X" / "a mission headed by X and Y"."""
    # "a delegation from the bloc led by X": the parser may hang the participle on the body named
    nodes = [party, *(o for c in children_of(party) if c.dep_ == "prep" and c.lower_ in {"of", "from"} for o in children_of(c) if o.dep_ == "pobj")]
    found: list[str] = []
    for node in nodes:
        for acl in children_of(node):
            if acl.dep_ != "acl" or acl.lemma_.lower() not in {"lead", "head"}:
                continue
            for agent in (a for a in children_of(acl) if a.dep_ == "agent"):
                people = [p for o in children_of(agent) if o.dep_ == "pobj" for p in people_of_np(actors, o)]
                found.extend(people or _next_person(actors, agent))
    return found


def group_members(actors: DocActors, party: Token) -> list[str]:
    """The people a delegation's own phrase names: "a delegation led by X and including Y",
    "the group, which includes A, B and C" (its leader first)."""
    found = led_by(actors, party)
    # "the group of senators, which includes A": the parser may hang the clause on the body's people
    nodes = [party, *(o for c in children_of(party) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj")]
    for clause in (c for node in nodes for c in children_of(node)):
        if clause.dep_ == "acl" and clause.lemma_.lower() in {"lead", "head"}:
            lists = [c for c in children_of(clause) if c.dep_ in {"conj", "prep"} and c.lemma_.lower() in _MEMBER_VERBS]
        elif clause.dep_ == "relcl" and clause.lemma_.lower() in _MEMBER_VERBS and any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in children_of(clause)):
            lists = [clause]
        else:
            continue
        found.extend(p for verb in lists for o in children_of(verb) if o.dep_ in {"dobj", "pobj"} for p in people_of_np(actors, o))
    return list(dict.fromkeys(found))


def _next_person(actors: DocActors, agent: Token) -> list[str]:
    """"led by former head of state X met Y": the parser may leave the name outside the "by"
    phrase; the first person after "by", before a comma or a verb, is the leader."""
    doc = agent.doc
    for i in range(agent.i + 1, min(len(doc), agent.i + 12)):
        tok = doc[i]
        if tok.text in {",", ";"} or tok.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            break
        eid = actors.actor_at(tok) if tok.ent_type_ == "PERSON" else None
        if eid is not None and actors.info[eid].is_person:
            return [eid]
    return []


def _led_members(actors: DocActors, party: Token) -> list[str]:
    """The leader and listed members of "X led a delegation including Y and Z"."""
    if party.dep_ != "dobj" or party.head.lemma_.lower() not in {"lead", "head"}:
        return []
    leaders = [p for c in children_of(party.head) if c.dep_ == "nsubj" for p in people_of_np(actors, c)]
    members = [
        p
        for prep in children_of(party)
        if prep.dep_ == "prep" and prep.lower_ in {"including", "comprising"}
        for pobj in children_of(prep)
        if pobj.dep_ == "pobj"
        for p in people_of_np(actors, pobj)
    ]
    return leaders + members if leaders and members else []


def bodies_subject(actors: DocActors, tok: Token, exclude: set[str], recent: Recent | None) -> list[str]:
    """"Leaders of the bloc are due to discuss security at their summit": "their" is the subject
    of the clause it sits in where that subject names bodies or states, no person."""
    subject = _clause_subject(tok) if tok.lower_ == "their" else None
    if subject is None or subject.pos_ == "PRON":
        return []
    ids = actors.resolve_np(subject, exclude, recent).ids
    return ids if ids and not any(actors.info[i].is_person for i in ids) else []


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the nearest clause above ``tok`` that has one, outside ``tok``'s own phrase."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in children_of(cur) if c.dep_ in {"nsubj", "nsubjpass"} and not c.left_edge.i <= tok.i <= c.right_edge.i), None)
            if subject is not None:
                return subject
    return None


def clause_people(actors: DocActors, tok: Token, exclude: set[str]) -> list[str]:
    """The subject and person object of the clause ``tok`` sits in ("X told Y ..., in their meeting").

    Climbs from ``tok`` through embedded clauses and phrases to the first verb that has both a
    person subject and a person object (or a "with" phrase naming one).
    """
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i or cur.dep_ not in _CLIMB_DEPS:
            return []
        came_from, cur = cur, cur.head
        if cur.pos_ not in {"VERB", "AUX"} and not cur.tag_.startswith("VB"):
            continue
        subjects: list[str] = []
        objects: list[str] = []
        for child in children_of(cur):
            if child.i == came_from.i:
                continue
            if child.dep_ in {"nsubj", "nsubjpass"}:
                subjects.extend(people_of_np(actors, child))
            elif child.dep_ == "agent":  # "to be worked out by A and B when they meet": the passive's doers
                subjects.extend(p for g in children_of(child) if g.dep_ == "pobj" for p in people_of_np(actors, g))
            elif child.dep_ in {"dobj", "dative"}:
                objects.extend(people_of_np(actors, child))
                # "followed a pledge by A and B, at their meeting": the doers of the object's act; "held talks with B, their second meeting": B
                for g in (g for g in children_of(child) if g.dep_ == "prep" and g.lower_ in {"by", "with"}):
                    (subjects if g.lower_ == "by" else objects).extend(p for q in children_of(g) if q.dep_ == "pobj" for p in people_of_np(actors, q))
            elif child.dep_ == "prep" and child.lower_ in {"with", "to"}:
                objects.extend(p for g in children_of(child) if g.dep_ == "pobj" for p in people_of_np(actors, g))
        people = [p for p in dict.fromkeys(subjects + objects) if p not in exclude]
        if subjects and objects and len(people) >= 2:
            return people
        if subjects and len(set(subjects)) >= 2:
            return [p for p in dict.fromkeys(subjects) if p not in exclude]
    return []


def group_of_people(actors: DocActors, tok: Token, size: int, exclude: set[str], recent: Recent | None) -> list[str]:
    """Resolve "the two men", "both leaders", "the three leaders", "the two" to that many persons."""
    lemma = tok.lemma_.lower()
    start = actors.sents[max(0, actors.sent_of.get(tok.i, 0) - 3)].start
    if lemma in {"delegation", "team"}:
        heads = _delegation_heads(actors, tok.i, exclude)
        if len(heads) == size:
            return heads  # "X headed the government team, while Y led the opposition delegation. The two delegations ..."
    if lemma not in _GENERIC:
        titled = [eid for root_i, eid in actors.person_mentions if start <= root_i < tok.i and eid not in exclude and lemma in actors.titles.get(eid, set())]
        titled = list(dict.fromkeys(reversed(titled)))
        if len(titled) >= size:
            return list(reversed(titled[:size]))
        if titled and recent is not None:
            # "President X hosted Y ... The two presidents held talks": the latest meeting of X
            met = [i for i in recent(tok.i, size, titled) if i not in exclude]
            if len(met) == size:
                return met
    sent_start = actors.sents[actors.sent_of.get(tok.i, 0)].start
    here = list(dict.fromkeys(eid for root_i, eid in actors.person_mentions if sent_start <= root_i < tok.i and eid not in exclude))
    if len(here) == size:
        return here  # "Putin said Xi had concerns when the two met": the people just named
    people = coordinated_people(actors, tok, exclude)
    if len(people) >= 2 and (size == 2 or len(people) == size):
        return people[:2] if len(people) == 2 else people
    if recent is not None:
        last = [i for i in recent(tok.i, size) if i not in exclude]
        if len(last) == size:
            return last
    mentioned = [eid for root_i, eid in actors.person_mentions if start <= root_i < tok.i and eid not in exclude]
    mentioned = list(dict.fromkeys(reversed(mentioned)))
    return list(reversed(mentioned[:size])) if len(mentioned) >= size else []


def _delegation_heads(actors: DocActors, end: int, exclude: set[str]) -> list[str]:
    """The people the story told, before token ``end``, as leading or heading a delegation or team."""
    found: list[str] = []
    parties = {"delegation", "team", "side"}
    for tok in actors.doc[:end]:
        # "X, head of the Houthi team": a person in apposition to the head of a party
        if tok.lemma_.lower() in {"head", "chief", "leader"} and tok.dep_ == "appos" and any(p.lemma_.lower() in parties for c in children_of(tok) if c.lower_ == "of" for p in children_of(c)):
            found.extend(people_of_np(actors, tok.head))
        if tok.lemma_.lower() not in {"lead", "head"} or tok.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in parties for c in children_of(tok)):
            # "X headed the government team", "Y, who led the government side"
            subjects = [c for c in children_of(tok) if c.dep_ == "nsubj"]
            found.extend(p for c in subjects for p in people_of_np(actors, tok.head if c.lower_ == "who" and tok.dep_ == "relcl" else c))
    return [p for p in dict.fromkeys(found) if p not in exclude]


def grouping_reference(actors: DocActors, tok: Token) -> str | None:
    """The grouping of states "the bloc", "the alliance", "the eight-member group" refers to.

    The nearest grouping named before ``tok`` within a few sentences, one told as a clause's
    subject first; None when ``tok`` is no definite grouping description or none was named.
    """
    if tok.lemma_.lower() not in GROUPING_NOUNS or actors.entity_at(tok) is not None:
        return None
    if not any((c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or (c.dep_ == "poss" and c.lower_ == "its") for c in children_of(tok)):
        return None
    if any((c.dep_ in {"compound", "nmod"} and (c.pos_ == "PROPN" or c.ent_type_)) or (c.dep_ == "poss" and c.lower_ != "its") for c in children_of(tok)):
        return None  # "the C5+1 group", "Africa's regional bloc": a name of its own
    start = actors.sents[max(0, actors.sent_of.get(tok.i, 0) - 5)].start
    found: list[tuple[bool, int, str]] = []
    for i in range(tok.i - 1, start - 1, -1):
        eid = actors.mention_roots.get(i)
        if eid is not None and actors.info[eid].grouping and i >= actors.dateline_end:
            found.append((actors.is_person_subject(i), i, eid))
    # "African Union leaders elected X ... at the bloc's summit": the subject is the salient one
    return max(found)[2] if found else None


#: Plural nouns of states that a definite description may use for a list told before.
_STATE_NOUNS = frozenset({"states", "countries", "nations"})


def state_list_reference(actors: DocActors, tok: Token) -> list[str]:
    """The states "the four countries" or "the boycotting states" refer to: the latest list of
    two or more states told as coordinated names in the sentences before (of the size told).

    Only a definite plural with a count or a modifier of its own ("the countries" alone may be
    any states); not "the Gulf states" (a name of its own).
    """
    if tok.lower_ not in _STATE_NOUNS or actors.entity_at(tok) is not None:
        return []
    children = children_of(tok)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return []
    if any(c.dep_ in {"compound", "nmod", "amod"} and (c.pos_ == "PROPN" or c.ent_type_) for c in children):
        return []
    size = next((COUNT_WORDS[c.lower_] for c in children if c.dep_ == "nummod" and c.lower_ in COUNT_WORDS), None)
    if (size is None and not any(c.dep_ == "amod" for c in children)) or size == 2:
        return []  # "the two countries" are most often the two sides of the meeting told right there
    here = actors.sent_of.get(tok.i, 0)
    for k in range(here - 1, max(-1, here - 4), -1):
        sent = actors.sents[k]
        for head in sent:
            if head.dep_ in {"conj", "poss", "compound"} or not any(c.dep_ == "conj" for c in children_of(head)):
                continue  # a list of the clause's own, not the states of people named ("X of A and B's Y")
            items = conjuncts(head, neighbours=False)
            if head.dep_ == "appos":
                items = [head.head, *items]  # "A, B, C and D": the parser hangs B (with C and D) on A as an apposition
            states = [e for t in items if (e := actors.actor_at(t)) is not None and actors.info[e].kind == "country"]
            states = list(dict.fromkeys(states))
            if len(states) >= 2 and (size is None or len(states) == size):
                return states
    return []


_GROUPING_WORDS = ("group", "union", "community", "council", "organisation", "organization", "alliance", "association", "bloc", "forum", "cooperation", "league", "conference", "nations", "summit", "quad")


def looks_like_grouping(ent: dict[str, Any]) -> bool:
    """An organisation whose name says it groups states ("... Union", "G20"), for entities the KB lacks."""
    if ent.get("label") != "ORG":
        return False
    name = str(ent.get("name", "")).lower()
    if any(word in name.split() for word in _GROUPING_WORDS):
        return True
    return bool(name[:1] == "g" and name[1:].isdigit())


def subject_person(actors: DocActors, subject: Token) -> str | None:
    """The person a subject names, or its apposition after a dateline or a title ("KYIV - X
    embraced", "the minister, X"; not "gangs led by a former officer, X")."""
    if subject.ent_type_ in {"GPE", "LOC"} or subject.lemma_.lower() in ROLE_WORDS:
        return person_in_np(actors, subject)
    eid = actors.actor_at(subject)
    return eid if eid is not None and actors.info[eid].is_person else None


def reporting_subject(actors: DocActors, tok: Token) -> str | None:
    """The person who reports a clause whose subject is ``tok`` ("X said he met Y": X)."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    for subj in children_of(clause.head):
        if subj.dep_ == "nsubj" and subj.i < tok.i:  # "He will speak with Y, X told reporters": not X
            return person_in_np(actors, subj)
    return None


def appositive_person(actors: DocActors, tok: Token) -> str | None:
    """A person named right after a description and a comma ("its chief, X"), whatever the parse."""
    if tok.tag_ in {"NNS", "NNPS"} or any(c.lower_ in {"two", "both"} for c in children_of(tok)):
        return None
    doc = tok.doc
    # "Minister of State for Petroleum Resources X", "envoy for the Balkans, X": the parser makes the name the object of "for"
    named = [eid for p in children_of(tok) if p.dep_ == "prep" and p.lower_ == "for" for o in children_of(p) if o.dep_ == "pobj" and (eid := actors.actor_at(o)) is not None and actors.info[eid].is_person]
    if named:
        return named[0]
    end = tok.right_edge.i if tok.right_edge.text == "," else tok.right_edge.i + 1
    if end + 1 < len(doc) and doc[end].text == ",":
        for i in range(end + 1, min(end + 4, len(doc))):
            eid = actors.actor_at(doc[i])
            if eid is not None:
                return eid if actors.info[eid].is_person else None
            if not doc[i].is_title:
                break
    for sub in tok.subtree:
        if sub.dep_ == "appos" and sub.i > tok.i:
            eid = actors.actor_at(sub)
            if eid is not None and actors.info[eid].is_person:
                return eid
    return None


def appositive_people(actors: DocActors, tok: Token) -> list[str]:
    """People listed right after a plural description and a comma, to the sentence's end ("their
    Indian counterparts, External Affairs Minister A and Defence Minister B."), whatever the
    parse: only titles, names, "and" and commas between them."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return []
    doc = tok.doc
    end = tok.right_edge.i + 1
    if end >= len(doc) or doc[end].text != ",":
        return []
    found: list[str] = []
    for t in doc[end + 1 : tok.sent.end]:
        eid = actors.actor_at(t)
        if eid is not None and actors.info[eid].is_person:
            if eid not in found:
                found.append(eid)
        elif t.text == "," and len(found) >= 2 and _closes_list(doc, t.i + 1, tok.sent.end):
            break  # "..., A and B, the current chairman of Y", "..., A and B, and later flew home": the list is over
        elif t.text in {"and", ","} or (t.is_title and (t.pos_ == "PROPN" or t.ent_type_ == "NORP")):  # "Rwandan President A"
            continue
        elif not (t.is_punct and t.i == tok.sent.end - 1):
            return []  # the list runs into a clause of its own
    return found


def _closes_list(doc: Doc, i: int, end: int) -> bool:
    """After a comma that follows the second name or later: lower-case words ("the chairman of X",
    "and later flew home") tell no further name of the list (not "A, B, C and D")."""
    if i >= end or not doc[i].is_lower:
        return False
    return doc[i].lower_ != "and" or (i + 1 < end and doc[i + 1].is_lower)
