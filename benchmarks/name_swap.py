"""Name-swap stress test: does extraction hold when the people (or cities) are called something else?

    python benchmarks/name_swap.py GOLD.jsonl [GOLD.jsonl ...] [--type Person|City ...] [--seed N] [-v]

Real articles name people and small cities no lexicon holds. This rewrites each gold article
with every name of the given types (default: Person) replaced, word by word and the same way
wherever it occurs (label and aliases, with an ezafe ی after them, in the text, the headline
and the gold), then scores the pipeline on the rewritten articles beside the originals:

* ``persian``: a given name becomes another given name of ``given_names.yaml``; any other word
  of the name becomes an invented surname of a Persian shape (a stem and ی, پور, زاده, نیا …);
* ``foreign``: every word of the name becomes an invented transliteration (syllables and an
  ending such as ‌وف, ‌سکی, ‌نی) that neither hazm's lexicon nor the gazetteer holds.

(A city takes the ``foreign`` style in both: it has no given name.) The drop from the original
figure is what the extractor owes to knowing the names it has seen; the rules are supposed to
find people, and cities the gazetteer lacks, by their context, so it should be small. An entity
whose label never occurs in the text as written is left as it is (counted).
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
# open syllables, then one closed one: no doubled vowel letters (کارول, دوماس, تیرانت). No ending of
# cues.yaml's foreign_endings (-ov, -ski, -ini …), which the extractor reads as a surname's: the
# invented names are not made to fit its rules.
SYLLABLES = ("کا", "رو", "می", "لا", "نو", "تا", "سا", "دی", "ور", "بر", "زو", "پا", "لی", "مو", "ها", "تو")
FOREIGN_ENDINGS = ("ز", "ن", "ل", "ت", "ر", "س", "م", "د", "ش")
ZWNJ = "\u200c"


def _persian(rng: random.Random, word: str, given: list[str]) -> str:
    if word in given_names():
        return rng.choice(given)
    while True:  # (an invented surname, not a common word: روشنی, شاهی)
        name = rng.choice(STEMS) + rng.choice(PERSIAN_ENDINGS)
        if name not in _known_words():
            return name


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


def _with_ezafe(old: str, new: str, ending: str) -> str:
    """The new name with the ی the old one had after it: the ezafe's glide written after a long
    vowel (هیروشیمای ژاپن) is not written after a consonant (برلین آلمان), so it goes when the
    new name ends in one; after a consonant the old name's ی was a suffix of its own (تهرانی)."""
    if ending and old.endswith(_VOWEL_LETTERS) and not new.endswith(_VOWEL_LETTERS):
        return new
    return new + ending


_VOWEL_LETTERS = ("ا", "و")


def swap(gold: dict, style: str, rng: random.Random, types: tuple[str, ...] = ("Person",)) -> tuple[dict, int]:
    """The article with its entities of ``types`` renamed, and how many could not be (label not in
    the text)."""
    given = sorted(given_names())
    words: dict[str, str] = {}
    # the words of the names themselves: an alias's other words are cues kept as they are
    # (the alias "شهرداری تبریز" of Tabriz renames تبریز, not شهرداری)
    own = {w for e in gold["entities"] if e["type"] in types for w in e["label"].split()}

    def rename(name: str, etype: str = "Person") -> str:
        new_name = STYLES[style] if etype == "Person" else _foreign
        out = []
        for w in name.split():
            if w not in own and w in _known_words():
                out.append(w)
                continue
            if w not in words:
                words[w] = new_name(rng, w, given)
            out.append(words[w])
        return " ".join(out)

    text, title = gold["text"], gold.get("title") or ""
    entities, kept = [], 0
    names: dict[str, str] = {}  # name -> its entity's type
    for e in gold["entities"]:
        if e["type"] not in types or (e["label"] not in text and e["label"] not in title):
            kept += e["type"] in types
            entities.append(e)
            continue
        aliases = [a for a in e.get("aliases", []) if re.search(r"[\u0600-\u06FF]", a)]
        names.update(dict.fromkeys([e["label"], *aliases], e["type"]))
        entities.append({**e, "label": rename(e["label"], e["type"]), "aliases": [rename(a, e["type"]) for a in aliases]})
    if names:
        pattern = re.compile(r"(?<![\w\u200c])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                             + r")(ی?)(?![\w\u200c])")
        def sub(value: str) -> str:
            return pattern.sub(lambda m: _with_ezafe(m.group(1), rename(m.group(1), names[m.group(1)]), m.group(2)), value)

        text, title = sub(text), sub(title)
        # names holding a renamed one (a body's: شورای اسلامی شهر X) are renamed inside
        entities = [e if e["type"] in types else {**e, "label": sub(e["label"]), "aliases": [sub(a) for a in e.get("aliases", [])]}
                    for e in entities]
    return {**gold, "text": text, "title": title or None, "entities": entities}, kept


def main(paths: list[str], types: tuple[str, ...], seed: int, verbose: bool) -> None:
    golds = [g for p in paths for g in read_gold(p)]
    for style in ("original", *(STYLES if "Person" in types else ("foreign",))):
        rng = random.Random(seed)
        report, kept = Report(), 0
        for g in golds:
            if style != "original":
                g, k = swap(g, style, rng, types)
                kept += k
            score_article(g, doc_records(extract(gold_article(g))), report)
        s, ent = report.strict, report.entities
        note = f"  ({kept} left as named: label not in the text)" if style != "original" else ""
        print(f"{style:<9} strict P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}   entities R {ent.recall:.3f}{note}")
        if verbose and style != "original":
            for line in report.misses:
                print("   missed", line)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--type", action="append", choices=("Person", "City"), help="rename these (repeatable; default Person)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses on the renamed articles")
    args = parser.parse_args()
    main(args.gold, tuple(args.type or ("Person",)), args.seed, args.verbose)
