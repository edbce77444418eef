"""The main job: read articles, extract facts, store them as RDF, write the outputs.

``OUT/store/`` (Oxigraph), ``OUT/graph.trig`` (every named graph),
``OUT/facts.jsonl`` (one record per entity and per fact) and ``OUT/viewer.html``. An input that cannot be read
is reported and skipped; the others still go through and what is stored stays.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from payvand.extract import extract
from payvand.extract.readers import read
from payvand.extract.records import doc_records
from payvand.graph.store import Store
from payvand.types import Article, ExtractionError


@dataclass
class BuildSummary:
    out: Path
    articles: int = 0
    failures: list[ExtractionError] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    quads: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures


def extract_records(article: Article) -> list[dict]:
    return doc_records(extract(article))


def build(inputs: Iterable[str | Path], out: str | Path,
          progress: Callable[[str], None] | None = None) -> BuildSummary:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = BuildSummary(out)
    seen_ids: set[str] = set()
    with Store(out / "store") as store, open(out / "facts.jsonl.tmp", "w", encoding="utf-8") as facts:
        store.ensure_ontology()
        for item in read(inputs):
            if isinstance(item, ExtractionError):
                summary.failures.append(item)
                continue
            if item.id in seen_ids:
                summary.failures.append(ExtractionError(item.source or item.id, f"duplicate article id {item.id!r}; skipped"))
                continue
            seen_ids.add(item.id)
            try:
                records = extract_records(item)
            except Exception as exc:  # one bad article must not stop the build
                summary.failures.append(ExtractionError(item.source or item.id, f"extraction failed: {exc!r}"))
                continue
            store.replace_article(item, records)
            for rec in records:
                facts.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
                if rec["kind"] == "entity":
                    summary.entities[rec["type"]] += 1
                else:
                    summary.facts[rec["p"]] += 1
            summary.articles += 1
            if progress:
                progress(item.id)
        store.export(out / "graph.trig")
        summary.quads = store.quad_count()
    (out / "facts.jsonl.tmp").replace(out / "facts.jsonl")
    from payvand.graph.network import load
    from payvand.graph.viewer import write

    write(load(out), out / "viewer.html")
    return summary
