"""Coordination: what a list of names shares, and what its items keep to themselves. Sentences of
our own, grouped by construction, run through the default pipeline."""
import pytest

from payvand.extract.relations.patterns import _coordinated
from tests.extract.tables import check, sentence_facts

# A fact is (subject label, predicate, object label, role, status); items left out, or ``...``,
# are not checked. Each case: a sentence, the facts it must give, the facts it must not give.
Case = tuple[str, list[tuple], list[tuple]]

# one predicate governs a list whose items carry their country: each item takes the predicate, and
# each its own country
LISTS_WITH_COUNTRIES: list[Case] = [
    ("مشهد با شهرهای لیون از فرانسه، شهر پورتو در پرتغال و حتی کازان خواهرخوانده شده است.",
     [("مشهد", "twinnedWith", "لیون"), ("مشهد", "twinnedWith", "پورتو"), ("مشهد", "twinnedWith", "کازان"),
      ("لیون", "locatedIn", "فرانسه"), ("پورتو", "locatedIn", "پرتغال")],
     [("لیون", "locatedIn", "پرتغال"), ("کازان", "locatedIn"), ("لیون", "twinnedWith", "پورتو")]),
    ("اصفهان با ۱۰ شهر بزرگ دنیا شامل شیان چین، فلورانس ایتالیا، یاش رومانی و هاوانا خواهرخوانده است.",
     [("اصفهان", "twinnedWith", "شیان"), ("اصفهان", "twinnedWith", "فلورانس"), ("اصفهان", "twinnedWith", "یاش"),
      ("اصفهان", "twinnedWith", "هاوانا"), ("شیان", "locatedIn", "چین"), ("فلورانس", "locatedIn", "ایتالیا")],
     [("شیان", "twinnedWith", "فلورانس"), ("یاش", "twinnedWith", "هاوانا")]),
    # a country alone between commas is a city named as its country: the list goes on past it
    ("تبریز با شهرهای شیان چین، سنگاپور، فرایبورگ آلمان و هاوانا کوبا خواهرخوانده است.",
     [("تبریز", "twinnedWith", "شیان"), ("تبریز", "twinnedWith", "فرایبورگ"), ("تبریز", "twinnedWith", "هاوانا"),
      ("هاوانا", "locatedIn", "کوبا")],
     []),
    # the cities before "با", each with its country
    ("شهرهای باکو و استانبول ترکیه با شهر تبریز خواهرخوانده شده اند.",
     [("باکو", "twinnedWith", "تبریز"), ("استانبول", "twinnedWith", "تبریز"), ("استانبول", "locatedIn", "ترکیه")],
     [("باکو", "twinnedWith", "استانبول")]),
    # the examples of a class of cities, an open list
    ("شهرداری کرمان در حال مذاکره برای خواهرخواندگی با سایر شهرهای ایتالیا از جمله ونیز، ناپل و … است.",
     [("کرمان", "twinnedWith", "ونیز", None, "proposed"), ("کرمان", "twinnedWith", "ناپل", None, "proposed"),
      ("ونیز", "locatedIn", "ایتالیا"), ("ناپل", "locatedIn", "ایتالیا")],
     []),
    # a place in brackets, with its part of the country
    ("شهرهای رشت (شمال ایران) و کاشان(مرکز ایران) به عنوان شهرهای خلاق انتخاب شده اند.",
     [("رشت", "locatedIn", "ایران"), ("کاشان", "locatedIn", "ایران")],
     []),
    # a body's members, each with its country
    ("شهرهای لیون از فرانسه، پورتو در پرتغال و کازان به عضویت انجمن کلانشهرهای جهان درآمدند.",
     [("لیون", "memberOf", "انجمن کلانشهرهای جهان"), ("پورتو", "memberOf", "انجمن کلانشهرهای جهان"),
      ("کازان", "memberOf", "انجمن کلانشهرهای جهان"), ("پورتو", "locatedIn", "پرتغال")],
     []),
    # seats taken by a list of cities, each with its country
    ("شهرهای تهران از ایران، استانبول از ترکیه و کازان روسیه به عنوان اعضای هیئت مدیره انجمن کلانشهرهای جهان "
     "انتخاب شدند.",
     [("تهران", "memberOf", "انجمن کلانشهرهای جهان", "BoardMember"),
      ("استانبول", "memberOf", "انجمن کلانشهرهای جهان", "BoardMember"),
      ("کازان", "memberOf", "انجمن کلانشهرهای جهان", "BoardMember"), ("استانبول", "locatedIn", "ترکیه")],
     [("ایران", "memberOf"), ("کازان", "locatedIn", "ترکیه")]),
]

# subjects paired with their roles, one "به عنوان" each
ROLES_PAIRED: list[Case] = [
    ("مجمع شهرداران آسیایی نشست سالانه خود را برگزار کرد. در این نشست لیما به عنوان رئیس و قزوین و کازان "
     "به عنوان نایب رئیس انتخاب شدند.",
     [("لیما", "memberOf", "مجمع شهرداران آسیایی", "President"),
      ("قزوین", "memberOf", "مجمع شهرداران آسیایی", "VicePresident"),
      ("کازان", "memberOf", "مجمع شهرداران آسیایی", "VicePresident")],
     [("لیما", "memberOf", ..., "VicePresident"), ("قزوین", "memberOf", ..., "President")]),
    ("مجمع شهرداران آسیایی نشست سالانه خود را برگزار کرد. در این نشست شهرداری شیراز به عنوان رئیس انتخاب شد.",
     [("شیراز", "memberOf", "مجمع شهرداران آسیایی", "President")],
     []),
]

# the verb of the first clause left out of the last: the same body, the last clause's role
ELIDED_VERB: list[Case] = [
    ("شهرداری شیراز به عنوان رئیس انجمن کلانشهرهای جهان انتخاب شد و اهواز و ساری نیز به عنوان اعضای "
     "هیئت اجرایی.",
     [("شیراز", "memberOf", "انجمن کلانشهرهای جهان", "President"),
      ("اهواز", "memberOf", "انجمن کلانشهرهای جهان", "ExecutiveMember"),
      ("ساری", "memberOf", "انجمن کلانشهرهای جهان", "ExecutiveMember")],
     [("اهواز", "memberOf", ..., "President")]),
    ("شهرداری شیراز به عنوان رئیس انجمن کلانشهرهای جهان انتخاب شد و اهواز و ساری را به عنوان شهرهای نمونه "
     "معرفی کرد.",
     [],
     [("اهواز", "memberOf"), ("ساری", "memberOf")]),
]

# who goes along travels too
COMPANIONS: list[Case] = [
    ("علی رضایی شهردار شیراز به همراه امید صالحی و رضا کریمی در سفر به مسکو با شهردار این شهر دیدار کرد.",
     [("علی رضایی", "visited", "مسکو"), ("امید صالحی", "visited", "مسکو"), ("رضا کریمی", "visited", "مسکو")],
     []),
    ("علی رضایی، امید صالحی و رضا کریمی در سفر به مسکو با شهردار این شهر دیدار کردند.",
     [("علی رضایی", "visited", "مسکو"), ("امید صالحی", "visited", "مسکو"), ("رضا کریمی", "visited", "مسکو")],
     []),
    # not the one met before the traveller
    ("در دیدار با علی رضایی، امید صالحی در سفر به مسکو گفت: همکاری ادامه دارد.",
     [("امید صالحی", "visited", "مسکو")],
     [("علی رضایی", "visited")]),
]

# the cities of a list are twinned with each other only when the clause says so
NOT_PAIRED: list[Case] = [
    ("تبریز با شهرهایی همچون باکو و استانبول خواهرخوانده است.",
     [("تبریز", "twinnedWith", "باکو"), ("تبریز", "twinnedWith", "استانبول")],
     [("باکو", "twinnedWith", "استانبول"), ("استانبول", "twinnedWith", "باکو")]),
    ("یزد و کاشان خواهرخوانده تبریز می شوند.",
     [("یزد", "twinnedWith", "تبریز"), ("کاشان", "twinnedWith", "تبریز")],
     [("یزد", "twinnedWith", "کاشان"), ("کاشان", "twinnedWith", "یزد")]),
    ("شهرهای یزد، کاشان و تبریز پس از امضای تفاهم نامه با یکدیگر خواهرخوانده خواهند شد.",
     [("یزد", "twinnedWith", "کاشان", None, "proposed"), ("کاشان", "twinnedWith", "تبریز", None, "proposed")],
     []),
    ("زنجان و همدان خواهرخوانده شدند.",
     [("زنجان", "twinnedWith", "همدان", None, "signed")],
     []),
]

CASES = {"lists-with-countries": LISTS_WITH_COUNTRIES, "roles-paired": ROLES_PAIRED, "elided-verb": ELIDED_VERB,
         "companions": COMPANIONS, "not-paired": NOT_PAIRED}


def _facts(text: str) -> set[tuple]:
    return sentence_facts(text)




@pytest.mark.parametrize("text, given, not_given", [
    pytest.param(*case, id=f"{group}-{i}") for group, cases in CASES.items() for i, case in enumerate(cases)])
def test_a_list_gives_its_facts(text: str, given: list[tuple], not_given: list[tuple]):
    check(sentence_facts(text), given, not_given)


# masked sentences and the lists of mentions (by index) they hold
@pytest.mark.parametrize("masked, lists", [
    ("⟨C#1⟩ از ⟨N#2⟩، شهر ⟨C#3⟩ در ⟨N#4⟩ و حتی ⟨C#5⟩ خواهرخوانده شد", [[1, 3, 5]]),
    ("⟨C#1⟩ ⟨N#2⟩، ⟨C#3⟩ی ⟨N#4⟩، ⟨N#5⟩، ⟨C#6⟩ ⟨N#7⟩ و ⟨C#8⟩", [[1, 3, 6, 8]]),
    ("⟨C#1⟩ (شمال ⟨N#2⟩) و ⟨C#3⟩(مرکز ⟨N#4⟩)", [[1, 3]]),
    ("⟨C#1⟩، ⟨C#2⟩ و …", [[1, 2]]),
    ("⟨C#1⟩ ⟨N#2⟩، ست پترزبورگ ⟨N#3⟩، ⟨C#4⟩ ⟨N#5⟩ و ⟨C#6⟩ ⟨N#7⟩", [[1, 4, 6]]),
    ("⟨C#1⟩ و ⟨C#2⟩ در زمینه خوراک، ⟨C#3⟩ در زمینه موسیقی و ⟨C#4⟩ در زمینه صنایع دستی عضو ⟨O#5⟩ هستند",
     [[1, 2, 3, 4]]),
    ("شهرهای ⟨C#1⟩، ⟨C#2⟩، ورزنه، علویجه، ⟨C#3⟩، میبد، مهریز و ⟨C#4⟩ پذیرفته شدند", [[1, 2, 3, 4]]),
    ("⟨P#1⟩ به همراه ⟨P#2⟩ و ⟨P#3⟩ به ⟨C#4⟩ سفر کرد", [[1, 2, 3]]),
    # a comma alone between two is a clause's end, and a country list is no city list
    ("در ⟨C#1⟩، ⟨C#2⟩ به این شبکه پیوست", []),
    ("⟨C#1⟩ ⟨N#2⟩ و ⟨N#3⟩ را دعوت کرد", [[2, 3]]),
])
def test_the_lists_of_a_masked_sentence(masked: str, lists: list[list[int]]):
    groups = _coordinated(masked)
    assert sorted({tuple(g) for g in groups.values()}) == sorted(tuple(g) for g in lists)
