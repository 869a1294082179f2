"""Dependency-tree helpers of the meeting extractor: phrase scopes, coordination, paths."""

from __future__ import annotations

from spacy.attrs import HEAD, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from .meeting_lexicon import PEOPLE_NOUNS

_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "csubj", "parataxis", "acl"})
#: Prepositions whose gerund clause tells another event ("met X before flying to Y for talks").
_SEQUENCE_PREPS = frozenset({"before", "after", "following", "upon", "since"})
_SCOPE_KEY = "geoextract_meeting_scopes"
_HASH_KEY = "geoextract_meeting_hashes"
_TREE_KEY = "geoextract_meeting_children"


def scope(tok: Token) -> list[Token]:
    """Tokens of a trigger's own phrase: its subtree without embedded clauses or coordinated verbs.

    Participle phrases without a subject ("hosted by X", "scheduled for Monday") describe the
    meeting itself and stay in. Results are memoised on the Doc while the meeting extractor
    runs (see :func:`clear_scopes`).
    """
    cache: dict[int, list[Token]] = tok.doc.user_data.setdefault(_SCOPE_KEY, {})
    found = cache.get(tok.i)
    if found is None:
        found = cache[tok.i] = _scope(tok)
    return found


def clear_scopes(doc: Doc) -> None:
    """Drop the memoised scopes, hashes and children from the Doc, so that nothing of them is saved with it."""
    doc.user_data.pop(_SCOPE_KEY, None)
    doc.user_data.pop(_HASH_KEY, None)
    doc.user_data.pop(_TREE_KEY, None)


def children_of(tok: Token) -> list[Token]:
    """``tok.children``: the same tokens in the same order, read once per Doc.

    spaCy walks the token's whole subtree span and makes a new Token per child on every
    access; the meeting rules ask for the children of the same tokens again and again. The
    lists are shared (memoised on the Doc while the meeting extractor runs, see
    :func:`clear_scopes`): iterate over them, never change them.

    Example:
        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["Xi", "met", "Biden", "twice"], heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "advmod"])
        >>> [t.text for t in children_of(doc[1])], children_of(doc[0])
        (['Xi', 'Biden', 'twice'], [])
        >>> clear_scopes(doc)
    """
    table: list[list[Token]] | None = tok.doc.user_data.get(_TREE_KEY)
    if table is None:
        table = tok.doc.user_data[_TREE_KEY] = children_table(tok.doc)
    return table[tok.i]


def children_table(doc: Doc) -> list[list[Token]]:
    """Every token's children (``doc[i].children`` at index ``i``), from one read of the heads."""
    tokens = list(doc)
    table: list[list[Token]] = [[] for _ in tokens]
    # HEAD is the offset to the head, stored unsigned: negative offsets come back wrapped.
    for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
        if offset:
            table[i + offset].append(tokens[i])  # in text order: the left children, then the right ones
    return table


def token_hashes(doc: Doc) -> tuple[list[int], list[int]]:
    """The lower-case and lemma hashes of every token, read once per Doc while the meeting
    extractor runs: integer tests on them spare building a Token per word."""
    found: tuple[list[int], list[int]] | None = doc.user_data.get(_HASH_KEY)
    if found is None:
        arr = doc.to_array([LOWER, LEMMA])
        found = doc.user_data[_HASH_KEY] = (arr[:, 0].tolist(), arr[:, 1].tolist()) if len(doc) else ([], [])
    return found


def _scope(tok: Token) -> list[Token]:
    """Tokens of a trigger's own phrase: its subtree without embedded clauses or coordinated verbs.

    Participle phrases without a subject ("hosted by X", "scheduled for Monday") describe the
    meeting itself and stay in.
    """
    found = [tok]
    stack = list(children_of(tok))
    while stack:
        cur = stack.pop()
        dep = cur.dep_  # each attribute read looks the string up again: read it once
        if dep in _CLAUSE_DEPS:
            # "talks in London on Thursday focused on X": a participle the parser read as a relative
            # clause with no subject of its own
            participle = ((dep == "acl" and cur.tag_ == "VBN") or (dep == "relcl" and cur.tag_ in {"VBD", "VBN"})) and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children_of(cur))
            if not participle and not (cur.i == tok.i + 1 and participle_object(tok)):  # "met ousted X at Y": X and Y are the meeting's
                continue
        elif dep == "conj":
            if cur.pos_ in {"VERB", "AUX"} or cur.tag_.startswith("VB"):
                continue
        elif dep == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in _SEQUENCE_PREPS:
            continue
        found.append(cur)
        stack.extend(children_of(cur))
    return sorted(found, key=lambda t: t.i)


def conjuncts(tok: Token, *, neighbours: bool = True) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("X, Y and Z"), in text order; with
    ``neighbours``, also the list items the parser hung on the verb (see ``_list_neighbours``)."""
    found = [tok]
    stack = [tok]
    while stack:
        cur = stack.pop()
        for child in children_of(cur):
            # "X, Latvia's Y and Z": the parser hangs a list's second name on the first as an
            # apposition; a person in apposition to another person is the next item of a list
            if _qualifies_next_title(child):
                continue  # "Serbia's X and Kosovo Prime Minister Y": the parser coordinates the state with X
            if child.dep_ == "conj" or (child.dep_ in {"nmod", "appos"} and child.ent_type_ == "PERSON" and cur.ent_type_ == "PERSON") or stray_item(child, cur):
                found.append(child)
                stack.append(child)
            elif leading_list(child, cur):
                # "A, B, C and President D signed": the parser hangs the list before D on D's name
                found.append(child)
                stack.append(child)
            elif child.dep_ in {"nmod", "poss"} and child.ent_type_ == "PERSON" and child.i < cur.i and any(c.dep_ == "cc" for c in children_of(child)):
                # "X and other regional leaders": the parser hangs X on "leaders" as a modifier;
                # "Egypt's President X and Colombia's President Y": X as Y's possessor
                found.append(child)
            elif child.dep_ == "appos" and _continues_list(child) and (child.ent_type_ == "PERSON" or (cur.ent_type_ == "PERSON" and cur.dep_ == "conj")):
                # "A, B, the Italian prime minister, C and D": an unnamed item the parser hung on B
                # as an apposition, carrying the rest of the list; "the German chancellor, A and B"
                found.append(child)
                stack.append(child)
            elif child.dep_ in {"appos", "compound"} and child.ent_type_ == "" and cur.ent_type_ == "PERSON":
                # "X, British Prime Minister Y and Z": the parser makes the title an apposition of X
                # and Y one of the title; "Prime Minister Y and Defense Minister Z": Y hangs on the
                # first title, which the parser makes a compound of Z ("A, Prime Minister Y and
                # Prime Minister Z": or a modifier of it)
                deps = {"appos", "nmod"} if child.dep_ == "compound" else {"appos"}
                # "A, the French president, B, the German chancellor, and C, ...": the titles are
                # coordinated, each carrying the next name
                titles = [child, *(c for c in child.subtree if c.dep_ == "conj" and c.ent_type_ == "" and c.head.ent_type_ == "")]
                for name in (c for t in titles for c in children_of(t) if (c.dep_ in deps or c.dep_ == "conj") and c.ent_type_ == "PERSON"):
                    found.append(name)
                    stack.append(name)
            elif child.dep_ == "npadvmod" and child.ent_type_ == "PERSON" and any(
                s.dep_ == "appos" and s.ent_type_ == "PERSON" and s.i < child.i for s in children_of(cur)
            ):
                # "Presidents X of Chad, Y of Burkina Faso and Z": the parser hangs the second
                # name on the title as an adverbial, after the first one's apposition
                found.append(child)
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of" and cur.ent_type_ == "PERSON":
                # "Presidents X of Chad, Y of Niger and Z of Mali": the parser hangs the next name on
                # the state of the one before
                for state in (p for p in children_of(child) if p.dep_ == "pobj" and p.ent_type_ in {"GPE", "NORP"}):
                    for item in (c for c in children_of(state) if c.dep_ in {"conj", "appos"} and c.ent_type_ == "PERSON"):
                        found.append(item)
                        stack.append(item)
                # "..., Y of Madagascar and Z of South Sudan": or makes the next name the object of
                # "of", with the state before it as its modifier
                for item in (p for p in children_of(child) if p.dep_ == "pobj" and p.ent_type_ == "PERSON"):
                    if any(m.dep_ == "nmod" and m.ent_type_ in {"GPE", "NORP"} and m.i < item.i for m in children_of(item)):
                        found.append(item)
                        stack.append(item)
    for neighbour in _list_neighbours(tok) if neighbours else []:
        found.extend(n for n in conjuncts(neighbour, neighbours=False) if n not in found)
    return sorted(found, key=lambda t: t.i)


def _qualifies_next_title(tok: Token) -> bool:
    """A state or nationality right before the title of a person named next ("Kosovo Prime
    Minister Y"): it tells whose office that is, and is no item of a list."""
    if tok.ent_type_ not in {"GPE", "NORP"} or tok.i + 1 >= len(tok.doc):
        return False
    cur = tok.doc[tok.i + 1]
    if cur.ent_type_ or cur.dep_ != "compound" or cur.pos_ != "PROPN":
        return False
    while cur.dep_ == "compound" and cur.head.i != cur.i and cur.ent_type_ != "PERSON":
        cur = cur.head
    return cur.ent_type_ == "PERSON"


#: Slots the parser gives a list item it lost from its list (never a subject: "A met B, C said").
_STRAY_DEPS = frozenset({"npadvmod", "dep", "dobj", "appos", "nmod", "attr"})


def _list_neighbours(tok: Token) -> list[Token]:
    """"President A, Prime Minister B and President C met": the parser may hang the first name
    on the verb as an adverbial, a comma away from the rest of the list (or the last one, after
    "attended by A, B and C"; or the third, after "talks with A, B, C and D"). Those names, when
    ``tok`` heads a person phrase: names a comma away from it, hung on a word between it and its
    clause's verb."""
    if tok.ent_type_ != "PERSON":
        return []
    doc = tok.doc
    holders = path_to_root(tok, 4)[1:]
    clause = next((k for k, a in enumerate(holders) if a.pos_ in {"VERB", "AUX"}), None)
    found = []
    for sib in (c for h in holders[: clause + 1 if clause is not None else 0] for c in children_of(h)):
        if sib.i == tok.i or sib.dep_ not in _STRAY_DEPS or sib.ent_type_ != "PERSON" or sib in tok.subtree or tok in sib.subtree:
            continue
        first, second = (sib, tok) if sib.i < tok.i else (tok, sib)
        between = [t.text for t in doc[first.right_edge.i + 1 : second.left_edge.i]]
        if second.left_edge.text == ",":
            between.append(",")  # the parser may hang the comma on the second name
        if between == [","]:
            found.append(sib)
    return found


def leading_list(child: Token, name: Token) -> bool:
    """``child`` heads a list of names the parser hung on the next ``name`` as a compound ("A,
    B, C and President D": "A" a compound of "D", with B and C as its conjuncts)."""
    return (
        child.dep_ in {"compound", "amod"} and child.ent_type_ == "PERSON" and name.ent_type_ == "PERSON" and child.i < name.i
        and child.doc[child.i + 1].ent_iob_ != "I"  # the end of a name of its own, not a part of ``name``'s
        and any(c.dep_ == "conj" or stray_item(c, child) for c in children_of(child))
    )


def stray_item(child: Token, name: Token) -> bool:
    """"A, B, C and D signed": the parser may hang B on A as an adverbial; a name under a name is
    the next item of the list."""
    if child.dep_ != "npadvmod" or child.ent_type_ != "PERSON" or name.ent_type_ != "PERSON" or child.i <= name.i:
        return False
    # right after the name and a comma, and carrying the rest of the list
    return child.left_edge.i == name.i + 2 and child.doc[name.i + 1].text == "," and any(c.dep_ == "conj" for c in children_of(child))


def _continues_list(appos: Token) -> bool:
    """An apposition that carries further names of a list as its conjuncts."""
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in children_of(appos))


def in_main_clause(tok: Token) -> bool:
    """True when no relative, adverbial or reported clause lies between ``tok`` and the root."""
    return not any(t.dep_ in {"relcl", "advcl", "ccomp", "acl"} for t in path_to_root(tok))


def path_to_root(tok: Token, limit: int = 12) -> list[Token]:
    """``tok`` and its ancestors, nearest first."""
    path = [tok]
    cur = tok
    for _ in range(limit):
        head = cur.head
        if head.i == cur.i:
            break
        cur = head
        path.append(cur)
    return path


def where_relative(tok: Token) -> bool:
    """``tok`` heads a "where" clause ("in Jeddah, where X greeted Y")."""
    return tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(tok))


def free_relative_head(verb: Token) -> Token | None:
    """The verb whose object is a free relative clause ("held [what is expected to be a summit]")."""
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubj", "nsubjpass"} for c in children_of(clause)):
        return clause.head
    return None


def verb_read_as_modifier(tok: Token) -> bool:
    """A finite verb the parser took for a modifier of its object: "X hosted leaders" read as
    "(X-)hosted leaders". A bare participle right after a person's name, without a hyphen,
    is the verb of that person."""
    if tok.dep_ != "amod" or tok.tag_ not in {"VBD", "VBN"} or tok.i == 0 or tok.head.i <= tok.i:
        return False
    before = tok.doc[tok.i - 1]
    return before.ent_type_ == "PERSON" and bool(before.whitespace_)


def phrase_head(tok: Token) -> Token:
    """The head of the noun phrase ``tok`` modifies ("President" in "President X" -> "X";
    "Jordan" in "Jordan's King X" -> "X")."""
    while (tok.dep_ in {"compound", "amod"} or (tok.dep_ == "poss" and tok.head.ent_type_ == "PERSON")) and tok.head.i != tok.i:
        tok = tok.head
    return tok


#: Conjunctions of a clause that dates another ("weeks after he met Z").
_DATING_MARKS = frozenset({"after", "before", "since", "until"})


def _clause_verb(trigger: Token) -> Token:
    """The verb of a trigger's clause: the trigger itself, or the verb a meeting noun hangs on."""
    return trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head


def dating_clause(trigger: Token) -> bool:
    """Whether a trigger's clause dates another clause ("X met Y on Friday, weeks after he met Z"):
    the meeting it tells is the background of the sentence, not its news."""
    verb = _clause_verb(trigger)
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _DATING_MARKS for c in children_of(verb))


def told_in_passing(trigger: Token) -> bool:
    """A meeting told in a past-perfect relative clause on a person ("X, who had held talks with Y")."""
    verb = _clause_verb(trigger)
    return verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(verb))


def date_parts(ent: Span) -> list[tuple[int, str]]:
    """(root token index, text) of a DATE or TIME phrase, one per part where the NER joined
    phrases of two clauses across a comma ("on Monday, days after he met X": "Monday" dates the
    main clause, "days" the clause after it)."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.lower_ in {"before", "after"} and ent.text.lower() == "the day" and not any(after.children):
        # the NER leaves "before" out of "The day before, X met Y" (not "the day after X met Y")
        return [(ent.root.i, f"{ent.text} {after.text}")]
    if not any(t.text == "," for t in ent):
        return [(ent.root.i, ent.text)]
    roots = [t for t in ent if not t.is_punct and (t.head.i == t.i or not ent.start <= t.head.i < ent.end)]
    if len(roots) < 2 or len({r.head.i for r in roots}) < 2:
        return [(ent.root.i, ent.text)]
    parts = []
    for root in roots:
        inside = [t.i for t in root.subtree if ent.start <= t.i < ent.end and not t.is_punct]
        parts.append((root.i, ent.doc[min(inside) : max(inside) + 1].text))
    return parts


#: Occasions a "next" names a later edition of ("next year's summit", "the next meeting").
_EDITION_HEADS = frozenset({"year", "summit", "meeting", "session", "gathering", "edition", "conference", "forum"})


def next_edition(verb: Token) -> bool:
    """Whether a hosting verb tells a later edition of a gathering: "X will host the leaders next
    year", "will host next year's summit", "will host the next summit"."""
    return any(t.lower_ == "next" and t.head.lemma_.lower() in _EDITION_HEADS for t in verb.subtree if t.i != verb.i)


#: Participles a story hangs on a meeting noun ("talks focused on trade") that the parser may read as a finite verb.
_NOUN_PARTICIPLES = frozenset({"focus", "centre", "center", "aim", "dedicate", "devote"})


def participle_misread(noun: Token) -> Token | None:
    """"The pair will hold talks on Saturday focused on trade": the parser makes the talks the
    subject of a finite "focused", a clause the holding verb governs. The holding verb, else None."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _NOUN_PARTICIPLES or verb.tag_ not in {"VBD", "VBN"} or verb.dep_ not in {"ccomp", "xcomp"}:
        return None
    holder = verb.head
    return holder if holder.i < noun.i and holder.lemma_.lower() in {"hold", "have", "conduct"} else None


def rootless(verb: Token) -> bool:
    """"X, who is on a state visit, later called on Y": the parser, finding no verb for the name
    the sentence opens with, hangs the sentence's finite verb on it as a participle."""
    head = verb.head
    # "SAO PAULO (AP) — X called Y": the name hung on the dateline as its apposition
    under_dateline = head.dep_ == "appos" and head.head.i < head.i and any(t.text in {"—", "–", "--"} for t in head.doc[head.head.i : head.i])
    return (
        verb.tag_ in {"VBD", "VBN"} and (head.dep_ == "ROOT" or under_dateline) and head.i < verb.i
        and (head.ent_type_ == "PERSON" or (head.tag_ == "NN" and head.lemma_.lower() in PEOPLE_NOUNS))  # "the Iranian leader called on X"
        and not any(c.dep_ in {"agent", "auxpass"} or (c.dep_ == "prep" and c.lower_ == "by") for c in children_of(verb))
    )


def bare_subject(verb: Token) -> Token | None:
    """The noun a subjectless verb takes its subject from, where the parser left it without one:
    "The two leaders, meeting at X, ..." (a participle on the noun), "X, who is on a visit, later
    called on Y" (see :func:`rootless`), "X and Y, whose countries were long divided, met in Z"
    (the verb coordinated with a relative clause on a sentence-opening name)."""
    if verb.dep_ == "acl" and verb.head.i < verb.i and (verb.tag_ == "VBG" or rootless(verb)):
        return verb.head
    relative = verb.head
    if verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBN"} and relative.dep_ == "relcl" and relative.head.dep_ == "ROOT" and relative.head.ent_type_ == "PERSON":
        return relative.head
    return None


def orphan_name(prep: Token) -> list[Token]:
    """The name right after a preposition the parser left without an object ("talks with Sultan
    Qaboos bin Said", where "Said" was read as a verb of its own): the root of the person entity
    that starts within the next few words; empty when the preposition has its object."""
    if any(c.dep_ in {"pobj", "pcomp"} for c in children_of(prep)):
        return []
    doc = prep.doc
    for tok in doc[prep.i + 1 : min(len(doc), prep.i + 4)]:
        if tok.is_punct:
            return []
        if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
            end = tok.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return [doc[tok.i : end].root]
    return []


def participle_object(verb: Token) -> list[Token]:
    """"met ousted Prime Minister X", "visited jailed activist Y": the parser may read the
    participle before the name as a verb of its own, with the name as its object."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is None or after.tag_ != "VBN" or after.head.i != verb.i or after.dep_ not in {"advcl", "xcomp", "ccomp", "conj", "dep", "oprd"}:
        return []
    return [c for c in children_of(after) if c.dep_ == "dobj" and c.ent_type_ == "PERSON" and c.left_edge.i == after.i + 1][:1]
