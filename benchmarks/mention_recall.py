"""Mention recall: the share of gold entities the mention layer finds, by entity type.

    python benchmarks/mention_recall.py GOLD.jsonl [GOLD.jsonl ...] [-v] [--type Event ...]

A gold entity (one that takes part in a gold fact) counts as found when some span of the
same type in the extracted ``Doc``, resolved to an entity, has a surface form (its text, its
normalised form, or its entity's label; an event's inner body or place too) whose
``match_key`` equals the gold label or one of its aliases. This is the ceiling the relation
rules work under: a fact whose subject or object is never found cannot be extracted.
With ``-v`` the missed gold labels are listed, per type.
"""
from __future__ import annotations

import argparse
from collections import defaultdict

from payvand.extract import extract
from payvand.extract.gold import gold_article, read_gold
from payvand.extract.text import Doc, match_key
from payvand.types import ENTITY_TYPES


def found_forms(doc: Doc) -> dict[str, set[str]]:
    """The match keys of the surface forms of the resolved spans of ``doc``, by type."""
    forms: dict[str, set[str]] = defaultdict(set)
    spans = list(doc.spans) + [s.inner for s in doc.spans if s.inner is not None]
    for span in spans:
        if span.entity is None:
            continue
        label = doc.entities[span.entity].label
        forms[span.label].update(k for k in (match_key(span.text), match_key(span.norm), match_key(label)) if k)
    return forms


def main(paths: list[str], verbose: bool, types: list[str]) -> None:
    for path in paths:
        found: dict[str, int] = defaultdict(int)
        total: dict[str, int] = defaultdict(int)
        missed: dict[str, list[str]] = defaultdict(list)
        for g in read_gold(path):
            forms = found_forms(extract(gold_article(g)))
            used = {f["s"] for f in g["facts"]} | {f["o"] for f in g["facts"]}
            for e in g["entities"]:
                if e["id"] not in used or e["type"] not in types:
                    continue
                total[e["type"]] += 1
                keys = {match_key(n) for n in [e["label"], *e.get("aliases", [])]}
                if keys & forms[e["type"]]:
                    found[e["type"]] += 1
                else:
                    missed[e["type"]].append(f"{g['id']}: {e['label']}")
        print(path)
        for t in types:
            if total[t]:
                print(f"  {t:<13} {found[t]:>4} / {total[t]:<4} {found[t] / total[t]:.3f}")
        if verbose:
            for t in types:
                for line in missed[t]:
                    print(f"  missed {t}: {line}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the missed gold labels")
    parser.add_argument("--type", action="append", choices=ENTITY_TYPES, help="only these types (repeatable)")
    args = parser.parse_args()
    main(args.gold, args.verbose, args.type or list(ENTITY_TYPES))
