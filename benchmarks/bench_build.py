"""`payvand build --workers 2` against `--workers 1` on the same synthetic corpus; outputs compared.

    python benchmarks/bench_build.py [--articles 400] [--repeat 2]
Target: >= 1.7x on 2 cores, identical facts.jsonl and graph.trig.

Also printed: the machine's own ceiling, two independent extraction processes at once against
one alone on the same corpus (on the shared 2-core test machine they slow each other down);
and the CPU time each build used (its processes and threads together) and the
cores it kept busy (CPU / wall). `--workers 1` is not one core: the store is written by a
thread of its own beside the extraction, so on 2 cores the speed-up cannot pass
2 x wall / CPU of `--workers 1` (printed). A side whose CPU time is close to wall x cores is
bound by the machine, not by waiting.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import synth


def _children_cpu() -> float:
    """CPU seconds of every finished child process (and theirs: a build's workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


_EXTRACT_ONLY = """
import json, sys
from payvand.build import extract_records
from payvand.types import Article
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    extract_records(Article(r["id"], r["text"], title=r["title"], published=r["published"]))
"""


def machine_ceiling(corpus: Path, repeat: int) -> float:
    """How much faster two independent extraction processes get through the corpus than one:
    the most a 2-process build could gain on this machine, whatever the build does (cores
    that share caches or a host slow each other down). Both sides start a process and load
    the extractor, as a build does."""
    def run(copies: int) -> float:
        t = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", _EXTRACT_ONLY, str(corpus)]) for _ in range(copies)]
        for p in procs:
            if p.wait():
                raise SystemExit("extraction failed")
        return time.perf_counter() - t

    alone = min(run(1) for _ in range(repeat))
    together = min(run(2) for _ in range(repeat))
    return 2 * alone / together


def main(n: int, repeat: int) -> None:
    """Each build is the command a user runs, in a fresh process, so both sides pay their
    start-up (loading the extractor; making the workers) as they would. Runs alternate and
    each side keeps its best: the machine is shared and noisy."""
    tmp = Path(tempfile.mkdtemp(prefix="payvand-bench-"))
    corpus = synth.write(n, tmp / "synthetic.jsonl")
    times: dict[int, float] = {1: float("inf"), 2: float("inf")}
    cpus: dict[int, float] = {}
    outs = {}
    for _ in range(repeat):
        for workers in (1, 2):
            out = tmp / f"out-w{workers}"
            shutil.rmtree(out, ignore_errors=True)
            before = _children_cpu()
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "payvand.cli", "build", str(corpus), "-o", str(out), "--no-viewer",
                            "--workers", str(workers)], check=True, capture_output=True)
            wall = time.perf_counter() - t
            if wall < times[workers]:
                times[workers], cpus[workers] = wall, _children_cpu() - before
            outs[workers] = ((out / "facts.jsonl").read_bytes(), (out / "graph.trig").read_bytes())
    for workers in (1, 2):
        print(f"--workers {workers}: {times[workers]:7.2f} s  {n / times[workers]:6.1f} articles/s  (best of {repeat});"
              f"  CPU {cpus[workers]:6.2f} s, {cpus[workers] / times[workers]:.2f} of {os.cpu_count()} cores busy")
    print(f"speed-up 2 vs 1: {times[1] / times[2]:.2f}x (target >= 1.7x)")
    if os.cpu_count() == 2:  # --workers 1 already keeps more than a core busy (the store's thread):
        # two cores cannot do its work in less than its CPU time / 2, however well a build spreads it
        print(f"the most 2 cores can gain on --workers 1's work: {2 * times[1] / cpus[1]:.2f}x")
    ceiling = machine_ceiling(corpus, repeat)
    print(f"this machine's ceiling: two extraction processes at once do {ceiling:.2f}x the work of one alone")
    print(f"identical output (facts.jsonl, graph.trig): {outs[1] == outs[2]}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    main(args.articles, args.repeat)
