"""Extraction time of one long article against its length (synthetic: the sample and the
development articles' texts joined, repeated). Users' archives hold some very long pages (a
transcript, a dump saved as one file; the reader refuses over 2 M characters); a pass that
is quadratic in an article's length turns one of them into minutes.

    python benchmarks/bench_long.py [--copies 2 8 32]
Target: time per MB flat (largest / smallest about 1).
"""
from __future__ import annotations

import argparse
import time

import synth
from payvand.build import extract_records
from payvand.types import Article


def main(copies: list[int]) -> None:
    text = "\n".join(synth.source_sentences())
    extract_records(Article("warm-up", text[:2000]))
    per_mb = []
    for n in copies:
        article = Article(f"long-{n}", "\n".join([text] * n))
        t = time.perf_counter()
        extract_records(article)
        wall = time.perf_counter() - t
        mb = len(article.text.encode("utf-8")) / 1e6
        per_mb.append(wall / mb)
        print(f"{len(article.text):>10,} characters ({mb:5.2f} MB): {wall:7.2f} s, {wall / mb:6.2f} s/MB")
    print(f"time per MB, largest/smallest: {per_mb[-1] / per_mb[0]:.2f} (linear: ~1)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, nargs="+", default=[2, 8, 32])
    main(ap.parse_args().copies)
