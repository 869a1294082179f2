"""The role linker's title lexicon: surface titles as token sequences, with their normalised
title, role type and kind.

Two sources are merged at construction: geoextract's title grammar
(``components/data/titles.yaml``: generic titles, gold naming conventions, group nouns) and
the KB's title lexicon (:meth:`geoextract.kb.KnowledgeBase.titles`: country-specific office
titles such as "Taoiseach" or "Minister of the Armed Forces"). The grammar wins where both
know a title. Titles are matched on lower-cased tokens, so the lexicon is tokenised once with
the pipeline's own tokenizer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

import yaml

from ..errors import Errors, GeoExtractValueError
from ..kb import KnowledgeBase
from ..kb.model import ROLE_TYPES

#: Kinds of title (see ``data/titles.yaml``).
TITLE_KINDS = frozenset({"office", "leader", "counterpart", "group", "descriptor"})

#: Readable title per role type, for office titles that only restate the role
#: ("Minister of Foreign Affairs" -> "Foreign Minister"); the KB's country-specific titles of
#: these role types are normalised to it unless the grammar keeps their own name.
ROLE_CANONICAL: dict[str, str] = {
    "foreign_minister": "Foreign Minister",
    "deputy_foreign_minister": "Deputy Foreign Minister",
    "defence_minister": "Defence Minister",
    "interior_minister": "Interior Minister",
    "finance_minister": "Finance Minister",
    "trade_minister": "Trade Minister",
    "justice_minister": "Justice Minister",
    "head_of_state": "President",
    "head_of_government": "Prime Minister",
}

#: Deputy forms of role types ("deputy" or "vice" in front of the title).
DEPUTY_ROLE: dict[str, str] = {
    "head_of_state": "deputy_head_of_state",
    "head_of_government": "deputy_head_of_government",
    "foreign_minister": "deputy_foreign_minister",
    "secretary_general": "org_deputy_head",
    "org_head": "org_deputy_head",
}

#: Words that are honorifics in running text far more often than offices ("Prince Faisal").
HONORIFIC_TITLES = frozenset({"prince", "princess", "sheikh", "sheik", "general", "lord", "lady", "sir", "dame"})
#: KB titles that start with these words carry a qualifier the grammar reads itself.
_QUALIFIER_WORDS = frozenset({"interim", "acting", "transitional", "caretaker", "former", "provisional", "incoming", "outgoing"})
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "to", "on", "in", "at", "a", "an", "de", "la"})
_ACRONYM_MAX = 4
MAX_TITLE_TOKENS = 12


@dataclass(frozen=True)
class TitleSense:
    """What a surface title means.

    Attributes:
        canonical: Readable normalised title ("Foreign Minister").
        role_type: One of ROLE_TYPES, or None where the scope decides (leaders).
        kind: office | leader | counterpart | group | descriptor.
        plural: The surface is a plural ("foreign ministers").
        country: The office's state when the title alone names it ("Taoiseach" -> IRL).
        proper: The canonical title is an office's own name, kept as is ("Secretary of State").
    """

    canonical: str
    role_type: str | None
    kind: str = "office"
    plural: bool = False
    country: str | None = None
    proper: bool = False


def title_case(text: str) -> str:
    """Title case that keeps acronyms and small words: "minister of foreign affairs" ->
    "Minister of Foreign Affairs", "UN envoy" -> "UN Envoy"."""
    out = []
    for i, word in enumerate(text.split()):
        parts = word.split("-")
        fixed = []
        for j, part in enumerate(parts):
            if not part or (part.isupper() and len(part) <= _ACRONYM_MAX):
                fixed.append(part)
            elif (i > 0 or j > 0) and part.lower() in _SMALL_WORDS:
                fixed.append(part.lower())
            elif j > 0 and part.lower() in ("elect", "designate", "in"):
                fixed.append(part.lower())
            else:
                fixed.append(part[:1].upper() + part[1:])
        out.append("-".join(fixed))
    return " ".join(out)


def load_grammar_titles() -> list[dict[str, Any]]:
    """The title grammar shipped with geoextract (``components/data/titles.yaml``)."""
    text = resources.files("geoextract.components").joinpath("data").joinpath("titles.yaml").read_text(encoding="utf8")
    rows = yaml.safe_load(text) or []
    return [dict(row) for row in rows]


def sense_from_row(row: Mapping[str, Any]) -> tuple[str, TitleSense]:
    """Validate one title row (grammar file or user entry) into (surface, sense).

    Raises:
        GeoExtractValueError: A field is missing or has an unknown value.
    """
    try:
        surface = str(row["title"]).strip()
    except KeyError as e:
        raise GeoExtractValueError(Errors.E210.format(row=dict(row), msg="'title' is missing")) from e
    kind = str(row.get("kind") or "office")
    role_type = row.get("role_type")
    if not surface or kind not in TITLE_KINDS or (role_type is not None and role_type not in ROLE_TYPES):
        raise GeoExtractValueError(
            Errors.E210.format(row=dict(row), msg=f"kind must be one of {sorted(TITLE_KINDS)} and role_type one of ROLE_TYPES or null")
        )
    canonical = str(row.get("canonical") or title_case(surface))
    country = row.get("country")
    return surface, TitleSense(
        canonical=canonical,
        role_type=role_type,
        kind=kind,
        plural=bool(row.get("plural", False)),
        country=str(country) if country else None,
        proper=bool(country),
    )


class TitleLexicon:
    """Surface titles as lower-cased token tuples, matched longest first.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> lex = TitleLexicon.build(nlp.tokenizer, grammar=[{"title": "Foreign Minister", "role_type": "foreign_minister"}])
        >>> words = [t.lower_ for t in nlp("the foreign minister said")]
        >>> end, sense = lex.match(words, 1)
        >>> (end, sense.canonical)
        (3, 'Foreign Minister')
    """

    def __init__(self, entries: Mapping[tuple[str, ...], TitleSense]) -> None:
        self.entries: dict[tuple[str, ...], TitleSense] = dict(entries)
        self.first_words: frozenset[str] = frozenset(key[0] for key in self.entries)
        self.max_len = max((len(k) for k in self.entries), default=0)
        self._prefixes: frozenset[tuple[str, ...]] = frozenset(k[:n] for k in self.entries for n in range(1, len(k) + 1))
        self.proper_titles: frozenset[str] = frozenset(s.canonical.casefold() for s in self.entries.values() if s.proper)

    @classmethod
    def build(
        cls,
        tokenize: Callable[[str], Iterable[Any]],
        *,
        grammar: Iterable[Mapping[str, Any]] | None = None,
        kb: KnowledgeBase | None = None,
        extra: Iterable[Mapping[str, Any]] = (),
    ) -> TitleLexicon:
        """Build the lexicon from the grammar, the KB's titles and user entries (last wins).

        Args:
            tokenize: The pipeline's tokenizer (a callable text -> tokens).
            grammar: Title rows (default: the shipped grammar file).
            kb: Adds the KB's country-specific titles the grammar does not know.
            extra: User title rows, same fields as the grammar file; they override.
        """
        entries: dict[tuple[str, ...], TitleSense] = {}

        def key_of(surface: str) -> tuple[str, ...]:
            return tuple(t.text.lower() for t in tokenize(surface) if not t.is_space)

        if kb is not None:
            for key, sense in _kb_senses(kb, key_of).items():
                entries[key] = sense
        for row in load_grammar_titles() if grammar is None else grammar:
            surface, sense = sense_from_row(row)
            entries[key_of(surface)] = sense
        for row in extra:
            surface, sense = sense_from_row(row)
            entries[key_of(surface)] = sense
        entries.pop((), None)
        return cls(entries)

    def match(self, words: Sequence[str], start: int) -> tuple[int, TitleSense] | None:
        """The longest title starting at ``words[start]`` (lower-cased tokens): (end, sense)."""
        if words[start] not in self.first_words:
            return None
        best: tuple[int, TitleSense] | None = None
        key: tuple[str, ...] = ()
        for i in range(start, min(len(words), start + self.max_len)):
            key = (*key, words[i])
            if key not in self._prefixes:
                break
            sense = self.entries.get(key)
            if sense is not None:
                best = (i + 1, sense)
        return best

    def sense(self, surface_tokens: Iterable[str]) -> TitleSense | None:
        """The sense of a title given as lower-cased tokens."""
        return self.entries.get(tuple(surface_tokens))

    def canonical_for_office(self, title: str, role_type: str) -> str:
        """A readable title for a KB office ("Minister of Foreign Affairs" -> "Foreign Minister",
        "United States Secretary of Defense" -> "Secretary of Defense"); other offices keep
        their own title ("Minister for International Development and the Pacific").

        Example:
            >>> lex = TitleLexicon({("secretary", "of", "defense"): TitleSense("Secretary of Defense", "defence_minister", country="USA", proper=True)})
            >>> lex.canonical_for_office("United States Secretary of Defense", "defence_minister")
            'Secretary of Defense'
        """
        words = title.lower().replace("-", " - ").replace(",", " ,").split()
        for skip in range(3):
            sense = self.entries.get(tuple(words[skip:]))
            if skip and len(words) - skip < 2:
                # "Chief Cabinet Secretary" is not a bare "Secretary".
                break
            if sense is not None and (sense.role_type == role_type or sense.proper):
                return sense.canonical
        if role_type in ROLE_CANONICAL and role_type not in ("head_of_state", "head_of_government"):
            return ROLE_CANONICAL[role_type]
        return title

    def to_rows(self) -> list[list[Any]]:
        """The lexicon as JSON-able rows (for serialisation)."""
        return [[list(k), s.canonical, s.role_type, s.kind, s.plural, s.country, s.proper] for k, s in self.entries.items()]

    @classmethod
    def from_rows(cls, rows: Iterable[list[Any]]) -> TitleLexicon:
        return cls({tuple(r[0]): TitleSense(r[1], r[2], r[3], bool(r[4]), r[5], bool(r[6])) for r in rows})


def _kb_senses(kb: KnowledgeBase, key_of: Callable[[str], tuple[str, ...]]) -> dict[tuple[str, ...], TitleSense]:
    """Senses from the KB's title lexicon, without titles that contain their own scope
    ("Afghan Minister of Defense", "King of Spain": the grammar reads the scope itself)."""
    by_key: dict[tuple[str, ...], list[tuple[str, str | None, str]]] = {}
    for entry in kb.titles():
        title = entry.title.strip()
        words = title.lower().replace("-", " ").split()
        if not words or title.lower() in HONORIFIC_TITLES or "(" in title or words[-1] in ("of", "the") or words[0] in _QUALIFIER_WORDS or {"elect", "designate"} & set(words) or _has_scope(kb, title):
            continue
        by_key.setdefault(key_of(title), []).append((entry.role_type, entry.country, title))
    senses: dict[tuple[str, ...], TitleSense] = {}
    for key, rows in by_key.items():
        role_types = [r for r, _, _ in rows]
        role_type = max(set(role_types), key=lambda r: (role_types.count(r), r == "head_of_state"))
        countries = {c for r, c, _ in rows if r == role_type}
        generic = None in countries
        country = next(iter(countries)) if len(countries) == 1 and not generic else None
        surface = rows[0][2]
        canonical = ROLE_CANONICAL.get(role_type) if role_type in ROLE_CANONICAL and role_type not in ("head_of_state", "head_of_government") else None
        senses[key] = TitleSense(
            canonical=canonical or title_case(surface),
            role_type=role_type,
            country=country,
            proper=False,
        )
    return senses


def _has_scope(kb: KnowledgeBase, title: str) -> bool:
    words = title.split()
    if kb.country(words[0]) is not None or (len(words) > 1 and kb.country(" ".join(words[:2])) is not None):
        return True
    parts = title.split(" of ")
    # Every "of" may start the scope: "Secretary General of the Organization of American States".
    for i in range(1, len(parts)):
        tail = " of ".join(parts[i:])
        if kb.country(tail) is not None or kb.lookup(tail, types=("organisation",)):
            return True
    return False


def with_deputy(sense: TitleSense, prefix: str) -> TitleSense:
    """The sense of "deputy/vice <title>" for a title the lexicon has no deputy form of."""
    role_type = DEPUTY_ROLE.get(sense.role_type or "", "official")
    return replace(sense, canonical=f"{title_case(prefix)} {sense.canonical}", role_type=role_type, proper=False)
