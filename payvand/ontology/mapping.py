"""Facts to RDF: stable IRIs, one named graph per article, n-ary posts, PROV evidence.

* entities: ``https://w3id.org/payvand/id/<key>`` where key is ``geonames/<id>``,
  ``iso/<CC>``, ``org/<registry key>``, or ``person/<normalised name>`` (so the same
  entity gets the same IRI in every article);
* a memberOf/represents fact is also an ``org:Membership`` node (member, organization,
  role, ``org:memberDuring`` to an OWL-Time interval when the text gives a term);
* every fact is a ``pv:Assertion`` (``rdf:Statement`` with subject/predicate/object)
  carrying ``prov:wasDerivedFrom`` the article, the sentence, offsets, rule, confidence;
* what does not depend on the article (entity types, labels and links, the direct fact
  triples) is kept once, in the shared graphs ``pvid:graph/entities`` and ``pvid:graph/facts``,
  so that the union of all graphs holds each such triple once, not once per article;
* what depends on all the articles together, each entity's ``skos:prefLabel`` and
  ``skos:altLabel``, is in ``pvid:graph/labels`` (:mod:`payvand.ontology.labels`).

Triples are made as N-Triples text (``(s, p, o)`` of term strings): the store loads N-Quads,
so the build's extraction workers write them with no term objects at all (rdflib's term
classes cost a third of an article when they were used; pyoxigraph's, with a TriG block
parsed and serialised, made converting the store benchmark's articles 4.1 ms each instead
of 2.6). Where an rdflib graph is wanted, :func:`article_graph` parses them.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import quote, unquote

import rdflib
from pyoxigraph import NamedNode
from rdflib import Dataset, Graph, URIRef

from payvand.ontology import NS, vocabulary
from payvand.types import Article, Entity


class _NTriples:
    """The IRIs of one namespace in N-Triples: ``PV.nt.Article`` is ``"<…#Article>"``."""

    def __init__(self, base: str):
        self._base = base

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        text = f"<{self._base}{name}>"
        setattr(self, name, text)  # made once per name
        return text

    def __getitem__(self, local: str) -> str:
        return f"<{self._base}{local}>"


class Vocabulary:
    """The IRIs of one namespace as pyoxigraph terms: ``PV.Article``, ``ID["graph/x"]``; as
    N-Triples text: ``PV.nt.Article``. ``str()`` of it is the namespace IRI."""

    def __init__(self, base: str):
        self._base = base
        self.nt = _NTriples(base)

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        node = NamedNode(self._base + name)
        setattr(self, name, node)  # made once per name
        return node

    def __getitem__(self, local: str) -> NamedNode:
        return NamedNode(self._base + local)

    def __str__(self) -> str:
        return self._base


PV = Vocabulary(NS)
ID = Vocabulary("https://w3id.org/payvand/id/")
ORG = Vocabulary("http://www.w3.org/ns/org#")
TIME = Vocabulary("http://www.w3.org/2006/time#")
SCHEMA = Vocabulary("https://schema.org/")
RDF, RDFS, OWL, PROV, SKOS, XSD = (Vocabulary(str(ns)) for ns in (rdflib.RDF, rdflib.RDFS, rdflib.OWL, rdflib.PROV,
                                                                   rdflib.SKOS, rdflib.XSD))
GEONAMES = "https://sws.geonames.org/{}/"
_PREFIXES = {"pv": PV, "pvid": ID, "org": ORG, "time": TIME, "prov": PROV, "skos": SKOS, "schema": SCHEMA, "owl": OWL}


def iri(value: str) -> str:
    """An IRI in N-Triples. The IRIs the mapping writes are made by :func:`entity_iri` and
    the functions below, which percent-encode what an IRI may not hold."""
    return f"<{value}>"


def entity_iri(ent: Entity) -> str:
    return str(ID) + quote(ent.key, safe="/")


def article_iri(article_id: str) -> NamedNode:
    return ID[f"article/{quote(article_id, safe='')}"]


def article_id(value: str) -> str:
    """The article id an :func:`article_iri` was made from (given the IRI as a string)."""
    return unquote(value.removeprefix(f"{ID}article/"))


# the store's own graphs, beside one per article
ENTITIES_GRAPH = ID["graph/entities"]
FACTS_GRAPH = ID["graph/facts"]
LABELS_GRAPH = ID["graph/labels"]  # each entity's preferred and alternative labels, over every article (labels.py)
ONTOLOGY_GRAPH = ID["graph/ontology"]
SHARED_GRAPHS = {"entity": ENTITIES_GRAPH, "fact": FACTS_GRAPH}  # record kind -> the graph of its shared triples
_RESERVED_GRAPHS = frozenset(g.value.removeprefix(f"{ID}graph/") for g in (ENTITIES_GRAPH, FACTS_GRAPH, LABELS_GRAPH,
                                                                                         ONTOLOGY_GRAPH))


def graph_iri(article_id: str) -> NamedNode:
    """An article's named graph. An id that is a name of the store's own graphs (an article from
    ``facts.txt``) takes a ``_`` before it, as does one that starts with ``_``, so that no article's
    graph is a shared one and :func:`graph_article_id` still gives the id back."""
    name = quote(article_id, safe="")
    return ID[f"graph/_{name}" if name in _RESERVED_GRAPHS or name.startswith("_") else f"graph/{name}"]


def graph_article_id(value: str) -> str:
    """The article id a :func:`graph_iri` was made from (given the IRI as a string)."""
    name = value.removeprefix(f"{ID}graph/")
    return unquote(name[1:] if name.startswith("_") else name)


def role_iri(role: str) -> str:
    return iri(f"{PV}role/{role}")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def bind(g: Graph | Dataset) -> None:
    for prefix, ns in _PREFIXES.items():
        g.bind(prefix, str(ns))


# N-Triples escapes of control characters, as Oxigraph writes them: a graph read back from
# the store is the same text
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_ESCAPES = {**{chr(c): f"\\u{c:04X}" for c in (*range(0x20), 0x7F)},
                    "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def literal(value: str, language: str | None = None, datatype: str | None = None) -> str:
    """A literal in N-Triples; ``datatype`` in N-Triples too (``XSD.nt.integer``). Two
    ``replace`` calls and a search, not ``str.translate``, which is ten times slower on
    Persian text."""
    value = value.replace("\\", "\\\\").replace('"', '\\"')
    if _CONTROL.search(value):
        value = _CONTROL.sub(lambda m: _CONTROL_ESCAPES[m.group()], value)
    if language:
        return f'"{value}"@{language}'
    return f'"{value}"^^{datatype}' if datatype else f'"{value}"'


def _date_literal(value: str) -> str:
    return literal(value, datatype=XSD.nt.date if len(value) == 10 else XSD.nt.gYear)


def _typed(value: object, datatype: str) -> str:
    return literal(str(value), datatype=datatype)


def article_graph(article: Article, records: list[dict], g: Graph) -> Graph:
    """Add all of the article's triples (its own and the shared ones) to the rdflib graph ``g``."""
    return _add(g, article_triples(article, records) + [t for rec in records for t in shared_triples(rec)])


def article_dataset(article: Article, records: list[dict], ds: Dataset) -> Dataset:
    """Add the article to the rdflib dataset ``ds`` as a store holds it: its own triples in its
    graph, the shared ones in :data:`SHARED_GRAPHS`."""
    _add(ds.graph(URIRef(graph_iri(article.id).value)), article_triples(article, records))
    for kind, name in SHARED_GRAPHS.items():
        _add(ds.graph(URIRef(name.value)), [t for rec in records if rec["kind"] == kind for t in shared_triples(rec)])
    return ds


def _add(g: Graph, triples: list[tuple]) -> Graph:
    return g.parse(data="".join(f"{s} {p} {o} .\n" for s, p, o in triples), format="nt")


def shared_triples(rec: dict) -> list[tuple]:
    """What a record says that does not depend on the article: an entity's type, labels,
    mentions and links, and the direct fact triple (``s pv:memberOf o``). These go to the
    store's shared graphs, once, however many articles say them."""
    out: list[tuple] = []
    if rec["kind"] == "entity":
        ent = iri(rec["iri"])
        out.append((ent, RDF.nt.type, getattr(PV.nt, rec["type"])))
        out.append((ent, RDFS.nt.label, literal(rec["label"], language="fa")))
        if rec.get("en"):
            out.append((ent, RDFS.nt.label, literal(rec["en"], language="en")))
        for m in rec["mentions"]:
            out.append((ent, PV.nt.mention, literal(m, language="fa")))
        links = rec.get("links", {})
        if "geonames" in links:
            out.append((ent, SKOS.nt.exactMatch, iri(GEONAMES.format(links["geonames"]))))
            out.append((ent, PV.nt.geonamesId, literal(str(links["geonames"]))))
        if "country" in links:
            out.append((ent, PV.nt.countryCode, literal(links["country"])))
        if "iso3166" in links:
            out.append((ent, PV.nt.iso3166, literal(links["iso3166"])))
        if "registry" in links:
            out.append((ent, PV.nt.registryKey, literal(links["registry"])))
    else:
        out.append((iri(rec["s"]["iri"]), getattr(PV.nt, rec["p"]), iri(rec["o"]["iri"])))
    return out


def assertion_digest(article_id: str, rec: dict) -> str:
    """The key of a fact record's ``pv:Assertion`` (``pvid:assertion/<digest>``) in its article."""
    where = rec["evidence"].get("field")  # "title", or None: the text (whose assertions' IRIs stay as they were)
    start = (where, rec["evidence"]["start"]) if where else rec["evidence"]["start"]
    return hashlib.sha1(repr((article_id, rec["s"]["iri"], rec["p"], rec["o"]["iri"], rec.get("role"),
                              rec.get("status"), start)).encode()).hexdigest()[:16]


def assertion_iri(article_id: str, rec: dict) -> str:
    return f"{ID}assertion/{assertion_digest(article_id, rec)}"


def article_triples(article: Article, records: list[dict]) -> list[tuple]:
    """The article's own triples: the article node, where each entity is mentioned, and each
    fact as a ``pv:Assertion`` with its evidence (and its ``org:Membership`` node)."""
    preds = vocabulary()["predicates"]
    triples: list[tuple] = []
    add = triples.append
    art = str(article_iri(article.id))
    add((art, RDF.nt.type, PV.nt.Article))
    if article.title:
        add((art, SCHEMA.nt.headline, literal(article.title, language="fa")))
    if article.url:
        add((art, SCHEMA.nt.url, literal(article.url, datatype=XSD.nt.anyURI)))
    if article.published:
        add((art, SCHEMA.nt.datePublished, _date_literal(article.published)))
    add((art, PV.nt.contentHash, literal(content_hash(article.text))))
    if article.source:
        add((art, PV.nt.source, literal(article.source)))
    for rec in records:
        if rec["kind"] == "entity":
            add((iri(rec["iri"]), PV.nt.mentionedIn, art))
            continue
        s, o = iri(rec["s"]["iri"]), iri(rec["o"]["iri"])
        p = getattr(PV.nt, rec["p"])
        where = rec["evidence"].get("field")
        digest = assertion_digest(article.id, rec)
        stmt = ID.nt[f"assertion/{digest}"]
        add((stmt, RDF.nt.type, PV.nt.Assertion))
        add((stmt, RDF.nt.subject, s))
        add((stmt, RDF.nt.predicate, p))
        add((stmt, RDF.nt.object, o))
        add((stmt, PROV.nt.wasDerivedFrom, art))
        add((stmt, PV.nt.evidenceText, literal(rec["evidence"]["text"], language="fa")))
        add((stmt, PV.nt.evidenceStart, _typed(rec["evidence"]["start"], XSD.nt.integer)))
        add((stmt, PV.nt.evidenceEnd, _typed(rec["evidence"]["end"], XSD.nt.integer)))
        if where:
            add((stmt, PV.nt.evidenceIn, literal(where)))
        add((stmt, PV.nt.rule, literal(rec["rule"])))
        add((stmt, PV.nt.confidence, _typed(rec["confidence"], XSD.nt.decimal)))
        if rec.get("status"):
            add((stmt, PV.nt.status, literal(rec["status"])))
        if rec.get("year"):
            add((stmt, PV.nt.year, _typed(rec["year"], XSD.nt.gYear)))
        if rec.get("role"):
            add((stmt, PV.nt.role, role_iri(rec["role"])))
        if preds[rec["p"]].get("nary"):
            node = ID.nt[f"membership/{digest}"]
            add((node, RDF.nt.type, ORG.nt.Membership))
            add((node, ORG.nt.member, s))
            add((node, ORG.nt.organization, o))
            add((node, PV.nt.relation, p))
            if rec.get("role"):
                add((node, ORG.nt.role, role_iri(rec["role"])))
            add((node, PROV.nt.wasDerivedFrom, art))
            add((stmt, PV.nt.membership, node))
            if rec.get("start") or rec.get("end"):
                interval = ID.nt[f"interval/{digest}"]
                add((node, ORG.nt.memberDuring, interval))
                add((interval, RDF.nt.type, TIME.nt.Interval))
                for key, prop in (("start", TIME.nt.hasBeginning), ("end", TIME.nt.hasEnd)):
                    if rec.get(key):
                        instant = ID.nt[f"instant/{digest}-{key}"]
                        add((interval, prop, instant))
                        add((instant, RDF.nt.type, TIME.nt.Instant))
                        add((instant, TIME.nt.inXSDgYear if len(rec[key]) == 4 else TIME.nt.inXSDDate,
                             _date_literal(rec[key])))
    return triples
