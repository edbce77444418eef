"""Relations: from mentions to facts.

``clauses`` (where a sentence's clauses end; a tie's status), ``patterns`` (the declarative rules
of ``data/patterns``), ``discourse`` (rules over several sentences, registered by name with
``patterns.discourse_rule``), ``candidates`` (every typed pair of mentions with its features),
``scorer`` (the learned scorer) and ``sink`` (the one door through which facts enter a Doc).
"""
from payvand.extract.relations import discourse  # noqa: F401  (registers the rules over several sentences)
