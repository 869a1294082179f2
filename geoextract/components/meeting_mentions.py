"""Mention-level helpers of the meeting extractor's actor lookup: titles written around a name,
roles and countries from the entity linker, a noun read after the wire dateline, and how prominent a name is
(the other arguments of a verb, names that only describe a noun).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import TITLE_HEADS
from .meeting_lexicon import DELEGATION_NOUNS, PEOPLE_NOUNS
from .meeting_syntax import children_of

#: Nouns that can head a description of one office holder ("the Secretary", "the crown prince").
ROLE_WORDS: frozenset[str] = frozenset(w for w in TITLE_HEADS if w.isalpha() and w not in {"his", "her", "mr", "mrs", "ms", "dr", "sir", "lady", "lord", "dame"}) | {"counterpart", "host", "guest", "premier"}


def coarguments(tok: Token) -> set[int]:
    """Token indices of the other arguments of the verb ``tok`` depends on (binding: "X met him").

    A possessive binds nothing: "X, on his first trip abroad, was received by Y" is X's trip."""
    if tok.dep_ == "poss":
        return set()
    head = tok.head
    while head.dep_ in {"prep", "pobj", "agent"} and head.head.i != head.i:
        head = head.head
    deps = {"nsubj", "nsubjpass", "dobj"}
    if head.dep_ == "dobj" and head.pos_ == "NOUN" and tok.dep_ == "pobj":
        head, deps = head.head, {"nsubj"}  # "Y held talks with him": the holder of the talks is bound too
    found: set[int] = set()
    for child in children_of(head):
        if child.i != tok.i and child.dep_ in deps:
            found.update(t.i for t in child.subtree)
            if child.lower_ in {"who", "that"} and head.dep_ == "relcl":
                found.update(_apposed(head.head))  # "Y, the host, who held talks with him": not Y
    return found


def _apposed(noun: Token) -> set[int]:
    """Token indices of the names and descriptions set in apposition with ``noun`` ("his host, Prime
    Minister Y, the president's brother"): the heads of the chain only, not what their clauses hold.
    The climb stops at the first name: the parser may hang that name on another person's."""
    while noun.dep_ == "appos" and noun.head.i != noun.i and noun.ent_type_ != "PERSON":
        noun = noun.head
    chain, todo = set(), [noun]
    while todo:
        cur = todo.pop()
        chain.add(cur.i)
        todo.extend(c for c in children_of(cur) if c.dep_ == "appos")
    return chain


def governing_subjects(tok: Token) -> list[Token]:
    """The subjects of the clauses that govern the clause ``tok`` is the subject of, nearest
    first: "X attended the summit before flying to Doha, where he was greeted by Y" (X), "X hosted
    Y, who said he ..." (Y, through the relative pronoun), "X met Y, seeking aid after his talks
    with Z failed" (X, for a possessive). Empty where the pronoun's clause is the sentence's own."""
    cur = tok.head
    if tok.dep_ == "poss":
        # "X held talks with Y, seeking aid after his meeting with Z collapsed": a possessive in a
        # clause below the sentence's own is read like that clause's subject
        while cur.pos_ not in {"VERB", "AUX"} and cur.head.i != cur.i:
            cur = cur.head
        if cur.head.i == cur.i:
            return []
    elif tok.dep_ not in {"nsubj", "nsubjpass"} and not (tok.dep_ == "dobj" and tok.head.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(tok.head))):
        return []  # "hours after landing at X, where Y greeted him": the one who landed, like a subject
    found: list[Token] = []
    for _ in range(12):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ not in {"VERB", "AUX"}:
            continue
        # "before flying to Doha": a participle shares its governor's subject
        # not a subject after the pronoun ("He will speak with Y, X told reporters": not X)
        for subject in (c for c in children_of(cur) if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i):
            found.append(cur.head if subject.tag_ in {"WP", "WDT"} and cur.dep_ == "relcl" else subject)  # "Y, who said"
    return found


def in_noun_modifier(tok: Token) -> bool:
    """True for a name that only describes a noun: inside a participle phrase ("gangs led by X")
    or in apposition to a common noun ("a former officer, X")."""
    cur = tok
    while cur.dep_ == "compound" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ == "appos" and cur.head.pos_ == "NOUN" and cur.head.ent_type_ != "PERSON":
        return True
    for _ in range(8):
        if cur.pos_ in {"VERB", "AUX"}:
            return cur.dep_ == "acl" and cur.tag_ in {"VBN", "VBG"}
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def local_titles(root: Token, token_entity: dict[int, str]) -> set[str]:
    """Title words written around one person mention ("Secretary of State X", "X, the crown prince")."""
    words: set[str] = set()
    for child in children_of(root):
        if child.i < root.i and child.dep_ in {"compound", "amod", "nmod"} and child.i not in token_entity:
            words.update(t.lemma_.lower() for t in child.subtree if t.i not in token_entity and t.is_alpha)
    if root.dep_ == "appos" and root.head.i not in token_entity:
        words.update(t.lemma_.lower() for t in root.head.subtree if t.i < root.i and t.i not in token_entity and t.is_alpha and t.dep_ in {"compound", "amod", "ROOT", "nsubj", "dobj", "pobj", "appos", "conj", "nsubjpass"} | {root.head.dep_})
    for child in children_of(root):
        if child.dep_ == "appos" and child.i not in token_entity:
            words.update(t.lemma_.lower() for t in child.subtree if t.is_alpha and t.i not in token_entity and t.pos_ in {"NOUN", "PROPN", "ADJ"})
    return {w for w in words if w in ROLE_WORDS or w in {"crown", "prime", "vice", "foreign", "security", "interim", "state"}}


def role_titles(doc: Doc) -> dict[str, set[str]]:
    """Title words per person entity from the entity linker's ``doc._.geo_roles``."""
    titles: dict[str, set[str]] = {}
    for role in doc._.geo_roles or []:
        person = role.get("person")
        if not person:
            continue
        words = f"{role.get('title') or ''} {role.get('surface_title') or ''}".lower().replace("-", " ").split()
        titles.setdefault(person, set()).update(words)
    return titles


def role_countries(doc: Doc) -> dict[str, str]:
    """A country per person entity from the roles the entity linker found."""
    countries: dict[str, str] = {}
    for role in doc._.geo_roles or []:
        if role.get("person") and role.get("country"):
            countries.setdefault(role["person"], role["country"])
    return countries


def noun_lemma(tok: Token, after_dateline: int) -> tuple[str, bool]:
    """A noun's lemma and whether it is plural. The word at ``after_dateline`` (the first after a
    wire dateline) is read as a common noun where it is one of ours: in "BRUSSELS - Delegations
    from A and B held talks" the tagger takes "Delegations" for a name."""
    lemma = tok.lemma_.lower()
    if tok.i == after_dateline and tok.pos_ == "PROPN" and not tok.ent_type_:
        for stem, plural in ((tok.lower_, False), (tok.lower_[:-1], True)):
            if stem in DELEGATION_NOUNS or stem in ROLE_WORDS or stem in PEOPLE_NOUNS:
                return stem, plural
    return lemma, tok.tag_ in {"NNS", "NNPS"} or (tok.lower_.endswith("s") and lemma != tok.lower_)


def in_other_relative(name: Token, pronoun: Token) -> bool:
    """True for a name inside a relative clause that does not hold ``pronoun``: "took Modi to A,
    where he met X, and to B, where he met Y" (the second "he" is not X)."""
    for anc in name.ancestors:
        if anc.dep_ == "relcl" and not anc.left_edge.i <= pronoun.i <= anc.right_edge.i:
            return True
    return False


#: Titles that give a gender ("Sheikh" does not: it is part of names such as Sheikh Hasina).
_GENDERED_TITLES: dict[str, str] = {
    "mr": "m", "king": "m", "prince": "m", "lord": "m", "sir": "m",
    "mrs": "f", "ms": "f", "queen": "f", "princess": "f", "madam": "f", "lady": "f", "dame": "f",
}


def text_genders(doc: Doc, person_mentions: list[tuple[int, str]], token_entity: dict[int, str]) -> dict[str, str]:
    """Grammatical gender the text itself gives a person: a gendered title ("Queen X", "Mr X")
    or a pronoun reporting their words ("X said she ..."). Unknown stays out."""
    found: dict[str, str] = {}
    for root_i, eid in person_mentions:
        root = doc[root_i]
        for child in children_of(root):
            if child.dep_ == "compound" and child.lower_.rstrip(".") in _GENDERED_TITLES and child.i not in token_entity:
                found.setdefault(eid, _GENDERED_TITLES[child.lower_.rstrip(".")])
        if root.dep_ == "nsubj":
            for clause in children_of(root.head):
                if clause.dep_ == "ccomp":
                    for subj in children_of(clause):
                        if subj.dep_ in {"nsubj", "nsubjpass"} and subj.lower_ in {"he", "she"}:
                            found.setdefault(eid, "m" if subj.lower_ == "he" else "f")
    return found

