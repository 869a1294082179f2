"""Seeing a named person is meeting them: "was expected to see President X", "will see Y on
Friday", "flew to Abu Dhabi to see the UAE president, Sheikh Z", "to see the Russian president";
not "saw X as a threat", "saw X on television", "glad to see X win"."""

from __future__ import annotations

from spacy.tokens import Token

from .meeting_destinations import trip_verb
from .meeting_mentions import ROLE_WORDS
from .meeting_syntax import children_of, where_relative

#: Where one sees a person without meeting them ("saw X on television", "in a video").
_SCREENS = frozenset({"television", "tv", "video", "screen", "footage", "news", "broadcast", "picture", "photo", "photograph"})


def sees_person(verb: Token) -> bool:
    """"was expected to see President X", "will see Y on Friday": seeing a named person is meeting
    them (not "saw X as a threat", "has seen X on television", "saw X win")."""
    if verb.lemma_.lower() != "see" or any(c.dep_ in {"auxpass", "ccomp", "xcomp", "oprd", "advcl"} for c in children_of(verb)):
        return False
    if verb.dep_ in {"relcl", "acl"} and trip_verb(verb) is None and not where_relative(verb):
        return False  # "a chance to see Y", "criticised a trip to see Y"; not "made a trip to W to see Y", "in A, where he saw Y"
    if any(c.dep_ == "prep" and (c.lower_ == "as" or any(p.lemma_.lower() in _SCREENS for p in children_of(c))) for c in children_of(verb)):
        return False  # "saw X as a threat", "saw X on television", "saw X in a video"
    # "to see the UAE president, Sheikh Mohamed bin Zayed": the name may stand beside the title;
    # "to see the Russian president": the title alone names the one who holds it
    return any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in children_of(c)) or _definite_title(c))
        and not any(g.dep_ in {"acl", "relcl"} and not _aside(g) for g in children_of(c))  # "glad to see X win", not "see Y, who ..."
        for c in children_of(verb)
    )


def _aside(clause: Token) -> bool:
    """A relative clause set off by a comma ("Y, who has angered ...")."""
    first = clause.left_edge
    return first.i > 0 and first.nbor(-1).text == "," and first.tag_ in {"WP", "WP$", "WDT"}


def _definite_title(noun: Token) -> bool:
    """"the Russian president", "the emir": one office holder, told by title."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in ROLE_WORDS and any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "his", "her", "their", "its"} for c in children_of(noun))
