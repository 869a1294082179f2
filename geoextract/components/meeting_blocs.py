"""A grouping's officers at its meetings: "X, this year's chair of the bloc", "the bloc's secretary general, Y".

Stories of a grouping's summit often name the grouping only through the office of one of
the people there ("Southeast Asian leaders met ... chaired by X, this year's chair of the
Association of Southeast Asian Nations") and tell its secretary general's comment after the
meeting ("ASEAN Secretary-General Y said members had agreed ..."). Gold convention: a
grouping's summit is the grouping plus its named attendees, its own officers included.

Also the readers of the grouping a meeting is told of: "a meeting of X", "Leaders of the bloc
met", "G20 leaders met", and the summit on whose sidelines a meeting was held; the people who
met on a summit's sidelines (or in a "where" clause on it) are added to the summit's attendees;
whether two tellings are one gathering (:func:`same_gathering`); and the grouping of a story
told as one grouping's gathering, joined to the gathering told with no grouping
(:func:`story_grouping`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ._common import hash_string
from .meeting_actors import DocActors
from .meeting_candidate import Candidate
from .meeting_lexicon import DELEGATION_NOUNS, PEOPLE_NOUNS, SETTING_NOUNS
from .meeting_presence import co_speakers
from .meeting_syntax import children_of, conjuncts, scope, token_hashes, where_relative
from .ner_repairs import dateline_end

#: Lemma hashes of the nouns that name a grouping's gathering (summit settings are read only where one occurs).
SUMMIT_HASHES = frozenset(hash_string(w) for n in ("summit", "meeting", "gathering", "conference") for w in (n, n.title()))
#: "on the sidelines" with no "of" phrase: at the gathering the story is about.
_SIDELINE_HASHES = frozenset(hash_string(w) for w in ("sidelines", "margins", "fringes"))
#: Lemmas of a sentence that may tell a meeting at a summit (for a cheap test before reading it).
SIDE_HASHES = SUMMIT_HASHES | _SIDELINE_HASHES | frozenset(hash_string(w) for w in ("sideline", "margin", "fringe"))
#: Offices that chair a grouping's meetings ("chair of the bloc", "the G5 Sahel's chairman").
CHAIR_NOUNS: frozenset[str] = frozenset({"chair", "chairman", "chairwoman", "chairperson", "co-chair"})
#: Nouns of a state's turn at the head of a grouping ("holds the rotating chairmanship of the bloc").
CHAIRMANSHIPS: frozenset[str] = frozenset({"chairmanship", "chairpersonship", "presidency", "chair"})
#: Plural nouns that tell a meeting of many leaders ("Southeast Asian leaders met", "the leaders of five nations").
_MANY_LEADERS = frozenset({"leader", "head", "president", "premier", "minister"})
_MANY_LEADERS_HASHES = frozenset(hash_string(w + "s") for w in _MANY_LEADERS)
_FEW = frozenset({"two", "both", "pair"})
_HOST_HASH = hash_string("host")
_OFFICE_HASHES = frozenset(hash_string(w) for w in CHAIR_NOUNS | CHAIRMANSHIPS | {"secretary", "secretary-general"})
#: Sentences after a grouping's meeting in which its secretariat's officer is still at it.
_OFFICER_WINDOW = 8


@dataclass(frozen=True)
class Office:
    """A person's office in a grouping: ``kind`` is "chair" or "secretariat"."""

    grouping: str
    kind: str


def _office_of(actors: DocActors, root: Token) -> Office | None:
    """The grouping office a person's mention tells, read from the grammar.

    "ASEAN Secretary-General Z" (a title before the name), "X, this year's chair of the
    Association ..." and "Burkina Faso's X, the current chairman of the G5 Sahel" (a
    description after the name), "The forum's secretary general, Y" (the name in apposition).
    """
    doc = root.doc
    # "ASEAN Secretary-General Z": the title and its owner stand before the name
    prefix = [t for t in doc[root.left_edge.i : root.i] if t.ent_type_ != "PERSON"]
    kind = _kind_of_words(prefix)
    if kind is not None:
        for tok in prefix:
            eid = actors.actor_at(tok)
            if eid is not None and actors.info[eid].grouping:
                return Office(eid, kind)
    for clause in (c for c in children_of(root) if c.dep_ == "relcl"):
        # "X, whose country holds the rotating chairmanship of the bloc"
        for noun in clause.subtree:
            if noun.lower_ in CHAIRMANSHIPS and noun.dep_ == "dobj":
                for owner in _owners(noun):
                    eid = actors.actor_at(owner) or actors.grouping_reference(owner)
                    if eid is not None and actors.info[eid].grouping:
                        return Office(eid, "chair")
    nouns = [root.head] if root.dep_ == "appos" else []
    # "X, this year's chair of the bloc, ...": read by position, the parser may hang the
    # description on the verb
    if root.i + 2 < len(doc) and doc[root.i + 1].text == ",":
        nouns += [t for t in doc[root.i + 2 : min(len(doc), root.i + 7)] if t.tag_.startswith("NN")]
    for noun in nouns:
        kind = _kind(noun)
        if kind is None:
            continue
        for owner in _owners(noun):
            eid = actors.actor_at(owner) or actors.grouping_reference(owner)
            if eid is not None and actors.info[eid].grouping:
                return Office(eid, kind)
        break  # the first title noun after the comma is the description; later ones are not
    return None


def _kind_of_words(words: list[Token]) -> str | None:
    lowers = {t.lower_ for t in words}
    if lowers & CHAIR_NOUNS:
        return "chair"
    if "secretary-general" in lowers or {"secretary", "general"} <= lowers:
        return "secretariat"
    return None


def _kind(noun: Token) -> str | None:
    lower = noun.lower_
    if lower in CHAIR_NOUNS:
        return "chair"
    if lower == "secretary-general" or (lower == "general" and any(c.lower_ == "secretary" for c in children_of(noun))):
        return "secretariat"
    return None


def _owners(noun: Token) -> list[Token]:
    """The words naming whose office ``noun`` is: "of the bloc", "the forum's", "ASEAN ...", compounds."""
    owners = [c for c in children_of(noun) if c.dep_ in {"poss", "compound", "nmod"}]
    for prep in children_of(noun):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            owners += [p for p in children_of(prep) if p.dep_ == "pobj"]
    # a multi-word title ("Secretary General", "Secretary-General") hangs its owner on the first word
    owners += [g for c in children_of(noun) if c.dep_ == "compound" for g in children_of(c) if g.dep_ in {"poss", "compound"}]
    return [t for o in owners for t in (o, *(c for c in children_of(o) if c.dep_ == "compound"))]


def complete_groupings(meetings: list[Candidate], actors: DocActors) -> None:
    """Add the grouping a many-leader meeting's chair presides, and its secretariat's officer.

    A meeting told of many leaders ("Southeast Asian leaders held their summit") with the
    grouping's chair among its participants (or its secretariat's officer as the one who
    chairs or hosts it: "sat down with allied leaders at a meeting chaired by NATO Secretary
    General X") is that grouping's meeting. A grouping meeting
    that took place is also attended by the grouping's secretariat officer named within a
    few sentences after it ("The forum's secretary general, Y, said members had agreed").
    """
    if not any(info.grouping for info in actors.info.values()):
        return  # most stories name no grouping: no office to read
    if _OFFICE_HASHES.isdisjoint(token_hashes(actors.doc)[0]):
        return  # nor any word of a grouping's office
    first: dict[str, int] = {}
    for root_i, eid in actors.person_mentions:
        first.setdefault(eid, root_i)
    offices: dict[str, Office | None] = {}

    def office(eid: str) -> Office | None:
        if eid not in offices:  # read only for the people a rule asks about
            offices[eid] = _office_of(actors, actors.doc[first[eid]]) if eid in first else None
        return offices[eid]

    for m in meetings:
        if m.is_trip or len(m.participants) < 2:
            continue
        if m.grouping is None and _many_leaders(m, actors):
            # the grouping's chair, or its secretariat's officer who hosts or chairs this meeting
            chaired = {o.grouping for p in m.participants if (o := office(p)) is not None and (o.kind == "chair" or p == m.host)}
            if len(chaired) == 1:
                m.grouping = chaired.pop()
                m.participants = [m.grouping, *(p for p in m.participants if p != m.grouping)]  # first, and once
        if m.grouping is None or m.status != "occurred":
            continue
        for eid, root_i in first.items():
            if eid in m.participants or not m.sent_index <= actors.sent_of.get(root_i, -1) <= m.sent_index + _OFFICER_WINDOW:
                continue
            found = office(eid)
            if found is not None and found.grouping == m.grouping and found.kind == "secretariat":
                m.add([eid])


#: Sentences after a meeting within which "Host President X" still speaks of it.
_HOST_WINDOW = 3


def add_named_hosts(meetings: list[Candidate], actors: DocActors) -> None:
    """"Host President X said ...": a person titled the host after a gathering is told hosted it;
    "Host President X and President Y said ..." puts Y at it too.

    The meeting is the latest one told at most a few sentences before (or in the same
    sentence), not a trip; "hosts", "host country" and "the host, X" are not read.
    """
    doc = actors.doc
    if _HOST_HASH not in token_hashes(doc)[0]:
        return  # most stories title no one the host
    for root_i, eid in actors.person_mentions:
        root = doc[root_i]
        if not any(t.lower_ == "host" and t.tag_ in {"NN", "NNP"} and t.dep_ in {"compound", "amod", "nmod"} for t in doc[root.left_edge.i : root_i]):
            continue
        k = actors.sent_of.get(root_i, -1)
        told = [m for m in meetings if not m.is_trip and m.trigger_i < root_i and 0 <= k - m.sent_index <= _HOST_WINDOW]
        target = max(told, key=lambda m: (m.sent_index, m.trigger_i), default=None)
        if target is not None and eid not in target.participants:
            target.add([eid])
            target.host = target.host or eid
        if target is not None and root.dep_ in {"nsubj", "nsubjpass"}:
            # "Host Prime Minister X and Senegalese President Y said ...": Y speaks beside the host
            partners = [actors.mention_roots.get(t.i) for t in conjuncts(root) if t.i != root_i]
            # "Host President X said ..., and Mali's President Y said ...": Y speaks there too
            partners += [actors.mention_roots.get(c.i) for v in co_speakers(root.head) for c in children_of(v) if c.dep_ == "nsubj"]
            target.add([p for p in partners if p is not None and actors.info[p].is_person])


def _many_leaders(m: Candidate, actors: DocActors) -> bool:
    """The meeting's sentence speaks of many leaders ("Southeast Asian leaders", "the leaders of five nations")."""
    sent = actors.sents[m.sent_index]
    lowers = token_hashes(sent.doc)[0]
    for i in range(sent.start, sent.end):
        if lowers[i] in _MANY_LEADERS_HASHES:  # an integer test first: most words are no such noun
            tok = sent.doc[i]
            if tok.tag_ == "NNS" and not any(c.lower_ in _FEW for c in children_of(tok)):
                return True
    return False


def of_groupings(triggers: list[Token], actors: DocActors) -> list[str]:
    """Groupings named as "a meeting of X": the meeting is that grouping's."""
    found = []
    for trig in triggers:
        for prep in children_of(trig):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in children_of(prep):
                    eid = actors.actor_at(pobj)
                    if eid is not None and actors.info[eid].grouping:
                        found.append(eid)
    return found


def summit_setting(triggers: list[Token], governors: list[Token], actors: DocActors) -> tuple[str | None, bool]:
    """The grouping whose summit a meeting took place at ("on the sidelines of the BRICS summit"),
    and whether it took place at a summit at all ("on the sidelines of the summit")."""
    # integer lemma tests first: most meetings are told without a summit noun near them
    tokens = [t for trig in triggers for t in scope(trig) if t.lemma in SUMMIT_HASHES]
    tokens += [t for gov in governors for c in children_of(gov) if c.dep_ == "prep" for t in c.subtree if t.lemma in SUMMIT_HASHES]
    at_summit = False
    own = {trig.i for trig in triggers}
    for tok in tokens:
        if tok.i in own or tok.dep_ != "pobj" or tok.head.lower_ not in {"of", "at", "during"}:
            continue  # "said at a meeting with X": the meeting itself is no setting
        if tok.head.lower_ == "of" and tok.head.head.lemma_.lower() not in SETTING_NOUNS:
            continue
        at_summit = True
        for sub in tok.subtree:
            eid = actors.actor_at(sub)
            if eid is not None and actors.info[eid].grouping:
                return eid, True
    if at_summit or any(_bare_sidelines(t) for trig in triggers for t in scope(trig) if t.lower in _SIDELINE_HASHES):
        return None, True
    return None, any(_fronted_sidelines(v) for v in governors or triggers)


def _fronted_sidelines(verb: Token) -> bool:
    """"On the sidelines, A met B, while C held talks with D": a setting fronted before the
    subject of the first clause holds for a "while" clause hung on it (a verb coordinated with it,
    "... and also held talks with C", is left alone: it measured worse on the opened files)."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in children_of(verb)):
        return False
    head = verb.head
    subject = next((c for c in children_of(head) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and any(
        prep.dep_ == "prep" and prep.i < subject.i and any(p.dep_ == "pobj" and p.lower in _SIDELINE_HASHES for p in children_of(prep))
        for prep in children_of(head)
    )


def _bare_sidelines(tok: Token) -> bool:
    """"met X on the sidelines on Saturday": the sidelines of no named event (the parser may hang the
    day on them: "On the sidelines on Friday, X signed ...")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"on", "at"} and not any(
        c.dep_ == "prep" and not any(p.ent_type_ in {"DATE", "TIME"} for p in children_of(c)) for c in children_of(tok)
    )


def member_groupings(triggers: list[Token], actors: DocActors) -> list[str]:
    """Groupings whose members are a verb's subject ("Leaders of the bloc met", "ASEAN ministers met")."""
    found = []
    for trig in triggers:
        for subj in children_of(trig):
            if subj.dep_ != "nsubj" or subj.tag_ not in {"NNS", "NNPS"} or subj.lemma_.lower() not in PEOPLE_NOUNS | DELEGATION_NOUNS:
                continue
            mods = [c for c in children_of(subj) if c.dep_ in {"compound", "amod", "nmod", "poss"}]
            mods += [p for c in children_of(subj) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
            for mod in mods:
                eid = actors.actor_at(mod) or actors.grouping_reference(mod)
                if eid is not None and actors.info[eid].grouping:
                    found.append(eid)
    return found


def in_subject(tok: Token) -> bool:
    """True for a token inside a clause's subject ("The BRICS group ... agreed")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in {"compound", "poss"} and cur.head.ent_type_ == "PERSON":
            return False  # "NATO Secretary General X": the grouping qualifies a title
        if cur.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if cur.dep_ == "appos" and cur.head.dep_ == "ROOT" and cur.head.i < dateline_end(cur.doc) <= cur.i:
            return True  # "CARBIS BAY (AP) — Leaders of the G7 pledged": the parser hangs the subject on the dateline
        if cur.dep_ not in {"compound", "poss", "amod", "nmod", "appos", "conj", "pobj", "prep"} or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def body_meets(verb: Token, eid: str, actors: DocActors) -> bool:
    """The subject of ``verb`` is a grouping or its members, alone: "G20 leaders met",
    "Leaders of the G20 met", "The bloc's ministers gathered" (not "ministers from 17 countries
    and the EU met": the EU is one of many there).

    The reading of :func:`member_groupings`, for a meeting whose one participant is that
    grouping, widened where that one stays narrow: the verb may be one that governs the meeting
    noun ("X leaders ended three days of talks"), and the subject may be hung on a dateline
    ("OSAKA — Leaders of X met"). Widening :func:`member_groupings` itself would change meetings
    with other participants too.
    """
    if not actors.info[eid].grouping:
        return False
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    # "OSAKA — Leaders of X met", "SUVA, Fiji - X leaders ended ...": the parser hangs the subject on the dateline
    subjects += [a for s in subjects if s.ent_type_ == "GPE" and s.is_upper for a in children_of(s) if a.dep_ in {"appos", "conj"}]
    for subj in subjects:
        owners = [subj, *(c for c in children_of(subj) if c.dep_ in {"compound", "poss", "nmod"})]
        owners += [p for c in children_of(subj) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
        # "Foreign ministers from the 57 members of X": the body of the states they come from
        states = [p for c in children_of(subj) if c.dep_ == "prep" and c.lower_ == "from" for p in children_of(c) if p.dep_ == "pobj" and p.tag_ == "NNS"]
        owners += [o for p in states for c in children_of(p) if c.dep_ in {"compound", "poss", "prep"} for o in (children_of(c) if c.dep_ == "prep" and c.lower_ == "of" else [c])]
        if any(actors.actor_at(o) == eid and not any(c.dep_ == "conj" for c in children_of(o)) for o in owners):
            return True
    return False


#: Nouns of a gathering that people attend, whose sidelines host meetings of their own.
GATHERING_NOUNS = frozenset({"summit", "conference", "gathering", "forum", "assembly", "congress", "convention"})


def add_sideline_attendees(meetings: list[Candidate], actors: DocActors) -> list[Candidate]:
    """People who met on the sidelines of a grouping's summit attended that summit too (on the
    sidelines of "the summit": the grouping's summit told before, else the last gathering of
    three or more told before), and so did people who met in a "where" clause on it ("a summit
    in Jeddah, where X greeted Y")."""
    summits = [m for m in meetings if m.grouping is not None]
    doc = actors.doc
    for side in meetings:
        if side.grouping is None:  # "at the bloc's summit in Jeddah, where X greeted Y": X and Y were there
            for summit in (s for s in summits if s.sent_index == side.sent_index and s.status == side.status):
                if _in_where_clause(doc[side.trigger_i], doc[summit.trigger_i]) or _while_gathering(doc[side.trigger_i], doc[summit.trigger_i]):
                    summit.add([p for p in side.participants if actors.info[p].is_person])
        if side.grouping is not None or not side.sideline:
            continue
        if side.setting is None:  # "on the sidelines of the summit": the grouping summit told before
            before = [s for s in summits if s.sent_index <= side.sent_index]
            # else a summit of no grouping ("a summit on the war in Ukraine ... X met Y on the sidelines")
            before = before or [m for m in meetings if m is not side and m.sent_index <= side.sent_index and _gathering(m)]
            targets = before[-1:]
        else:
            targets = [s for s in summits if s.grouping == side.setting]
        for summit in targets:
            # "an encounter between X and Y at the Paris climate summit": a gathering of its own, not the conference told
            named = {n for n in GATHERING_NOUNS if side.place and n in side.place.lower().split() and any(w[:1].isupper() for w in side.place.split()[1:])}
            if summit.status == side.status and not (named and summit.nouns & GATHERING_NOUNS and named.isdisjoint(summit.nouns)):
                summit.add([p for p in side.participants if actors.info[p].is_person])
    return meetings


def _gathering(m: Candidate) -> bool:
    """A gathering of many, told as one ("hosted the summit", "thanked the leaders for attending")."""
    return not m.sideline and len(m.participants) >= 3 and not GATHERING_NOUNS.isdisjoint(m.nouns)


def _while_gathering(tok: Token, gathering: Token) -> bool:
    """"X greeted Y on the tarmac as Gulf leaders met": a meeting told while the gathering was
    held, in its clause ("as" or "while" hung on the meeting's verb)."""
    return gathering.dep_ == "advcl" and gathering.head.i == tok.i and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in {"as", "while"} for c in children_of(gathering)
    )


def _in_where_clause(tok: Token, gathering: Token) -> bool:
    """``tok`` is in a "where" clause on the gathering's noun, on its place or on its day ("a
    summit in Jeddah on Friday, where ...": the parser may hang the clause on either)."""
    while tok.dep_ != "relcl" and tok.head.i != tok.i:
        tok = tok.head
    if not where_relative(tok):
        return False
    head = tok.head
    while head.i != gathering.i and head.i != gathering.head.i and head.dep_ in {"pobj", "prep", "compound", "appos", "npadvmod"}:
        head = head.head
    return head.i == gathering.i or (head.i == gathering.head.i and gathering.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"})


#: Nouns of a gathering or a part of one.
_PART_NOUNS = GATHERING_NOUNS | {"session", "plenary", "lunch", "dinner", "retreat"}


def same_gathering(a: Candidate, b: Candidate, actors: DocActors) -> bool:
    """Two tellings of one gathering ("X hosted the G20 summit ... Biden joined Xi, Modi and Milei
    for the final session").

    Both name three or more (or one is a grouping's summit told with one guest), neither is a
    sideline meeting, a call where the other is not, nor a visit of no grouping; one is a
    grouping's summit or has a gathering noun; they tell the same day (or sit a sentence apart
    with no day blocked); and two people are in both, or one where the other telling names a
    part of the gathering or people joined there.
    """
    grouped = bool(a.grouping or b.grouping)
    # three or more each, or a grouping's summit told with one guest; a visit or talks of two are no gathering
    if any(len(c.participants) < 3 and not (c.grouping and len(c.participants) == 2) for c in (a, b)):
        return False
    if a.status != b.status or a.remote != b.remote or a.sideline or b.sideline or any(c.visit and not c.grouping for c in (a, b)):
        return False
    if (a.date is not None and b.date is not None and a.date != b.date) or not (grouped or (a.nouns | b.nouns) & GATHERING_NOUNS):
        return False
    people = {p for p in a.participants if actors.info[p].is_person} & {p for p in b.participants if actors.info[p].is_person}
    # on a day both tell, or a sentence apart with no other day
    close = (a.date is not None and a.date == b.date) or (abs(a.sent_index - b.sent_index) <= 1 and not (a.date_blocked or b.date_blocked))
    if len(people) >= 2:
        return close
    # one person in both is enough where the other telling names a part of the gathering or people joined there
    # ("joined X, Y and Z for the final session")
    other = b if a.grouping else a
    part = bool(other.nouns & _PART_NOUNS or other.joined)
    return grouped and len(people) == 1 and part and close


#: Plural nouns of a grouping's people at its gathering ("BRICS leaders", "foreign ministers of the SCO").
_BODY_NOUNS = frozenset({"leaders", "ministers", "heads", "presidents", "premiers", "members"})
#: Things of a grouping that tell of its gathering ("the African Union's headquarters", "the
#: rotating chairmanship of the African Union", handed over at its summit).
_OWNED_WORDS = frozenset({"headquarters", "chairmanship", "chairpersonship", "presidency"})
#: Words a grouping's name is told with ("the BRICS group", "the Mercosur bloc").
_BLOC_WORDS = frozenset({"group", "bloc", "grouping", "alliance"})


def _gathering_owner(tok: Token) -> Token | None:
    """The gathering (or its people) that the grouping's mention at ``tok`` owns: "the BRICS
    summit", "a summit of the African Union", "BRICS leaders", "foreign ministers of the SCO", "the
    African Union's headquarters", "the rotating chairmanship of the African Union"; or the verb
    of the story's lead whose subject it is ("The BRICS group agreed ...")."""
    cur = tok
    while cur.dep_ in {"compound", "flat"} and cur.head.i != cur.i and cur.head.ent_type_ == tok.ent_type_ and cur.head.ent_iob_ == "I":
        cur = cur.head  # the name's own head word
    if cur.dep_ == "compound" and cur.head.lower_ in _BLOC_WORDS and cur.head.dep_ in {"pobj", "nsubj", "poss"}:
        cur = cur.head  # "leaders of the BRICS group of emerging economies": the group's own word
    if cur.dep_ == "nsubj" and cur.head.pos_ == "VERB" and not any(t.pos_ in {"VERB", "AUX"} for t in cur.doc[: cur.sent.start]):
        return cur.head  # "The BRICS group agreed on Thursday to ...": the story's lead tells of the grouping's gathering
    if cur.dep_ in {"compound", "poss", "nmod", "amod"}:
        head = cur.head
    elif cur.dep_ == "pobj" and cur.head.lower_ == "of":
        head = cur.head.head
    else:
        return None
    if head.lower_ == "members":
        return head if in_subject(head) else None  # "Members of the council signed", not "are not members of NATO"
    return head if head.lemma in SUMMIT_HASHES or head.lower_ in _BODY_NOUNS or head.lower_ in _OWNED_WORDS else None


def _own_place(noun: Token) -> str | None:
    """The place named on a gathering noun ("the G7 summit in Hiroshima")."""
    for prep in children_of(noun):
        if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}:
            for pobj in children_of(prep):
                if pobj.ent_type_ in {"GPE", "LOC", "FAC"}:
                    return pobj.text
    return None


def story_grouping(meetings: list[Candidate], actors: DocActors) -> None:
    """A gathering of three sides or more, told with a gathering noun (or as a meeting of many
    leaders: "The presidents of A, B and C met") and no grouping, in a story that names one
    grouping as the owner of a gathering or of its people ("African Union leaders elected ...
    At the opening of the two-day summit, X took over ...") or as the subject of its lead ("The
    Mercosur bloc agreed ... A, B and C attended the summit"), is that grouping's: the grouping
    joins it (gold convention: a grouping's summit is the grouping plus its named attendees). A
    gathering of the grouping told with a place of its own elsewhere ("met on the sidelines of
    the G7 summit in Hiroshima") is another gathering.
    """
    if not actors.grouping_tokens:
        return  # most stories name no grouping
    doc = actors.doc
    owners = [(eid, head) for i in actors.grouping_tokens if (eid := actors.actor_at(doc[i])) is not None and (head := _gathering_owner(doc[i])) is not None]
    if len({eid for eid, _ in owners}) != 1:
        return  # no grouping, or several: whose gathering is unsaid
    grouping = owners[0][0]
    if any(grouping in m.participants for m in meetings):
        return  # the grouping's gathering is a meeting told already
    for m in meetings:
        if m.is_trip or m.grouping is not None or m.sideline or m.setting is not None or m.remote or m.status not in {"occurred", "planned"}:
            continue
        if (_PART_NOUNS.isdisjoint(m.nouns) and not _many_leaders(m, actors)) or any(actors.info[p].grouping for p in m.participants) or "sidelines" in (m.place or ""):
            continue
        if len({actors.info[p].country or p for p in m.participants}) < 3:
            continue
        if all((place := _own_place(head)) is not None and place not in (m.place or "") for _, head in owners):
            continue  # the grouping's gathering is told somewhere else
        m.grouping = grouping
        m.participants = [grouping, *m.participants]
        return  # one gathering of the grouping
