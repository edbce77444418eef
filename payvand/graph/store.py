"""The RDF store: an rdflib ``Dataset`` on Oxigraph (oxrdflib), persisted on disk.

Graphs: one per article (its node, mentions, assertions with evidence, memberships),
``pvid:graph/entities`` and ``pvid:graph/facts`` (entity descriptions and direct fact
triples, held once however many articles repeat them: each article's write adds its own,
and after a build that replaced articles they are recomputed from the stored records),
``pvid:graph/labels`` (each entity's preferred and alternative labels, which depend on every
article: set at the end of each build from every stored record, see :meth:`Store.set_labels`),
and ``pvid:graph/ontology``.

Each article lives in its own named graph, written with the others of its batch in one
atomic ingestion (so a killed build never leaves half an article); ingesting an article again replaces that graph, so a
rebuild never duplicates facts. The article node carries the content hash of what was
extracted (for incremental builds), its ``facts.jsonl`` records (so ``facts.jsonl``
can always be written from the store alone) and its text as read (``schema:articleBody``, so
the reading pages can show every fact in place, its offsets indexing that text). The ontology is kept in the graph
``pvid:graph/ontology``. Queries see the union of all graphs as their default graph.
Writes, queries and bulk I/O (TriG/N-Quads dumps) go to Oxigraph directly; the rdflib
``Dataset`` is there for rdflib users (SHACL's union graph, prefixes).
"""
from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
from rdflib import Dataset, Graph

from payvand.ontology import ontology_path
from payvand.ontology.mapping import (LABELS_GRAPH, ONTOLOGY_GRAPH, PV, RDF, SCHEMA, SHARED_GRAPHS, article_id,
                                      article_iri, article_triples, bind, graph_article_id, graph_iri, literal,
                                      shared_triples)
from payvand.types import Article

BULK_ATOMIC = 1_000_000  # quads Oxigraph's bulk loader ingests at once (its batch size)
DUMP_AHEAD = 64  # graphs read from the store ahead of the one being written, at most
SHARED_MEMO = 50_000  # shared lines remembered as written (about 10 MB at most)
_FORMATS = {"trig": pyoxigraph.RdfFormat.TRIG, "nquads": pyoxigraph.RdfFormat.N_QUADS}
_RDF_TYPE = RDF.nt.type


@dataclass(frozen=True)
class ArticleQuads:
    """An article as N-Quads text: its named graph (facts, digest, records) and its shared
    triples (entities, direct facts; many repeat other articles'), with its graph as a TriG
    block for ``graph.trig``. Plain text, so extraction workers can make it and the store
    process only loads it."""

    article_id: str
    own: str
    shared: str
    trig: bytes


def article_nquads(article: Article, records: list[dict], digest: str) -> ArticleQuads:
    triples = article_triples(article, records)
    art = str(article_iri(article.id))
    stored = json.dumps(records, ensure_ascii=False, sort_keys=True)
    triples.append((art, PV.nt.extractionDigest, literal(digest)))
    triples.append((art, PV.nt.extractionRecords, literal(stored, datatype=RDF.nt.JSON)))
    triples.append((art, SCHEMA.nt.articleBody, literal(article.text, language="fa")))
    graph = graph_iri(article.id)
    own = list(dict.fromkeys(f"{s} {p} {o}" for s, p, o in triples))
    shared = dict.fromkeys(f"{s} {p} {o} {SHARED_GRAPHS[rec['kind']]} .\n"
                           for rec in records for s, p, o in shared_triples(rec))
    return ArticleQuads(article.id, "".join(f"{t} {graph} .\n" for t in own), "".join(shared),
                        trig_block(graph, own))


def trig_block(graph: pyoxigraph.NamedNode, triples: list[str]) -> bytes:
    """A named graph as a TriG block from its triples in N-Triples form (``s p o``, no final
    dot), sorted: an article's graph reads the same whether the extraction made it or the
    store gives it back, so ``graph.trig`` does not depend on which articles a build skipped.

    The block is Turtle's grouping of N-Triples terms (which are Turtle terms), written here:
    sorted lines keep each subject's, and each predicate's, triples together. Parsing the
    lines and serialising them with Oxigraph cost three times as much, a sixth of turning an
    article's records into quads."""
    out = [str(graph), " {\n"]
    subject = predicate = None
    for line in sorted(triples):
        s, p, o = line.split(" ", 2)
        if p == _RDF_TYPE:
            p = "a"
        if s != subject:
            if subject is not None:
                out.append(" .\n")
            out += (s, " ", p, " ", o)
            subject, predicate = s, p
        elif p != predicate:
            out += (" ;\n\t", p, " ", o)
            predicate = p
        else:
            out += (" , ", o)
    if subject is not None:
        out.append(" .\n")
    out.append("}\n")
    return "".join(out).encode()


def _ontology_quads() -> list[pyoxigraph.Quad]:
    """The shipped ontology in its graph, its blank nodes (OWL's lists) labelled in the order
    they come: a parser labels them anew on every load, and ``graph.trig`` would change from
    one build to the next."""
    labels: dict[pyoxigraph.BlankNode, pyoxigraph.BlankNode] = {}

    def term(t):
        if isinstance(t, pyoxigraph.BlankNode):
            return labels.setdefault(t, pyoxigraph.BlankNode(f"ontology{len(labels)}"))
        return t

    return [pyoxigraph.Quad(term(t.subject), t.predicate, term(t.object), ONTOLOGY_GRAPH)
            for t in pyoxigraph.parse(path=str(ontology_path("payvand.ttl")), format=pyoxigraph.RdfFormat.TURTLE)]


class NoStoreError(FileNotFoundError):
    """A folder that holds no built store."""


def store_path(out: str | Path) -> Path:
    """The store of a built output folder (:class:`NoStoreError` when there is none)."""
    path = Path(out) / "store"
    if not path.is_dir():
        raise NoStoreError(f"{out}: no store here (run `payvand build ... -o {out}` first)")
    return path


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.dataset = Dataset(store="Oxigraph", default_union=True)
        self.dataset.open(str(self.path))
        bind(self.dataset)
        self._shared_written: set[str] = set()

    @property
    def oxigraph(self) -> pyoxigraph.Store:
        """The underlying pyoxigraph store (oxrdflib keeps it as ``_inner``)."""
        return self.dataset.store._inner

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.dataset.close()

    def ensure_ontology(self) -> None:
        """(Re)load the shipped ontology into its graph, so a store follows the package."""
        self.oxigraph.remove_graph(ONTOLOGY_GRAPH)
        self.oxigraph.extend(_ontology_quads())

    def replace_many(self, batch: list[ArticleQuads]) -> None:
        """Replace the graphs of several articles and add their shared triples. Shared triples
        of an article's earlier version stay until :meth:`rebuild_shared`.

        The earlier versions are dropped in a transaction, then the batch goes in through
        Oxigraph's bulk loader: it sorts the quads into table files and hands them to RocksDB
        in one ingestion, atomic across the store's indexes, so a killed build leaves a batch
        either whole or absent (and an article without its digest is extracted again). It
        takes some 40 % less CPU than a transactional load, which looks up every quad in the
        store first: the store is written by one thread beside the extraction, and its CPU is
        taken from the extraction's. The loader ingests a batch of up to ``BULK_ATOMIC`` quads
        at once; a larger batch (a huge article) is written in a transaction instead.

        Each call into Oxigraph lets go of the GIL and must win it back, which takes a while
        when the build's other thread is extracting: so a batch is a few calls, not one per
        article."""
        self.oxigraph.update("".join(f"DROP SILENT GRAPH {graph_iri(q.article_id)} ;\n" for q in batch))
        shared = []  # the shared lines not yet written by this Store: most repeat earlier articles'
        for quads in batch:
            for line in quads.shared.splitlines(keepends=True):
                if line not in self._shared_written:
                    self._shared_written.add(line)
                    shared.append(line)
        if len(self._shared_written) > SHARED_MEMO:
            self._shared_written.clear()  # bounded memory: a line written again is only a no-op
        nquads = "".join(q.own for q in batch) + "".join(shared)
        if nquads.count("\n") < BULK_ATOMIC:
            self.oxigraph.bulk_load(nquads, format=pyoxigraph.RdfFormat.N_QUADS)
        else:
            self.oxigraph.load(nquads, format=pyoxigraph.RdfFormat.N_QUADS)

    def rebuild_shared(self, records: Iterator[dict], batch: int = 50_000) -> Iterator[dict]:
        """Recompute the shared graphs (entities, direct facts) from ``records`` — every stored
        record, streamed — and yield the records on (the caller writes ``facts.jsonl``).
        Needed after an article was replaced: what only its old version said goes."""
        for g in SHARED_GRAPHS.values():
            self.oxigraph.remove_graph(g)
        self._shared_written.clear()
        pending: list[str] = []
        for rec in records:
            g = SHARED_GRAPHS[rec["kind"]]
            pending.extend(f"{s} {p} {o} {g} .\n" for s, p, o in shared_triples(rec))
            if len(pending) >= batch:
                self.oxigraph.load("".join(pending), format=pyoxigraph.RdfFormat.N_QUADS)
                self.oxigraph.flush()
                pending = []
            yield rec
        if pending:
            self.oxigraph.load("".join(pending), format=pyoxigraph.RdfFormat.N_QUADS)

    def set_labels(self, triples: Iterable[tuple[str, str, str]]) -> None:
        """Make the labels graph hold exactly ``triples`` (N-Triples terms). Only the difference
        to what it holds is written, in one update (one transaction): after an incremental build
        a few labels change, and a build killed before this leaves the earlier labels whole."""
        wanted = {f"{s} {p} {o}" for s, p, o in triples}
        held = {f"{q.subject} {q.predicate} {q.object}" for q in self.oxigraph.quads_for_pattern(None, None, None, LABELS_GRAPH)}
        parts = []
        for verb, lines in (("DELETE", held - wanted), ("INSERT", wanted - held)):
            if lines:
                body = "".join(f"{t} .\n" for t in sorted(lines))
                parts.append(f"{verb} DATA {{ GRAPH {LABELS_GRAPH} {{\n{body}}} }}")
        if parts:
            self.oxigraph.update(" ;\n".join(parts))

    def digests(self) -> dict[str, str]:
        """Article id -> digest of every article in the store."""
        return {article_id(q.subject.value): q.object.value
                for q in self.oxigraph.quads_for_pattern(None, PV.extractionDigest, None)}

    def article_ids(self) -> list[str]:
        """The ids of the stored articles, sorted."""
        return sorted(article_id(q.subject.value) for q in self.oxigraph.quads_for_pattern(None, RDF.type, PV.Article))

    def article_records(self, article: str) -> list[dict]:
        """The stored ``facts.jsonl`` records of one article."""
        for q in self.oxigraph.quads_for_pattern(article_iri(article), PV.extractionRecords, None):
            return json.loads(q.object.value)
        return []

    def article_texts(self) -> dict[str, str]:
        """Article id -> its text as read (what evidence offsets index), for every article
        whose text the store keeps (all built since it has kept them)."""
        return {article_id(q.subject.value): q.object.value
                for q in self.oxigraph.quads_for_pattern(None, SCHEMA.articleBody, None)}

    def records(self) -> Iterator[dict]:
        """Every stored ``facts.jsonl`` record, articles in id order."""
        for article in self.article_ids():
            yield from self.article_records(article)

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self.oxigraph.named_graphs())

    def quad_count(self) -> int:
        return len(self.oxigraph)

    def query(self, sparql: str) -> pyoxigraph.QuerySolutions | pyoxigraph.QueryBoolean | pyoxigraph.QueryTriples:
        """Run SPARQL on Oxigraph directly, the union of all graphs as the default graph
        (rdflib's wrapping of the answers costs as much as the query on large results)."""
        return self.oxigraph.query(sparql, use_default_graph_as_union=True)

    def union_graph(self) -> Graph:
        """All triples (every named graph) as one in-memory graph, e.g. for SHACL."""
        g = Graph()
        bind(g)
        for s, p, o, _ in self.dataset.quads((None, None, None, None)):
            g.add((s, p, o))
        return g

    def export(self, path: str | Path, fmt: str = "trig", blocks: Callable[[str], bytes | None] | None = None) -> None:
        """Stream every graph to a TriG or N-Quads file.

        TriG: the default graph, then each named graph in IRI order. An article's graph is a
        :func:`trig_block`; ``blocks`` (article id -> block or None) gives those a build has
        just made, so that they need not be read back; the others are read from the store by
        a few threads (Oxigraph dumps a graph without the GIL), a bounded number ahead. The
        shared graphs are streamed by Oxigraph. So memory stays small however large the store."""
        ox = self.oxigraph
        if fmt != "trig":
            ox.dump(str(path), format=_FORMATS[fmt])
            return
        shared = {*SHARED_GRAPHS.values(), LABELS_GRAPH, ONTOLOGY_GRAPH}
        with open(path, "wb") as f, ThreadPoolExecutor(min(4, os.cpu_count() or 1)) as pool:
            ahead: deque[bytes | Future] = deque()

            def write_ahead(keep: int) -> None:
                while len(ahead) > keep:
                    item = ahead.popleft()
                    f.write(item if isinstance(item, bytes) else item.result())

            ox.dump(f, format=pyoxigraph.RdfFormat.TURTLE, from_graph=pyoxigraph.DefaultGraph())
            for g in sorted(ox.named_graphs(), key=str):
                if g in shared:
                    write_ahead(0)
                    f.write(b"%s {\n" % str(g).encode())
                    ox.dump(f, format=pyoxigraph.RdfFormat.TURTLE, from_graph=g)
                    f.write(b"}\n")
                    continue
                block = blocks(graph_article_id(g.value)) if blocks else None
                ahead.append(block if block is not None else pool.submit(self._stored_block, g))
                write_ahead(DUMP_AHEAD)
            write_ahead(0)

    def _stored_block(self, graph: pyoxigraph.NamedNode) -> bytes:
        """An article's graph read back from the store as its :func:`trig_block`."""
        dump = self.oxigraph.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=graph).decode()
        return trig_block(graph, [line.removesuffix(" .") for line in dump.splitlines()])
