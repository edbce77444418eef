"""Exports for the tools analysts use: GEXF (Gephi), GraphML (yEd, Cytoscape), CSV (pandas,
Excel), Cytoscape.js JSON, and the facts with their sources as one CSV table. Lists and dicts on
nodes/edges are flattened to strings, which these formats need. Entities are named by their
preferred labels (the graph's ``label`` and ``label_en``, see :mod:`payvand.ontology.labels`).

CSV files are UTF-8 with a byte-order mark, so that Excel reads the Persian as Persian (pandas
and Python's ``csv`` with ``encoding="utf-8-sig"`` read them as they are).
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

FORMATS = ("gexf", "graphml", "csv", "cytoscape", "facts")
CSV_ENCODING = "utf-8-sig"
FACT_COLUMNS = ("article", "title", "url", "published", "subject", "subject_type", "predicate", "role", "status",
                "object", "object_type", "start", "end", "year", "sentence", "evidence_start", "evidence_end",
                "evidence_in", "rule", "confidence", "subject_iri", "object_iri")
NODE_COLUMNS = ("id", "type", "label", "label_en", "alt_labels", "link_geonames", "link_iso3166", "link_registry",
                "link_country")
EDGE_COLUMNS = ("source", "target", "source_label", "target_label", "source_type", "target_type", "predicate", "role",
                "status", "start", "end", "year", "articles", "evidence_count", "evidence")


def _flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        out.add_node(n, type=d["type"], label=d["label"], label_en=d.get("label_en", ""),
                     alt_labels=" | ".join(label for _, label in d.get("alt_labels", [])),
                     **{f"link_{k}": v for k, v in d.get("links", {}).items()})
    for s, o, k, d in g.edges(keys=True, data=True):
        ev = d.get("evidence", [])
        out.add_edge(s, o, key=k, predicate=d["predicate"], role=d.get("role", ""), status=d.get("status", ""),
                     start=d.get("start", ""), end=d.get("end", ""), year=d.get("year", ""),
                     source_label=g.nodes[s]["label"], target_label=g.nodes[o]["label"],
                     source_type=g.nodes[s]["type"], target_type=g.nodes[o]["type"],
                     articles=",".join(sorted({e["article"] for e in ev})), evidence_count=len(ev),
                     evidence=ev[0]["text"] if ev else "")
    return out


def _day(value: str, last: bool) -> str:
    """An ISO date from a date or a year (its first day, or its last when ``last``)."""
    if len(value) == 4:
        return f"{value}-12-31" if last else f"{value}-01-01"
    return value[:10]


def edge_span(data: dict) -> tuple[str | None, str | None]:
    """When an edge holds, as ISO dates (GEXF's ``start`` and ``end``): its term (an open end
    when the text gives only its start, or an open start), else the year it names (that whole
    year: a founding, a signing), else the dates of the articles that report it (the first to
    the last). ``(None, None)``: undated."""
    if data.get("start") or data.get("end"):
        return (_day(data["start"], False) if data.get("start") else None,
                _day(data["end"], True) if data.get("end") else None)
    if data.get("year"):
        return _day(data["year"], False), _day(data["year"], True)
    published = sorted(ev["published"] for ev in data.get("evidence", []) if ev.get("published"))
    if published:
        return _day(published[0], False), _day(published[-1], True)
    return None, None


def _gexf(g: nx.MultiDiGraph, flat: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The flat graph with GEXF's time: ``start``/``end`` only on dated edges (networkx makes a
    graph dynamic as soon as one edge has either, even empty), and the predicate as edge label."""
    for s, o, k, d in flat.edges(keys=True, data=True):
        del d["start"], d["end"]
        start, end = edge_span(g.edges[s, o, k])
        if start:
            d["start"] = start
        if end:
            d["end"] = end
        d["label"] = d["predicate"] + (f" ({d['role']})" if d["role"] else "")
    return flat


def fact_rows(g: nx.MultiDiGraph) -> list[dict]:
    """One row per assertion (a fact as one article states it, with its evidence): a fact that
    three articles state gives three rows. In article order, then where the evidence is."""
    rows = []
    for s, o, d in g.edges(data=True):
        for ev in d.get("evidence", []):
            rows.append({"article": ev["article"], "title": ev["title"], "url": ev["url"], "published": ev["published"],
                         "subject": g.nodes[s]["label"], "subject_type": g.nodes[s]["type"], "predicate": d["predicate"],
                         "role": d.get("role", ""), "status": d.get("status", ""), "object": g.nodes[o]["label"],
                         "object_type": g.nodes[o]["type"], "start": d.get("start", ""), "end": d.get("end", ""),
                         "year": d.get("year", ""), "sentence": ev["text"], "evidence_start": ev["start"],
                         "evidence_end": ev["end"], "evidence_in": ev.get("in", "text"), "rule": ev["rule"],
                         "confidence": ev["confidence"], "subject_iri": s, "object_iri": o})
    rows.sort(key=lambda r: (r["article"], r["evidence_in"] == "title", r["evidence_start"], r["evidence_end"],
                             r["predicate"], r["subject_iri"], r["object_iri"], r["role"]))
    return rows


def _write_csv(path: Path, columns: tuple[str, ...], rows) -> None:
    with open(path, "w", newline="", encoding=CSV_ENCODING) as f:
        w = csv.writer(f)
        w.writerow(columns)
        w.writerows(rows)


def export(g: nx.MultiDiGraph, fmt: str, dest: str | Path) -> list[Path]:
    """Write ``g`` in ``fmt`` under ``dest`` (a file, or a folder for CSV); returns the files."""
    dest = Path(dest)
    if fmt == "facts":
        _write_csv(dest, FACT_COLUMNS, ([row[c] for c in FACT_COLUMNS] for row in fact_rows(g)))
        return [dest]
    flat = _flat(g)
    if fmt == "gexf":
        nx.write_gexf(_gexf(g, flat), dest)
        return [dest]
    if fmt == "graphml":
        nx.write_graphml(flat, dest)
        return [dest]
    if fmt == "cytoscape":
        dest.write_text(json.dumps(nx.cytoscape_data(flat), ensure_ascii=False, indent=1), encoding="utf-8")
        return [dest]
    if fmt == "csv":
        dest.mkdir(parents=True, exist_ok=True)
        nodes, edges = dest / "nodes.csv", dest / "edges.csv"
        _write_csv(nodes, NODE_COLUMNS, ([n] + [d.get(c, "") for c in NODE_COLUMNS[1:]] for n, d in flat.nodes(data=True)))
        _write_csv(edges, EDGE_COLUMNS, ([s, o] + [d.get(c, "") for c in EDGE_COLUMNS[2:]] for s, o, d in flat.edges(data=True)))
        return [nodes, edges]
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
