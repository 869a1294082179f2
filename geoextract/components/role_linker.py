"""``geoextract_role_linker``: titles bound to people, countries and organisations."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import install_extensions


@Language.factory("geoextract_role_linker", default_config={}, requires=["doc.ents", "token.dep"], assigns=["doc._.geo_role_links"])
def make_role_linker(nlp: Language, name: str) -> RoleLinker:
    return RoleLinker(nlp, name=name)


class RoleLinker:
    def __init__(self, nlp: Language | None = None, *, name: str = "geoextract_role_linker") -> None:
        self.name = name
        self._nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        install_extensions()
        doc._.geo_role_links = []
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RoleLinker:
        return self
