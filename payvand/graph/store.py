"""The RDF store: an rdflib ``Dataset`` on Oxigraph (oxrdflib), persisted on disk.

Each article lives in its own named graph; ingesting an article again replaces that
graph, so a rebuild never duplicates facts. The ontology is kept in the graph
``pvid:graph/ontology`` so that queries can read labels of classes and roles. Queries
see the union of all graphs as their default graph.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from payvand.ontology import ontology_path
from payvand.ontology.mapping import ID, article_graph, bind, graph_iri
from payvand.types import Article

ONTOLOGY_GRAPH = ID["graph/ontology"]


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.dataset = Dataset(store="Oxigraph", default_union=True)
        self.dataset.open(str(self.path))
        bind(self.dataset)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.dataset.close()

    def ensure_ontology(self) -> None:
        g = self.dataset.graph(ONTOLOGY_GRAPH)
        if len(g) == 0:
            g.parse(str(ontology_path("payvand.ttl")), format="turtle")

    def replace_article(self, article: Article, records: list[dict]) -> int:
        """Replace the article's named graph with its facts; returns its triple count."""
        iri = graph_iri(article.id)
        self.dataset.remove_graph(self.dataset.graph(iri))
        g = self.dataset.graph(iri)
        article_graph(article, records, g)
        return len(g)

    def graphs(self) -> list[URIRef]:
        return sorted(c.identifier for c in self.dataset.graphs() if isinstance(c.identifier, URIRef))

    def quad_count(self) -> int:
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))

    def query(self, sparql: str):
        return self.dataset.query(sparql)

    def union_graph(self) -> Graph:
        """All triples (every named graph) as one in-memory graph, e.g. for SHACL."""
        g = Graph()
        bind(g)
        for s, p, o, _ in self.dataset.quads((None, None, None, None)):
            g.add((s, p, o))
        return g

    def export(self, path: str | Path, fmt: str = "trig") -> None:
        Path(path).write_text(self.dataset.serialize(format=fmt), encoding="utf-8")
