"""Time and peak memory of `payvand build` at growing corpus sizes (synthetic).

Each size runs in its own process so that peak memory (ru_maxrss) is per build.
    python benchmarks/bench_growth.py [--sizes 1000 10000 100000] [--workers 2]
Target: time grows linearly (seconds per article flat), peak memory does not grow with the corpus.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import synth

CHILD = """
import json, resource, sys, threading, time
from payvand.build import build

def rss_mb():
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmRSS")) / 1024

peak = [0.0]
def sample():
    while True:
        peak[0] = max(peak[0], rss_mb())
        time.sleep(0.1)

threading.Thread(target=sample, daemon=True).start()
n = sum(1 for _ in open(sys.argv[1], encoding="utf-8"))
written = [0]
at_writes = [0.0]
def progress(_):
    written[0] += 1
    if written[0] == n:  # the last article is stored: what follows are the final passes (dump, counts)
        at_writes[0] = max(peak[0], rss_mb())

t = time.perf_counter()
s = build([sys.argv[1]], sys.argv[2], viewer=False, workers=int(sys.argv[3]), progress=progress)
print(json.dumps({"seconds": time.perf_counter() - t, "articles": s.articles, "quads": s.quads,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "writes_peak_mb": at_writes[0],
                  "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def main(sizes: list[int], workers: int) -> None:
    rows = []
    for n in sizes:
        tmp = Path(tempfile.mkdtemp(prefix="payvand-growth-"))
        corpus = synth.write(n, tmp / "synthetic.jsonl")
        res = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(tmp / "out"), str(workers)], capture_output=True,
                             text=True, check=True, cwd=Path(__file__).resolve().parents[1],
                             env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})  # as `payvand build` runs
        r = json.loads(res.stdout.strip().splitlines()[-1])
        rows.append((n, r))
        print(f"{n:>7} articles: {r['seconds']:8.1f} s  {1000 * r['seconds'] / n:6.2f} ms/article  "
              f"peak {r['peak_mb']:7.1f} MB (while writing {r['writes_peak_mb']:.1f} MB, worker {r['worker_peak_mb']:.1f} MB)  "
              f"quads {r['quads']}", flush=True)
        shutil.rmtree(tmp, ignore_errors=True)
    if len(rows) > 1:
        (n0, a), (n1, b) = rows[0], rows[-1]
        print(f"time per article, largest/smallest: {(b['seconds'] / n1) / (a['seconds'] / n0):.2f} (linear: ~1)")
        print(f"peak memory, largest/smallest:      {b['peak_mb'] / a['peak_mb']:.2f} (flat: ~1)")
        print(f"  while writing, largest/smallest:  {b['writes_peak_mb'] / a['writes_peak_mb']:.2f}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    main(args.sizes, args.workers)
