"""The relation candidates, the learned scorer, training and cross-validation.

Sentences and articles here are our own; the shipped model is checked against training on the
shared gold when ``../shared`` is there.
"""
import json

import pytest
from typer.testing import CliRunner

from payvand.cli import app
from payvand.extract import extract, scored_pipeline
from payvand.extract.relations import scorer
from payvand.extract.relations.candidates import candidates
from payvand.extract.evaluate import evaluate
from payvand.ontology import vocabulary
from payvand.types import Article

TWINS = "اصفهان با شهرهای کراکوف، فلورانس و ایروان خواهرخوانده است."
VISIT = "علی رضایی شهردار اصفهان برای دیدار با همتای لهستانی خود به کراکوف سفر کرد."
OFFICER = "مریم صادقی نایب رئیس مجمع شهرداران آسیا در این نشست گفت که همکاری شهرها ادامه دارد."


def _doc(text: str):
    return extract(Article("t", text))


def _labels(doc, c) -> tuple[str, str, str]:
    return doc.entities[c.s].label, c.p, doc.entities[c.o].label


def test_candidates_are_the_typed_pairs_the_vocabulary_allows():
    doc = _doc(VISIT)
    cands = candidates(doc)
    preds = vocabulary()["predicates"]
    assert cands
    for c in cands:
        sig = preds[c.p]
        assert doc.entities[c.s].type in sig["domain"] and doc.entities[c.o].type in sig["range"]
    got = {_labels(doc, c) for c in cands}
    assert ("علی رضایی", "visited", "کراکوف") in got and ("علی رضایی", "mayorOf", "اصفهان") in got
    assert not any(p == "mayorOf" and s == "اصفهان" for s, p, _ in got)  # a city is no mayor


def test_a_symmetric_pair_is_one_candidate_and_features_name_no_entity():
    doc = _doc(TWINS)
    twins = [c for c in candidates(doc) if c.p == "twinnedWith"]
    assert len({c.key for c in twins}) == len(twins) == 6  # four cities: six unordered pairs
    names = {e.label for e in doc.entities}
    assert not any(name in f for c in twins for f in c.features for name in names)


def test_items_of_a_list_are_read_from_the_list_and_the_list_is_marked():
    doc = _doc(TWINS)
    by_object = {doc.entities[c.o].label: c for c in candidates(doc)
                 if c.p == "twinnedWith" and doc.entities[c.s].label == "اصفهان"}
    near, far = by_object["کراکوف"], by_object["ایروان"]
    assert "o_in_list" in far.features and "o_in_list" in near.features
    dist = lambda c: {f for f in c.features if f.startswith("dist=")}
    assert dist(far) == dist(near)  # the last item is as close as the first: the relation distributes
    inside = [c for c in candidates(doc) if c.p == "twinnedWith" and "same_list" in c.features]
    assert {_labels(doc, c)[0] for c in inside} <= {"کراکوف", "فلورانس"}


def test_triggers_between_the_mentions_are_features_and_which_rule_fired_is_none():
    doc = _doc(VISIT)
    visit = next(c for c in candidates(doc) if _labels(doc, c) == ("علی رضایی", "visited", "کراکوف"))
    # "سفر کرد" follows the city, in the same clause; "دیدار" stands between the two
    assert "trig_clause=visited" in visit.features and "visited|trig_clause=visited" in visit.features
    assert "trig_between=metWith" in visit.features
    # which rule read the sentence is no feature: the scorer learns what the context says on its own
    assert doc.facts and not any("rule" in f for c in candidates(doc) for f in c.features)


def _accepting(*predicates: str) -> scorer.Model:
    """A model that keeps every candidate of these predicates and nothing else."""
    return scorer.Model({}, 5.0, dict.fromkeys(predicates, 0.5))


def test_the_scorer_adds_a_fact_with_its_evidence_role_and_rule():
    article = Article("t", "در این نشست، " + OFFICER)
    doc = extract(article)
    doc.facts = []  # as if no rule had read the sentence
    scorer.apply(doc, candidates(doc), _accepting("memberOf"))
    facts = [(doc.entities[f.s].label, f.p, doc.entities[f.o].label, f.role, f.rule) for f in doc.facts]
    assert ("مریم صادقی", "memberOf", "مجمع شهرداران آسیا", "VicePresident", "scorer") in facts
    for f in doc.facts:
        assert f.evidence.text == article.text and f.evidence.start == 0  # the sentence, in the text as read
        assert 0.5 <= f.confidence <= 1


def test_the_scorer_keeps_every_rule_fact_and_adds_only_what_its_thresholds_allow():
    doc = _doc(OFFICER)
    ruled = [(f.s, f.p, f.o, f.rule) for f in doc.facts]
    assert ruled
    doubtful = scorer.Model({}, -5.0, {"memberOf": 0.5})  # scores every candidate near 0
    scorer.apply(doc, candidates(doc), doubtful)
    assert [(f.s, f.p, f.o, f.rule) for f in doc.facts] == ruled  # nothing dropped, nothing added
    doc = _doc(VISIT)
    n = len(doc.facts)
    scorer.apply(doc, candidates(doc), _accepting("twinnedWith", "visited"))
    added = [(doc.entities[f.s].label, f.p, doc.entities[f.o].label, f.rule) for f in doc.facts[n:]]
    # the rules' visit to کراکوف stays the rules'; every other pair of the two predicates is added,
    # but the mayor's visit to their own city (the sink forbids it)
    assert sorted(added) == [("اصفهان", "twinnedWith", "کراکوف", "scorer")]


def test_several_mentions_in_one_token_are_each_a_candidate_end():
    doc = _doc("علی رضایی شهردار اصفهان به مسکو-پکن سفر کرد.")
    ends = {doc.entities[c.o].label for c in candidates(doc) if c.p == "visited"}
    assert {"مسکو", "پکن"} <= ends
    scored_pipeline()(Article("t", "علی رضایی شهردار اصفهان به مسکو-پکن سفر کرد."))  # (no error)


def test_model_json_round_trip_and_a_foreign_file_is_refused():
    model = scorer.Model({"a": 1.5, "b": -0.25}, -1.0, {"visited": 0.6}, {"C": 0.5})
    again = scorer.Model.from_json(model.to_json())
    assert again.weights == model.weights and again.thresholds == model.thresholds and again.meta == {"C": 0.5}
    assert again.probability(["a"]) == pytest.approx(1 / (1 + 2.718281828459045 ** -0.5))
    with pytest.raises(ValueError, match="x.json: not a Payvand relation scorer"):
        scorer.Model.from_json(json.dumps({"weights": {}}), "x.json")
    with pytest.raises(ValueError, match="x.json: not JSON"):
        scorer.Model.from_json("{", "x.json")
    for bad, message in (({"visited": 1.5}, "the threshold of visited must be a number from 0 to 1"),
                         ([0.5], "the thresholds must be an object"),
                         ({"visits": 0.5}, "a threshold for visits, which is no predicate")):
        body = json.loads(model.to_json())
        body["thresholds"] = bad
        with pytest.raises(ValueError, match=f"x.json: {message}"):
            scorer.Model.from_json(json.dumps(body), "x.json")


# articles of our own, annotated as GUIDE.md says
_ARTICLES = [
    ("a1", "اصفهان با شهرهای کراکوف و فلورانس خواهرخوانده است.",
     [("اصفهان", "City"), ("کراکوف", "City"), ("فلورانس", "City")],
     [(0, "twinnedWith", 1), (0, "twinnedWith", 2)]),
    ("a2", VISIT, [("علی رضایی", "Person"), ("اصفهان", "City"), ("کراکوف", "City")],
     [(0, "mayorOf", 1), (0, "visited", 2)]),
    ("a3", "محمد احمدی سفیر ژاپن در تهران با مریم صادقی شهردار شیراز دیدار کرد.",
     [("محمد احمدی", "Person"), ("ژاپن", "Country"), ("مریم صادقی", "Person"), ("شیراز", "City")],
     [(0, "represents", 1), (2, "mayorOf", 3), (0, "metWith", 2)]),
    ("a4", "شیراز و تبریز خواهرخوانده شدند.", [("شیراز", "City"), ("تبریز", "City")], [(0, "twinnedWith", 1)]),
    ("a5", "رضا کریمی شهردار مشهد به استانبول سفر کرد.",
     [("رضا کریمی", "Person"), ("مشهد", "City"), ("استانبول", "City")], [(0, "mayorOf", 1), (0, "visited", 2)]),
    ("a6", "سارا نوری شهردار یزد با شهردار کازان دیدار کرد.",
     [("سارا نوری", "Person"), ("یزد", "City")], [(0, "mayorOf", 1)]),
]


@pytest.fixture(scope="module")
def small_gold(tmp_path_factory):
    path = tmp_path_factory.mktemp("gold") / "ours.gold.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for aid, text, ents, facts in _ARTICLES:
            f.write(json.dumps({
                "id": aid, "text": text, "title": None, "published": None,
                "entities": [{"id": f"e{k}", "type": t, "label": label} for k, (label, t) in enumerate(ents)],
                "facts": [{"s": f"e{s}", "p": p, "o": f"e{o}"} for s, p, o in facts]}, ensure_ascii=False) + "\n")
    return path


def test_training_is_deterministic_and_labels_come_from_the_gold(small_gold):
    first, second = scorer.train_files([small_gold]), scorer.train_files([small_gold])
    assert first.to_json() == second.to_json()
    assert first.meta["positives"] > 0 and first.meta["trained_on"][0]["articles"] == len(_ARTICLES)
    exs = scorer.examples([json.loads(line) for line in small_gold.read_text(encoding="utf-8").splitlines()])
    a2 = next(ex for ex in exs if ex.article == "a2")
    positives = {_labels(a2.doc, c) for c, lab in zip(a2.candidates, a2.labels) if lab}
    assert positives == {("علی رضایی", "mayorOf", "اصفهان"), ("علی رضایی", "visited", "کراکوف")}


def test_cross_validation_scores_every_article_once_never_on_its_training_articles(small_gold, monkeypatch):
    trained_on: list[set[str]] = []
    real_train = scorer.train

    def recording(examples, *args):
        trained_on.append({ex.article for ex in examples})
        return real_train(examples, *args)

    monkeypatch.setattr(scorer, "train", recording)
    report = evaluate([small_gold], cv=3)
    held_out = scorer.folds([a[0] for a in _ARTICLES], 3)
    assert len(trained_on) == 3 and all(not (t & h) and t | h == {a[0] for a in _ARTICLES}
                                        for t, h in zip(trained_on, held_out))
    assert report.articles == len(_ARTICLES)
    assert report.strict.gold == sum(len(a[3]) for a in _ARTICLES)
    with pytest.raises(ValueError, match="folds"):
        evaluate([small_gold], cv=1)
    with pytest.raises(ValueError, match="no predictions file"):
        evaluate([small_gold], small_gold, cv=2)


def test_a_bad_gold_line_is_named_with_its_file_and_line(small_gold, tmp_path):
    bad = tmp_path / "bad.gold.jsonl"
    lines = small_gold.read_text(encoding="utf-8").splitlines()
    bad.write_text(lines[0] + "\n{\"id\": \"x\", \"text\": \"\"}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.gold.jsonl:2: a gold article needs entities, facts"):
        evaluate([bad])
    bad.write_text(lines[0] + "\n{oops\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.gold.jsonl:2: not JSON"):
        evaluate([bad])
    twice = tmp_path / "twice.gold.jsonl"
    twice.write_text(lines[0] + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"article a1 is in .*ours.gold.jsonl and again in .*twice.gold.jsonl"):
        evaluate([small_gold, twice])


def test_evaluate_cli_json_several_files_and_errors(small_gold, tmp_path):
    runner = CliRunner()
    res = runner.invoke(app, ["evaluate", str(small_gold), "--json"])
    assert res.exit_code == 0, res.output
    body = json.loads(res.stdout)
    assert set(body) >= {"strict", "relaxed", "entities", "per_predicate"}
    assert set(body["strict"]) >= {"precision", "recall", "f1"}
    assert body["articles"] == len(_ARTICLES)
    assert runner.invoke(app, ["evaluate", str(small_gold), str(small_gold)]).exit_code == 2  # ids twice
    assert runner.invoke(app, ["evaluate", str(tmp_path / "none.jsonl")]).exit_code == 2
    assert runner.invoke(app, ["evaluate", str(small_gold), "--cv", "1"]).exit_code == 2


def test_the_scored_pipeline_runs_the_shipped_model_after_the_rules():
    assert scored_pipeline().names()[-2:] == ["relations", "scorer"]
    doc = scored_pipeline()(Article("t", VISIT))
    assert {f.p for f in doc.facts} >= {"mayorOf", "visited"}


def test_the_shipped_model_is_what_training_on_the_shared_gold_gives(corpus):
    paths = [corpus / "dev.gold.jsonl", corpus / "dev2.gold.jsonl"]
    shipped = scorer.shipped_model()
    assert shipped.meta["trained_on"] == scorer.gold_digest(paths), \
        "the shared gold changed: retrain (README, 'The learned scorer')"
    assert scorer.train_files(paths).to_json() == shipped.to_json()
