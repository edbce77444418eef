"""Take the README's screenshots (``docs/screens/*.png``) in headless Chromium.

    payvand build payvand/sample -o out
    payvand build ../shared/corpus/dev.gold.jsonl ../shared/corpus/dev2.gold.jsonl -o /tmp/dev-out
    python scripts/make_screens.py out /tmp/dev-out docs/screens

Needs the test extras (Playwright, Pillow through matplotlib) and Debian's Chromium. The pictures
are 1400×900 pages, reduced to a 256-colour palette so that each stays under 250 KB.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image
from playwright.sync_api import Page, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_viewer import synthetic_graph  # noqa: E402

from payvand.graph.viewer import write  # noqa: E402


def _ready(page: Page) -> None:
    page.wait_for_selector("#pv-status[data-ready=true]", timeout=600_000)


def _save(page: Page, path: Path) -> None:
    page.screenshot(path=str(path))
    Image.open(path).convert("RGB").quantize(256, method=Image.Quantize.FASTOCTREE).save(path, optimize=True)
    print(f"{path} {path.stat().st_size // 1024} KB")


def main(sample: Path, dev: Path, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    synthetic = write(synthetic_graph(2000), Path(tempfile.mkdtemp()) / "viewer.html")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto((sample / "viewer.html").as_uri())
        _ready(page)
        _save(page, dest / "viewer-sample.png")
        page.goto((dev / "viewer.html").as_uri())
        _ready(page)
        page.check("input[name=pv-lang][value=en]")
        page.check("input[name=pv-colour][value=community]")
        _save(page, dest / "viewer-dev-english-communities.png")
        page.check("input[name=pv-lang][value=fa]")
        for box in page.locator("input[data-pred]").all():
            if box.get_attribute("data-pred") != "twinnedWith":
                box.uncheck()
        _save(page, dest / "viewer-dev-twinnings.png")
        page.goto(synthetic.as_uri())
        _ready(page)
        _save(page, dest / "viewer-synthetic-2000.png")
        page.goto((dev / "map.html").as_uri())
        page.wait_for_selector("#pv-main[data-ready=true]", timeout=60_000)
        _save(page, dest / "map-dev.png")
        browser.close()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*(Path(a).resolve() for a in sys.argv[1:]))
