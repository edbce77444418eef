"""Deterministic SYNTHETIC corpus for scale benchmarks — never for accuracy.

Sentences of the bundled sample and of the development articles (read from
../shared/corpus, not copied) are recombined into new articles, and city names are
substituted by other Persian city names of the gazetteer. Every record says
``"synthetic": true`` and has an id ``synthetic-N``.

    python benchmarks/synth.py N OUT.jsonl [--seed 7]
"""
from __future__ import annotations

import argparse
import json
import random
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def source_sentences() -> list[str]:
    texts = [(resources.files("payvand") / "sample" / "seed-shiraz-metropolis.txt").read_text(encoding="utf-8")]
    dev = CORPUS / "dev.gold.jsonl"
    if dev.exists():
        texts += [json.loads(l)["text"] for l in dev.read_text(encoding="utf-8").splitlines() if l.strip()]
    out = []
    for t in texts:
        for para in t.split("\n"):
            for s in para.replace("؟", "؟\n").replace(". ", ".\n").split("\n"):
                if len(s.strip()) > 40:
                    out.append(s.strip())
    return out


def city_names() -> list[str]:
    from payvand.extract.data import load_yaml

    return sorted({n for c in load_yaml("places.yaml")["cities"] for n in c["fa"][:1]})


def generate(n: int, seed: int = 7):
    rng = random.Random(seed)
    sents = source_sentences()
    cities = city_names()
    for i in range(n):
        body = []
        for _ in range(rng.randint(6, 14)):
            s = rng.choice(sents)
            for c in cities:
                if c in s and rng.random() < 0.5:
                    s = s.replace(c, rng.choice(cities))
            body.append(s)
        yield {"id": f"synthetic-{i:06d}", "synthetic": True, "title": body[0][:80], "text": "\n".join(body),
               "published": f"20{rng.randint(10, 25):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}


def write(n: int, path: Path, seed: int = 7) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for rec in generate(n, seed):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    print(write(a.n, a.out, a.seed))
