"""The actors a meeting can have, read off one Doc: entity lookup by token, pronouns, descriptions.

The entity linker has already grouped mentions into ``doc._.geo_entities``; this module answers
the questions the meeting extractor asks of a noun phrase: which actor does this token name,
who is "he" here, who are "the two leaders", who is "his German counterpart". The resolver is
salience-based and deliberately simple: nearest compatible PERSON mention, subjects first,
titles and nationality from the text and from ``doc._.geo_roles``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from .meeting_groups import (
    COUNT_WORDS,
    PAIR_NOUNS,
    Recent,
    appositive_people,
    appositive_person,
    bodies_subject,
    clause_people,
    collective_people,
    coordinated_people,
    group_members,
    group_of_people,
    group_size,
    grouping_reference,
    looks_like_grouping,
    reporting_subject,
    state_list_reference,
    subject_person,
)
from .meeting_leaders import (
    described_person,
    each_one,
    host_or_guest,
    leaders_instead,
    state_leader,
    titled_person,
)
from .meeting_lexicon import COLLECTIVE_NOUNS, DELEGATION_NOUNS, PEOPLE_NOUNS
from .meeting_mentions import (
    ROLE_WORDS,
    coarguments,
    governing_subjects,
    in_noun_modifier,
    in_other_relative,
    local_titles,
    noun_lemma,
    role_countries,
    role_titles,
    text_genders,
)
from .meeting_syntax import children_of, conjuncts, date_parts, rootless
from .ner_repairs import dateline_end

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_NEUTER = frozenset({"it", "its", "itself"})
#: Counted nouns that name states or bodies, not people ("the two governments").
_NOT_PEOPLE = frozenset({"country", "nation", "government", "state", "party", "capital", "neighbour", "neighbor"})
_RELATIVE = frozenset({"who", "whom", "that", "which", "whose"})
#: Nouns between a title and the body it serves ("heads of government of the bloc", "leaders of the member states of X").
_GOVERNMENT_WORDS = frozenset({"government", "state", "states", "governments", "member", "members"})


#: What the knowledge base says of an entity: a grouping of states, in office on the day, the kind of an organisation.
Flags = tuple[bool, bool, str | None]


@dataclass(frozen=True)
class ActorInfo:
    """What the meeting extractor needs to know about one document entity."""

    id: str
    name: str
    label: str
    kind: str | None  # the entity's kind; for an organisation in the KB, the KB's ("media", "company" ...)
    country: str | None
    grouping: bool = False
    official: bool = False

    @property
    def is_person(self) -> bool:
        return self.label == "PERSON"

    @property
    def is_actor(self) -> bool:
        """A person, a state or an organisation (not a city, venue or region)."""
        if self.label == "PERSON":
            return True
        if self.label == "ORG":
            return self.kind not in {"media", "company", "think_tank"}
        if self.label in {"GPE", "NORP"}:
            return self.kind == "country"
        return False

    @property
    def is_place(self) -> bool:
        return self.label in {"GPE", "LOC", "FAC"} and not self.is_actor


@dataclass
class NPResult:
    """Actors named by one noun phrase, and how they were found."""

    ids: list[str] = field(default_factory=list)
    unresolved_group: bool = False
    resolved: bool = False  # found through a pronoun or a description


class DocActors:
    """Entity lookup and a light salience-based resolver over one annotated Doc.

    Args:
        doc: A Doc that went through the entity linker (``doc._.geo_entities`` set).
        entity_kb: Optional function from an entity id to ``(grouping, official, kind)`` flags
            looked up in the knowledge base (the kind of an organisation: "media", "company" ...).
        sents, ents: The Doc's sentences and entities when the caller already has them.
        capitals: Optional function from an ISO alpha-3 code to the country's capitals in
            the knowledge base, main one first.
    """

    def __init__(
        self,
        doc: Doc,
        entity_kb: Callable[[str], Flags] | None = None,
        sents: list[Span] | None = None,
        ents: list[Span] | None = None,
        capitals: Callable[[str], tuple[str, ...]] | None = None,
    ) -> None:
        self.doc = doc
        #: The capitals the pipeline's KB lists for a country code (None: no KB to ask).
        self.capitals = capitals
        self.info: dict[str, ActorInfo] = {}
        self._token_entity: dict[int, str] = {}
        self._token_span: dict[int, tuple[int, int]] = {}
        self._span_entities: dict[tuple[int, int], list[str]] = {}
        self.mention_roots: dict[int, str] = {}
        self.person_mentions: list[tuple[int, str]] = []  # (root token index, entity id), in order
        self.titles: dict[str, set[str]] = {}
        self._gender_cache: dict[str, str] | None = None
        self.sent_of: dict[int, int] = {}
        self.sents: list[Span] = sents if sents is not None else document_sentences(doc)
        #: (root token index, text) of the DATE and TIME phrases, read once per document
        self.date_ents: list[tuple[int, str]] = [
            part for e in (ents if ents is not None else doc.ents) if e.label_ in {"DATE", "TIME"} for part in date_parts(e)
        ]
        for k, sent in enumerate(self.sents):
            self.sent_of.update(dict.fromkeys(range(sent.start, sent.end), k))
        entities: list[dict[str, Any]] = list(doc._.geo_entities or [])
        titles_of = role_titles(doc)
        countries_of = role_countries(doc)
        self.dateline_end = dateline_end(doc)
        widths: dict[int, int] = {}
        for ent in entities:
            flags = entity_kb(ent["id"]) if entity_kb else (False, False, None)
            grouping = flags[0] or looks_like_grouping(ent)
            official = flags[1] or ent["id"] in titles_of
            self.info[ent["id"]] = ActorInfo(
                id=ent["id"], name=ent.get("name", ""), label=ent.get("label", ""), kind=flags[2] or ent.get("kind"),
                country=ent.get("country") or countries_of.get(ent["id"]), grouping=grouping, official=official,
            )
            self.titles[ent["id"]] = set(titles_of.get(ent["id"], ()))
            for mention in ent.get("mentions", []):
                span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                width = len(span)
                holders = self._span_entities.setdefault((span.start, span.end), [])
                if ent["id"] not in holders:
                    holders.append(ent["id"])  # "Egyptian and Jordanian foreign ministers": two holders, one phrase
                for i in range(span.start, span.end):
                    if i not in widths or width < widths[i]:
                        widths[i] = width
                        self._token_entity[i] = ent["id"]
                        self._token_span[i] = (span.start, span.end)
                self.mention_roots[span.root.i] = ent["id"]
        #: token indices inside mentions of groupings of states (a cheap test before tree walks)
        self.grouping_tokens = frozenset(i for i, eid in self._token_entity.items() if self.info[eid].grouping)
        for root_i, eid in sorted(self.mention_roots.items()):
            if self.info[eid].is_person and self._token_entity.get(root_i) == eid:
                self.person_mentions.append((root_i, eid))
                self.titles[eid].update(local_titles(doc[root_i], self._token_entity))
        for eid in self.titles:
            if self.titles[eid] and self.info[eid].is_person and not self.info[eid].official:
                self.info[eid] = ActorInfo(**{**self.info[eid].__dict__, "official": True})

    # -- lookup ---------------------------------------------------------------------------

    def sentence(self, tok: Token) -> Span:
        """The sentence of ``tok`` (without spaCy's per-call sentence search)."""
        return self.sents[self.sent_of.get(tok.i, 0)]

    def entity_at(self, tok: Token) -> str | None:
        """Id of the entity whose (narrowest) mention covers this token."""
        return self._token_entity.get(tok.i)

    def actor_at(self, tok: Token) -> str | None:
        """Id of the actor (person, state, organisation) named at this token, if any."""
        if tok.i < self.dateline_end:
            return None
        eid = self._token_entity.get(tok.i)
        if eid is not None and self.info[eid].is_actor:
            return eid
        return None

    def co_holders(self, tok: Token) -> list[str]:
        """The people one phrase names together ("the Egyptian and Jordanian foreign ministers",
        resolved by the role layer to two office holders), when there are several."""
        span = self._token_span.get(tok.i)
        people = [e for e in self._span_entities.get(span, []) if self.info[e].is_person] if span else []
        return people if len(people) > 1 else []

    def is_person_subject(self, root_i: int) -> bool:
        tok = self.doc[root_i]
        # "JERUSALEM, July 6 - X called on Y": X hangs under the dateline the parser made the subject
        while tok.head.i != tok.i and (tok.dep_ in {"conj", "appos", "compound"} or tok.head.i < self.dateline_end):
            tok = tok.head
        return tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "ROOT" and any(c.dep_ == "acl" and rootless(c) for c in children_of(tok)))

    # -- noun phrases ---------------------------------------------------------------------

    def resolve_np(self, tok: Token, exclude: Iterable[str] = (), recent: Recent | None = None) -> NPResult:
        """The actors a noun phrase headed by ``tok`` names (one conjunct; see :func:`conjuncts`)."""
        excluded = set(exclude)
        eid = self.actor_at(tok)
        if eid is not None and self.info[eid].is_person and not (tok.pos_ == "NOUN" and not any(c.dep_ == "conj" for c in children_of(tok)) and self.appositive_person(tok) not in {None, eid}):  # "his counterpart, Y": Y
            return NPResult(self.co_holders(tok) or [eid])
        appositive = self._appos_people(tok, excluded, recent)
        if appositive.ids:
            return appositive
        if eid is not None:
            if tok.lemma_.lower() in ROLE_WORDS and self.info[eid].label == "ORG":
                # an office the NER took for an organisation ("the Minister of Foreign Affairs of X, Y")
                follower = self.appositive_person(tok)
                if follower is not None and follower not in excluded:
                    return NPResult([follower], resolved=True)
            return NPResult([eid])
        if self.entity_at(tok) is not None and not tok.pos_ == "PRON":
            return NPResult()
        if tok.lemma_.lower() in COLLECTIVE_NOUNS and (led := [i for i in group_members(self, tok) if i not in excluded]):
            return NPResult(led, resolved=True)  # "The seven-member group, led by X (and including Y), ..."
        collective = collective_people(self, tok, excluded)
        if collective:
            return NPResult(collective, resolved=True)
        grouping = self.grouping_reference(tok)
        if grouping is not None:
            return NPResult([grouping], resolved=True)
        states = state_list_reference(self, tok)  # "the boycotting states", "the four countries"
        if states:
            return NPResult([s for s in states if s not in excluded], resolved=True)
        if (tok.lower_ in COUNT_WORDS and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}) or (tok.lower_ in PAIR_NOUNS and group_size(tok)):
            size = group_size(tok)  # "the two met", "both agreed", "the pair's second meeting"
            people = group_of_people(self, tok, size, excluded, recent) if size else []
            return NPResult(people, resolved=True) if people else NPResult(unresolved_group=True)
        if (each := each_one(self, tok, excluded, recent)) is not None:
            return NPResult(each, resolved=True)  # "separate talks with each leader"
        if tok.pos_ == "PRON" or tok.lower_ in _RELATIVE | _PLURAL:
            return self.resolve_pronoun(tok, excluded, recent)
        lemma = noun_lemma(tok, self.dateline_end)[0]
        if tok.lower_ == "members":  # "members of the Pacific Islands Forum": the grouping itself, never unnamed people
            return NPResult(self._modifier_actors(tok, excluded), resolved=True)
        if lemma in DELEGATION_NOUNS or lemma in ROLE_WORDS or lemma in PEOPLE_NOUNS or tok.lower_ in PEOPLE_NOUNS:
            follower = self.appositive_person(tok)
            if follower is not None and follower not in excluded:
                return NPResult([follower], resolved=True)
            if len(listed := [i for i in appositive_people(self, tok) if i not in excluded]) >= 2:
                return NPResult(listed, resolved=True)  # "their Indian counterparts, A and B", whatever the parse
            return self.resolve_description(tok, excluded, recent)
        if tok.pos_ == "NOUN":
            follower = self.appositive_person(tok)  # "Trump's pick for commerce secretary, Howard Lutnick,"
            if follower is not None and follower not in excluded:
                return NPResult([follower], resolved=True)
        return NPResult()

    def grouping_reference(self, tok: Token) -> str | None:
        """The grouping "the bloc" refers to (see :func:`.meeting_groups.grouping_reference`)."""
        return grouping_reference(self, tok)

    def _appos_people(self, tok: Token, exclude: set[str], recent: Recent | None) -> NPResult:
        """Actors in the appositions of ``tok`` ("CAIRO, Egypt — President X and Y", "its chief, X")."""
        result = NPResult()
        for child in children_of(tok):
            if child.dep_ != "appos" or child.left_edge.tag_ == "WP$":
                continue  # "the Forum, whose secretary general, X, ...": a relative, not the Forum itself
            for conj in conjuncts(child):
                inner = self.resolve_np(conj, exclude, recent)
                result.ids.extend(i for i in inner.ids if i not in result.ids)
        if result.ids and self.actor_at(tok) is not None:
            # an organisation or state head keeps its place unless a person stands in apposition
            if not any(self.info[i].is_person for i in result.ids):
                return NPResult()
        return result

    def appositive_person(self, tok: Token) -> str | None:
        """A person named right after a description and a comma (see :func:`.meeting_groups.appositive_person`)."""
        return appositive_person(self, tok)

    def resolve_pronoun(self, tok: Token, exclude: set[str], recent: Recent | None = None) -> NPResult:
        """Resolve a personal, possessive or relative pronoun to the actor it stands for."""
        if (lower := tok.lower_) in _RELATIVE and tok.dep_ != "ROOT":
            clause = tok.head
            if lower == "whose" or (tok.dep_ == "pobj" and clause.dep_ == "prep"):
                clause = tok.head.head  # "whose talks", "with whom he held talks"
            if clause.dep_ in {"relcl", "acl"} and clause.head.i != clause.i:
                noun = clause.head
                if lower == "who" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.ent_type_ in {"GPE", "ORG"}:
                    noun = noun.head.head  # "X of the Comoros, who handed over": the person, not the state
                inner = self.resolve_np(noun, exclude, recent)  # "Y, the president's brother, who ...": Y
                inner = self.resolve_np(noun.head, exclude, recent) if not inner.ids and noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" else inner
                return NPResult(inner.ids, inner.unresolved_group, True)
            return NPResult()
        if lower in _MALE | _FEMALE:
            found = self._salient_person(tok, exclude)
            return NPResult([found], resolved=True) if found else NPResult()
        if lower in _PLURAL:
            ids = [i for i in clause_people(self, tok, exclude) if i not in exclude] or coordinated_people(self, tok, exclude) or bodies_subject(self, tok, exclude, recent)
            ids = ids or (recent(tok.i, 2) if recent else [])
            return NPResult([i for i in ids if i not in exclude], resolved=True)
        if lower in _NEUTER:
            found = self._salient_non_person(tok, exclude)
            return NPResult([found], resolved=True) if found else NPResult()
        return NPResult()

    def resolve_description(self, tok: Token, exclude: set[str], recent: Recent | None = None) -> NPResult:
        """Resolve "the Secretary", "his German counterpart", "the two men", "NATO counterparts"."""
        lemma, plural = noun_lemma(tok, self.dateline_end)
        modifiers = self._modifier_actors(tok, exclude)
        size = group_size(tok)
        if size is not None and lemma not in _NOT_PEOPLE:
            people = leaders_instead(self, tok, group_of_people(self, tok, size, exclude, recent), size, exclude)
            return NPResult(people, resolved=True) if people else NPResult(unresolved_group=True)
        led = [i for i in group_members(self, tok) if i not in exclude]  # "a delegation (from the bloc) led by X": X stands for it
        if led:
            return NPResult(led, resolved=True)
        if plural or (lemma in DELEGATION_NOUNS and lemma not in ROLE_WORDS):
            if modifiers and plural and lemma in {"leader", "head"}:
                # "the leaders of Germany, France and Ukraine": each state's leader where the article names one
                leaders = [state_leader(self, m, exclude) if self._is_state(m) else None for m in modifiers]
                if all(leaders):  # each one, or the states themselves
                    return NPResult(list(dict.fromkeys(p for p in leaders if p)), resolved=True)
            if modifiers and plural and lemma in ROLE_WORDS:
                # "the presidents of Rwanda and Congo": each state's president where the article names one
                holders = [(titled_person(self, tok, lemma, [m], exclude) if self._is_state(m) else None) or m for m in modifiers]
                return NPResult(list(dict.fromkeys(holders)), resolved=True)
            if modifiers:
                return NPResult(modifiers, resolved=True)
            return NPResult(unresolved_group=plural)
        # "his host", "his guest": the one of the other state; "the Secretary": the title's holder
        person = host_or_guest(self, tok, exclude) or (titled_person(self, tok, lemma, modifiers, exclude) if lemma in ROLE_WORDS else None)
        if person:
            return NPResult([person], resolved=True)
        if modifiers and lemma in {"envoy", "diplomat", "emissary"} and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok)):
            # "The American envoy is due to fly to Chad": the last person told of that state, whatever their title
            country = self.info[modifiers[0]].country
            told = [eid for root_i, eid in self.person_mentions if root_i < tok.i and eid not in exclude and self.info[eid].country == country]
            if country and told:
                return NPResult(told[-1:], resolved=True)
        if modifiers:
            return NPResult(modifiers[:1], resolved=True)
        return NPResult()

    def _modifier_actors(self, tok: Token, exclude: set[str]) -> list[str]:
        """Countries and organisations that qualify a description ("NATO and EU counterparts")."""
        found: list[str] = []
        for child in children_of(tok):
            if child.dep_ in {"compound", "amod", "nmod", "poss"}:
                candidates = [child, *[c for c in children_of(child) if c.dep_ == "conj"]]
                for cand in candidates:
                    eid = self.actor_at(cand) or self.grouping_reference(cand)
                    if eid is None and cand.lower_ in {"its", "their"} and cand.dep_ == "poss":
                        eid = self._salient_non_person(cand, exclude)
                    if eid is not None and self.info[eid].is_person and cand.dep_ == "poss" and {tok.lemma_.lower(), tok.lower_} & DELEGATION_NOUNS:
                        eid = self._state_of(eid)  # "received Tshisekedi's envoys": the state they speak for
                    if eid is not None and not self.info[eid].is_person and eid not in found:
                        found.append(eid)
        # "met his counterparts from A and B": the parser may hang "from" on the verb, right after the object
        moved = [p for p in children_of(tok.head) if p.dep_ == "prep" and p.lower_ == "from" and p.i == tok.right_edge.i + 1] if tok.dep_ == "dobj" else []
        for child in [*children_of(tok), *moved]:
            if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
                for pobj in children_of(child):
                    if pobj.dep_ == "pobj":
                        if pobj.lower_ in _GOVERNMENT_WORDS and self.actor_at(pobj) is None:
                            # "heads of government of the bloc": the body is named one "of" further
                            pobj = next((p for c in children_of(pobj) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"), pobj)
                        listed = next((a for a in children_of(pobj) if a.dep_ == "appos" and self.actor_at(a)), None) if self.actor_at(pobj) is None else None
                        for cand in conjuncts(listed or pobj):  # "the leaders of new members A, B and C": the list
                            eid = self.actor_at(cand) or self.grouping_reference(cand)
                            # "leaders of the expanded BRICS group": the body named before its common noun
                            eid = eid or next((e for c in children_of(cand) if c.dep_ == "compound" and (e := self.actor_at(c))), None)
                            if eid is not None and eid not in found and (not self.info[eid].is_person or (cand is not pobj and eid not in exclude)):
                                found.append(eid)  # "his counterparts from the bloc, A and B": the parser hangs the people on the body
                            elif eid is None:  # "the foreign ministers of the boycotting states"
                                found.extend(e for e in state_list_reference(self, cand) if e not in found and e not in exclude)
        return found

    def _state_of(self, person: str) -> str | None:
        """The state entity of the article a person holds office in, if it names one."""
        country = self.info[person].country
        return next((e for e, i in self.info.items() if country and i.country == country and self._is_state(e)), None)

    def _is_state(self, eid: str) -> bool:
        info = self.info[eid]
        return info.label in {"GPE", "NORP"} and info.country is not None and not info.grouping

    # -- salience -------------------------------------------------------------------------

    def _window(self, tok: Token, back: int = 3) -> tuple[int, int]:
        k = self.sent_of.get(tok.i, 0)
        return self.sents[max(0, k - back)].start, tok.i

    def _salient_person(self, tok: Token, exclude: set[str]) -> str | None:
        start, end = self._window(tok)
        sent_start = self.sents[self.sent_of.get(tok.i, 0)].start
        coargs = coarguments(tok)
        wanted = "m" if tok.lower_ in _MALE else "f"
        genders = self._genders()
        exclude = exclude | {eid for eid, gender in genders.items() if gender != wanted} | {e for i in coargs if (e := self.mention_roots.get(i))}  # "he called X": not X
        if wanted == "f":
            # most people in political news whose gender the text does not tell are men: when
            # the text shows a woman in reach, "she" is her rather than a nearer unknown
            in_window = {eid for root_i, eid in self.person_mentions if start <= root_i < end and eid not in exclude}
            if any(genders.get(eid) == "f" for eid in in_window):
                exclude = exclude | {eid for eid in in_window if genders.get(eid) != "f"}
        speaker = reporting_subject(self, tok)
        if speaker is not None and speaker not in exclude:
            return speaker
        # "X attended ... before flying to Doha, where he was greeted by Y": X, past subjects that are no person;
        # "He met Y ..., and he received Z", "He will call on Y before heading to Z, where W will receive him": the same man
        governing = (subject_person(self, g) or described_person(self, g, exclude) or (self._salient_person(g, exclude) if g.lower_ == tok.lower_ or {g.lower_, tok.lower_} <= _MALE or {g.lower_, tok.lower_} <= _FEMALE else None) for g in governing_subjects(tok))
        subject = next((e for e in governing if e is not None), None)
        if subject is not None and subject not in exclude:
            return subject
        current = [
            (root_i, eid) for root_i, eid in self.person_mentions
            if sent_start <= root_i < end and eid not in exclude and root_i not in coargs
        ]
        if current:
            # "X has been stranded since gangs led by a warlord, Y, overran ..., where he had met Z":
            # a name inside a participle phrase that describes a noun is no candidate for "he"
            # while the sentence's clauses have their own people
            # nor is a name that modifies a common noun ("before the Trump administration leaves office")
            prominent = [c for c in current if not in_noun_modifier(self.doc[c[0]]) and not in_other_relative(self.doc[c[0]], tok) and not _names_a_noun(self.doc[c[0]])]
            # "began in A, where X met Y, and went on to B, where he ...": of names in other clauses, a subject
            prominent = prominent or [c for c in current if self.is_person_subject(c[0])]
            return (prominent or current)[-1][1]
        earlier = [(root_i, eid) for root_i, eid in self.person_mentions if start <= root_i < sent_start and eid not in exclude]
        if not earlier:
            return None
        last_sent = self.sent_of[earlier[-1][0]]
        last = [(root_i, eid) for root_i, eid in earlier if self.sent_of[root_i] == last_sent]  # its subject, else a name opening it
        for _, eid in [*(m for m in last if self.is_person_subject(m[0])), *(m for m in last if self.doc[m[0]].left_edge.i == self.sents[last_sent].start)][:1]:
            return eid
        # "The tour began in A, where he saw X, and went on to B for talks with Y. That evening he ...":
        # the same pronoun as a subject of the last sentence names the one it names there
        span = self.sents[last_sent]
        same = next((t for t in span if t.lower_ in (_MALE if tok.lower_ in _MALE else _FEMALE) and t.dep_ in {"nsubj", "nsubjpass"} and t.i < tok.i), None)
        if same is not None:
            found = self._salient_person(same, exclude)
            if found is not None:
                return found
        return earlier[-1][1]

    def _genders(self) -> dict[str, str]:
        """Grammatical gender the text itself gives a person (see :func:`.meeting_mentions.text_genders`)."""
        if self._gender_cache is None:
            self._gender_cache = text_genders(self.doc, self.person_mentions, self._token_entity)
        return self._gender_cache

    def _salient_non_person(self, tok: Token, exclude: set[str]) -> str | None:
        start, end = self._window(tok, back=2)
        for i in range(end - 1, start - 1, -1):
            eid = self.mention_roots.get(i)
            if eid and eid not in exclude and self.info[eid].is_actor and not self.info[eid].is_person:
                return eid
        return None


def document_sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, or the whole Doc as one when nothing set sentence boundaries."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return list(doc.sents)
    return [doc[:]]


def _names_a_noun(tok: Token) -> bool:
    """"the Trump administration", "the Putin regime": a name as the modifier of a common noun."""
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.ent_type_ != "PERSON"
