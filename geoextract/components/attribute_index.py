"""spaCy's attribute ruler with its one-token rules answered from an index.

The English pipelines' ``attribute_ruler`` holds about 180 rules, nearly all of one token
("a token tagged NNS gets POS NOUN and Number=Plur"). spaCy's ``Matcher`` tries every rule
at every token, which made the component cost about 12% of ``en_core_web_sm``'s time on
news text. :class:`IndexedAttributeRuler` is the same component with the same rules, the
same saved form and the same output; it reads each token's attributes into a row of
integers, looks the row up in a table built from the rules, and remembers the answer for
rows it has seen. Rules the index cannot answer (several tokens, an index into the match,
operators other than ``IN``, ``NOT_IN`` and ``REGEX``, fuzzy matching, extension attributes,
``OP``) still go through a ``Matcher`` of their own.

``geoextract.load()`` swaps the base pipeline's ruler for this one (see
:func:`index_attribute_ruler`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

#: Token attributes whose pattern values are strings compared by hash, as the Matcher does.
_STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA", "SHAPE", "PREFIX", "SUFFIX"})
#: Boolean lexeme flags a rule may test with True or False.
_FLAG_ATTRS = frozenset(
    {"IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
     "IS_SPACE", "IS_STOP", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL"}
)
#: Remembered rows beyond this are all forgotten (a few MB; the common rows come back at once).
MEMO_LIMIT = 50_000


@dataclass(frozen=True)
class _Rule:
    """One indexable token pattern of rule ``rule`` (its position in the ruler)."""

    rule: int
    #: attribute id -> hashes that must not occur ("NOT_IN")
    excluded: tuple[tuple[int, frozenset[int]], ...]
    #: attribute id -> compiled expression the string must contain ("REGEX")
    searched: tuple[tuple[int, re.Pattern[str]], ...]


def _attr_name(key: Any) -> str | None:
    if not isinstance(key, str):
        return None
    name = key.upper()
    return "ORTH" if name == "TEXT" else name


def _compile_token(
    token: dict[str, Any], vocab: Vocab
) -> tuple[dict[str, list[int]], list[tuple[str, frozenset[int]]], list[tuple[str, re.Pattern[str]]]] | None:
    """The token pattern's equality tests (attribute -> allowed hashes), NOT_IN tests and REGEX
    tests, or None when some part of it needs the Matcher."""
    equal: dict[str, list[int]] = {}
    excluded: list[tuple[str, frozenset[int]]] = []
    searched: list[tuple[str, re.Pattern[str]]] = []
    names = [_attr_name(key) for key in token]
    if len(set(names)) < len(names):
        return None  # the same attribute twice ("LOWER" and "lower"): left to the Matcher
    for key, value in token.items():
        name = _attr_name(key)
        if name in _FLAG_ATTRS:
            if not isinstance(value, bool):
                return None
            equal[name] = [int(value)]
        elif name in _STRING_ATTRS:
            if isinstance(value, str):
                equal[name] = [vocab.strings.add(value)]
            elif isinstance(value, dict) and len(value) == 1:
                (op, arg), = value.items()
                op = op.upper() if isinstance(op, str) else op
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                    hashes = [vocab.strings.add(v) for v in arg]
                    if op == "IN":
                        equal[name] = hashes
                    else:
                        excluded.append((name, frozenset(hashes)))
                elif op == "REGEX" and isinstance(arg, str):
                    searched.append((name, re.compile(arg)))
                else:
                    return None
            else:
                return None
        else:
            return None
    return equal, excluded, searched


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` (same rules, same saved form, same output) that answers its
    one-token rules from an index instead of trying each rule at each token.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> ruler = nlp.add_pipe("geoextract_attribute_ruler")
        >>> ruler.add([[{"LOWER": "un"}]], {"TAG": "NNP"})
        >>> [t.tag_ for t in nlp("The UN met")]
        ['', 'NNP', '']
    """

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._reset_index()

    def _reset_index(self) -> None:
        #: attribute names the rows hold, and each one's column
        self._columns: list[str] = []
        #: tuple of columns -> row values at those columns -> rules that may match
        self._index: dict[tuple[int, ...], dict[tuple[int, ...], list[_Rule]]] = {}
        self._rest = Matcher(self.vocab, validate=self.validate)
        #: row -> (rule, match id) of the indexed rules it matches
        self._memo: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        self._answers: dict[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]] = {}

    def clear(self) -> None:
        """Reset all patterns."""
        super().clear()
        self._reset_index()

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        """Add patterns as ``AttributeRuler.add`` does; see its documentation."""
        patterns = list(patterns)
        super().add(patterns, attrs, index)
        rule = len(self.attrs) - 1
        rest = []
        for pattern in patterns:
            compiled = None
            if isinstance(pattern, list) and len(pattern) == 1 and index in (0, -1):
                if isinstance(pattern[0], dict):
                    compiled = _compile_token(pattern[0], self.vocab)
            if compiled is None:
                rest.append(pattern)
            else:
                self._add_indexed(rule, *compiled)
        if rest:
            self._rest.add(self.vocab.strings.add(str(rule)), rest)
        self._forget()

    def _forget(self) -> None:
        """Drop the remembered rows (after a change of the rules, or past MEMO_LIMIT)."""
        self._memo.clear()
        self._answers.clear()

    def _column(self, name: str) -> int:
        if name not in self._columns:
            self._columns.append(name)
            # rows read before this column existed are no longer comparable
            self._forget()
        return self._columns.index(name)

    def _add_indexed(
        self,
        rule: int,
        equal: dict[str, list[int]],
        excluded: list[tuple[str, frozenset[int]]],
        searched: list[tuple[str, re.Pattern[str]]],
    ) -> None:
        names = sorted(equal)
        columns = tuple(self._column(name) for name in names)
        entry = _Rule(
            rule,
            tuple((self._column(name), hashes) for name, hashes in excluded),
            tuple((self._column(name), expr) for name, expr in searched),
        )
        table = self._index.setdefault(columns, {})
        for values in itertools.product(*(equal[name] for name in names)):
            table.setdefault(values, []).append(entry)

    def _rules_for(self, row: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """The indexed rules a token with these attribute values matches, in rule order, each
        with its match id."""
        strings = self.vocab.strings
        found: set[int] = set()
        for columns, table in self._index.items():
            for entry in table.get(tuple(row[c] for c in columns), ()):
                if entry.rule in found:
                    continue
                if any(row[c] in hashes for c, hashes in entry.excluded):
                    continue
                if any(not expr.search(strings[row[c]]) for c, expr in entry.searched):
                    continue
                found.add(entry.rule)
        return tuple((rule, strings[str(rule)]) for rule in sorted(found))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The rule matches in the doc, as ``AttributeRuler.match`` returns them:
        ``(rule, match_id, start, end)`` sorted, so that later rules have precedence."""
        matches: list[tuple[int, int, int, int]] = []
        if self._index and len(doc):
            memo = self._memo
            if len(memo) > MEMO_LIMIT:
                self._forget()
            rows: list[list[int]]
            if self._columns:
                array = doc.to_array([IDS[name] for name in self._columns])
                # the attributes' values are unsigned integers (1-D for one column)
                rows = cast(list[list[int]], array.reshape(len(doc), len(self._columns)).tolist())
            else:
                rows = [[] for _ in range(len(doc))]
            for i, values in enumerate(rows):
                row = tuple(values)
                rules = memo.get(row)
                if rules is None:
                    found = self._rules_for(row)
                    # rows with the same answer share one tuple
                    rules = memo[row] = self._answers.setdefault(found, found)
                for rule, match_id in rules:
                    matches.append((rule, match_id, i, i + 1))
        if len(self._rest):
            for match_id, start, end in self._rest(doc, allow_missing=True, as_spans=False):
                matches.append((int(self.vocab.strings[match_id]), match_id, start, end))
        matches.sort()
        return matches

    def set_annotations(self, doc: Doc, matches: Sequence[tuple[int, int, int, int]]) -> None:
        """Set the matched rules' attributes, later rules last (as ``AttributeRuler`` does)."""
        for rule, match_id, start, end in matches:
            if end - start == 1 and self.indices[rule] in (0, -1):
                set_token_attrs(doc[start], self.attrs[rule])
            else:
                super().set_annotations(doc, [(rule, match_id, start, end)])


@Language.factory(
    "geoextract_attribute_ruler",
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
    assigns=[],
)
def make_indexed_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable[..., Any] | None
) -> IndexedAttributeRuler:
    """Build an :class:`IndexedAttributeRuler` (config as spaCy's ``attribute_ruler``)."""
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def index_attribute_ruler(nlp: Language) -> list[str]:
    """Swap each of the pipeline's spaCy ``attribute_ruler`` components for an
    :class:`IndexedAttributeRuler` with the same name, place, settings and rules.

    Returns the names of the swapped components. A disabled ruler stays disabled.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("attribute_ruler")
        >>> index_attribute_ruler(nlp), type(nlp.get_pipe("attribute_ruler")).__name__
        (['attribute_ruler'], 'IndexedAttributeRuler')
    """
    swapped = []
    for name in list(nlp.component_names):
        old = nlp.get_pipe(name)
        if type(old) is not AttributeRuler:
            continue
        disabled = name in nlp.disabled
        config = {k: v for k, v in nlp.get_pipe_config(name).items() if k != "factory"}
        patterns = old.patterns
        new: Any = nlp.replace_pipe(name, "geoextract_attribute_ruler", config=config)
        new.add_patterns(patterns)
        if disabled:
            nlp.disable_pipe(name)
        swapped.append(name)
    return swapped
