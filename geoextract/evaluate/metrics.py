"""Small scoring primitives shared by the NER and gold scorers.

Ratios with an empty denominator are ``None`` ("not applicable"), never 0 or 1, so a report
on data without, say, any meeting does not claim a perfect or a failed meeting score.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter

from pydantic import BaseModel, ConfigDict, Field, computed_field


class PRF(BaseModel):
    """Counts of one precision/recall comparison and the figures derived from them."""

    # Dumps carry the computed figures; reading a dump back ignores them and recomputes.
    model_config = ConfigDict(extra="ignore")

    tp: int = Field(default=0, ge=0, description="Predicted items that match a gold item.")
    n_pred: int = Field(default=0, ge=0, description="Predicted items.")
    n_gold: int = Field(default=0, ge=0, description="Gold items.")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        """tp / n_pred, or None without predictions."""
        return ratio(self.tp, self.n_pred)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        """tp / n_gold, or None without gold items."""
        return ratio(self.tp, self.n_gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall (None when both counts are 0).

        Example:
            >>> PRF(tp=1, n_pred=2, n_gold=1).f1
            0.6666666666666666
        """
        if self.n_pred == 0 and self.n_gold == 0:
            return None
        return ratio(2 * self.tp, self.n_pred + self.n_gold)

    def __add__(self, other: PRF) -> PRF:
        """Sum the counts (micro-averaging)."""
        return PRF(
            tp=self.tp + other.tp,
            n_pred=self.n_pred + other.n_pred,
            n_gold=self.n_gold + other.n_gold,
        )


def ratio(num: float, den: float) -> float | None:
    """``num / den``, or None when ``den`` is 0.

    Example:
        >>> ratio(1, 4), ratio(0, 0)
        (0.25, None)
    """
    return None if den == 0 else num / den


def multiset_prf(gold: Counter[object], pred: Counter[object]) -> PRF:
    """Compare two multisets of hashable items: tp is the size of their intersection.

    Example:
        >>> multiset_prf(Counter(["a", "a", "b"]), Counter(["a", "c"])).tp
        1
    """
    return PRF(tp=sum((gold & pred).values()), n_pred=sum(pred.values()), n_gold=sum(gold.values()))


def fold(text: str) -> str:
    """Case-, diacritics- and whitespace-insensitive key of a string.

    Example:
        >>> fold("  Bogotá  D.C. ")
        'bogota d.c.'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


_POSSESSIVE = re.compile(r"(?<=\w)(?:['’]s|s['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def surface_key(text: str) -> str:
    """Key under which a mention text and a gold surface are compared.

    Strips surrounding whitespace and punctuation, a possessive ending ("Blinken's" ->
    "Blinken", "Ukraine’s" -> "Ukraine", "Brussels'" -> "Brussels") and a leading "the";
    the rest stays case-sensitive, as gold surfaces are.

    Example:
        >>> surface_key("the Kremlin's"), surface_key("U.S.")
        ('Kremlin', 'U.S.')
    """
    key = text.strip().strip(',;:!?"“”()[]')
    key = _POSSESSIVE.sub(lambda m: "s" if m.group(0)[0] == "s" else "", key)
    return _LEADING_THE.sub("", key).strip()


_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = set(string.punctuation) | {"“", "”", "‘", "’", "–", "—"}


def squad_tokens(text: str) -> list[str]:
    """SQuAD answer normalisation: lowercase, drop punctuation and articles, split on spaces.

    Example:
        >>> squad_tokens("The crisis in Venezuela.")
        ['crisis', 'in', 'venezuela']
    """
    lowered = "".join(ch for ch in text.lower() if ch not in _PUNCT)
    return _ARTICLES.sub(" ", lowered).split()


def token_f1(gold: str | None, pred: str | None) -> float:
    """SQuAD-style token F1 between two answers; None on one side only scores 0, on both 1.

    Example:
        >>> token_f1("the situation in Ukraine", "Ukraine")
        0.5
    """
    if gold is None or pred is None:
        return 1.0 if gold is None and pred is None else 0.0
    gold_tokens, pred_tokens = squad_tokens(gold), squad_tokens(pred)
    if not gold_tokens or not pred_tokens:
        return float(gold_tokens == pred_tokens)
    common = sum((Counter(gold_tokens) & Counter(pred_tokens)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(pred_tokens), common / len(gold_tokens)
    return 2 * precision * recall / (precision + recall)


def place_match(gold: str | None, pred: str | None) -> bool:
    """Lenient place agreement: both None, or one contains the other (case/diacritics-insensitive).

    Example:
        >>> place_match("Bogotá", "in Bogota, Colombia"), place_match(None, "Lima")
        (True, False)
    """
    if gold is None or pred is None:
        return gold is None and pred is None
    g, p = fold(gold), fold(pred)
    if not g or not p:
        return g == p
    return g in p or p in g
