"""A SPARQL 1.1 Protocol endpoint over a built store: the Oxigraph server behind a Payvand front.

``oxigraph serve-read-only`` (or ``serve`` with ``allow_update``) from the PyPI package
``oxigraph`` answers ``GET/POST /query`` (SELECT, ASK, CONSTRUCT, DESCRIBE with content
negotiation: SPARQL JSON/XML/CSV/TSV, Turtle, N-Triples, ...), ``/update`` when writable,
and the Graph Store Protocol on ``/store``, on a loopback port of its own. The front, in
this process, listens on the address asked for and

* gives ``/query`` and ``/update`` the prefixes that ``payvand query`` predeclares, so a
  query that runs in the command line runs on the endpoint;
* serves Payvand's query page at ``/`` (offline: the prefixes and the canned queries, no
  request leaves it; Oxigraph's own page fetches prefixes from the internet), and a canned
  query's text, its parameters filled as ``payvand query --name`` fills them, at
  ``/canned/NAME?param=value``;
* passes everything else through unchanged.

The union of the article graphs is the default graph, as in ``payvand query``. SIGTERM,
SIGINT and SIGHUP stop the front and the Oxigraph server with it.
"""
from __future__ import annotations

import ctypes
import http.client
import json
import shutil
import signal
import socket
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from payvand.graph.sparql import NAMES_QUERY, PREFIXES, QueryError, canned_queries, matching, with_prefixes
from payvand.graph.store import store_path

# headers that describe one connection, not the message: never passed on
_HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade",
               "content-length", "host"}
_FORM = "application/x-www-form-urlencoded"
_TEXT_BODY = {"/query": "application/sparql-query", "/update": "application/sparql-update"}
_FIELD = {"/query": "query", "/update": "update"}


def oxigraph_binary() -> str:
    exe = Path(sys.executable).with_name("oxigraph")
    found = str(exe) if exe.exists() else shutil.which("oxigraph")
    if not found:
        raise FileNotFoundError("the 'oxigraph' server is not installed (pip install oxigraph)")
    return found


def command(out: str | Path, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
            timeout: int = 30) -> list[str]:
    """The Oxigraph server's command line (the front starts it on a loopback port)."""
    store = store_path(out)
    mode = "serve" if allow_update else "serve-read-only"
    return [oxigraph_binary(), mode, "--location", str(store), "--bind", f"{host}:{port}",
            "--union-default-graph", "--timeout-s", str(timeout)]


def start(out: str | Path, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
          timeout: int = 30) -> subprocess.Popen:
    """``payvand serve`` in the background (the caller stops it, e.g. with ``terminate()``)."""
    args = [sys.executable, "-m", "payvand.cli", "serve", str(out), "--host", host, "--port", str(port),
            "--timeout", str(timeout)] + (["--allow-update"] if allow_update else [])
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def page() -> bytes:
    """Payvand's query page: the predeclared prefixes and the canned queries (names,
    descriptions, parameters) written into the shipped HTML, as JSON no text can break out of."""
    data = {"prefixes": PREFIXES,
            "queries": [{"name": q.name, "description": q.description, "params": q.params}
                        for q in canned_queries().values()]}
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    html = resources.files("payvand.graph").joinpath("assets", "query.html").read_text(encoding="utf-8")
    return html.replace("{{data}}", text, 1).encode("utf-8")


def _free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    """In the Oxigraph process, before it runs: Linux sends it SIGTERM when the front dies,
    even by SIGKILL, which no handler of the front's sees."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class _FrontServer(ThreadingHTTPServer):
    def __init__(self, address: tuple[str, int], backend: tuple[str, int]):
        self.backend = backend  # the Oxigraph server's address
        self.page = page()
        super().__init__(address, _Front)


class _Front(BaseHTTPRequestHandler):
    """Serves the page and the canned queries' text; adds the prefixes to queries and
    updates and hands them, and every other request, to the Oxigraph server. HTTP/1.0: a
    response ends when its connection closes, so any size of result streams through."""

    server: _FrontServer
    server_version = "Payvand"

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path in ("/", "/index.html"):
            self._send(200, "text/html; charset=utf-8", self.server.page)
        elif path.startswith("/canned/"):
            self._canned(unquote(path[len("/canned/"):]))
        else:
            self._forward()

    def do_POST(self) -> None:
        self._forward()

    do_HEAD = do_GET  # (the same answers, without their bodies: see _send)
    do_PUT = do_DELETE = do_POST

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _canned(self, name: str) -> None:
        query = canned_queries().get(name)
        if query is None:
            self._send(404, "text/plain; charset=utf-8", f"no canned query {name!r}".encode())
            return
        try:
            text = query.render(dict(parse_qsl(urlsplit(self.path).query, keep_blank_values=True)), self._entities_named)
        except QueryError as exc:
            self._send(400, "text/plain; charset=utf-8", str(exc).encode())
            return
        self._send(200, "application/sparql-query; charset=utf-8", text.encode())

    def _entities_named(self, value: str) -> list[str]:
        """What ``payvand query --name`` looks an entity parameter up with, asked of the Oxigraph
        server (which holds the store)."""
        conn = http.client.HTTPConnection(*self.server.backend)
        try:
            conn.request("POST", "/query", body=NAMES_QUERY.encode("utf-8"),
                         headers={"Content-Type": "application/sparql-query",
                                  "Accept": "application/sparql-results+json"})
            rows = json.loads(conn.getresponse().read())["results"]["bindings"]
        except (OSError, ValueError, KeyError) as exc:
            raise QueryError(f"the Oxigraph server did not list the entities' names ({exc})") from None
        finally:
            conn.close()
        return matching(((row["e"]["value"], row["name"]["value"]) for row in rows), value)

    def _forward(self) -> None:
        parts = urlsplit(self.path)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self.send_error(400, "Content-Length is not a length")
            return
        target, body = self.path, self.rfile.read(length)
        field = _FIELD.get(parts.path)
        try:
            if field and self.command == "GET" and parts.query:
                target = parts.path + "?" + _prefixed_form(parts.query, field)
            elif field and self.command == "POST":
                content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
                if content_type == _FORM:
                    body = _prefixed_form(body.decode("utf-8"), field).encode("utf-8")
                elif content_type == _TEXT_BODY[parts.path]:
                    body = with_prefixes(body.decode("utf-8"), keep_lines=True).encode("utf-8")
        except UnicodeDecodeError:
            self.send_error(400, "the request body is not UTF-8")
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        conn = http.client.HTTPConnection(*self.server.backend)
        try:
            conn.request(self.command, target, body=body or None, headers=headers)
            resp = conn.getresponse()
        except http.client.InvalidURL as exc:  # (a path no HTTP request can carry)
            conn.close()
            self.send_error(400, str(exc))
            return
        except OSError as exc:
            conn.close()
            self.send_error(502, f"the Oxigraph server did not answer ({exc})")
            return
        try:
            self.send_response(resp.status, resp.reason)
            for k, v in resp.getheaders():
                if k.lower() not in _HOP_BY_HOP:
                    self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                while chunk := resp.read(1 << 16):
                    self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away
        finally:
            conn.close()

    def log_message(self, format: str, *args) -> None:  # (a line per request on stderr is noise here)
        pass


def _prefixed_form(query_string: str, field: str) -> str:
    """A form's fields with the predeclared prefixes added to its query (or update)."""
    pairs = parse_qsl(query_string, keep_blank_values=True)
    return urlencode([(k, with_prefixes(v, keep_lines=True) if k == field else v) for k, v in pairs])


def _wait_listening(proc: subprocess.Popen, address: tuple[str, int], seconds: float = 60) -> bool:
    """True once the server accepts connections; False if it exited or took too long."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            socket.create_connection(address, timeout=1).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


def _stop(signum: int, _frame) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


def serve(out: str | Path, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
          timeout: int = 30, ready=None) -> int:
    """Serve until SIGINT, SIGTERM or SIGHUP; returns 0 then, or the Oxigraph server's status
    if it stopped by itself. Binding ``host:port`` raises OSError (in use, not allowed)
    before anything starts. ``ready()`` is called once the endpoint answers."""
    backend = ("127.0.0.1", _free_port("127.0.0.1"))
    front = _FrontServer((host, port), backend)
    try:
        proc = subprocess.Popen(command(out, *backend, allow_update=allow_update, timeout=timeout),
                                stdout=subprocess.DEVNULL,  # (its "listening at" names the inner port)
                                preexec_fn=_die_with_parent if sys.platform == "linux" else None)
    except BaseException:
        front.server_close()
        raise
    handlers = {s: signal.signal(s, _stop) for s in (signal.SIGTERM, signal.SIGHUP)}
    handlers[signal.SIGINT] = signal.getsignal(signal.SIGINT)
    try:
        if not _wait_listening(proc, backend):
            return proc.poll() or 1
        if ready:
            ready()
        front.serve_forever()
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        for s in handlers:  # a second signal must not cut the clean-up short
            signal.signal(s, signal.SIG_IGN)
        front.server_close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        for s, h in handlers.items():
            signal.signal(s, h)
