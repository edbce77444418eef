"""A SPARQL 1.1 Protocol endpoint over a built store: the Oxigraph server.

``oxigraph serve-read-only`` (or ``serve`` with ``allow_update``) from the PyPI package
``oxigraph`` answers ``GET/POST /query`` (SELECT, ASK, CONSTRUCT, DESCRIBE with content
negotiation: SPARQL JSON/XML/CSV/TSV, Turtle, N-Triples, ...), ``/update`` when writable,
and the Graph Store Protocol on ``/store``; it has a query UI at ``/``. The union of the
article graphs is the default graph, as in ``payvand query``.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from payvand.graph.store import store_path


def oxigraph_binary() -> str:
    exe = Path(sys.executable).with_name("oxigraph")
    found = str(exe) if exe.exists() else shutil.which("oxigraph")
    if not found:
        raise FileNotFoundError("the 'oxigraph' server is not installed (pip install oxigraph)")
    return found


def command(out: str | Path, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
            timeout: int = 30) -> list[str]:
    store = store_path(out)
    mode = "serve" if allow_update else "serve-read-only"
    return [oxigraph_binary(), mode, "--location", str(store), "--bind", f"{host}:{port}",
            "--union-default-graph", "--timeout-s", str(timeout)]


def start(out: str | Path, **kwargs) -> subprocess.Popen:
    """Start the server in the background (the caller stops it)."""
    return subprocess.Popen(command(out, **kwargs), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def serve(out: str | Path, **kwargs) -> int:
    """Run the server in the foreground until interrupted; returns its exit status."""
    proc = subprocess.Popen(command(out, **kwargs))
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        proc.wait(timeout=10)
        return 0
