"""Lists of people read off the words of a sentence where the parse of a long list breaks down.

Wire copy names the attendees of a summit in one long subject: "French President X, who
co-organised the gathering, Egypt's Y, Jordan's King Z and the emir of Qatar, Sheikh W,
attended". The small parsers often split such a list over several clauses, so the syntactic
subject of "attended" holds one or two of the names. :func:`listed_people` reads the list
from the words instead: the commas and "and" that separate its items, the relative clauses
inside it, and the people named in each item.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._common import hash_string
from .meeting_actors import DocActors

_RELATIVE_HASHES = frozenset(hash_string(w) for w in ("who", "whom", "whose", "which"))
#: Tags of a finite verb: one outside a relative clause means the words before the verb are no bare list.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def listed_people(actors: DocActors, verb: Token) -> list[str]:
    """The people of the list that stands before ``verb`` in its sentence, in text order.

    Relative clauses set off by commas ("X, who hosted the talks, and Y") are skipped; any
    other finite verb before ``verb`` means the words are no bare list, and nothing is
    returned.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("They attended.")
        >>> listed_people(DocActors(doc), doc[1])
        []
    """
    doc = verb.doc
    start = actors.sentence(verb).start
    found: list[str] = []
    in_relative = False
    for i in range(start, verb.i):
        tok = doc[i]
        if tok.text == ",":
            in_relative = False
            continue
        if in_relative:
            continue
        if tok.lower in _RELATIVE_HASHES and i > start and doc[i - 1].text == ",":
            in_relative = True
            continue
        eid = actors.actor_at(tok)
        if eid is None:
            if tok.tag_ in _FINITE_TAGS and i >= actors.dateline_end:
                return []
            continue
        if actors.info[eid].is_person and eid not in found:
            found.append(eid)
    return found
