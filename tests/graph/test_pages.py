"""The companion pages (reading, entity, map): their data, and the pages in a real browser
(Debian's Chromium driven by Playwright, every request off the machine blocked)."""
import json
import shutil
from urllib.parse import quote

import pytest

from payvand.build import build
from payvand.graph.geo import coordinates, map_data
from payvand.graph.network import load
from payvand.graph.pages import collect, entity_data, reading_data
from payvand.ontology.mapping import assertion_iri
from tests.conftest import SEED

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
EVIL = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"


def _records(out):
    return [json.loads(line) for line in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM:
        pytest.skip("chromium not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        yield b
        b.close()


def _open(browser, url: str):
    """A page at ``url`` once its script has drawn it; what it requested and what it reported as errors."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    seen = {"requests": [], "errors": []}
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.route(lambda u: not u.startswith(("file:", "data:")), lambda route: route.abort())
    page.goto(url)
    page.wait_for_selector("#pv-main[data-ready=true]", timeout=30000)
    return page, seen


def test_reading_data_offsets_index_the_text(built):
    out, _ = built
    corpus = collect(out, load(out))
    text = SEED.read_text(encoding="utf-8")
    (article,) = corpus.articles
    assert article["text"] == text  # the store keeps the text as read
    facts = [r for r in _records(out) if r["kind"] == "fact"]
    data = reading_data(corpus)
    assert len(data["facts"]) == len(facts) == len(article["facts"]) > 0
    for rec, fact in zip(facts, data["facts"]):
        where = text if fact["in"] == "text" else article["title"]
        assert where[fact["start"]:fact["end"]] == rec["evidence"]["text"]
        assert fact["id"] == assertion_iri(rec["article"], rec)
        for key, end in (("sm", "s"), ("om", "o")):
            if fact[key]:
                assert where[fact[key][0]:fact[key][1]] == rec[end]["mention"]
                assert fact["start"] <= fact[key][0] < fact[key][1] <= fact["end"]
            else:
                assert rec[end]["mention"] not in rec["evidence"]["text"]


def _highlighted(page) -> dict[str, str]:
    """Each fact's highlighted stretches of the article's text, put together, by its index."""
    return page.evaluate("""() => {
        const out = {};
        document.querySelectorAll('.pv-text .pv-ev').forEach(s => s.dataset.facts.split(',').forEach(i => {
            out[i] = (out[i] || '') + s.textContent; }));
        return out; }""")


def test_reading_page_highlights_every_fact_in_place(built, browser):
    out, _ = built
    text = SEED.read_text(encoding="utf-8")
    facts = [r for r in _records(out) if r["kind"] == "fact"]
    page, seen = _open(browser, (out / "reading.html").as_uri() + "#article=" + quote(facts[0]["article"], safe=""))
    assert page.locator(".pv-text").text_content() == text
    # the highlighted stretches of each fact, put together, are its evidence at its offsets
    shown = _highlighted(page)
    indices = sorted(map(int, shown))
    assert len(indices) == len(facts)
    for i, rec in zip(indices, facts):
        assert shown[str(i)] == text[rec["evidence"]["start"]:rec["evidence"]["end"]] == rec["evidence"]["text"]
    # clicking a highlighted stretch selects its facts' cards, which link to the graph
    page.locator(".pv-text .pv-ev").first.click()
    card = page.locator(".pv-fact.pv-sel").first
    assert "viewer.html#edge=" in card.locator("a", has_text="graph").get_attribute("href")
    assert page.locator(".pv-fact").count() == len(facts)
    # a fact named in the fragment is selected
    page.goto((out / "reading.html").as_uri() + "#article=" + quote(facts[-1]["article"], safe="")
              + "&fact=" + quote(assertion_iri(facts[-1]["article"], facts[-1]), safe=""))
    page.wait_for_selector(".pv-fact.pv-sel")
    assert page.locator(".pv-fact.pv-sel").get_attribute("data-fact") == assertion_iri(facts[-1]["article"], facts[-1])
    assert not seen["errors"] and all(u.startswith("file:") for u in seen["requests"])
    page.close()


def test_entity_data_holds_labels_and_facts(built):
    out, _ = built
    records = _records(out)
    data = entity_data(collect(out, load(out)))
    entities = [r for r in records if r["kind"] == "entity"]
    assert set(data["entities"]) == {r["iri"] for r in entities}
    for rec in entities:
        ent = data["entities"][rec["iri"]]
        assert rec["label"] in ent["labels"] and ent["type"] == rec["type"]
        assert rec["article"] in ent["articles"]
        about = {assertion_iri(f["article"], f) for f in records
                 if f["kind"] == "fact" and rec["iri"] in (f["s"]["iri"], f["o"]["iri"])}
        assert {data["facts"][i]["id"] for i in ent["facts"]} == about
    shiraz = next(e for e in data["entities"].values() if e["label"] == "شیراز")
    assert "شیراز" in shiraz["keys"] and "shiraz" in shiraz["keys"]
    assert not any(m.startswith("این ") for e in data["entities"].values() for m in e["mentions"])


def test_entity_page_search_and_sections(built, browser):
    out, _ = built
    page, seen = _open(browser, (out / "entity.html").as_uri())
    page.fill(".pv-search", "شيراز")  # Arabic yeh: folded as the match keys are
    link = page.locator(".pv-results a").first
    assert link.text_content() == "شیراز"
    link.click()
    page.wait_for_selector("h1")
    assert "شیراز" in page.locator("h1").text_content()
    assert page.locator(".pv-labels .pv-pref").text_content() == "شیراز"
    assert page.locator("h3 .pv-pred", has_text="memberOf").count() == 1
    assert page.locator("blockquote mark").count() > 0
    reading = page.locator(".pv-fact .pv-meta a[href^='reading.html#article=']")
    assert reading.count() > 0
    assert page.locator("a[href^='viewer.html#node=']").count() == 1
    assert not seen["errors"] and all(u.startswith("file:") for u in seen["requests"])
    page.close()


def test_map_data_places_the_sample_cities(built, browser):
    out, _ = built
    g = load(out)
    data = map_data(g)
    cities = {c["iri"]: c for c in data["cities"]}
    linked = [(n, d["links"]["geonames"]) for n, d in g.nodes(data=True) if d["type"] == "City" and d["links"].get("geonames")]
    assert linked
    for iri, gid in linked:
        assert (cities[iri]["lat"], cities[iri]["lon"]) == coordinates(gid)
    assert {c["iri"] for c in data["unplaced"]} == {n for n, d in g.nodes(data=True) if d["type"] == "City"} - set(cities)
    places = set(cities) | {h["iri"] for h in data["hubs"]}
    assert data["links"] and all(link["from"] in places and link["to"] in places for link in data["links"])
    page, seen = _open(browser, (out / "map.html").as_uri())
    assert page.locator("#pv-svg circle.pv-city").count() == len(cities)
    assert page.locator("#pv-svg path.pv-link").count() == len(data["links"])
    assert page.locator("#pv-svg path.pv-land").count() > 150
    assert not seen["errors"] and all(u.startswith("file:") for u in seen["requests"])
    page.close()


def test_hostile_article_is_shown_as_text(tmp_path, browser):
    title = EVIL + " شهردار شیراز"
    # (characters outside the Basic Multilingual Plane before the facts: offsets count code
    # points, JavaScript's strings UTF-16 units; an address urlsplit cannot read)
    text = f"نماد 𝐀𝐁 🙂 است. حیدر اسکندرپور شهردار شیراز با شهردار تهران دیدار کرد. {EVIL}\nشیراز و تهران خواهرخوانده شدند."
    src = tmp_path / "evil.jsonl"
    src.write_text(json.dumps({"id": "evil", "title": title, "text": text, "url": "http://[::1"},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    build([src], out)
    facts = [r for r in _records(out) if r["kind"] == "fact"]
    assert facts
    for name in ("reading.html", "entity.html", "map.html"):
        assert "<script>window.pwned" not in (out / name).read_text(encoding="utf-8")
    page, seen = _open(browser, (out / "reading.html").as_uri())
    assert page.locator("table.pv-list a").first.text_content() == title
    page.goto((out / "reading.html").as_uri() + "#article=evil")
    page.wait_for_selector(".pv-text")
    assert page.locator("h1").text_content() == title
    assert page.locator(".pv-text").text_content() == text
    shown = _highlighted(page)
    body = [r["evidence"]["text"] for r in facts if r["evidence"].get("field", "text") == "text"]
    assert body and sorted(shown.values()) == sorted(body)
    assert page.locator(".pv-text img, h1 img, h1 script").count() == 0
    assert page.evaluate("window.pwned") is None
    assert not seen["errors"]
    page.close()


def test_entity_timeline_dates_a_post_without_a_term_by_its_article(built_dev, browser, tmp_path):
    from payvand.graph.pages import write_pages

    g = load(built_dev)
    write_pages(built_dev, g, tmp_path)
    tehran = "https://w3id.org/payvand/id/geonames/112931"
    mayors = [s for s, o, d in g.edges(data=True) if o == tehran and d["predicate"] == "mayorOf"]
    assert mayors, "the development articles name mayors of Tehran"
    page, seen = _open(browser, (tmp_path / "entity.html").as_uri() + "#iri=" + quote(tehran, safe=""))
    rows = page.locator(".pv-tl-row", has=page.locator(".pv-pred", has_text="mayorOf"))
    assert rows.count() >= 1 and rows.first.locator(".pv-tl-dot.pv-by-article").count() == 1
    assert "the article's date" in rows.first.get_attribute("title")
    assert not seen["errors"]
    page.close()
