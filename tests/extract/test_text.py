from hypothesis import given, settings, strategies as st

from payvand.extract.text import make_doc, match_key, normalize
from payvand.types import Article

persian = st.lists(st.sampled_from(list("شهردارتهرانيكۀة‌\u200f\u200d ًٌٍ۱۲۳٤٥abc.،\n\t") + ["رییس", "هیات"]),
                   max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), persian), st.data())
def test_offset_map_stays_inside_and_covers_same_characters(text, data):
    norm, offsets = normalize(text)
    assert len(offsets) == len(norm) + 1
    assert all(0 <= o <= len(text) for o in offsets)
    assert offsets == sorted(offsets)
    if not norm:
        return
    i = data.draw(st.integers(0, len(norm) - 1))
    j = data.draw(st.integers(i + 1, len(norm)))
    doc = make_doc(Article("x", text))
    start, end = doc.to_original(i, j)
    assert 0 <= start < end <= len(text)
    # the original stretch normalises to the normalised span, modulo the whole-word folds
    # (رییس -> رئیس, هیات -> هیئت) that a part of a word cannot trigger on its own
    again = normalize(text[start:end])[0]
    assert _same_modulo_word_folds(again.strip(), norm[i:j].strip()) or norm[i:j].strip() in again


FOLDS = ({"ی", "ئ"}, {"ا", "ئ"})


def _same_modulo_word_folds(a: str, b: str) -> bool:
    return len(a) == len(b) and all(x == y or {x, y} in FOLDS for x, y in zip(a, b))


def test_letter_and_spelling_variants_fold():
    assert normalize("رييس هيات كلانشهر")[0] == "رئیس هیئت کلانشهر"
    assert normalize("۱۴۰۳ و ٢٠٢٤")[0] == "1403 و 2024"
    assert match_key("کلان‌شهرها") == match_key("کلان شهرها") == match_key("کلانشهرها")


def test_sentences_split_on_lines_and_punctuation_not_decimals():
    doc = make_doc(Article("x", "عنوان خبر\n\nهر کدام به مدت ۱.۵ سال ریاست را بر عهده دارند. جمله دوم؟"))
    sents = [doc.norm[s:e] for s, e in doc.sentences]
    assert sents == ["عنوان خبر", "هر کدام به مدت 1.5 سال ریاست را بر عهده دارند.", "جمله دوم؟"]


def test_a_sentence_end_glued_to_the_next_word_splits_but_no_abbreviation():
    doc = make_doc(Article("x", "این نشست برگزار خواهد شد.کاظمی ادامه داد: نماینده ج.ا.ایران آمد."))
    sents = [doc.norm[s:e] for s, e in doc.sentences]
    assert sents == ["این نشست برگزار خواهد شد.", "کاظمی ادامه داد: نماینده ج.ا.ایران آمد."]


def test_a_quotation_closed_by_a_sentence_end_ends_its_sentence():
    doc = make_doc(Article("x", "او گفت: «همکاری ادامه دارد.» سفیر سابق ژاپن نیز حضور داشت. «این مهم است» را تکرار کرد."))
    sents = [doc.norm[s:e] for s, e in doc.sentences]
    assert sents == ["او گفت: «همکاری ادامه دارد.»", "سفیر سابق ژاپن نیز حضور داشت.", "«این مهم است» را تکرار کرد."]
    # a title in quotes that ends in a question or an exclamation, an abbreviation's points before
    # a preposition: no sentence ends there
    for text in ("همایش «شهر هوشمند چیست؟» با حضور شهردار تهران در استانبول برگزار شد.",
                 "جشنواره «تهران، شهر من!» امروز آغاز شد.", "سفیر «ج.ا.ا.» در ترکیه گفت."):
        doc = make_doc(Article("x", text))
        assert [doc.norm[s:e] for s, e in doc.sentences] == [doc.norm]


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=200) | persian)
def test_the_normaliser_steps_are_hazm_s_own(text):
    """The two steps taken from hazm's Normalizer give what its normalize gives (guards a
    hazm upgrade)."""
    from hazm import Normalizer

    from payvand.extract.text import HAZM_OPTIONS, _hazm_normalize

    assert _hazm_normalize()(text) == Normalizer(**HAZM_OPTIONS).normalize(text)


def test_the_normaliser_steps_on_real_articles(dev_gold):
    from hazm import Normalizer

    from payvand.extract.text import HAZM_OPTIONS, _hazm_normalize

    hazm = Normalizer(**HAZM_OPTIONS)
    for g in dev_gold:
        assert _hazm_normalize()(g["text"]) == hazm.normalize(g["text"]), g["id"]


def test_a_title_the_text_holds_is_not_read_twice():
    text = "خواهرخواندگی یزد و قونیه\n\nشهردار یزد گفت."
    assert make_doc(Article("t", text, title="خواهرخواندگی یزد و قونیه")).title_at is None
    assert make_doc(Article("t", "شهردار یزد گفت.", title="خواهرخواندگی یزد و قونیه")).title_at == len("شهردار یزد گفت.") + 2


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=60), persian))
def test_the_half_spaces_are_the_original_s(text):
    """``Doc.half_spaces`` (found through the offsets) are the normalised positions whose
    original character is a half-space, every one, in order."""
    doc = make_doc(Article("x", text))
    assert doc.half_spaces == [i for i, ch in enumerate(doc.norm) if doc.source[doc.offsets[i]] == "\u200c"]
    assert all(doc.norm[i] == " " and doc.half_space_at(i) for i in doc.half_spaces)


def test_a_half_space_is_told_from_a_space():
    doc = make_doc(Article("x", "آرش نیک\u200cپی گفت: همکاری\u200cها ادامه دارد.", "نشست\u200cها"))
    spaces = [i for i, ch in enumerate(doc.norm) if ch == " "]
    assert [doc.norm[i - 3:i + 3] for i in spaces if doc.half_space_at(i)] == ["نیک پی", "اری ها", "شست ها"]  # (the title too)
    assert [i for i in spaces if doc.half_space_at(i)] == doc.half_spaces



# hazm's split marks (a quote, '"', is one of them: always a token alone), no other quote or dash
# (those on a word's edge are split off after hazm, see the second test)
_HAZM_MARKS = list('؟!?.:،؛»])}"«[({/\\') + ["۱۲", "3", "شهر", "a", " ", "\n", "\t", "\r", "\u200c", "_"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HAZM_MARKS), max_size=30).map("".join))
def test_tokens_are_hazms_word_tokens(text):
    """``tokens`` finds hazm's WordTokenizer's tokens (as configured: no verb parts joined) with
    one regex: the same pieces, in order."""
    import os

    from hazm import WordTokenizer

    from payvand.extract.text import tokens

    hazm = WordTokenizer(words_file=os.devnull, join_verb_parts=False).tokenize(text)
    assert [text[s:e] for s, e in tokens(text, [(0, len(text))])] == hazm


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_HAZM_MARKS + ["'", "-", "“", "`"]), max_size=30).map("".join))
def test_tokens_split_quotes_and_dashes_off_words(text):
    """A quote or dash on a word's edge is a token of its own; the text's other characters are
    where hazm's tokens put them."""
    import os

    from hazm import WordTokenizer

    from payvand.extract.text import tokens

    found = tokens(text, [(0, len(text))])
    assert all(e > s for s, e in found) and found == sorted(found)
    hazm = WordTokenizer(words_file=os.devnull, join_verb_parts=False).tokenize(text)
    assert "".join(text[s:e] for s, e in found) == "".join(hazm)
