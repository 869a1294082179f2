"""Speed and memory of the shipped knowledge base.

Prints: load time and extra memory of the full KB, exact lookup time, fuzzy search median and
p95 over a few thousand misspelled queries (on the shipped aliases, and on an index padded to
at least 100k aliases), and holders() time.

Run: ``python benchmarks/kb_benchmark.py [--queries 3000] [--seed 0]``
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import time
from collections.abc import Callable


def _rss_mb() -> float:
    import psutil

    return psutil.Process(os.getpid()).memory_info().rss / 2**20


def _timed(fn: Callable[[], object], repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def _cpu_timed(fn: Callable[[], object]) -> float:
    """CPU time of one call: unlike wall time, it does not count waiting for a busy CPU."""
    start = time.thread_time()
    fn()
    return time.thread_time() - start


def _misspell(name: str, rng: random.Random) -> str:
    """One or two random edits: drop, double, swap or replace a letter."""
    chars = list(name)
    for _ in range(rng.choice((1, 1, 2))):
        letters = [i for i, c in enumerate(chars) if c.isalpha()]
        if len(letters) < 4:
            break
        i = rng.choice(letters[1:])
        op = rng.choice(("drop", "double", "swap", "replace"))
        if op == "drop":
            del chars[i]
        elif op == "double":
            chars.insert(i, chars[i])
        elif op == "swap" and i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            chars[i] = rng.choice("aeiouklmnrst")
    return "".join(chars)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1e3, ordered[int(0.95 * (len(ordered) - 1))] * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    import geoextract.kb as kbmod  # imports first: the figures below are the KB's own cost
    from geoextract.kb import FuzzyIndex, KnowledgeBase
    from geoextract.kb.store import SHIPPED_FILE

    raw = (kbmod.__path__[0] + "/data/" + SHIPPED_FILE).encode()
    data = open(raw.decode(), "rb").read()
    gc.collect()
    before = _rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    kb = KnowledgeBase.from_bytes(data)
    load_s, load_cpu = time.perf_counter() - start, time.process_time() - cpu
    gc.collect()
    after_load = _rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    index = kb.fuzzy_index()
    index_s, index_cpu = time.perf_counter() - start, time.process_time() - cpu
    after_index = _rss_mb()
    # The KB lives as long as the process: keep the collector from rescanning it.
    gc.freeze()
    stats = kb.stats()
    print(f"KB: {stats}")
    print(f"shipped file: {len(data) / 2**20:.2f} MB")
    print(
        f"load (from_bytes): {load_s * 1e3:.0f} ms wall, {load_cpu * 1e3:.0f} ms CPU, +{after_load - before:.0f} MB"
    )
    print(
        f"fuzzy index build (lazy, first search): {index_s * 1e3:.0f} ms wall, {index_cpu * 1e3:.0f} ms CPU, +{after_index - after_load:.0f} MB; {len(index)} aliases indexed"
    )
    print(f"total extra memory after load + index: {after_index - before:.0f} MB")

    persons = [
        p
        for p in (kb.persons[i] for i in list(kb.persons)[:: max(1, len(kb.persons) // 5000)])
        if len(p.name) > 6
    ]
    names = [p.name for p in rng.sample(persons, min(args.queries, len(persons)))]
    exact = [_timed(lambda n=n: kb.lookup(n)) for n in names]
    med, p95 = _percentiles(exact)
    print(
        f"exact lookup: median {med * 1e3:.1f} µs, p95 {p95 * 1e3:.1f} µs over {len(names)} names"
    )

    queries = [_misspell(n, rng) for n in names]
    fuzzy = [_timed(lambda q=q: index.search(q, types={"person"})) for q in queries]
    med, p95 = _percentiles(fuzzy)
    cpu_med, cpu_p95 = _percentiles(
        [_cpu_timed(lambda q=q: index.search(q, types={"person"})) for q in queries]
    )
    hits = sum(
        1
        for q, n in zip(queries, names, strict=True)
        if (r := index.search(q, types={"person"}, limit=1)) and kb.persons[r[0].actor_id].name == n
    )
    print(
        f"fuzzy search ({len(index)} aliases): median {med:.3f} ms, p95 {p95:.3f} ms over {len(queries)} misspelled queries (CPU: median {cpu_med:.3f} ms, p95 {cpu_p95:.3f} ms); top-1 {hits / len(queries):.1%}"
    )

    # Padded index: the shipped aliases plus synthetic namesakes, to show the >= 100k regime.
    surnames = ["Smith", "Ivanov", "Garcia", "Nguyen", "Okafor", "Kowalski", "Haddad", "Tanaka"]
    real = [
        (n, pid, "person")
        for pid in kb.persons
        for n in (kb.persons[pid].name, *kb.persons[pid].aliases)
    ]
    pool = [p.name for p in persons]
    entries = [
        (f"{_misspell(rng.choice(pool), rng)} {rng.choice(surnames)}", f"pad{i}", "person")
        for i in range(max(0, 112_000 - len(real)))
    ]
    start = time.perf_counter()
    padded = FuzzyIndex(real + entries)
    pad_build = time.perf_counter() - start
    fuzzy = [_timed(lambda q=q: padded.search(q)) for q in queries]
    med, p95 = _percentiles(fuzzy)
    cpu_med, cpu_p95 = _percentiles([_cpu_timed(lambda q=q: padded.search(q)) for q in queries])
    print(
        f"fuzzy search, padded index ({len(padded)} aliases, built in {pad_build:.1f} s): median {med:.3f} ms, p95 {p95:.3f} ms (CPU: median {cpu_med:.3f} ms, p95 {cpu_p95:.3f} ms)"
    )

    cases = [
        ("US Secretary of State", None),
        ("foreign_minister", "DEU"),
        ("German foreign minister", None),
        ("head_of_state", "CHN"),
        ("Ukraine's foreign minister", None),
    ]
    timings = [
        _timed(lambda o=o, c=c: kb.holders(o, c, on="2024-11-12"), repeat=200) for o, c in cases
    ]
    print(
        "holders(): "
        + ", ".join(f"{o!r}: {t * 1e6:.0f} µs" for (o, _), t in zip(cases, timings, strict=True))
    )


if __name__ == "__main__":
    main()
