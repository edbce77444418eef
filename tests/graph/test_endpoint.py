"""`payvand serve`: the prefixes of `payvand query`, the offline query page, and a clean stop."""
import json
import re
import signal
import socket
import time
from pathlib import Path

import pytest

from payvand.graph.endpoint import start
from payvand.graph.sparql import PREFIX_IRIS, PREFIXES, canned_queries, entities_named, open_store, query

httpx = pytest.importorskip("httpx")
# a loaded 2-core machine can take seconds to answer; these tests check answers, not latency
http = httpx.Client(timeout=60)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def _served(out: Path):
    """(the `payvand serve` process, its URL) once it answers."""
    port = _free_port()
    proc = start(out, port=port)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        assert proc.poll() is None, proc.stderr.read().decode()
        try:
            if httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return proc, url
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError("the endpoint did not answer")


def _children(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


@pytest.fixture(scope="module")
def served(built):
    out, _ = built
    proc, url = _served(out)
    yield out, proc, url
    if proc.poll() is None:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_endpoint_predeclares_the_prefixes_of_query(served):
    out, _, url = served
    q = "SELECT ?mayor ?city WHERE { ?p pv:mayorOf ?c ; rdfs:label ?mayor . ?c rdfs:label ?city }"
    expected = {tuple(r) for r in query(out, q).rows}
    assert expected
    json_accept = {"Accept": "application/sparql-results+json"}
    for r in (http.get(url + "/query", params={"query": q}, headers=json_accept),
              http.post(url + "/query", data={"query": q}, headers=json_accept),
              http.post(url + "/query", content=q.encode(),
                         headers={**json_accept, "Content-Type": "application/sparql-query"})):
        assert r.status_code == 200, r.text
        got = {(b["mayor"]["value"], b["city"]["value"]) for b in r.json()["results"]["bindings"]}
        assert got == expected
    n = "SELECT (COUNT(*) AS ?n) WHERE { ?a pv:mayorOf ?b }"
    count = query(out, n).rows[0][0]
    for accept, marker in (("text/csv", f"n\r\n{count}\r\n"), ("text/tab-separated-values", "?n"),
                           ("application/sparql-results+xml", "<sparql")):
        r = http.post(url + "/query", data={"query": n}, headers={"Accept": accept})
        assert r.status_code == 200 and marker in r.text
    r = http.post(url + "/query", headers={"Accept": "text/turtle"},
                   data={"query": "CONSTRUCT { ?a pv:mayorOf ?b } WHERE { ?a pv:mayorOf ?b }"})
    assert r.status_code == 200 and r.text.count("mayorOf") == int(count)
    # a prefix the query declares itself wins over the predeclared one
    r = http.get(url + "/query", headers=json_accept, params={
        "query": "PREFIX pv: <http://example.org/nothing#> ASK { ?p pv:mayorOf ?c }"})
    assert r.json()["boolean"] is False
    r = http.post(url + "/update", data={"update": "INSERT DATA { pv:a pv:b pv:c }"})
    assert 400 <= r.status_code < 500  # read-only
    # an error's line is the query's own, whatever was added before it
    r = http.post(url + "/query", content=b"SELECT *\nWHERE { ?s ?p }",
                   headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 400 and "2:" in r.text and "12:" not in r.text, r.text


def _raw(url: str, request: bytes) -> bytes:
    """What the front answers to one raw HTTP request."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        return b"".join(iter(lambda: sock.recv(65536), b""))


def test_malformed_requests_get_an_answer(served):
    _, _, url = served
    assert _raw(url, b"POST /query HTTP/1.0\r\nContent-Length: abc\r\n\r\n").startswith(b"HTTP/1.0 400")
    assert _raw(url, b"POST /query HTTP/1.0\r\nContent-Length: -1\r\n\r\n").startswith(b"HTTP/1.0 400")
    assert _raw(url, b"POST /query HTTP/1.0\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 2\r\n\r\n\xff\xfe").startswith(b"HTTP/1.0 400")
    assert _raw(url, b"GET /x\x01y HTTP/1.0\r\n\r\n").startswith(b"HTTP/1.0 400")
    head = _raw(url, b"HEAD / HTTP/1.0\r\n\r\n")
    assert head.startswith(b"HTTP/1.0 200") and b"Server: Payvand" in head


def test_the_query_page_is_payvands_offline_with_prefixes_and_canned_queries(served):
    out, _, url = served
    r = http.get(url + "/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    page = r.text
    block = re.search(r'<script id="pv-data" type="application/json">(.*?)</script>', page, re.S)
    data = json.loads(block.group(1))
    assert data["prefixes"] == PREFIXES and all(f"PREFIX {n}: <{i}>" in PREFIXES for n, i in PREFIX_IRIS.items())
    assert [q["name"] for q in data["queries"]] == list(canned_queries())
    # no request leaves the page: no address outside the data, and only namespace IRIs in it
    assert not re.search(r"https?:|//[a-z]", page.replace(block.group(0), ""))
    assert set(re.findall(r"https?://[^\s<>\\]+", block.group(1))) <= set(PREFIX_IRIS.values())
    # a canned query's text, its parameters filled as `payvand query --name` fills them
    # (an entity parameter names the entities it matches, looked up through the server)
    r = http.get(url + "/canned/sister-cities", params={"city": "شيراز"})
    assert r.status_code == 200
    with open_store(out) as store:
        assert r.text == canned_queries()["sister-cities"].render({"city": "شيراز"}, lambda v: entities_named(store, v))
    assert "<https://w3id.org/payvand/id/" in r.text
    r = http.get(url + "/canned/sister-cities", params={"city": 'ناکجاآباد" } #'})
    assert r.status_code == 400 and "no entity is named" in r.text
    assert http.get(url + "/canned/nope").status_code == 404
    assert http.get(url + "/canned/sister-cities", params={"nope": "x"}).status_code == 400


def test_the_query_page_runs_what_it_shows_in_a_browser(served):
    import shutil

    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("chromium not installed (apt-get install chromium)")
    out, _, url = served

    def rows(page) -> list[list[str]]:
        page.wait_for_function("() => /rows/.test(document.getElementById('status').textContent)")
        return page.eval_on_selector_all("#results tr", "trs => trs.map(tr => [...tr.children].map(c => c.textContent))")

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.goto(url + "/")
        page.click("#run")  # the example: each mayor once, by the preferred labels
        shown = rows(page)
        expected = query(out, "SELECT DISTINCT ?p ?c WHERE { ?p pv:mayorOf ?c }").rows
        assert shown[0] == ["mayor", "city"] and len(shown) - 1 == len(expected) == len({tuple(r) for r in shown[1:]})
        # a parameter typed and Run clicked at once: the answer is for the value typed
        page.select_option("#canned", "mayors-of-city")
        page.wait_for_function("() => document.getElementById('query').value.includes('mayorOf')")
        page.fill("#params input[name=city]", "شيراز")
        page.click("#run")
        shown = rows(page)
        assert shown[0][:2] == ["city", "mayor"] and shown[1:] and all(r[0] == "شیراز" for r in shown[1:]), shown
        # a value that names no entity: its error, and the previous text is not run
        page.fill("#params input[name=city]", "ناکجاآباد")
        page.click("#run")
        page.wait_for_function("() => /no entity is named/.test(document.getElementById('status').textContent)")
        assert page.locator("#results tr").count() == 0
        browser.close()


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the process tree from /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_a_signal_stops_the_server_and_its_oxigraph_child(built, sig):
    out, _ = built
    proc, url = _served(out)
    port = int(url.rsplit(":", 1)[1])
    (child,) = _children(proc.pid)
    cmdline = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")
    assert Path(cmdline[0].decode()).name == "oxigraph"
    backend_port = int(cmdline[cmdline.index(b"--bind") + 1].rsplit(b":", 1)[1])
    assert _listening(backend_port)
    proc.send_signal(sig)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and (_listening(port) or _listening(backend_port)):
        time.sleep(0.1)
    assert not _listening(port) and not _listening(backend_port)
    assert proc.wait(timeout=5) == 0
    assert not Path(f"/proc/{child}").exists()  # stopped and reaped
