"""The extraction pipeline: an ordered list of components over a :class:`Doc`.

A component is any callable ``component(doc) -> doc``. ``Pipeline.default()`` gives the
shipped rule-based pipeline; a model-based component (an NER or relation model) can be
inserted with :meth:`Pipeline.insert` or by building a ``Pipeline`` from another list.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from payvand.extract import resolve
from payvand.extract.mentions import dates, entities
from payvand.extract.relations import patterns, scorer
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
            ("titles", resolve.link_titles),
            ("dates", dates.find_dates),
            ("relations", patterns.extract_relations),
        ])

    @classmethod
    def scored(cls) -> "Pipeline":
        """The default pipeline with the learned relation scorer after the rules (see
        :mod:`payvand.extract.relations.scorer`): it keeps the rules' facts and adds the ones its
        model is confident of. Not the default: on the shared gold, whose articles the rules were
        written from, its cross-validated F1 is below the rules' (README, Accuracy)."""
        pipe = cls.default()
        pipe.insert("scorer", scorer.score_relations, after="relations")
        return pipe

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
