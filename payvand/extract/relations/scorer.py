"""The learned relation scorer: keeps or drops each candidate fact (:mod:`payvand.extract.relations.candidates`).

A logistic regression (scikit-learn, trained here, deterministic) over the candidates' features
scores every candidate; a fact is kept when its best candidate scores at least the model's
threshold for its predicate (one for the rules' facts, one for new ones). The pattern rules are evidence for it (features), not the only way to a fact: a rule's
fact the scorer rejects is dropped, and a pair no rule read becomes a fact when its context says so.
A rule's fact keeps its role and status; a new fact takes the title that ends shortly before its
object in the sentence (:func:`payvand.extract.mentions.titles.title_role`) and, for a tie, the
status cues of its clause (:func:`payvand.extract.relations.clauses.tie_status`).

The model ships as JSON inside the package (``data/models/relation-scorer.json``): the weights
of the features it kept, its intercept and thresholds, and the digests of the gold files it was
trained on, so ``payvand extract`` stays offline and gives the same facts on every run.
Training labels come from the gold the way ``evaluate`` matches it: a candidate is positive when
its two entities' names match the ends of a gold fact of its predicate.
"""
from __future__ import annotations

import hashlib
import json
import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from payvand.extract.relations.candidates import Candidate, candidates
from payvand.extract.relations.clauses import TIES, clause_around, tie_status
from payvand.extract.gold import GoldFacts, forms
from payvand.extract.relations.sink import FactSink
from payvand.extract.text import Doc
from payvand.extract.mentions.titles import role_phrase, title_role
from payvand.ontology import vocabulary
from payvand.types import Fact

FORMAT = "payvand-relation-scorer/1"
C = 0.5  # inverse regularisation strength of the logistic regression
SEED = 0
# a predicate's thresholds are chosen among these by cross-validation inside the training set:
# a rule's fact is kept unless the scorer is confident that it is wrong, a new fact only when it
# is confident that it is right (NEVER: the scorer adds no fact of that predicate)
NEVER = 1.01
RULE_THRESHOLDS = [0.0, 0.05, 0.1, 0.2, 0.3]
NEW_THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, NEVER]
ROLE_WINDOW = 40  # characters before the object in which a title names the post held in it


@dataclass
class Model:
    weights: dict[str, float]
    intercept: float
    # per predicate, what a fact's best candidate must score to be kept: "rule" for a fact a pattern
    # rule gave, "new" for one no rule gave
    thresholds: dict[str, dict[str, float]]
    meta: dict[str, Any] = field(default_factory=dict)

    def probability(self, features: Iterable[str]) -> float:
        # (fsum: the same sum whatever order the set gives, so ties break alike in every process)
        z = self.intercept + math.fsum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> str:
        body = {"format": FORMAT, **self.meta, "thresholds": dict(sorted(self.thresholds.items())),
                "intercept": round(self.intercept, 6),
                "weights": {f: round(w, 6) for f, w in sorted(self.weights.items())}}
        return json.dumps(body, ensure_ascii=False, indent=0, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str = "model") -> "Model":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{source}: not JSON ({exc})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"{source}: not a Payvand relation scorer ({FORMAT})")
        missing = [k for k in ("weights", "intercept", "thresholds") if k not in data]
        if missing:
            raise ValueError(f"{source}: no {', '.join(missing)}")
        for p, pair in data["thresholds"].items():
            if not isinstance(pair, dict) or set(pair) != {"rule", "new"} or \
                    not all(isinstance(t, (int, float)) and 0 <= t <= NEVER for t in pair.values()):
                raise ValueError(f"{source}: the thresholds of {p} must be {{\"rule\": t, \"new\": t}}, 0 <= t <= {NEVER}")
        meta = {k: v for k, v in data.items() if k not in ("format", "thresholds", "intercept", "weights")}
        return cls(dict(data["weights"]), float(data["intercept"]), dict(data["thresholds"]), meta)

    def threshold(self, predicate: str, ruled: bool) -> float:
        """A predicate the model has no thresholds for keeps the rules' facts and gets no new one."""
        pair = self.thresholds.get(predicate, {"rule": 0.0, "new": NEVER})
        return pair["rule"] if ruled else pair["new"]

    def decides(self) -> frozenset[str]:
        """The predicates whose facts depend on a score: the others keep every rule's fact and get
        no new one, so their candidates need not be made."""
        return frozenset(p for p in self.thresholds if self.threshold(p, True) > 0 or self.threshold(p, False) < NEVER)


SHIPPED = "models/relation-scorer.json"


@cache
def shipped_model() -> Model:
    """The model inside the package (``payvand train`` makes it)."""
    path = resources.files("payvand.extract") / "data" / SHIPPED
    return Model.from_json(path.read_text(encoding="utf-8"), str(path))


# --- applying -------------------------------------------------------------------------------------

def score_relations(doc: Doc, model: Model | None = None) -> Doc:
    """The pipeline component: replace the rules' facts by the facts the scorer keeps."""
    model = model or shipped_model()
    return apply(doc, candidates(doc, model.decides()), model)


def apply(doc: Doc, cands: Sequence[Candidate], model: Model) -> Doc:
    """Keep the facts whose best candidate scores at least the threshold (``doc.facts`` holds the
    rules' facts on entry, the kept ones on exit)."""
    decides = model.decides()
    best: dict[tuple, tuple[float, Candidate]] = {}
    rule_facts: dict[tuple, list[Fact]] = {}
    ruled, doc.facts = doc.facts, []
    sink = FactSink(doc)
    for f in ruled:
        if f.p not in decides:
            sink.add(f)
    for c in cands:
        if c.p not in decides:
            continue
        prob = model.probability(c.features)
        if c.key not in best or prob > best[c.key][0]:
            best[c.key] = (prob, c)
        rule_facts.setdefault(c.key, []).extend(c.rule_facts)
    for key, (prob, cand) in best.items():
        if prob < model.threshold(cand.p, bool(rule_facts[key])):
            continue
        confidence = round(prob, 3)
        if rule_facts[key]:
            for f in rule_facts[key]:
                f.confidence = confidence
                sink.add(f)
        elif (fact := _new_fact(doc, cand, confidence)) is not None:
            sink.add(fact)
    return doc


def _new_fact(doc: Doc, c: Candidate, confidence: float) -> Fact | None:
    s_sp, o_sp = doc.spans[c.s_span], doc.spans[c.o_span]
    first, last = sorted((s_sp, o_sp), key=lambda sp: sp.nstart)
    role = status = None
    if vocabulary()["predicates"][c.p].get("nary"):  # a post: its role
        role = _role(doc, c, o_sp.nstart)
    if c.p in TIES:
        status = tie_status(clause_around(doc, c.sentence, first.nstart, last.nend))
        if status == "__negated__":
            return None
    evidence = doc.evidence_of(*c.sentence)
    return Fact(c.s, c.p, c.o, evidence, "scorer", confidence, role=role, status=status,
                s_mention=None if s_sp.coref else c.s_span,
                o_mention=None if o_sp.coref else c.o_span)


def _role(doc: Doc, c: Candidate, o_start: int) -> str | None:
    """The post a title names: the title of the object's mention (``Doc.titles``), else the last
    title ending shortly before the object, in its sentence."""
    title = doc.titles.get(c.o_span) if c.o_span is not None else None
    if title is not None and title.predicate == c.p:
        return title.role
    start = max(c.sentence[0], o_start - ROLE_WINDOW)
    found = list(role_phrase().finditer(doc.norm, start, o_start))
    return title_role(found[-1].group(), c.o, doc, c.p) if found else None


# --- training -------------------------------------------------------------------------------------

@dataclass
class Example:
    """One article's candidates and their labels (gold-matched)."""

    article: str
    doc: Doc
    candidates: list[Candidate]
    labels: list[int]


def label(doc: Doc, cands: Sequence[Candidate], gold: dict) -> list[int]:
    """1 for a candidate whose two entities match the ends of a gold fact of its predicate."""
    g = GoldFacts(gold)
    matched: dict[int, set[str]] = {}

    def ends(entity: int) -> set[str]:
        if entity not in matched:
            ent = doc.entities[entity]
            matched[entity] = g.matches(forms(ent.label, *(doc.spans[m].text for m in ent.mentions)))
        return matched[entity]

    return [int(g.holds(c.p, ends(c.s), ends(c.o))) for c in cands]


def examples(golds: Sequence[dict]) -> list[Example]:
    """Extract each gold article with the rules (no scorer) and label its candidates."""
    from payvand.extract import default_pipeline
    from payvand.extract.gold import gold_article

    pipe = default_pipeline()
    out = []
    for g in golds:
        doc = pipe(gold_article(g))
        cands = candidates(doc)
        out.append(Example(g["id"], doc, cands, label(doc, cands, g)))
    return out


def _fit(train: Sequence[Example]) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [dict.fromkeys(c.features, 1) for ex in train for c in ex.candidates]
    y = [lab for ex in train for lab in ex.labels]
    vec = DictVectorizer()
    X = vec.fit_transform(rows).tocsr()
    X.indices, X.indptr = X.indices.astype("int32"), X.indptr.astype("int32")  # (liblinear's index type)
    clf = LogisticRegression(C=C, solver="liblinear", random_state=SEED, max_iter=1000)
    clf.fit(X, y)
    names = vec.get_feature_names_out()
    weights = {str(n): float(w) for n, w in zip(names, clf.coef_[0]) if abs(w) >= 1e-6}
    return weights, float(clf.intercept_[0])


def folds(articles: Sequence[str], k: int) -> list[set[str]]:
    """Article ids in ``k`` groups, the same for the same ids (a fixed shuffle of the sorted ids)."""
    ids = sorted(set(articles))
    random.Random(SEED).shuffle(ids)
    return [set(ids[i::k]) for i in range(k)]


def _key_scores(ex: Example, weights: dict[str, float], intercept: float) -> list[tuple[str, bool, float, int]]:
    """(predicate, whether a rule gave it, best probability, gold label) of each fact key of an article."""
    model = Model(weights, intercept, {})
    best: dict[tuple, tuple[str, bool, float, int]] = {}
    for c, lab in zip(ex.candidates, ex.labels):
        prob = model.probability(c.features)
        old = best.get(c.key, (c.p, False, -1.0, 0))
        best[c.key] = (c.p, old[1] or bool(c.rule_facts), max(prob, old[2]), max(lab, old[3]))
    return list(best.values())


def _thresholds(train: Sequence[Example], inner: int = 3) -> dict[str, dict[str, float]]:
    """Per predicate, the pair of thresholds (for the rules' facts, for new ones) with the best F1
    over its fact keys, in a cross-validation inside ``train`` (the held-out probabilities of
    every training article)."""
    scored: dict[str, list[tuple[bool, float, int]]] = {}
    for held in folds([ex.article for ex in train], inner):
        part = [ex for ex in train if ex.article not in held]
        if len({lab for ex in part for lab in ex.labels}) < 2:
            continue  # (too few articles to learn from without these: the fold gives no evidence)
        weights, intercept = _fit(part)
        for ex in train:
            if ex.article in held:
                for p, ruled, prob, lab in _key_scores(ex, weights, intercept):
                    scored.setdefault(p, []).append((ruled, prob, lab))

    def kept(rows: list[tuple[bool, float, int]], ruled: bool, t: float) -> tuple[int, int]:
        sel = [lab for r, prob, lab in rows if r == ruled and prob >= t]
        return sum(sel), len(sel)

    out = {}
    for p, rows in sorted(scored.items()):
        gold = sum(lab for _, _, lab in rows)
        rule_side = {t: kept(rows, True, t) for t in RULE_THRESHOLDS}
        new_side = {t: kept(rows, False, t) for t in NEW_THRESHOLDS}

        def f1(pair: tuple[float, float]) -> tuple[float, float, float]:
            tp = rule_side[pair[0]][0] + new_side[pair[1]][0]
            pred = rule_side[pair[0]][1] + new_side[pair[1]][1]
            # ties: the rules' facts rather kept, then new ones rather not added
            return (2 * tp / (pred + gold) if pred + gold else 0.0, -pair[0], pair[1])

        best = max(((a, b) for a in RULE_THRESHOLDS for b in NEW_THRESHOLDS), key=f1)
        out[p] = {"rule": best[0], "new": best[1]}
    return out


def train(train_set: Sequence[Example], meta: dict[str, Any] | None = None) -> Model:
    """Fit the scorer on labelled articles (deterministic: same examples, same model)."""
    if not any(lab for ex in train_set for lab in ex.labels):
        raise ValueError("no candidate matches a gold fact: nothing to learn from")
    weights, intercept = _fit(train_set)
    thresholds = _thresholds(train_set)
    info = dict(meta or {})
    info.update(candidates=sum(len(ex.candidates) for ex in train_set),
                positives=sum(sum(ex.labels) for ex in train_set), C=C)
    return Model(weights, intercept, thresholds, info)


def gold_digest(paths: Sequence[str | Path]) -> list[dict[str, Any]]:
    """Name, article count and SHA-256 of each gold file a model was trained on."""
    out = []
    for p in paths:
        data = Path(p).read_bytes()
        out.append({"file": Path(p).name, "articles": sum(1 for line in data.splitlines() if line.strip()),
                    "sha256": hashlib.sha256(data).hexdigest()})
    return out


def train_files(paths: Sequence[str | Path]) -> Model:
    """``payvand train``: the scorer trained on every article of the gold files."""
    from payvand.extract.gold import read_gold

    golds = [g for p in paths for g in read_gold(p)]
    return train(examples(golds), {"trained_on": gold_digest(paths)})
