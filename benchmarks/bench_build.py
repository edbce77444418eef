"""`payvand build --workers 2` against `--workers 1` on the same synthetic corpus; outputs compared.

    python benchmarks/bench_build.py [--articles 400]
Target: >= 1.7x on 2 cores, identical facts.jsonl and quad count.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import synth
from payvand.build import build


def main(n: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="payvand-bench-"))
    corpus = synth.write(n, tmp / "synthetic.jsonl")
    times, outs = {}, {}
    for workers in (1, 2):
        out = tmp / f"out-w{workers}"
        t = time.perf_counter()
        summary = build([corpus], out, workers=workers, viewer=False)
        times[workers] = time.perf_counter() - t
        outs[workers] = ((out / "facts.jsonl").read_bytes(), summary.quads)
        print(f"--workers {workers}: {times[workers]:7.2f} s  {n / times[workers]:6.1f} articles/s  quads {summary.quads}")
    print(f"speed-up 2 vs 1: {times[1] / times[2]:.2f}x (target >= 1.7x)")
    print(f"identical output: {outs[1] == outs[2]}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=400)
    main(ap.parse_args().articles)
