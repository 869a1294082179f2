"""Where participant pairs are lost: gold pairs found by the size of their meeting.

Pair F1 counts each meeting of n people as n(n-1)/2 pairs, so large meetings weigh most. For
each gold file this prints, from counts alone (no text, no names: it may be run on a file that
must stay unopened):

- the gold pairs found, by the size of the largest gold meeting holding the pair (2, 3-4, 5+);
- for each gold meeting of five or more: its size, the kinds of its participants, how many of
  them the pipeline found as entities, and how many the best-matching predicted meeting holds.

Usage::

    python benchmarks/pair_sizes.py benchmarks/data/heldout_gold_n.jsonl benchmarks/data/heldout_gold_o.jsonl
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import geoextract
from geoextract.api import make_doc
from geoextract.conversion import doc_to_document
from geoextract.evaluate.align import align_entities
from geoextract.evaluate.gold import read_gold
from geoextract.evaluate.gold_score import meeting_pairs

SIZE_CLASSES = ("2", "3-4", "5+")


def size_class(size: int) -> str:
    return "2" if size <= 2 else "3-4" if size <= 4 else "5+"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    nlp = geoextract.load()
    for path in args.files:
        found, total = Counter[str](), Counter[str]()
        big: list[str] = []
        for gold in read_gold(path):
            doc = doc_to_document(nlp(make_doc(nlp, gold.text, date=gold.date)))
            aligned = align_entities(doc, gold)
            gold_sets = [set(m.participants) for m in gold.meetings]
            pred_sets = [{n for n in (aligned.gold_name(doc, p) for p in r.participants) if n} for r in doc.relations]
            predicted = meeting_pairs(pred_sets)
            for pair in meeting_pairs(gold_sets):
                size = size_class(max(len(s) for s in gold_sets if pair <= s))
                total[size] += 1
                found[size] += pair in predicted
            as_entities = {aligned.gold_name(doc, e.id) for e in doc.entities} - {None}
            kinds = {e.name: e.type for e in gold.entities}
            for people in (s for s in gold_sets if len(s) >= 5):
                best = max(pred_sets, key=lambda s: len(s & people), default=set())
                kind_counts = ", ".join(f"{k} {v}" for k, v in sorted(Counter(kinds.get(p, "?") for p in people).items()))
                big.append(
                    f"  meeting of {len(people)} ({kind_counts}): {len(people & as_entities)} found as entities, "
                    f"{len(people & best)} in the best-matching predicted meeting"
                )
        print(path.name)
        print("  gold pairs found by meeting size: " + ", ".join(f"{c}: {found[c]} of {total[c]}" for c in SIZE_CLASSES))
        print("\n".join(big))


if __name__ == "__main__":
    main()
