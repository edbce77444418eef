"""Bad input, interrupted and incremental builds, parallel builds, property tests."""
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from payvand import build as build_module
from payvand.build import build
from payvand.extract import extract
from payvand.extract.records import doc_records
from payvand.graph.sparql import query
from payvand.graph import store as store_module
from payvand.graph.store import Store
from payvand.types import Article
from tests.conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")


def _corpus(tmp: Path, n: int) -> Path:
    """n articles made of the seed's paragraphs (ours), one JSONL file."""
    paras = [p for p in SEED_TEXT.split("\n\n") if len(p) > 60]
    path = tmp / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = "\n\n".join(paras[(i + k) % len(paras)] for k in range(3))
            f.write(json.dumps({"id": f"a{i:03d}", "text": text, "published": "2021-06-0%d" % (1 + i % 9)},
                               ensure_ascii=False) + "\n")
    return path


def test_every_bad_input_is_named_and_good_ones_go_through(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(os.urandom(4096))
    (d / "latin1.txt").write_bytes("café ".encode("latin-1") * 3 + bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d]) * 3)
    (d / "huge.txt").write_text("شهردار تهران " * 800_000, encoding="utf-8")  # ~10 MB
    (d / "english.txt").write_text("The mayor of Paris met the mayor of Rome.", encoding="utf-8")
    (d / "broken.jsonl").write_text('{"id": "j1", "text": "شهردار شیراز"}\n{"id": \n[1, 2]\n', encoding="utf-8")
    (d / "scripts.html").write_text("<html><head><script>var x='<p>شهردار</p>';</script></head><body>"
                                    "<nav>منو</nav><article><p>" + SEED_TEXT.replace("\n", "</p><p>") +
                                    "</p></article><script>alert(1)</script></body></html>", encoding="utf-8")
    locked = d / "locked.txt"
    locked.write_text(SEED_TEXT, encoding="utf-8")
    locked.chmod(0)
    (d / "marks.txt").write_text("\u200fشهردار\u200d تهران\u202b با \u0651سفیر\u200e چین\u0301 دیدار کرد.", encoding="utf-8")
    summary = build([d], tmp_path / "out", viewer=False)
    reasons: dict[str, str] = {}
    for f in summary.failures:
        name = Path(f.source.split(":")[0]).name
        reasons[name] = reasons.get(name, "") + " | " + f.reason
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"] or "control" in reasons["binary.txt"]
    assert "limit" in reasons["huge.txt"]
    assert "broken JSON" in reasons["broken.jsonl"] and "no 'text'" in reasons["broken.jsonl"]
    assert {f.line for f in summary.failures if f.source.endswith("broken.jsonl")} == {2, 3}
    if os.geteuid() != 0:  # root reads any file
        assert "permission" in reasons["locked.txt"]
    with Store(tmp_path / "out" / "store") as store:
        ids = {str(g).rsplit("/", 1)[-1] for g in store.graphs()}
    assert {"good", "english", "marks", "scripts", "j1"} <= ids
    facts = (tmp_path / "out" / "facts.jsonl").read_text(encoding="utf-8")
    assert "alert" not in facts and "var x" not in facts


def test_cli_exit_status_says_some_input_failed(tmp_path):
    (tmp_path / "bad.jsonl").write_text("{nope\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "payvand.cli", "build", str(tmp_path / "bad.jsonl"), str(SEED),
                           "-o", str(tmp_path / "out")], capture_output=True, text=True)
    assert proc.returncode == 1 and "bad.jsonl:1" in proc.stderr


def test_a_changed_extractor_re_extracts_every_article(tmp_path, monkeypatch):
    import payvand.build
    from payvand.extract.data import _fingerprint

    code = tmp_path / "rules.py"
    code.write_text("A = 1\n")
    before = _fingerprint((), code)
    code.write_text("A = 2\n")
    assert _fingerprint((), code) != before  # a change to a rule file changes the fingerprint
    corpus = _corpus(tmp_path, 3)
    build([corpus], tmp_path / "out", viewer=False)
    monkeypatch.setattr(payvand.build, "extractor_fingerprint", lambda: "another extractor")
    again = build([corpus], tmp_path / "out", viewer=False)
    assert again.articles == 3 and again.skipped == 0


def test_incremental_build_skips_unchanged_and_replaces_changed(tmp_path):
    corpus = _corpus(tmp_path, 6)
    first = build([corpus], tmp_path / "out", viewer=False)
    assert first.articles == 6 and first.skipped == 0
    facts1 = (tmp_path / "out" / "facts.jsonl").read_text(encoding="utf-8")
    trig1 = (tmp_path / "out" / "graph.trig").read_bytes()
    again = build([corpus], tmp_path / "out", viewer=False)
    assert again.articles == 0 and again.skipped == 6 and again.quads == first.quads
    assert (tmp_path / "out" / "facts.jsonl").read_text(encoding="utf-8") == facts1
    assert (tmp_path / "out" / "graph.trig").read_bytes() == trig1  # read back from the store, the same bytes
    lines = corpus.read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[2])
    rec["text"] = "شهردار مشهد با سفیر چین دیدار کرد.\n\n" + "پیروز حناچی شهردار تهران است."
    lines[2] = json.dumps(rec, ensure_ascii=False)
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    changed = build([corpus], tmp_path / "out", viewer=False)
    assert changed.articles == 1 and changed.skipped == 5
    assert "پیروز حناچی" in (tmp_path / "out" / "facts.jsonl").read_text(encoding="utf-8")
    # nothing that only the old version said is left (in the shared graphs either)
    fresh = build([corpus], tmp_path / "fresh", viewer=False)
    assert changed.quads == fresh.quads
    for name in ("facts.jsonl", "graph.trig"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
    forced = build([corpus], tmp_path / "out", rebuild=True, viewer=False)
    assert forced.articles == 6 and forced.quads == changed.quads


def test_killed_build_leaves_a_usable_store_and_rerun_completes(tmp_path):
    corpus = _corpus(tmp_path, 40)
    reference = build([corpus], tmp_path / "ref", viewer=False)
    # batches of 4 articles, so that the kill lands while the store is being written
    code = f"import payvand.build as b; b.WRITE_BATCH = 4; b.build([{str(corpus)!r}], {str(tmp_path / 'out')!r}, " \
           f"viewer=False, progress=lambda i: print(i, flush=True))"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    done = 0
    for _ in proc.stdout:
        done += 1
        if done == 12:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    res = query(tmp_path / "out", "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a pv:Article }")
    assert 12 <= int(res.rows[0][0]) < 40
    rerun = build([corpus], tmp_path / "out", viewer=False)
    assert rerun.skipped >= 12 and rerun.quads == reference.quads
    for name in ("facts.jsonl", "graph.trig"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "ref" / name).read_bytes(), name


def test_a_batch_too_large_for_one_bulk_ingestion_is_written_in_a_transaction(tmp_path, monkeypatch):
    """Both ways of writing a batch store exactly the same quads."""
    articles = [Article(f"a{i}", p) for i, p in enumerate(p for p in SEED_TEXT.split("\n\n") if len(p) > 60)]
    batch = [store_module.article_nquads(a, doc_records(extract(a)), "digest") for a in articles]
    with Store(tmp_path / "bulk") as bulk:
        bulk.replace_many(batch)
        expected = set(bulk.oxigraph)
    monkeypatch.setattr(store_module, "BULK_ATOMIC", 10)
    with Store(tmp_path / "transaction") as store:
        inner = store.oxigraph
        calls = []

        class Recording:  # the pyoxigraph store, noting which of its methods are called
            def __getattr__(self, name):
                calls.append(name)
                return getattr(inner, name)

        with monkeypatch.context() as m:
            m.setattr(Store, "oxigraph", property(lambda self: Recording()))
            store.replace_many(batch)
        assert "load" in calls and "bulk_load" not in calls
        assert set(store.oxigraph) == expected and len(expected) > 10 * len(batch)


def test_workers_give_exactly_the_output_of_one(tmp_path):
    corpus = _corpus(tmp_path, 16)
    one = build([corpus], tmp_path / "w1", viewer=False)
    two = build([corpus], tmp_path / "w2", workers=2, viewer=False)
    assert one.quads == two.quads
    for name in ("facts.jsonl", "graph.trig"):
        assert (tmp_path / "w1" / name).read_bytes() == (tmp_path / "w2" / name).read_bytes(), name


def test_shared_extraction_returns_every_article_once(monkeypatch):
    """With a short helper queue the building process extracts some chunks itself: every
    article still comes back once, with exactly what extracting it alone gives."""
    monkeypatch.setattr(build_module, "QUEUED", 1)
    paras = [p for p in SEED_TEXT.split("\n\n") if len(p) > 60]
    articles = [Article(f"p{i}", paras[i % len(paras)]) for i in range(14)]
    with build_module._pool(1) as pool:
        got = list(build_module._extracted_shared(articles, pool, 1))
    assert sorted(a.id for a, _ in got) == sorted(a.id for a in articles)
    for article, result in got:
        assert result == build_module._safe_extract(article)


@pytest.mark.skipif(sys.platform != "linux", reason="pipe sizes are Linux's")
def test_the_pools_pipes_hold_a_chunks_results():
    import fcntl

    with build_module._pool(1) as pool:
        for queue in (pool._inqueue, pool._outqueue):
            assert fcntl.fcntl(queue._reader.fileno(), fcntl.F_GETPIPE_SZ) >= build_module.PIPE_SIZE


def test_dask_cluster_gives_the_same_output(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    corpus = _corpus(tmp_path, 8)
    one = build([corpus], tmp_path / "w1", viewer=False)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        viadask = build([corpus], tmp_path / "dask", dask=cluster.scheduler_address, viewer=False)
    assert viadask.quads == one.quads
    for name in ("facts.jsonl", "graph.trig"):
        assert (tmp_path / "w1" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


_NEWS = st.text(max_size=300) | st.lists(st.sampled_from(
    ["شهردار", " تهران", " با", " سفیر", " چین", " دیدار کرد", "،", ".", "\n", "\u200c", "ي", "ك", " خواهرخواندگی",
     " میان", " و", " به عنوان", " رئیس", " انجمن کلانشهرهای جهان", " ۲۰۲۱ تا ۲۰۲۴", "«", "»", "\u0651"]),
    max_size=40).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NEWS, st.none() | _NEWS)
def test_extraction_never_raises_and_offsets_index_the_original(text, title):
    """Offsets index the text, or the title where they say so (a fact only the headline states)."""
    doc = extract(Article("p", text, title=title))
    parts = {"text": text, "title": title}
    for span in doc.spans:
        assert parts[span.field][span.start:span.end] == span.text
    for rec in doc_records(doc):
        if rec["kind"] == "fact":
            ev = rec["evidence"]
            source = parts[ev.get("field", "text")]
            assert 0 <= ev["start"] <= ev["end"] <= len(source) and source[ev["start"]:ev["end"]] == ev["text"]


# No silent wrong answers: a command line that names nothing to read, or an output path that
# cannot be written, is one line on stderr and exit status 2, and nothing is made.

def _cli(*args: str):
    from typer.testing import CliRunner

    from payvand.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def _one_line_error(res, *words: str) -> None:
    said = " ".join(res.stderr.split())  # (rich folds long lines)
    assert res.exit_code == 2, res.output
    assert said.startswith("error:") and said.count("error:") == 1 and "Traceback" not in said, said
    for w in words:
        assert w in said, (w, said)


def test_a_folder_without_a_readable_article_is_an_error_and_makes_no_out(tmp_path):
    d = tmp_path / "scans"
    (d / "more").mkdir(parents=True)
    (d / "report.pdf").write_bytes(b"%PDF-1.4\n")
    (d / "more" / "photo.png").write_bytes(b"\x89PNG\r\n")
    for cmd in (["build", d, "-o", tmp_path / "out"], ["extract", d]):
        res = _cli(*cmd)
        _one_line_error(res, str(d), "no readable article", ".pdf", ".png", ".txt")
    assert not (tmp_path / "out").exists()
    res = _cli("build", tmp_path / "more" / "photo.png", "-o", tmp_path / "out")  # a file of no known kind
    assert res.exit_code == 2 and not (tmp_path / "out").exists()


def test_a_missing_input_is_an_error_and_makes_no_out(tmp_path):
    res = _cli("build", SEED, tmp_path / "nowhere.txt", "-o", tmp_path / "out")
    _one_line_error(res, str(tmp_path / "nowhere.txt"), "no such file or folder")
    assert not (tmp_path / "out").exists()


def test_input_that_holds_no_article_exits_non_zero(tmp_path):
    (tmp_path / "none.jsonl").write_text("\n\n", encoding="utf-8")  # a known kind, no article in it
    res = _cli("build", tmp_path / "none.jsonl", "-o", tmp_path / "out", "--no-viewer")
    assert res.exit_code == 1 and "no readable article in the input" in " ".join(res.stderr.split())


def test_an_article_that_gives_no_fact_builds_a_viewer_that_view_refuses(tmp_path):
    (tmp_path / "weather.txt").write_text("هوا\nامروز هوا آفتابی است و باد نمی‌وزد.\n", encoding="utf-8")
    res = _cli("build", tmp_path / "weather.txt", "-o", tmp_path / "out")
    assert res.exit_code == 0 and "Traceback" not in res.output, res.output
    assert (tmp_path / "out" / "viewer.html").is_file() and (tmp_path / "out" / "map.html").is_file()
    res = _cli("view", tmp_path / "out", "-o", tmp_path / "v.html")  # nothing to look at: said, not an empty page
    assert res.exit_code == 1 and "holds no fact" in res.stderr and not (tmp_path / "v.html").exists()


def test_an_empty_file_with_the_viewer_on_says_no_article_was_read(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    res = _cli("build", tmp_path / "empty.txt", "-o", tmp_path / "out")
    said = " ".join(res.stderr.split())
    assert res.exit_code == 1 and "Traceback" not in said and "no readable article in the input" in said, said


def test_out_that_is_a_file_is_a_one_line_error(tmp_path):
    taken = tmp_path / "taken"
    taken.write_text("keep me", encoding="utf-8")
    for out in (taken, taken / "out"):
        _one_line_error(_cli("build", SEED, "-o", out), str(taken), "is a file")
    assert taken.read_text(encoding="utf-8") == "keep me"


def test_every_output_option_refuses_the_wrong_kind_of_path(built, tmp_path):
    out, _ = built
    folder, file = tmp_path / "a-folder", tmp_path / "a-file"
    folder.mkdir()
    file.write_text("keep me", encoding="utf-8")
    for cmd, words in ((["view", out, "-o", folder], "is a folder"),
                       (["export", out, "--format", "gexf", "-o", folder], "is a folder"),
                       (["export", out, "--format", "trig", "-o", folder], "is a folder"),
                       (["export", out, "--format", "csv", "-o", file], "is a file"),
                       (["view", out, "-o", file / "viewer.html"], "is a file"),
                       (["train", SEED, "-o", folder], "is a folder")):
        _one_line_error(_cli(*cmd), words)
    assert file.read_text(encoding="utf-8") == "keep me" and not any(folder.iterdir())


def test_a_missing_query_or_facts_file_is_named(built, tmp_path):
    out, _ = built
    res = _cli("query", out, tmp_path / "nothere.rq")
    assert res.exit_code == 2 and "nothere.rq: no such query file" in " ".join(res.stderr.split())
    _one_line_error(_cli("evaluate", SEED, "--pred", tmp_path / "nothere.jsonl"), "nothere.jsonl: no such file")
