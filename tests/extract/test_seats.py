"""Seats and bracketed titles on sentences written for this test and tuned to no article (invented
people, real cities): GUIDE.md's Seats convention (a city holds a seat only when the article names
no mayor of it; a named person who holds a seat gets it) and a title set in brackets after a name
(``X (شهردار C)``, ``X (سفیر N در M)``), run through the default pipeline."""
import pytest

from tests.extract.tables import check, sentence_facts

Case = tuple[str, list[tuple], list[tuple]]

# a city's seat told of its mayors, or a post the city was elected to, with its mayor named in the
# article (even only later, by who speaks next for the title): the mayor's; the city keeps a seat
# it holds itself
SEATS: list[Case] = [
    ("در نشست سالانه انجمن جهانی کلانشهرها، شهرداران یزد و کازان به عنوان نایب رئیس انتخاب شدند. "
     "شهردار یزد گفت: این انتخاب مهم است. نادر فرهمند افزود: همکاری ادامه دارد.",
     [("نادر فرهمند", "mayorOf", "یزد"), ("نادر فرهمند", "participatedIn", "نشست سالانه انجمن جهانی کلانشهرها"),
      ("نادر فرهمند", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident"),
      ("کازان", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident")],
     [("یزد", "participatedIn", ...), ("یزد", "memberOf", ...)]),
    ("یزد و کازان به عنوان نایب رئیس انجمن جهانی کلانشهرها انتخاب شدند. نادر فرهمند شهردار یزد گفت: این انتخاب مهم است.",
     [("نادر فرهمند", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident"),
      ("کازان", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident")],
     [("یزد", "memberOf", ...)]),
    ("شهر یزد به عنوان عضو هیئت مدیره انجمن جهانی کلانشهرها انتخاب شد. نادر فرهمند شهردار یزد گفت: این انتخاب مهم است.",
     [("نادر فرهمند", "memberOf", "انجمن جهانی کلانشهرها", "BoardMember")],
     [("یزد", "memberOf", ...)]),
    # no mayor of the city named (an aide is): the city holds the post
    ("یزد به عنوان نایب رئیس انجمن جهانی کلانشهرها انتخاب شد. نادر فرهمند معاون شهردار یزد گفت: این انتخاب مهم است.",
     [("یزد", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident")],
     [("نادر فرهمند", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident")]),
    # the city's own: a membership, a seat it holds, a designation, its municipality's presence
    ("یزد به انجمن جهانی کلانشهرها پیوست. نادر فرهمند شهردار یزد گفت: این عضویت مهم است.",
     [("یزد", "memberOf", "انجمن جهانی کلانشهرها", "Member")],
     [("نادر فرهمند", "memberOf", ...)]),
    ("یزد عضو هیئت مدیره انجمن جهانی کلانشهرها است. نادر فرهمند شهردار یزد گفت: این عضویت مهم است.",
     [("یزد", "memberOf", "انجمن جهانی کلانشهرها", "BoardMember")],
     [("نادر فرهمند", "memberOf", ...)]),
    ("لوح عضویت یزد در شبکه شهرهای یادگیرنده به نادر فرهمند شهردار یزد تحویل شد.",
     [("یزد", "memberOf", "شبکه شهرهای یادگیرنده", "Member")],
     [("نادر فرهمند", "memberOf", ...)]),
    ("شهرداری یزد در اجلاس جهانی شهرهای هوشمند شرکت کرد. نادر فرهمند شهردار یزد گفت: این اجلاس مهم است.",
     [("یزد", "participatedIn", "اجلاس جهانی شهرهای هوشمند")],
     [("نادر فرهمند", "participatedIn", ...)]),
]

# a title in brackets after the name: the name holds it (and a name's last word that is also a
# place, "مرادی", stays the name's)
BRACKETS: list[Case] = [
    ("سپیده مرادی (شهردار کرمان) در اجلاس جهانی شهرهای هوشمند سخنرانی کرد.",
     [("سپیده مرادی", "mayorOf", "کرمان"), ("سپیده مرادی", "participatedIn", "اجلاس جهانی شهرهای هوشمند")],
     [("کرمان", "participatedIn", ...)]),
    ("بهرام کیانی (شهردار یزد) و لئو برنار (شهردار لیون) با یکدیگر دیدار کردند.",
     [("بهرام کیانی", "mayorOf", "یزد"), ("لئو برنار", "mayorOf", "لیون"), ("بهرام کیانی", "metWith", "لئو برنار")],
     []),
    ("فریدون کاشانی (سفیر ایران در ارمنستان) از شهر ایروان بازدید کرد.",
     [("فریدون کاشانی", "represents", "ایران", "Ambassador"), ("فریدون کاشانی", "visited", "ایروان")],
     [("فریدون کاشانی", "represents", "ارمنستان")]),
    # a bracket that places a city is no title
    ("شهر کرمان (مرکز استان کرمان) با شهر لیون (فرانسه) خواهرخوانده شد.",
     [("لیون", "locatedIn", "فرانسه")],
     [(..., "mayorOf", ...)]),
]

CASES = {"seats": SEATS, "brackets": BRACKETS}


@pytest.mark.parametrize("text, given, not_given",
                         [case for cases in CASES.values() for case in cases],
                         ids=[f"{name}-{k}" for name, cases in CASES.items() for k in range(len(cases))])
def test_seat_or_bracket_gives_its_facts(text: str, given: list[tuple], not_given: list[tuple]):
    check(sentence_facts(text), given, not_given)
