"""Exports: the facts with their sources as CSV, labelled nodes and edges, GEXF's time."""
import csv
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx

from payvand.graph.export import edge_span, export
from payvand.graph.network import load
from tests.conftest import SEED

FACT_HEADER = ["article", "title", "url", "published", "subject", "subject_type", "predicate", "role", "status",
               "object", "object_type", "start", "end", "year", "sentence", "evidence_start", "evidence_end",
               "evidence_in", "rule", "confidence", "subject_iri", "object_iri"]


def _rows(path) -> tuple[bytes, list[dict]]:
    raw = path.read_bytes()
    return raw[:3], list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


def test_facts_csv_one_row_per_stated_fact_with_its_source(built, tmp_path):
    out, _ = built
    dest = tmp_path / "facts.csv"
    proc = subprocess.run([sys.executable, "-m", "payvand.cli", "export", str(out), "--format", "facts", "-o", str(dest)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    bom, rows = _rows(dest)
    assert bom == b"\xef\xbb\xbf"  # Excel reads UTF-8 only with it
    assert dest.read_text(encoding="utf-8-sig").splitlines()[0].split(",") == FACT_HEADER
    records = [json.loads(l) for l in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    facts = [r for r in records if r["kind"] == "fact"]
    assert len(rows) == len(facts)  # one row per fact as an article states it
    g = load(out)
    text = SEED.read_text(encoding="utf-8")
    for rec in facts:
        [row] = [r for r in rows if (r["article"], r["predicate"], r["subject_iri"], r["object_iri"], r["role"],
                                     r["evidence_start"]) == (rec["article"], rec["p"], rec["s"]["iri"], rec["o"]["iri"],
                                                              rec.get("role", ""), str(rec["evidence"]["start"]))]
        assert row["sentence"] == rec["evidence"]["text"] == text[int(row["evidence_start"]):int(row["evidence_end"])]
        assert (row["rule"], float(row["confidence"]), row["status"], row["year"]) == (
            rec["rule"], rec["confidence"], rec.get("status", ""), str(rec.get("year", "")))
        assert (row["subject"], row["subject_type"]) == (g.nodes[rec["s"]["iri"]]["label"], rec["s"]["type"])
        assert (row["object"], row["object_type"]) == (g.nodes[rec["o"]["iri"]]["label"], rec["o"]["type"])
    eskandarpour = [r for r in rows if r["subject"] == "حیدر اسکندرپور" and r["predicate"] == "mayorOf"]
    assert eskandarpour and all(r["object"] == "شیراز" and r["object_type"] == "City" for r in eskandarpour)
    assert [r["article"] for r in rows] == sorted(r["article"] for r in rows)


def test_nodes_and_edges_csv_carry_labels(built, tmp_path):
    out, _ = built
    g = load(out)
    nodes, edges = export(g, "csv", tmp_path / "csv")
    bom, node_rows = _rows(nodes)
    assert bom == b"\xef\xbb\xbf" and len(node_rows) == g.number_of_nodes()
    labels = {r["id"]: r["label"] for r in node_rows}
    assert labels == {n: d["label"] for n, d in g.nodes(data=True)}
    _, edge_rows = _rows(edges)
    assert len(edge_rows) == g.number_of_edges()
    for r in edge_rows:
        assert (r["source_label"], r["target_label"]) == (labels[r["source"]], labels[r["target"]])
        assert r["source_type"] == g.nodes[r["source"]]["type"] and r["evidence"]


def _gexf_edges(path) -> tuple[ET.Element, list[ET.Element]]:
    ns = {"g": "http://www.gexf.net/1.2draft"}
    root = ET.parse(path).getroot()
    return root.find("g:graph", ns), root.findall(".//g:edge", ns)


def test_gexf_dates_every_dated_edge_and_is_static_without_dates(built_dev, tmp_path):
    g = load(built_dev)
    graph, edges = _gexf_edges(export(g, "gexf", tmp_path / "g.gexf")[0])
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    spans = sorted(filter(any, (edge_span(d) for *_, d in g.edges(data=True))), key=str)
    assert sorted(((e.get("start"), e.get("end")) for e in edges if e.get("start") or e.get("end")), key=str) == spans
    assert len(spans) > len(edges) / 2  # most facts have a term, a year, or a dated article
    assert all(e.get("start") != "" and e.get("end") != "" for e in edges)  # never an empty date
    term = next(d for *_, d in g.edges(data=True) if len(d["start"]) == len(d["end"]) == 4)
    assert edge_span(term) == (term["start"] + "-01-01", term["end"] + "-12-31")  # a term of years: whole years
    reported = next(d for *_, d in g.edges(data=True) if not (d["start"] or d["end"] or d["year"]) and
                    any(ev["published"] for ev in d["evidence"]))
    dates = sorted(ev["published"] for ev in reported["evidence"] if ev["published"])
    assert edge_span(reported) == (dates[0], dates[-1])  # else: when the articles reported it
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_edges() == g.number_of_edges()
    undated = g.copy()
    undated.remove_edges_from([(s, o, k) for s, o, k, d in g.edges(keys=True, data=True) if any(edge_span(d))])
    assert undated.number_of_edges() > 0
    graph, edges = _gexf_edges(export(undated, "gexf", tmp_path / "undated.gexf")[0])
    assert graph.get("mode") == "static" and graph.get("timeformat") is None
    assert not any(e.get("start") or e.get("end") for e in edges)
