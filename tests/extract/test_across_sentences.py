"""Facts whose two ends stand in different sentences: a body named by its head noun alone before
its holder's name, the sides of a meeting told in the lead and in later sentences. Sentences of
our own, with invented names, run through the rule pipeline."""
import pytest

from tests.extract.tables import check, sentence_facts

# (text, facts it gives, facts it must not give)
ACROSS = [
    # a body named by its head noun alone, between a title and its holder's name
    ("مجمع شهرداران آسیایی برنامه سال آینده را اعلام کرد. دبیرکل مجمع کاوه نیک‌فر در این باره گفت: ده شهر"
     " به ما پیوسته‌اند.",
     [("کاوه نیک‌فر", "memberOf", "مجمع شهرداران آسیایی")], []),
]


@pytest.mark.parametrize("text, given, not_given", ACROSS)
def test_a_fact_across_sentences(text: str, given: list[tuple], not_given: list[tuple]):
    check(sentence_facts(text), given, not_given)
