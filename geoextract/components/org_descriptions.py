"""Definite descriptions of organisations named earlier ("the bloc", "the court", "the insurgents").

A description becomes a mention of an organisation only when exactly one organisation
mentioned before it in the document fits the description's noun: "the council" needs a body
whose name says Council, "the alliance" one whose name speaks of an alliance or treaty, "the
bloc" a regional or political grouping (not a court, bank, agency or world body), "the
insurgents" an armed group.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from ._common import hash_string

#: Description nouns -> words one of the organisation's names must contain (None: see _bloc).
DESCRIPTORS: dict[str, frozenset[str] | None] = {
    "bloc": None,
    "grouping": None,
    "alliance": frozenset({"alliance", "treaty", "pact"}),
    "union": frozenset({"union"}),
    "council": frozenset({"council"}),
    "commission": frozenset({"commission"}),
    "assembly": frozenset({"assembly"}),
    "group": frozenset({"group"}),
    "organisation": frozenset({"organisation", "organization"}),
    "organization": frozenset({"organisation", "organization"}),
    "military": frozenset({"military", "army", "forces"}),
    "court": frozenset({"court", "tribunal"}),
    "tribunal": frozenset({"court", "tribunal"}),
    "forum": frozenset({"forum"}),
    "insurgents": frozenset(),
    "militants": frozenset(),
    "rebels": frozenset(),
}
#: Plural nouns that describe a group by its members ("the insurgents" for the Taliban).
MEMBER_NOUNS = frozenset({"insurgents", "militants", "rebels"})
#: Organisation kinds a noun also fits whatever the name says ("the group" for an armed group).
KIND_FITS: dict[str, frozenset[str]] = {
    "group": frozenset({"armed_group"}),
    "military": frozenset({"military"}),
    "insurgents": frozenset({"armed_group"}),
    "militants": frozenset({"armed_group"}),
    "rebels": frozenset({"armed_group"}),
}
#: First and last name words of international bodies that are not blocs of states.
NOT_BLOC_FIRST = frozenset({"world", "international", "united"})
NOT_BLOC_LAST = frozenset({
    "court", "bank", "fund", "tribunal", "agency", "council", "commission", "assembly",
    "parliament", "office", "programme", "program", "secretariat", "committee", "mission",
})
#: Modifier tags allowed between "the" and the noun ("the eight-member bloc", "the rebel group").
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "CD", "HYPH", "NN"})


class OrgCandidate(NamedTuple):
    """An organisation entity of the document, as the description rules see it."""

    key: tuple[str, ...]  # the caller's key for the entity
    first_char: int  # offset of its first mention
    names: tuple[str, ...]  # canonical name, aliases, acronyms
    kind: str | None  # KB OrgKind when known
    international: bool  # an international body (kind international, no state)


def description_mentions(
    doc: Doc, orgs: Sequence[OrgCandidate], ents: Sequence[Span] | None = None
) -> list[tuple[tuple[str, ...], tuple[int, int]]]:
    """Char spans of definite descriptions in ``doc`` and the key of the organisation each names.

    ``ents`` are ``doc.ents`` when the caller has them already.

    Example:
        >>> import spacy  # doctest: +SKIP
        >>> nlp = spacy.load("en_core_web_sm")  # doctest: +SKIP
        >>> doc = nlp("Mercosur leaders met. The bloc agreed.")  # doctest: +SKIP
        >>> description_mentions(doc, [OrgCandidate(("org", "m"), 0, ("Mercosur",), "international", True)])  # doctest: +SKIP
        [(("org", "m"), (22, 30))]
    """
    if not orgs:
        return []
    in_ents = {i for e in (doc.ents if ents is None else ents) for i in range(e.start, e.end)}
    found: list[tuple[tuple[str, ...], tuple[int, int]]] = []
    the = hash_string("the")
    for at, lower in enumerate(doc.to_array(LOWER).tolist()):
        if lower != the or at in in_ents:
            continue
        token = doc[at]
        head = _description_head(doc, token.i, in_ents)
        if head is None:
            continue
        noun = doc[head].lower_
        fitting = {o.key for o in orgs if o.first_char < token.idx and _fits(noun, o)}
        if len(fitting) == 1:
            found.append((fitting.pop(), (token.idx, doc[head].idx + len(doc[head].text))))
    return found


def _description_head(doc: Doc, det: int, in_ents: set[int]) -> int | None:
    """Index of the description noun after "the" at ``det`` (with at most 4 modifier tokens)."""
    for i in range(det + 1, min(len(doc), det + 6)):
        token = doc[i]
        if i in in_ents or not (token.is_lower or token.is_digit or token.tag_ == "HYPH"):
            return None
        if token.lower_ in DESCRIPTORS and (token.tag_ == "NN" or (token.tag_ == "NNS" and token.lower_ in MEMBER_NOUNS)):
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if token.dep_ == "compound" or (nxt is not None and (nxt.lower_ == "of" or (nxt.text[:1].isupper() and nxt.tag_ == "NNP"))):
                return None
            return i
        if token.tag_ not in MODIFIER_TAGS:
            return None
    return None


def _fits(noun: str, org: OrgCandidate) -> bool:
    if org.kind in KIND_FITS.get(noun, frozenset()):
        return True
    words = DESCRIPTORS[noun]
    if words is None:
        return _bloc(org)
    return any(w in words for name in org.names for w in name.lower().split())


def _bloc(org: OrgCandidate) -> bool:
    if not org.international or not org.names:
        return False
    words = org.names[0].lower().split()
    return bool(words) and words[0] not in NOT_BLOC_FIRST and words[-1] not in NOT_BLOC_LAST
