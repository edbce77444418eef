"""The viewer in a real browser: Debian's Chromium driven by Playwright, network blocked."""
import json
import math
import re
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
from typer.testing import CliRunner

from payvand.build import build
from payvand.cli import app
from payvand.extract.text import search_key
from payvand.graph.network import edge_years, load
from payvand.graph.viewer import TYPE_STYLE, filter_graph, render

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[2] / "out" / "test-artifacts"
EVIL = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"


def _data(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="pv-data">(.*?)</script>', html, re.S).group(1))


def _browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM:
        pytest.skip("chromium not installed (apt-get install chromium)")
    return sync_api.sync_playwright()


def _open(p, path: Path):
    browser = p.chromium.launch(executable_path=CHROMIUM, args=[
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"])
    page = browser.new_page()
    seen = {"requests": [], "errors": []}
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.route(lambda url: not url.startswith(("file:", "data:")), lambda route: route.abort())
    page.goto(path.as_uri())
    page.wait_for_selector("#pv-status[data-ready=true]", timeout=60000)
    return browser, page, seen


def test_viewer_offline_counts_click_filters_and_png(built):
    out, _ = built
    g = load(out)
    page_path = out / "viewer.html"
    assert page_path.exists()
    html = page_path.read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in html and "cdnjs" not in html
    data = _data(html)
    with _browser() as p:
        browser, page, seen = _open(p, page_path)
        status = page.locator("#pv-status")
        n, m = g.number_of_nodes(), g.number_of_edges()
        assert int(status.get_attribute("data-nodes")) == n
        assert int(status.get_attribute("data-edges")) == m
        assert status.inner_text() == f"{n} nodes · {m} edges" and status.get_attribute("dir") == "ltr"
        # drawn where Python laid it out, physics off
        drawn = page.evaluate("network.getPositions()")
        assert all((drawn[k]["x"], drawn[k]["y"]) == (v["x"], v["y"]) for k, v in data["nodes"].items())
        assert page.evaluate("network.physics.options.enabled") is False
        # click the node of Shiraz: its neighbourhood, its facts and evidence in the panel
        node = next(n_ for n_, d in g.nodes(data=True) if d["label"] == "شیراز")
        pos = page.evaluate("id => { const p = network.getPositions([id])[id]; return network.canvasToDOM(p); }", node)
        box = page.locator("#mynetwork").bounding_box()
        page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
        page.wait_for_selector("#pv-facts .pv-fact")
        panel = page.locator("#pv-facts").inner_text()
        assert "شیراز" in panel and "memberOf" in page.locator("#pv-facts .pv-pred").first.get_attribute("title")
        assert page.locator("#pv-facts mark").count() > 0
        assert page.locator("#pv-facts a.pv-entity-link").get_attribute("href") == "entity.html#iri=" + quote(node, safe="")
        article = next(d["evidence"][0]["article"] for s_, o_, d in g.edges(data=True) if node in (s_, o_))
        assert page.locator(f'#pv-facts a[href="reading.html#article={quote(article, safe="")}"]').count() > 0
        neighbours = set(g.predecessors(node)) | set(g.successors(node))
        assert int(status.get_attribute("data-nodes")) == 1 + len(neighbours)
        assert "neighbourhood of" in status.inner_text()
        page.click("#pv-back")
        assert int(status.get_attribute("data-nodes")) == n
        # the largest neighbourhood, fitted far out: its edge labels still 11 px on screen
        hub = max(data["nodes"], key=lambda k: len(set(g.predecessors(k)) | set(g.successors(k))))
        page.evaluate("id => payvand.openEgo(id)", hub)
        on_screen = page.evaluate("network.getScale() * network.edgesHandler.options.font.size")
        assert page.evaluate("network.getScale()") < 1 and on_screen >= data["edgeFont"] - 0.5, on_screen
        page.click("#pv-back")
        # English: a node with no English name shows its Persian one, marked
        page.check("input[name=pv-lang][value=en]")
        fa_only = next(k for k, v in data["nodes"].items() if not v["label_en"])
        page.evaluate("id => payvand.openEgo(id)", fa_only)
        assert page.locator("#pv-facts h2 .pv-fa-mark").count() == 1
        page.click("#pv-back")
        page.check("input[name=pv-lang][value=fa]")
        # what is typed is folded as Python folds the keys
        typed = ["شيراز", "SHIRAZ", "بین‌المللی", "بينالمللي", "۱۲۳ ٤٥", "رئیس", "هیئت", "«كرمان»", "مَشهد"]
        assert page.evaluate("xs => xs.map(payvandFold)", typed) == [search_key(x) for x in typed]
        # Persian search across ي/ی and half-space variants, and English in any case
        page.fill("#pv-search", "شيراز")
        assert page.evaluate("network.getSelectedNodes()") == [node]
        if g.nodes[node].get("label_en"):
            page.fill("#pv-search", g.nodes[node]["label_en"].lower())
            assert node in page.evaluate("network.getSelectedNodes()")
        page.fill("#pv-search", "")
        # links from the companion pages: #node= opens the neighbourhood, #edge= shows the fact
        page.evaluate("iri => { location.hash = 'node=' + encodeURIComponent(iri); }", node)
        page.wait_for_function("n => +document.getElementById('pv-status').dataset.nodes === n", arg=1 + len(neighbours))
        page.click("#pv-back")
        s_, o_, d_ = next((s_, o_, d_) for s_, o_, d_ in g.edges(data=True) if d_["predicate"] == "memberOf")
        page.evaluate("a => { location.hash = 'edge=' + encodeURIComponent(a); }", d_["evidence"][0]["assertion"])
        page.wait_for_function("() => document.querySelectorAll('#pv-facts .pv-fact').length === 1")
        assert "memberOf" in page.locator("#pv-facts .pv-pred").first.get_attribute("title")
        page.click("#pv-back")
        # filters: only mayorOf edges, laid out anew
        for box_ in page.locator("input[data-pred]").all():
            if box_.get_attribute("data-pred") != "mayorOf":
                box_.uncheck()
        mayors = [(s_, o_) for s_, o_, d in g.edges(data=True) if d["predicate"] == "mayorOf"]
        assert int(status.get_attribute("data-edges")) == len(mayors)
        moved = page.evaluate("network.getPositions()")
        assert any(abs(moved[s_]["x"] - drawn[s_]["x"]) > 1 for s_, _ in mayors)
        # what remains is laid out as a picture: ties short, no node on top of another
        edge = data["edgeLength"]
        ends = sorted({v for pair in mayors for v in pair})
        gap = lambda a, b: math.dist((moved[a]["x"], moved[a]["y"]), (moved[b]["x"], moved[b]["y"])) / edge
        assert max(gap(s_, o_) for s_, o_ in mayors) < 2.5, [gap(s_, o_) for s_, o_ in mayors]
        assert min(gap(a, b) for i, a in enumerate(ends) for b in ends[i + 1:]) > 0.4
        # the undated switch: off, only dated facts stay
        for box_ in page.locator("input[data-pred]").all():
            box_.check()
        page.uncheck("#pv-undated")
        dated = sum(1 for *_, d in g.edges(data=True) if edge_years(d))
        assert int(status.get_attribute("data-edges")) == dated
        page.check("#pv-undated")
        assert page.evaluate("payvand.png()").startswith("data:image/png;base64,")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "viewer.png"))
        browser.close()
    assert [u for u in seen["requests"] if not u.startswith(("file:", "data:"))] == []
    assert seen["errors"] == []


def test_article_text_cannot_run_in_the_viewer(tmp_path):
    text = ("شهردار تهران در سفر به برلین دیدار کرد.\n\n"
            f"پیروز حناچی شهردار تهران {EVIL} به عنوان نائب رئیس انجمن کلانشهرهای جهان انتخاب شد.")
    src = tmp_path / "evil.jsonl"
    src.write_text(json.dumps({"id": "evil", "title": EVIL, "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = build([src], out)
    assert summary.facts, "the article should still give facts"
    html = (out / "viewer.html").read_text(encoding="utf-8")
    assert EVIL not in html and "</script><img" not in html
    with _browser() as p:
        browser, page, seen = _open(p, out / "viewer.html")
        edge = page.evaluate("Object.keys(JSON.parse(document.getElementById('pv-data').textContent).edges)[0]")
        page.evaluate("id => network.emit('click', {nodes: [], edges: [id]})", edge)
        page.evaluate("""() => { const d = JSON.parse(document.getElementById('pv-data').textContent);
                                 const ids = Object.keys(d.edges).filter(e => d.edges[e].evidence.some(v => v.text.includes('<script>')));
                                 network.emit('click', {nodes: [], edges: ids}); }""")
        page.wait_for_timeout(300)
        assert page.evaluate("window.pwned") is None
        assert "<script>window.pwned=1</script>" in page.locator("#pv-facts").inner_text()
        browser.close()
    assert seen["errors"] == []


def test_render_filters_years_and_types(built):
    out, _ = built
    from payvand.graph.viewer import filter_graph

    g = load(out)
    members = filter_graph(g, predicates=["memberOf"])
    assert members.number_of_edges() == sum(1 for *_, d in g.edges(data=True) if d["predicate"] == "memberOf")
    cities = filter_graph(g, types=["City", "Country"])
    assert all(d["type"] in ("City", "Country") for _, d in cities.nodes(data=True))
    from payvand.graph.network import edge_years

    late = filter_graph(g, since=2022)
    assert all(not edge_years(d) or max(edge_years(d)) >= 2022 for *_, d in late.edges(data=True))
    preds = {d["predicate"] for *_, d in late.edges(data=True)}
    assert "foundedBy" not in preds  # founded in 1984
    assert any(d.get("end") == "2024" for *_, d in late.edges(data=True))
    assert 'id="pv-status"' in render(g)


def test_view_is_byte_identical_and_filters_match_any_case(built, tmp_path):
    out, _ = built
    runner = CliRunner()
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    for path in (first, second):
        result = runner.invoke(app, ["view", str(out), "-o", str(path)])
        assert result.exit_code == 0, result.output
    assert first.read_bytes() == second.read_bytes()
    g = load(out)
    result = runner.invoke(app, ["view", str(out), "-o", str(first), "--predicate", "MEMBEROF", "--type", "city",
                                 "--type", "organization", "--type", "PERSON"])
    assert result.exit_code == 0, result.output
    expected = filter_graph(g, ["memberOf"], ["City", "Organization", "Person"])
    assert expected.number_of_edges() > 0
    assert f"{expected.number_of_nodes()} nodes, {expected.number_of_edges()} edges" in result.output
    assert len(_data(first.read_text(encoding="utf-8"))["edges"]) == expected.number_of_edges()


def test_the_same_graph_gives_the_same_page_however_it_was_reached(built, tmp_path):
    out, _ = built
    g = load(out)
    # the build's viewer, `view` without filters, and every predicate and type named: one graph, one page
    result = CliRunner().invoke(app, ["view", str(out), "-o", str(tmp_path / "v.html")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "v.html").read_bytes() == (out / "viewer.html").read_bytes()
    everything = filter_graph(g, sorted({d["predicate"] for *_, d in g.edges(data=True)}),
                              sorted({d["type"] for _, d in g.nodes(data=True)}))
    assert list(everything.nodes) != list(g.nodes)  # reached in another order
    assert render(everything) == render(g)


@pytest.mark.parametrize("option, value, valid", [("--predicate", "twinned", "twinnedWith"), ("--type", "town", "City")])
def test_view_unknown_filter_value_is_a_one_line_error(built, tmp_path, option, value, valid):
    out, _ = built
    result = CliRunner().invoke(app, ["view", str(out), "-o", str(tmp_path / "v.html"), option, value])
    assert result.exit_code == 2
    message = result.output.strip()
    assert "\n" not in message and repr(value) in message and valid in message
    assert not (tmp_path / "v.html").exists()


def test_view_years_the_wrong_way_round_is_a_one_line_error(built, tmp_path):
    out, _ = built
    result = CliRunner().invoke(app, ["view", str(out), "-o", str(tmp_path / "v.html"), "--since", "2024", "--until", "2020"])
    assert result.exit_code == 2 and result.output.strip().count("\n") == 0 and "--since 2024" in result.output
    assert not (tmp_path / "v.html").exists()


def test_year_filter_undated_switch(built):
    out, _ = built
    g = load(out)
    undated = [d for *_, d in g.edges(data=True) if not edge_years(d)]
    assert undated, "the sample has facts without a year"
    kept = filter_graph(g, since=1900)
    dropped = filter_graph(g, since=1900, undated=False)
    assert kept.number_of_edges() - dropped.number_of_edges() == len(undated)
    assert all(edge_years(d) for *_, d in dropped.edges(data=True))
    assert filter_graph(g, undated=False).number_of_edges() == g.number_of_edges() - len(undated)  # no year bound


def test_page_has_positions_no_physics_and_shaped_legend(built):
    out, _ = built
    g = load(out)
    html = render(g)
    data = _data(html)
    assert set(data["nodes"]) == set(g.nodes)
    assert all(isinstance(v["x"], int) and isinstance(v["y"], int) for v in data["nodes"].values())
    assert len({(v["x"], v["y"]) for v in data["nodes"].values()}) == g.number_of_nodes()
    assert '"physics": {"enabled": false}' in html
    shapes = {"dot": "<circle", "square": "<rect", "diamond": "<polygon points=\"7,0", "triangle": "<polygon points=\"7,1"}
    for t in {d["type"] for _, d in g.nodes(data=True)}:
        color, shape, _ = TYPE_STYLE[t]
        legend = re.search(rf'data-type="{t}" checked><svg[^>]*fill="{color}">(<[^>]*>)</svg>', html)
        assert legend and legend.group(1).startswith(shapes[shape]), t
