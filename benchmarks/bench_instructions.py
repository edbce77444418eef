"""Instructions per article, extraction against hazm's Normalizer, counted by callgrind: the
ratio of bench_extract.py without the noise of a shared machine (a count is the same whatever
else the machine is doing; it is not time: memory stalls and the like do not count).

    python benchmarks/bench_instructions.py [--passes 2]
Needs valgrind. Three runs of a child process under callgrind: start-up alone (reading the
articles, loading the extractor and the normaliser, and one pass of each over every article, so
that what either loads or compiles on first use counts here), then the same followed by
``--passes`` passes of extraction, or of normalisation; a pass's count is its run's minus the
start-up's.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys

_CHILD = """
import sys
sys.path.insert(0, {here!r})
from hazm import Normalizer
from synth import CORPUS
from payvand.extract import extract
from payvand.extract.gold import gold_article, read_gold
from payvand.extract.records import doc_records

arts = [gold_article(g) for g in read_gold(CORPUS / "dev.gold.jsonl")] + \\
       [gold_article(g) for g in read_gold(CORPUS / "seed.gold.jsonl")]
texts = [f"{{a.text}}\\n\\n{{a.title}}" if a.title else a.text for a in arts]
# one pass of each over every article: what the extractor loads or compiles on first use (the
# regexes of rules and finders that the first article does not reach, the name model) is start-up,
# not a pass's work (bench_extract.py leaves it out by keeping its best of several passes)
for a in arts:
    doc_records(extract(a))
normalizer = Normalizer()
for t in texts:
    normalizer.normalize(t)
mode, passes = sys.argv[1], int(sys.argv[2])
for _ in range(passes):
    if mode == "extract":
        for a in arts:
            doc_records(extract(a))
    elif mode == "normalize":
        for t in texts:
            normalizer.normalize(t)
print(len(arts))
"""


def _child(mode: str, passes: int) -> list[str]:
    """The command of a child run: start-up, then ``passes`` passes of ``mode``."""
    here = os.path.dirname(os.path.abspath(__file__))
    return [sys.executable, "-c", _CHILD.format(here=here), mode, str(passes)]


def instructions(mode: str, passes: int) -> tuple[int, int]:
    """(instructions, articles) of one child run under callgrind."""
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *_child(mode, passes)],
                          capture_output=True, text=True, check=True, env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})
    count = re.search(r"Collected\s*:\s*(\d+)", proc.stderr)
    if count is None:
        raise SystemExit(f"no instruction count in callgrind's output:\n{proc.stderr[-2000:]}")
    return int(count.group(1)), int(proc.stdout.split()[-1])


def main(passes: int) -> None:
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    # a run outside callgrind first: the gazetteers are built into the cache once per machine (and
    # again after their data change), which would count in the start-up run alone
    subprocess.run(_child("none", 0), capture_output=True, check=True)
    base, n = instructions("none", 0)
    per_article = {mode: (instructions(mode, passes)[0] - base) / (passes * n) for mode in ("normalize", "extract")}
    if min(per_article.values()) <= 0:
        raise SystemExit(f"a pass counted no instructions over the start-up ({per_article}): the start-up run did work "
                         "the others did not")
    print(f"articles: {n} real, {passes} passes, start-up {base / 1e6:,.0f} M instructions")
    print(f"hazm Normalizer.normalize : {per_article['normalize'] / 1e6:8.2f} M instructions per article")
    print(f"payvand extract (records) : {per_article['extract'] / 1e6:8.2f} M instructions per article")
    print(f"ratio normalize/extract   : {per_article['normalize'] / per_article['extract']:8.3f}   "
          "(bench_extract's target, >= 0.333, is in time)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=2)
    main(ap.parse_args().passes)
