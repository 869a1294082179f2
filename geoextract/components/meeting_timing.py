"""When a meeting took place: date phrases in the trigger's own phrase and its governing clauses.

The trigger's own phrase wins ("met on Monday"), then the clauses above it ("said on Tuesday
... after talks"); shifts ("three days after", "a day earlier", "two days later") are kept
unresolved until the document-level merge knows the date they count from.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Token

from ._common import hash_string
from .meeting_actors import DocActors
from .meeting_dates import (
    Preference,
    is_anchor,
    is_same_day,
    month_period,
    relative_shift,
    resolve_date,
    shift_days,
)
from .meeting_lexicon import HOLD_VERBS, TRAVEL_VERBS
from .meeting_syntax import children_of, path_to_root, rootless, scope

_EDGE_HASHES = frozenset(hash_string(w) for w in ("since", "until", "till"))
_SHIFT_HASHES = frozenset(hash_string(w) for w in ("earlier", "later", "previously"))
_BEFORE = hash_string("before")
_THEN = hash_string("then")
_NEAR_HASHES = frozenset(hash_string(w) for w in ("shortly", "just", "hours", "minutes", "moments", "soon", "immediately", "right"))
_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod", "tmod", "obl", "oprd"})
#: Verbs of coming from a place: what happened there came before the day they tell.
_ARRIVALS = frozenset({"arrive", "return", "come", "fly"})


@dataclass
class DateFound:
    """A date phrase's outcome: the day, how it was found, and whether it blocks inheritance."""

    date: dt.date | None = None
    rank: int = 0
    blocked: bool = False
    same_day: bool = False
    shift: tuple[str, int, Token | None] | None = None
    period: tuple[dt.date, dt.date] | None = None  # "in November", "in 2012": the month or year, no day


#: Verbs of a gathering's start ("a summit that opened on Tuesday").
_OPENING = frozenset({"open", "begin", "start", "convene"})


def find_date(
    triggers: list[Token], governors: list[Token], actors: DocActors, base: dt.date | None, prefer: Preference, *, own_only: bool
) -> DateFound:
    """The day of a meeting from DATE phrases in its own phrase, then in its governing clause;
    with no day, the month or year its verb or noun is told in ("met in November")."""
    found = _find_date(triggers, governors, actors, base, prefer, own_only=own_only)
    if found.date is None and found.shift is None and not found.same_day:
        # the meeting's verb, the verb that holds its noun or that its noun's phrase hangs on ("followed, at
        # their meeting, ... in November"); not "withdrew as host of the summit and of the conference in December"
        near = [g for g in governors if g.lemma_.lower() in HOLD_VERBS or any(t.head.dep_ == "prep" and t.head.head.i == g.i for t in triggers)]
        heads = {t.i for t in [*triggers, *near] if t.pos_ in {"VERB", "AUX"} or len(triggers) == 1}
        for root_i, text in actors.date_ents:
            tok = actors.doc[root_i]
            # "held talks in November", "met last month" (not "the 1998 bombing", "before leaving office in January",
            # nor the dateline's day, which the parser may hang on the first verb)
            if root_i >= actors.dateline_end and ((tok.dep_ == "pobj" and tok.head.lower_ in {"in", "during"} and tok.head.head.i in heads) or (tok.dep_ == "npadvmod" and tok.head.i in heads)):
                found.period = month_period(text, base, prefer)
                if found.period is not None:
                    break
    return found


def _find_date(
    triggers: list[Token], governors: list[Token], actors: DocActors, base: dt.date | None, prefer: Preference, *, own_only: bool
) -> DateFound:
    # the dateline's date ("CAIRO, May 9 -") is when the story was filed; the parser hangs the
    # dateline on the first verb, so it would read as that verb's date ("flew ... on Sunday")
    dates = [d for d in actors.date_ents if d[0] >= actors.dateline_end]
    own_tokens = [t for trig in triggers for t in scope(trig)]
    own = {t.i for t in own_tokens}
    if any(t.lower in _EDGE_HASHES for t in own_tokens):
        own -= _span_edges(own_tokens)
    if any(_offset_clause(t) for trig in triggers for t in path_to_root(trig, limit=3)):
        return DateFound(blocked=True)  # "weeks after he hugged X", "months after meeting Y": an untold day
    # "a summit that opened on Tuesday", "the week-long meeting, which opened on Monday": a
    # gathering of several days is dated by its opening day
    opening = {t.i for trig in triggers for c in children_of(trig) if c.dep_ == "relcl" and c.lemma_.lower() in _OPENING for t in c.subtree}
    found = _dates_in(dates, opening, base, prefer, rank=3) if opening else DateFound()
    if found.date is not None:
        return found
    for trig in triggers:
        # "held talks on Sunday, a day after he met X": the clause's own count from the day above it
        shift = _shift_phrase(trig) if trig.dep_ == "advcl" else None
        if shift is not None:
            return DateFound(shift=shift)
    found = _dates_in(dates, own, base, prefer, rank=3)
    if found.date is None and not found.same_day and any(_repeated(t) for t in triggers):
        return DateFound(blocked=True)  # "had spoken several times by phone with X": many days, none told
    if found.date is None and not found.blocked and not found.same_day:
        # "A day earlier the leader called on X": the parser hangs the verb, and the shift, on the subject
        found.shift = found.shift or _adverb_shift([*triggers, *(t.head for t in triggers if rootless(t))])
    if found.date is not None or found.blocked or found.same_day or found.shift or own_only:
        return found
    for trig in triggers:
        path = path_to_root(trig, limit=8)
        for step, node in enumerate(path[1:], start=1):
            shift = _shift_phrase(node)
            if shift is not None:
                found.shift = shift
                return found
            if node.dep_ == "conj" and any(c.lower == _THEN and c.dep_ == "advmod" for c in children_of(node)):
                return DateFound(blocked=True)  # "travels on Wednesday to X, and then to Y": a later, untold day
            if node.lower == _BEFORE and node.dep_ == "prep" and _later_than(node, node) and _travels(path[:step]):
                return DateFound(blocked=True)  # "on Thursday before flying to X to meet Y": some later day
            if node.lower_ == "from" and node.dep_ == "prep" and node.head.lemma_.lower() in _ARRIVALS and _dated(node.head):
                return DateFound(blocked=True)  # "arrived on Friday from Egypt, where he held talks": an earlier, untold day
            if node.pos_ not in {"VERB", "AUX"} and not node.tag_.startswith("VB"):
                continue
            direct: set[int] = set()
            # only the DATE phrases count: with none inside the clause's edges, no subtree is read
            lo, hi = node.left_edge.i, node.right_edge.i
            dated = any(lo <= root_i <= hi for root_i, _ in dates)
            for child in children_of(node):
                if child.lower == _BEFORE and child.dep_ == "mark" and _later_than(child, node):
                    return DateFound(blocked=True)
                # "met ... for the first time since February": a span's edge is not the event's day
                if dated and child.lower not in _EDGE_HASHES and child.dep_ in _ADJUNCT_DEPS:
                    inside = list(child.subtree)
                    # "at a meeting that was his first trip since the coup on Feb. 1": nor one further in
                    direct.update(t.i for t in inside)
                    direct -= _span_edges(inside)
            found = _dates_in(dates, direct - own, base, prefer, rank=2)
            if found.date is None and not found.blocked and not found.same_day:
                found.shift = found.shift or _adverb_shift([node])
            if found.date is not None or found.blocked or found.same_day or found.shift:
                return found
    for gov in governors:
        found = _dates_in(dates, {t.i for t in scope(gov)} - own, base, prefer, rank=2)
        if found.date is not None or found.blocked:
            return found
    return DateFound()


#: Adverbs of a meeting held again and again ("had spoken repeatedly with X").
_REPEATED_ADVERBS = frozenset({"repeatedly", "regularly", "frequently", "often", "twice"})


def _repeated(verb: Token) -> bool:
    """"spoke several times", "met repeatedly": a meeting told as many, on days untold."""
    for c in children_of(verb):
        if c.dep_ == "advmod" and c.lower_ in _REPEATED_ADVERBS:
            return True
        if c.dep_ == "npadvmod" and c.lower_ == "times" and any(m.dep_ in {"amod", "nummod"} and m.lower_ not in {"one", "first", "last"} for m in children_of(c)):
            return True
    return False


def _dated(verb: Token) -> bool:
    """``verb`` has a day of its own ("arrived on Friday", "arrived Friday")."""
    return any(
        c.ent_type_ == "DATE" or (c.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ == "DATE" for p in children_of(c)))
        for c in children_of(verb)
    )


def _offset_clause(node: Token) -> bool:
    """"weeks after he hugged X" (a clause), "months after meeting Y" (a phrase): a time some
    uncounted days or more from the clause it hangs on, and no day of its own."""
    if node.lower_ in {"after", "before"} and node.dep_ == "prep":
        holders = [node]
    elif node.pos_ in {"VERB", "AUX"} and node.dep_ in {"advcl", "pcomp"}:
        holders = [node] if any(c.dep_ == "mark" and c.lower_ in {"after", "before"} for c in children_of(node)) else []
    else:
        return False
    # a counted offset ("three days after") is a shift the clause's day resolves (see _shift_phrase)
    return any(
        c.dep_ == "npadvmod" and c.tag_ == "NNS" and c.lemma_.lower() in {"day", "week", "month", "year"} and not any(n.dep_ == "nummod" for n in children_of(c))
        for h in holders
        for c in children_of(h)
    )


def _span_edges(tokens: list[Token]) -> set[int]:
    """Token indices of the "since X" / "until X" phrases (and "since Y began" clauses) among
    ``tokens``: the edge of a span of time, not the day of the event."""
    found: set[int] = set()
    for tok in tokens:
        if tok.lower in _EDGE_HASHES and tok.dep_ == "prep":
            found.update(t.i for t in tok.subtree)
        elif tok.lower in _EDGE_HASHES and tok.dep_ == "mark" and tok.head.dep_ == "advcl":
            found.update(t.i for t in tok.head.subtree)  # "since the war began on April 15"
    return found


def _adverb_shift(triggers: list[Token]) -> tuple[str, int, Token | None] | None:
    """"met X a day earlier", "two days later": a shift the tagger left without a DATE entity."""
    for trig in triggers:
        for tok in children_of(trig):
            if tok.lower not in _SHIFT_HASHES or tok.dep_ != "advmod":
                continue
            for count in children_of(tok):
                if count.dep_ == "npadvmod":
                    shift = relative_shift(f"{tok.doc[count.left_edge.i : count.i + 1].text} {tok.lower_}")
                    if shift is not None:
                        return shift[0], shift[1], None
    return None


def _travels(below: list[Token]) -> bool:
    """"before flying to X to meet Y" moves on to another day; "toured X before holding talks" stays."""
    return any(t.lemma_.lower() in TRAVEL_VERBS for t in below)


def _later_than(before: Token, node: Token) -> bool:
    """A "before" boundary: what follows it happens after the clause's date ("... before flying
    on to X"); "shortly before", "hours before" keep the same day."""
    return not any(c.lower in _NEAR_HASHES for c in [*children_of(before), *children_of(node)] if c.dep_ in {"advmod", "npadvmod"})


#: A recent or coming spell of days ("in recent weeks", "over the past few days", "in the coming months").
_SPELL_RE = re.compile(r"\b(?:recent|past|last|coming|next)\b.*\b(?:days|weeks|months)\b", re.IGNORECASE)


def _dates_in(dates: list[tuple[int, str]], indices: set[int], base: dt.date | None, prefer: Preference, rank: int) -> DateFound:
    result = DateFound()
    for root_i, text in dates:
        if root_i not in indices:
            continue
        if is_same_day(text):
            result.same_day = True
            return result
        shift = relative_shift(text)
        if shift is not None:
            return DateFound(shift=(shift[0], shift[1], None))
        if not is_anchor(text):
            result.blocked = result.blocked or bool(_SPELL_RE.search(text))  # "in recent weeks": some days of a spell, none told
            continue
        day = resolve_date(text, base, prefer)
        if day is not None:
            return DateFound(day, rank)
        result.blocked = True
    return result


def _shift_phrase(node: Token) -> tuple[str, int, Token] | None:
    """"three days after X met Y": the shift and the clause it is counted from.

    ``node`` is a clause introduced by "after"/"before", or the preposition itself.
    """
    if node.dep_ == "prep" and node.lower_ in {"after", "before"}:
        marks, holder = [node], node
    else:
        marks, holder = [c for c in children_of(node) if c.dep_ == "mark" and c.lower_ in {"after", "before"}], node
    if not marks:
        return None
    for child in children_of(holder):
        if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            text = node.doc[child.left_edge.i : child.i + 1].text
            return text, -1 if marks[0].lower_ == "after" else 1, holder.head
    return None


def apply_shift(shift: tuple[str, int, Token | None], base: dt.date | None, anchor: dt.date | None) -> dt.date | None:
    """Resolve a shift phrase against the date of the clause it is counted from."""
    text, direction, _ = shift
    start = anchor or base
    return shift_days(text, start, direction) if start else None


def sentence_days(actors: DocActors, base: dt.date | None) -> list[dt.date | None]:
    """Per sentence, its last day-precise date phrase (for events told without their own date)."""
    days: list[dt.date | None] = [None] * len(actors.sents)
    doc = actors.sents[0].doc if actors.sents else None
    for root_i, text in actors.date_ents:
        if doc is not None and _edge_of_span(doc[root_i]):
            continue  # "the first meeting since the July 26 coup": no day the story tells of
        if doc is not None and doc[root_i].head.lower_ == "for" and doc[root_i].head.dep_ == "prep":
            continue  # "the summit is set (back on) for June 12": a day planned, not one the story tells of
        if doc is not None and (_to_come(doc[root_i]) or doc[root_i].head.lower_ in {"starting", "beginning", "effective"}):
            continue  # "said a joint commission would reconvene on July 12", "a ceasefire starting Monday": a day to come
        if is_anchor(text):
            resolved = resolve_date(text, base, "past")
            if resolved is not None:
                days[actors.sent_of.get(root_i, 0)] = resolved
    return days


def _date_clause(tok: Token) -> Token | None:
    """The verb of the clause a date phrase at ``tok`` is told in (within four steps up)."""
    return next((a for a in path_to_root(tok, limit=4)[1:] if a.pos_ in {"VERB", "AUX"}), None)


def _to_come(tok: Token) -> bool:
    """True for a date in a reported clause of what will or would happen ("said a commission would reconvene on July 12")."""
    clause = _date_clause(tok)
    return clause is not None and clause.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in children_of(clause))


def _edge_of_span(tok: Token) -> bool:
    """True for the date of a "since X" / "until X" phrase: its object ("since May 2") or a
    modifier of its object ("since the July 26 coup"), not a date told further inside it."""
    head = tok.head
    if head.lower in _EDGE_HASHES and head.dep_ == "prep":
        return True
    outer = head.head
    if tok.dep_ in {"compound", "nmod", "amod", "nummod", "poss"} and outer.lower in _EDGE_HASHES and outer.dep_ == "prep":
        return True
    # "... since the war began on April 15": the day of the clause that starts the span
    clause = _date_clause(tok)
    return clause is not None and clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower in _EDGE_HASHES for m in children_of(clause))
