"""One preferred label per entity and language (``skos:prefLabel``), its other spellings as
``skos:altLabel``.

Articles name an entity in different ways (``مشهد`` / ``مشهد مقدس``, ``گوانجو`` / ``گوانگجو``):
each article's entity record gives the label that article uses (and the English name, where
the gazetteer or registry knows one). The preferred label in a language is the form most
articles give, the fuller (longer) one on a tie, then the first in code-point order. It
depends only on the set of stored articles, not on the order they came in or which build
wrote them, so the store's labels (the graph ``pvid:graph/labels``, recomputed from every
stored record at the end of each build), the networkx graph of the viewer and the exports,
all made by :class:`Labels`, agree. ``rdfs:label`` keeps every spelling (what SKOS entails
from the preferred and alternative labels).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping

from payvand.ontology.mapping import SKOS, iri, literal

LANGUAGES = ("fa", "en")
LabelUse = tuple[str, str, str]  # (entity IRI, language, label): one article's name for an entity


def record_labels(rec: dict) -> list[LabelUse]:
    """The names an entity record gives its entity (none for a fact record)."""
    if rec["kind"] != "entity":
        return []
    uses = [(rec["iri"], "fa", rec["label"])]
    if rec.get("en"):
        uses.append((rec["iri"], "en", rec["en"]))
    return uses


def preferred(counts: Mapping[str, int]) -> str:
    """The preferred of an entity's forms in one language, given how many articles use each:
    the most used, the longest on a tie, then the first in code-point order."""
    return min(counts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]


class Labels:
    """How many articles give each form of each entity's name, and the labels that follow."""

    def __init__(self) -> None:
        self._counts: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))

    def count(self, uses: Iterable[LabelUse]) -> None:
        for entity, language, label in uses:
            self._counts[entity][language][label] += 1

    def _forms(self, entity: str, language: str) -> Mapping[str, int]:
        """How many articles give each form (read only: nothing is added for an unknown entity)."""
        return self._counts[entity].get(language, {}) if entity in self._counts else {}

    def preferred(self, entity: str, language: str = "fa") -> str:
        """The entity's preferred label in ``language`` ("" when no article names it so)."""
        forms = self._forms(entity, language)
        return preferred(forms) if forms else ""

    def alternatives(self, entity: str) -> list[tuple[str, str]]:
        """(language, label) of the entity's other spellings, Persian first, each sorted."""
        out = []
        for language in LANGUAGES:
            best = self.preferred(entity, language)
            out.extend((language, label) for label in sorted(self._forms(entity, language)) if label != best)
        return out

    def triples(self) -> Iterator[tuple[str, str, str]]:
        """The ``skos:prefLabel`` and ``skos:altLabel`` triples (N-Triples terms), entities in IRI order."""
        for entity in sorted(self._counts):
            node = iri(entity)
            for language in LANGUAGES:
                label = self.preferred(entity, language)
                if label:
                    yield node, SKOS.nt.prefLabel, literal(label, language=language)
            for language, label in self.alternatives(entity):
                yield node, SKOS.nt.altLabel, literal(label, language=language)
