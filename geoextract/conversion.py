"""Turn an annotated spaCy Doc into the public pydantic ``Document``."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from .extensions import doc_text, install_extensions
from .results import Document, Entity, Mention, Relation, Role


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
    entities_data = doc._.geo_entities
    if entities_data is None:
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
    else:
        entities = [Entity.model_validate(e) for e in entities_data]
    return Document(
        id=doc._.geo_id,
        date=dt.date.fromisoformat(date) if date else None,
        text=doc_text(doc),
        entities=entities,
        roles=[Role.model_validate(r) for r in doc._.geo_roles or []],
        relations=[Relation.model_validate(r) for r in doc._.geo_relations or []],
    )
