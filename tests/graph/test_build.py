import json
import subprocess
import sys

import pyoxigraph
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Namespace, URIRef

from payvand.build import build
from payvand.graph.sparql import QueryError, query
from payvand.graph.store import Store, trig_block
from tests.conftest import SEED

ORG = Namespace("http://www.w3.org/ns/org#")


def test_build_writes_outputs_and_validates(built):
    out, summary = built
    assert summary.ok and summary.articles == 1
    assert (out / "store").is_dir() and (out / "graph.trig").stat().st_size > 0
    recs = [json.loads(l) for l in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["kind"] for r in recs} == {"entity", "fact"}
    from payvand.ontology.validate import validate_out

    assert validate_out(out) == []


def test_rebuild_is_identical(built, tmp_path):
    out, summary = built
    again = build([SEED], out)
    assert again.quads == summary.quads
    other = build([SEED], tmp_path / "o2")
    assert (tmp_path / "o2" / "facts.jsonl").read_text() == (out / "facts.jsonl").read_text()
    assert other.quads == summary.quads


def test_memberships_carry_member_organization_role(built):
    out, _ = built
    res = query(out, """SELECT ?m ?who ?org ?role WHERE { ?m a org:Membership ; org:member ?who ;
                         org:organization ?org . OPTIONAL { ?m org:role ?role } }""")
    assert res.rows
    assert all(r[1] and r[2] for r in res.rows)
    assert any(r[3] and r[3].endswith("role/BoardMember") for r in res.rows)


def test_evidence_in_rdf_indexes_the_article(built):
    out, _ = built
    text = SEED.read_text(encoding="utf-8")
    res = query(out, "SELECT ?t ?s ?e WHERE { ?a a pv:Assertion ; pv:evidenceText ?t ; pv:evidenceStart ?s ; pv:evidenceEnd ?e }")
    assert res.rows
    for t, s, e in res.rows:
        assert text[int(s):int(e)] == t


def test_query_error_is_reported(built):
    out, _ = built
    try:
        query(out, "SELECT ?x WHERE { ?x pv:mayorOf }")
    except QueryError as exc:
        assert str(exc)
    else:
        raise AssertionError("bad query accepted")


def test_cli_build_exit_status_on_bad_input(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    proc = subprocess.run([sys.executable, "-m", "payvand.cli", "build", str(tmp_path / "in"), "-o", str(tmp_path / "out")],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "broken.txt" in proc.stderr and "binary" in proc.stderr
    with Store(tmp_path / "out" / "store") as store:
        assert any("seed" in str(g) for g in store.graphs())


def test_shared_triples_are_held_once_across_articles(tmp_path):
    """The same entity and fact in two articles: one type triple, one direct fact, two assertions."""
    text = SEED.read_text(encoding="utf-8")
    src = tmp_path / "two.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": text}, ensure_ascii=False) for i in ("x1", "x2")) + "\n",
                   encoding="utf-8")
    build([src], tmp_path / "out", viewer=False)
    tehran = "https://w3id.org/payvand/id/geonames/112931"
    assert query(tmp_path / "out", f"SELECT * WHERE {{ <{tehran}> a ?t }}").rows == [["https://w3id.org/payvand/ontology#City"]]
    direct = query(tmp_path / "out", f"SELECT ?p WHERE {{ ?p pv:mayorOf <{tehran}> }}").rows
    assertions = query(tmp_path / "out", f"SELECT ?a WHERE {{ ?a rdf:predicate pv:mayorOf ; rdf:object <{tehran}> }}").rows
    assert len(direct) == 1 and len(assertions) == 2


def test_articles_named_as_the_shared_graphs_keep_graphs_of_their_own(tmp_path):
    """Articles called "facts", "entities", "labels", "ontology" (a file facts.txt) or "_facts": built, and
    one of them changed and built again, the shared graphs stay whole and each article's is its own."""
    text = SEED.read_text(encoding="utf-8")
    ids = ("facts", "entities", "labels", "ontology", "_facts", "x")
    src = tmp_path / "named.jsonl"

    def write(changed: str) -> None:
        lines = [json.dumps({"id": i, "text": text + (changed if i == "facts" else "")}, ensure_ascii=False) for i in ids]
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")

    write("")
    build([src], tmp_path / "out", viewer=False)
    write(" تغییر")
    summary = build([src], tmp_path / "out", viewer=False)
    assert summary.articles == 1 and summary.skipped == len(ids) - 1
    tehran = "https://w3id.org/payvand/id/geonames/112931"
    assert query(tmp_path / "out", f"SELECT * WHERE {{ <{tehran}> a ?t }}").rows == [["https://w3id.org/payvand/ontology#City"]]
    assert len(query(tmp_path / "out", f"SELECT ?p WHERE {{ ?p pv:mayorOf <{tehran}> }}").rows) == 1
    assert query(tmp_path / "out", "ASK { pv:mayorOf a <http://www.w3.org/2002/07/owl#ObjectProperty> }").rows == [["true"]]
    with Store(tmp_path / "out" / "store") as store:
        assert sorted(store.article_ids()) == sorted(ids)
        graphs = store.graphs()
    assert len(graphs) == len(ids) + 4  # each article's, the shared graphs, the labels' and the ontology's
    assert len(query(tmp_path / "out", f"SELECT ?a WHERE {{ ?a rdf:predicate pv:mayorOf ; rdf:object <{tehran}> }}").rows) == len(ids)


def test_cli_extract_formats_without_a_store(built):
    from rdflib import Dataset, Graph

    out, _ = built
    run = lambda fmt: subprocess.run([sys.executable, "-m", "payvand.cli", "extract", str(SEED), "--format", fmt],
                                     capture_output=True, text=True, check=True).stdout
    assert run("jsonl") == (out / "facts.jsonl").read_text(encoding="utf-8")
    turtle = Graph().parse(data=run("turtle"), format="turtle")
    trig = Dataset().parse(data=run("trig"), format="trig")
    mayor = "https://w3id.org/payvand/ontology#mayorOf"
    recs = [json.loads(l) for l in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    expected = {(r["s"]["iri"], r["o"]["iri"]) for r in recs if r.get("p") == "mayorOf"}
    assert expected and {(str(s), str(o)) for s, _, o in turtle.triples((None, URIRef(mayor), None))} == expected
    # as a store holds them: the direct fact triples in the shared graph of facts, not in the article's
    assert {(str(s), str(o), str(g)) for s, _, o, g in trig.quads((None, URIRef(mayor), None, None))} \
        == {(s, o, "https://w3id.org/payvand/id/graph/facts") for s, o in expected}
    assert {str(g.identifier) for g in trig.graphs() if len(g)} == {
        "https://w3id.org/payvand/id/graph/" + n for n in ("entities", "facts", "seed-shiraz-metropolis")}


def test_graph_trig_holds_exactly_the_store(built):
    out, _ = built
    dumped = set(map(str, pyoxigraph.parse(path=str(out / "graph.trig"), format=pyoxigraph.RdfFormat.TRIG)))
    with Store(out / "store") as store:
        assert dumped == set(map(str, store.oxigraph))


def test_a_headline_fact_is_stored_with_where_its_evidence_is(tmp_path):
    from payvand.ontology.validate import validate_out

    title = "امضای تفاهمنامه خواهرخواندگی میان شهر یزد و شهر کرمانشاه"
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"id": "h1", "title": title, "text": "شهردار یزد در این مراسم گفت: همکاری‌ها گسترش می‌یابد."},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    summary = build([src], tmp_path / "out", viewer=False)
    assert summary.ok
    res = query(tmp_path / "out", """SELECT ?t ?s ?e ?in WHERE { ?a pv:evidenceIn ?in ; pv:evidenceText ?t ;
                                     pv:evidenceStart ?s ; pv:evidenceEnd ?e ; rdf:predicate pv:twinnedWith }""")
    [(text, start, end, where)] = res.rows
    assert str(where) == "title" and title[int(start):int(end)] == str(text)
    assert validate_out(tmp_path / "out") == []


_iris = st.sampled_from(["https://w3id.org/payvand/id/a", "https://w3id.org/payvand/id/a1", "https://w3id.org/payvand/id/a/1",
                         "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "https://w3id.org/payvand/ontology#p"]).map(
    pyoxigraph.NamedNode)
_literals = st.builds(pyoxigraph.Literal, st.text(max_size=12)) | st.builds(
    lambda v: pyoxigraph.Literal(v, language="fa"), st.text(max_size=12))
_triples = st.lists(st.tuples(_iris | st.sampled_from(["b1", "b10"]).map(pyoxigraph.BlankNode), _iris,
                              _iris | _literals), max_size=25)


@given(_triples)
def test_a_trig_block_holds_exactly_its_triples(triples):
    graph = pyoxigraph.NamedNode("https://w3id.org/payvand/id/graph/x")
    block = trig_block(graph, list(dict.fromkeys(f"{s} {p} {o}" for s, p, o in triples)))
    parsed = {(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(block, format=pyoxigraph.RdfFormat.TRIG)}
    assert parsed == set(triples)
    assert {q.graph_name for q in pyoxigraph.parse(block, format=pyoxigraph.RdfFormat.TRIG)} <= {graph}


@given(st.text(), st.sampled_from([None, "fa"]))
def test_literals_are_written_as_oxigraph_writes_them(value, language):
    from payvand.ontology.mapping import literal
    assert literal(value, language=language) == str(pyoxigraph.Literal(value, language=language))
