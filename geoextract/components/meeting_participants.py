"""Who takes part in a meeting: subjects, objects, "with" phrases, hosts, agents and groups.

Works on one sentence's parse with the actors of :mod:`meeting_actors`. Verbal triggers take their
subject and object ("X met Y", "Y was received by X"); nominal ones their own modifiers ("talks with X",
"a summit of X hosted by Y", "X's visit") and the subject of the verb that governs them ("X held talks").
"""

from __future__ import annotations

from spacy.tokens import Token

from .meeting_actors import DocActors, NPResult
from .meeting_agents import agents as _agents
from .meeting_attendance import brought_together, colon_list, displaced_relatives, meeting_relative
from .meeting_clusters import next_step
from .meeting_counterparts import delivered_on_trip, opposite, relative_for_both, with_clause_people
from .meeting_destinations import dateline_people, schedule_owner, tour_traveller, trip_verb
from .meeting_found import (
    Found,
    auspices_mediators,
    brokered_deals,
    capitals_for_states,
    companions_of,
    handed_over_to,
    hosted_after_origin,
    led_party,
    mediators_under,
    named_grouping,
    named_with,
    people_only,
    side_noun,
    speaker_for,
    subject_holder,
    while_opening,
)
from .meeting_groups import COUNT_WORDS, Recent, counted_holders, group_of_people, hosts_during
from .meeting_hospitality import given_to, guests_of
from .meeting_lexicon import (
    AGENT_VERBS,
    ATTEND_VERBS,
    CANCEL_WORDS,
    COMPANION_VERBS,
    GO_BETWEEN_VERBS,
    HOLD_VERBS,
    HOSTING_VERBS,
    IN_PERSON_VERBS,
    PLAN_WORDS,
    SCHEDULE_NOUNS,
    SIGN_VERBS,
    TOPIC_PREPS,
    VISIT_NOUNS,
)
from .meeting_phrases import (
    _adjunct,
    _has_both,
    _is_meeting_noun,
    _is_passive,
    _list_preps,
    _object_read_as_subject,
    _participle_clause,
    _preceding_person,
    _predicative,
    _preps_under,
    _separate,
    _setting_preps,
    _time_reference,
    also_met,
    coordinated_preps,
    detached_name,
    detached_names,
    fronted_list,
    governing_verb,
    listed_before,
    measured_participles,
    noun_sources,
    objects_read_as_adverbs,
    one_each,
    topic_party,
    verb_inclusions,
    verb_with_preps,
)
from .meeting_syntax import bare_subject, children_of, conjuncts, phrase_head, verb_read_as_modifier
from .meeting_syntax import orphan_name as orphan_name
from .meeting_together import together_in_object

_WITH_PREPS = frozenset({"with", "between", "among", "amongst", "alongside"})
_OF_NOUNS = frozenset({"summit", "meeting", "session", "conference", "gathering", "forum", "talk", "ceremony", "presence", "signing", "encounter"})
_OBJECT_GOVERNORS = HOLD_VERBS | CANCEL_WORDS | PLAN_WORDS | {"receive", "make", "pay", "undertake", "place", "return", "accept", "call", "put", "push", "announce", "confirm", "report", "deny", "skip", "miss", "boycott", "have", "cut", "curtail", "extend", "shorten", "interrupt", "prolong"}


class ParticipantFinder:
    """Participants of triggers in one Doc.

    Args:
        actors: The document's actors and resolver.
        recent: Function from a token index and a group size to the persons of the latest
            meeting of that size before it (used for "the two leaders").
    """

    def __init__(self, actors: DocActors, recent: Recent) -> None:
        self.actors = actors
        self.recent = recent

    def slot(self, tok: Token, exclude: list[str] | None = None) -> NPResult:
        """All actors of a (possibly coordinated) noun phrase headed by ``tok``."""
        result = NPResult()
        excluded = list(exclude or [])
        for conj in conjuncts(tok):
            res = self.actors.resolve_np(conj, excluded, self.recent)
            result.ids.extend(i for i in res.ids if i not in result.ids)
            result.unresolved_group = result.unresolved_group or res.unresolved_group
            result.resolved = result.resolved or res.resolved
            for prep in _list_preps(conj):
                for pobj in children_of(prep):
                    if pobj.dep_ == "pobj":
                        inner = self.slot(pobj, excluded)
                        result.ids.extend(i for i in inner.ids if i not in result.ids)
        return result

    def subjects(self, verb: Token, found: Found, depth: int = 0, *, inner: Token | None = None) -> None:
        """Add the subject (and passive agent) of ``verb``, climbing to governing verbs if none.

        ``inner`` is the token the meeting was reached from: a copula whose predicate does not
        hold it only describes its subject ("X was the issue, in their meeting").
        """
        before = len(found.ids)
        subjects = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}] if not _predicative(verb, inner) else []
        subjects = [c for c in subjects if c not in _object_read_as_subject(verb)]
        auxes = [c for c in children_of(verb) if c.dep_ == "aux"]  # "Also attending were A and B"; "May met X" (the name read as a modal)
        subjects = subjects or [g for c in auxes for g in children_of(c) if g.dep_ == "nsubj"] or [c for c in auxes if c.ent_type_ == "PERSON"]
        grouped = False
        for child in subjects:
            owner = schedule_owner(child)  # "X's schedule included meetings with Y", "the visit by X ended after talks with Y": X
            res = self.slot(owner if owner is not None else child, [*found.ids, *named_with(self.actors, verb, child)])
            res.ids = res.ids or [t for t in [tour_traveller(child, self.actors)] if t is not None and t not in found.ids]
            res.ids = res.ids + [e for e in dateline_people(child, verb, self.actors, found.ids) if e not in res.ids]
            if (first := relative_for_both(child, verb)) is not None:
                res = self.slot(first, found.ids)  # "X and Y, who held talks a day earlier, ...": both
            grouped = grouped or res.unresolved_group
            res.ids = [speaker_for(self.actors, verb, eid) or eid for eid in res.ids]
            found.take(res)
            if res.ids or side_noun(child):  # "the rebels, led by X, sat at one table with Y": X is there
                self._companions(child, found)
            if not res.ids and not res.unresolved_group and child.pos_ == "PRON" and child.lower_ not in {"who", "that", "which"}:
                found.lost_subject = not self.slot(child).ids  # not merely someone already counted
        self._people_of(led_party(verb) if found.ids else [], found)  # "X led a delegation including Y and Z"
        if not subjects and (bare := bare_subject(verb)) is not None:
            found.take(self.slot(bare, found.ids))  # "The two leaders, meeting at X, ...": they meet
        if not subjects and not _participle_clause(verb):
            for tok in fronted_list(verb):  # "In Kabul, X and Y met Z": the parser hangs them on the place
                found.take(self.slot(tok, found.ids))
            person = _preceding_person(verb, self.actors)
            if person is not None and person not in found.ids:
                found.ids.append(person)
        own = len(found.ids)
        # "was welcomed by Y before heading to talks with Z": Y is no subject of those ("hosted by Y and attended by Z" shares it)
        if _is_passive(verb) and verb.lemma_.lower() in AGENT_VERBS | {"embrace", "hug"} and (depth == 0 or (inner is not None and inner.dep_ == "conj" and _is_passive(inner))):
            for agent in _agents(verb):
                ids = found.take(self.slot(agent, found.ids))
                if ids and verb.lemma_.lower() in HOSTING_VERBS and found.host is None:
                    found.host = ids[0]
        if depth >= 3 or grouped or own > before or (len(found.ids) > own and subjects):
            return  # a passive with no subject word ("after being greeted by X") still climbs for one
        if inner is None and verb.dep_ == "ccomp" and any(c.pos_ in {"NOUN", "PROPN"} for c in subjects):  # "'The region is talking,' said X"
            return
        head = trip_verb(verb) or subject_holder(verb) or verb.head  # "made a trip to W to see Y": the traveller sees Y
        if (verb.dep_ in {"xcomp", "conj", "advcl", "pcomp", "ccomp", "relcl"} or head.i != verb.head.i) and head.i != verb.i:
            if head.dep_ == "prep" or head.pos_ == "ADP":
                head = head.head
            if head.pos_ == "ADJ" and head.dep_ in {"acomp", "xcomp", "amod"}:
                head = head.head  # "X and Y are due to meet", "ready to meet"
            if head.pos_ in {"VERB", "AUX"} or head.tag_.startswith("VB"):
                found.climbed = True
                self.subjects(head, found, depth + 1, inner=verb)

    def _companions(self, subject: Token, found: Found) -> None:
        """"X, accompanied by Y, met Z", "The three men, joined by Y, held talks", names the parser lost before X: they take part too."""
        found.ids.extend(p for p in listed_before(self.actors, subject) if p not in found.ids)
        self._people_of(companions_of(subject), found)

    def _people_of(self, toks: list[Token], found: Found) -> None:
        """Add the people the noun phrases ``toks`` name (not the states or bodies among them)."""
        for tok in toks:
            res = self.slot(tok, found.ids)
            res.ids = [i for i in res.ids if self.actors.info[i].is_person]
            found.take(res)

    def with_phrases(self, tok: Token, found: Found, *, allow_to: bool = False) -> None:
        """Add the objects of "with"/"between"/"among" (and "along with") phrases under ``tok``."""
        for prep in _preps_under(tok):
            lower = prep.lower_
            if lower == "under":
                self._take(auspices_mediators(prep), found)  # "under the auspices of X": the mediator takes part
            if (lower in {"between", "among"} and prep.head.dep_ == "dobj" and prep.head.i != tok.i and not _is_meeting_noun(prep.head) and tok.lemma_.lower() not in GO_BETWEEN_VERBS) or topic_party(prep):
                continue  # "discussed the trade deal between the EU and Mercosur", "talks on the war with Hamas": the topic's parties ("carried messages between X and Y" has its go-between's)
            if lower in _WITH_PREPS or (allow_to and lower == "to" and prep.head.i == tok.i):  # "with X and with Y": coordinated twins too
                per_prep: list[list[str]] = []
                for pp in coordinated_preps(prep):
                    before = len(found.ids)
                    # a name read as a gerund ("Tshering") or cut off as a verb ("with Sultan Qaboos bin Said": "Said")
                    for pobj in [*(p for p in children_of(pp) if p.dep_ == "pobj" or (p.dep_ == "pcomp" and p.ent_type_ == "PERSON")), *orphan_name(pp)]:
                        found.ids.extend(dict.fromkeys(e for n in detached_names(pobj)[1:] if (e := self.actors.actor_at(n)) and e not in found.ids))  # "along with A, B and C": each
                        res = self.slot(detached_name(pobj) or pobj, found.ids)
                        if lower == "alongside" and not people_only(self.actors, res):
                            continue  # "met X alongside the summit" names a setting, not a companion
                        if not res.ids and lower == "between":
                            res.ids = capitals_for_states(self.actors, pobj)  # "talks between Riyadh and Tehran"
                        found.take(res)
                    per_prep.append(found.ids[before:])
                if lower in {"with", "between"} and not found.split_objects:
                    found.split_objects = one_each(per_prep, tok, lower)

    def with_phrases_of_verb(self, verb: Token, found: Found) -> None:
        """Objects of "with"/"between" phrases hung directly on ``verb`` (or on its setting:
        "held talks on the sidelines with X", where the parser hangs "with" on "sidelines")."""
        per_prep: list[list[str]] = []
        for prep in [*verb_with_preps(verb, _WITH_PREPS), *_setting_preps(verb)]:
            if prep.lower_ not in _WITH_PREPS:
                continue
            before = len(found.ids)
            for pobj in children_of(prep):
                if prep.lower_ == "with":
                    self._take(with_clause_people(pobj), found)  # "with X hosting leaders", "with X carrying messages"
                if pobj.dep_ == "pobj" or (pobj.dep_ == "pcomp" and pobj.ent_type_ == "PERSON"):
                    res = self.slot(detached_name(pobj) or pobj, found.ids)
                    if prep.lower_ != "alongside" or people_only(self.actors, res):
                        found.take(res)  # "met X in Brussels, alongside Y and Z": Y and Z were there too
            if prep.lower_ == "with":
                per_prep.append(found.ids[before:])
        if not found.split_objects:
            found.split_objects = one_each(per_prep)  # "held talks with X, and with Y": one meeting each

    def of_verb(self, verb: Token, family: str) -> Found:
        """Participants of a verbal trigger ("met", "hosted", "called", "visited")."""
        found = Found()
        if verb_read_as_modifier(verb):
            return self._modifier_verb(verb, family)
        self.subjects(verb, found)
        for listed in colon_list(verb):
            res = self.slot(listed, found.ids)
            if res.ids and all(self.actors.info[i].is_person for i in res.ids):
                found.take(res)  # "the ministers had gathered ...: A, B and C", not "to discuss ...: Gaza, Iran"
        subjects = list(found.ids)
        if family == "host" and subjects and not _is_passive(verb):
            found.host = subjects[0]
        calls = family == "visit" and verb.lemma_.lower() == "call"
        object_deps = {"dobj", "dative"} | ({"oprd"} if family == "phone" or calls else set())  # "calling on Y" read as a predicate
        called_on = {p.i for c in children_of(verb) if calls and c.dep_ == "prep" and c.lower_ in {"on", "upon"} for p in children_of(c) if p.dep_ == "pobj"}
        late = _object_read_as_subject(verb) + objects_read_as_adverbs(verb)
        for child in [*children_of(verb), *(verb.doc[i] for i in sorted(called_on)), *(t for t in late if t.head.i != verb.i)]:  # "called on X": X is visited
            if child in late:
                found.take(self.slot(child, found.ids))
            if (child.dep_ in object_deps or child.i in called_on) and not _is_meeting_noun(child):
                res = self.slot(child, found.ids)
                if family == "visit" and res.ids and not any(self.actors.info[i].is_person for i in res.ids):
                    continue  # "visited Fiji": a destination, not a counterpart
                ids = found.take(res)
                if (_has_both(child) or (also_met(verb) and all(self.actors.info[i].is_person for i in ids))) and len(ids) >= 2:
                    found.split_objects = ids
                if family == "visit" and ids and found.host is None:
                    found.host = ids[0]
        if family == "host":
            self._take(guests_of(verb), found, people_only=True)  # "hosted a dinner for X", "played host to X"
        self._take(verb_inclusions(verb), found)  # "hosted leaders on Saturday, including X and Y"
        self._take(opposite(verb), found)  # "sat across from X"
        if family == "meet" and verb.lemma_.lower() in SIGN_VERBS:
            self._take(together_in_object(verb), found)  # "signed a document backing the deal together with X"
        self.with_phrases(verb, found, allow_to=verb.lemma_.lower() in {"talk", "speak"} or delivered_on_trip(verb))
        if verb.dep_ in {"xcomp", "advcl"} and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in children_of(verb)):
            self._take(mediators_under(verb.head), found)  # "spent four days negotiating ... under the auspices of X"
        if _separate(verb) and len(found.ids) - len(subjects) >= 2:
            found.split_objects = found.ids[len(subjects) :]  # "met separately with X and Y", "saw X and, separately, Y"
        self._participle_agents(verb, found)
        return found

    def _modifier_verb(self, verb: Token, family: str) -> Found:
        """"X hosted leaders ..." parsed as "(X-)hosted leaders": X is the subject, the head the object."""
        found = Found()
        subject = self.actors.actor_at(verb.doc[verb.i - 1])
        if subject is not None:
            found.ids.append(subject)
            found.host = subject if family == "host" else None
        found.take(self.slot(phrase_head(verb.head), found.ids))  # "hosted Brazilian President X, Y and Z"
        return found

    def _participle_agents(self, verb: Token, found: Found) -> None:
        """", attended by X" hung on the verb rather than on the meeting noun; "signed ... in a deal brokered by X"."""
        for acl in brokered_deals(verb):
            self._acl_agents(acl, found)
        shared = [g for c in children_of(verb) if c.dep_ == "conj" and c.pos_ == "VERB" and not any(s.dep_.startswith("nsubj") for s in children_of(c)) for g in children_of(c) if g.dep_ == "advcl"]  # "... and sat down, joined by Z"
        for child in [*children_of(verb), *(g for p in children_of(verb) if p.lower_ in {"before", "after"} for g in children_of(p) if g.dep_ == "pcomp"), *shared]:
            if child.dep_ in {"advcl", "conj", "pcomp"} and child.tag_ == "VBN" and child.lemma_.lower() in AGENT_VERBS and not next_step(child):
                self._acl_agents(child, found)  # not "... and was then received by Y"; "talked before being joined by Z"
            elif child.dep_ == "prep" and child.lower_ in {"at", "in"} and verb.lemma_.lower() == "meet":  # "met at a retreat chaired by X": its chair takes part (not "a base hosted by Italy")
                for acl in (a for p in children_of(child) if p.dep_ == "pobj" for a in children_of(p) if a.dep_ == "acl" and a.tag_ == "VBN"):
                    if acl.lemma_.lower() in HOSTING_VERBS:
                        for agent in _agents(acl):
                            res = self.slot(agent, found.ids)
                            if res.ids and all(self.actors.info[i].is_person for i in res.ids):
                                found.host = found.host or found.take(res)[0]

    def of_noun(self, noun: Token, family: str) -> Found:
        """Participants of a nominal trigger ("talks with X", "X's visit", "a summit of X")."""
        found = Found()
        # "a Kremlin meeting between X and Y" (a venue), "discussed the Yemen talks with X" (a topic): a modifier is no side
        between = any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(noun)) or (noun.dep_ == "dobj" and noun.head.lemma_ in {"discuss", "review"})
        for child in noun_sources(noun, family):
            if child.dep_ == "poss":
                found.take(self.slot(child, found.ids))
            elif child.dep_ in {"compound", "amod", "nmod", "npadvmod"} and family != "event" and not between:
                for tok in child.subtree:
                    eid = self.actors.actor_at(tok)
                    if eid is not None and tok.ent_type_ not in {"DATE", "TIME"} and eid not in found.ids:
                        found.ids.append(eid)
            elif child.dep_ == "prep":
                lower = child.lower_
                pobjs = [p for p in children_of(child) if p.dep_ == "pobj"]
                if lower == "of" and noun.lemma_.lower() in _OF_NOUNS:
                    for pobj in pobjs:
                        if not found.take(self.slot(pobj, found.ids)):
                            found.ids.extend(named_grouping(self.actors, pobj, found.ids))  # "a summit of the C5+1 group"
                        # "a summit of the Forum for X Cooperation with Y": the parser hangs "with" inside the name
                        name = [t for t in pobj.subtree if t.i > pobj.i and t.ent_iob_ == "I" and t.ent_type_ == pobj.ent_type_]
                        for with_prep in (c for t in name for c in children_of(t) if c.dep_ == "prep" and c.lower_ == "with"):
                            for obj in (o for o in children_of(with_prep) if o.dep_ == "pobj"):
                                found.take(self.slot(obj, found.ids))
                        for rel in children_of(pobj):
                            if rel.dep_ == "acl" and rel.lemma_.lower() in ATTEND_VERBS | HOSTING_VERBS and _is_passive(rel):
                                self._acl_agents(rel, found)  # "the summit of the bloc, attended by X", "... hosted by Y"
                            elif rel.dep_ == "relcl" and meeting_relative(rel):
                                self._relcl_participants(rel, found)  # "a meeting of leaders that X will host"
                elif (lower == "by" and family in {"trip", "meet", "summit", "event"}) or (lower == "from" and family == "phone"):
                    for pobj in pobjs:
                        found.take(self.slot(pobj, found.ids))
                elif lower == "including" and family in {"summit", "meet", "event"}:
                    for pobj in pobjs:  # "attended the gathering, including X and Y": the people named attend
                        res = self.slot(pobj, found.ids)
                        if res.ids and all(self.actors.info[i].is_person for i in res.ids):
                            found.take(res)
                elif lower in {"to", "on"} and family == "visit":
                    for pobj in pobjs:
                        ids = found.take(self.slot(pobj, found.ids))  # "a visit to X", "a courtesy call on X"
                        found.host = found.host or (ids[0] if ids else None)
            elif child.dep_ == "acl" and (child.tag_ == "VBN" or child.lemma_.lower() in AGENT_VERBS):
                self._acl_agents(child, found)
            elif child.dep_ == "relcl":
                # "talks that X chaired", "a summit X will attend", "talks, which were to be chaired by X"
                for verb in [child, *(c for c in children_of(child) if c.dep_ == "xcomp")]:
                    if verb.lemma_.lower() in AGENT_VERBS | ATTEND_VERBS:
                        self._relcl_participants(verb, found)
            if child.dep_ == "prep" and child.lower_ in {"at", "in", *TOPIC_PREPS}:
                # "talks at the palace, hosted by X", "talks on a transition, convened by X": a participle hung on the venue or topic
                for venue in children_of(child):
                    for acl in children_of(venue):
                        if venue.dep_ == "pobj" and acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in AGENT_VERBS:
                            # "a conference on Libya hosted by X": a topic is never hosted, so no comma is needed
                            if child.lower_ in {"at", "in"} or acl.nbor(-1).text == "," or acl.lemma_.lower() in HOSTING_VERBS:
                                self._acl_agents(acl, found)
        for acl in measured_participles(noun, AGENT_VERBS):  # "four hours of talks between X and Y, mediated by Z"
            self._acl_agents(acl, found)
        for acl in hosted_after_origin(noun):  # "a meeting of ministers from 10 countries co-chaired by X"
            self._acl_agents(acl, found)
        count = counted_holders(noun)
        if count is not None:  # "The two held talks": the parser made the two a modifier of the talks
            found.take(NPResult(group_of_people(self.actors, count, COUNT_WORDS[count.lower_], set(found.ids), self.recent), resolved=True))
        before = len(found.ids)
        self.with_phrases(noun, found)
        if _separate(noun) and len(found.ids) - before >= 2:
            found.split_objects = found.split_objects or found.ids[before:]  # "separate meetings with X and Y"
        if len(found.ids) == 1 and any(c.dep_ == "amod" and c.lower_ in {"trilateral", "three-way"} for c in children_of(noun)):  # "a trilateral meeting joined by X"
            found.ids.extend(p for p in self.recent(noun.i, 2) if p not in found.ids)
        own = len(found.ids)
        # a grouping on the noun is no counterpart for a verb of telling: "told X at the SCO summit" adds X ("elected X at ..." not)
        counterpart = own > 0
        if counterpart and all(self.actors.info[i].grouping for i in found.ids):
            teller, _ = governing_verb(noun)
            counterpart = teller is None or teller.lemma_.lower() not in IN_PERSON_VERBS
        governor = self.governor(noun, found, counterpart=counterpart)
        found.governor = governor
        found.ids = found.ids[own:] + found.ids[:own]  # the one who holds the talks reads first
        if governor is not None:
            self._participle_agents(governor, found)
        for rel in displaced_relatives(noun, governor):
            self._relcl_participants(rel, found)  # "chaired a session on Friday, which X attended"
        for gathered in brought_together(noun):
            found.take(self.slot(gathered, found.ids))
        return found

    def _verb_counterparts(self, verb: Token, found: Found) -> None:
        """The person object and the "with" phrases of a verb whose adjunct is a meeting noun."""
        holders = [verb]
        for child in children_of(verb):
            if child.dep_ in {"dobj", "dative"}:
                res = self.slot(child, found.ids)
                if res.ids and all(self.actors.info[i].is_person for i in res.ids):
                    found.take(res)
                elif not res.ids:
                    holders.append(child)  # "reached a deal with X at talks"
        for holder in holders:
            self.with_phrases_of_verb(holder, found)
        self._take(given_to(verb), found, people_only=True)  # "presented a medal to X during an audience"

    def _take(self, toks: list[Token], found: Found, *, people_only: bool = False) -> None:
        """Add the actors the noun phrases ``toks`` name; only people with ``people_only`` (not a state: "a dinner for Europe")."""
        for tok in toks:
            res = self.slot(tok, found.ids)
            if not people_only or (res.ids and all(self.actors.info[i].is_person for i in res.ids)):
                found.take(res)

    def _relcl_participants(self, relcl: Token, found: Found) -> None:
        """"a summit that X will attend", "talks, which were chaired by X": who takes part."""
        lemma = relcl.lemma_.lower()
        # "a summit, which X is expected to attend": the subject of the raising verb attends
        raised = relcl.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in children_of(relcl))
        subjects = [c for c in children_of(relcl.head) if c.dep_ in {"nsubj", "nsubjpass"}] if raised else [c for c in children_of(relcl) if c.dep_ == "nsubj"] + handed_over_to(relcl, own=True)
        for child in subjects:
            if child.lower_ not in {"which", "that", "who"}:
                ids = found.take(self.slot(child, found.ids))
                if ids and lemma in HOSTING_VERBS and found.host is None:
                    found.host = ids[0]
        if _is_passive(relcl) or any(c.dep_ == "agent" for c in children_of(relcl)):
            self._acl_agents(relcl, found)

    def _acl_agents(self, acl: Token, found: Found) -> None:
        """Agents of "hosted by X and attended by Y" (the participle and its coordinated ones)."""
        for verb in [acl, *(c for c in children_of(acl) if c.dep_ == "conj" and c.tag_ == "VBN" and c.lemma_.lower() in AGENT_VERBS)]:
            self._take(mediators_under(verb), found)  # "talks held in Paris under the auspices of X"
            for agent in _agents(verb):
                ids = found.take(self.slot(agent, found.ids))
                if ids and verb.lemma_.lower() in HOSTING_VERBS and found.host is None:
                    found.host = ids[0]

    def governor(self, noun: Token, found: Found, *, counterpart: bool = True) -> Token | None:
        """Add the participants a governing verb gives a meeting noun; return that verb.

        ``counterpart`` tells whether the noun names its own counterpart ("talks with X"); a
        noun without one in a verb's adjunct takes the verb's person object or "with" phrase
        ("thanked X in a phone call", "agreed with X in a call", "a deal with X at talks").
        """
        verb, via = governing_verb(noun)
        if verb is None:
            return None
        if via in {"nsubj", "nsubjpass"}:
            # "The talks were to have been hosted by X": the passive infinitive names the host
            inner = next((c for c in children_of(verb) if c.dep_ == "xcomp" and c.lemma_.lower() in AGENT_VERBS and _is_passive(c)), None)
            verb = inner if inner is not None else verb
        lemma = verb.lemma_.lower()
        if via in {"nsubj", "nsubjpass"}:
            if noun.lemma_.lower() in VISIT_NOUNS:
                for person in hosts_during(self.actors, verb):  # "X's visit ... turned tense when Y raised Z"
                    if person not in found.ids:
                        found.ids.append(person)
                        found.host = found.host or person
            if lemma in AGENT_VERBS:
                for agent in _agents(verb):
                    ids = found.take(self.slot(agent, found.ids))
                    if ids and lemma in HOSTING_VERBS and found.host is None:
                        found.host = ids[0]
                if _is_passive(verb):
                    self.with_phrases(verb, found)  # "mediated by X, together with Y"
            # "Talks opened on Monday, bringing the sides together under the sponsorship of X and Y"
            for clause in (verb, *(c for c in children_of(verb) if c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG")):
                self._take(mediators_under(clause), found)
            self._take(while_opening(verb), found)  # "X took over the chair from Y as the summit opened": both there
            return verb
        plans = lemma in {"include", "feature"} and any(c.dep_ == "nsubj" and c.lemma_.lower() in SCHEDULE_NOUNS for c in children_of(verb))
        if via == "dobj" and lemma not in _OBJECT_GOVERNORS and not plans:
            return verb
        if via == "prep" and _time_reference(noun, verb):
            return None  # "Hours before the summit, X notified Y": another event, dated by the meeting
        before = len(found.ids)
        if lemma == "send" and noun.head.lower_ == "to":  # "X sent his deputy to the summit": the one sent attends, not X
            self._take([c for c in children_of(verb) if c.dep_ == "dobj"], found, people_only=True)
        else:
            self.subjects(verb, found, inner=noun)
        for pobj in handed_over_to(verb, own=via == "prep"):  # "At the summit, X took over the chairmanship from Y"
            found.take(self.slot(pobj, found.ids))
        if lemma in HOSTING_VERBS and not _is_passive(verb) and len(found.ids) > before and found.host is None:
            found.host = found.ids[before]
        if via == "dobj":
            added = len(found.ids)
            self.with_phrases_of_verb(verb, found)  # "had dinner with X", "postponed his meeting with X"
            if (_separate(noun) or _separate(verb)) and len(found.ids) > added and not found.split_objects:
                # "bilateral meetings with X, and with Y": the parser hangs the second "with" on the verb
                found.split_objects = found.ids[:before] + found.ids[added:]
            self._take(mediators_under(verb), found)  # "held talks on Monday under the auspices of X": in each
        if via == "prep" and lemma in COMPANION_VERBS:
            for child in children_of(verb):
                if child.dep_ == "dobj":
                    found.take(self.slot(child, found.ids))
        elif via == "prep" and not counterpart and _adjunct(noun, verb):
            told = len(found.ids)
            self._verb_counterparts(verb, found)
            if _separate(noun) and len(found.ids) - told >= 2 and not found.split_objects:
                found.split_objects = found.ids[told:]  # "informed X and Y in separate calls": one call each
        if _is_passive(verb) and lemma in AGENT_VERBS:
            for agent in _agents(verb):
                found.take(self.slot(agent, found.ids))
        found.climbed = True
        return verb
