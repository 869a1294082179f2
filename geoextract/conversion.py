"""Turn an annotated spaCy Doc into the public pydantic ``Document``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Doc

from .extensions import doc_text, install_extensions
from .results import Document, Entity, Mention


def doc_to_document(doc: Doc) -> Document:
    """Build the public ``Document`` from a Doc that went through geoextract's pipeline.

    A Doc that did not (a bare base pipeline) still converts: each named entity of
    ``doc.ents`` becomes an unlinked Entity.

    Example:
        >>> import spacy; nlp = spacy.blank("en")
        >>> doc_to_document(nlp("Hello")).text
        'Hello'
    """
    install_extensions()
    date = doc._.geo_date
    entities: list[Any] | None = doc._.geo_entities
    if entities is None:
        entities = [
            Entity(
                id=f"e{i}",
                name=ent.text,
                label=ent.label_,
                kb_id=ent.kb_id_ or None,
                mentions=[Mention(start=ent.start_char, end=ent.end_char, text=ent.text)],
            )
            for i, ent in enumerate(doc.ents)
        ]
    # One validation call for the whole record: pydantic-core checks the nested entity,
    # role and relation dicts as it would one by one, without a Python call per item.
    return Document.model_validate(
        {
            "id": doc._.geo_id,
            "date": dt.date.fromisoformat(date) if date else None,
            "text": doc_text(doc),
            "entities": entities,
            "roles": doc._.geo_roles or [],
            "relations": doc._.geo_relations or [],
        }
    )
