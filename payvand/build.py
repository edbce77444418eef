"""The main job: read articles, extract facts, store them as RDF, write the outputs.

``OUT/store/`` (Oxigraph), ``OUT/graph.trig`` (every named graph),
``OUT/facts.jsonl`` (one record per entity and per fact, written from the store) and
``OUT/viewer.html``. An input that cannot be read is reported and skipped; the others
still go through and what is stored stays.

Builds are incremental: an article whose text and metadata are unchanged since the last
build into the same OUT is skipped (its digest is in the store), a changed one replaces
its graph; ``rebuild=True`` re-extracts everything. Extraction can run in ``workers``
processes or on a Dask cluster; articles are read, and the store written, by this one
process, in input order, so the output does not depend on how the work was spread.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from payvand import __version__
from payvand.extract import extract
from payvand.extract.readers import read
from payvand.extract.records import doc_records
from payvand.graph.store import Store, article_nquads
from payvand.types import Article, ExtractionError


WRITE_BATCH = 16  # articles per store transaction


@dataclass
class BuildSummary:
    out: Path
    articles: int = 0
    skipped: int = 0  # unchanged since the last build
    failures: list[ExtractionError] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    quads: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures


def article_digest(article: Article) -> str:
    """What an article's facts depend on: its text and metadata, and the extractor version."""
    ident = json.dumps([__version__, article.id, article.text, article.title, article.url, article.published],
                       ensure_ascii=False)
    return hashlib.sha256(ident.encode("utf-8")).hexdigest()


def extract_records(article: Article) -> list[dict]:
    return doc_records(extract(article))


def _safe_extract(article: Article) -> tuple[str | None, str | None]:
    """(the article's N-Quads, None), or (None, why extraction failed): workers report a
    failure instead of raising. The N-Quads carry the records too (see Store)."""
    try:
        records = extract_records(article)
        return article_nquads(article, records, article_digest(article)), None
    except Exception as exc:  # one bad article must not stop the build
        return None, f"extraction failed: {exc!r}"


def _extract_pair(article: Article) -> tuple[Article, tuple[str | None, str | None]]:
    return article, _safe_extract(article)


def _warm() -> None:
    extract(Article("warm-up", "شهردار تهران"))


def _extracted(articles: Iterable[Article], workers: int, dask: str | None) -> Iterator[tuple[Article, tuple]]:
    """(article, (N-Quads, failure)) in input order."""
    if dask:
        yield from _extracted_dask(articles, dask)
    elif workers > 1:
        import multiprocessing as mp

        with mp.get_context("spawn").Pool(workers, initializer=_warm) as pool:
            yield from pool.imap(_extract_pair, articles, chunksize=4)
    else:
        for article in articles:
            yield article, _safe_extract(article)


def _extracted_dask(articles: Iterable[Article], address: str, batch: int = 64):
    from dask.distributed import Client

    with Client(address) as client:
        pending: list[tuple[Article, object]] = []
        for article in articles:
            pending.append((article, client.submit(_safe_extract, article, pure=False)))
            if len(pending) >= batch:
                for a, fut in pending:
                    yield a, fut.result()
                pending = []
        for a, fut in pending:
            yield a, fut.result()


def build(inputs: Iterable[str | Path], out: str | Path, progress: Callable[[str], None] | None = None,
          workers: int = 1, dask: str | None = None, rebuild: bool = False, viewer: bool = True) -> BuildSummary:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = BuildSummary(out)
    seen_ids: set[str] = set()
    with Store(out / "store") as store:
        store.ensure_ontology()
        stored = store.digests()
        known = {} if rebuild else stored
        replaced = False  # an article already in the store was written again

        def todo() -> Iterator[Article]:
            for item in read(inputs):
                if isinstance(item, ExtractionError):
                    summary.failures.append(item)
                    continue
                if item.id in seen_ids:
                    summary.failures.append(ExtractionError(item.source or item.id, f"duplicate article id {item.id!r}; skipped"))
                    continue
                seen_ids.add(item.id)
                if known.get(item.id) == article_digest(item):
                    summary.skipped += 1
                    continue
                yield item

        pending: list[tuple[str, str]] = []

        def flush() -> None:
            nonlocal replaced
            store.replace_many(pending)
            for article_id, _ in pending:
                replaced = replaced or article_id in stored
                summary.articles += 1
                if progress:
                    progress(article_id)
            pending.clear()

        for article, (nquads, failure) in _extracted(todo(), workers, dask):
            if failure is not None:
                summary.failures.append(ExtractionError(article.source or article.id, failure))
                continue
            pending.append((article.id, nquads))
            if len(pending) >= WRITE_BATCH:
                flush()
        if pending:
            flush()
        with open(out / "facts.jsonl.tmp", "w", encoding="utf-8") as facts:
            # new articles brought their shared triples; a replaced one may leave stale ones
            records = store.rebuild_shared(store.records()) if replaced else store.records()
            for rec in records:
                facts.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
                if rec["kind"] == "entity":
                    summary.entities[rec["type"]] += 1
                else:
                    summary.facts[rec["p"]] += 1
        store.export(out / "graph.trig")
        summary.quads = store.quad_count()
    (out / "facts.jsonl.tmp").replace(out / "facts.jsonl")
    if viewer:
        from payvand.graph.network import load
        from payvand.graph.viewer import write

        write(load(out), out / "viewer.html")
    return summary
