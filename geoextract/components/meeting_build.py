"""Read one sentence into meeting candidates: triggers, participants, status, date, place, topic.

Triggers nested in another trigger's phrase ("hosted the meeting", "held talks ... at a
summit") describe one event and become one candidate. Sentences that only add to an earlier
meeting ("The talks focused on X", "Y also attended the talks", "Among them were ...") give
candidates flagged for the document-level merge.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from spacy.tokens import Span, Token

from ._common import hash_string
from .meeting_absence import absence_verb, replaced_people
from .meeting_actors import DocActors
from .meeting_attendance import (
    among_attending,
    companion_verb,
    named_alongside,
    sent_person,
    takes_part,
    title_name,
)
from .meeting_attributes import find_place, find_topic, object_topic
from .meeting_blocs import (
    SIDE_HASHES,
    body_meets,
    in_subject,
    member_groupings,
    of_groupings,
    summit_setting,
)
from .meeting_candidate import Candidate
from .meeting_clusters import clusters, joined_in_sentence, own_clause, pair_topic_people, recurring
from .meeting_dates import Preference
from .meeting_destinations import destination_country, split_by_destination
from .meeting_found import Found
from .meeting_lexicon import (
    ATTEND_VERBS,
    DELEGATION_NOUNS,
    EVALUATION_VERBS,
    JOINT_VERBS,
    PEOPLE_NOUNS,
    REMOTE_PP_NOUNS,
    REMOTE_WORDS,
    SCHEDULE_NOUNS,
    SEQUENCE_ADVERBS,
    SIGN_VERBS,
)
from .meeting_lists import listed_people
from .meeting_nouns import earlier_occasion, multi_day, new_event, told_meeting, within_told
from .meeting_participants import ParticipantFinder
from .meeting_presence import (
    co_speakers,
    companions_named,
    gathering_cue,
    present_after,
)
from .meeting_seats import SIDE_LIST_VERBS, also_in_place, in_front_row, side_owner
from .meeting_status import meeting_status, named_plan, past_plan
from .meeting_syntax import children_of, conjuncts, next_edition, path_to_root, token_hashes
from .meeting_timing import find_date
from .meeting_triggers import Trigger, find_triggers, joined_ones

#: Base confidence per trigger family.
FAMILY_CONFIDENCE: dict[str, float] = {
    "meet": 0.9, "phone": 0.9, "host": 0.85, "visit": 0.85, "summit": 0.8, "event": 0.7,
    "attend": 0.7, "trip": 0.5, "topic": 0.6, "expand": 0.7,
}
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_REPLACED_HASHES = frozenset(hash_string(w) for w in ("instead", "rather", "place"))
_GROUP_OBJECTS = DELEGATION_NOUNS | PEOPLE_NOUNS | {"participant", "delegate", "visitor"}


class SentenceReader:
    """Turns sentences into :class:`Candidate` records.

    Args:
        actors: The document's actors.
        finder: Participant finder over the same actors.
        base: The document date (relative dates resolve against it).
    """

    def __init__(self, actors: DocActors, finder: ParticipantFinder, base: dt.date | None) -> None:
        self.actors = actors
        self.finder = finder
        self.base = base

    def read(self, k: int, sent: Span) -> list[Candidate]:
        """All candidates of sentence ``k``."""
        units: list[tuple[Trigger, Found]] = []
        result: list[Candidate] = []
        for trig in find_triggers(sent):
            if trig.family in {"expand", "attend", "topic"}:
                special = self._special(k, sent, trig)
                if special is not None:
                    result.append(special)
                continue
            found = self.finder.of_noun(trig.token, trig.family) if trig.nominal else self.finder.of_verb(trig.token, trig.family)
            if trig.nominal and (away := absence_verb(trig.token)) is not None:
                absent = Found()
                self.finder.subjects(away, absent)  # "X skipped the summit": X is no participant of it
                found.ids = [i for i in found.ids if i not in absent.ids]
            units.append((trig, found))
        own: list[Candidate] = []
        for cluster in clusters(units):
            cand = self._candidate(k, sent, cluster)
            if cand is not None:
                own.append(cand)
        found_all = [c for c in result if not joined_in_sentence(c, own, sent)] + own
        pair_topic_people(result, own, self.actors, sent)  # "X called Y, and the two discussed Z": Y's call
        if _REPLACED_HASHES.isdisjoint(token_hashes(sent.doc)[0][sent.start : sent.end]):
            return found_all
        replaced = replaced_people(sent, self.actors)  # "sent X instead of President Y": Y did not come
        kept = []
        for cand in found_all:
            if replaced.isdisjoint(cand.participants):
                kept.append(cand)  # an anaphoric candidate may carry no one yet ("No such meeting took place")
                continue
            cand.participants = [p for p in cand.participants if p not in replaced]
            cand.host = None if cand.host in replaced else cand.host
            if cand.participants:
                kept.append(cand)
        return kept

    def _special(self, k: int, sent: Span, trig: Trigger) -> Candidate | None:
        cand = _new(k, sent, trig)
        if trig.family == "expand":
            for tok in sent:
                eid = self.actors.actor_at(tok)
                if eid is not None and self.actors.info[eid].is_person and tok.i == _root_of(tok, self.actors):
                    cand.add([eid])
            return cand if cand.participants else None
        among_word = trig.token.dep_ == "pobj" and trig.token.head.lower_ in {"among", "amongst"}  # "among those pressing for X"
        if trig.family == "attend" and not trig.nominal and not among_word and not among_attending(trig.token):
            return self._attendance(cand, trig.token)
        if trig.family == "attend":
            among = trig.token.head
            clauses = {t.i for c in sent if c.dep_ in {"relcl", "acl"} for t in c.subtree}
            # "Among the leaders at the table were X and Y": the names follow the fronted phrase
            # ("Among those killed in the crash were X and Y" tells no attendance)
            inverted = among.i == sent.start and among.head.lemma_ == "be" and not any(
                c.dep_ in {"acl", "relcl"} and not takes_part(c) for c in children_of(trig.token)
            )
            for tok in sent:
                if (tok.i <= among.right_edge.i if inverted else tok.i >= among.i) or tok.i in clauses:
                    continue
                eid = self.actors.actor_at(tok)
                if eid is not None and self.actors.info[eid].is_person:
                    cand.add([eid])
            found = Found()
            for child in children_of(among.head):
                if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in children_of(child)):
                    self.finder.subjects(child, found)  # "X and Y were among those attending, as was Z"
                if child.dep_ == "prep" and child.lower_ == "along":  # "X was among those in the hall, along with Y and Z"
                    self.finder.with_phrases(child, found)
            cand.add([p for p in found.ids if self.actors.info[p].is_person])
            cand.anaphoric = True
            return cand if cand.participants else None
        found = Found()
        self.finder.subjects(trig.token, found)
        status, cue = meeting_status(trig.token)
        cand.status, cand.status_cue, cand.factual = status or "occurred", cue, status is not None
        cand.remote = _remote(trig.token)
        cand.topic = object_topic(trig.token)
        cand.setting, cand.sideline = summit_setting([trig.token], [], self.actors)  # "discussed X on the sidelines of the summit"
        cand.add(found.ids)
        if len(cand.participants) < 2 and not found.unresolved_group:
            return None
        if trig.token.dep_ == "ccomp":  # "X said the sides had discussed Y": X took part in the talks
            cand.speaker = next((e for c in children_of(trig.token.head) if c.dep_ == "nsubj" and (e := self.actors.actor_at(c))), None)
        if cand.topic:
            # "Over dinner on Wednesday, X and Y discussed Z": a day of its own keeps it off Thursday's summit
            date = find_date([trig.token], [], self.actors, self.base, "future" if cand.status == "planned" else "past", own_only=True)
            cand.date, cand.date_rank = date.date, date.rank
        return cand if cand.topic else None

    def _attendance(self, cand: Candidate, verb: Token) -> Candidate | None:
        """"X and Y also attended, as did Z", "W sent ministers": more people at a meeting told before."""
        status, cue = meeting_status(verb)
        if status is None:
            return None
        found = Found()
        self.finder.subjects(verb, found)
        for person in present_after(verb):  # "Present were X and Y": the parser may make them the predicate
            found.take(self.finder.slot(person, found.ids))
        cand.to_gathering = gathering_cue(verb) or in_front_row(verb)  # rows of seats are a gathering's
        also_there = also_in_place(verb)
        if also_there and (place := find_place([verb], [], self.actors)) is not None:
            # "X was also in Beijing": a place of its own keeps the cue off a gathering elsewhere
            cand.place, cand.place_country, cand.place_is_city = place.text, place.country, place.is_city
        if (verb.lemma_.lower() in ATTEND_VERBS | {"look"} or also_there) and found.ids and all(self.actors.info[i].is_person for i in found.ids):
            # "X, who co-organised the gathering, Y, King Z and the emir, W, attended, along with V"; "X looked on, along with Y"
            found.ids.extend(p for p in listed_people(self.actors, verb) if p not in found.ids)
            self.finder.with_phrases(verb, found)
        if verb.lemma_.lower() == "send":
            sent = [c for c in children_of(verb) if c.dep_ == "dobj" and sent_person(c)]
            if sent:  # "Syria sent X": X attends for the state (which is no participant itself)
                cand.to_gathering = True  # states send envoys to gatherings, not to the talks of two people
                found = Found()
                for obj in sent:
                    holders = [obj, *(p for c in children_of(verb) if c.dep_ in {"prep", "dative"} for p in children_of(c) if p.dep_ == "pobj")]
                    names = [n for h in holders if (n := title_name(h)) is not None]
                    found.take(self.finder.slot(names[0] if names else obj, found.ids))
            else:  # "X sent his deputy to the summit": a person who sends someone stays away
                found.ids = [i for i in found.ids if not self.actors.info[i].is_person]
        if verb.lemma_.lower() == "represent" and any(c.dep_ == "auxpass" for c in children_of(verb)):
            # "Modi stayed away and was represented by X": a person represented is not there; states
            # send their representatives to gatherings ("Iran was represented by its acting president")
            found.ids = [i for i in found.ids if not self.actors.info[i].is_person]
            cand.to_gathering = True
        principal = found.ids[0] if found.ids else None
        for np in named_alongside(verb):  # "X thanked leaders including Y", "Peru was represented by Z", ...
            found.take(self.finder.slot(np, found.ids))
        for child in children_of(verb):
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in children_of(child)):
                self.finder.subjects(child, found)  # "..., as did Z"
        if companion_verb(verb):  # "X was accompanied by Y", "X brought Y": Y joins a meeting of X
            cand.companion_of = cand.companion_of or principal
        for np in companions_named(verb):
            found.take(self.finder.slot(np, found.ids))  # "X sat beside Y", "stood next to Z"
        for other in co_speakers(verb):
            self.finder.subjects(other, found)  # "X told the summit ..., and Y said ..."
        owner = side_owner(verb)
        if owner is not None:
            # "Y's side included A, his pick for X, and B": the people named in the list join Y's meeting
            cand.companion_of = self.actors.actor_at(owner)
            objects = [t for c in children_of(verb) if c.dep_ == "dobj" for t in c.subtree if t.ent_type_ == "PERSON"]
            found.ids.extend(e for t in objects if (e := self.actors.actor_at(t)) is not None and e not in found.ids)
        cand.add(found.ids)
        cand.status, cand.status_cue = status, cue
        cand.anaphoric = True
        return cand if cand.participants else None

    def _candidate(self, k: int, sent: Span, cluster: list[tuple[Trigger, Found]]) -> Candidate | None:
        # "met X on Wednesday before a summit this weekend": a later gathering, no one's of its own, that only dates the meeting
        cluster = [(trig, found) for trig, found in cluster if not (trig.family == "summit" and not found.ids and _told_as_later(trig.token))]
        if not cluster:
            return None
        main = cluster[0][0]
        tokens = [trig.token for trig, _ in cluster]
        statuses = [meeting_status(tok) for tok in tokens]
        status, cue = statuses[0]
        for other, other_cue in statuses[1:]:
            if other in {"cancelled", "denied"} or other is None:
                status, cue = other, other_cue
        if status is None:
            return None
        clause_of_its_own = main.nominal and own_clause(main.token) and status == "planned"
        if clause_of_its_own:
            status, cue = "occurred", True  # the clause's own past verb, not the tense of the verb it is coordinated with
        cand = _new(k, sent, main)
        cand.status, cand.status_cue = status, cue
        cand.earlier = any(earlier_occasion(tok) for tok in tokens)  # "they first met in Tonga in February"
        governors: list[Token] = []
        for trig, found in cluster:
            cand.add(found.ids)
            cand.host = cand.host or found.host
            cand.unresolved_group = cand.unresolved_group or found.unresolved_group
            cand.split_objects = cand.split_objects or found.split_objects
            cand.tokens.add(trig.i)
            if trig.nominal:
                cand.nouns.add(trig.token.lemma_.lower())
            if found.governor is not None:
                governors.append(found.governor)
                cand.governors.add(found.governor.i)
            cand.confidence = min(cand.confidence, FAMILY_CONFIDENCE.get(trig.family, 0.8)) if trig is not main else cand.confidence
            if found.climbed and not any(f.ids and not f.climbed for _, f in cluster):
                cand.confidence -= 0.1
            cand.confidence -= 0.03 * found.resolved
            if found.lost_subject:
                cand.confidence -= 0.4  # one side of the meeting is a pronoun nobody could be found for
        families = {trig.family for trig, _ in cluster}
        cand.remote = "phone" in families or any(_remote(tok) for tok in tokens)
        cand.visit = bool(families & {"host", "visit"})
        if cand.unresolved_group:
            cand.confidence -= 0.05
        nominal_only = all(trig.nominal for trig, _ in cluster)
        people = [p for p in cand.participants if self.actors.info[p].is_person]
        cand.bilateral = len(people) <= 2 and any(_told_bilateral(t) for t in tokens)  # not "after a one-on-one session, the two were joined by Z"
        if cand.bilateral and len(people) == 2:
            cand.participants = people  # "at their bilateral meeting over the remark that the alliance ...": the two people
        # "He met X, the summit's host, on Saturday": a possessor names something else, not this meeting
        # nor does "Before the signing, X received Y" (a meeting noun that only dates the verb) or "On the sidelines of the gathering, X met Y"
        nominals = [t.token for t, _ in cluster if t.nominal and (nominal_only or (t.token.dep_ != "poss" and t.token.head.lower_ != "before" and t.token.head.head.lower_ not in {"sidelines", "margins"}))]
        cand.anaphoric = (nominal_only and not cand.participants and not any(_introduces_group(t) or new_event(t) for t in tokens)) or (
            bool(nominals) and all(_anaphoric(tok) for tok in nominals)
        )
        cand.to_gathering = cand.to_gathering or (cand.anaphoric and any(multi_day(t) for t in nominals))  # "the week-long meeting"
        # "Tonga will host the leaders next year" (not "X will host Y next year": a visit of its own)
        cand.next_edition = main.family == "host" and cand.status == "planned" and len(cand.participants) == 1 and any(next_edition(t) for t in [main.token, *governors])
        if clause_of_its_own and len(cand.participants) >= 2:
            cand.anaphoric = False  # "the two held talks" after "would meet": a meeting apart from the planned one
        if not cand.anaphoric and main.family == "host" and _definite_group_object(main.token):
            cand.anaphoric = True  # "X welcomed the delegations": the parties of talks told before
        if cand.anaphoric and nominal_only and main.family != "trip" and all(_evaluated(tok) for tok in tokens):
            cand.participants, cand.host = [], None  # the judges are the sides of the meeting told before
        if "summit" in families:
            cand.grouping = next((p for p in cand.participants if self.actors.info[p].grouping), None)
        else:
            cand.grouping = next((p for p in of_groupings(tokens, self.actors) + member_groupings(tokens, self.actors) if p in cand.participants), None)
        if cand.grouping is None and len(cand.participants) == 1 and any(body_meets(v, cand.participants[0], self.actors) for v in [main.token, *governors]):
            cand.grouping = cand.participants[0]  # "G20 leaders met in Osaka": the grouping's gathering, attendees told later
        if cand.grouping is None and cand.host is not None and self.actors.info[cand.host].grouping:
            cand.grouping = cand.host  # "talks convened by the bloc": the grouping's own session
        if "summit" in families and cand.grouping is None:
            # "a Group of 20 summit": the parser makes the summit the object of the name's "of"
            before = [
                e for t in tokens
                if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.ent_type_ and (e := self.actors.actor_at(t.head)) is not None and self.actors.info[e].grouping
                and t.head.head.dep_ in {"dobj", "nsubj", "nsubjpass"}  # "opened a Group of 20 summit", not "ahead of a Group of Seven summit"
            ]
            cand.grouping = before[0] if before else self._sentence_grouping(sent)
            if cand.grouping is not None:
                cand.participants.insert(0, cand.grouping)
        lemmas = token_hashes(sent.doc)[1]
        if any(lemmas[i] in SIDE_HASHES for i in range(sent.start, sent.end)):  # most sentences name no summit at all
            cand.setting, cand.sideline = summit_setting(tokens, governors, self.actors)
        cand.joint = main.family == "meet" and not main.nominal and main.token.lemma_.lower() in SIGN_VERBS | JOINT_VERBS
        if cand.joint:  # "At the end of the session, X signed a memorandum with Y": an act within the talks told
            cand.joined_told = any(within_told(p) for p in children_of(main.token) if p.dep_ == "prep" and p.lower_ in {"at", "during"})
        if main.family == "meet" and not main.nominal and main.token.lemma_.lower() == "join":
            joiners = Found()
            self.finder.subjects(main.token, joiners)
            # "X was joined by Y": X is the one joined; "Y joined X": the object, who is none of the joiners
            cand.joined = [i for c in joined_ones(main.token) for i in self.finder.slot(c, joiners.ids if c.dep_ == "dobj" else []).ids]
            cand.joined_told = any(told_meeting(p) for p in children_of(main.token) if p.dep_ == "prep" and p.lower_ in {"for", "in", "on"})
        if main.family == "trip" and cand.host is not None and len(cand.participants) >= 2:
            cand.family, cand.visit = "visit", True  # a trip someone received ("... when Y raised Z")
        if main.family in {"trip", "visit"} and len(cand.participants) < 2:
            cand.family = "trip"
            cand.associated = _purpose_actors(main.token, self.actors) - set(cand.participants)
            cand.present = main.token.tag_ in {"VBZ", "VBP", "VBG"} or any(c.lower_ in {"is", "are"} for c in children_of(main.token))
        # a dropped plan ("had been expected to meet Y on Sunday", "his planned June 12 summit") keeps its planned day
        dropped = status == "cancelled" and any(past_plan(tok) for tok in tokens)
        prefer: Preference = "future" if status == "planned" or dropped or (status == "cancelled" and any(named_plan(t) for t in tokens)) else "past"
        date = find_date(tokens, governors, self.actors, self.base, prefer, own_only=status in {"cancelled", "denied"} and not dropped)
        cand.date, cand.date_rank, cand.date_blocked, cand.date_period = date.date, date.rank, date.blocked, date.period
        if cand.date is None and any(c.dep_ == "nsubj" and c.lemma_.lower() in SCHEDULE_NOUNS for g in governors for c in children_of(g)):
            cand.date_blocked = True  # "X's schedule included meetings with Y": a plan of days, no one day told
        cand.inherit_date = date.same_day or any(_sequenced(tok) for tok in tokens)
        cand.shift = date.shift
        place = find_place(tokens, governors, self.actors)
        if place is not None:
            cand.place, cand.place_country, cand.place_is_city = place.text, place.country, place.is_city
            cand.place_owner, cand.place_is_country = place.owner, place.is_country
        split_by_destination(cand, governors, self.actors, main.token)
        cand.destination_country = destination_country(governors, self.actors)
        if cand.family != "trip":
            cand.topic = find_topic(tokens, governors[0] if governors else None, self.actors)
        if main.family == "meet" and main.token.lemma_.lower() == "join" and any(_other_leaders(t) for c in children_of(main.token) if c.dep_ == "dobj" for t in conjuncts(c)):
            # "X joined Britain's Y and other leaders at the convention centre": at the gathering told before (its venue)
            cand.family, cand.anaphoric, cand.to_gathering, cand.place = "attend", True, True, None
        if status == "planned" and recurring(main.token):
            # "X hosted the talks with A and B, and the four agreed to meet regularly": a habit to
            # come, no meeting planned; its people were at the talks told
            cand.family, cand.status, cand.anaphoric, cand.topic = "attend", "occurred", True, None
            cand.date, cand.date_rank, cand.place = None, 0, None
        return cand


    def _sentence_grouping(self, sent: Span) -> str | None:
        """The one grouping of states a sentence names, whose summit an unqualified "summit" is."""
        found = {
            eid
            for tok in sent
            if (eid := self.actors.actor_at(tok)) is not None and self.actors.info[eid].grouping and in_subject(tok)
        }
        return found.pop() if len(found) == 1 else None


def _new(k: int, sent: Span, trig: Trigger) -> Candidate:
    return Candidate(
        sent_index=k,
        evidence=(sent.start_char, sent.end_char),
        trigger_i=trig.i,
        trigger=trig.token.text,
        family=trig.family,
        confidence=FAMILY_CONFIDENCE.get(trig.family, 0.8),
    )


def _other_leaders(tok: Token) -> bool:
    """"other leaders", "fellow leaders": the rest of a gathering."""
    return tok.lower_ in {"leaders", "heads"} and any(c.dep_ == "amod" and c.lower_ in {"other", "fellow"} for c in children_of(tok))


def _introduces_group(tok: Token) -> bool:
    """"European leaders' talks", "talks among ministers": new participants, just not named."""
    for child in children_of(tok):
        group = child if child.dep_ == "poss" else next((g for g in children_of(child) if g.dep_ == "pobj"), None) if child.lower_ == "among" else None
        if group is not None and group.lemma_.lower() in PEOPLE_NOUNS and not any(d.dep_ in {"det", "poss"} for d in children_of(group)):
            return True
    return False


def _anaphoric(tok: Token) -> bool:
    """"the meeting", "their talks", "Blinken's meetings": a meeting told about before."""
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in children_of(tok)) or _introduces_group(tok):
        return False
    if new_event(tok, any_dep=True):
        return False
    if any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in children_of(tok)):
        return True
    # "called the meeting constructive": the noun parsed as a compound of the judgement, which carries the article
    head = tok.head
    return tok.dep_ == "compound" and head.tag_ in {"NN", "JJ"} and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children_of(head))


def _definite_group_object(verb: Token) -> bool:
    """"welcomed the delegations", "received the leaders": a definite plural of people, no one named."""
    for obj in children_of(verb):
        if obj.dep_ == "dobj" and obj.tag_ == "NNS" and obj.lemma_.lower() in _GROUP_OBJECTS and not obj.ent_type_:
            # "hosted the leaders, who included X and Y": the list names some of those told before
            if any(c.dep_ == "det" and c.lower_ in {"the", "these"} for c in children_of(obj)) and not any(
                c.dep_ in {"prep", "compound", "amod", "nummod", "appos", "relcl", "acl"} and c.lemma_.lower() not in SIDE_LIST_VERBS
                for c in children_of(obj)
            ):
                return True
    return False


def _evaluated(tok: Token) -> bool:
    """"Both sides called the meeting constructive": a judgement of a meeting, not who met."""
    node = tok.head if tok.dep_ == "compound" else tok
    verb = node.head
    # "called off the stop" is a cancellation, not a judgement
    return node.dep_ in {"dobj", "oprd"} and verb.lemma_.lower() in EVALUATION_VERBS and not any(c.dep_ == "prt" for c in children_of(verb))


def _remote(tok: Token) -> bool:
    """"by phone", "via video link", "virtual", "remotely" on the trigger (not on a joiner)."""
    for child in children_of(tok):
        if child.dep_ in {"compound", "amod"} and child.lower_ in REMOTE_WORDS:
            return True
        if child.dep_ == "prep" and child.lower_ in {"by", "via", "over", "on"}:
            # "by video link" (not a date's relative clause: "on Monday, when ... by video"); not "talks on energy links"
            channels = [w for g in children_of(child) if g.dep_ == "pobj" for w in [g, *children_of(g)] if (w.i == g.i or w.dep_ == "compound") and w.lemma_.lower() in REMOTE_PP_NOUNS]
            if any(w.lemma_.lower() != "link" or child.lower_ != "on" or any(m.lower_ in REMOTE_WORDS for m in children_of(w)) for w in channels):
                return True
        if child.dep_ == "advmod" and child.lower_ in {"virtually", "remotely"} and tok.lemma_ != "join":
            return True
    path = path_to_root(tok, limit=3)
    for below, node in pairwise(path):
        if below.dep_ == "conj" and below.pos_ in {"VERB", "AUX"}:
            return False  # "spoke by phone with X and then met Y in Berlin": a verb of its own
        if (lemma := node.lemma_.lower()) in {"speak", "be"} and any(c.dep_ == "prep" and c.lower_ in {"by", "via", "over"} and (lemma == "speak" or any(g.lemma_.lower() in REMOTE_PP_NOUNS for g in children_of(c))) for c in children_of(node)):
            return True  # "spoke by phone", "was in contact with X by telephone" (after a copula only a channel counts)
    return False


def _sequenced(tok: Token) -> bool:
    """"then", "later", "afterwards" on the trigger's clause: the same day as the event before."""
    for node in path_to_root(tok, limit=4):
        if any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_ADVERBS for c in children_of(node)):
            return True
        if node.pos_ in {"VERB", "AUX"}:
            break
    return False


def _purpose_actors(tok: Token, actors: DocActors) -> set[str]:
    """Actors named in a trip's purpose ("travels to Brussels to coordinate support with NATO")."""
    found: set[str] = set()
    for child in children_of(tok):
        if child.dep_ in {"advcl", "xcomp"} or (child.dep_ == "prep" and child.lower_ == "for"):
            for sub in child.subtree:
                eid = actors.actor_at(sub)
                if eid is not None:
                    found.add(eid)
    return found


def _root_of(tok: Token, actors: DocActors) -> int:
    """Index of the last token of the entity mention covering ``tok`` (one hit per mention)."""
    eid = actors.entity_at(tok)
    i = tok.i
    while i + 1 < len(tok.doc) and actors.entity_at(tok.doc[i + 1]) == eid:
        i += 1
    return i


def _told_as_later(tok: Token) -> bool:
    """"before a summit", "ahead of a summit": a gathering still to come that only dates the clause it hangs on."""
    prep = tok.head
    return tok.dep_ == "pobj" and (prep.lower_ == "before" or (prep.lower_ == "of" and prep.head.lower_ == "ahead")) and prep.head.i != tok.i


def _told_bilateral(tok: Token) -> bool:
    """"their bilateral talks", "a one-on-one meeting", "met one-on-one", "talked bilaterally" (the
    tokenizer splits "one-on-one", so its words are read off the text around the trigger)."""
    if any((c.dep_ == "amod" and c.lower_ in {"bilateral", "two-way"}) or c.lower_ == "bilaterally" for c in children_of(tok)):
        return True
    doc = tok.doc
    around = doc[tok.left_edge.i : tok.i] if tok.pos_ in {"NOUN", "PROPN"} else doc[tok.i + 1 : min(len(doc), tok.i + 6)]
    return "one-on-one" in around.text.lower()
