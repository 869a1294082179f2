"""The prebuilt fuzzy index shipped next to the KB file, tied to it by the file's SHA-1."""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .fuzzy import FuzzyIndex
from .indexes import fuzzy_entries

if TYPE_CHECKING:
    from .store import KnowledgeBase

#: The prebuilt fuzzy index of the shipped KB, and the meta key that ties a KB to it.
SHIPPED_FUZZY_FILE = "fuzzy.msgpack.gz"
SHIPPED_DIGEST = "shipped_digest"


def shipped_fuzzy_index(digest: str | None, entries: Iterable[tuple[str, str, str]]) -> FuzzyIndex | None:
    """The prebuilt fuzzy index shipped with the KB whose file has this SHA-1, if it exists.

    Read as a stream (see ``FuzzyIndex.read_shipped``); not cached, as the KB keeps it."""
    if not digest:
        return None
    from srsly.msgpack import OutOfData

    data = resources.files("geoextract.kb").joinpath("data").joinpath(SHIPPED_FUZZY_FILE)
    try:
        with data.open("rb") as raw, gzip.GzipFile(fileobj=raw) as stream:
            return FuzzyIndex.read_shipped(stream, digest, entries)
    except (FileNotFoundError, OSError, EOFError, ValueError, OutOfData):
        return None


def write_shipped_fuzzy(kb: KnowledgeBase, kb_bytes: bytes, out: Path) -> Path:
    """Write the prebuilt fuzzy index of a KB whose shipped file holds ``kb_bytes``."""
    import srsly

    message = {"kb_digest": hashlib.sha1(kb_bytes).hexdigest(), "index": FuzzyIndex(fuzzy_entries(kb)).to_payload()}
    path = Path(out) / SHIPPED_FUZZY_FILE
    path.write_bytes(gzip.compress(srsly.msgpack_dumps(message), compresslevel=6, mtime=0))
    return path
