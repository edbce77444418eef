"""The knowledge graph as networkx graphs: a typed multigraph and the field's projections.

``load(out)`` reads the store: the records each article's graph was made from (its
``pv:extractionRecords``: the same entities and facts its triples state) and the articles'
headline, URL and date. One pass over the articles, not a SPARQL join of every assertion's
ten properties, which took six times as long (7.6 s against 1.2 s for 1,500 articles) and
was the longest serial part at the end of a build.

Nodes carry ``type``, ``label`` and ``label_en`` (the preferred labels, as the store's
``skos:prefLabel``: :mod:`payvand.ontology.labels`), ``alt_labels`` (the other spellings, as
``(language, label)`` pairs) and ``links``;
each edge is one fact with ``predicate``, ``role``, ``status``, ``start``, ``end``, ``year``
and its evidence (``evidence``: list of dicts with the assertion's IRI, the sentence, offsets —
into the article's text, or its title where ``in`` says ``"title"`` —, rule, confidence,
article, title, URL and date).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import networkx as nx

from payvand.graph.sparql import PREFIXES, open_store
from payvand.ontology.labels import Labels, record_labels
from payvand.ontology.mapping import article_id, assertion_iri

_ARTICLES = """
SELECT ?art ?title ?url ?date WHERE {
  ?art a pv:Article
  OPTIONAL { ?art schema:headline ?title } OPTIONAL { ?art schema:url ?url } OPTIONAL { ?art schema:datePublished ?date }
}
"""
_LINKS = ("geonames", "iso3166", "registry", "country")


def load(out: str | Path) -> nx.MultiDiGraph:
    """The typed multigraph of a built output folder: one edge per distinct fact."""
    with open_store(out) as store:
        articles = {article_id(row["art"].value): [None if row[k] is None else row[k].value for k in ("title", "url", "date")]
                    for row in store.query(PREFIXES + _ARTICLES)}
        labels = Labels()
        nodes: dict[str, dict] = {}
        edges: dict[tuple, dict] = {}
        for rec in store.records():
            if rec["kind"] == "entity":
                labels.count(record_labels(rec))
                node = nodes.setdefault(rec["iri"], {"type": rec["type"], "links": {}})
                node["links"].update({k: str(v) for k, v in rec.get("links", {}).items() if k in _LINKS})
                continue
            role, status, start, end, year = (str(rec.get(k) or "") for k in ("role", "status", "start", "end", "year"))
            key = (rec["s"]["iri"], rec["p"], rec["o"]["iri"], role, status, start, end, year)
            edge = edges.setdefault(key, {"predicate": rec["p"], "role": role, "status": status, "start": start,
                                          "end": end, "year": year, "evidence": []})
            title, url, date = articles.get(rec["article"], (None, None, None))
            ev = rec["evidence"]
            edge["evidence"].append({"assertion": assertion_iri(rec["article"], rec), "text": ev["text"],
                                     "start": ev["start"], "end": ev["end"], "in": ev.get("field", "text"),
                                     "rule": rec["rule"], "confidence": float(rec["confidence"]),
                                     "article": rec["article"], "title": title or "", "url": url or "",
                                     "published": date or ""})
    g = nx.MultiDiGraph()
    for iri, node in sorted(nodes.items()):
        g.add_node(iri, label=labels.preferred(iri, "fa"), label_en=labels.preferred(iri, "en"),
                   alt_labels=labels.alternatives(iri), **node)
    for (s, pred, o, *_), data in sorted(edges.items(), key=lambda kv: kv[0][:3]):
        if s not in g or o not in g:
            continue
        data["evidence"].sort(key=lambda ev: (ev["article"], ev["start"]))
        g.add_edge(s, o, key=f"{pred}:{len(g[s][o]) if g.has_edge(s, o) else 0}", **data)
    return g


def edge_years(data: dict) -> list[int]:
    """Years an edge speaks of: its term or founding year, else its articles' dates."""
    years = [int(y[:4]) for y in (data.get("start"), data.get("end"), data.get("year")) if y]
    if not years:
        years = [int(ev["published"][:4]) for ev in data.get("evidence", []) if ev.get("published")]
    return years


def _typed(g: nx.MultiDiGraph, node: str, *types: str) -> bool:
    return g.nodes[node].get("type") in types


def city_organization(g: nx.MultiDiGraph) -> nx.Graph:
    """Bipartite city–organization graph: a city's own seats and its mayor's posts."""
    b = nx.Graph()
    mayor_of = {s: o for s, o, d in g.edges(data=True) if d["predicate"] == "mayorOf"}
    for s, o, d in g.edges(data=True):
        if d["predicate"] != "memberOf" or not _typed(g, o, "Organization"):
            continue
        city = s if _typed(g, s, "City") else mayor_of.get(s)
        if city is None:
            continue
        for n, part in ((city, "city"), (o, "organization")):
            b.add_node(n, bipartite=part, **g.nodes[n])
        roles = b.edges[city, o]["roles"] if b.has_edge(city, o) else set()
        roles.add(d["role"] or "Member")
        b.add_edge(city, o, roles=roles)
    for _, _, d in b.edges(data=True):
        d["roles"] = ",".join(sorted(d["roles"]))
    return b


def city_city(g: nx.MultiDiGraph) -> nx.Graph:
    """City–city ties: twinnings and agreements, and co-membership weighted by shared networks."""
    cc = nx.Graph()
    for s, o, d in g.edges(data=True):
        if d["predicate"] in ("twinnedWith", "agreementWith") and _typed(g, s, "City") and _typed(g, o, "City"):
            cc.add_node(s, **g.nodes[s])
            cc.add_node(o, **g.nodes[o])
            cc.add_edge(s, o, **{d["predicate"]: d["status"] or "signed"})
    bip = city_organization(g)
    members = defaultdict(set)
    for city, org in bip.edges():
        c, o = (city, org) if bip.nodes[city]["bipartite"] == "city" else (org, city)
        members[o].add(c)
    shared = Counter()
    for cities in members.values():
        for a, b in combinations(sorted(cities), 2):
            shared[a, b] += 1
    for (a, b), w in shared.items():
        cc.add_node(a, **g.nodes[a])
        cc.add_node(b, **g.nodes[b])
        cc.add_edge(a, b, shared_networks=w)
    for _, _, d in cc.edges(data=True):
        d["weight"] = d.get("shared_networks", 0) + (2 if "twinnedWith" in d else 0) + (1 if "agreementWith" in d else 0)
    return cc


def person_person(g: nx.MultiDiGraph) -> nx.Graph:
    """Who met whom; weight: number of articles reporting the meeting."""
    pp = nx.Graph()
    for s, o, d in g.edges(data=True):
        if d["predicate"] == "metWith":
            pp.add_node(s, **g.nodes[s])
            pp.add_node(o, **g.nodes[o])
            arts = {ev["article"] for ev in d["evidence"]}
            prev = pp.edges[s, o]["articles"] if pp.has_edge(s, o) else set()
            pp.add_edge(s, o, articles=prev | arts)
    for _, _, d in pp.edges(data=True):
        d["weight"] = len(d["articles"])
        d["articles"] = ",".join(sorted(d["articles"]))
    return pp


def country_city(g: nx.MultiDiGraph) -> nx.Graph:
    """Diplomatic contacts: a country's diplomat met a city's mayor, or visited the city."""
    cc = nx.Graph()
    represents = defaultdict(set)
    mayor_of = defaultdict(set)
    for s, o, d in g.edges(data=True):
        if d["predicate"] == "represents":
            represents[s].add(o)
        elif d["predicate"] == "mayorOf":
            mayor_of[s].add(o)
    for s, o, d in g.edges(data=True):
        pairs = []
        if d["predicate"] == "metWith":
            pairs = [(c, city) for a, b in ((s, o), (o, s)) for c in represents[a] for city in mayor_of[b]]
        elif d["predicate"] == "visited" and _typed(g, o, "City"):
            pairs = [(c, o) for c in represents[s]]
        for country, city in pairs:
            cc.add_node(country, **g.nodes[country])
            cc.add_node(city, **g.nodes[city])
            w = cc.edges[country, city]["weight"] + 1 if cc.has_edge(country, city) else 1
            cc.add_edge(country, city, weight=w)
    return cc


def simple_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """The undirected simple graph of g (one edge per linked pair, no self-loops), with node data.
    Nodes and edges are added in sorted order: Louvain's communities depend on the order it visits
    nodes, so the same graph, however it was loaded or filtered, gives the same ones."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes(data=True), key=lambda node: node[0]))
    simple.add_edges_from(sorted({(min(s, o), max(s, o)) for s, o in g.edges() if s != o}))
    return simple


def communities(simple: nx.Graph) -> list[set[str]]:
    """Louvain communities (seeded, so the same graph gives the same ones), largest first."""
    if not simple.number_of_edges():
        return []
    found = nx.community.louvain_communities(simple, seed=1)
    return sorted(found, key=lambda c: (-len(c), min(c)))


def stats(g: nx.MultiDiGraph, top: int = 10) -> dict:
    """Counts, centralities (degree, betweenness, eigenvector), components and communities."""
    simple = simple_graph(g)
    betweenness = nx.betweenness_centrality(simple) if simple.number_of_edges() else {}
    try:
        eigen = nx.eigenvector_centrality(simple, max_iter=1000) if simple.number_of_edges() else {}
    except nx.PowerIterationFailedConvergence:
        eigen = nx.eigenvector_centrality_numpy(simple)

    def ranked(etype: str) -> list[dict]:
        nodes = [n for n, d in simple.nodes(data=True) if d.get("type") == etype]
        nodes.sort(key=lambda n: (-simple.degree(n), -betweenness.get(n, 0), simple.nodes[n]["label"]))
        return [{"iri": n, "label": simple.nodes[n]["label"], "degree": simple.degree(n),
                 "betweenness": round(betweenness.get(n, 0.0), 4), "eigenvector": round(eigen.get(n, 0.0), 4)}
                for n in nodes[:top]]

    components = sorted((len(c) for c in nx.connected_components(simple)), reverse=True)
    return {
        "entities": dict(Counter(d.get("type") for _, d in g.nodes(data=True))),
        "facts": dict(Counter(d["predicate"] for _, _, d in g.edges(data=True))),
        "top": {t: ranked(t) for t in ("City", "Organization", "Person")},
        "components": {"count": len(components), "sizes": components[:10]},
        "communities": [{"size": len(c), "members": sorted(simple.nodes[n]["label"] for n in c)[:12]}
                        for c in communities(simple)[:10]],
    }
