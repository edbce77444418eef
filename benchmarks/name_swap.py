"""Name-swap stress test: does extraction hold when the people are called something else?

    python benchmarks/name_swap.py GOLD.jsonl [GOLD.jsonl ...] [--seed N] [-v]

Real articles name people no lexicon holds. This rewrites each gold article with every
person's name replaced, word by word and the same way wherever it occurs (label and aliases,
in the text, the headline and the gold), then scores the pipeline on the rewritten articles
beside the originals:

* ``persian``: a given name becomes another given name of ``given_names.yaml``; any other word
  of the name becomes an invented surname of a Persian shape (a stem and ی, پور, زاده, نیا …);
* ``foreign``: every word of the name becomes an invented transliteration (syllables and an
  ending such as ‌وف, ‌سکی, ‌نی) that neither hazm's lexicon nor the gazetteer holds.

The drop from the original figure is what the extractor owes to knowing the names it has
seen; the rules and lexicons are supposed to find people by context, so it should be small.
A person whose label never occurs in the text as written is left as it is (counted).
"""
from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable
from functools import cache

from payvand.extract import extract
from payvand.extract.evaluate import Report, score_article
from payvand.extract.gold import gold_article, read_gold
from payvand.extract.mentions.entities import given_names
from payvand.extract.mentions.gazetteer import gazetteer, surface_key
from payvand.extract.records import doc_records

STEMS = ("کاو", "نیک", "بهار", "سپهر", "آذر", "مهرو", "دلاور", "شاه", "روشن", "فرخ", "تابان", "ارجم", "نوذر", "زرین")
PERSIAN_ENDINGS = ("ی", "پور", "زاده", "نیا", "فر", "منش", "وند", "انی")
# open syllables, then one closed one: no doubled vowel letters (کالیروف, دوماسکی, تیرانو)
SYLLABLES = ("کا", "رو", "می", "لا", "نو", "تا", "سا", "دی", "ور", "بر", "زو", "پا", "لی", "مو", "ها", "تو")
FOREIGN_ENDINGS = ("وف", "سکی", "نی", "ز", "ن", "ل", "ت", "ر", "س")
ZWNJ = "\u200c"


def _persian(rng: random.Random, word: str, given: list[str]) -> str:
    if word in given_names():
        return rng.choice(given)
    return rng.choice(STEMS) + rng.choice(PERSIAN_ENDINGS)


@cache
def _known_words() -> frozenset[str]:
    """Words an invented name must not be: hazm's lexicon and the gazetteer's names."""
    from hazm import utils

    return frozenset(w for w, _, _ in utils.words_list()) | frozenset(gazetteer().entries)


def _foreign(rng: random.Random, word: str, given: list[str]) -> str:
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 2))) + rng.choice(FOREIGN_ENDINGS)
        if name not in _known_words() and surface_key(name) not in _known_words():
            return name


STYLES: dict[str, Callable[[random.Random, str, list[str]], str]] = {"persian": _persian, "foreign": _foreign}


def swap(gold: dict, style: str, rng: random.Random) -> tuple[dict, int]:
    """The article with its people renamed, and how many people could not be (label not in the text)."""
    given = sorted(given_names())
    words: dict[str, str] = {}
    new_name = STYLES[style]

    def rename(name: str) -> str:
        out = []
        for w in name.split():
            if w not in words:
                words[w] = new_name(rng, w, given)
            out.append(words[w])
        return " ".join(out)

    text, title = gold["text"], gold.get("title") or ""
    entities, kept = [], 0
    names: set[str] = set()
    for e in gold["entities"]:
        if e["type"] != "Person" or (e["label"] not in text and e["label"] not in title):
            kept += e["type"] == "Person"
            entities.append(e)
            continue
        aliases = [a for a in e.get("aliases", []) if re.search(r"[\u0600-\u06FF]", a)]
        names.update([e["label"], *aliases])
        entities.append({**e, "label": rename(e["label"]), "aliases": [rename(a) for a in aliases]})
    if names:
        pattern = re.compile(r"(?<![\w\u200c])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                             + r")(?![\w\u200c])")
        text = pattern.sub(lambda m: rename(m.group()), text)
        title = pattern.sub(lambda m: rename(m.group()), title)
    return {**gold, "text": text, "title": title or None, "entities": entities}, kept


def main(paths: list[str], seed: int, verbose: bool) -> None:
    golds = [g for p in paths for g in read_gold(p)]
    for style in ("original", *STYLES):
        rng = random.Random(seed)
        report, kept = Report(), 0
        for g in golds:
            if style != "original":
                g, k = swap(g, style, rng)
                kept += k
            score_article(g, doc_records(extract(gold_article(g))), report)
        s, ent = report.strict, report.entities
        note = f"  ({kept} people left as named: label not in the text)" if style != "original" else ""
        print(f"{style:<9} strict P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}   entities R {ent.recall:.3f}{note}")
        if verbose and style != "original":
            for line in report.misses:
                print("   missed", line)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses on the renamed articles")
    args = parser.parse_args()
    main(args.gold, args.seed, args.verbose)
