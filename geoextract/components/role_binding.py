"""Binding role phrases to people: the name after the title ("President Joe Biden"), an
appositive either way ("Sergey Lavrov, Russia's foreign minister", "Japan's prime minister,
Fumio Kishida"), a predicate over the parse ("who is Myanmar's state counsellor", "recognised
as Venezuela's interim president"), or another phrase in apposition or coordination.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from .role_phrase import RolePhrase, title_root

HONORIFIC_WORDS = frozenset({
    "general", "gen.", "gen", "lt.", "lt", "col.", "colonel", "maj.", "major", "capt.", "captain",
    "admiral", "adm.", "marshal", "field", "brigadier", "sheikh", "sheik", "mullah", "imam",
    "ayatollah", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir", "dame", "lord",
    "lady", "prof.", "professor", "rev.", "reverend", "archbishop", "cardinal", "prince",
    "princess", "crown", "amir", "emir", "-",
})
#: Verbs whose subject holds the office named after "as" ("X served as prime minister").
SERVING_VERBS = frozenset({"serve", "act", "remain", "continue", "stay", "work"})
CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–", "and", "who", "whose", "said", "says", "'s", "’s", "\n"})


def bind_phrases(doc: Doc, phrases: list[RolePhrase], ents: Sequence[Span] | None = None) -> list[RolePhrase]:
    """Bind each phrase of ``doc`` to a PERSON entity or to another phrase, where the text says so.

    ``ents`` are ``doc.ents`` when the caller has them already."""
    persons = [e for e in (doc.ents if ents is None else ents) if e.label_ == "PERSON"]
    persons_at = {e.start: e for e in persons}
    persons_end = {e.end: e for e in persons}
    for p in phrases:
        _bind_following_name(doc, p, persons_at)
    phrases = _drop_honorifics(phrases)
    by_start = {p.start: p for p in phrases}
    by_end = {p.end: p for p in phrases}
    for p in phrases:
        if p.person is None and not p.sense.plural and p.sense.kind not in ("group",):
            _bind_appositive(doc, p, persons_at, persons_end, by_start, by_end)
    phrases = _drop_honorifics(phrases)
    head_of = {title_root(doc, p).i: p for p in phrases}
    for p in phrases:
        if p.person is None and p.linked is None and not p.sense.plural:
            _bind_predicate(doc, p, head_of, persons_at)
    for p in phrases:
        _inherit_coordination(doc, p, by_end)
    return phrases


def _drop_honorifics(phrases: list[RolePhrase]) -> list[RolePhrase]:
    """"Ambassador Amir Saeed Iravani", "the Saudi foreign minister, Prince Faisal": a title
    word between a bound title and its name is an honorific or a name word, not a role."""
    inside = {
        i
        for p in phrases
        if p.person is not None and p.person.start >= p.end
        for i in range(p.end, p.person.start)
    }
    return [p for p in phrases if p.title_start not in inside]


def _skip_honorifics(doc: Doc, k: int) -> int:
    while k < len(doc) and doc[k].ent_type_ != "PERSON":
        low = doc[k].lower_
        # "Senior General", "Senior Minister": "senior" only in front of a rank.
        if low not in HONORIFIC_WORDS and not (low == "senior" and k + 1 < len(doc) and doc[k + 1].lower_ in HONORIFIC_WORDS):
            break
        k += 1
    return k


def _closes(doc: Doc, k: int) -> bool:
    return k >= len(doc) or doc[k].lower_ in CLOSERS or doc[k].is_sent_start or doc[k].is_space


def _bind_following_name(doc: Doc, p: RolePhrase, persons_at: dict[int, Span]) -> None:
    """"US Secretary of State Antony Blinken", "Minister of Foreign Affairs of India S. Jaishankar"."""
    if p.sense.plural or p.sense.kind == "group":
        return
    k = _skip_honorifics(doc, p.end)
    person = persons_at.get(k)
    if person is not None:
        p.person = person
        p.binding = "premodifier"


def _bind_appositive(
    doc: Doc,
    p: RolePhrase,
    persons_at: dict[int, Span],
    persons_end: dict[int, Span],
    by_start: dict[int, RolePhrase],
    by_end: dict[int, RolePhrase],
) -> None:
    # "Sergey Lavrov, Russia's foreign minister," / "Kupchan, a senior fellow at ..."
    # "X, whose foreign minister, Y,": the title is not X's (a relative possessive).
    if p.start >= 2 and doc[p.start - 1].text == "," and p.pronoun != "whose" and _closes(doc, phrase_close(p, by_start)):
        person = persons_end.get(p.start - 1) or _person_of_place(doc, p.start - 1, persons_end)
        if person is not None and not _inside_list(doc, person) and not _other_country(p, by_end.get(person.start)):
            p.person = person
            p.binding = "appositive"
            return
        before = by_end.get(p.start - 1)
        if before is not None and p.definite is not True and before is not p:
            # "The UN chief, a former Portuguese prime minister,": the same person.
            p.linked = before
            return
    # "Japan's prime minister, Fumio Kishida" / "the AU's envoy ..., former Nigerian president Olusegun Obasanjo"
    if p.end < len(doc) and doc[p.end].text in (",", "—", "–") and (p.definite is not None or p.countries or p.org is not None or p.pronoun or p.org_anaphor or p.possessor is not None):
        k = _skip_honorifics(doc, p.end + 1)
        person = persons_at.get(k)
        if person is not None and (_closes(doc, person.end) or _appos_dep(person, p, doc)):
            p.person = person
            p.binding = "appositive"
            return
        after = by_start.get(p.end + 1)
        if after is not None and after.person is not None and after.binding == "premodifier" and not _other_country(p, after):
            p.linked = after


def _person_of_place(doc: Doc, end: int, persons_end: dict[int, Span]) -> Span | None:
    """"Dennis Francis of Trinidad and Tobago, the president of ...": the person before
    "of"/"from" and a country that ends at ``end``."""
    place = next((e for e in doc.ents if e.end == end and e.label_ == "GPE"), None) if doc[end - 1].ent_type_ == "GPE" else None
    if place is None:
        return None
    k = place.start - 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in ("of", "from"):
        return None
    return persons_end.get(k)


def phrase_close(p: RolePhrase, by_start: dict[int, RolePhrase]) -> int:
    """Where the phrase ends, a nested "adviser to <role phrase>" included."""
    if p.to_start is not None:
        nested = by_start.get(p.to_start)
        if nested is not None:
            return max(nested.end, nested.person.end if nested.person is not None else 0)
    return p.end


def _inside_list(doc: Doc, person: Span) -> bool:
    """"Biden, Lavrov, the foreign minister of ..." reads as a list, not an appositive."""
    return person.start >= 2 and doc[person.start - 1].text == "," and doc[person.start - 2].ent_type_ == "PERSON"


def _other_country(p: RolePhrase, own: RolePhrase | None) -> bool:
    """"British Prime Minister X, the Italian prime minister, Y and Z": a title of another
    state than the person's own premodifier is the next item of a list, not an appositive."""
    if own is None or not own.countries or not p.countries:
        return False
    return not {c for c, _ in own.countries} & {c for c, _ in p.countries}


def _appos_dep(person: Span, p: RolePhrase, doc: Doc) -> bool:
    root = person.root
    title_head = title_root(doc, p)
    return (root.dep_ == "appos" and root.head.i == title_head.i) or (title_head.dep_ == "appos" and title_head.head.i == root.i)


def _bind_predicate(doc: Doc, p: RolePhrase, head_of: dict[int, RolePhrase], persons_at: dict[int, Span]) -> None:
    """"X, who is Myanmar's state counsellor", "recognised X as Venezuela's interim president"."""
    head = title_root(doc, p)
    subject = None
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.lower_ == "capacity":
        # "sent by X in his capacity as chairman of ...": the person "his" refers to.
        capacity = head.head.head
        if any(c.lower_ in ("his", "her") for c in capacity.children):
            sent_start = capacity.sent.start
            before = [e for e in persons_at.values() if sent_start <= e.start and e.end <= capacity.i]
            if before:
                p.person = max(before, key=lambda e: e.start)
                p.binding = "predicate"
        return
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        subject = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        verb = head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in ("VERB", "AUX"):
        # "recognised Guaidó as interim president", "X served as prime minister"
        verb = head.head.head
        subject = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if subject is None and verb.lemma_ in SERVING_VERBS:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if verb.lemma_ == "serve" and verb.tag_ == "VBD" and p.qualifier is None:
                p.qualifier = "former"
    elif head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.dep_ in ("dobj", "nsubjpass") and head.head.head.head.pos_ == "VERB":
        # "recognised opposition leader Guaidó as interim president": the parser hangs "as"
        # on the object rather than on the verb.
        subject = head.head.head
        verb = subject.head
    elif head.dep_ == "oprd":
        # "X was named foreign minister"
        verb = head.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
    else:
        return
    if subject is None:
        return
    if subject.lower_ in ("who", "whom", "that") and verb.dep_ == "relcl":
        subject = verb.head
    ent = _person_with_root(doc, subject, persons_at)
    if ent is not None:
        p.person = ent
        p.binding = "predicate"
        return
    other = head_of.get(subject.i)
    if other is not None and other is not p:
        p.linked = other


def _person_with_root(doc: Doc, token: Token, persons_at: dict[int, Span]) -> Span | None:
    for ent in persons_at.values():
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _inherit_coordination(doc: Doc, p: RolePhrase, by_end: dict[int, RolePhrase]) -> None:
    """"Myanmar's state counsellor and de facto leader": the second title shares the first's
    scope and person."""
    if p.countries or p.org is not None or p.pronoun or p.person is not None or p.sense.plural:
        return
    if p.start >= 1 and doc[p.start - 1].lower_ == "and":
        other = by_end.get(p.start - 1)
        if other is None or other.sense.plural or other.sense.kind == "group":
            return
        if p.definite is None:
            p.inherit = other
        elif p.definite is False and other.binding == "appositive" and other.person is not None:
            # "Li Hui, its special envoy for Eurasian affairs and a former ambassador to
            # Russia": a second appositive of the same person, in the same service.
            p.inherit = other
