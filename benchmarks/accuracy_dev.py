"""Accuracy on the development data: gold documents and CrossNER politics, base vs geoextract.

Runs, in one go and with the same definitions as ``geoextract evaluate``:

1. the gold scorer on ``../shared/data/dev/gold.jsonl`` for the bare base pipeline and for
   geoextract (``geoextract evaluate gold gold.jsonl --compare-base``);
2. the NER scorer on CrossNER politics dev, converted to CoNLL types in a temporary folder
   (``geoextract evaluate convert-crossner`` then ``geoextract evaluate ner``).

Usage::

    python benchmarks/accuracy_dev.py [--dev-dir ../shared/data/dev] [--errors] [--json out.json]

Takes about a minute on 2 cores. The CrossNER data is read where it lies and never copied
into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console

from geoextract.evaluate import convert_crossner, evaluate_ner, read_gold, score_gold
from geoextract.evaluate.pipelines import load_base_pipeline, load_geoextract_pipeline, predict_gold
from geoextract.evaluate.report import print_gold, print_ner

DEFAULT_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dev-dir",
        type=Path,
        default=DEFAULT_DEV,
        help="Folder with gold.jsonl and crossner-politics/.",
    )
    parser.add_argument("--base", default=None, help="Base spaCy pipeline (name or path).")
    parser.add_argument(
        "--errors", action="store_true", help="Also list every gold miss of geoextract."
    )
    parser.add_argument(
        "--doc-sentences", type=int, default=10, help="CrossNER sentences per document."
    )
    parser.add_argument(
        "--json", type=Path, default=None, help="Also write all figures to this JSON file."
    )
    args = parser.parse_args(argv)

    console = Console()
    gold_path = args.dev_dir / "gold.jsonl"
    crossner_path = args.dev_dir / "crossner-politics" / "dev.txt"
    if not gold_path.exists() or not crossner_path.exists():
        console.print(
            f"[red]Development data not found under {args.dev_dir}[/red] (pass --dev-dir)."
        )
        return 2

    gold = read_gold(gold_path)
    start = time.perf_counter()
    base_report = score_gold(predict_gold(load_base_pipeline(args.base), gold), gold)
    geo_report = score_gold(predict_gold(load_geoextract_pipeline(args.base), gold), gold)
    gold_seconds = time.perf_counter() - start
    console.rule(f"Gold documents: {gold_path} ({len(gold)} documents, {gold_seconds:.1f} s)")
    print_gold([("base", base_report), ("geoextract", geo_report)], console=console)
    if args.errors:
        print_gold([("geoextract", geo_report)], errors=True, console=console)

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        converted = Path(tmp) / "crossner-politics-dev.conll"
        convert_crossner(crossner_path, converted)
        ner_report = evaluate_ner(converted, base=args.base, doc_sentences=args.doc_sentences)
    ner_report.path = f"{crossner_path} (converted)"
    console.rule(f"CrossNER politics dev ({time.perf_counter() - start:.1f} s)")
    print_ner(ner_report, console=console)

    if args.json is not None:
        payload = {
            "gold": {
                "base": base_report.model_dump(mode="json", exclude={"errors"}),
                "geoextract": geo_report.model_dump(mode="json", exclude={"errors"}),
            },
            "crossner_politics_dev": ner_report.model_dump(mode="json"),
        }
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
        console.print(f"Figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
