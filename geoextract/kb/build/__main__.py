"""``python -m geoextract.kb.build --sources ../shared/data/kb-sources [--coverage docs/kb-coverage.md]``."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from ...errors import KBError
from . import CURATED_DIR, DATA_DIR, build


def main(argv: list[str] | None = None) -> int:
    """Build the shipped KB (and optionally the coverage page); returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m geoextract.kb.build", description=__doc__)
    parser.add_argument("--sources", type=Path, default=Path("../shared/data/kb-sources"), help="the kb-sources folder")
    parser.add_argument("--curated", type=Path, default=CURATED_DIR, help="the curated YAML folder")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="where to write kb.json.gz")
    parser.add_argument("--coverage", type=Path, default=None, help="also write the coverage page (Markdown) here")
    parser.add_argument("--coverage-only", action="store_true", help="write the coverage page from the shipped KB without rebuilding")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        if args.coverage_only:
            from ..store import KnowledgeBase

            kb = KnowledgeBase.from_disk(args.out)
        else:
            t0 = time.perf_counter()
            kb = build(args.sources, args.curated, args.out)
            print(f"built {args.out / 'kb.json.gz'} in {time.perf_counter() - t0:.1f}s: {kb.stats()}")
        if args.coverage:
            from .coverage import write_coverage

            write_coverage(kb, args.coverage)
            print(f"wrote {args.coverage}")
    except KBError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
