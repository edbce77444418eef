"""The table-driven checks of sentences of our own: a sentence, the facts it must give and the
facts it must not give, each fact a tuple ``(subject label, predicate, object label, *fields)``
whose items may be ``...`` (anything)."""
from payvand.extract import extract
from payvand.ontology import vocabulary
from payvand.types import Article


def sentence_facts(text: str, fields: tuple[str, ...] = ("role", "status")) -> set[tuple]:
    """The facts the default pipeline gives for ``text``, with the given fields of each."""
    doc = extract(Article("t", text))
    return {(doc.entities[f.s].label, f.p, doc.entities[f.o].label, *(getattr(f, k) for k in fields))
            for f in doc.facts}


def matches(fact: tuple, pattern: tuple) -> bool:
    """Item by item, ``...`` matching anything; a symmetric predicate either way round."""
    def same(f: tuple) -> bool:
        return all(want is ... or want == got for want, got in zip(pattern, f))
    symmetric = vocabulary()["predicates"][fact[1]].get("symmetric")
    return same(fact) or bool(symmetric) and same((fact[2], fact[1], fact[0], *fact[3:]))


def check(facts: set[tuple], given: list[tuple], not_given: list[tuple]) -> None:
    for pattern in given:
        assert any(matches(f, pattern) for f in facts), (pattern, sorted(facts, key=str))
    for pattern in not_given:
        assert not any(matches(f, pattern) for f in facts), (pattern, sorted(facts, key=str))
