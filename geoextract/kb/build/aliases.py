"""Person aliases: generated diacritics-free and middle-initial forms; one-word aliases pruned."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from ..normalize import normalize_name, strip_diacritics
from .draft import PersonDraft

_INITIAL = re.compile(r"^[A-Z]\.?$")


def variants(name: str) -> list[str]:
    """Surface variants of a full name that text commonly uses.

    Args:
        name: A full name.

    Returns:
        The diacritics-free form, the form without middle initials, and the form without
        the dots of initials, when they differ from ``name``.

    Example:
        >>> variants("Antony J. Blinken")
        ['Antony Blinken', 'Antony J Blinken']
        >>> variants("Recep Tayyip Erdoğan")
        ['Recep Tayyip Erdogan']
    """
    out: list[str] = []
    plain = strip_diacritics(name)
    if plain != name:
        out.append(plain)
    tokens = name.split()
    if len(tokens) >= 3 and any(_INITIAL.match(t) for t in tokens[1:-1]):
        out.append(" ".join([tokens[0], *(t for t in tokens[1:-1] if not _INITIAL.match(t)), tokens[-1]]))
        dotless = name.replace(".", "")
        if dotless != name:
            out.append(dotless)
    return [v for v in dict.fromkeys(out) if v != name]


def add_generated_aliases(person: PersonDraft) -> None:
    """Add :func:`variants` of the person's name and aliases to its aliases."""
    for name in (person.name, *person.aliases):
        person.add_alias(*variants(name))


_PARTICLE = re.compile(r"^(?:al|el|ad|as|an|ash|at|az|ar)[-\s]", re.I)
#: One-word aliases that are common words in English news, whatever person they name.
_COMMON_WORDS = frozenset(
    "gallant king queen prince president general leader chief bishop pope doctor".split()
)


def _latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF or not ch.isalpha() for ch in text)


def _keys(word: str) -> set[str]:
    """Normalised forms of a name part: as written, without an Arabic article, without spaces."""
    keys = {normalize_name(word), normalize_name(_PARTICLE.sub("", word))}
    return keys | {k.replace(" ", "") for k in keys}


def _spelling_of(word: str, part: str) -> bool:
    """True when ``word`` spells the surname ``part`` differently ("Gadhafi" / "Gaddafi")."""
    a, b = normalize_name(word).replace(" ", ""), normalize_name(_PARTICLE.sub("", part)).replace(" ", "")
    if not a or not b or (a[0] != b[0] and a[0] not in "gkq" and b[0] not in "gkq"):
        return False
    return min(len(a), len(b)) / max(len(a), len(b)) >= 0.7 and fuzz.ratio(a, b) >= 70


def prune_one_word_aliases(persons: dict[str, PersonDraft]) -> dict[str, list[str]]:
    """Drop one-word person aliases that are only part of the name or a common first name.

    A lone surname or first name ("Milei", "Raila") is not a name of one person: the entity
    layer resolves it in context (``KnowledgeBase.surnames``), and the actor ruler would
    otherwise match it everywhere. Kept: the curators' ``short_names`` (Lula, Thaksin),
    nicknames and noms de guerre that are not part of the canonical name (Jokowi,
    Prachanda, Bibi),
    acronyms (MBS, AMLO), names in other scripts, and the aliases of people known by one
    name (Suharto). A one-word spelling of the surname ("Gadhafi") becomes a full-name
    alias ("Muammar Gadhafi") so that surname lookups still find it. A kept one-word alias
    that two persons share is dropped from both unless a curator listed it for one.

    Args:
        persons: The build's persons (changed in place).

    Returns:
        Dropped aliases by person id (for the build log).

    Example:
        >>> p = PersonDraft(id="x", name="Muammar Gaddafi", aliases=["Gaddafi", "Gadhafi", "Brother Leader"])
        >>> prune_one_word_aliases({"x": p})
        {'x': ['Gaddafi', 'Gadhafi']}
        >>> p.aliases
        ['Brother Leader', 'Muammar Gadhafi']
    """
    first_names: Counter[str] = Counter()
    for p in persons.values():
        words = p.name.split()
        if len(words) >= 2:
            first_names[normalize_name(words[0])] += 1
    dropped: dict[str, list[str]] = defaultdict(list)
    kept_by: dict[str, list[str]] = defaultdict(list)
    for pid in sorted(persons):
        p = persons[pid]
        words = p.name.split()
        parts: set[str] = set()
        for i, word in enumerate(words):
            parts |= _keys(word)
            if i + 1 < len(words):
                parts |= _keys(f"{word}-{words[i + 1]}")  # "Sassou-Nguesso"
        short = {normalize_name(s) for s in p.short_names}
        keep: list[str] = []
        extra: list[str] = []
        for alias in p.aliases:
            if len(alias.split()) != 1:
                keep.append(alias)
                continue
            key = normalize_name(alias)
            if key in short or not _latin(alias) or (alias.isupper() and len(alias) <= 6) or len(words) == 1:
                keep.append(alias)
                kept_by[key].append(pid)
                continue
            if _keys(alias) & parts or key in _COMMON_WORDS or first_names[key] >= 2:
                dropped[pid].append(alias)
                continue
            if _spelling_of(alias, words[-1]):
                extra.append(" ".join([*words[:-1], alias]))
                dropped[pid].append(alias)
                continue
            keep.append(alias)  # a nickname or nom de guerre: Jokowi, Prachanda, Hemedti
            kept_by[key].append(pid)
        p.aliases = keep
        p.add_alias(*extra)
    for key, ids in kept_by.items():
        if len(set(ids)) < 2:
            continue
        listed = [i for i in ids if key in {normalize_name(s) for s in persons[i].short_names}]
        for pid in set(ids) - set(listed[:1] if len(listed) == 1 else []):
            p = persons[pid]
            if len(p.name.split()) == 1 and normalize_name(p.name) == key:
                continue
            gone = [a for a in p.aliases if len(a.split()) == 1 and normalize_name(a) == key]
            p.aliases = [a for a in p.aliases if a not in gone]
            dropped[pid].extend(gone)
    return dict(dropped)
