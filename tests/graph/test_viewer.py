"""The viewer in a real browser: Debian's Chromium driven by Playwright, network blocked."""
import json
import shutil
from pathlib import Path

import pytest

from payvand.build import build
from payvand.graph.network import load
from payvand.graph.viewer import render

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[2] / "out" / "test-artifacts"
EVIL = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"


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


def test_viewer_offline_counts_click_and_screenshot(built):
    out, _ = built
    g = load(out)
    page_path = out / "viewer.html"
    assert page_path.exists()
    html = page_path.read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in html and "cdnjs" not in html
    with _browser() as p:
        browser, page, seen = _open(p, page_path)
        status = page.locator("#pv-status")
        assert int(status.get_attribute("data-nodes")) == g.number_of_nodes()
        assert int(status.get_attribute("data-edges")) == g.number_of_edges()
        # click the node of Shiraz: its facts and evidence appear in the panel
        node = next(n for n, d in g.nodes(data=True) if d["label"] == "شیراز")
        pos = page.evaluate("id => { const p = network.getPositions([id])[id]; return network.canvasToDOM(p); }", node)
        box = page.locator("#mynetwork").bounding_box()
        page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
        page.wait_for_selector("#pv-facts .pv-fact")
        panel = page.locator("#pv-facts").inner_text()
        assert "شیراز" in panel and "memberOf" in panel
        assert page.locator("#pv-facts mark").count() > 0
        # Persian search across ي/ی and half-space variants
        page.fill("#pv-search", "شيراز")
        assert page.evaluate("network.getSelectedNodes()") == [node]
        # filters: only mayorOf edges
        for box_ in page.locator("input[data-pred]").all():
            if box_.get_attribute("data-pred") != "mayorOf":
                box_.uncheck()
        mayors = sum(1 for *_, d in g.edges(data=True) if d["predicate"] == "mayorOf")
        assert int(status.get_attribute("data-edges")) == mayors
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
