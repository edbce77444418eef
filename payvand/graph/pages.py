"""The viewer's companion pages: reading by article, entity pages, a map of the cities.

Three self-contained offline HTML files written beside ``viewer.html`` from the store alone
(each article's records, its text — ``schema:articleBody`` — and metadata), nothing
re-extracted. Each page carries its data in a JSON block (``<`` as ``\\u003c``) and its script
writes every article-derived string with ``textContent``.

Pages link to one another, and to the viewer, by the URL fragment, its parameters URI-encoded
as ``encodeURIComponent`` does (``key=value&key=value``)::

    reading.html#article=<article id>[&fact=<assertion IRI>]   an article, a fact of it selected
    entity.html#iri=<entity IRI>                                an entity's page
    map.html                                                    the map
    viewer.html#node=<entity IRI>                               the entity in the graph viewer
    viewer.html#edge=<assertion IRI>                            the edge one fact stands for

The assertion IRI is the one of the fact's ``pv:Assertion`` (also ``evidence[].assertion`` of
an edge of :func:`payvand.graph.network.load`), so the viewer finds the edge by it.
"""
from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import networkx as nx

from payvand.extract.mentions.entities import cues
from payvand.extract.text import search_key
from payvand.graph.geo import LINK_KINDS, map_data
from payvand.graph.sparql import PREFIXES, open_store
from payvand.ontology.labels import preferred
from payvand.ontology.mapping import article_id, assertion_iri

PAGES = {"reading": "reading.html", "entity": "entity.html", "map": "map.html"}
TYPE_COLOURS = {"City": "#2f7ed8", "Organization": "#c9a227", "Person": "#d9534f", "Country": "#5cb85c",
                "Event": "#8e6bbf"}
_ARTICLES = """
SELECT ?art ?title ?url ?date ?source WHERE {
  ?art a pv:Article
  OPTIONAL { ?art schema:headline ?title } OPTIONAL { ?art schema:url ?url }
  OPTIONAL { ?art schema:datePublished ?date } OPTIONAL { ?art pv:source ?source }
}
"""


def json_for_html(data) -> str:
    """JSON that cannot close the ``<script>`` block it sits in, nor open markup."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@dataclass
class Corpus:
    """What the pages show: articles (with their text), facts, entities; read from the store."""

    articles: list[dict]  # id, title, url, published, source, text (None if the store has none), facts
    facts: list[dict]  # see :func:`_fact`
    entities: dict[str, dict]  # iri -> label, label_en, type, labels, mentions, links, articles, facts


def _source(url: str, source: str) -> str:
    """Where an article comes from, as a reader names it: the site of its URL, else its file."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # (a malformed address, e.g. "http://[::1": no site to name)
        host = None
    if host:
        return host.removeprefix("www.")
    return Path(re.sub(r":\d+$", "", source)).name if source else ""


def _mention_at(evidence: dict, mention: str) -> list[int] | None:
    """[start, end] of an end's mention in the fact's evidence (its first occurrence there)."""
    i = evidence["text"].find(mention) if mention else -1
    return [evidence["start"] + i, evidence["start"] + i + len(mention)] if i >= 0 else None


def _fact(rec: dict) -> dict:
    ev = rec["evidence"]
    fact = {"id": assertion_iri(rec["article"], rec), "article": rec["article"], "s": rec["s"]["iri"], "p": rec["p"],
            "o": rec["o"]["iri"], "in": ev.get("field", "text"), "start": ev["start"], "end": ev["end"],
            "text": ev["text"], "sm": _mention_at(ev, rec["s"]["mention"]), "om": _mention_at(ev, rec["o"]["mention"]),
            "rule": rec["rule"], "confidence": float(rec["confidence"])}
    for k in ("role", "status", "year"):
        if rec.get(k):
            fact[k] = str(rec[k])
    for k in ("start", "end"):  # the term of a post, not the evidence offsets
        if rec.get(k):
            fact["term_" + k] = str(rec[k])
    return fact


def _is_reference(mention: str) -> bool:
    """A mention that refers back to a name (این انجمن, وی) rather than being one."""
    c = cues()["coref"]
    words = mention.split()
    return bool(words) and (words[0] == c["this"] or mention in c["pronouns"] or mention in c["bare_heads"]
                            or words[0] in c["delegation"])


def collect(out: str | Path, g: nx.MultiDiGraph) -> Corpus:
    """The corpus of a built folder; ``g`` (:func:`payvand.graph.network.load` of it) gives
    each entity's preferred and English label."""
    with open_store(out) as store:
        meta = {article_id(row["art"].value): {k: "" if row[k] is None else row[k].value
                                               for k in ("title", "url", "date", "source")}
                for row in store.query(PREFIXES + _ARTICLES)}
        texts = store.article_texts()
        articles: list[dict] = []
        facts: list[dict] = []
        entities: dict[str, dict] = {}
        labels: dict[str, Counter] = defaultdict(Counter)
        for art in store.article_ids():
            m = meta.get(art, {})
            article = {"id": art, "title": m.get("title", ""), "url": m.get("url", ""),
                       "published": m.get("date", ""), "source": _source(m.get("url", ""), m.get("source", "")),
                       "text": texts.get(art), "facts": []}
            articles.append(article)
            for rec in store.article_records(art):
                if rec["kind"] == "entity":
                    ent = entities.setdefault(rec["iri"], {"type": rec["type"], "label_en": "", "mentions": set(),
                                                           "links": {}, "articles": set(), "facts": []})
                    labels[rec["iri"]][rec["label"]] += 1
                    ent["label_en"] = ent["label_en"] or rec.get("en", "")
                    ent["mentions"].update(x for x in rec["mentions"] if not _is_reference(x))
                    ent["links"].update({k: str(v) for k, v in rec.get("links", {}).items()})
                    ent["articles"].add(art)
                    continue
                article["facts"].append(len(facts))
                for end in (rec["s"]["iri"], rec["o"]["iri"]):
                    if end in entities and len(facts) not in entities[end]["facts"]:
                        entities[end]["facts"].append(len(facts))
                facts.append(_fact(rec))
    for iri, ent in entities.items():
        node = g.nodes[iri] if iri in g else {}
        ent["label"] = node.get("label") or preferred(labels[iri])
        ent["label_en"] = node.get("label_en") or ent["label_en"]
        ent["labels"] = [ent["label"], *sorted(set(labels[iri]) - {ent["label"]})]
        ent["mentions"] = sorted(ent["mentions"] - set(ent["labels"]))
        ent["articles"] = sorted(ent["articles"])
    return Corpus(articles, facts, entities)


def _ends(corpus: Corpus, facts: list[dict]) -> dict[str, dict]:
    """The entities that the facts name: label, English label and type."""
    iris = sorted({f[k] for f in facts for k in ("s", "o")})
    return {i: {k: corpus.entities[i][k] for k in ("label", "label_en", "type")} for i in iris if i in corpus.entities}


def reading_data(corpus: Corpus) -> dict:
    """Articles with their text and facts (offsets and mentions; the sentence is in the text)."""
    facts = [{k: v for k, v in f.items() if k != "text"} for f in corpus.facts]
    return {"articles": corpus.articles, "facts": facts, "entities": _ends(corpus, corpus.facts)}


def entity_data(corpus: Corpus) -> dict:
    """Entities (labels, aliases, search keys, links, articles, facts) with the facts' evidence
    and the articles' metadata. Search keys are :func:`search_key`, as the page
    folds what is typed (common.js)."""
    entities = {}
    for iri, ent in sorted(corpus.entities.items()):
        names = [*ent["labels"], ent["label_en"], *ent["mentions"]]
        entities[iri] = {**ent, "keys": sorted({search_key(x) for x in names if x} - {""})}
    articles = {a["id"]: {k: a[k] for k in ("title", "url", "published", "source")} | {"facts": len(a["facts"])}
                for a in corpus.articles}
    return {"entities": entities, "facts": corpus.facts, "articles": articles}


def _basemap() -> dict:
    return json.loads((resources.files("payvand.graph") / "assets" / "world-110m.json").read_text(encoding="utf-8"))


def _asset(name: str) -> str:
    return (resources.files("payvand.graph") / "assets" / name).read_text(encoding="utf-8")


def render(kind: str, data: dict, viewer: str = "viewer.html", title: str = "پیوند · Payvand") -> str:
    """One page (``kind``: reading, entity or map), its data and scripts inlined."""
    names = {"reading": "خواندن خبرها · articles", "entity": "موجودیت‌ها · entities", "map": "نقشه · map"}
    nav = " ".join(f"<a href=\"{html.escape(href)}\"{' class=\"pv-here\"' if k == kind else ''}>{html.escape(names[k])}</a>"
                   for k, href in PAGES.items())
    nav += f" <a href=\"{html.escape(viewer)}\">گراف · graph</a>"
    config = {"pages": PAGES, "viewer": viewer, "colours": TYPE_COLOURS, "kinds": list(LINK_KINDS)}
    return "\n".join([
        "<!DOCTYPE html>", "<html lang=\"fa\" dir=\"rtl\">", "<head>", "<meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>{html.escape(names[kind])} · {html.escape(title)}</title>",
        f"<style>{_asset('pages.css')}</style>", "</head>",
        f"<body class=\"pv-{kind}\">",
        f"<header><strong>{html.escape(title)}</strong> <nav>{nav}</nav></header>",
        "<main id=\"pv-main\"></main>",
        f"<script type=\"application/json\" id=\"pv-config\">{json_for_html(config)}</script>",
        f"<script type=\"application/json\" id=\"pv-data\">{json_for_html(data)}</script>",
        f"<script>{_asset('common.js')}\n{_asset('pages.js')}</script>",
        f"<script>{_asset(kind + '.js')}</script>",
        "</body>", "</html>", ""])


def write_pages(out: str | Path, g: nx.MultiDiGraph, folder: str | Path | None = None,
                viewer: str = "viewer.html") -> list[Path]:
    """Write reading.html, entity.html and map.html of the built folder ``out`` into ``folder``
    (default ``out``), linking to the viewer file named ``viewer`` there."""
    corpus = collect(out, g)
    folder = Path(folder or out)
    maps = map_data(g) | {"world": _basemap()}
    written = []
    for kind, data in (("reading", reading_data(corpus)), ("entity", entity_data(corpus)), ("map", maps)):
        path = folder / PAGES[kind]
        path.write_text(render(kind, data, viewer), encoding="utf-8")
        written.append(path)
    return written
