"""Who acts together: people coordinated as a subject, or joined by "with".

"X and Y spoke directly", "X and Y held a conversation", "X and Y signed a pact", "toured a plant
with X": the tests here count the people a phrase names, so that two states, or one person and a
crowd, make no meeting.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import TITLE_HEADS
from .meeting_agents import members_listed
from .meeting_lexicon import MEETING_NOUNS, PEOPLE_NOUNS
from .meeting_syntax import children_of, conjuncts, free_relative_head, leading_list, stray_item

#: Words for people (titles, "leaders", "delegation"): a phrase headed by one names someone.
PEOPLE_WORDS = TITLE_HEADS | PEOPLE_NOUNS | {"delegation", "government", "counterpart", "counterparts"}


def people_in(tok: Token) -> int:
    """How many people a (coordinated) noun phrase names: PERSON names and counted descriptions."""
    count = 0
    stack = [tok]
    while stack:
        cur = stack.pop()
        stack.extend(c for c in children_of(cur) if c.dep_ == "conj" or leading_list(c, cur) or stray_item(c, cur))
        if cur.ent_type_ == "PERSON":
            # "X and the leader of Y, Z": the parser may hang Z on X; a name beside a name is a second person
            count += 1 + sum(1 for c in children_of(cur) if c.dep_ in {"appos", "nmod"} and c.ent_type_ == "PERSON")
        elif (appos := next((c for c in children_of(cur) if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)) is not None:
            # "KHARTOUM — X and Y signed": a dateline the parser made the subject holds the list
            count += people_in(appos)  # "Foreign Minister [X and envoy Y]": the list the parser hung on the title
        elif cur.pos_ == "PRON" and cur.lower_ in {"he", "she"} and any(c.dep_ == "conj" for c in children_of(cur)):
            count += 1  # "where he and X witnessed the signing": the pronoun is a person beside the name
        elif cur.dep_ == "conj" and cur.lemma_.lower() in {"counterpart", "host", "guest"} and any(c.dep_ == "poss" for c in children_of(cur)):
            count += 1  # "X and his counterpart signed": the counterpart is a person even where the name hangs elsewhere
        elif (cur.lower_ in {"both", "two"} and cur.pos_ in {"NUM", "DET", "PRON"}) or (
            cur.lemma_.lower() in PEOPLE_WORDS and any(c.lower_ in {"two", "both", "three", "four"} for c in children_of(cur) if c.dep_ in {"nummod", "det", "predet"})
        ):
            count += 2  # "the two", "both leaders" (not "the two governments")
    return count

def talked_together(verb: Token) -> bool:
    """"X and Y spoke directly", "X and his counterpart Y spent four days negotiating a treaty":
    people coordinated as the subject talk with each other (not "X and Y spoke to reporters")."""
    away = {"to", "at", "about", "before"} if verb.lemma_.lower() in {"speak", "talk"} else {"to", "about", "before"}  # "negotiated at the palace"
    # "spoke before the assembly" is a speech; "talked for two hours before being joined by Z" a time
    if any(c.dep_ in {"dative", "prep"} and c.lower_ in away and not any(g.dep_ == "pcomp" for g in children_of(c)) for c in children_of(verb)):
        return False
    holder = verb
    if not any(c.dep_ == "nsubj" for c in children_of(verb)) and verb.dep_ in {"xcomp", "advcl"} and verb.tag_ == "VBG":
        holder = verb.head  # "spent four days negotiating"
    # "X and Y are due to sit down again", "X and Y agreed to sit down": the subject of the verb the infinitive completes
    for _ in range(2):
        if any(c.dep_ == "nsubj" for c in children_of(holder)) or holder.dep_ not in {"xcomp", "acomp"} or holder.head.i == holder.i:
            break
        holder = holder.head
    # a list the parser hung on one name as an apposition or modifier ("X, Y's Z and W began negotiating") counts too;
    # a counted pair only for an occasion before the one told ("The two ministers had last spoken on Feb. 18")
    # or one told as together ("before the three men sat down together")
    before = any(c.dep_ == "advmod" and c.lower_ in {"last", "previously", "together"} for c in children_of(verb))
    return any(
        c.dep_ == "nsubj" and (before or any(g.dep_ == "conj" or (g.dep_ in {"appos", "nmod"} and g.ent_type_ == "PERSON") for g in children_of(c))) and people_in(c) >= 2
        for c in children_of(holder)
    )


def held_by_several(tok: Token) -> bool:
    """"X and Y held a conversation", "A, B and C attended the session": a coordinated subject
    makes the counterpart.

    Also through a free relative: "X and Y held what aides described as a candid conversation".
    """
    verb = tok.head
    if (tok.dep_ == "pobj" and tok.head.lower_ == "as") or tok.dep_ in {"oprd", "attr"}:
        outer = free_relative_head(tok.head.head if tok.dep_ == "pobj" else tok.head)
        verb = outer if outer is not None else verb
    elif tok.dep_ != "dobj":
        return False
    if verb.lemma_.lower() not in {"hold", "have", "conduct", "attend"}:
        return False
    # "X and Y held": a coordinated subject, or two names the parser hung one on the other (or on
    # the other's title: "Trade Secretary X and Commerce Minister Y held")
    return any(
        c.dep_ == "nsubj" and (any(g.dep_ == "conj" for g in children_of(c)) or people_in(c) >= 2 or sum(t.ent_type_ == "PERSON" for t in conjuncts(c)) >= 2)
        for c in children_of(verb)
    )

def signed_together(tok: Token) -> bool:
    """"X and Y signed a pact", "the pact was signed by X and Y", "X signed it with Y": people, not states."""
    count = 0
    has_agent = any(c.dep_ == "agent" for c in children_of(tok))
    for child in children_of(tok):
        if child.dep_ == "nsubj" and not any(c.dep_ == "auxpass" for c in children_of(tok)):
            count += people_in(child)
        elif has_agent and child.dep_ == "conj" and child.pos_ in {"PROPN", "NOUN"}:
            count += people_in(child)
        elif child.dep_ == "agent" or (child.dep_ in {"prep", "conj"} and child.lower_ in {"with", "by"}):  # "by X, and by Y"
            count += sum(people_in(p) + sum(people_in(m) for m in members_listed(p)) for p in children_of(child) if p.dep_ == "pobj")
        elif child.dep_ == "advmod" and child.lower_ in {"together", "along"}:
            count += sum(people_in(p) for w in children_of(child) if w.lower_ == "with" for p in children_of(w) if p.dep_ == "pobj")
        elif child.dep_ == "dobj":  # "signed a memorandum with X": the parser hangs "with" on the document
            count += sum(people_in(p) for w in children_of(child) if w.dep_ == "prep" and w.lower_ == "with" for p in children_of(w) if p.dep_ == "pobj")
    count += sum(people_in(p) for p in together_in_object(tok))
    if tok.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)) and not any(c.dep_ == "nsubj" for c in children_of(tok)):
        # "will travel to Denmark to sign a deal with X": the traveller signs (a pronoun too, "he would travel")
        count += sum(max(people_in(c), int(c.lower_ in {"he", "she"})) for c in children_of(tok.head) if c.dep_ == "nsubj")
    return count >= 2


def together_in_object(verb: Token) -> list[Token]:
    """"signed a document backing the deal together with X and Y": the parser hangs "together
    with" on the participle that describes the document; X and Y sign too."""
    found = []
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
        for acl in (c for c in children_of(obj) if c.dep_ == "acl"):
            for w in children_of(acl):
                if w.dep_ == "prep" and w.lower_ == "with" and w.i > 0 and w.doc[w.i - 1].lower_ == "together":
                    found += [p for p in children_of(w) if p.dep_ == "pobj"]
    return found

def with_person(tok: Token, *, topic_deep: bool = False) -> bool:
    """Someone doing something "with" a named person (not a state or a thing: "with Russia").

    With ``topic_deep``, also a "with" the parser hung inside the object's topic phrase
    ("exchanged views on investment in terminals with X")."""
    if any(c.dep_ == "nsubj" and c.ent_type_ in {"GPE", "ORG", "NORP"} for c in children_of(tok)):
        return False
    holders = [tok, *(c for c in children_of(tok) if c.dep_ == "dobj")]  # "toured a plant with X"
    if topic_deep:
        holders += [t for h in holders[1:] for p in children_of(h) if p.dep_ == "prep" and p.lower_ in {"on", "about", "over"} for t in p.subtree if t.dep_ == "pobj"]
    return any(
        child.dep_ == "prep" and child.lower_ == "with" and any(p.dep_ == "pobj" and people_in(p) for p in children_of(child))
        for holder in holders
        for child in children_of(holder)
    )


def brings_people_together(verb: Token) -> bool:
    """"X brought together Y and Z" (or "brought Y and Z together"): talks X convened, with two or
    more people as the object (not "brought together ministers from A and B" without names), in a
    clause of its own: not "a meeting that brought together Y and Z" (the meeting's own company), nor
    "a push to bring Y and Z together" (an aim)."""
    if verb.dep_ in {"relcl", "acl", "xcomp", "advcl", "pcomp"} or not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "together" for c in children_of(verb)):
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in MEETING_NOUNS for c in children_of(verb)):
        return False  # "The meeting brought together X and Y": the meeting noun tells it
    return any(c.dep_ == "dobj" and people_in(c) >= 2 for c in children_of(verb))
