"""Constructions the recall audit (``data/audit_recall.gold.jsonl``) still missed, each fixed on
sentences written for this test with invented people: a country that is also an Iranian region
after a diplomat's title. Each row is a sentence, the facts it must give and the facts it must not
give (tests/extract/tables.py); the expected facts follow GUIDE.md's Conventions."""
import pytest

from tests.extract.tables import check, sentence_facts

Case = tuple[str, list[tuple], list[tuple]]

# a name that is both a state and an Iranian region (آذربایجان) after a diplomat's title is the state
# the diplomat represents (GUIDE: Diplomats); with a compass adjective after it, the province
DIPLOMAT_STATES: list[Case] = [
    ("رحیم قلی‌زاده، سفیر آذربایجان در ایران، با شهردار اردبیل دیدار کرد.",
     [("رحیم قلی‌زاده", "represents", "آذربایجان", "Ambassador")],
     [("رحیم قلی‌زاده", "represents", "ایران")]),
    ("سرکنسول آذربایجان در تبریز، تورال حسن‌لی، با کامیار نوروزی شهردار تبریز دیدار کرد.",
     [("تورال حسن‌لی", "represents", "آذربایجان", "ConsulGeneral"), ("تورال حسن‌لی", "metWith", "کامیار نوروزی")],
     []),
    ("کشورهای ترکیه، آذربایجان و گرجستان در همایش شهرهای جاده ابریشم شرکت کردند.",
     [],
     [("آذربایجان", "locatedIn")]),
    ("مردم آذربایجان شرقی از سفر شهردار باکو، الچین رضایف، استقبال کردند.",
     [],
     [(..., ..., "آذربایجان")]),
    ("شهردار ارومیه در استان آذربایجان غربی با شهردار وان دیدار کرد.",
     [],
     [(..., ..., "آذربایجان")]),
]

CASES = {"diplomat-states": DIPLOMAT_STATES}


@pytest.mark.parametrize("text, given, not_given", [
    pytest.param(*case, id=f"{group}-{i}") for group, cases in CASES.items() for i, case in enumerate(cases)])
def test_a_missed_construction_gives_its_facts(text: str, given: list[tuple], not_given: list[tuple]):
    check(sentence_facts(text), given, not_given)
