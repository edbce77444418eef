"""Time for the viewer to be drawn at growing graph sizes, in headless Chromium.

    python benchmarks/bench_viewer.py [--nodes 500 5000]
A synthetic typed graph (:func:`synthetic_graph`) is rendered by
payvand.graph.viewer; the figures are the time from load to the filled #pv-status element, and
the time a filter (meetings unchecked) takes to lay out and draw what remains.
"""
from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

import networkx as nx

from payvand.graph.viewer import write


def synthetic_graph(n: int, seed: int = 3) -> nx.MultiDiGraph:
    """A typed graph shaped like the field's: clusters of about 50 nodes (a network, its member
    cities, their mayors) grown by preferential attachment, so each has hubs, and joined by a
    few ties across; ~2 edges a node."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    types = ["City"] * 5 + ["Person"] * 4 + ["Organization"]
    clusters = max(1, n // 50)
    ends: list[list[int]] = [[] for _ in range(clusters)]  # a node once per edge it has: preferential
    for i in range(n):
        c = i % clusters
        g.add_node(f"n{i}", type=rng.choice(types), label=f"گره {i}", label_en=f"node {i}", links={})
        for _ in range(2 if ends[c] else 0):
            j = rng.choice(ends[c]) if rng.random() < 0.95 else rng.randrange(i)
            g.add_edge(f"n{i}", f"n{j}", predicate=rng.choice(["memberOf", "metWith", "twinnedWith"]), role="",
                       status="", start="", end="", year=str(rng.randrange(2005, 2025)), evidence=[])
            ends[c] += [i, j]
        ends[c].append(i)
    return g


def main(sizes: list[int]) -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    tmp = Path(tempfile.mkdtemp(prefix="payvand-viewer-"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu",
                                                                    "--disable-background-networking"])
        for n in sizes:
            path = write(synthetic_graph(n), tmp / f"v{n}.html")
            page = browser.new_page()
            t = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_selector("#pv-status[data-ready=true]", timeout=600_000)
            secs = time.perf_counter() - t
            st = page.locator("#pv-status")
            edges = st.get_attribute("data-edges")
            t = time.perf_counter()  # the change event lays out and draws before dispatchEvent returns
            page.evaluate("""() => { const c = document.querySelector('input[data-pred="metWith"]');
                                     c.checked = false; c.dispatchEvent(new Event('change')); }""")
            filtered = time.perf_counter() - t
            print(f"{n:>6} nodes, {edges} edges: drawn in {secs:6.1f} s (page {path.stat().st_size / 1e6:.1f} MB); "
                  f"without meetings ({st.get_attribute('data-nodes')} nodes) laid out and drawn in {filtered:.1f} s")
            page.close()
        browser.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, nargs="+", default=[500, 5000])
    main(ap.parse_args().nodes)
