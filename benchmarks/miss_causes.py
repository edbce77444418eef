"""Why gold facts are missed: where each fact the pipeline does not give stands in its ``Doc``.

    python benchmarks/miss_causes.py GOLD.jsonl [GOLD.jsonl ...] [--by-predicate]

Each gold fact that no extracted fact matches (relaxed: roles aside, matched the way
``payvand evaluate`` matches) falls in the first of these that holds:

* ``no-subject`` / ``no-object``: no extracted entity matches that end;
* ``same-sentence``: both ends are mentioned in one sentence, so the relation candidates
  (:mod:`payvand.extract.relations.candidates`) hold the pair and the rules (the default
  pipeline) turned it down (``candidate`` if a candidate of the fact's predicate was made, else
  ``pair-only``);
* ``cross-sentence``: both ends are found but never in one sentence; the fact needs discourse
  (a title's holder, a pronoun, an event's frame across sentences).

It tells the mention layer's share of the misses from the relation layer's, and which of the
relation misses a learned scorer over same-sentence candidates could ever reach.
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from payvand.extract import extract
from payvand.extract.gold import GoldFacts, forms, gold_article, read_gold
from payvand.extract.relations.candidates import candidates
from payvand.extract.text import Doc

CAUSES = ("no-subject", "no-object", "same-sentence/candidate", "same-sentence/pair-only", "cross-sentence")


def _entity_matches(doc: Doc, g: GoldFacts) -> list[set[str]]:
    """Per extracted entity, the gold entity ids it matches."""
    return [g.matches(forms(ent.label, *(doc.spans[m].text for m in ent.mentions))) for ent in doc.entities]


def _found_facts(doc: Doc, g: GoldFacts, matched: list[set[str]]) -> set[int]:
    """Indices of the gold facts an extracted fact matches (roles aside)."""
    out: set[int] = set()
    for f in doc.facts:
        out.update(g.hits(f.p, matched[f.s], matched[f.o]))
    return out


def causes(gold: dict) -> list[tuple[str, str]]:
    """(predicate, cause) of each gold fact of an article that the pipeline misses."""
    doc = extract(gold_article(gold))
    g = GoldFacts(gold)
    matched = _entity_matches(doc, g)
    found = _found_facts(doc, g, matched)
    sentences_of: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for k, ids in enumerate(matched):
        for m in doc.entities[k].mentions:
            sentence = doc.sentence_of(doc.spans[m].nstart)
            for gid in ids:
                sentences_of[gid].add(sentence)
    proposed = {(c.p, gid_s, gid_o) for c in candidates(doc) for gid_s in matched[c.s] for gid_o in matched[c.o]}
    out = []
    for i, gf in enumerate(gold["facts"]):
        if i in found:
            continue
        s, p, o = gf["s"], gf["p"], gf["o"]
        if not sentences_of[s]:
            cause = "no-subject"
        elif not sentences_of[o]:
            cause = "no-object"
        elif sentences_of[s] & sentences_of[o]:
            cause = "same-sentence/" + ("candidate" if (p, s, o) in proposed or (p, o, s) in proposed else "pair-only")
        else:
            cause = "cross-sentence"
        out.append((p, cause))
    return out


def main(paths: list[str], by_predicate: bool) -> None:
    for path in paths:
        totals: Counter[str] = Counter()
        per: dict[str, Counter[str]] = defaultdict(Counter)
        for gold in read_gold(path):
            for p, cause in causes(gold):
                totals[cause] += 1
                per[p][cause] += 1
        n = sum(totals.values())
        print(f"{path}: {n} missed gold facts")
        for cause in CAUSES:
            print(f"  {cause:<24} {totals[cause]:>4}  {totals[cause] / n if n else 0:.2f}")
        if by_predicate:
            print("  " + " " * 16 + "".join(f"{c.split('/')[-1][:10]:>11}" for c in CAUSES))
            for p in sorted(per):
                print(f"  {p:<16}" + "".join(f"{per[p][c]:>11}" for c in CAUSES))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--by-predicate", action="store_true", help="a row of causes per predicate")
    args = parser.parse_args()
    main(args.gold, args.by_predicate)
