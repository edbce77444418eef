"""The name model: a word no lexicon settles, read by its letters (``mentions/names.py``).

The words here are our own: invented transliterations that no list holds, and Persian words as
real text writes them, with a half-space missing.
"""
import json

import pytest

from payvand.extract.mentions import names

# invented names of the shapes transliterations take (in no name list, no lexicon)
INVENTED = ["کارولیتوف", "دوماسینو", "تیرانسبورگ", "لوکاسویچ", "ماریتانوپولوس", "ساکوراموتو"]
# Persian words with a half-space missing or an ending glued (none of them a training word)
WORDS = ["شهرداریهایی", "همکاریهایشان", "گردشگرانی", "برگزارکنندگان", "هماهنگیهای", "بازدیدکنندگان",
         "سرمایهگذاران", "پیشنهادهایی"]


def test_invented_names_look_like_names_and_glued_words_do_not():
    training_names, training_words = names.training_words()
    assert not (set(INVENTED) | set(WORDS)) & (set(training_names) | set(training_words))
    for word in INVENTED:
        assert names.name_likeness(word) > 0.5, word
    for word in WORDS:
        assert names.name_likeness(word) < 0.5, word


def test_ngrams_mark_the_edges():
    grams = names.ngrams("کازان")
    assert {"<کا", "ان>", "<کازان>"[:4], "ز"} <= grams and "<کازان>" not in grams  # (at most 4 letters)


def test_model_json_round_trip_and_a_foreign_file_is_refused():
    model = names.NameShape({"<کا": 1.25, "ان>": -0.5}, 0.25, {"names": 2})
    again = names.NameShape.from_json(model.to_json())
    assert again.weights == model.weights and again.intercept == model.intercept and again.meta == {"names": 2}
    assert again.probability("کازان") == pytest.approx(1 / (1 + 2.718281828459045 ** -1.0))
    with pytest.raises(ValueError, match="x.json: not a Payvand name model"):
        names.NameShape.from_json(json.dumps({"weights": {}}), "x.json")
    with pytest.raises(ValueError, match="x.json: not JSON"):
        names.NameShape.from_json("{", "x.json")


def test_the_shipped_model_is_what_training_gives():
    shipped = names.shipped_model()
    if shipped.meta["sources"] != names.sources_versions():
        pytest.skip(f"trained on {shipped.meta['sources']}, installed {names.sources_versions()}: "
                    "the training words differ (make model)")
    trained = names.train(cross_validate=False)
    assert (trained.meta["names"], trained.meta["words"]) == (shipped.meta["names"], shipped.meta["words"])
    assert json.loads(trained.to_json())["weights"] == json.loads(shipped.to_json())["weights"]
    assert shipped.meta["held_out_auc"] > 0.9
