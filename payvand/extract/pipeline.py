"""The extraction pipeline: an ordered list of components over a :class:`Doc`.

A component is any callable ``component(doc) -> doc``. ``Pipeline.default()`` gives the
shipped rule-based pipeline; a model-based component (an NER or relation model) can be
inserted with :meth:`Pipeline.insert` or by building a ``Pipeline`` from another list.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from payvand.extract import dates, entities, relations, resolve, scorer
from payvand.extract.text import Doc, make_doc
from payvand.types import Article

Component = Callable[[Doc], Doc]


@dataclass
class Pipeline:
    components: list[tuple[str, Component]] = field(default_factory=list)

    @classmethod
    def default(cls) -> "Pipeline":
        return cls([
            ("gazetteer", entities.match_gazetteer),
            ("events", entities.find_events),
            ("organizations", entities.find_context_organizations),
            ("events-of-bodies", entities.find_events),
            ("persons", entities.find_persons),
            ("places", entities.find_context_places),
            ("coreference", resolve.coreference),
            ("linking", resolve.link),
            ("dates", dates.find_dates),
            ("relations", relations.extract_relations),
            ("scorer", scorer.score_relations),
        ])

    def without(self, *names: str) -> "Pipeline":
        """A copy with the named components left out (``without("scorer")``: the rules alone)."""
        unknown = set(names) - set(self.names())
        if unknown:
            raise ValueError(f"no component {sorted(unknown)} in the pipeline {self.names()}")
        return Pipeline([(n, c) for n, c in self.components if n not in names])

    def names(self) -> list[str]:
        return [n for n, _ in self.components]

    def insert(self, name: str, component: Component, *, before: str | None = None, after: str | None = None) -> None:
        names = self.names()
        pos = len(names) if before is None and after is None else (
            names.index(before) if before is not None else names.index(after) + 1)
        self.components.insert(pos, (name, component))

    def __call__(self, article: Article) -> Doc:
        doc = make_doc(article)
        for _, component in self.components:
            doc = component(doc)
        return doc
