"""How often each pattern rule fires on the development articles: a rule that fires on none
(or on one) is likely over-fitted to a sentence, or pre-empted by another rule.

    python benchmarks/rule_firing.py [--gold dev.gold.jsonl dev2.gold.jsonl] [--all]

A gold file is a path, or a name in ``../shared/corpus``.

Per rule id: the number of articles of each gold file in which it gives at least one kept fact
(a fact another rule gave first is not kept, so a pre-empted rule counts nothing), and how many
of its facts are strict true positives / all its facts. ``--all`` lists every rule, not only
those that fire on at most one article.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from synth import CORPUS
from payvand.extract import extract
from payvand.extract.evaluate import Report, score_article
from payvand.extract.gold import gold_article, read_gold
from payvand.extract.records import doc_records
from payvand.extract.relations.patterns import rules


def count(gold_file: str) -> tuple[Counter, dict[str, Report]]:
    """Articles each rule fires on, and each rule's facts scored on their own."""
    fired: Counter = Counter()
    scored: dict[str, Report] = {}
    path = Path(gold_file)
    for g in read_gold(path if path.exists() else CORPUS / gold_file):
        records = doc_records(extract(gold_article(g)))
        entities = [r for r in records if r["kind"] == "entity"]
        by_rule: dict[str, list[dict]] = {}
        for r in records:
            if r["kind"] == "fact":
                by_rule.setdefault(r["rule"], []).append(r)
        for rule_id, facts in by_rule.items():
            fired[rule_id] += 1
            score_article(g, entities + facts, scored.setdefault(rule_id, Report()))
    return fired, scored


def main(gold_files: list[str], show_all: bool) -> None:
    results = {name: count(name) for name in gold_files}
    ids = [r.id for r in rules()]
    header = "".join(f"{Path(name).name.split('.')[0]:>7} {'tp/facts':>9}" for name in gold_files)
    print(f"{'rule':40} {header}")
    quiet = 0
    for rule_id in ids:
        total = sum(results[n][0][rule_id] for n in gold_files)
        quiet += total == 0
        if not show_all and total > 1:
            continue
        cells = []
        for name in gold_files:
            fired, scored = results[name]
            s = scored.get(rule_id)
            cells.append(f"{fired[rule_id]:>7} {f'{s.strict.tp_pred}/{s.strict.pred}' if s else '-':>9}")
        print(f"{rule_id:40} {''.join(cells)}")
    once = sum(sum(results[n][0][r] for n in gold_files) == 1 for r in ids)
    print(f"\n{len(ids)} rules: {quiet} fire on no article, {once} on exactly one")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", nargs="+", default=["dev.gold.jsonl", "dev2.gold.jsonl"])
    ap.add_argument("--all", action="store_true", help="list every rule")
    args = ap.parse_args()
    main(args.gold, args.all)
