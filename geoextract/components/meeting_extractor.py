"""``geoextract_meeting_extractor``: who met whom about what."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import install_extensions


@Language.factory("geoextract_meeting_extractor", default_config={"min_confidence": 0.5}, requires=["doc._.geo_entities"], assigns=["doc._.geo_relations"])
def make_meeting_extractor(nlp: Language, name: str, *, min_confidence: float) -> MeetingExtractor:
    return MeetingExtractor(nlp, name=name, min_confidence=min_confidence)


class MeetingExtractor:
    def __init__(self, nlp: Language | None = None, *, name: str = "geoextract_meeting_extractor", min_confidence: float = 0.5) -> None:
        self.name = name
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        install_extensions()
        doc._.geo_relations = []
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> MeetingExtractor:
        return self
