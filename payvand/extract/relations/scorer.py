"""The learned relation scorer: adds the facts of constructions no pattern rule covers.

The pattern rules are precise on the constructions they describe and silent on the rest; on
articles nobody has tuned them to, most missed facts stand in a sentence where both ends were
found (README, Accuracy). The scorer reads every typed pair of mentions in a sentence
(:mod:`payvand.extract.relations.candidates`) by what stands between and around them (trigger
words, the words between, lists, clause cuts, titles), never by which rule fired or which names
they are, and turns a pair no rule read into a fact when it is confident enough. It never drops a
rule's fact.

A logistic regression (scikit-learn, trained here, deterministic) gives each candidate a
probability; a fact key no rule gave becomes a fact when its best candidate reaches its
predicate's threshold. Each threshold is chosen by article-grouped cross-validation inside the
training set: the lowest at which the scorer, on articles it was not trained on, is right on at
least :data:`PRECISION` of the facts it gives (none: the scorer gives no fact of that
predicate). A new fact takes the title that ends shortly before its object in the sentence
(:func:`payvand.extract.mentions.titles.title_role`) and, for a tie, the status cues of its clause
(:func:`payvand.extract.relations.clauses.tie_status`).

The precision is the scorer's own, measured over all of a held-out article's facts, not only
the ones the rules missed, so it is no bound on the precision of what it adds to the rules: on the
articles the rules were written from, the rules give nearly every fact that is easy to read, and
what the scorer adds there is mostly wrong; beside rules that had not seen the articles, most of
what it adds is right (README, Accuracy, and ``benchmarks/scorer_first_look.py``).

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

from payvand.extract.data import model_json
from payvand.extract.relations.candidates import Candidate, candidates
from payvand.extract.relations.clauses import TIES, tie_status
from payvand.extract.gold import GoldFacts, forms
from payvand.extract.relations.sink import FactSink, fact_key
from payvand.extract.text import Doc
from payvand.extract.mentions.titles import role_phrase, title_role
from payvand.ontology import vocabulary
from payvand.types import Fact

FORMAT = "payvand-relation-scorer/2"
C = 0.5  # inverse regularisation strength of the logistic regression
SEED = 0
PRECISION = 0.85  # what the scorer must reach on held-out articles for its facts of a predicate to count
MIN_FACTS = 10  # ... over at least this many facts (fewer: no evidence either way)
THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]  # a predicate's threshold is the lowest of these that does
ROLE_WINDOW = 40  # characters before the object in which a title names the post held in it


@dataclass
class Model:
    weights: dict[str, float]
    intercept: float
    # per predicate, what a fact no rule gave must score to be added (a predicate not here: none is)
    thresholds: dict[str, float]
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
        data = model_json(text, source, FORMAT, "relation scorer", "payvand train")
        missing = [k for k in ("weights", "intercept", "thresholds") if k not in data]
        if missing:
            raise ValueError(f"{source}: no {', '.join(missing)}")
        known = vocabulary()["predicates"]
        if not isinstance(data["thresholds"], dict):
            raise ValueError(f"{source}: the thresholds must be an object of predicate: number")
        for p, t in data["thresholds"].items():
            if p not in known:
                raise ValueError(f"{source}: a threshold for {p}, which is no predicate")
            if not isinstance(t, (int, float)) or not 0 <= t <= 1:
                raise ValueError(f"{source}: the threshold of {p} must be a number from 0 to 1, not {t!r}")
        meta = {k: v for k, v in data.items() if k not in ("format", "thresholds", "intercept", "weights")}
        return cls(dict(data["weights"]), float(data["intercept"]), dict(data["thresholds"]), meta)


SHIPPED = "models/relation-scorer.json"


@cache
def shipped_model() -> Model:
    """The model inside the package (``payvand train`` makes it)."""
    path = resources.files("payvand.extract") / "data" / SHIPPED
    return Model.from_json(path.read_text(encoding="utf-8"), str(path))


# --- applying -------------------------------------------------------------------------------------

def score_relations(doc: Doc, model: Model | None = None) -> Doc:
    """The pipeline component: add the facts the scorer is confident of to the rules' facts."""
    model = model or shipped_model()
    return apply(doc, candidates(doc, model.thresholds), model)


def apply(doc: Doc, cands: Sequence[Candidate], model: Model) -> Doc:
    """Add a fact for each fact key no rule gave whose best candidate reaches its predicate's
    threshold (``doc.facts`` holds the rules' facts, which stay)."""
    ruled = {fact_key(f.s, f.p, f.o) for f in doc.facts}
    best: dict[tuple, tuple[float, Candidate]] = {}
    for c in cands:
        if c.p not in model.thresholds or c.key in ruled:
            continue
        prob = model.probability(c.features)
        if c.key not in best or prob > best[c.key][0]:
            best[c.key] = (prob, c)
    sink = FactSink(doc)
    for prob, cand in best.values():
        if prob >= model.thresholds[cand.p] and (fact := _new_fact(doc, cand, round(prob, 3))) is not None:
            sink.add(fact)
    return doc


def _new_fact(doc: Doc, c: Candidate, confidence: float) -> Fact | None:
    s_sp, o_sp = doc.spans[c.s_span], doc.spans[c.o_span]
    first, last = sorted((s_sp, o_sp), key=lambda sp: sp.nstart)
    role = status = None
    if vocabulary()["predicates"][c.p].get("nary"):  # a post: its role
        role = _role(doc, c, o_sp.nstart)
    if c.p in TIES:
        status = tie_status(doc, c.sentence, first.nstart, last.nend)
        if status is None:  # the clause denies the tie
            return None
    evidence = doc.evidence_of(*c.sentence)
    return Fact(c.s, c.p, c.o, evidence, "scorer", confidence, role=role, status=status,
                s_mention=None if s_sp.coref else c.s_span,
                o_mention=None if o_sp.coref else c.o_span)


def _role(doc: Doc, c: Candidate, o_start: int) -> str | None:
    """The post a title names: the title of the object's mention (``Doc.titles``), else the last
    title ending shortly before the object, in its sentence."""
    title = doc.titles.get(c.o_span)
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


def _key_scores(ex: Example, weights: dict[str, float], intercept: float) -> list[tuple[str, float, int]]:
    """(predicate, best probability, gold label) of each fact key of an article."""
    model = Model(weights, intercept, {})
    best: dict[tuple, tuple[str, float, int]] = {}
    for c, lab in zip(ex.candidates, ex.labels):
        prob = model.probability(c.features)
        old = best.get(c.key, (c.p, -1.0, 0))
        best[c.key] = (c.p, max(prob, old[1]), max(lab, old[2]))
    return list(best.values())


def _thresholds(train: Sequence[Example], inner: int = 3) -> dict[str, float]:
    """Per predicate, the lowest of :data:`THRESHOLDS` at which the facts the scorer gives on
    held-out articles (a cross-validation inside ``train``) are right at least :data:`PRECISION`
    of the time, over at least :data:`MIN_FACTS` facts; a predicate none reaches is left out."""
    scored: dict[str, list[tuple[float, int]]] = {}
    for held in folds([ex.article for ex in train], inner):
        part = [ex for ex in train if ex.article not in held]
        if len({lab for ex in part for lab in ex.labels}) < 2:
            continue  # (too few articles to learn from without these: the fold gives no evidence)
        weights, intercept = _fit(part)
        for ex in train:
            if ex.article in held:
                for p, prob, lab in _key_scores(ex, weights, intercept):
                    scored.setdefault(p, []).append((prob, lab))
    out = {}
    for p, rows in sorted(scored.items()):
        for t in THRESHOLDS:
            given = [lab for prob, lab in rows if prob >= t]
            if len(given) >= MIN_FACTS and sum(given) >= PRECISION * len(given):
                out[p] = t
                break
    return out


def train(train_set: Sequence[Example], meta: dict[str, Any] | None = None) -> Model:
    """Fit the scorer on labelled articles (deterministic: same examples, same model)."""
    if not any(lab for ex in train_set for lab in ex.labels):
        raise ValueError("no candidate matches a gold fact: nothing to learn from")
    weights, intercept = _fit(train_set)
    thresholds = _thresholds(train_set)
    info = dict(meta or {})
    info.update(candidates=sum(len(ex.candidates) for ex in train_set),
                positives=sum(sum(ex.labels) for ex in train_set), C=C, precision=PRECISION)
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
