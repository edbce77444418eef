"""What the learned scorer adds to rules that have not seen the articles.

    python benchmarks/scorer_first_look.py [--rules-at 693f4e2] [--folds 5]

On dev and dev2 the rules were written from the articles themselves, so they give nearly every
fact that is easy to read, and ``payvand evaluate … --cv K`` measures the scorer only on what is
left: no picture of what it adds on new text, where the rules miss far more. This measures it where
the rules are as naive as on new text: the rules of the code at the dev2 first look (``--rules-at``,
a commit from before anyone read dev2; default the one the README's first look names) extract dev2,
and a scorer of today's code, trained on dev and on the other folds of dev2, scores each held-out
fold. Printed: the first-look rules alone, the scorer alone, and the two together (a fact either
gives), strict, as ``evaluate`` scores them, and how many of the scorer's additions are right.

Caveat: the scorer reads today's mentions, which were tuned on dev2 after the first look, so its
figures here lean high; the rules' figures are the first look's exactly.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from synth import CORPUS, ROOT
from payvand.extract.gold import GoldFacts, forms, read_gold
from payvand.extract.records import doc_records
from payvand.extract.relations import scorer
from payvand.extract.text import match_key

DUMP = """
import json, sys
from payvand.extract import extract
from payvand.extract.evaluate import gold_article, read_gold
from payvand.extract.records import doc_records
json.dump({g["id"]: doc_records(extract(gold_article(g))) for g in read_gold(sys.argv[1])}, sys.stdout, ensure_ascii=False)
"""


def first_look_records(commit: str, gold: Path) -> dict[str, list[dict]]:
    """Each article's records as the code at ``commit`` extracts them (in its own process)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "payvand"],
                             check=True, capture_output=True).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        out = subprocess.run([sys.executable, "-c", DUMP, str(gold)], check=True, capture_output=True,
                             text=True, cwd=tmp, env={**os.environ, "PYTHONPATH": tmp}).stdout
    return json.loads(out)


Predictions = dict[tuple, frozenset[int]]  # fact (labels, predicate, role) -> the gold facts it hits


def predictions(gold: dict, records: list[dict]) -> Predictions:
    """Each predicted fact and the indices of the gold facts it matches (strict, as ``evaluate``)."""
    g = GoldFacts(gold)
    mentions = {r["iri"]: r.get("mentions", []) for r in records if r["kind"] == "entity"}

    def ends(end: dict) -> set[str]:
        return g.matches(forms(end["label"], end.get("mention", ""), *mentions.get(end["iri"], [])))

    return {(match_key(f["s"]["label"]), f["p"], match_key(f["o"]["label"]), f.get("role")):
            frozenset(g.hits(f["p"], ends(f["s"]), ends(f["o"]), f.get("role"), True))
            for f in records if f["kind"] == "fact"}


def figures(by_article: dict[str, Predictions], gold_facts: int) -> str:
    pred = sum(len(p) for p in by_article.values())
    right = sum(bool(h) for p in by_article.values() for h in p.values())
    found = sum(len(frozenset().union(*p.values())) for p in by_article.values() if p)
    precision, recall = right / pred if pred else 0.0, found / gold_facts
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  ({pred} facts)"


def main(commit: str, k: int) -> None:
    dev, dev2 = read_gold(CORPUS / "dev.gold.jsonl"), read_gold(CORPUS / "dev2.gold.jsonl")
    by_id = {g["id"]: g for g in dev2}
    old = {aid: predictions(by_id[aid], recs) for aid, recs in first_look_records(commit, CORPUS / "dev2.gold.jsonl").items()}
    train_dev, test = scorer.examples(dev), scorer.examples(dev2)
    alone: dict[str, Predictions] = {}
    both: dict[str, Predictions] = {}
    added = added_right = 0
    for n, held in enumerate(scorer.folds([ex.article for ex in test], k), 1):
        model = scorer.train(train_dev + [ex for ex in test if ex.article not in held])
        print(f"fold {n}: thresholds {model.thresholds}")
        for ex in test:
            if ex.article not in held:
                continue
            ex.doc.facts = []  # the scorer alone: every fact it is confident of
            alone[ex.article] = predictions(by_id[ex.article], doc_records(scorer.apply(ex.doc, ex.candidates, model)))
            union = dict(old[ex.article])
            hit = frozenset().union(*union.values()) if union else frozenset()
            for fact, hits in alone[ex.article].items():
                if fact not in union and not (hits and hits <= hit):
                    union[fact] = hits
                    added += 1
                    added_right += bool(hits)
            both[ex.article] = union
    gold_facts = sum(len(g["facts"]) for g in dev2)
    print(f"\ndev2 ({len(dev2)} articles, {gold_facts} gold facts), strict:")
    print(f"  rules at {commit} (the first look)  {figures(old, gold_facts)}")
    print(f"  scorer alone ({k}-fold)            {figures(alone, gold_facts)}")
    print(f"  both                              {figures(both, gold_facts)}")
    print(f"  the scorer's additions: {added_right} of {added} right")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rules-at", default="693f4e2", help="the commit whose rules extract dev2")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    main(args.rules_at, args.folds)
