"""Facts to RDF: stable IRIs, one named graph per article, n-ary posts, PROV evidence.

* entities: ``https://w3id.org/payvand/id/<key>`` where key is ``geonames/<id>``,
  ``iso/<CC>``, ``org/<registry key>``, or ``person/<normalised name>`` (so the same
  entity gets the same IRI in every article);
* a memberOf/represents fact is also an ``org:Membership`` node (member, organization,
  role, ``org:memberDuring`` to an OWL-Time interval when the text gives a term);
* every fact is a ``pv:Assertion`` (``rdf:Statement`` with subject/predicate/object)
  carrying ``prov:wasDerivedFrom`` the article, the sentence, offsets, rule, confidence.
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote

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
    """Add the article's triples (from its ``facts.jsonl`` records) to ``g``."""
    for t in article_triples(article, records):
        g.add(t)
    return g


def article_triples(article: Article, records: list[dict]) -> list[tuple]:
    """The article's triples, from its ``facts.jsonl`` records (rdflib terms)."""
    preds = vocabulary()["predicates"]
    triples: list[tuple] = []

    class _Sink:
        add = triples.append

    g = _Sink()
    art = article_iri(article.id)
    g.add((art, RDF.type, PV.Article))
    if article.title:
        g.add((art, SCHEMA.headline, Literal(article.title, lang="fa")))
    if article.url:
        g.add((art, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.published:
        g.add((art, SCHEMA.datePublished, _date_literal(article.published)))
    g.add((art, PV.contentHash, Literal(content_hash(article.text))))
    if article.source:
        g.add((art, PV.source, Literal(article.source)))
    for rec in records:
        if rec["kind"] == "entity":
            ent = URIRef(rec["iri"])
            g.add((ent, RDF.type, PV[rec["type"]]))
            g.add((ent, RDFS.label, Literal(rec["label"], lang="fa")))
            if rec.get("en"):
                g.add((ent, RDFS.label, Literal(rec["en"], lang="en")))
            for m in rec["mentions"]:
                g.add((ent, PV.mention, Literal(m, lang="fa")))
            g.add((ent, PV.mentionedIn, art))
            links = rec.get("links", {})
            if "geonames" in links:
                g.add((ent, SKOS.exactMatch, URIRef(GEONAMES.format(links["geonames"]))))
                g.add((ent, PV.geonamesId, Literal(links["geonames"])))
            if "country" in links:
                g.add((ent, PV.countryCode, Literal(links["country"])))
            if "iso3166" in links:
                g.add((ent, PV.iso3166, Literal(links["iso3166"])))
            if "registry" in links:
                g.add((ent, PV.registryKey, Literal(links["registry"])))
            continue
        s, o = URIRef(rec["s"]["iri"]), URIRef(rec["o"]["iri"])
        p = PV[rec["p"]]
        g.add((s, p, o))
        digest = hashlib.sha1(repr((article.id, rec["s"]["iri"], rec["p"], rec["o"]["iri"], rec.get("role"),
                                    rec.get("status"), rec["evidence"]["start"])).encode()).hexdigest()[:16]
        stmt = ID[f"assertion/{digest}"]
        g.add((stmt, RDF.type, PV.Assertion))
        g.add((stmt, RDF.subject, s))
        g.add((stmt, RDF.predicate, p))
        g.add((stmt, RDF.object, o))
        g.add((stmt, PROV.wasDerivedFrom, art))
        g.add((stmt, PV.evidenceText, Literal(rec["evidence"]["text"], lang="fa")))
        g.add((stmt, PV.evidenceStart, Literal(rec["evidence"]["start"], datatype=XSD.integer)))
        g.add((stmt, PV.evidenceEnd, Literal(rec["evidence"]["end"], datatype=XSD.integer)))
        g.add((stmt, PV.rule, Literal(rec["rule"])))
        g.add((stmt, PV.confidence, Literal(rec["confidence"], datatype=XSD.decimal)))
        if rec.get("status"):
            g.add((stmt, PV.status, Literal(rec["status"])))
        if rec.get("year"):
            g.add((stmt, PV.year, Literal(rec["year"], datatype=XSD.gYear)))
        if rec.get("role"):
            g.add((stmt, PV.role, role_iri(rec["role"])))
        if preds[rec["p"]].get("nary"):
            node = ID[f"membership/{digest}"]
            g.add((node, RDF.type, ORG.Membership))
            g.add((node, ORG.member, s))
            g.add((node, ORG.organization, o))
            g.add((node, PV.relation, p))
            if rec.get("role"):
                g.add((node, ORG.role, role_iri(rec["role"])))
            g.add((node, PROV.wasDerivedFrom, art))
            g.add((stmt, PV.membership, node))
            if rec.get("start") or rec.get("end"):
                interval = ID[f"interval/{digest}"]
                g.add((node, ORG.memberDuring, interval))
                g.add((interval, RDF.type, TIME.Interval))
                for key, prop in (("start", TIME.hasBeginning), ("end", TIME.hasEnd)):
                    if rec.get(key):
                        instant = ID[f"instant/{digest}-{key}"]
                        g.add((interval, prop, instant))
                        g.add((instant, RDF.type, TIME.Instant))
                        g.add((instant, TIME.inXSDgYear if len(rec[key]) == 4 else TIME.inXSDDate,
                               _date_literal(rec[key])))
    return triples
