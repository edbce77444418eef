"""The literal text a regular expression needs, read off its parse: a cheap keyword pass that
tells, before a rule's regex runs over a sentence, that it cannot match there.

A relation rule's pattern names its words literally (``مورد\\s+استقبال``, ``خواهر\\s?خواند``):
whatever the gaps and slots between them match, every match of the pattern holds those words.
:func:`required_literals` derives them from the compiled regex itself, so a rule added to
``data/patterns`` is covered without a hand-kept list, and the test is conservative by
construction: each clause it returns is implied by any match, so a text that meets no literal
of one clause holds no match. (What it cannot read, it leaves out: a weaker test, never a
wrong one.)

It reads the parse tree of Python's own regex parser (the one ``re.compile`` uses): the
structure the engine matches, not a second reading of the pattern's syntax. That parser is
private (``re._parser``; ``sre_parse``, its old name, is a deprecated alias of it), so only
:func:`parse` touches it: it turns the parser's tree into the few plain nodes below, and fails
with a clear error if the tree is not of the shape it knows (``tests/extract/test_keywords.py``
checks that shape on every construct the rules use).
"""
from __future__ import annotations

import re
import sys

# A clause: one of these strings occurs in any text the regex matches in.
Clause = frozenset[str]

# The plain parse: a sequence of nodes, each one of
#   ("literal", character)
#   ("group", sequence)           a group, atomic group or positive look-around (its text is matched too)
#   ("repeat", least, sequence)   a repeat at least ``least`` times
#   ("branch", [sequence, ...])   an alternation
#   ("other",)                    a class, any character, an anchor, a negative look-around, a back-reference
Node = tuple
Sequence = list[Node]


def parse(pattern: str, flags: int = 0) -> Sequence:
    """``pattern`` as Python's regex parser reads it, in the plain nodes above (case-insensitive
    parts as ``("other",)``: no literal is certain there). A parse tree of a shape this does
    not know (a Python whose private parser changed) is a RuntimeError that says so."""
    import re._constants as sre  # (the opcodes of the parse tree)
    import re._parser as sre_parse

    def sequence(items) -> Sequence:
        return [node(op, av) for op, av in items]

    def node(op, av) -> Node:
        if op == sre.LITERAL:
            return ("literal", chr(av))
        if op == sre.SUBPATTERN:  # (group, flags added, flags removed, content)
            _, add_flags, _, content = av
            return ("other",) if add_flags & re.IGNORECASE else ("group", sequence(content))
        if op == sre.ATOMIC_GROUP:
            return ("group", sequence(av))
        if op == sre.ASSERT:  # (direction, content): a positive look-ahead or look-behind
            return ("group", sequence(av[1]))
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):  # (least, most, content)
            low, _, content = av
            return ("repeat", low, sequence(content))
        if op == sre.BRANCH:  # (None, branches)
            return ("branch", [sequence(b) for b in av[1]])
        return ("other",)

    try:
        return sequence(sre_parse.parse(pattern, flags))
    except (TypeError, ValueError, AttributeError, IndexError) as exc:
        raise RuntimeError(f"payvand.extract.relations.keywords: Python {sys.version.split()[0]}'s regex parse "
                           f"tree (re._parser) is not of the shape this reads ({exc}); update keywords.parse") from exc


def required_literals(regex: re.Pattern) -> tuple[Clause, ...]:
    """Clauses every text holding a match of ``regex`` meets (each: one of its strings occurs in
    the text); ``()`` when none can be told (a case-insensitive regex, one that opens no literal)."""
    if regex.flags & re.IGNORECASE:
        return ()
    return tuple(dict.fromkeys(_sequence(parse(regex.pattern, regex.flags))))


def holds(text: str, clauses: tuple[Clause, ...]) -> bool:
    """Whether ``text`` meets every clause (one of its strings occurs in it): a text that does not
    holds no match of the regex the clauses were read from (:func:`required_literals`)."""
    return all(any(w in text for w in clause) for clause in clauses)


def _sequence(items: Sequence) -> list[Clause]:
    """A sequence needs each of its items': its runs of literal characters, and each part's clauses."""
    clauses: list[Clause] = []
    run: list[str] = []
    for item in items:
        if item[0] == "literal":
            run.append(item[1])
            continue
        if run:
            clauses.append(frozenset({"".join(run)}))
            run = []
        clauses.extend(_node(item))
    if run:
        clauses.append(frozenset({"".join(run)}))
    return clauses


def _node(item: Node) -> list[Clause]:
    kind = item[0]
    if kind == "group":
        return _sequence(item[1])
    if kind == "repeat":
        return _sequence(item[2]) if item[1] >= 1 else []
    if kind == "branch":  # one branch matches: the union of one clause of each
        chosen = [_strongest(_sequence(branch)) for branch in item[1]]
        if any(c is None for c in chosen):
            return []
        return [frozenset().union(*chosen)]
    return []  # ("other",): no literal


def _strongest(clauses: list[Clause]) -> Clause | None:
    """The most selective clause: the longest shortest string, then the fewest strings."""
    return max(clauses, key=lambda c: (min(map(len, c)), -len(c)), default=None)
