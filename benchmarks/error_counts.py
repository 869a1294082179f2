"""What kinds of meeting errors a gold file holds, from counts alone (no text, no names: it may be
run on a file that must stay unopened).

For each gold file this prints:

- the gold meetings no predicted meeting aligns with, by status and mode, and by size;
- the missed and the false participant pairs by the kinds of their two members (P person,
  C country, O organisation; U a predicted entity no gold entity aligns with), and how many of
  them lie inside a wholly missed (or wholly false) meeting rather than in a meeting found with
  someone missing or added;
- the members of missed pairs by kind, and whether they are in any predicted meeting of their
  story at all ("absent") or only not with the right people ("in a meeting");
- the topics scored on aligned meetings: right, partly right, wrong, given where the gold has
  none, or missing where the gold has one.

Usage::

    python benchmarks/error_counts.py benchmarks/data/heldout_gold_n.jsonl benchmarks/data/heldout_gold_r.jsonl
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import geoextract
from geoextract.evaluate.align import align_entities
from geoextract.evaluate.gold import read_gold
from geoextract.evaluate.gold_score import score_gold
from geoextract.evaluate.pipelines import predict_gold

_MEETING = re.compile(r"^(?P<who>.*) \((?P<status>\w+), (?P<mode>\w+)\)$")
_TOPIC_F1 = re.compile(r"\(F1 (?P<f1>[0-9.]+)\)$")


def _kind(name: str, kinds: Mapping[str, str]) -> str:
    return "U" if name.startswith("?") else kinds.get(name, "?")[:1]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    nlp = geoextract.load()
    for path in args.files:
        golds = read_gold(path)
        preds = predict_gold(nlp, golds)
        report = score_gold(preds, golds)
        kinds = {(g.id, e.name): e.type for g in golds for e in g.entities}
        present = {}
        for gold, doc in zip(golds, preds, strict=True):
            aligned = align_entities(doc, gold)
            present[gold.id] = {aligned.gold_name(doc, p) for r in doc.relations for p in r.participants}
        whole: dict[tuple[str, str], list[set[str]]] = {}
        missed_meetings, sizes = Counter[str](), Counter[int]()
        for e in report.errors:
            if e.kind in {"missed_meeting", "spurious_meeting"} and (m := _MEETING.match(e.detail)):
                people = {p.lstrip("?") for p in m["who"].split(" + ")}
                whole.setdefault((e.doc_id, e.kind), []).append(people)
                if e.kind == "missed_meeting":
                    missed_meetings[f"{m['status']} {m['mode']}"] += 1
                    sizes[len(people)] += 1
        pairs, members, topics = Counter[str](), Counter[str](), Counter[str]()
        for e in report.errors:
            if e.kind in {"missed_pair", "spurious_pair"}:
                a, b = e.detail.split(" + ", 1)
                doc_kinds = {n: t for (d, n), t in kinds.items() if d == e.doc_id}
                pair_kind = "".join(sorted(_kind(x, doc_kinds) for x in (a, b)))
                meeting_kind = "missed_meeting" if e.kind == "missed_pair" else "spurious_meeting"
                inside = any({a.lstrip("?"), b.lstrip("?")} <= s for s in whole.get((e.doc_id, meeting_kind), []))
                pairs[f"{e.kind[:-5]} {pair_kind} {'in a whole meeting' if inside else 'elsewhere'}"] += 1
                if e.kind == "missed_pair":
                    for x in (a, b):
                        members[f"{_kind(x, doc_kinds)} {'in a meeting' if x in present[e.doc_id] else 'absent'}"] += 1
            elif e.kind == "topic":
                f1 = float(m["f1"]) if (m := _TOPIC_F1.search(e.detail)) else 0.0
                given_none, got_none = "gold None" in e.detail, "predicted None" in e.detail
                topics["missing" if got_none else "given, gold none" if given_none else "partly right" if f1 > 0 else "wrong"] += 1
        meetings = report.meetings
        topics["right"] = meetings.topic_scored - sum(topics.values())
        print(path.name)
        print(f"  meetings aligned / predicted / gold: {meetings.aligned} / {meetings.predicted} / {meetings.gold}")
        print("  missed meetings: " + ", ".join(f"{k} {v}" for k, v in sorted(missed_meetings.items())))
        print("  missed meetings by size: " + ", ".join(f"{k}: {v}" for k, v in sorted(sizes.items())))
        print("  pairs: " + ", ".join(f"{k} {v}" for k, v in sorted(pairs.items())))
        print("  members of missed pairs: " + ", ".join(f"{k} {v}" for k, v in sorted(members.items())))
        print("  topics scored: " + ", ".join(f"{k} {v}" for k, v in sorted(topics.items())))


if __name__ == "__main__":
    main()
