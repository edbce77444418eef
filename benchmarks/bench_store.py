"""Loading quads through Payvand's store against raw pyoxigraph bulk load of the same
N-Quads, and the latency of every canned query at each size.

    python benchmarks/bench_store.py [--sizes 100000 1000000]
Target: Payvand load time <= 1.5x the raw bulk load.
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph

import synth
from payvand.build import WRITE_BATCH, article_digest, extract_records
from payvand.graph.sparql import canned_queries, run_canned
from payvand.graph.store import Store, article_nquads
from payvand.ontology.labels import Labels, record_labels
from payvand.types import Article


def article_batch(n_quads: int):
    """Synthetic articles with their records, enough for about ``n_quads`` quads."""
    recs = list(synth.generate(60, seed=11))
    arts = [Article(r["id"], r["text"], title=r["title"], published=r["published"]) for r in recs]
    extracted = [(a, extract_records(a)) for a in arts]
    # each copy adds about its template's own quads (its shared ones repeat the template's)
    sizes = [article_nquads(a, records, "").own.count("\n") for a, records in extracted]
    out, total, i = [], 0, 0
    while total < n_quads:
        a, records = extracted[i % len(extracted)]
        copy = Article(f"{a.id}-{i}", a.text, title=a.title, published=a.published)
        out.append((copy, json.loads(json.dumps(records).replace(a.id, copy.id))))
        total += sizes[i % len(extracted)]
        i += 1
    return out


def main(sizes: list[int]) -> None:
    for size in sizes:
        tmp = Path(tempfile.mkdtemp(prefix="payvand-store-"))
        batch = article_batch(size)
        t = time.perf_counter()
        prepared = [article_nquads(a, records, article_digest(a)) for a, records in batch]
        t_convert = time.perf_counter() - t
        t = time.perf_counter()
        with Store(tmp / "payvand") as store:
            for i in range(0, len(prepared), WRITE_BATCH):  # as a build writes them
                store.replace_many(prepared[i:i + WRITE_BATCH])
            labels = Labels()  # and as it ends: the preferred labels
            labels.count(use for _, records in batch for rec in records for use in record_labels(rec))
            store.set_labels(labels.triples())
            store.oxigraph.flush()
            t_write = time.perf_counter() - t
            quads = store.quad_count()
            store.export(tmp / "dump.nq", fmt="nquads")  # the baseline's input, not timed
        t_payvand = t_convert + t_write
        raw = pyoxigraph.Store(str(tmp / "raw"))
        t = time.perf_counter()
        raw.bulk_load(path=str(tmp / "dump.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
        raw.flush()
        t_raw = time.perf_counter() - t
        print(f"{quads:>9} quads ({len(batch)} articles): payvand {t_payvand:7.2f} s end to end "
              f"(records -> N-Quads {t_convert:.2f} s, article writes {t_write:.2f} s), "
              f"raw bulk_load {t_raw:7.2f} s; ratio {t_payvand / t_raw:5.2f} end to end, "
              f"{t_write / t_raw:5.2f} for the writes alone (target <= 1.5)")
        out = tmp / "out"
        out.mkdir()
        shutil.move(str(tmp / "payvand"), str(out / "store"))
        run_canned(out, "foundations")  # open the store once before timing
        for name in canned_queries():
            t = time.perf_counter()
            rows = len(run_canned(out, name).rows)
            print(f"    {name:28} {1000 * (time.perf_counter() - t):8.1f} ms  {rows} rows")
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    main(ap.parse_args().sizes)
