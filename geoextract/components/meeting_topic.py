"""What a meeting was about: the verbatim object of "talks on X", "focused on X", "to discuss X".

The topic is the whole object phrase with its coordination and the modifiers that say which
matter it is ("trade, the Eurasian Economic Union and the Baikonur space centre"; "the
upgrading of a free trade agreement signed in 2008"), and nothing of the rest of the
sentence: a new clause, a reporting tail (", officials said"), a time or place adjunct of the
verb, or the sides of the talks.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ._common import hash_string, span_attr
from .meeting_actors import DocActors
from .meeting_capitals import described_capital
from .meeting_focus import agenda_items, filled_topic
from .meeting_groups import group_size
from .meeting_lexicon import (
    AGENDA_NOUNS,
    EXCHANGED_WORDS,
    FOCUS_VERBS,
    NOT_TOPIC_HEADS,
    PLACE_OR_TOPIC_HEADS,
    REMOTE_WORDS,
    SETTING_NOUNS,
    TOPIC_PREPS,
    TOPIC_VERBS,
)
from .meeting_np import phrase, phrase_span
from .meeting_phrases import _is_meeting_noun
from .meeting_syntax import children_of, scope, token_hashes

_TOPIC_VERB_HASHES = frozenset(hash_string(w) for v in TOPIC_VERBS for w in (v, v.title()))
_MEALS = frozenset({"lunch", "dinner", "breakfast", "coffee", "tea", "meal", "drink", "banquet"})
#: Events whose "on" phrase tells a place or a day, never a subject of talks.
_CEREMONIES = _MEALS | {"ceremony", "signing", "reception", "parade", "celebration", "gala"}
_CONTRAST = re.compile(r",?\s+\b(?:rather than|instead of)\b")
_ROUTE_PREPS = frozenset({"through", "across", "along", "into"})
#: Prepositions of a topic after a meeting noun. "Over" is left out: "talks broke down over X"
#: tells a cause, and "talks over X" yields to a later "discussed Y" (gold convention: "talks
#: on", "about", "focused on", "to discuss", "discussed").
_TOPIC_OF = TOPIC_PREPS - {"over"}
#: Verbs that report a relative's focus ("talks that officials said focused on X").
_REPORTING = frozenset({"say", "describe", "call", "tell", "report", "add"})
#: Nouns of a visit's plan, bare in "talks on the program" (no topic: a programme of work has a modifier).
_ITINERARY_WORDS = frozenset({"program", "programme", "schedule", "itinerary", "cards"})
#: Nouns of "X was on the agenda / on the table".
_AGENDA_PLACES = frozenset({"agenda", "table"})
#: Words that open a clause naming a question discussed ("discussed how to keep the summit on track").
_WH_CLAUSE = frozenset({"how", "whether", "what"})
#: Prepositions that end a clausal topic: where, when and with whom, not what about.
_NOT_OF_CLAUSE = frozenset({"with", "at", "during", "by", "after", "before", "since"})
#: Nouns of a state of affairs whose "in" phrase says where it is ("the war in Gaza"), even
#: when the parser hangs that phrase on the verb.
SITUATION_NOUNS = frozenset(
    {
        "war", "conflict", "crisis", "situation", "fighting", "violence", "tension", "tensions",
        "unrest", "instability", "dispute", "insurgency", "turmoil", "standoff", "clash", "clashes",
        "famine", "drought", "hostilities", "offensive", "occupation", "blockade", "bloodshed",
    }
)
#: Matters told with the region they concern ("peace in the Middle East", "security in the
#: Sahel", "a ceasefire in Gaza"): an "in" phrase after one is part of the topic.
PLACED_MATTERS = SITUATION_NOUNS | {"peace", "security", "stability", "ceasefire", "truce", "cooperation", "investment", "reconstruction"}


def find_topic(triggers: list[Token], governor: Token | None, actors: DocActors) -> str | None:
    """What the meeting was about: "talks on X", "focused on X", "to discuss X", "X is on the agenda"."""
    topic = _find_topic(triggers, governor, actors)
    if topic is None:
        return None
    topic = _CONTRAST.split(topic, maxsplit=1)[0].strip(" ,;:-—")  # "focused on X rather than Y": Y is no part of it
    words = topic.lower().split()  # "He", "the plan": a pronoun or a word that only points back names no matter
    if not words or (len(words) == 1 and words[0] in _POINTERS) or (len(words) == 2 and ((words[0] in {"the", "this", "that"} and words[1] in _POINTED) or words in (["each", "other"], ["one", "another"]))):
        return None
    return topic


#: Pronouns that are never a topic by themselves.
_POINTERS = frozenset({"he", "she", "it", "they", "them", "this", "that", "these", "those"})
#: Nouns that, after "the", only point back to a matter told before ("the plan", "the matter"; "the
#: talks" and "the proposal" can be a matter of their own: talks between others, a plan put forward).
_POINTED = frozenset({"plan", "matter", "issue", "issues", "subject", "topic"})


def _find_topic(triggers: list[Token], governor: Token | None, actors: DocActors) -> str | None:
    heads: list[Token] = []
    for trig in triggers:
        heads.extend([trig, *(c for c in children_of(trig) if c.dep_ == "dobj" and c.lemma_.lower() in EXCHANGED_WORDS and trig.lemma_.lower() == "exchange")])  # "exchanged views on X"
        for tok in scope(trig):
            if tok.dep_ in {"pobj", "pcomp"} and actors.actor_at(tok) and tok.head.lower_ in {"with", "between", "among"}:
                heads.extend(_conjunct_heads(tok))
    if governor is not None:
        heads.append(governor)
    trigger_ids = {t.i for t in triggers}
    for head in heads:
        if head.lemma_.lower() in _CEREMONIES:
            continue  # "hosted the ceremony on the South Lawn": "on" tells where, not what about
        if head.i not in trigger_ids and head.lemma_.lower() in {"agree", "settle", "decide", "sign"}:
            continue  # "In talks at X, the two sides agreed on four principles": an outcome, not the topic
        for child in children_of(head):
            # "On Friday Biden held talks ...": a topic phrase follows its noun or verb
            if child.dep_ == "prep" and child.lower_ in _TOPIC_OF and child.i > head.i and (head.i in trigger_ids or not any(t.i in trigger_ids for t in child.subtree)):
                topic = _topic_pobj(child, actors)
                if topic:
                    return topic
            # "held talks with X on the same day on Y", "held talks on the sidelines on Y": the
            # parser hangs the topic on the day or the setting
            if child.dep_ == "prep" and (head.i in trigger_ids or (governor is not None and head.i == governor.i)):
                for day in children_of(child):
                    dated = day.ent_type_ in {"DATE", "TIME"} or day.lower_ in SETTING_NOUNS  # not "talks at the UN about X", where only "about" is
                    if day.dep_ == "pobj" and (dated or child.lower_ in {"at", "in"}):
                        topic = next((t for p in children_of(day) if p.dep_ == "prep" and p.lower_ in (_TOPIC_OF if dated else {"about"}) and (t := _topic_pobj(p, actors))), None)
                        if topic:
                            return topic
    # "addressed the summit's session": the meeting itself is no topic of the verb
    if governor is not None and governor.lemma_.lower() in TOPIC_VERBS and not any(t.i in trigger_ids for c in children_of(governor) if c.dep_ == "dobj" for t in c.subtree):
        topic = object_topic(governor)
        if topic:
            return topic
    for trig in triggers:
        # what is negotiated (a treaty, a deal) is the outcome, not the topic (gold convention)
        if trig.lemma_.lower() in {"discuss", "debate", "raise", "bring"} and trig.pos_ == "VERB" and not any(c.lower_ == "together" for c in children_of(trig)):
            # "discussed energy security with X"; "raised the case of X with Y" (not "raised the matter")
            raised = [c for c in children_of(trig) if c.dep_ == "dobj" and c.i > trig.i and c.pos_ in {"NOUN", "PROPN"} and not _bare_anaphor(c)]
            topic = object_topic(trig) if trig.lemma_.lower() in {"discuss", "debate"} else (_object_span(trig, raised) if raised else None)
            if topic:
                return topic
        # "a meeting, which focused on X", "a summit focused on X"
        # "a summit focused on X"; not "signed a declaration on a partnership covering X", an outcome
        relcls = [c for tok in scope(trig) for c in children_of(tok) if c.dep_ == "relcl" or (c.dep_ == "acl" and c.lemma_.lower() in FOCUS_VERBS and (tok.i == trig.i or _is_meeting_noun(tok)))]
        # "a meeting, which opened on Monday and which X said would focus on Y": coordinated relatives
        relcls += [c for rel in relcls if rel.dep_ == "relcl" for c in children_of(rel) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
        # "talks that X said focused on Y": the relative's reporting verb holds the focus
        relcls += [c for rel in relcls if rel.lemma_.lower() in _REPORTING for c in children_of(rel) if c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in FOCUS_VERBS]
        tops = [trig] + ([governor] if governor is not None else [])
        # "held talks with X, focusing on Y": a participle of the meeting's clause
        relcls += [c for top in tops for c in children_of(top) if c.dep_ in {"advcl", "acl", "xcomp"} and c.tag_ == "VBG" and c.lemma_.lower() in FOCUS_VERBS]
        for tok in [trig, *relcls]:
            topic = _focus_topic(tok, actors)
            if topic:
                return topic
        # "chaired the two-day meeting, which discussed X": the meeting as the discussion's subject
        for rel in relcls:
            if rel.lemma_.lower() in TOPIC_VERBS and rel.head.i == trig.i and any(c.dep_ == "nsubj" and (c.tag_ == "WDT" or c.lower_ == "that") for c in children_of(rel)):
                topic = object_topic(rel)
                if topic:
                    return topic
        # "met X on Tuesday, discussing Y": a participle of discussion on the meeting's clause
        for part in (c for top in tops for c in children_of(top) if c.dep_ in {"advcl", "xcomp", "conj"} and c.tag_ == "VBG" and c.lemma_.lower() in TOPIC_VERBS):
            topic = object_topic(part)
            if topic:
                return topic
        lemmas = token_hashes(trig.doc)[1]
        for top in [trig] + ([governor] if governor is not None else []):
            # A subtree lies within its edges: most spans hold no topic verb at all, which the
            # lemma hashes tell without a walk of the (often sentence-wide) subtree.
            if _TOPIC_VERB_HASHES.isdisjoint(lemmas[top.left_edge.i : top.right_edge.i + 1]):
                continue
            for tok in top.subtree:
                # the integer lemma test first: a governing clause's subtree can be the whole sentence
                if tok.lemma in _TOPIC_VERB_HASHES and tok.i != top.i and _within(tok, top):
                    topic = _purpose_topic(tok)
                    if topic:
                        return topic
        for child in children_of(trig):
            if child.dep_ == "conj" and child.lemma_.lower() in TOPIC_VERBS:
                topic = object_topic(child)
                if topic:
                    return topic
            if child.dep_ in {"conj", "dobj"} and child.pos_ in {"NOUN", "PROPN"}:
                topic = misread_clause(child)
                if topic:
                    return topic
        topic = _agenda_topic(trig) or _where_topic(trig) or _agenda_clause_topic(trig, governor) or filled_topic(trig) or agenda_items(trig)
        if topic:
            return topic
    return None


def _on_agenda(tok: Token) -> Token | None:
    """The "on the agenda" / "on the table" phrase hung on ``tok``, if any."""
    for prep in children_of(tok):
        if prep.dep_ == "prep" and prep.lower_ == "on" and any(p.dep_ == "pobj" and p.lemma_.lower() in _AGENDA_PLACES for p in children_of(prep)):
            return prep
    return None


def _agenda_clause_topic(trig: Token, governor: Token | None) -> str | None:
    """"X and Y were on the agenda when A met B", "held talks, with X on the agenda": the
    subject of "on the agenda" in the clause the meeting is told with."""
    for top in [trig] + ([governor] if governor is not None else []):
        for prep in children_of(top):
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for pobj in children_of(prep):
                agenda = _on_agenda(pobj)
                if pobj.dep_ == "pobj" and agenda is not None:
                    return pobj.doc[pobj.left_edge.i : agenda.i].text.strip(" ,;:-—") or None
        cur = top
        for _ in range(3):
            if cur.dep_ == "advcl" and any(m.dep_ in {"mark", "advmod"} and m.lower_ in {"when", "as", "while"} for m in children_of(cur)):
                verb = cur.head
                subjects = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
                if subjects and _on_agenda(verb) is not None:
                    return phrase(subjects[0], topic=True)
                break
            if cur.head.i == cur.i:
                break
            cur = cur.head
    return None


def _where_topic(trig: Token) -> str | None:
    """"a summit in the Kazakh capital, where the leaders discussed X", "met on Tuesday, when
    the two discussed X", "at the summit, where the alliance is set to discuss X": talks told in
    the relative clause on the meeting's place or day."""
    for tok in scope(trig):
        if tok.dep_ != "pobj":
            continue
        for rel in children_of(tok):
            marks = {c.lower_ for c in children_of(rel) if c.dep_ == "advmod"}
            if rel.dep_ != "relcl" or not marks & {"where", "when"}:
                continue
            if "when" in marks and not any(c.dep_ == "nsubj" and (c.lower_ == "they" or group_size(c)) for c in children_of(rel)):
                continue  # "met X on Monday, when the two discussed Y", not "..., when parliament debated Y"
            verb = rel if rel.lemma_.lower() in TOPIC_VERBS else next((c for c in children_of(rel) if c.dep_ == "xcomp" and c.lemma_.lower() in TOPIC_VERBS), None)
            topic = object_topic(verb) if verb is not None else None
            if topic:
                return topic
    return None


def misread_clause(noun: Token) -> str | None:
    """"hosted X, and the two discussed trade and energy": a clause the parser read as a noun
    phrase with the verb as its adjective ("the two discussed trade")."""
    verb = next((a for a in children_of(noun) if a.dep_ == "amod" and a.tag_ in {"VBD", "VBN"} and a.lemma_.lower() in TOPIC_VERBS), None)
    if verb is None or verb.i == noun.left_edge.i or verb.i + 1 > noun.i:
        return None
    span = phrase_span(noun, topic=True)
    return noun.doc[verb.i + 1 : span.end].text.strip(" ,;:-—") or None


def _within(tok: Token, top: Token) -> bool:
    """True when ``tok`` hangs under ``top`` without an embedded relative or reported clause."""
    cur = tok
    while cur.i != top.i:
        dated_purpose = cur.dep_ == "relcl" and cur.head.ent_type_ in {"DATE", "TIME"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(cur))  # "met X the next day to discuss Y"
        if (cur.dep_ in {"relcl", "ccomp", "parataxis", "csubj"} and not dated_purpose) or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def _conjunct_heads(tok: Token) -> list[Token]:
    found = [tok]
    for child in children_of(tok):
        if child.dep_ == "conj":
            found.extend(_conjunct_heads(child))
    return found


def _city_pp(prep: Token, actors: DocActors) -> bool:
    """"in Cairo" or "in the Maltese capital" after a topic: the place of the meeting, not part
    of what it was about."""
    if prep.lower_ not in {"in", "at"}:
        return False
    return any(
        p.dep_ == "pobj" and (p.lemma_.lower() == "capital" or ((e := actors.entity_at(p)) is not None and actors.info[e].kind == "city"))
        for p in children_of(prep)
    )


def _capital_pp(prep: Token, actors: DocActors) -> bool:
    """"in the Ecuadorean capital": a capital told by its state's demonym, the way a story names
    where the talks were (not "the situation in the capital of Myanmar")."""
    return prep.lower_ in {"in", "at"} and any(p.dep_ == "pobj" and described_capital(p, actors) is not None for p in children_of(prep))


def _topic_pobj(prep: Token, actors: DocActors) -> str | None:
    if prep.lower_ == "on" and prep.head.lemma_.lower() == "call" and not any(c.dep_ in {"compound", "amod"} and c.lower_ in REMOTE_WORDS for c in children_of(prep.head)):
        return None  # "paid a courtesy call on X", "called on X to ...": a visit or an appeal (not "a video call on X")
    for pobj in children_of(prep):
        if pobj.dep_ not in {"pobj", "pcomp"}:
            continue
        # "talks on energy links" (not "talks on a video link"): a link of a matter is a topic
        matter_link = pobj.lemma_.lower() == "link" and any(c.dep_ in {"compound", "amod"} and c.lower_ not in REMOTE_WORDS for c in children_of(pobj))
        matter_link = matter_link or (pobj.lower_ == "return" and any(c.dep_ == "det" and c.lower_ == "a" for c in children_of(pobj)))  # "on a return to civilian rule"
        if pobj.ent_type_ in {"DATE", "TIME"} or ((pobj.lemma_.lower() in NOT_TOPIC_HEADS or pobj.lower_ in NOT_TOPIC_HEADS) and not matter_link):
            continue
        if pobj.lemma_.lower() in _ITINERARY_WORDS and all(c.dep_ == "det" for c in children_of(pobj)):
            continue  # "with talks with X on the program": what is planned, not what about (not "the nuclear programme")
        named = any(c.dep_ == "prep" and c.lower_ == "of" and any(p.ent_type_ in {"GPE", "LOC", "FAC"} for p in children_of(c)) for c in children_of(pobj))
        if pobj.lower_ in PLACE_OR_TOPIC_HEADS and (named or not any(c.dep_ == "amod" and c.ent_type_ not in {"NORP", "GPE", "LOC"} for c in children_of(pobj))):
            continue  # "met on the Indonesian island of Bali", "talks on the Caribbean island of St. Vincent": where, not what
        eid = actors.entity_at(pobj)
        if eid is not None and (actors.info[eid].is_place or actors.info[eid].is_person):
            continue  # a person is whom the talks were with, never what they were about
        if pobj.pos_ in {"PRON", "DET"} or pobj.tag_ in {"WP", "WDT"} or pobj.left_edge.tag_ in {"WP", "WDT", "WRB"}:
            continue
        # "the war in Gaza" keeps its place; "the Gaza war in Cairo" is placed already, so "in Cairo" is the talks'
        situation = pobj.lemma_.lower() in SITUATION_NOUNS and not any(
            c.dep_ in {"compound", "amod", "poss"} and (c.pos_ == "PROPN" or c.ent_type_ in {"GPE", "NORP", "LOC"}) for c in children_of(pobj)
        )
        # "the border crisis in the Ecuadorean capital": a capital described is the talks' place, even after a situation
        span = phrase_span(pobj, skip=(lambda t: _capital_pp(t, actors)) if situation else (lambda t: _city_pp(t, actors)), topic=True)
        text = pobj.doc[span.start : _torn_list_end(pobj, _coordinated_end(span, prep.head))].text.strip(" ,;:-—")
        if text:
            return text
    return None


def _coordinated_end(span: Span, noun: Token) -> int:
    """End of a topic with the conjuncts the parser hung on the meeting noun instead of the
    topic ("talks with X on trade and the upgrading of a trade agreement"), a route phrase hung
    on it ("talks on grain exports through the Black Sea")."""
    doc = span.doc
    end = span.end
    while end + 1 < len(doc) and doc[end].dep_ == "cc" and doc[end].lower_ in {"and", "or"} and doc[end].head.i == noun.i:
        # a person is a side of the talks ("talks on trade and X met Y"), not a matter
        conj = next((c for c in children_of(noun) if c.dep_ == "conj" and c.left_edge.i == end + 1 and c.pos_ in {"NOUN", "PROPN"} and c.ent_type_ != "PERSON"), None)
        if conj is None:
            break
        end = phrase_span(conj, topic=True).end
    if end < len(doc) and doc[end].dep_ == "prep" and doc[end].lower_ in _ROUTE_PREPS and doc[end].head.i in {noun.i, noun.head.i}:
        pobjs = [p for p in children_of(doc[end]) if p.dep_ == "pobj"]
        if pobjs:
            end = phrase_span(pobjs[0], topic=True).end
    return end


def _focus_topic(tok: Token, actors: DocActors) -> str | None:
    """"The talks focused on X", "a meeting, which focused on X"."""
    verb: Token | None = None
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in FOCUS_VERBS:
        verb = tok.head
    elif tok.dep_ in {"nsubj", "nsubjpass"}:
        # "The meeting lasted four hours and focused on X": a coordinated verb shares the subject
        verb = next(
            (c for c in children_of(tok.head) if c.dep_ == "conj" and c.lemma_.lower() in FOCUS_VERBS and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in children_of(c))),
            None,
        )
    elif tok.lemma_.lower() in FOCUS_VERBS and (
        any(c.dep_ == "nsubj" and (c.tag_ in {"WDT", "WP"} or c.lower_ == "that") for c in children_of(tok))
        or tok.tag_ == "VBG"
        or tok.dep_ == "acl"
        or (tok.dep_ == "relcl" and tok.tag_ in {"VBD", "VBN"} and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children_of(tok)))  # a participle read as a relative
        or (tok.dep_ in {"ccomp", "xcomp"} and tok.head.dep_ == "relcl" and tok.head.lemma_.lower() in _REPORTING)  # "which officials said covered X"
    ):
        verb = tok
    if verb is None:
        return None
    for child in children_of(verb):
        if child.dep_ == "prep" and child.lower_ in {"on", "upon", "with", "around", "about"}:
            topic = _topic_pobj(child, actors)
            if topic:
                return topic
        if child.dep_ == "dobj":
            return phrase(child, topic=True)
    return None


def _purpose_topic(tok: Token) -> str | None:
    """"to discuss X", "to coordinate X": the object of a purpose clause."""
    if tok.lemma_.lower() not in TOPIC_VERBS or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)):
        return None
    return object_topic(tok)


def talked_about(verb: Token) -> bool:
    """"The two leaders talked about X", "they spoke about X": the people of a meeting told
    before saying what it was about (not "X talked about Y" alone, a statement to anyone;
    "spoke on Friday" tells when)."""
    if verb.lemma_.lower() not in {"talk", "speak"} or verb.dep_ in {"relcl", "acl", "amod", "pcomp"}:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "about" for c in children_of(verb)):
        return False
    return any(
        c.dep_ == "nsubj" and (c.lower_ == "they" or any(n.lower_ in {"two", "both"} for n in children_of(c)) or c.lower_ in {"both", "pair", "two"})
        for c in children_of(verb)
    )


def object_topic(verb: Token) -> str | None:
    """The object of a discussion verb: "discussed X", "to discuss easing tensions"."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if objects and verb.lemma_.lower() == "address" and objects[0].ent_type_ in {"ORG", "GPE", "NORP", "PERSON", "FAC"}:
        return None  # "addressed Israel's Knesset", "addressed the U.N.": an audience, no matter
    if objects:
        return _object_span(verb, objects)
    if verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.i < verb.head.i and any(c.dep_ == "nsubj" and c.i < verb.i for c in children_of(verb)):
        # "The two discussed electric vehicles", read as a noun phrase with the verb as its adjective
        return verb.doc[verb.i + 1 : phrase_span(verb.head, topic=True).end].text.strip(" ,;:-—") or None
    for child in children_of(verb):
        # "discussed whether to admit new members", "to discuss how the fighters will be disarmed"
        if child.dep_ in {"ccomp", "xcomp", "advcl"} and child.i > verb.i and child.left_edge.lower_ in _WH_CLAUSE and child.left_edge.i > verb.i:
            end = phrase_span(child, cut_preps=_NOT_OF_CLAUSE, topic=True).end
            return verb.doc[child.left_edge.i : end].text.strip(" ,;:-—") or None
        # "to discuss Argentina joining the initiative": a gerund clause with its own subject
        if (child.dep_ in {"xcomp", "pcomp"} and child.tag_ == "VBG") or (child.dep_ == "ccomp" and child.tag_ == "VBG" and any(g.dep_ == "nsubj" for g in children_of(child))):
            return phrase(child, cut_preps=_NOT_OF_CLAUSE, topic=True)
        if child.dep_ == "prep" and child.lower_ in _TOPIC_OF:
            for pobj in children_of(child):
                # "began negotiating on Wednesday evening": when, not what about
                if pobj.dep_ == "pobj" and pobj.ent_type_ not in {"DATE", "TIME"} and pobj.lemma_.lower() not in NOT_TOPIC_HEADS:
                    return phrase(pobj, topic=True)
                if pobj.dep_ == "pcomp" and pobj.tag_ == "VBG":  # "talked about reviving the peace process"
                    return phrase(pobj, cut_preps=_NOT_OF_CLAUSE, topic=True)
    return None


def _bare_anaphor(noun: Token) -> bool:
    """"the matter", "the issue": a noun that only points back to what was told before."""
    return noun.lemma_.lower() in {"matter", "issue", "subject", "question", "topic", "case", "concern", "concerns"} and all(c.dep_ == "det" for c in children_of(noun))


def _object_span(verb: Token, objects: list[Token]) -> str:
    """The verb's object phrase, joining a list the parser split into several objects
    ("discussed trade, the embargo and X") and a route phrase ("gas transit through Ukraine")."""
    doc = verb.doc
    first = phrase_span(objects[0], topic=True)
    start, end = first.start, first.end
    # "discussed trade, the Eurasian Economic Union and X": list members the parser hung on the verb
    members = sorted(
        {*objects[1:], *(c for c in children_of(verb) if c.dep_ in {"dep", "appos", "npadvmod", "conj"} and c.pos_ in {"NOUN", "PROPN"} and c.i > objects[0].i)},
        key=lambda t: t.i,
    )
    for obj in members:
        span = phrase_span(obj, topic=True)
        if span.start < end or any(t.lower_ not in {",", "and", "or"} for t in doc[end : span.start]):
            break
        end = span.end
    end = _torn_list_end(verb, end)
    for clause in children_of(verb):
        # "to discuss Argentina joining the initiative": the object's gerund, hung on the verb
        if clause.dep_ == "xcomp" and clause.tag_ == "VBG" and clause.left_edge.i == end:
            end = phrase_span(clause, topic=True).end
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.i != end:
            continue
        # "gas transit through Ukraine", "the war in Gaza": the parser hung the noun's phrase on the verb
        # "discussed deeper integration under a 1999 union treaty": the frame of the matter discussed
        if prep.lower_ in _ROUTE_PREPS | {"under"} or (prep.lower_ == "in" and doc[end - 1].lemma_.lower() in PLACED_MATTERS):
            pobjs = [p for p in children_of(prep) if p.dep_ == "pobj"]
            if pobjs and prep.lower_ == "in" and doc[end - 1].lemma_.lower() not in SITUATION_NOUNS and _names_city(pobjs[0]):
                continue  # "discussed security in Brussels on Friday": where they met
            if pobjs:
                end = phrase_span(pobjs[0], topic=True).end
                # "discussed peace in the Middle East and the fight against terrorism": the list
                # goes on in a noun the parser coordinated with the verb
                more = [c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ == "NOUN" and c.left_edge.i == end + 1 and doc[end].lower_ in {"and", "or"}]
                if more:
                    end = phrase_span(more[0], topic=True).end
    return doc[start:end].text.strip(" ,;:-—")


def _names_city(tok: Token) -> bool:
    """True when ``tok`` lies in an entity the actor layer calls a city."""
    return any(ent.start <= tok.i < ent.end and span_attr(ent, "kind") == "city" for ent in tok.doc.ents)


def _torn_list_end(anchor: Token, end: int) -> int:
    """"discussed climate change, the protection of the rainforest and the war in Ukraine": the
    rest of a list the parser hung elsewhere (a noun after the comma that opens its own phrase
    and is coordinated with a last member by "and"/"or") ends the object there."""
    doc, sent_end = anchor.doc, anchor.sent.end
    if end + 1 >= sent_end or doc[end].text != "," or doc[end + 1].pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"}:
        return end  # not "X, as well as Y and Z": what is added is no part of the list
    nxt = next((t for t in doc[end + 1 : min(end + 6, sent_end)] if t.left_edge.i == end + 1 and t.pos_ in {"NOUN", "PROPN"} and t.dep_ not in {"nsubj", "nsubjpass"}), None)
    if nxt is None or not any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for c in children_of(nxt)):
        return end
    last = [c for c in children_of(nxt) if c.dep_ == "conj" and c.i > nxt.i]
    return phrase_span(last[-1], topic=True).end if last else end


def _agenda_topic(trig: Token) -> str | None:
    """"X is expected to be a central topic of ... discussions", "X was on the agenda of talks"."""
    cur = trig
    agenda = None
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in AGENDA_NOUNS:
            agenda = cur
            break
    if agenda is None:
        return None
    verb = agenda
    for _ in range(6):
        subjects = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and verb.i != agenda.i:
            return phrase(subjects[0], topic=True)
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
