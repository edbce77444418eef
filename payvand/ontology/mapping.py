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
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote, unquote

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from payvand.ontology import NS, vocabulary
from payvand.types import Article, Entity

PV = Namespace(NS)
ID = Namespace("https://w3id.org/payvand/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
TIME = Namespace("http://www.w3.org/2006/time#")
SCHEMA = Namespace("https://schema.org/")
GEONAMES = "https://sws.geonames.org/{}/"


def entity_iri(ent: Entity) -> str:
    return str(ID) + quote(ent.key, safe="/")


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{quote(article_id, safe='')}"]


def article_id(iri: str) -> str:
    """The article id an :func:`article_iri` was made from."""
    return unquote(str(iri).removeprefix(str(ID["article/"])))


def graph_iri(article_id: str) -> URIRef:
    return ID[f"graph/{quote(article_id, safe='')}"]


def role_iri(role: str) -> URIRef:
    return PV[f"role/{role}"]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def bind(g: Graph | Dataset) -> None:
    for prefix, ns in (("pv", PV), ("pvid", ID), ("org", ORG), ("time", TIME), ("prov", PROV), ("skos", SKOS),
                       ("schema", SCHEMA), ("owl", OWL)):
        g.bind(prefix, ns)


def _date_literal(value: str) -> Literal:
    return Literal(value, datatype=XSD.date if len(value) == 10 else XSD.gYear)


def article_graph(article: Article, records: list[dict], g: Graph) -> Graph:
    """Add all of the article's triples (its own and the shared ones) to ``g``."""
    for t in article_triples(article, records):
        g.add(t)
    for rec in records:
        for t in shared_triples(rec):
            g.add(t)
    return g


def shared_triples(rec: dict) -> list[tuple]:
    """What a record says that does not depend on the article: an entity's type, labels,
    mentions and links, and the direct fact triple (``s pv:memberOf o``). These go to the
    store's shared graphs, once, however many articles say them."""
    out: list[tuple] = []
    if rec["kind"] == "entity":
        ent = URIRef(rec["iri"])
        out.append((ent, RDF.type, PV[rec["type"]]))
        out.append((ent, RDFS.label, Literal(rec["label"], lang="fa")))
        if rec.get("en"):
            out.append((ent, RDFS.label, Literal(rec["en"], lang="en")))
        for m in rec["mentions"]:
            out.append((ent, PV.mention, Literal(m, lang="fa")))
        links = rec.get("links", {})
        if "geonames" in links:
            out.append((ent, SKOS.exactMatch, URIRef(GEONAMES.format(links["geonames"]))))
            out.append((ent, PV.geonamesId, Literal(links["geonames"])))
        if "country" in links:
            out.append((ent, PV.countryCode, Literal(links["country"])))
        if "iso3166" in links:
            out.append((ent, PV.iso3166, Literal(links["iso3166"])))
        if "registry" in links:
            out.append((ent, PV.registryKey, Literal(links["registry"])))
    else:
        out.append((URIRef(rec["s"]["iri"]), PV[rec["p"]], URIRef(rec["o"]["iri"])))
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
        add((art, SCHEMA.headline, Literal(article.title, lang="fa")))
    if article.url:
        add((art, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.published:
        add((art, SCHEMA.datePublished, _date_literal(article.published)))
    add((art, PV.contentHash, Literal(content_hash(article.text))))
    if article.source:
        add((art, PV.source, Literal(article.source)))
    for rec in records:
        if rec["kind"] == "entity":
            add((URIRef(rec["iri"]), PV.mentionedIn, art))
            continue
        s, o = URIRef(rec["s"]["iri"]), URIRef(rec["o"]["iri"])
        p = PV[rec["p"]]
        digest = hashlib.sha1(repr((article.id, rec["s"]["iri"], rec["p"], rec["o"]["iri"], rec.get("role"),
                                    rec.get("status"), rec["evidence"]["start"])).encode()).hexdigest()[:16]
        stmt = ID[f"assertion/{digest}"]
        add((stmt, RDF.type, PV.Assertion))
        add((stmt, RDF.subject, s))
        add((stmt, RDF.predicate, p))
        add((stmt, RDF.object, o))
        add((stmt, PROV.wasDerivedFrom, art))
        add((stmt, PV.evidenceText, Literal(rec["evidence"]["text"], lang="fa")))
        add((stmt, PV.evidenceStart, Literal(rec["evidence"]["start"], datatype=XSD.integer)))
        add((stmt, PV.evidenceEnd, Literal(rec["evidence"]["end"], datatype=XSD.integer)))
        add((stmt, PV.rule, Literal(rec["rule"])))
        add((stmt, PV.confidence, Literal(rec["confidence"], datatype=XSD.decimal)))
        if rec.get("status"):
            add((stmt, PV.status, Literal(rec["status"])))
        if rec.get("year"):
            add((stmt, PV.year, Literal(rec["year"], datatype=XSD.gYear)))
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
