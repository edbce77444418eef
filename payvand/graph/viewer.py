"""The HTML graph viewer: pyvis, post-processed into one self-contained offline page.

pyvis builds the vis-network page (``cdn_resources="in_line"`` inlines vis-network); the
page it writes still links bootstrap from a CDN, so every remote ``<link>``/``<script>``
is removed, and Payvand's panel (evidence of the clicked node or edge, filters by
predicate, type and year, Persian-aware search, fa/en labels, legend) is added with its
data in a JSON block. All article-derived text reaches the page either JSON-escaped
(``<`` as ``\\u003c``) or HTML-escaped, and the panel writes it with ``textContent``.

The picture is fixed in Python: positions from :mod:`payvand.graph.layout`, node sizes by
degree, colours by type (or by the Louvain communities of :func:`network.communities`), and
vis-network draws it with physics off, so the same graph gives the same page byte for byte.
Node labels are drawn by the page's script, most connected first, as many as fit without
overlapping at the current zoom; a filter or a click (the node's neighbourhood) lays out
what remains in the page.
"""
from __future__ import annotations

import html
import json
import math
import re
from importlib import resources
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from payvand.extract.text import search_key
from payvand.graph.layout import EDGE_LENGTH, GAP, GRID, NEAR, PULL, ROW_WIDTH, layout
from payvand.graph.network import communities, edge_years, simple_graph
from payvand.ontology import vocabulary

TYPE_STYLE = {  # colour, vis-network shape, Persian name
    "City": ("#2f7ed8", "dot", "شهر"),
    "Organization": ("#c9a227", "square", "سازمان"),
    "Person": ("#d9534f", "dot", "شخص"),
    "Country": ("#5cb85c", "diamond", "کشور"),
    "Event": ("#8e6bbf", "triangle", "رویداد"),
}
OTHER_STYLE = ("#999999", "dot", "")
EDGE_FONT = 11  # edge labels (a neighbourhood's), px on screen
# colours of the largest communities (the others are grey) and of the predicates' edges
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#bcbd22", "#393b79", "#ad494a", "#637939"]
_SHAPE_SVG = {
    "dot": '<circle cx="7" cy="7" r="6"/>',
    "square": '<rect x="1" y="1" width="12" height="12"/>',
    "diamond": '<polygon points="7,0 14,7 7,14 0,7"/>',
    "triangle": '<polygon points="7,1 13,13 1,13"/>',
}
_REMOTE = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)\s*=\s*[\"']https?://[^>]*>(?:\s*</script>)?", re.I | re.S)


class UnknownValueError(ValueError):
    """A filter value that names no predicate or entity type; the message lists the valid ones."""


def _json_for_html(data) -> str:
    return (json.dumps(data, ensure_ascii=False, sort_keys=True)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def predicates() -> list[str]:
    """The fact predicates of the vocabulary."""
    return sorted(vocabulary()["predicates"])


def entity_types() -> list[str]:
    """The entity types a fact's subject or object may have."""
    return sorted({t for p in vocabulary()["predicates"].values() for t in p["domain"] + p["range"]})


def canonical(values: list[str] | None, valid: list[str], what: str) -> list[str] | None:
    """``values`` spelled as in ``valid``, matched case-insensitively; an unknown one raises
    :class:`UnknownValueError` naming it and the valid ones."""
    if not values:
        return values
    by_key = {v.casefold(): v for v in valid}
    unknown = [v for v in values if v.casefold() not in by_key]
    if unknown:
        raise UnknownValueError(f"unknown {what} {', '.join(map(repr, unknown))}; valid: {', '.join(valid)}")
    return [by_key[v.casefold()] for v in values]


def filter_graph(g: nx.MultiDiGraph, predicates: list[str] | None = None, types: list[str] | None = None,
                 since: int | None = None, until: int | None = None, undated: bool = True) -> nx.MultiDiGraph:
    """The sub-graph of the given predicates, entity types and year range. A fact with no year
    (:func:`edge_years`) is kept only if ``undated`` (as the page's switch, with or without a
    year bound)."""
    out = nx.MultiDiGraph()
    for s, o, k, d in g.edges(keys=True, data=True):
        if predicates and d["predicate"] not in predicates:
            continue
        if types and not (g.nodes[s]["type"] in types and g.nodes[o]["type"] in types):
            continue
        years = edge_years(d)
        if not years and not undated:
            continue
        if years and ((since is not None and max(years) < since) or (until is not None and min(years) > until)):
            continue
        out.add_node(s, **g.nodes[s])
        out.add_node(o, **g.nodes[o])
        out.add_edge(s, o, key=k, **d)
    return out


def undated_count(g: nx.MultiDiGraph) -> int:
    """How many facts of g have no year."""
    return sum(1 for *_, d in g.edges(data=True) if not edge_years(d))


def _legend_shape(shape: str, color: str) -> str:
    return f'<svg class="pv-shape" width="14" height="14" viewBox="0 0 14 14" fill="{color}">{_SHAPE_SVG[shape]}</svg>'


def _node_size(degree: int, top: int) -> float:
    return round(7 + 23 * math.sqrt(degree / top), 1) if top else 7.0


def render(g: nx.MultiDiGraph, title: str = "پیوند · Payvand") -> str:
    simple = simple_graph(g)
    positions = layout(simple)
    groups = communities(simple)
    community = {n: i for i, c in enumerate(groups) for n in c}
    degree = dict(simple.degree())
    top = max(degree.values(), default=0)
    ranked = sorted(g.nodes, key=lambda n: (-degree[n], g.nodes[n]["label"], n))
    rank = {n: i for i, n in enumerate(ranked)}
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    nodes: dict[str, dict] = {}
    for n, d in sorted(g.nodes(data=True)):
        color, shape, _ = TYPE_STYLE.get(d["type"], OTHER_STYLE)
        x, y = positions[n]
        size = _node_size(degree[n], top)
        net.add_node(n, label=" ", title=html.escape(f"{d['label']} · {d.get('label_en') or d['type']}"),
                     color=color, shape=shape, size=size, x=x, y=y)
        nodes[n] = {"label": d["label"], "label_en": d.get("label_en", ""), "type": d["type"], "mention": d["label"],
                    "keys": sorted({search_key(x) for x in (d["label"], d.get("label_en", "")) if x}),
                    "isolated": degree[n] == 0, "x": x, "y": y, "size": size, "rank": rank[n],
                    "community": community.get(n, -1)}
    for node in net.nodes:  # the page's script draws the labels (by importance and zoom)
        del node["label"]
    vocab = vocabulary()["predicates"]
    present = sorted({d["predicate"] for *_, d in g.edges(data=True)})
    pred_style = {p: {"color": PALETTE[i % len(PALETTE)], "fa": vocab.get(p, {}).get("label", {}).get("fa", p),
                      "en": vocab.get(p, {}).get("label", {}).get("en", p)} for i, p in enumerate(present)}
    edges: dict[str, dict] = {}
    for i, (s, o, _, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))):
        eid = f"e{i}"
        label = d["predicate"] + (f" ({d['role']})" if d.get("role") else "")
        net.add_edge(s, o, id=eid, title=html.escape(label), arrows="to",
                     color={"color": pred_style[d["predicate"]]["color"], "opacity": 0.55})
        edges[eid] = {"from": s, "to": o, "predicate": d["predicate"], "role": d.get("role", ""),
                      "status": d.get("status", ""), "start": d.get("start", ""), "end": d.get("end", ""),
                      "years": edge_years(d), "evidence": d.get("evidence", [])}
    net.set_options(json.dumps({
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": g.number_of_edges() > 1500},
        "edges": {"smooth": False, "width": 1, "arrows": {"to": {"scaleFactor": 0.4}},
                  "font": {"size": EDGE_FONT, "align": "middle", "strokeWidth": 3}},
        "nodes": {"borderWidth": 1, "font": {"face": "Vazirmatn, Noto Naskh Arabic, DejaVu Sans, Tahoma, sans-serif"}},
    }))
    page = net.generate_html()
    page = _REMOTE.sub("", page)
    page = page.replace("<center>\n<h1></h1>\n</center>", "").replace("<center>\n          <h1></h1>\n        </center>", "")
    assets = resources.files("payvand.graph") / "assets"
    css = (assets / "viewer.css").read_text(encoding="utf-8")
    js = "\n".join((assets / name).read_text(encoding="utf-8") for name in ("common.js", "viewer.js"))
    types = sorted({n["type"] for n in nodes.values()})
    years = sorted({y for e in edges.values() for y in e["years"]})
    undated = sum(1 for e in edges.values() if not e["years"])
    side = ["<div id=\"pv-side\">", f"<h1>{html.escape(title)}</h1>",
            "<nav class=\"pv-links\"><a href=\"reading.html\">متن خبرها · articles</a> · "
            "<a href=\"map.html\">نقشه · map</a></nav>",
            "<input id=\"pv-search\" type=\"search\" placeholder=\"جستجو / search\" dir=\"auto\"> <span id=\"pv-hits\"></span>",
            "<div class=\"pv-row\"><label><input type=\"radio\" name=\"pv-lang\" value=\"fa\" checked> فارسی</label>"
            "<label><input type=\"radio\" name=\"pv-lang\" value=\"en\"> English</label>"
            " · <label><input type=\"radio\" name=\"pv-colour\" value=\"type\" checked> رنگ بر پایه‌ی نوع · type</label>"
            "<label><input type=\"radio\" name=\"pv-colour\" value=\"community\"> خوشه · community</label></div>",
            "<div class=\"pv-row\"><button id=\"pv-png\" type=\"button\">PNG ⤓</button>"
            "<button id=\"pv-back\" type=\"button\" hidden>→ بازگشت · back</button></div>",
            "<h2>نوع · type</h2><div class=\"pv-legend\" id=\"pv-types\">"]
    for t in types:
        color, shape, fa = TYPE_STYLE.get(t, OTHER_STYLE)
        side.append(f"<label><input type=\"checkbox\" data-type=\"{html.escape(t)}\" checked>"
                    f"{_legend_shape(shape, color)}{html.escape(fa)} · {html.escape(t)}</label>")
    side.append("</div><div class=\"pv-legend\" id=\"pv-communities\" hidden>")
    for i, c in enumerate(groups[:len(PALETTE)]):
        head = min(c, key=lambda n: rank[n])
        side.append(f"<span class=\"pv-comm\"><span class=\"pv-swatch\" style=\"background:{PALETTE[i]}\"></span>"
                    f"<bdi>{html.escape(nodes[head]['label'])}</bdi> <bdi dir=\"ltr\">({len(c)})</bdi></span>")
    side.append("</div><h2>رابطه · predicate</h2><div class=\"pv-legend\">")
    for p in present:
        st = pred_style[p]
        side.append(f"<label title=\"{html.escape(st['en'])}\"><input type=\"checkbox\" data-pred=\"{html.escape(p)}\" checked>"
                    f"<span class=\"pv-line\" style=\"background:{st['color']}\"></span>{html.escape(st['fa'])} · {html.escape(p)}</label>")
    side.append("</div><h2>سال · years</h2><div class=\"pv-years\">")
    if years:
        side.append(f"<div><button id=\"pv-play\" type=\"button\" title=\"play through the years\">▶</button> "
                    f"<bdi dir=\"ltr\" id=\"pv-years-shown\">{years[0]}–{years[-1]}</bdi></div>"
                    f"<label>از · from <input id=\"pv-since\" type=\"range\" min=\"{years[0]}\" max=\"{years[-1]}\" "
                    f"value=\"{years[0]}\"></label><label>تا · to <input id=\"pv-until\" type=\"range\" min=\"{years[0]}\" "
                    f"max=\"{years[-1]}\" value=\"{years[-1]}\"></label>")
    side.append(f"<div><label><input id=\"pv-undated\" type=\"checkbox\" checked> بدون تاریخ · undated facts "
                f"<bdi dir=\"ltr\">({undated})</bdi></label></div></div>")
    side.append("<div id=\"pv-facts\"><p class=\"pv-meta\">روی یک گره کلیک کنید تا همسایگانش را ببینید، یا روی یک یال · "
                "click a node for its neighbourhood, or an edge</p></div>")
    side.append(f"<div id=\"pv-status\" dir=\"ltr\" data-nodes=\"\" data-edges=\"\" data-ready=\"false\" "
                f"data-total-nodes=\"{len(nodes)}\" data-total-edges=\"{len(edges)}\"></div></div>")
    data = {"nodes": nodes, "edges": edges, "predicates": pred_style, "palette": PALETTE, "edgeLength": EDGE_LENGTH,
            "layoutGrid": GRID, "layoutNear": NEAR, "layoutPull": PULL, "layoutGap": GAP, "layoutRowWidth": ROW_WIDTH,
            "edgeFont": EDGE_FONT,
            "types": {t: {"color": TYPE_STYLE.get(t, OTHER_STYLE)[0], "fa": TYPE_STYLE.get(t, OTHER_STYLE)[2]} for t in types}}
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
