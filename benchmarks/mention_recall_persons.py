"""Mention recall of persons and places: the share of gold entities the pipeline has a mention of.

    python benchmarks/mention_recall_persons.py [GOLD.jsonl ...] [-v]

For each gold article the pipeline runs on the article; a gold entity taking part in a fact
(the entities the gold annotates) is found when some span of the Doc with the same type,
resolved to an entity, has a surface form (its original text, its normalised text or its
entity's label) whose :func:`match_key` equals the gold label's or one of its aliases'. A
missed mention is a missed fact whatever the relation rules do, so this bounds their recall.
``-v`` lists the misses. Without a file, dev2 and dev of the shared corpus are measured.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from synth import CORPUS
from payvand.extract import extract
from payvand.extract.gold import gold_article, read_gold
from payvand.extract.text import match_key

TYPES = ("Person", "City", "Country")


def _keys(*names: str) -> set[str]:
    return {k for k in (match_key(n) for n in names if n) if k}


def measure(path: Path, verbose: bool) -> dict[str, tuple[int, int]]:
    """``type -> (found, gold)`` over the articles of ``path``; misses printed when ``verbose``."""
    totals = {t: [0, 0] for t in TYPES}
    for g in read_gold(path):
        doc = extract(gold_article(g))
        found: dict[str, set[str]] = {t: set() for t in TYPES}
        for span in doc.spans:
            if span.label in found and span.entity is not None:
                found[span.label] |= _keys(span.text, span.norm, doc.entities[span.entity].label)
        in_facts = {f["s"] for f in g["facts"]} | {f["o"] for f in g["facts"]}
        for e in g["entities"]:
            if e["id"] not in in_facts or e["type"] not in totals:
                continue
            totals[e["type"]][1] += 1
            if _keys(e["label"], *e.get("aliases", [])) & found[e["type"]]:
                totals[e["type"]][0] += 1
            elif verbose:
                print(f"  {g['id']}: {e['type']} {e['label']} {e.get('aliases', [])}")
    return {t: (f, n) for t, (f, n) in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the missed gold entities")
    args = parser.parse_args()
    for path in args.gold or [CORPUS / "dev2.gold.jsonl", CORPUS / "dev.gold.jsonl"]:
        print(path.name)
        result = measure(path, args.verbose)
        for t, (f, n) in result.items():
            print(f"  {t:8} {f:4d}/{n:<4d} {f / n if n else 0:.3f}")


if __name__ == "__main__":
    main()
