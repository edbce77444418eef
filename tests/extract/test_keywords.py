"""The keyword pass that chooses which relation rules run on a sentence is conservative: a rule
it leaves out could not have matched (the literals are read off each rule's regexes, so this
holds for any rule added to ``data/patterns``)."""
import random
import re

import pytest

from payvand.extract import default_pipeline
from payvand.extract.gold import gold_article, read_gold
from payvand.extract.relations.keywords import required_literals
from payvand.extract.relations.patterns import Masked, extract_relations, keyword_index, masked_sentence, rules
from payvand.extract.text import make_doc
from payvand.types import Article

SENTENCE_RULES = [r for r in rules() if r.regex is not None and not r.inner and not r.discourse]


def _met(clauses, text: str) -> bool:
    return all(any(w in text for w in clause) for clause in clauses)


@pytest.mark.parametrize("pattern, clauses", [
    (r"مورد\s+استقبال\s+(?:گرم\s+)?قرار", [{"مورد"}, {"استقبال"}, {"قرار"}]),  # the optional word is not needed
    (r"(?:دیدار|ملاقات)\s+کرد", [{"دیدار", "ملاقات"}, {"کرد"}]),  # one of an alternation's words
    (r"خواهر\s?خواند", [{"خواهر"}, {"خواند"}]),
    (r"(?:ab)+c(?=de)(?<!x)", [{"ab"}, {"c"}, {"de"}]),  # a repeat at least once; a look-ahead's text
    (r"a(?:b|\d)c", [{"a"}, {"c"}]),  # a branch with no literal: no clause of the alternation
    (r"(?i)abc", []),  # case-insensitive: nothing told
])
def test_required_literals(pattern: str, clauses: list[set[str]]):
    assert [set(c) for c in required_literals(re.compile(pattern))] == clauses


def _sentences(text: str) -> list[tuple[Masked, str]]:
    """The masked sentences of a text as the relation rules see them, each with its plain text."""
    doc = make_doc(Article("t", text))
    for name, component in default_pipeline().components:
        if name != "relations":
            doc = component(doc)
    return [(masked_sentence(doc, s, e), doc.norm[s:e]) for s, e in doc.sentences]


def _matches(rule, masked: str, plain: str) -> bool:
    return (rule.regex.search(masked) is not None and rule.pretested(masked)
            and (rule.trigger is None or rule.trigger.search(plain) is not None))


EXAMPLES = {r.id: [s for e in r.examples for s in _sentences(e.text)] for r in SENTENCE_RULES}


@pytest.mark.parametrize("rule", SENTENCE_RULES, ids=lambda r: r.id)
def test_index_admits_each_rule_on_its_examples(rule):
    matched = [(m, plain) for m, plain in EXAMPLES[rule.id] if _matches(rule, m.text, plain)]
    assert matched, f"{rule.id}: no sentence of its examples matches its pattern"
    for m, plain in matched:
        assert rule.id in keyword_index().admitted(m.text, plain), (rule.id, m.text)


def test_index_leaves_rules_out():
    """Not a pass that admits everything: on a sentence of a meeting, most rules are left out."""
    admitted = set()
    for m, plain in _sentences("علی رضایی شهردار شیراز با فرانک مولر سفیر آلمان دیدار کرد."):
        admitted |= keyword_index().admitted(m.text, plain)
    assert "met.with" in admitted
    assert "hosted.host-was" not in admitted
    assert len(admitted) < len(SENTENCE_RULES) / 2


def test_literals_hold_in_every_match_of_every_rule():
    """Property: over the examples' sentences and variants of them with a word left out (matched
    by some rules, not by others), a rule's regexes match only where all of their literals occur."""
    rng = random.Random(7)
    texts: set[tuple[str, str]] = set()
    for pairs in EXAMPLES.values():
        for m, plain in pairs:
            texts.add((m.text, plain))
            words = m.text.split(" ")
            for i in rng.sample(range(len(words)), min(4, len(words))):
                texts.add((" ".join(words[:i] + words[i + 1:]), plain))
    matches = 0
    for rule in SENTENCE_RULES:
        literals = required_literals(rule.regex) + (required_literals(rule.requires) if rule.requires else ())
        trigger = required_literals(rule.trigger) if rule.trigger else ()
        for masked, plain in texts:
            if rule.regex.search(masked):
                matches += 1
                assert _met(literals, masked), (rule.id, masked)
            if rule.trigger is not None and rule.trigger.search(plain):
                assert _met(trigger, plain), (rule.id, plain)
    assert matches > len(SENTENCE_RULES)


def _facts(doc) -> list[tuple]:
    return [(f.s, f.p, f.o, f.role, f.status, f.start, f.end, f.year, f.rule, f.evidence.start, f.evidence.end)
            for f in doc.facts]


def _same_facts_with_and_without_keywords(text: str, title: str | None = None) -> None:
    docs = []
    for keywords in (True, False):
        doc = make_doc(Article("t", text, title=title))
        for name, component in default_pipeline().components:
            doc = extract_relations(doc, keywords=keywords) if name == "relations" else component(doc)
        docs.append(doc)
    assert _facts(docs[0]) == _facts(docs[1]), text[:200]


def test_same_facts_with_and_without_keywords_on_the_rules_examples():
    for rule in rules():
        for example in rule.examples + rule.counterexamples:
            _same_facts_with_and_without_keywords(example.text)


def test_same_facts_with_and_without_keywords_on_dev(corpus):
    for g in read_gold(corpus / "dev.gold.jsonl"):
        article = gold_article(g)
        _same_facts_with_and_without_keywords(article.text, article.title)
