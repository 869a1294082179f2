"""Convert CrossNER (politics domain) column files to CoNLL-2003 types.

CrossNER labels -> CoNLL: politician, person -> PER; country, location -> LOC; organisation,
politicalparty -> ORG; election, event, misc -> MISC. Tags stay BIO. The converter runs at
evaluation time and writes where it is told (a temporary folder or a user path): CrossNER
data is not shipped with geoextract.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import Errors, GeoExtractValueError
from .conll import DOCSTART, split_tag, write_conll

#: CrossNER politics label -> CoNLL-2003 type.
CROSSNER_TO_CONLL: dict[str, str] = {
    "politician": "PER",
    "person": "PER",
    "country": "LOC",
    "location": "LOC",
    "organisation": "ORG",
    "politicalparty": "ORG",
    "election": "MISC",
    "event": "MISC",
    "misc": "MISC",
}


def convert_tag(tag: str) -> str:
    """Map one CrossNER tag to its CoNLL tag.

    Raises:
        GeoExtractValueError: the tag is malformed (E505) or its label unknown (E509).

    Example:
        >>> convert_tag("B-politicalparty"), convert_tag("O")
        ('B-ORG', 'O')
    """
    prefix, label = split_tag(tag)
    if label is None:
        return "O"
    if label not in CROSSNER_TO_CONLL:
        raise GeoExtractValueError(
            Errors.E509.format(label=label, known=", ".join(sorted(CROSSNER_TO_CONLL)))
        )
    return f"{prefix}-{CROSSNER_TO_CONLL[label]}"


def _converted(path: Path) -> Iterator[list[tuple[str, str]]]:
    sentence: list[tuple[str, str]] = []
    try:
        with path.open(encoding="utf-8") as f:
            for number, raw in enumerate(f, start=1):
                columns = raw.split()
                if not columns or columns[0] == DOCSTART:
                    if sentence:
                        yield sentence
                        sentence = []
                    continue
                if len(columns) < 2:
                    raise GeoExtractValueError(
                        Errors.E503.format(
                            path=path, line=number, field="tag", msg=f"no tag after {columns[0]!r}"
                        )
                    )
                try:
                    sentence.append((columns[0], convert_tag(columns[-1])))
                except GeoExtractValueError as e:
                    raise GeoExtractValueError(
                        Errors.E503.format(path=path, line=number, field="tag", msg=str(e))
                    ) from e
    except (OSError, UnicodeDecodeError) as e:
        raise GeoExtractValueError(Errors.E504.format(path=path, err=e)) from e
    if sentence:
        yield sentence


def convert_crossner(source: str | Path, target: str | Path) -> int:
    """Convert a CrossNER politics file to a two-column CoNLL file with PER/LOC/ORG/MISC.

    Args:
        source: CrossNER file (token, tag per line; blank lines between sentences).
        target: Output path (parent folders are created).

    Returns:
        The number of sentences written.

    Raises:
        GeoExtractValueError: unreadable input (E504), a line without a tag or with an
            unknown label (E503, naming the line), or no sentence at all (E502).

    Example:
        >>> convert_crossner("crossner-politics/dev.txt", "/tmp/politics-dev.conll")  # doctest: +SKIP
        540
    """
    source, target = Path(source), Path(target)
    sentences = list(_converted(source))
    if not sentences:
        raise GeoExtractValueError(Errors.E502.format(path=source))
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_conll(target, sentences)
