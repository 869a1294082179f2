"""The last reading of a document's gatherings, after the merge: their groupings, hosts and
speakers (:func:`complete_gatherings`).

Speakers at a gathering told just after it: "... a summit of 11 South American leaders.
Uruguayan President X said he was surprised ..., and Chilean President Y said ...".

A story of a gathering of many goes on with what its attendees said there. A person who
holds an office on the story's day and is the subject of a verb of saying in the two
sentences after the gathering (with no other meeting of two or more told in between, and no
other place or channel of the saying named) spoke at it; so did one who speaks in a "with"
clause on the gathering's own sentence ("... at a summit on Friday, with Turkey's X
warning"). People of other meetings in the story are left where they are; so are speakers
further on, who comment from elsewhere as often as not.
"""

from __future__ import annotations

from spacy.tokens import Token

from .meeting_actors import DocActors
from .meeting_blocs import GATHERING_NOUNS, add_named_hosts, complete_groupings, story_grouping
from .meeting_candidate import Candidate
from .meeting_presence import AFAR_WORDS, SPEECH_VERBS
from .meeting_syntax import children_of

#: Verbs of saying read here: those of :data:`.meeting_presence.SPEECH_VERBS` and a rejection.
_SAYING = SPEECH_VERBS | {"reject"}
#: Sentences after a gathering in which its speakers are read.
_WINDOW = 2


def complete_gatherings(meetings: list[Candidate], actors: DocActors) -> None:
    """Groupings of gatherings (by their officers, then by the story), named hosts, then speakers."""
    complete_groupings(meetings, actors)
    story_grouping(meetings, actors)
    add_named_hosts(meetings, actors)
    add_gathering_speakers(meetings, actors)


def add_gathering_speakers(meetings: list[Candidate], actors: DocActors) -> None:
    """Add to each gathering of many (or meeting of a grouping) that took place the office
    holders who speak just after it."""
    if not any(m.grouping or GATHERING_NOUNS & m.nouns for m in meetings):
        return  # most stories tell no gathering
    doc = actors.doc
    told = [m for m in meetings if len(m.participants) >= 2]  # a candidate of one person tells no meeting
    taken = {p for m in told for p in m.participants}
    for m in told:
        if m.is_trip or m.status != "occurred" or m.sideline or m.remote:
            continue
        if m.grouping is None and (GATHERING_NOUNS.isdisjoint(m.nouns) or len({actors.info[p].country or p for p in m.participants}) < 3):
            continue  # neither a grouping's meeting nor a gathering of many told with a gathering noun
        told_after = [other.sent_index for other in told if other is not m and other.sent_index > m.sent_index]
        last = min([m.sent_index + _WINDOW, *(k - 1 for k in told_after)])  # up to the next meeting told
        for root_i, eid in actors.person_mentions:
            if not m.sent_index <= actors.sent_of.get(root_i, -1) <= last or eid in taken or not actors.info[eid].official:
                continue
            same = actors.sent_of.get(root_i) == m.sent_index  # only "..., with X warning that ...": see _speaks_there
            if _speaks_there(doc[root_i], m.place, same_sentence=same):
                m.add([eid])
                taken.add(eid)


def _speaks_there(subject: Token, place: str | None, *, same_sentence: bool = False) -> bool:
    """``subject`` says something in a main clause, not from afar nor in another named place; in
    the gathering's own sentence, only in a "with" clause on it ("failed to agree at a summit on
    Friday, with Turkey's X warning that ...")."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in _SAYING:
        return False
    if same_sentence:
        if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "with":
            return False
    elif verb.dep_ not in {"ROOT", "conj"}:
        return False
    for prep in children_of(verb):
        if prep.dep_ != "prep":
            continue
        if any(t.lemma_.lower() in AFAR_WORDS for t in prep.subtree):
            return False  # "said in a statement"
        if prep.lower_ in {"in", "from"} and any(t.ent_type_ == "GPE" and t.text not in (place or "") for t in prep.subtree):
            return False  # "In Moscow, X said ...": somewhere else
    return True
