"""The HTML graph viewer: pyvis, post-processed into one self-contained offline page.

pyvis builds the vis-network page (``cdn_resources="in_line"`` inlines vis-network); the
page it writes still links bootstrap from a CDN, so every remote ``<link>``/``<script>``
is removed, and Payvand's panel (evidence of the clicked node or edge, filters by
predicate, type and year, Persian-aware search, fa/en labels, legend) is added with its
data in a JSON block. All article-derived text reaches the page either JSON-escaped
(``<`` as ``\\u003c``) or HTML-escaped, and the panel writes it with ``textContent``.
"""
from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from payvand.extract.text import match_key
from payvand.graph.network import edge_years

TYPE_STYLE = {  # colour, shape
    "City": ("#2f7ed8", "dot"),
    "Organization": ("#c9a227", "square"),
    "Person": ("#d9534f", "dot"),
    "Country": ("#5cb85c", "diamond"),
    "Event": ("#8e6bbf", "triangle"),
}
_REMOTE = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)\s*=\s*[\"']https?://[^>]*>(?:\s*</script>)?", re.I | re.S)


def _json_for_html(data) -> str:
    return (json.dumps(data, ensure_ascii=False)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def filter_graph(g: nx.MultiDiGraph, predicates: list[str] | None = None, types: list[str] | None = None,
                 since: int | None = None, until: int | None = None) -> nx.MultiDiGraph:
    """The sub-graph of the given predicates, entity types and year range."""
    out = nx.MultiDiGraph()
    for s, o, k, d in g.edges(keys=True, data=True):
        if predicates and d["predicate"] not in predicates:
            continue
        if types and not (g.nodes[s]["type"] in types and g.nodes[o]["type"] in types):
            continue
        years = edge_years(d)
        if years and ((since and max(years) < since) or (until and min(years) > until)):
            continue
        out.add_node(s, **g.nodes[s])
        out.add_node(o, **g.nodes[o])
        out.add_edge(s, o, key=k, **d)
    return out


def physics_iterations(n_nodes: int) -> int:
    """Stabilisation budget: the layout freezes after this many iterations."""
    return 400 if n_nodes < 500 else 200 if n_nodes < 2000 else 120


def render(g: nx.MultiDiGraph, title: str = "پیوند · Payvand") -> str:
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    nodes: dict[str, dict] = {}
    for n, d in sorted(g.nodes(data=True)):
        color, shape = TYPE_STYLE.get(d["type"], ("#999", "dot"))
        net.add_node(n, label=d["label"], title=html.escape(f"{d['label']} · {d.get('label_en') or d['type']}"),
                     color=color, shape=shape, size=12 + 3 * min(g.degree(n), 10))
        nodes[n] = {"label": d["label"], "label_en": d.get("label_en", ""), "type": d["type"], "mention": d["label"],
                    "keys": sorted({match_key(x) for x in (d["label"], d.get("label_en", "")) if x}),
                    "isolated": g.degree(n) == 0}
    edges: dict[str, dict] = {}
    for i, (s, o, d) in enumerate(g.edges(data=True)):
        eid = f"e{i}"
        label = d["predicate"] + (f" ({d['role']})" if d.get("role") else "")
        net.add_edge(s, o, id=eid, label=label, title=html.escape(label), arrows="to", font={"size": 9})
        edges[eid] = {"from": s, "to": o, "predicate": d["predicate"], "role": d.get("role", ""),
                      "status": d.get("status", ""), "start": d.get("start", ""), "end": d.get("end", ""),
                      "years": edge_years(d), "evidence": d.get("evidence", [])}
    iterations = physics_iterations(g.number_of_nodes())
    net.set_options(json.dumps({
        "physics": {"enabled": True, "solver": "barnesHut", "stabilization": {"enabled": True, "iterations": iterations,
                                                                                "updateInterval": 25, "fit": True},
                    "barnesHut": {"gravitationalConstant": -3000, "springLength": 120}},
        "interaction": {"hover": True, "tooltipDelay": 150},
        "edges": {"smooth": False, "color": {"inherit": "from"}},
        "nodes": {"font": {"face": "Vazirmatn, Noto Naskh Arabic, DejaVu Sans, Tahoma, sans-serif"}},
    }))
    page = net.generate_html()
    page = _REMOTE.sub("", page)
    page = page.replace("<center>\n<h1></h1>\n</center>", "").replace("<center>\n          <h1></h1>\n        </center>", "")
    assets = resources.files("payvand.graph") / "assets"
    css = (assets / "viewer.css").read_text(encoding="utf-8")
    js = (assets / "viewer.js").read_text(encoding="utf-8")
    predicates = sorted({e["predicate"] for e in edges.values()})
    types = sorted({n["type"] for n in nodes.values()})
    years = sorted({y for e in edges.values() for y in e["years"]})
    side = ["<div id=\"pv-side\">", f"<h1>{html.escape(title)}</h1>",
            "<input id=\"pv-search\" type=\"search\" placeholder=\"جستجو / search\" dir=\"auto\"> <span id=\"pv-hits\"></span>",
            "<h2>زبان برچسب‌ها · labels</h2>",
            "<label><input type=\"radio\" name=\"pv-lang\" value=\"fa\" checked> فارسی</label>",
            "<label><input type=\"radio\" name=\"pv-lang\" value=\"en\"> English</label>",
            "<h2>نوع · type</h2><div class=\"pv-legend\">"]
    for t in types:
        color = TYPE_STYLE.get(t, ("#999",))[0]
        side.append(f"<label><input type=\"checkbox\" data-type=\"{t}\" checked><span style=\"background:{color}\"></span>{t}</label>")
    side.append("</div><h2>رابطه · predicate</h2>")
    for p in predicates:
        side.append(f"<label><input type=\"checkbox\" data-pred=\"{p}\" checked>{p}</label>")
    side.append("<h2>سال · years</h2>")
    side.append(f"<input id=\"pv-since\" type=\"number\" placeholder=\"{years[0] if years else ''}\" style=\"width:6em\"> – "
                f"<input id=\"pv-until\" type=\"number\" placeholder=\"{years[-1] if years else ''}\" style=\"width:6em\">")
    side.append("<div id=\"pv-facts\"><p class=\"pv-meta\">روی یک گره یا یال کلیک کنید · click a node or an edge</p></div>")
    side.append(f"<div id=\"pv-status\" data-nodes=\"\" data-edges=\"\" data-ready=\"false\" "
                f"data-total-nodes=\"{len(nodes)}\" data-total-edges=\"{len(edges)}\"></div></div>")
    data = {"nodes": nodes, "edges": edges, "freezeAfterMs": 15000}
    page = page.replace("<body>", "<body>\n<div id=\"pv-app\"><div id=\"pv-graph\">", 1)
    page = page.replace("</body>", "</div>\n" + "\n".join(side) + "</div>\n"
                        f"<script type=\"application/json\" id=\"pv-data\">{_json_for_html(data)}</script>\n"
                        f"<script>{js}</script>\n</body>", 1)
    page = page.replace("</head>", f"<title>{html.escape(title)}</title>\n<style>{css}</style>\n</head>", 1)
    if "<html>" in page and "dir=" not in page[:200]:
        page = page.replace("<html>", "<html lang=\"fa\">", 1)
    return page


def write(g: nx.MultiDiGraph, path: str | Path, **kwargs) -> Path:
    path = Path(path)
    path.write_text(render(g, **kwargs), encoding="utf-8")
    return path
