"""Scoring against gold annotations (``../shared/corpus/GUIDE.md`` format).

A predicted entity matches a gold entity when one of its surface forms (label or a
mention) equals the gold label or one of its aliases after :func:`match_key`
(letter variants, diacritics, half-spaces, spaces and punctuation removed). Facts
match on predicate and matched ends, either direction for symmetric predicates;
*strict* also needs the role when the gold fact has one, *relaxed* ignores roles.
A duplicate prediction counts once.

Entities are scored as the gold is annotated: only entities that take part in at
least one fact count, on both sides.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from collections.abc import Sequence
from pathlib import Path

from payvand.extract.gold import GoldFacts, forms, gold_article, read_gold


@dataclass
class Score:
    tp_pred: int = 0
    pred: int = 0
    tp_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp_pred += other.tp_pred
        self.pred += other.pred
        self.tp_gold += other.tp_gold
        self.gold += other.gold


@dataclass
class Report:
    strict: Score = field(default_factory=Score)
    relaxed: Score = field(default_factory=Score)
    entities: Score = field(default_factory=Score)
    by_predicate: dict[str, Score] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    articles: int = 0

    def to_json(self) -> dict:
        """The figures as one JSON object (``payvand evaluate --json``)."""
        def fig(sc: Score) -> dict:
            return {"precision": round(sc.precision, 4), "recall": round(sc.recall, 4), "f1": round(sc.f1, 4),
                    "gold": sc.gold, "predicted": sc.pred}

        return {"articles": self.articles, "strict": fig(self.strict), "relaxed": fig(self.relaxed),
                "entities": fig(self.entities),
                "per_predicate": {p: fig(sc) for p, sc in sorted(self.by_predicate.items())}}


def _describe(fact: dict) -> str:
    extra = "".join(f" {k}={fact[k]}" for k in ("role", "status", "start", "end", "year") if fact.get(k))
    return f"{fact['s_label']} --{fact['p']}--> {fact['o_label']}{extra}"


def score_article(gold: dict, records: list[dict], report: Report) -> None:
    """``records``: the article's ``facts.jsonl`` records (entities and facts)."""
    predicted = [r for r in records if r["kind"] == "fact"]
    mentions = {r["iri"]: r.get("mentions", []) for r in records if r["kind"] == "entity"}
    gf_index = GoldFacts(gold)
    gents = gf_index.entities

    def matches(end: dict) -> set[str]:
        return gf_index.matches(forms(end["label"], end.get("mention", ""), *mentions.get(end["iri"], [])))

    preds = {}
    for f in predicted:
        key = (f["s"]["iri"], f["p"], f["o"]["iri"], f.get("role"))
        preds.setdefault(key, f)
    gold_facts = gold["facts"]

    for strict, score in ((True, report.strict), (False, report.relaxed)):
        matched_gold: set[int] = set()
        local = Score(pred=len(preds), gold=len(gold_facts))
        for pf in preds.values():
            ms, mo = matches(pf["s"]), matches(pf["o"])
            hits = gf_index.hits(pf["p"], ms, mo, pf.get("role"), strict)
            per = report.by_predicate.setdefault(pf["p"], Score()) if strict else None
            if per is not None:
                per.pred += 1
            if hits:
                local.tp_pred += 1
                matched_gold.update(hits)
                if per is not None:
                    per.tp_pred += 1
            elif strict:
                report.false_positives.append(f"{gold['id']}: " + _describe(
                    {**pf, "s_label": pf["s"]["label"], "o_label": pf["o"]["label"]}))
        local.tp_gold = len(matched_gold)
        score.add(local)
        if strict:
            for i, gf in enumerate(gold_facts):
                per = report.by_predicate.setdefault(gf["p"], Score())
                per.gold += 1
                if i in matched_gold:
                    per.tp_gold += 1
                else:
                    report.misses.append(f"{gold['id']}: " + _describe(
                        {**gf, "s_label": gents[gf["s"]]["label"], "o_label": gents[gf["o"]]["label"]}))
    # entities taking part in facts
    pents = {}
    for f in predicted:
        for end in (f["s"], f["o"]):
            pents.setdefault(end["iri"], end)
    gin = {gf["s"] for gf in gold_facts} | {gf["o"] for gf in gold_facts}
    matched = set()
    tp = 0
    for end in pents.values():
        hit = {g for g in matches(end) if gents[g]["type"] == end["type"] and g in gin}
        if hit:
            tp += 1
            matched |= hit
    report.entities.add(Score(tp_pred=tp, pred=len(pents), tp_gold=len(matched), gold=len(gin)))
    report.articles += 1


def evaluate(gold_paths: str | Path | Sequence[str | Path], predictions: str | Path | None = None, *,
             cv: int | None = None, scorer: bool = False) -> Report:
    """Score the extractor (or a ``facts.jsonl`` of predictions) on one or more gold files.

    ``scorer``: the pipeline with the shipped learned scorer (trained on the shared gold: on
    those articles its figure is no estimate of anything). ``cv``: article-grouped
    ``cv``-fold cross-validation of the scorer: for each fold, a scorer trained on the other
    folds' articles keeps the held-out articles' facts; the report sums the held-out folds. It
    is the honest figure of what the scorer does on text it was not trained on.
    """
    from payvand.extract import extract, scored_pipeline
    from payvand.extract.records import doc_records

    if cv is not None and (predictions is not None or scorer):
        raise ValueError("cross-validation trains its own scorers: no predictions file, no shipped scorer")
    paths = [gold_paths] if isinstance(gold_paths, (str, Path)) else list(gold_paths)
    golds, where = [], {}
    for p in paths:
        for g in read_gold(p):
            if g["id"] in where:
                raise ValueError(f"article {g['id']} is in {where[g['id']]} and again in {p}")
            where[g["id"]] = p
            golds.append(g)
    ids = [g["id"] for g in golds]
    report = Report()
    if cv is not None:
        from payvand.extract.relations import scorer as learned

        if cv < 2 or cv > len(golds):
            raise ValueError(f"--cv needs 2 to {len(golds)} folds (the articles), not {cv}")
        examples = learned.examples(golds)
        by_id = {g["id"]: g for g in golds}
        for n, held in enumerate(learned.folds(ids, cv), 1):
            train = [ex for ex in examples if ex.article not in held]
            try:
                model = learned.train(train)
            except ValueError as exc:
                raise ValueError(f"--cv {cv}: fold {n} ({len(train)} training articles): {exc}") from None
            for ex in examples:
                if ex.article in held:
                    doc = learned.apply(ex.doc, ex.candidates, model)
                    score_article(by_id[ex.article], doc_records(doc), report)
        return report
    by_article: dict[str, list[dict]] = {}
    if predictions is not None:
        with open(predictions, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                by_article.setdefault(rec["article"], []).append(rec)
    pipeline = scored_pipeline() if scorer else None
    for g in golds:
        if predictions is None:
            facts = doc_records(extract(gold_article(g), pipeline))
        else:
            facts = by_article.get(g["id"], [])
        score_article(g, facts, report)
    return report
