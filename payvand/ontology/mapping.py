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
  so that the union of all graphs holds each such triple once, not once per article.

Triples are made of pyoxigraph terms: the store loads them as they are, and their text is
their N-Triples form, so the build's extraction workers write N-Quads without a detour
through rdflib's term classes (a third of an article's cost when they did). Where an
rdflib graph is wanted, :func:`article_graph` converts.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from urllib.parse import quote, unquote

import rdflib
from pyoxigraph import Literal, NamedNode
from rdflib import Dataset, Graph

from payvand.ontology import NS, vocabulary
from payvand.types import Article, Entity


class Vocabulary:
    """The IRIs of one namespace as pyoxigraph terms: ``PV.Article``, ``ID["graph/x"]``.
    ``str()`` of it is the namespace IRI."""

    def __init__(self, base: str):
        self._base = base

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


@lru_cache(maxsize=4096)  # entities recur across the facts of an article and across articles
def iri(value: str) -> NamedNode:
    return NamedNode(value)


def entity_iri(ent: Entity) -> str:
    return str(ID) + quote(ent.key, safe="/")


def article_iri(article_id: str) -> NamedNode:
    return ID[f"article/{quote(article_id, safe='')}"]


def article_id(value: str) -> str:
    """The article id an :func:`article_iri` was made from (given the IRI as a string)."""
    return unquote(value.removeprefix(f"{ID}article/"))


def graph_iri(article_id: str) -> NamedNode:
    return ID[f"graph/{quote(article_id, safe='')}"]


def graph_article_id(value: str) -> str:
    """The article id a :func:`graph_iri` was made from (given the IRI as a string)."""
    return unquote(value.removeprefix(f"{ID}graph/"))


def role_iri(role: str) -> NamedNode:
    return iri(f"{PV}role/{role}")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def bind(g: Graph | Dataset) -> None:
    for prefix, ns in _PREFIXES.items():
        g.bind(prefix, str(ns))


def _date_literal(value: str) -> Literal:
    return Literal(value, datatype=XSD.date if len(value) == 10 else XSD.gYear)


def _typed(value: object, datatype: NamedNode) -> Literal:
    return Literal(str(value), datatype=datatype)


def to_rdflib(term: NamedNode | Literal) -> rdflib.term.Identifier:
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype == XSD.string:
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def article_graph(article: Article, records: list[dict], g: Graph) -> Graph:
    """Add all of the article's triples (its own and the shared ones) to the rdflib graph ``g``."""
    triples = article_triples(article, records) + [t for rec in records for t in shared_triples(rec)]
    for t in triples:
        g.add(tuple(map(to_rdflib, t)))
    return g


def shared_triples(rec: dict) -> list[tuple]:
    """What a record says that does not depend on the article: an entity's type, labels,
    mentions and links, and the direct fact triple (``s pv:memberOf o``). These go to the
    store's shared graphs, once, however many articles say them."""
    out: list[tuple] = []
    if rec["kind"] == "entity":
        ent = iri(rec["iri"])
        out.append((ent, RDF.type, getattr(PV, rec["type"])))
        out.append((ent, RDFS.label, Literal(rec["label"], language="fa")))
        if rec.get("en"):
            out.append((ent, RDFS.label, Literal(rec["en"], language="en")))
        for m in rec["mentions"]:
            out.append((ent, PV.mention, Literal(m, language="fa")))
        links = rec.get("links", {})
        if "geonames" in links:
            out.append((ent, SKOS.exactMatch, NamedNode(GEONAMES.format(links["geonames"]))))
            out.append((ent, PV.geonamesId, Literal(str(links["geonames"]))))
        if "country" in links:
            out.append((ent, PV.countryCode, Literal(links["country"])))
        if "iso3166" in links:
            out.append((ent, PV.iso3166, Literal(links["iso3166"])))
        if "registry" in links:
            out.append((ent, PV.registryKey, Literal(links["registry"])))
    else:
        out.append((iri(rec["s"]["iri"]), getattr(PV, rec["p"]), iri(rec["o"]["iri"])))
    return out


def article_triples(article: Article, records: list[dict]) -> list[tuple]:
    """The article's own triples: the article node, where each entity is mentioned, and each
    fact as a ``pv:Assertion`` with its evidence (and its ``org:Membership`` node)."""
    preds = vocabulary()["predicates"]
    triples: list[tuple] = []
    add = triples.append
    art = article_iri(article.id)
    add((art, RDF.type, PV.Article))
    if article.title:
        add((art, SCHEMA.headline, Literal(article.title, language="fa")))
    if article.url:
        add((art, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.published:
        add((art, SCHEMA.datePublished, _date_literal(article.published)))
    add((art, PV.contentHash, Literal(content_hash(article.text))))
    if article.source:
        add((art, PV.source, Literal(article.source)))
    for rec in records:
        if rec["kind"] == "entity":
            add((iri(rec["iri"]), PV.mentionedIn, art))
            continue
        s, o = iri(rec["s"]["iri"]), iri(rec["o"]["iri"])
        p = getattr(PV, rec["p"])
        where = rec["evidence"].get("field")  # "title", or None: the text (whose assertions' IRIs stay as they were)
        start = (where, rec["evidence"]["start"]) if where else rec["evidence"]["start"]
        digest = hashlib.sha1(repr((article.id, rec["s"]["iri"], rec["p"], rec["o"]["iri"], rec.get("role"),
                                    rec.get("status"), start)).encode()).hexdigest()[:16]
        stmt = ID[f"assertion/{digest}"]
        add((stmt, RDF.type, PV.Assertion))
        add((stmt, RDF.subject, s))
        add((stmt, RDF.predicate, p))
        add((stmt, RDF.object, o))
        add((stmt, PROV.wasDerivedFrom, art))
        add((stmt, PV.evidenceText, Literal(rec["evidence"]["text"], language="fa")))
        add((stmt, PV.evidenceStart, _typed(rec["evidence"]["start"], XSD.integer)))
        add((stmt, PV.evidenceEnd, _typed(rec["evidence"]["end"], XSD.integer)))
        if where:
            add((stmt, PV.evidenceIn, Literal(where)))
        add((stmt, PV.rule, Literal(rec["rule"])))
        add((stmt, PV.confidence, _typed(rec["confidence"], XSD.decimal)))
        if rec.get("status"):
            add((stmt, PV.status, Literal(rec["status"])))
        if rec.get("year"):
            add((stmt, PV.year, _typed(rec["year"], XSD.gYear)))
        if rec.get("role"):
            add((stmt, PV.role, role_iri(rec["role"])))
        if preds[rec["p"]].get("nary"):
            node = ID[f"membership/{digest}"]
            add((node, RDF.type, ORG.Membership))
            add((node, ORG.member, s))
            add((node, ORG.organization, o))
            add((node, PV.relation, p))
            if rec.get("role"):
                add((node, ORG.role, role_iri(rec["role"])))
            add((node, PROV.wasDerivedFrom, art))
            add((stmt, PV.membership, node))
            if rec.get("start") or rec.get("end"):
                interval = ID[f"interval/{digest}"]
                add((node, ORG.memberDuring, interval))
                add((interval, RDF.type, TIME.Interval))
                for key, prop in (("start", TIME.hasBeginning), ("end", TIME.hasEnd)):
                    if rec.get(key):
                        instant = ID[f"instant/{digest}-{key}"]
                        add((interval, prop, instant))
                        add((instant, RDF.type, TIME.Instant))
                        add((instant, TIME.inXSDgYear if len(rec[key]) == 4 else TIME.inXSDDate,
                             _date_literal(rec[key])))
    return triples
