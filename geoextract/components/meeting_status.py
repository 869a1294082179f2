"""Whether a meeting happened, is planned, was cancelled, was denied, or is no fact at all.

The cues sit on the path from the trigger up to the sentence root: modals and "expected to"
(planned), "called off"/"postponed" (cancelled), "denied a report that" (denied), and
conditions, invitations, offers and negations that make the sentence state no meeting.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from .meeting_lexicon import (
    ASPIRATION_WORDS,
    CANCEL_PHRASALS,
    CANCEL_WORDS,
    CONDITION_MARKS,
    DENY_WORDS,
    FUTURE_AUX,
    HYPOTHETICAL_MODIFIERS,
    MEETING_NOUNS,
    NON_EVENT_WORDS,
    PLAN_WORDS,
    SPECULATIVE_AUX,
    TRAVEL_VERBS,
    VISIT_NOUNS,
)
from .meeting_syntax import children_of, participle_misread, path_to_root

#: Statuses; None means the sentence states no meeting.
Status = tuple[str | None, bool]
#: Nouns whose "to"/"for" phrase names a meeting that may come ("the door to talks", "the way for a summit").
_PROSPECT_NOUNS = frozenset({"door", "way", "path", "ground", "groundwork", "stage"})
_CLAUSE_EDGES = frozenset({"ccomp", "relcl", "acl", "advcl", "parataxis", "csubj"})
_TEMPORAL_PREPS = frozenset({"after", "following", "since", "during", "amid", "despite"})
_HAPPEN_VERBS = frozenset({"happen", "occur", "take"})
#: Verbs of a meeting coming about that a modal makes a mere possibility ("could take place", "may be held").
_COME_ABOUT_VERBS = _HAPPEN_VERBS | {"go", "resume", "hold", "proceed"}
#: Plans that, told in the past perfect, were dropped ("had agreed to meet" still stands).
_SET_PLANS = frozenset({"expect", "expected", "plan", "planned", "schedule", "scheduled", "set", "due", "slate", "intend", "supposed"})
#: Edges through which a cancelling word governs the meeting ("postponed [his meeting]").
_CANCEL_EDGES = frozenset({"dobj", "nsubjpass", "nsubj", "pobj", "xcomp", "conj", "acl", "compound", "appos"})
#: Verbs of leaving a meeting one was due at: "withdrew from", "pulled out of", "backed out of".
_WITHDRAW_VERBS = frozenset({"withdraw", "pull", "back", "drop", "bow"})
#: Nouns of a report whose rejection denies the meeting it tells ("rejected reports that X met Y").
_REPORT_NOUNS = frozenset({"report", "claim", "rumour", "rumor", "allegation", "speculation", "suggestion", "story", "account", "assertion"})
_REJECT_VERBS = frozenset({"reject", "dispute", "contradict", "deny", "dismiss", "refute"})
#: Plan verbs whose passive states a plan for their subject ("talks are expected on Monday").
_PASSIVE_PLANS = frozenset({"expect", "plan", "schedule", "slate", "set"})
#: Verbs of the cancelling phrasal verbs: only these need their particles read.
_PHRASAL_VERBS = frozenset(verb for verb, _ in CANCEL_PHRASALS)
#: Words that put a present-tense meeting on a later day ("meets X on Wednesday", "later today").
_FUTURE_WORDS = frozenset({"tomorrow", "tonight", "later", "today", "next"})


def meeting_status(trigger: Token) -> Status:
    """Status of the meeting a trigger states, and whether an explicit cue said so.

    Returns:
        ``(status, explicit)``: status is "occurred", "planned", "cancelled", "denied", or
        None when the sentence states no meeting (a condition, an invitation, a negation).

    Example:
        >>> import spacy  # doctest: +SKIP
        >>> doc = spacy.load("en_core_web_sm")("Biden will meet Xi.")  # doctest: +SKIP
        >>> meeting_status(doc[2])  # doctest: +SKIP
        ('planned', True)
    """
    path = path_to_root(trigger)
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ == "during" and prep.head.dep_ == "ccomp" and prep.i and trigger.doc[prep.i - 1].text == ",":
        # "warned X that the West would impose sanctions ..., during a virtual summit": the parser hangs
        # the summit on the reported clause; it is the warning's, not the sanctions'
        path = [trigger, prep, *path_to_root(prep.head.head)]
    if (holder := participle_misread(trigger)) is not None:
        path = [trigger, *path_to_root(holder)]  # "will hold talks on Saturday focused on trade": the holding verb's tense
    cancelled = denied = False
    for index, node in enumerate(path):
        lemma = node.lemma_.lower()
        if index and (lemma in CANCEL_WORDS or (lemma in _PHRASAL_VERBS and any((lemma, c.lower_) in CANCEL_PHRASALS for c in children_of(node) if c.dep_ == "prt"))):
            # a coordinated clause is its own statement: "cancelled the trip but will meet X"
            if all((p.dep_ in _CANCEL_EDGES and not (p.dep_ == "conj" and p.pos_ in {"VERB", "AUX"})) or (p.dep_ == "prep" and p.lower_ in {"of", "for", "to", "including"}) or _trip_purpose(p) for p in path[:index]):
                cancelled = True
        # "the summit refuted claims of X", "X, who met Y, denied Z": the meeting or its side denies something else
        if lemma in DENY_WORDS and not (index and path[index - 1].dep_ == "nsubj") and not any(p.dep_ == "relcl" for p in path[:index]) and not _denies_later_clause(node, path[index - 1] if index else None, trigger):
            denied = True
        if index and lemma in _REJECT_VERBS and path[index - 1].lemma_.lower() in _REPORT_NOUNS and path[index - 1].dep_ == "dobj":
            denied = True  # "Beijing rejected reports that X had met Y"
        if index and _withdrawn(node, path[index - 1]) and all(p.dep_ in _CANCEL_EDGES or p.dep_ == "prep" for p in path[:index]):
            cancelled = True
    for child in children_of(trigger):
        if child.dep_ in {"amod", "acl"} and child.lemma_.lower() in CANCEL_WORDS:
            cancelled = True
    if cancelled:
        return "cancelled", True
    negated = _negated(trigger, path)
    if denied:
        return "denied", True
    if negated in {"denied", "cancelled"}:
        return str(negated), True
    if negated:
        return None, True
    agenda = _on_agenda(trigger)
    if agenda is not None:
        return ("planned" if agenda else None), True  # "a meeting between X and Y is (not) on the agenda"
    if _non_event(trigger, path) or _aspired(path):
        return None, True
    if trigger.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() == "invite":
        return "planned", True  # "X has invited Y to the summit": the inviter's gathering is still to come
    status = _tense(trigger, path)
    if status[0] == "planned" and past_plan(trigger, path):
        return "cancelled", True  # "X had been expected to hold talks with Y on Sunday": a plan since dropped
    return status


def _trip_purpose(clause: Token) -> bool:
    """"called off a trip to W to meet Y": the purpose of a trip called off is off too (not
    "cancelled his speech to meet Y", who met Y instead)."""
    if clause.dep_ not in {"advcl", "relcl", "acl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
        return False
    head = clause.head
    return head.lemma_.lower() in VISIT_NOUNS or any(c.dep_ == "dobj" and c.lemma_.lower() in VISIT_NOUNS for c in children_of(head))


def _denies_later_clause(deny: Token, below: Token | None, trigger: Token) -> bool:
    """"X skipped the summit, and his government accused Y of Z, a charge Kigali denies": a
    denial told after the clauses denies the nearest one, not an earlier conjunct's meeting."""
    if below is None or deny.i < below.i:
        return False
    return any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and trigger.i < c.i < deny.i for c in children_of(below))


def _withdrawn(verb: Token, below: Token) -> bool:
    """"withdrew from the summit", "pulled out of the meeting": the meeting is off for them."""
    lemma = verb.lemma_.lower()
    if lemma not in _WITHDRAW_VERBS or below.dep_ != "prep":
        return False
    if lemma == "withdraw":
        return below.lower_ == "from"
    # "pulled out of": the parser reads "out" as a particle, an adverb or a preposition
    return below.lower_ in {"of", "out"} and any(c.lower_ == "out" and c.dep_ in {"prt", "prep", "advmod"} for c in children_of(verb))


def past_plan(trigger: Token, path: list[Token] | None = None) -> bool:
    """"had been due in X for talks", "had been scheduled to meet": a plan told in the past perfect."""
    for node in (path or path_to_root(trigger))[1:6]:
        if node.pos_ not in {"VERB", "AUX"} and not node.tag_.startswith("VB"):
            continue
        children = list(children_of(node))
        had = any(c.dep_ == "aux" and c.lower_ == "had" for c in children)
        been = node.lower_ == "been" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "been" for c in children)
        planned = node.lemma_.lower() in _SET_PLANS or any(c.dep_ in {"acomp", "xcomp"} and c.lemma_.lower() in _SET_PLANS for c in children)
        if had and been and planned:
            return True
        # "X and Y were supposed to meet on Wednesday": a plan told in the past did not hold
        if node.lower_ == "supposed" and any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in children):
            return True
        if node.dep_ in _CLAUSE_EDGES:
            return False
    return False


def named_plan(trigger: Token) -> bool:
    """"called off his planned June 12 summit": a meeting named as a plan, whose day (when the
    news calls it off) still lay ahead."""
    return any(c.dep_ == "amod" and c.lower_ in {"planned", "scheduled", "proposed", "upcoming"} for c in children_of(trigger))


def _aspired(path: list[Token]) -> bool:
    """"said he hoped the process would lead to a meeting", "his efforts to restart talks":
    a meeting someone hopes for or works towards is no fact, however deep the clause."""
    for index, node in enumerate(path[1:7], start=1):
        edge = path[index - 1].dep_
        if edge in {"relcl", "parataxis", "nsubj", "nsubjpass"} or (edge == "conj" and path[index - 1].pos_ in {"VERB", "AUX"}):
            return False  # a relative clause or a coordinated clause states its own fact
        # "agreed to look at talks on X": talks someone will weigh are no fact
        considered = node.lemma_.lower() == "look" and path[index - 1].lower_ in {"at", "into"}
        if considered or node.lemma_.lower() in ASPIRATION_WORDS or node.lower_ in ASPIRATION_WORDS:
            return edge in {"ccomp", "xcomp", "acl", "advcl", "dobj", "pobj", "prep", "conj"}
    return False


#: Verbs that keep someone "from" a meeting ("was barred from meeting Y").
_BAR_VERBS = frozenset({"bar", "prevent", "block", "ban", "forbid", "stop", "keep", "prohibit", "exclude"})


def _negated(trigger: Token, path: list[Token]) -> str | bool:
    """"never took place" after a meeting noun is a denial; "did not meet" is no meeting."""
    happen = trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.lemma_.lower() in _HAPPEN_VERBS
    no_meeting = any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(trigger))  # "no meeting was announced"
    if happen and (no_meeting or any(_negator(c) for c in children_of(trigger.head))):
        if any((c.dep_ == "amod" and c.lower_ in {"planned", "scheduled", "proposed", "expected"}) or (c.dep_ == "det" and c.lower_ in {"a", "an"}) for c in children_of(trigger)):
            return "cancelled"  # "A (planned) meeting between X and Y never took place": one that was to be
        return "denied"  # "No such meeting took place", "the meeting never happened"
    if no_meeting or (trigger.dep_ in {"pcomp", "pobj"} and trigger.head.lower_ == "without"):
        return True  # "no meeting was announced", "X left without meeting Y"
    if any(n.dep_ in {"pcomp", "pobj"} and n.head.lower_ == "from" and n.head.head.lemma_.lower() in _BAR_VERBS for n in path[:3]):
        return True  # "X was barred from meeting Y", "prevented from holding talks"
    for below, node in pairwise(path[:4]):
        # "there are no plans for X to meet Y", "no prospect of talks": a meeting ruled out
        if node.pos_ == "NOUN" and below.dep_ in {"acl", "prep", "pobj"} and any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(node)):
            return True
    # "X was not a party to the talks": the noun's phrase climbs to the negated verb
    if trigger.dep_ == "ccomp" and trigger.i < trigger.head.i and any(t.text == ";" for t in trigger.doc[trigger.i : trigger.head.i]):
        return False  # "X looked on; Y did not attend": the parser hangs the first clause on the second
    for k, node in enumerate(path[:6]):
        if k and node.dep_ == "prep" and node.lower_ in {"after", "following", "since"} and path[k - 1].dep_ == "pobj":
            return False  # "agreed not to use force, after talks": the talks date the clause, they are not its negation
        if k and path[k - 1].dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"since", "after", "before", "when", "until"} for c in children_of(path[k - 1])):
            return False  # "has not met a minister since he sat down with X": a clause of its own, not negated
        if node.dep_ in _CLAUSE_EDGES and node.i != trigger.i:
            if path[k - 1].dep_ == "xcomp" and any(_negator(c) for c in children_of(node)):
                return True  # "X was not allowed to see Y, an official said": the clause is reported
            # "X, who did not take part in the talks": a negated relative clause on a person
            return node.dep_ == "relcl" and _negated_who_clause(node)
        if (node.pos_ in {"VERB", "AUX"} or node.i == trigger.i) and (any(_negator(c) for c in children_of(node)) or _neither_subject(node)):
            return True
        if node.pos_ in {"VERB", "AUX"} and node.i != trigger.i:
            break
        if node.i == trigger.i and node.dep_ in {"conj", "relcl"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(node)):
            break  # "X did not travel, and Y attended", "... Y, who also attended, never took place": clauses of their own
    return False


def _neither_subject(verb: Token) -> bool:
    """"Neither X nor Y attended", "None of them came": a subject that denies the verb."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in {"neither", "none", "nobody"} or any(d.dep_ in {"preconj", "det"} and d.lower_ in {"neither", "no"} for d in children_of(c)))
        for c in children_of(verb)
    )


def _on_agenda(trigger: Token) -> bool | None:
    """"A meeting between X and Y is on the agenda" (True: planned), "... was not yet on the agenda"
    (False: no meeting); None where the meeting is no subject of such a clause."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ in {"agenda", "cards"} for p in children_of(c)) for c in children_of(verb)):
        return None
    return not any(_negator(c) for c in children_of(verb))


def _participle_aside(node: Token, below: Token) -> bool:
    """"X, invited as a guest, met Y": the parser makes the bare participle the sentence's verb
    and the meeting verb its conjunct; a past participle with no auxiliary is an aside on X."""
    return node.tag_ == "VBN" and below.dep_ == "conj" and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(node))


def _negated_who_clause(verb: Token) -> bool:
    return any(_negator(c) for c in children_of(verb)) and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who" for c in children_of(verb))


def _non_event(trigger: Token, path: list[Token]) -> bool:
    """Conditions, invitations, offers, wishes and speculation state no meeting."""
    if any(c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_MODIFIERS for c in children_of(trigger)):
        return True  # "laying the ground for a possible summit between X and Y"
    for index, node in enumerate(path):
        if index and path[index - 1].dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(path[index - 1])):
            break  # "X urged them to resist, and Y told the gathering ...": a clause of its own
        # "X called on Y and then held talks with Z": a verb coordinated with the word is no part of what it asks
        coordinated = path[index - 1].dep_ == "conj" and path[index - 1].pos_ in {"VERB", "AUX"} if index else False
        if index and node.lemma_.lower() in NON_EVENT_WORDS and path[index - 1].dep_ not in {"nsubj", "nsubjpass"} and not coordinated and not _opening_act(node) and not _participle_aside(node, path[index - 1]):
            if not (node.lemma_.lower() == "call" and path[index - 1].dep_ in {"dobj", "oprd"}):
                return True
        for child in children_of(node):
            if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS:
                return True
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in children_of(child)) and _has_aux(node, {"would"}):
                return True
            if child.dep_ == "advcl" and _only_once(child):
                return True  # "would talk to X only once democracy was restored": a condition, no plan
            # not "May met X" (Theresa May, the name the parser read as a modal)
            if child.dep_ == "aux" and child.lower_ in SPECULATIVE_AUX and child.ent_type_ != "PERSON" and (index == 0 or path[index - 1].dep_ in {"xcomp", "dobj", "conj"}):
                return True
            # "a meeting between X and Y could take place once ...", "a summit may be held": the meeting is what may happen
            if child.dep_ == "aux" and child.lower_ in SPECULATIVE_AUX and index == 1 and path[0].dep_ in {"nsubj", "nsubjpass"} and node.lemma_.lower() in _COME_ABOUT_VERBS:
                return True
        if node.dep_ == "prep" and index and node.lower_ in {"to", "for", "of"} and _proposal_noun(node.head):
            return True  # "an invitation to a summit", "a proposal for talks", "an offer of talks"
        if node.dep_ == "prep" and index and node.lower_ == "to" and node.head.lemma_.lower() == "invite" and any(c.dep_ == "auxpass" for c in children_of(node.head)):
            return True  # "X, who had been invited to the summit, ...": asked, not there (the host who invites is)
        if node.dep_ == "prep" and index and node.lower_ == "for" and node.head.lemma_.lower() == "invite":
            return True  # "invited X to India for their annual summit": an invitation, no meeting yet
        if node.dep_ == "prep" and index and node.lower_ in {"to", "for"} and _prospect(node):
            return True  # "opened the door to talks", "paved the way for a meeting": a prospect only
        if node.dep_ in _CLAUSE_EDGES or node.lower_ in _TEMPORAL_PREPS or (node.dep_ == "prep" and index):
            break
    return False


def _opening_act(node: Token) -> bool:
    """"X opened the summit" is the meeting's start; only the predicate "open to talks" states none."""
    return node.lemma_.lower() == "open" and node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"acomp", "amod", "oprd"}


def _prospect(prep: Token) -> bool:
    """"the door to talks", "opened the way [for a meeting]" (the parser may hang the phrase on the verb)."""
    head = prep.head
    return head.lemma_.lower() in _PROSPECT_NOUNS or any(c.dep_ == "dobj" and c.lemma_.lower() in _PROSPECT_NOUNS and c.i < prep.i for c in children_of(head))


def _proposal_noun(noun: Token) -> bool:
    """A noun of invitation, offer or demand that has not become a meeting (not "accepted an invitation")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in NON_EVENT_WORDS:
        return False
    return not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"accept", "take", "honour", "honor"})


def _tense(trigger: Token, path: list[Token]) -> Status:
    """Planned or occurred, from modals, "expected to", "planned", "ahead of" and tense."""
    for child in children_of(trigger):
        if child.dep_ in {"amod", "acl"} and child.lemma_.lower() in PLAN_WORDS | {"planned", "upcoming", "scheduled", "proposed", "expected"}:
            if child.lemma_.lower() == "aim" and any(c.dep_ == "prep" and c.lower_ == "at" for c in children_of(child)):
                continue  # "talks aimed at ending the war": what the talks are for, not a plan
            return "planned", True
    if any(_has_aux(rel, FUTURE_AUX) for rel in _own_relatives(trigger)):
        return "planned", True  # "in town for a summit that X will host on Tuesday"
    previous: Token | None = None
    setting = False  # the meeting is the setting of a non-meeting act ("agreed to X at their meeting")
    # "leaders, hosted by X, open their summit on Wednesday": a participle on the subject has the clause's tense
    reduced = trigger.tag_ == "VBN" and trigger.dep_ == "acl" and trigger.head.dep_ == "nsubj" and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(trigger))
    for node in path:
        lemma = node.lemma_.lower()
        if previous is not None:
            edge = previous.dep_
            # "agreed to X at their meeting" tells what was agreed at a meeting held; "are due to discuss X at
            # their summit" plans the summit too
            retrospective = setting and lemma in {"agree", "announce", "confirm"}
            planning = lemma in PLAN_WORDS or node.lower_ in PLAN_WORDS  # the lemmatiser reads "slated" as "slat"
            if edge in {"xcomp", "acomp"} and (planning or lemma in {"be", "go"}) and not retrospective and not _free_relative(node):
                if lemma not in {"be", "go"} or any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(previous)):
                    return "planned", True
            if edge == "prep" and (
                # ("set the stage for the round in a call": a verb with an object of its own plans nothing)
                (previous.lower_ == "for" and lemma in PLAN_WORDS and node.pos_ in {"ADJ", "VERB"} and not any(c.dep_ == "dobj" for c in children_of(node)))
                or (previous.lower_ in {"for", "with"} and any(c.dep_ == "acomp" and c.lemma_.lower() in PLAN_WORDS for c in children_of(node)))
            ):
                return "planned", True  # "X is due in Tokyo for talks", "set for talks", "had been due in X, with talks with Y"
            if edge == "prep" and previous.lower_ in {"at", "in"} and node.lower_ == "due":
                return "planned", True  # "X and Y are due at the summit"
            if edge == "prep" and previous.lower_ == "to" and lemma in {"agree", "consent"} and previous.i == path[0].head.i:
                return "planned", True  # "X and Y have agreed to a summit": the summit is to come
            setting = edge == "prep" and previous.lower_ in {"at", "in", "during"} and node.dep_ == "xcomp" and node.i != trigger.i
            if edge in {"nsubj", "nsubjpass"} and _plans(node):
                return "planned", True
            if edge == "advcl" and _has_to(previous) and (_plans(node) or (lemma in PLAN_WORDS and _has_aux(node, {"is", "are", "am"}))):
                return "planned", True  # "X and Y are due in Z on Monday to resume talks"
            if lemma == "ahead" or (lemma == "of" and node.head.lower_ == "ahead"):
                return "planned", True
            # "to send X to Y after talks": a temporal phrase tells an earlier event, not the trip's purpose
            if lemma in TRAVEL_VERBS and edge in {"prep", "advcl", "xcomp"} and previous.lower_ not in _TEMPORAL_PREPS and node.tag_ in {"VBZ", "VBP", "VB", "VBG"} and node.dep_ != "pcomp":
                # "is flying to X for talks" plans them; "met Y before flying to X for talks" tells a sequence
                return ("planned", True) if not (_has_aux(node, {"was", "were", "had"}) or _past_participle(node)) else ("occurred", False)
        if node.pos_ in {"VERB", "AUX"} or node.tag_.startswith("VB"):
            if _has_aux(node, FUTURE_AUX) or _has_aux(node, {"would"}):
                return "planned", True
            if _scheduled_present(node, trigger):
                return "planned", True
            if node.tag_ in {"VBD", "VBN"} and node.dep_ not in {"xcomp", "amod", "acl"}:
                return "occurred", False
            if node.dep_ == "conj" and node.tag_ == "VB" and _has_aux(node.head, FUTURE_AUX | {"would"}):
                return "planned", True
        gerund = node.dep_ == "pcomp" and node.tag_ == "VBG"  # "before flying to X to meet Y": no tense of its own
        # "had been due to visit X to meet Y": the purpose of an infinitive has the tense the infinitive gets
        purpose = previous is not None and previous.dep_ == "advcl" and _has_to(previous) and node.tag_ == "VB" and _has_to(node) and node.dep_ == "xcomp"
        if previous is not None and (previous.dep_ in _CLAUSE_EDGES or previous.lower_ in _TEMPORAL_PREPS) and not gerund and not purpose and not (reduced and previous.i == trigger.i):
            break
        previous = node
    return "occurred", False


def _scheduled_present(verb: Token, trigger: Token) -> bool:
    """"X meets Y on Wednesday", "is meeting Y tomorrow", "Later today, he meets Y": the present
    tense with a time phrase tells a scheduled meeting."""
    # a root "VB" with a subject is a present tense the tagger misread ("NATO leaders open their summit on Wednesday")
    finite = verb.tag_ in {"VBZ", "VBP"} or (verb.tag_ == "VB" and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in children_of(verb)))
    present = finite and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb))
    progressive = verb.tag_ == "VBG" and _has_aux(verb, {"is", "are", "am", "'s", "'re"})
    if present and verb.lemma_.lower() == "be" and trigger.dep_ == "nsubj" and trigger.head.i == verb.i:
        # "the summit is (back) on for June 12": a meeting set for a day
        return any(c.dep_ == "prep" and c.lower_ in {"for", "on"} and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in children_of(c)) for c in children_of(verb))
    if not (present or progressive) or verb.lemma_.lower() in {"say", "tell", "be", "have", "follow"}:  # "the deal follows a meeting on Monday": before it
        return False
    # "X hosts a summit ... next month": the parser may hang the time phrase on the meeting noun
    holders = {verb, trigger, *(c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS)}
    for holder in holders:
        for child in children_of(holder):
            if child.lower_ in _FUTURE_WORDS and child.dep_ in {"advmod", "npadvmod", "tmod"}:
                return True
            if child.dep_ in {"npadvmod", "tmod"} and child.ent_type_ == "DATE":
                return True
            if child.dep_ == "prep" and child.lower_ in {"on", "at"} and any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in children_of(child)):
                return True
    return False


def _past_participle(verb: Token) -> bool:
    """"made a stop in X on Friday, flying in to meet Y": a participle of a past clause tells a past trip."""
    return verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj"} and not _has_aux(verb, {"is", "are", "am", "be"}) and verb.head.tag_ == "VBD"


def _own_relatives(noun: Token) -> list[Token]:
    """"which"/"that" clauses on a meeting noun or on its "of" phrase ("a summit of leaders that X will host")."""
    heads = [noun, *(p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj")]
    return [
        rel
        for head in heads
        for rel in children_of(head)
        if rel.dep_ == "relcl" and any(c.lower_ in {"which", "that"} and c.dep_ in {"dobj", "nsubjpass"} for c in children_of(rel))
    ]


def _free_relative(verb: Token) -> bool:
    """"held what is expected to be their last meeting": a description, not a plan."""
    return any(c.tag_ == "WP" and c.lower_ == "what" and c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb))


def _plans(verb: Token) -> bool:
    """"The meeting is expected to ...", "Negotiations are due to begin": a plan for the subject."""
    if verb.lemma_.lower() in PLAN_WORDS and any(c.dep_ == "xcomp" for c in children_of(verb)):
        return True
    if verb.lemma_.lower() in _PASSIVE_PLANS and any(c.dep_ == "auxpass" for c in children_of(verb)):
        return True  # "Talks are expected on Wednesday", "a meeting is planned for May"
    if _has_aux(verb, FUTURE_AUX):
        return True
    for child in children_of(verb):
        if child.dep_ in {"acomp", "xcomp"} and child.lemma_.lower() in PLAN_WORDS:
            return True
        if child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child)) and verb.lemma_ == "be":
            return True
    return False


def _has_to(verb: Token) -> bool:
    """An infinitive ("to resume")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def _has_aux(verb: Token, words: frozenset[str] | set[str]) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in words for c in children_of(verb))


def _only_once(clause: Token) -> bool:
    """"only once X", "only when X", "only after X", "only if X": a clause that sets a condition."""
    marks = {g.lower_ for g in children_of(clause) if g.dep_ == "mark"}
    return bool(marks & {"once", "when", "after", "if"}) and any(g.dep_ == "advmod" and g.lower_ == "only" for g in children_of(clause))


#: Words the parser may label as a negation that do negate ("BOGOTA" in a dateline does not).
_NEGATORS = frozenset({"not", "n't", "never", "no", "nor", "neither", "nt", "nowhere", "hardly"})


def _negator(tok: Token) -> bool:
    """A negation of its head: the parser's label, on a word that negates."""
    return tok.dep_ == "neg" and tok.lower_ in _NEGATORS
