"""Exports for the tools analysts use: GEXF (Gephi), GraphML (yEd, Cytoscape), CSV (pandas),
Cytoscape.js JSON. Lists and dicts on nodes/edges are flattened to strings, which these
formats need."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

FORMATS = ("gexf", "graphml", "csv", "cytoscape")


def _flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        out.add_node(n, type=d["type"], label=d["label"], label_en=d.get("label_en", ""),
                     **{f"link_{k}": v for k, v in d.get("links", {}).items()})
    for s, o, k, d in g.edges(keys=True, data=True):
        ev = d.get("evidence", [])
        out.add_edge(s, o, key=k, predicate=d["predicate"], role=d.get("role", ""), status=d.get("status", ""),
                     start=d.get("start", ""), end=d.get("end", ""), year=d.get("year", ""),
                     articles=",".join(sorted({e["article"] for e in ev})), evidence_count=len(ev),
                     evidence=ev[0]["text"] if ev else "")
    return out


def export(g: nx.MultiDiGraph, fmt: str, dest: str | Path) -> list[Path]:
    """Write ``g`` in ``fmt`` under ``dest`` (a file, or a folder for CSV); returns the files."""
    dest = Path(dest)
    flat = _flat(g)
    if fmt == "gexf":
        nx.write_gexf(flat, dest)
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
        node_cols = ["id", "type", "label", "label_en", "link_geonames", "link_iso3166", "link_registry", "link_country"]
        with open(nodes, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(node_cols)
            for n, d in flat.nodes(data=True):
                w.writerow([n] + [d.get(c, "") for c in node_cols[1:]])
        edge_cols = ["predicate", "role", "status", "start", "end", "year", "articles", "evidence_count", "evidence"]
        with open(edges, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["source", "target"] + edge_cols)
            for s, o, d in flat.edges(data=True):
                w.writerow([s, o] + [d.get(c, "") for c in edge_cols])
        return [nodes, edges]
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
