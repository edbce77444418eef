"""``facts.jsonl`` records: one JSON object per entity and per fact of an article."""
from __future__ import annotations

import json
from typing import Any

from payvand.extract.text import Doc
from payvand.ontology.mapping import entity_iri


def _end(doc: Doc, iris: dict[int, str], ent_idx: int, mention_idx: int | None = None) -> dict[str, Any]:
    ent = doc.entities[ent_idx]
    mention = doc.spans[mention_idx].text if mention_idx is not None else ent.label
    return {"iri": iris[ent_idx], "label": ent.label, "mention": mention, "type": ent.type}


def entity_record(doc: Doc, idx: int, iri: str) -> dict[str, Any]:
    ent = doc.entities[idx]
    mentions = sorted({doc.spans[m].text for m in ent.mentions})
    rec = {"kind": "entity", "article": doc.article.id, "iri": iri, "type": ent.type,
           "label": ent.label, "mentions": mentions, "links": ent.links}
    if ent.en:
        rec["en"] = ent.en
    return rec


def fact_record(doc: Doc, fact, iris: dict[int, str]) -> dict[str, Any]:
    """A fact's record; ``iris``: the IRI of each entity it may name, by index."""
    rec: dict[str, Any] = {"kind": "fact", "article": doc.article.id, "s": _end(doc, iris, fact.s, fact.s_mention),
                           "p": fact.p, "o": _end(doc, iris, fact.o, fact.o_mention)}
    for k in ("role", "start", "end", "status", "year"):
        v = getattr(fact, k)
        if v:
            rec[k] = v
    rec["evidence"] = {"text": fact.evidence.text, "start": fact.evidence.start, "end": fact.evidence.end}
    if fact.evidence.field != "text":
        rec["evidence"]["field"] = fact.evidence.field  # the offsets index the article's title
    rec["rule"] = fact.rule
    rec["confidence"] = fact.confidence
    return rec


def doc_records(doc: Doc) -> list[dict[str, Any]]:
    """Entities that take part in a fact, then the facts, in a stable order."""
    used = sorted({f.s for f in doc.facts} | {f.o for f in doc.facts})
    facts = sorted(doc.facts, key=lambda f: (f.evidence.field == "title", f.evidence.start, f.p, f.s, f.o, f.role or ""))
    iris = {i: entity_iri(doc.entities[i]) for i in used}  # each made once (an entity ends several facts)
    return [entity_record(doc, i, iris[i]) for i in used] + [fact_record(doc, f, iris) for f in facts]


def record_line(rec: dict[str, Any]) -> str:
    """A record as its ``facts.jsonl`` line."""
    return json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n"


def tally_key(rec: dict[str, Any]) -> tuple[str, str]:
    """What a build's summary counts a record under: ("entity", type) or ("fact", predicate)."""
    return (rec["kind"], rec["type"] if rec["kind"] == "entity" else rec["p"])
