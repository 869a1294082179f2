"""What the display helpers share: label colours, Wikidata links, input coercion, optional imports."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator, Mapping
from types import ModuleType
from typing import Any

from pydantic import ValidationError

from ..errors import Errors, GeoExtractTypeError, GeoExtractValueError, MissingDependencyError
from ..results import Document, ErrorRecord

#: Background colours per spaCy label: displaCy's palette, so highlights look as in spaCy.
LABEL_COLORS: dict[str, str] = {
    "PERSON": "#aa9cfc",
    "GPE": "#feca74",
    "ORG": "#7aecec",
    "NORP": "#c887fb",
    "LOC": "#ff9561",
    "FAC": "#9cc9cc",
    "EVENT": "#ffeb80",
    "OFFICE": "#d9d9d9",
}
#: Colour of labels displaCy has no colour for.
DEFAULT_COLOR = "#e4e7d2"

_QID = re.compile(r"Q[1-9][0-9]*")

DocumentInput = Document | Mapping[str, Any] | Iterable[Document | ErrorRecord | Mapping[str, Any]]


def label_color(label: str | None) -> str:
    """Return the highlight colour of a spaCy label.

    Example:
        >>> label_color("PERSON")
        '#aa9cfc'
    """
    return LABEL_COLORS.get(label or "", DEFAULT_COLOR)


def wikidata_url(kb_id: str | None) -> str | None:
    """Return the Wikidata page of a QID, or None for another kind of id.

    Example:
        >>> wikidata_url("Q7821917")
        'https://www.wikidata.org/wiki/Q7821917'
        >>> wikidata_url("gx:person:johann-wadephul") is None
        True
    """
    if kb_id and _QID.fullmatch(kb_id):
        return f"https://www.wikidata.org/wiki/{kb_id}"
    return None


def iter_documents(documents: DocumentInput) -> Iterator[Document]:
    """Yield the Documents of one Document, a dict of one, or an iterable of either.

    Error records of a batch run (``{id, error, position}``) are skipped: they hold no
    annotations to show.

    Raises:
        GeoExtractTypeError: the input (or one of its items) is not a Document or a dict (E602).
        GeoExtractValueError: a dict does not validate as a Document (E603).

    Example:
        >>> [d.id for d in iter_documents(Document(id="a", text=""))]
        ['a']
    """
    if isinstance(documents, Document | Mapping):
        items: Iterable[Any] = [documents]
    elif isinstance(documents, str | bytes) or not isinstance(documents, Iterable):
        raise GeoExtractTypeError(
            Errors.E602.format(type_name=type(documents).__name__, position=0)
        )
    else:
        items = documents
    for position, item in enumerate(items):
        if isinstance(item, Document):
            yield item
        elif isinstance(item, ErrorRecord):
            continue
        elif isinstance(item, Mapping):
            if "error" in item and "text" not in item:
                continue
            try:
                yield Document.model_validate(item)
            except ValidationError as e:
                first = e.errors()[0]
                where = ".".join(str(part) for part in first["loc"]) or "record"
                raise GeoExtractValueError(
                    Errors.E603.format(position=position, msg=f"{where}: {first['msg']}")
                ) from e
        else:
            raise GeoExtractTypeError(
                Errors.E602.format(type_name=type(item).__name__, position=position)
            )


def require(module: str, *, feature: str, package: str, extra: str) -> ModuleType:
    """Import an optional dependency or raise an error that names the extra to install.

    Raises:
        MissingDependencyError: the module is not installed (E601).

    Example:
        >>> require("json", feature="JSON", package="json", extra="geoextract").__name__
        'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise MissingDependencyError(
            Errors.E601.format(feature=feature, package=package, extra=extra)
        ) from e
