"""Does a change leave geoextract's output as it was? Save a snapshot, change the code, check.

Speed work must not change results. This script runs the pipeline over a fixed set of texts
and keeps every Document (as ``model_dump()``) plus the bytes ``annotate_corpus`` writes for
the same records, then compares a later run against that snapshot:

- the development gold texts (``--dev-dir``, when present) and the seed article;
- the held-out gold files in ``benchmarks/data`` that are no longer sealed (every
  ``heldout_gold*.jsonl``; ``sealed_gold.jsonl`` is never read);
- the notebook articles and 500 records of each speed-benchmark corpus kind;
- ``geoextract.extract`` on the seed article, and an ``annotate_corpus`` run over all of it
  (with two bad records) through ``nlp.pipe`` batches, memory zones and JSON lines.

Usage::

    python benchmarks/output_check.py save  --snapshot /tmp/geo-snapshot   # before the change
    python benchmarks/output_check.py check --snapshot /tmp/geo-snapshot   # after it

``check`` prints every Document that differs (with the fields that differ) and exits 1 if
anything does. A change that is meant to alter results (a new rule, a KB rebuild) needs a
new snapshot, not this check. Takes 3-4 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import geoextract
from geoextract.api import make_doc
from geoextract.batch import annotate_corpus
from geoextract.conversion import doc_to_document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = ROOT.parent / "shared" / "data" / "dev"
SEED_DATE = "2024-11-12"
BENCH_RECORDS = 500

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_corpus  # noqa: E402  (a sibling script, not a package)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def text_sets(dev_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """The named lists of records (id, date, text) the check runs on."""
    sets: dict[str, list[dict[str, Any]]] = {}
    if (dev_dir / "gold.jsonl").exists():
        sets["dev_gold"] = _jsonl(dev_dir / "gold.jsonl")
    if (dev_dir / "seed-article.txt").exists():
        seed = (dev_dir / "seed-article.txt").read_text(encoding="utf-8")
        sets["seed"] = [{"id": "seed", "date": SEED_DATE, "text": seed}]
    for path in sorted((ROOT / "benchmarks" / "data").glob("heldout_gold*.jsonl")):
        sets[path.stem] = _jsonl(path)
    sets["notebook_articles"] = _jsonl(ROOT / "notebooks" / "data" / "articles.jsonl")
    corpora: dict[str, Iterator[dict[str, Any]]] = {
        "bench_articles": bench_corpus.repeat_articles(10**9, 13),
        "bench_templates": bench_corpus.generate_articles(10**9, 13),
    }
    for name, records in corpora.items():
        sets[name] = list(islice(records, BENCH_RECORDS))
    return sets


def run(dev_dir: Path, workdir: Path, out: Path) -> tuple[dict[str, list[dict[str, Any]]], bytes]:
    """Documents per set (``model_dump()``) and the bytes of one ``annotate_corpus`` output.

    The input file goes in ``workdir`` under the same name each time, since error records
    name their source file.
    """
    sets = text_sets(dev_dir)
    nlp = geoextract.load()
    dumps: dict[str, list[dict[str, Any]]] = {}
    for name, records in sets.items():
        docs = (make_doc(nlp, r["text"], date=r.get("date"), doc_id=r.get("id")) for r in records)
        dumps[name] = [doc_to_document(d).model_dump() for d in nlp.pipe(docs, batch_size=32)]
    if "seed" in sets:
        seed = geoextract.extract(sets["seed"][0]["text"], date=SEED_DATE, nlp=nlp)
        dumps["extract_seed"] = [seed.model_dump()]
    corpus = workdir / "annotate_in.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for name, records in sets.items():
            for i, r in enumerate(records):
                line = {"id": f"{name}-{i}", "date": r.get("date"), "text": r["text"]}
                f.write(json.dumps(line) + "\n")
        f.write(json.dumps({"id": "empty", "text": ""}) + "\n")
        f.write(json.dumps({"id": "bad-date", "date": "nope", "text": "x"}) + "\n")
    annotate_corpus([corpus], out, nlp=nlp, overwrite=True, progress=False, batch_size=64)
    return dumps, out.read_bytes()


def compare(
    old: dict[str, list[dict[str, Any]]], new: dict[str, list[dict[str, Any]]], limit: int = 20
) -> list[str]:
    """One line per difference (at most ``limit`` Documents are detailed)."""
    problems: list[str] = []
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name), new.get(name)
        if a is None or b is None or len(a) != len(b):
            problems.append(f"{name}: {len(a or [])} documents before, {len(b or [])} now")
            continue
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                fields = sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))
                if len(problems) < limit:
                    problems.append(f"{name}[{i}] id={x.get('id')!r}: {', '.join(fields)} differ")
                else:
                    problems.append(f"{name}[{i}]")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("save", "check"))
    parser.add_argument("--snapshot", type=Path, required=True, help="folder for the snapshot")
    parser.add_argument("--dev-dir", type=Path, default=DEFAULT_DEV)
    args = parser.parse_args(argv)
    args.snapshot.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    dumps, lines = run(args.dev_dir, args.snapshot, args.snapshot / f"annotate_{args.mode}.jsonl")
    n_docs = sum(len(v) for v in dumps.values())
    n_lines = len(lines.splitlines())
    seconds = time.perf_counter() - started
    if args.mode == "save":
        with (args.snapshot / "documents.pkl").open("wb") as f:
            pickle.dump(dumps, f)
        print(f"saved {n_docs} Documents and {n_lines} annotate lines in {seconds:.0f} s")
        return 0
    with (args.snapshot / "documents.pkl").open("rb") as f:
        old = pickle.load(f)
    problems = compare(old, dumps)
    old_lines = (args.snapshot / "annotate_save.jsonl").read_bytes()
    if old_lines != lines:
        changed = sum(
            x != y for x, y in zip(old_lines.splitlines(), lines.splitlines(), strict=False)
        )
        problems.append(
            f"annotate_corpus output differs: {len(old_lines.splitlines())} lines before, "
            f"{n_lines} now, {changed} changed"
        )
    for line in problems:
        print(line)
    verdict = "IDENTICAL" if not problems else f"{len(problems)} DIFFERENCES"
    print(f"{verdict}: {n_docs} Documents and {n_lines} annotate lines, {seconds:.0f} s")
    return 0 if not problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
