"""Every notebook under notebooks/ runs offline from the repository, top to bottom, and shows
what it promises. 01 runs as shipped (it builds the sample); 02 and 03 are pointed at a built
folder through the one variable of their first code cell, as a user points them at their own."""
import re
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
PARAMETER = "OUT = None"


def test_notebooks_exist():
    assert [p.name for p in NOTEBOOKS] == ["01-quickstart.ipynb", "02-network-analysis.ipynb", "03-sparql.ipynb"]


def _run(path: Path, out: Path | None):
    """The notebook executed, with OUT set to ``out`` (None: as shipped)."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.get("outputs") for c in code), "commit notebooks without outputs"
    first = code[0]
    assert "parameters" in first.metadata.get("tags", [])
    assert [l for l in first.source.splitlines() if not l.startswith("#")] == [PARAMETER]
    if out is not None:
        first.source = first.source.replace(PARAMETER, f"OUT = {str(out)!r}")
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


def _outputs(nb) -> list[dict]:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]


def test_quickstart_builds_the_sample_and_shows_facts():
    nb = _run(NOTEBOOKS[0], None)
    outputs = _outputs(nb)
    assert any("1 article(s)" in o.get("text", "") for o in outputs)
    tables = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert tables and "mayorOf" in tables[0]
    assert any("conforms" in o.get("text", "") for o in outputs)


def test_network_analysis_draws_its_figure_and_the_viewer_inline(built):
    out, _ = built
    nb = _run(NOTEBOOKS[1], out)
    outputs = _outputs(nb)
    assert not any("1 article(s)" in o.get("text", "") for o in outputs)  # it read OUT, built nothing
    assert any("image/png" in o.get("data", {}) for o in outputs), "the matplotlib figure is drawn inline"
    frames = [o["data"]["text/html"] for o in outputs if "<iframe" in o.get("data", {}).get("text/html", "")]
    assert len(frames) == 1
    # the whole viewer is in the output (no file path to go stale), its page escaped into srcdoc
    assert re.match(r'<iframe srcdoc="&lt;', frames[0]) and "pv-status" in frames[0]
    assert str(out) not in frames[0]
    assert "&lt;/html&gt;" in frames[0]


def _rows(table: str) -> list[tuple[str, ...]]:
    """The data cells of each body row of a DataFrame's HTML."""
    body = table.split("<tbody>", 1)[1]
    return [tuple(re.findall(r"<td>(.*?)</td>", tr, re.S)) for tr in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


def test_sparql_answers_on_the_given_folder_naming_each_entity_once(built_dev):
    nb = _run(NOTEBOOKS[2], built_dev)  # the development articles (several spellings of a city) and the sample
    outputs = _outputs(nb)
    assert not any("1 article(s)" in o.get("text", "") for o in outputs)
    tables = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert len(tables) == 5 and "iranian-mayors-posts" in tables[0]
    assert "حیدر اسکندرپور" in tables[1]  # the mayors' posts, from the built folder
    seats = _rows(tables[4])
    assert len(seats) > 5 and len(set(seats)) == len(seats)  # one row per city, organization and role
