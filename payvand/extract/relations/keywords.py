"""The literal text a regular expression needs, read off its parse: a cheap keyword pass that
tells, before a rule's regex runs over a sentence, that it cannot match there.

A relation rule's pattern names its words literally (``مورد\\s+استقبال``, ``خواهر\\s?خواند``):
whatever the gaps and slots between them match, every match of the pattern holds those words.
:func:`required_literals` derives them from the compiled regex itself, so a rule added to
``data/patterns`` is covered without a hand-kept list, and the test is conservative by
construction: each clause it returns is implied by any match, so a text that meets no literal
of one clause holds no match. (What it cannot read, it leaves out: a weaker test, never a
wrong one.)

It reads the parse tree of Python's own regex parser (``re._parser``, the one ``re.compile``
uses): the structure the engine matches, not a second reading of the pattern's syntax.
"""
from __future__ import annotations

import re
import re._constants as sre  # (the opcodes of the parse tree)
import re._parser as sre_parse

# A clause: one of these strings occurs in any text the regex matches in.
Clause = frozenset[str]


def required_literals(regex: re.Pattern) -> tuple[Clause, ...]:
    """Clauses every text holding a match of ``regex`` meets (each: one of its strings occurs in
    the text); ``()`` when none can be told (a case-insensitive regex, one that opens no literal)."""
    if regex.flags & re.IGNORECASE:
        return ()
    try:
        tree = sre_parse.parse(regex.pattern, regex.flags)
    except re.error:  # (cannot happen for a compiled pattern; no keywords rather than a failure)
        return ()
    return tuple(dict.fromkeys(_sequence(tree)))


def holds(text: str, clauses: tuple[Clause, ...]) -> bool:
    """Whether ``text`` meets every clause (one of its strings occurs in it): a text that does not
    holds no match of the regex the clauses were read from (:func:`required_literals`)."""
    return all(any(w in text for w in clause) for clause in clauses)


def _sequence(items) -> list[Clause]:
    """A sequence needs each of its items': its runs of literal characters, and each part's clauses."""
    clauses: list[Clause] = []
    run: list[str] = []
    for op, av in items:
        if op == sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            clauses.append(frozenset({"".join(run)}))
            run = []
        clauses.extend(_node(op, av))
    if run:
        clauses.append(frozenset({"".join(run)}))
    return clauses


def _node(op, av) -> list[Clause]:
    if op == sre.SUBPATTERN:  # (group, flags added, flags removed, content)
        _, add_flags, _, content = av
        return [] if add_flags & re.IGNORECASE else _sequence(content)
    if op == sre.ATOMIC_GROUP:
        return _sequence(av)
    if op == sre.ASSERT:  # a positive look-ahead or look-behind matches in the text too
        return _sequence(av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, content = av
        return _sequence(content) if low >= 1 else []
    if op == sre.BRANCH:  # one branch matches: the union of one clause of each
        chosen = [_strongest(_sequence(branch)) for branch in av[1]]
        if any(c is None for c in chosen):
            return []
        return [frozenset().union(*chosen)]
    return []  # a class, any character, an anchor, a negative look-around, a back-reference: no literal


def _strongest(clauses: list[Clause]) -> Clause | None:
    """The most selective clause: the longest shortest string, then the fewest strings."""
    return max(clauses, key=lambda c: (min(map(len, c)), -len(c)), default=None)
