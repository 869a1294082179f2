"""The ``Doc._`` and ``Span._`` extensions geoextract sets, installed in one idempotent call.

All values are plain JSON types (str, float, int, lists and dicts of them), so a Doc can be
pickled to worker processes and serialised with ``DocBin(store_user_data=True)``.

Doc extensions:

- ``doc._.geo_id`` (str | None) and ``doc._.geo_date`` (ISO date str | None): set before the
  pipeline runs (``geoextract.extract`` does it); relative dates resolve against ``geo_date``.
- ``doc._.geo_entities``: list of Entity dicts (see :class:`geoextract.results.Entity`).
- ``doc._.geo_roles``: list of Role dicts.
- ``doc._.geo_relations``: list of Relation dicts.
- ``doc._.geo_clusters``: working data of the name coreference step: list of dicts
  ``{"id", "label": "PERSON", "mentions": [[start_char, end_char], ...], "name"}``.
- ``doc._.geo_role_links``: working data of the role linker, read by the entity linker: list
  of dicts ``{"mention": [s, e], "title", "surface_title", "role_type", "country",
  "org_span": [s, e] | None, "org_kb_id", "office_id", "qualifier",
  "person_span": [s, e] | None, "holder_kb_id", "holder_score"}`` (character offsets).

Span extensions (on ``doc.ents``; values are keyed by the span's offsets):

- ``span._.geo_entity`` (str | None): id of the document entity the mention belongs to.
- ``span._.geo_country`` (str | None): ISO alpha-3 country of the mention.
- ``span._.geo_name`` (str | None): canonical name of the entity.
- ``span._.geo_score`` (float | None): link score.
- ``span._.geo_kind`` (str | None): actor kind (person, country, organisation, city...).
- ``span._.geo_source`` (str | None): who tagged it: "ner", "kb", "coref", "role".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: ``doc.user_data`` key of the Doc's text as given to ``geoextract.api.make_doc`` (or as
#: first built by :func:`doc_text`): ``Doc.text`` joins every token again on each access.
TEXT_KEY = "geoextract.text"

DOC_EXTENSIONS: dict[str, object] = {
    "geo_id": None,
    "geo_date": None,
    "geo_entities": None,
    "geo_roles": None,
    "geo_relations": None,
    "geo_clusters": None,
    "geo_role_links": None,
}

SPAN_EXTENSIONS: dict[str, object] = {
    "geo_entity": None,
    "geo_country": None,
    "geo_name": None,
    "geo_score": None,
    "geo_kind": None,
    "geo_source": None,
}


def install_extensions() -> None:
    """Register geoextract's Doc and Span extensions; safe to call any number of times.

    Example:
        >>> install_extensions(); install_extensions()
        >>> from spacy.tokens import Doc
        >>> Doc.has_extension("geo_entities")
        True
    """
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            # Defaults are immutable (None): a shared mutable default would leak between docs.
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def plain_span_extensions() -> bool:
    """True when geoextract's span extensions are plain values with a None default (no
    getter, setter or method), so that they live in ``doc.user_data`` under spaCy's
    ``("._.", name, start_char, end_char)`` keys and can be read and written there directly.

    Example:
        >>> install_extensions(); plain_span_extensions()
        True
    """
    global _plain_checked
    if _plain_checked is None:
        install_extensions()
        _plain_checked = all(Span.get_extension(name) == (None, None, None, None) for name in SPAN_EXTENSIONS)
    return _plain_checked


_plain_checked: bool | None = None


def carry_text(doc: Doc, text: str) -> None:
    """Keep ``text``, the string ``doc`` was tokenised from, for :func:`doc_text`.

    Example:
        >>> import spacy; nlp = spacy.blank("en"); doc = nlp.make_doc("Hi there")
        >>> carry_text(doc, "Hi there"); doc_text(doc)
        'Hi there'
    """
    doc.user_data[TEXT_KEY] = text


def doc_text(doc: Doc) -> str:
    """The text of ``doc``: the carried text when it matches the Doc, else ``doc.text``.

    A carried text that does not match the Doc's tokens (a Doc built around another
    Doc's ``user_data``) is ignored. The text built from the tokens is kept for the next
    call: a Doc's text never changes (retokenising keeps it).

    Example:
        >>> import spacy; doc = spacy.blank("en")("Hello world")
        >>> doc_text(doc)
        'Hello world'
    """
    text = carried_text(doc)
    if text is not None:
        return text
    built = doc.text
    doc.user_data[TEXT_KEY] = built
    return built


def carried_text(doc: Doc) -> str | None:
    """The carried text of ``doc`` when it matches the Doc, else None (nothing is built).

    Example:
        >>> import spacy; carried_text(spacy.blank("en")("Hello")) is None
        True
    """
    text = doc.user_data.get(TEXT_KEY)
    return text if isinstance(text, str) and _text_matches(doc, text) else None


def _text_matches(doc: Doc, text: str) -> bool:
    # A cheap consistency check: the first and last tokens sit where the text has them
    # and the text ends with the last one.
    n = len(doc)
    if not n:
        return not text
    first = doc[0]
    last = doc[n - 1]
    tail = last.text_with_ws
    return (
        last.idx + len(tail) == len(text)
        and text.endswith(tail)
        and text.startswith(first.text)
    )
