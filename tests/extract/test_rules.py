"""Every pattern rule against the examples it carries (``examples``/``counterexamples`` in
``data/patterns/*.yaml``): sentences of our own, run through the whole pipeline."""
import pytest

from payvand.extract import extract
from payvand.extract.relations.patterns import Example, rules
from payvand.ontology import vocabulary
from payvand.types import Article

RULES = {r.id: r for r in rules()}
SYMMETRIC = {p for p, d in vocabulary()["predicates"].items() if d.get("symmetric")}


def _facts(example: Example) -> set[tuple]:
    """(subject label, predicate, object label, role, status, rule) of each fact the text gives."""
    doc = extract(Article("t", example.text))
    return {(doc.entities[f.s].label, f.p, doc.entities[f.o].label, f.role, f.status, f.rule) for f in doc.facts}


def _given(expected: tuple, facts: set[tuple]) -> list[tuple]:
    """The facts that match an expected one (on the items it states; either way round for a
    symmetric predicate)."""
    return [f for f in facts if f[:len(expected)] == expected
            or f[1] in SYMMETRIC and (f[2], f[1], f[0], *f[3:len(expected)]) == expected]


def test_every_rule_carries_an_example():
    assert [r.id for r in rules() if not r.examples] == []


@pytest.mark.parametrize("rule_id", list(RULES))
def test_rule_gives_its_examples(rule_id: str):
    rule = RULES[rule_id]
    for example in rule.examples:
        facts = _facts(example)
        for expected in example.facts:
            assert _given(expected, facts), (example.text, expected, sorted(facts))
        assert any(f[5] == rule_id for expected in example.facts for f in _given(expected, facts)), (
            f"{rule_id} gives none of the facts of its example (another rule gives them first)", example.text,
            sorted(facts))
    for example in rule.counterexamples:
        facts = _facts(example)
        for unwanted in example.facts:
            assert not _given(unwanted, facts), (example.text, unwanted)
