"""The keyword pass that chooses which relation rules run on a sentence is conservative: a rule
it leaves out could not have matched (the literals are read off each rule's regexes, so this
holds for any rule added to ``data/patterns``)."""
import copy
import re
from functools import cache

import pytest

from payvand.extract import default_pipeline
from payvand.extract.gold import gold_article, read_gold
from payvand.extract.relations.keywords import parse, required_literals
from payvand.extract.relations.patterns import (Masked, compile_pattern, extract_relations, keyword_index,
                                               masked_sentence, rules)
from payvand.extract.text import Doc, make_doc
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


def test_the_private_regex_parser_has_the_shape_keywords_reads():
    """keywords.parse is the one reader of Python's private regex parse tree: if a new Python
    changes its shape, this fails (and says where), rather than the keyword pass going quiet."""
    lit = lambda word: [("literal", ch) for ch in word]  # noqa: E731
    assert parse(r"(?P<s>ab)(?:c|d\s)+?(?>e)(?=f)(?<!g)x{2,3}y*[hi]^.\1(?i:j)") == [
        ("group", lit("ab")),
        ("repeat", 1, [("branch", [lit("c"), lit("d") + [("other",)]])]),  # (a bare (?:…) is no node)
        ("group", lit("e")),
        ("group", lit("f")),
        ("other",),
        ("repeat", 2, lit("x")),
        ("repeat", 0, lit("y")),
        ("other",), ("other",), ("other",), ("other",),
        ("other",),
    ]


@cache
def _prepared(text: str, title: str | None = None) -> Doc:
    """A text through every stage before the relations (a copy of it runs them)."""
    doc = make_doc(Article("t", text, title=title))
    for name, component in default_pipeline().components:
        if name != "relations":
            doc = component(doc)
    return doc


def _sentences(text: str) -> list[tuple[Masked, str]]:
    """The masked sentences of a text as the relation rules see them, each with its plain text."""
    doc = _prepared(text)
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
    """Property: over each rule's example sentences and their variants with one word left out
    (some matched by the rule, some not), its regexes match only where all of their literals occur."""
    matches = 0
    for rule in SENTENCE_RULES:
        literals = required_literals(rule.regex) + (required_literals(rule.requires) if rule.requires else ())
        trigger = required_literals(rule.trigger) if rule.trigger else ()
        for m, plain in EXAMPLES[rule.id]:
            for masked in _word_left_out(m.text):
                if rule.regex.search(masked):
                    matches += 1
                    assert _met(literals, masked), (rule.id, masked)
            for text in _word_left_out(plain) if rule.trigger is not None else ():
                if rule.trigger.search(text):
                    assert _met(trigger, text), (rule.id, text)
    assert matches > 2 * len(SENTENCE_RULES)


def _word_left_out(text: str) -> list[str]:
    """The text, and each variant of it without one of its words."""
    words = text.split(" ")
    return [text] + [" ".join(words[:i] + words[i + 1:]) for i in range(len(words))]


def _facts(doc) -> list[tuple]:
    return [(f.s, f.p, f.o, f.role, f.status, f.start, f.end, f.year, f.rule, f.evidence.start, f.evidence.end)
            for f in doc.facts]


def _same_facts_with_and_without_keywords(text: str, title: str | None = None) -> None:
    with_keywords, without = (extract_relations(copy.deepcopy(_prepared(text, title)), keywords=k) for k in (True, False))
    assert _facts(with_keywords) == _facts(without), text[:200]


def test_same_facts_with_and_without_keywords_on_the_rules_examples():
    for rule in rules():
        for example in rule.examples + rule.counterexamples:
            _same_facts_with_and_without_keywords(example.text)


def test_same_facts_with_and_without_keywords_on_dev(corpus):
    for g in read_gold(corpus / "dev.gold.jsonl"):
        article = gold_article(g)
        _same_facts_with_and_without_keywords(article.text, article.title)


def test_a_pattern_opening_with_look_behinds_before_a_mention_opens_with_the_mention():
    """compile_pattern writes ``(?<!X)⟨…`` as ``⟨(?<!X⟨)…`` (fast to search): the same matches,
    on masked sentences of our own."""
    pattern = r"(?<!در\s)(?<=\s){s:C}\s+(?:از|در)\s+{o:N}"
    rewritten = compile_pattern(pattern, {})
    plain = re.compile(r"(?<!در\s)(?<=\s)⟨[C]#(?P<s>\d+)⟩\s+(?:از|در)\s+⟨[N]#(?P<o>\d+)⟩")
    assert rewritten.pattern.startswith("⟨(?<!در\\s⟨)(?<=\\s⟨)")
    for text in ("شهر ⟨C#1⟩ از ⟨N#2⟩ آمد", "در ⟨C#1⟩ در ⟨N#2⟩", "⟨C#1⟩ از ⟨N#2⟩", "و ⟨C#3⟩ در ⟨N#4⟩ و در ⟨C#5⟩ از ⟨N#6⟩"):
        assert [m.groupdict() for m in rewritten.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]
    # a look-behind with a class or a group inside is left where it stands
    assert compile_pattern(r"(?<![،,]\s){s:C}", {}).pattern.startswith("(?<![،,]")
