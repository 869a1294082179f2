"""Benchmark: build the meeting graph of 10k, 50k and 100k synthetic annotated Documents.

Each size runs in a fresh Python process so that its peak memory is its own. The documents
are generated in the script: a pool of a few thousand actors (linked and unlinked people,
states, organisations), 1-3 meetings per document (pairs, some multilateral, some visits
with a host), dates over five years, and about a third of the meetings reported again by
later articles (shifted by a day or undated, planned then occurred), so deduplication works.

Usage::

    python benchmarks/graph_benchmark.py                 # 10k, 50k, 100k documents
    python benchmarks/graph_benchmark.py --sizes 20000   # other sizes
    python benchmarks/graph_benchmark.py --directed --roles
    python benchmarks/graph_benchmark.py --jsonl         # JSON lines in, as the CLI reads

Prints, per size: generation time, build time (wall clock and CPU time of the process, which
a busy machine inflates less), documents per second, nodes, edges, meetings, peak resident
memory of the process and the part of it the build added.
Target: under 30 s at 100k documents, growing linearly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from typing import Any

from geoextract import build_graph
from geoextract.results import Document, Entity, Mention, Relation, Role

COUNTRIES = [
    "USA",
    "CHN",
    "RUS",
    "DEU",
    "FRA",
    "GBR",
    "JPN",
    "IND",
    "BRA",
    "TUR",
    "UKR",
    "POL",
    "ITA",
    "ESP",
    "CAN",
    "AUS",
    "KOR",
    "SAU",
    "IRN",
    "ISR",
    "EGY",
    "ZAF",
    "NGA",
    "MEX",
    "ARG",
    "IDN",
    "PAK",
    "VNM",
    "QAT",
    "ARE",
]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Ambassador"]
TOPICS = [
    "trade",
    "the war in Ukraine",
    "climate finance",
    "Taiwan",
    "energy security",
    "migration",
    "nuclear talks",
    "a ceasefire in Gaza",
    "tariffs",
    "critical minerals",
]
PLACES = ["Brussels", "Washington", "Beijing", "Geneva", "New Delhi", "Lima", "Paris", None]
START = dt.date(2020, 1, 1)
DAYS = 5 * 365


def make_actors(n_actors: int, rng: random.Random) -> list[dict[str, Any]]:
    """The actor pool: 70% linked people, 20% unlinked people, 10% states and bodies."""
    actors: list[dict[str, Any]] = []
    for i in range(n_actors):
        country = rng.choice(COUNTRIES)
        if i % 10 < 7:
            actors.append(
                {
                    "name": f"Person {i}",
                    "label": "PERSON",
                    "kb_id": f"Q{100000 + i}",
                    "country": country,
                    "kind": "person",
                }
            )
        elif i % 10 < 9:
            actors.append(
                {
                    "name": f"Unlinked Person {i}",
                    "label": "PERSON",
                    "kb_id": None,
                    "country": country,
                    "kind": "person",
                }
            )
        else:
            label = rng.choice(["GPE", "ORG"])
            actors.append(
                {
                    "name": f"Body {i}",
                    "label": label,
                    "kb_id": f"Q{900000 + i}",
                    "country": country if label == "GPE" else None,
                    "kind": "country" if label == "GPE" else "organisation",
                }
            )
    return actors


def make_documents(n_docs: int, *, n_actors: int = 3000, seed: int = 7) -> list[Document]:
    """Synthetic annotated Documents; built with ``model_construct`` (already valid)."""
    rng = random.Random(seed)
    actors = make_actors(n_actors, rng)
    earlier: list[dict[str, Any]] = []  # meetings that later articles report again
    documents = []
    for d in range(n_docs):
        published = START + dt.timedelta(days=rng.randrange(DAYS))
        meetings = []
        for _ in range(rng.randint(1, 3)):
            if earlier and rng.random() < 0.3:
                again = dict(rng.choice(earlier))
                if again["date"] is not None:
                    shift = rng.choice([-1, 0, 0, 1])
                    again["date"] = (
                        again["date"] + dt.timedelta(days=shift) if rng.random() < 0.8 else None
                    )
                again["status"] = "occurred"
                meetings.append(again)
                continue
            size = 2 if rng.random() < 0.85 else rng.randint(3, 5)
            people = rng.sample(range(n_actors), size)
            mode = rng.choice(["meet", "meet", "meet", "phone", "visit"])
            if size > 2:
                mode = "multilateral"
            meeting = {
                "people": people,
                "mode": mode,
                "host": people[-1] if mode == "visit" else None,
                "date": published + dt.timedelta(days=rng.randint(-3, 5))
                if rng.random() < 0.8
                else None,
                "place": rng.choice(PLACES),
                "topic": rng.choice(TOPICS) if rng.random() < 0.7 else None,
                "status": rng.choice(["occurred", "occurred", "occurred", "planned", "cancelled"]),
            }
            meetings.append(meeting)
            if len(earlier) < 50000:
                earlier.append(meeting)
        documents.append(_document(f"doc{d}", published, meetings, actors, rng))
    return documents


def _document(
    doc_id: str,
    published: dt.date,
    meetings: list[dict[str, Any]],
    actors: list[dict[str, Any]],
    rng: random.Random,
) -> Document:
    ids: dict[int, str] = {}
    for meeting in meetings:
        for person in meeting["people"]:
            ids.setdefault(person, f"e{len(ids)}")
    entities = [
        Entity.model_construct(
            id=eid,
            mentions=[Mention.model_construct(start=0, end=5, text="Actor")] * rng.randint(1, 3),
            score=None,
            **actors[index],
        )
        for index, eid in ids.items()
    ]
    relations = []
    for meeting in meetings:
        sentence = f"Actors {' '.join(ids[p] for p in meeting['people'])} met."
        relations.append(
            Relation.model_construct(
                type="meet",
                mode=meeting["mode"],
                participants=[ids[p] for p in meeting["people"]],
                topic=meeting["topic"],
                place=meeting["place"],
                date=meeting["date"],
                status=meeting["status"],
                evidence=Mention.model_construct(start=0, end=len(sentence), text=sentence),
                confidence=round(rng.uniform(0.5, 1.0), 2),
                host=ids[meeting["host"]] if meeting["host"] is not None else None,
                trigger="met",
            )
        )
    roles = [
        Role.model_construct(
            person=eid,
            title=rng.choice(TITLES),
            country=actors[index]["country"],
            org=None,
            qualifier=None,
            mention=Mention.model_construct(start=0, end=5, text="Title"),
            role_type=None,
            surface_title=None,
            confirmed=None,
        )
        for index, eid in ids.items()
        if actors[index]["label"] == "PERSON" and rng.random() < 0.3
    ]
    return Document.model_construct(
        id=doc_id, date=published, text="", entities=entities, roles=roles, relations=relations
    )


def _peak_rss_mib() -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _current_rss_mib() -> float:
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * resource.getpagesize() / (1024 * 1024)
    except OSError:
        return _peak_rss_mib()


def run_one(n_docs: int, *, directed: bool, roles: bool, jsonl: bool) -> dict[str, Any]:
    """Generate n_docs documents, build their graph, and measure (in this process)."""
    start = time.perf_counter()
    documents: list[Any] = make_documents(n_docs)
    if jsonl:
        # The path of `geoextract graph`: one JSON line per Document, validated while building.
        documents = [doc.model_dump_json() for doc in documents]
    generated = time.perf_counter() - start
    before = _current_rss_mib()
    start, cpu_start = time.perf_counter(), time.process_time()
    graph = build_graph(documents, directed=directed, roles=roles)
    built, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak = _peak_rss_mib()
    return {
        "documents": n_docs,
        "generate_s": round(generated, 2),
        "build_s": round(built, 2),
        "build_cpu_s": round(cpu, 2),
        "docs_per_s": round(n_docs / built),
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "meetings": graph.graph["meetings"],
        "relations": graph.graph["relations"],
        "peak_rss_mib": round(peak),
        "build_added_mib": round(max(peak - before, 0.0)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--directed", action="store_true")
    parser.add_argument("--roles", action="store_true")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="Feed JSON lines (as the CLI does), not Document objects.",
    )
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        print(
            json.dumps(
                run_one(args.worker, directed=args.directed, roles=args.roles, jsonl=args.jsonl)
            )
        )
        return
    columns = [
        "documents",
        "relations",
        "meetings",
        "nodes",
        "edges",
        "generate_s",
        "build_s",
        "build_cpu_s",
        "docs_per_s",
        "peak_rss_mib",
        "build_added_mib",
    ]
    switches = (("--directed", args.directed), ("--roles", args.roles), ("--jsonl", args.jsonl))
    flags = [flag for flag, on in switches if on]
    print(" ".join(f"{c:>15}" for c in columns))
    results = []
    for size in args.sizes:
        flags = [
            flag for flag, on in (("--directed", args.directed), ("--roles", args.roles)) if on
        ]
        out = subprocess.run(
            [sys.executable, __file__, "--worker", str(size), *flags],
            check=True,
            capture_output=True,
            text=True,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(result)
        print(" ".join(f"{result[c]:>15}" for c in columns), flush=True)
    if len(results) > 1:
        first, last = results[0], results[-1]
        scale = last["documents"] / first["documents"]
        print(
            f"documents x{scale:g}: build time x{last['build_s'] / first['build_s']:.2f}, "
            f"build memory x{max(last['build_added_mib'], 1) / max(first['build_added_mib'], 1):.2f}"
        )


if __name__ == "__main__":
    main()
