import json

import networkx as nx

from payvand.graph.export import export
from payvand.graph.network import city_city, city_organization, country_city, load, person_person, stats
from payvand.graph.sparql import query


def test_typed_multigraph_from_the_store(built):
    out, _ = built
    g = load(out)
    recs = [json.loads(l) for l in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    facts = {(r["s"]["iri"], r["p"], r["o"]["iri"], r.get("role")) for r in recs if r["kind"] == "fact"}
    assert {(s, d["predicate"], o, d["role"] or None) for s, o, d in g.edges(data=True)} == facts
    assert all(d["evidence"] and d["evidence"][0]["text"] for *_, d in g.edges(data=True))
    assert {d["type"] for _, d in g.nodes(data=True)} == {"Person", "City", "Country", "Organization", "Event"}


def test_the_multigraph_states_what_the_rdf_states(built):
    """Every edge's evidence names an assertion of the store with the same subject, predicate
    and object, and every assertion is there (the graph is read from the stored records)."""
    out, _ = built
    rows = query(out, "SELECT ?a ?s ?p ?o WHERE { ?a a pv:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }").rows
    stated = {a: (s, p.rsplit("#", 1)[-1], o) for a, s, p, o in rows}
    in_graph = {ev["assertion"]: (s, d["predicate"], o) for s, o, d in load(out).edges(data=True) for ev in d["evidence"]}
    assert in_graph == stated


def test_projections(built):
    out, _ = built
    g = load(out)
    bip = city_organization(g)
    shiraz = next(n for n, d in bip.nodes(data=True) if d["label"] == "شیراز")
    assert {bip.nodes[o]["label"] for o in bip[shiraz]} >= {"اتحادیه شهرهای تاریخی", "مجمع شهرداران آسیایی"}
    assert nx.is_bipartite(bip)
    cc = city_city(g)
    assert all(d["weight"] >= 1 for *_, d in cc.edges(data=True))
    assert person_person(g).number_of_edges() == sum(1 for *_, d in g.edges(data=True) if d["predicate"] == "metWith")
    assert isinstance(country_city(g), nx.Graph)


def test_stats_rank_and_communities(built):
    out, _ = built
    st = stats(load(out))
    assert st["entities"]["City"] >= 10 and st["facts"]["memberOf"] >= 15
    top_org = st["top"]["Organization"][0]
    assert top_org["label"] == "انجمن کلانشهرهای مهم جهان"
    assert st["communities"] and st["components"]["count"] >= 1


def test_exports(built, tmp_path):
    out, _ = built
    g = load(out)
    gexf = export(g, "gexf", tmp_path / "g.gexf")[0]
    assert nx.read_gexf(gexf).number_of_edges() == g.number_of_edges()
    graphml = export(g, "graphml", tmp_path / "g.graphml")[0]
    assert nx.read_graphml(graphml).number_of_nodes() == g.number_of_nodes()
    cy = json.loads(export(g, "cytoscape", tmp_path / "g.json")[0].read_text(encoding="utf-8"))
    assert len(cy["elements"]["edges"]) == g.number_of_edges()
    nodes, edges = export(g, "csv", tmp_path / "csv")
    assert len(edges.read_text(encoding="utf-8").splitlines()) == g.number_of_edges() + 1
