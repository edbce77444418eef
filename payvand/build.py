"""The main job: read articles, extract facts, store them as RDF, write the outputs.

``OUT/store/`` (Oxigraph), ``OUT/graph.trig`` (every named graph),
``OUT/facts.jsonl`` (one record per entity and per fact of every stored article) and
``OUT/viewer.html`` with its companion pages (``reading.html``, ``entity.html``,
``map.html``). An input that cannot be read is reported and skipped; the others
still go through and what is stored stays. Each entity's preferred label depends on every
stored article: it is recounted from all of them at the end of each build (their records pass
through anyway, to write ``facts.jsonl``), so it is right however the store was grown.

Builds are incremental: an article whose text and metadata (and the extractor) are
unchanged since the last build into the same OUT is skipped (its digest is in the store), a
changed one replaces its graph; ``rebuild=True`` re-extracts everything. Extraction can run
in ``workers`` processes (this one included) or on a Dask cluster; articles are read, and
the store written, by this one process. The output does not depend on how the work was spread.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing.pool
import os
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from itertools import batched
from dataclasses import dataclass, field
from pathlib import Path

from payvand.extract import extract
from payvand.extract.data import extractor_fingerprint
from payvand.extract.readers import input_problems, read
from payvand.extract.records import doc_records, record_line, tally_key
from payvand.graph.store import ArticleQuads, Store, article_nquads
from payvand.ontology.labels import LabelUse, Labels, record_labels
from payvand.types import Article, ExtractionError


WRITE_BATCH = 128  # articles per store write (Store.replace_many) ...
WRITE_BYTES = 32 << 20  # ... or fewer, when their N-Quads come to this many characters
CHUNK = 4  # articles per task of an extraction process
QUEUED = 4  # chunks waiting per extraction process (enough that it never runs dry; the last ones are
# work this process waits for at the end of the input: 8 made it wait 0.4-0.5 s of an 11 s build)
PIPE_SIZE = 1 << 20  # bytes of the pool's pipes; Linux's limit for an unprivileged process (fs.pipe-max-size)


class InputError(ValueError):
    """Inputs or an output path a build cannot start with; nothing was written. ``problems``
    holds one line for each, naming the path and the reason."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def output_problem(path: str | Path, folder: bool) -> str | None:
    """Why ``path`` cannot be written as a folder (``folder``) or as a file, or None: it is
    the other kind, or a file stands where one of its parent folders should be."""
    path = Path(path)
    if folder and path.exists() and not path.is_dir():
        return f"{path}: is a file, not a folder"
    if not folder and path.is_dir():
        return f"{path}: is a folder; give a file name"
    for parent in path.parents:
        if parent.exists():
            return None if parent.is_dir() else f"{path}: {parent} is a file, not a folder"
    return None


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

    def count(self, tally: Iterable[tuple[str, str]]) -> None:
        """Count records by their :func:`tally_key`."""
        for kind, name in tally:
            (self.entities if kind == "entity" else self.facts)[name] += 1


def article_digest(article: Article) -> str:
    """What an article's facts depend on: its text and metadata, and the extractor (its code and data)."""
    ident = json.dumps([extractor_fingerprint(), article.id, article.text, article.title, article.url,
                        article.published], ensure_ascii=False)
    return hashlib.sha256(ident.encode("utf-8")).hexdigest()


def extract_records(article: Article, pipeline=None) -> list[dict]:
    """The article's ``facts.jsonl`` records, extracted by ``pipeline`` (the default one if None)."""
    return doc_records(extract(article, pipeline))


@dataclass(frozen=True)
class Extracted:
    """What extraction hands the building process for an article: its N-Quads (which carry
    the records too, see Store) and ``graph.trig`` block, and its ``facts.jsonl`` lines with
    what the summary and the labels count, so that the end of a build need not read the store back."""

    quads: ArticleQuads
    lines: str
    tally: tuple[tuple[str, str], ...]
    labels: tuple[LabelUse, ...]


def _safe_extract(article: Article) -> tuple[Extracted | None, str | None]:
    """(the article's extraction, None), or (None, why extraction failed): workers report a
    failure instead of raising."""
    try:
        records = extract_records(article)
        return Extracted(article_nquads(article, records, article_digest(article)),
                         "".join(map(record_line, records)), tuple(map(tally_key, records)),
                         tuple(use for rec in records for use in record_labels(rec))), None
    except Exception as exc:  # one bad article must not stop the build
        return None, f"extraction failed: {exc!r}"


def _extract_chunk(articles: list[Article]) -> list[tuple[Article, tuple[Extracted | None, str | None]]]:
    return [(a, _safe_extract(a)) for a in articles]


def _warm() -> None:
    extract(Article("warm-up", "شهردار تهران"))


def _os_threads() -> int:
    """This process's threads as the OS counts them: native ones too (a store's, a library's),
    which ``threading`` does not see and a fork must not copy."""
    return len(os.listdir("/proc/self/task"))


def _pool(workers: int) -> multiprocessing.pool.Pool:
    """Extraction processes. On Linux, when this process runs no other thread, they are forked
    once it has loaded the extractor (gazetteers, patterns), so they start at once and share
    its memory; the caller makes them before it opens the store. If loading the extractor
    started a thread (numpy's BLAS pool, which hazm brings, unless ``OPENBLAS_NUM_THREADS=1``
    as the command line sets it), or threads already ran (a notebook, a server, a test run
    that opened stores), or elsewhere, they are spawned and load the extractor themselves."""
    import multiprocessing as mp

    if sys.platform == "linux" and _os_threads() == 1:
        _warm()
        if _os_threads() == 1:
            return _widen_pipes(mp.get_context("fork").Pool(workers))
    return _widen_pipes(mp.get_context("spawn").Pool(workers, initializer=_warm))


def _widen_pipes(pool: multiprocessing.pool.Pool) -> multiprocessing.pool.Pool:
    """Give the pool's pipes room for a chunk's results (some 150 KB an article: its N-Quads,
    TriG block and records). In a 64 KB pipe a worker waits, its result half sent, until this
    process's result thread has read the rest, piece by piece, each piece after winning the
    GIL from the extraction: on 2 cores the worker stood idle a third of the time. Linux only
    (elsewhere, or if the system refuses, the pipes stay as they are)."""
    try:
        import fcntl

        for queue in (pool._inqueue, pool._outqueue):  # CPython's pool keeps its pipes there
            fcntl.fcntl(queue._reader.fileno(), fcntl.F_SETPIPE_SZ, PIPE_SIZE)
    except (ImportError, AttributeError, OSError):
        pass
    return pool


def _extracted(articles: Iterable[Article], pool: multiprocessing.pool.Pool | None, helpers: int,
               dask: str | None) -> Iterator[tuple[Article, tuple]]:
    """(article, (its extraction, failure)) for every article."""
    if dask:
        yield from _extracted_dask(articles, dask)
    elif pool is not None:
        yield from _extracted_shared(articles, pool, helpers)
    else:
        for article in articles:
            yield article, _safe_extract(article)


def _extracted_shared(articles: Iterable[Article], pool: multiprocessing.pool.Pool, helpers: int):
    """Extraction shared between the ``helpers`` pool processes and this one, which also
    writes the store: chunks go to the pool while fewer than ``QUEUED`` per helper wait (so
    a helper never runs dry while this process writes), else this process extracts the next
    chunk itself. So every core extracts and the writing does not leave one idle; with a
    bounded number of chunks in flight, memory does not grow with the corpus. Results come
    roughly in input order; the output does not depend on it (the store is a set of quads,
    ``facts.jsonl`` is written in article-id order)."""
    chunks = map(list, batched(articles, CHUNK))
    inflight: deque = deque()
    more = True
    while True:
        while more and len(inflight) < QUEUED * helpers:  # top the helpers up first
            chunk = next(chunks, None)
            if chunk is None:
                more = False
            else:
                inflight.append(pool.apply_async(_extract_chunk, (chunk,)))
        if inflight and (inflight[0].ready() or not more):
            yield from inflight.popleft().get()
        elif more:
            chunk = next(chunks, None)
            if chunk is None:
                more = False
            else:
                yield from _extract_chunk(chunk)
        else:
            return


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


def _record_lines(records: Iterable[dict], summary: BuildSummary, labels: Labels) -> Iterator[bytes]:
    """The records' ``facts.jsonl`` lines, each counted in the summary and the labels as it goes."""
    for rec in records:
        summary.count([tally_key(rec)])
        labels.count(record_labels(rec))
        yield record_line(rec).encode("utf-8")


def _write_facts(records: Iterable[dict], out: Path, summary: BuildSummary, labels: Labels) -> None:
    with open(out / "facts.jsonl.tmp", "wb") as facts:
        facts.writelines(_record_lines(records, summary, labels))


class _Written:
    """What the build wrote for each article it extracted — its ``facts.jsonl`` lines and its
    ``graph.trig`` block — kept in a side file as it is stored: the end of the build copies
    them in order, and reads back from the store only what belongs to articles it skipped."""

    def __init__(self, path: Path):
        self.path = path
        self.file = open(path, "w+b")
        self.where: dict[str, tuple[int, int, int]] = {}  # article id -> (offset, lines' length, block's length)

    def add(self, article_id: str, lines: str, trig: bytes) -> None:
        data = lines.encode("utf-8")
        self.where[article_id] = (self.file.tell(), len(data), len(trig))
        self.file.write(data)
        self.file.write(trig)

    def _read(self, offset: int, length: int) -> bytes:
        self.file.flush()  # (a no-op once written out)
        return os.pread(self.file.fileno(), length, offset)

    def trig(self, article_id: str) -> bytes | None:
        """The article's ``graph.trig`` block, if this build made it."""
        if article_id not in self.where:
            return None
        offset, lines, block = self.where[article_id]
        return self._read(offset + lines, block)

    def write_facts(self, store: Store, out: Path, summary: BuildSummary, labels: Labels) -> None:
        """``facts.jsonl`` in article-id order, as :func:`_write_facts` would write it from the
        store; the summary and label counts of the written articles were taken as they were written."""
        with open(out / "facts.jsonl.tmp", "wb") as facts:
            for article in store.article_ids():
                if article in self.where:
                    offset, lines, _ = self.where[article]
                    facts.write(self._read(offset, lines))
                else:  # skipped: unchanged since an earlier build
                    facts.writelines(_record_lines(store.article_records(article), summary, labels))

    def close(self) -> None:
        self.file.close()
        self.path.unlink(missing_ok=True)


def build(inputs: Iterable[str | Path], out: str | Path, progress: Callable[[str], None] | None = None,
          workers: int = 1, dask: str | None = None, rebuild: bool = False, viewer: bool = True) -> BuildSummary:
    """Build ``inputs`` into ``out``. :class:`InputError`, before anything is written, when an
    input is missing or holds nothing a reader takes, or ``out`` cannot be a folder."""
    inputs = list(inputs)
    out = Path(out)
    problems = input_problems(inputs)
    if problem := output_problem(out, folder=True):
        problems.append(problem)
    if problems:
        raise InputError(problems)
    out.mkdir(parents=True, exist_ok=True)
    summary = BuildSummary(out)
    seen_ids: set[str] = set()
    with ExitStack() as stack:
        pool = stack.enter_context(_pool(workers - 1)) if workers > 1 and not dask else None
        store = stack.enter_context(Store(out / "store"))
        store.ensure_ontology()
        stored = store.digests()
        known = {} if rebuild else stored
        replaced = False  # an article already in the store was written again
        labels = Labels()  # of the articles written, then of the others as their records are read back

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

        # Store writes run in a thread of their own (Oxigraph releases the GIL), one batch at a
        # time, while this thread extracts or collects the next batch.
        writer = stack.enter_context(ThreadPoolExecutor(1, thread_name_prefix="payvand-store"))
        made = _Written(out / "written.parts")
        stack.callback(made.close)
        pending: list[Extracted] = []
        pending_size = 0
        writing: tuple[Future, list[Extracted]] | None = None

        def written() -> None:
            """Wait for the batch being written (a failed write raises here) and count it."""
            nonlocal replaced, writing
            if writing is None:
                return
            done, batch = writing
            writing = None
            done.result()
            for item in batch:
                article_id = item.quads.article_id
                replaced = replaced or article_id in stored
                made.add(article_id, item.lines, item.quads.trig)
                summary.count(item.tally)
                labels.count(item.labels)
                summary.articles += 1
                if progress:
                    progress(article_id)

        def flush() -> None:
            nonlocal writing, pending_size
            written()
            batch = pending.copy()
            pending.clear()
            pending_size = 0
            writing = writer.submit(store.replace_many, [item.quads for item in batch]), batch

        for article, (item, failure) in _extracted(todo(), pool, workers - 1, dask):
            if failure is not None:
                summary.failures.append(ExtractionError(article.source or article.id, failure))
                continue
            pending.append(item)
            pending_size += len(item.quads.own)
            if len(pending) >= WRITE_BATCH or pending_size >= WRITE_BYTES:
                flush()
        if pending:
            flush()
        written()
        if not seen_ids:  # (each input that failed is named already; this says what it comes to)
            summary.failures.append(ExtractionError(", ".join(map(str, inputs)), "no readable article in the input"))
        if replaced:  # new articles brought their shared triples; a replaced one may have left stale ones
            summary.entities.clear()
            summary.facts.clear()
            labels = Labels()
            _write_facts(store.rebuild_shared(store.records()), out, summary, labels)
        else:
            made.write_facts(store, out, summary, labels)
        store.set_labels(labels.triples())
        store.export(out / "graph.trig", blocks=made.trig)
        summary.quads = store.quad_count()
    (out / "facts.jsonl.tmp").replace(out / "facts.jsonl")
    if viewer:
        from payvand.graph.network import load
        from payvand.graph.pages import write_pages
        from payvand.graph.viewer import write

        g = load(out)
        write(g, out / "viewer.html")
        write_pages(out, g)
    return summary
