"""Names of events and bodies in the forms the press writes them (sentences and names of our
own): each found span, its offsets in the original text and its text, exactly."""
import pytest

from payvand.extract import extract
from tests.extract.tables import check, sentence_facts
from payvand.types import Article


def _named(text: str, label: str) -> list[tuple[int, int, str]]:
    """The spans of ``label`` that name their entity (no references), with their offsets."""
    return [(s.start, s.end, s.text) for s in extract(Article("t", text)).spans if s.label == label and not s.coref]


def _expected(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """Each name at its first place in ``text`` after the one before it."""
    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        out.append((start, start + len(name), name))
        pos = start + len(name)
    return out


@pytest.mark.parametrize("text, events", [
    # a head with its ezafe written after a half-space, or glued after a vowel, before modifiers
    ("کاوه نیکنام در کنگره‌ی جهانی شهرهای ساحلی در باکو شرکت کرد.", ["کنگره‌ی جهانی شهرهای ساحلی"]),
    ("کاوه نیکنام در اکسپوی بین‌المللی کشاورزی در کازان شرکت کرد.", ["اکسپوی بین‌المللی کشاورزی"]),
    # ... but an indefinite head names nothing
    ("کاوه نیکنام در نشستی در کرمان شرکت کرد.", []),
    # a head misspelt by one letter, before a scope modifier or after an ordinal
    ("کاوه نیکنام در کنفرانش بین‌المللی شهرهای هوشمند در باکو شرکت کرد.", ["کنفرانش بین‌المللی شهرهای هوشمند"]),
    ("کاوه نیکنام در جشنوراه ملی فیلم کوتاه در کرمان شرکت کرد.", ["جشنوراه ملی فیلم کوتاه"]),
    ("کاوه نیکنام در سومین کنفرانش شهرهای ساحلی شرکت کرد.", ["سومین کنفرانش شهرهای ساحلی"]),
    # ... not a word one letter from a head with nothing that makes it an event's
    ("کاوه نیکنام از کنفرانش شهر گفت.", []),
    # a seminar is a gathering like the others
    ("کاوه نیکنام در سمینار بین‌المللی گردشگری سلامت در کازان سخنرانی کرد.", ["سمینار بین‌المللی گردشگری سلامت"]),
    # a topic's words joined by "و", a list's by commas and "و"
    ("کاوه نیکنام در کنفرانس بین‌المللی آب و توسعه پایدار در باکو شرکت کرد.", ["کنفرانس بین‌المللی آب و توسعه پایدار"]),
    ("نمایشگاه بین‌المللی صنایع غذایی، کشاورزی و دامپروری در کازان برگزار شد.",
     ["نمایشگاه بین‌المللی صنایع غذایی، کشاورزی و دامپروری"]),
    ("کاوه نیکنام در دومین نمایشگاه بین‌المللی گل و گیاه شرکت کرد.", ["دومین نمایشگاه بین‌المللی گل و گیاه"]),
    # ... never over another event's head, a person or a place
    ("همایش ملی گردشگری و جشنواره ملی فیلم کوتاه در کرمان برگزار شد.", ["جشنواره ملی فیلم کوتاه"]),
    ("کاوه نیکنام در دومین همایش گردشگری و کاوه نیکنام در کرمان شرکت کردند.", ["دومین همایش گردشگری"]),
    ("دومین همایش گردشگری و کرمان", ["دومین همایش گردشگری"]),
    ("نمایشگاه بین‌المللی گردشگری، کرمان و یزد را معرفی کرد.", []),
    # a topic that the noun of a light verb ends ("… شرکت کرد", "… سخنرانی کرد")
    ("کاوه نیکنام در کنفرانس بین‌المللی مدیریت بحران شرکت کرد.", ["کنفرانس بین‌المللی مدیریت بحران"]),
    ("کاوه نیکنام در سمپوزیوم جهانی معماری پایدار سخنرانی کرد.", ["سمپوزیوم جهانی معماری پایدار"]),
    ("کاوه نیکنام در همایش ملی سخنرانی کرد.", []),
    # an event named after the municipalities it gathers; ministers of a field of two words
    ("کاوه نیکنام در اجلاسیه شهرداری‌های آسیا در باکو شرکت کرد.", ["اجلاسیه شهرداری‌های آسیا"]),
    ("نشست وزرای امور خارجه کشورهای حاشیه دریای سیاه در باکو برگزار شد.",
     ["نشست وزرای امور خارجه کشورهای حاشیه دریای سیاه"]),
    # modifiers of scope: beyond a region, a continent, a province, the country
    ("کاوه نیکنام در همایش فرامنطقه‌ای گردشگری در کرمان سخنرانی کرد.", ["همایش فرامنطقه‌ای گردشگری"]),
    ("کاوه نیکنام در جشنواره استانی فیلم کوتاه در کرمان سخنرانی کرد.", ["جشنواره استانی فیلم کوتاه"]),
    ("جشنواره کشوری تئاتر خیابانی با حضور هنرمندان در کرمان برگزار شد.", ["جشنواره کشوری تئاتر خیابانی"]),
    # an ordinal with "دوره از", one added to its tens
    ("سیزدهمین دوره از جشنواره بین‌المللی فیلم کوتاه در کرمان برگزار شد.",
     ["سیزدهمین دوره از جشنواره بین‌المللی فیلم کوتاه"]),
    ("بیست و یکمین نمایشگاه بین‌المللی کتاب در کرمان افتتاح شد.", ["بیست و یکمین نمایشگاه بین‌المللی کتاب"]),
    # a sitting counted by an ordinal that nothing names is no event; one of a body named is
    ("کاوه نیکنام در شصت و یکمین جلسه این کمیسیون گفت.", []),
    ("کاوه نیکنام در دومین جلسه هیئت مدیره سازمان شهرهای ساحلی جهان گفت.",
     ["دومین جلسه هیئت مدیره سازمان شهرهای ساحلی جهان"]),
    # a joint commission of two countries, of any field
    ("اجلاس کمیسیون مشترک گردشگری ایران و ترکیه در تهران برگزار شد.", ["اجلاس کمیسیون مشترک گردشگری ایران و ترکیه"]),
    ("نشست کمیته مشترک شهرهای خواهرخوانده ایران و ترکیه در تهران برگزار شد.",
     ["نشست کمیته مشترک شهرهای خواهرخوانده ایران و ترکیه"]),
])
def test_event_names_with_offsets(text, events):
    assert _named(text, "Event") == _expected(text, events)


@pytest.mark.parametrize("text, orgs", [
    # a head of two words; an office's field of two nouns joined by "و", the first a common word;
    # the province it serves
    ("مدیرکل اداره کل راه و شهرسازی استان کوهسار گفت.", ["اداره کل راه و شهرسازی استان کوهسار"]),
    ("مدیر کل اداره کل فرهنگ و ارشاد اسلامی استان کرمان گفت.", ["اداره کل فرهنگ و ارشاد اسلامی استان کرمان"]),
    ("رئیس اداره فرهنگ و ارشاد اسلامی شهرستان بم گفت.", ["اداره فرهنگ و ارشاد اسلامی شهرستان بم"]),
    # ... but no person after "و"
    ("مدیرکل اداره کل ورزش و کاوه نیکنام گفتند.", ["اداره کل ورزش"]),
    # a body named by an acronym in Latin letters after its head, before a light verb too
    ("کرمان عضو انجمن MTRX شد.", ["انجمن MTRX"]),
    ("کرمان به عضویت شبکه بین‌المللی RCN درآمد.", ["شبکه بین‌المللی RCN"]),
    # a governorate, a body of cooperation, of mayors, a union
    ("کاوه نیکنام مدیرکل امور بین‌الملل استانداری کرمان گفت.", ["استانداری کرمان"]),
    ("دبیرکل سازمان همکاری‌های شهری آسیا و اقیانوسیه گفت.", ["سازمان همکاری‌های شهری آسیا و اقیانوسیه"]),
    ("دبیر مجمع شهرداران کلانشهرهای خزر گفت.", ["مجمع شهرداران کلانشهرهای خزر"]),
    ("رئیس اتحادیه بین‌المللی حمل و نقل عمومی گفت.", ["اتحادیه بین‌المللی حمل و نقل عمومی"]),
    # a quoted name right after the head
    ("کاوه نیکنام عضو انجمن «دوستداران شهر» شد.", ["انجمن «دوستداران شهر»"]),
    ("کرمان به شبکه «شهرهای امن» پیوست.", ["شبکه «شهرهای امن»"]),
    # a zone named after its head, up to where it is; the country's zones are no body
    ("مدیرعامل منطقه ویژه اقتصادی نارون گفت.", ["منطقه ویژه اقتصادی نارون"]),
    ("مدیرعامل منطقه ویژه اقتصادی نارون روسیه گفت.", ["منطقه ویژه اقتصادی نارون"]),
    ("مدیرعامل منطقه ویژه اقتصادی روسیه گفت.", []),
])
def test_organization_names_with_offsets(text, orgs):
    assert _named(text, "Organization") == _expected(text, orgs)


def test_the_chair_of_an_assembly_is_its_chair():
    check(sentence_facts("کاوه نیکنام رئیس پارلمان «نارون» در دیدار با شهردار کرمان گفت."),
          [("کاوه نیکنام", "memberOf", "پارلمان «نارون»", "Chair", ...)],
          [("کاوه نیکنام", "memberOf", ..., "Head", ...)])


def test_an_acronym_in_brackets_after_a_body_is_another_name_of_it():
    text = "کاوه نیکنام دبیرکل انجمن شهرهای کویری (DCA) گفت: DCA در کرمان دفتر دارد."
    doc = extract(Article("t", text))
    body = next(s for s in doc.spans if s.label == "Organization" and not s.coref)
    acronyms = [(s.start, s.end) for s in doc.spans if s.label == "Organization" and s.coref]
    assert (body.start, body.end, body.text) == _expected(text, ["انجمن شهرهای کویری"])[0]
    assert acronyms == [(m, m + 3) for m in (text.index("DCA"), text.rindex("DCA"))]
    assert {doc.spans[i].entity for i in range(len(doc.spans)) if doc.spans[i].label == "Organization"} == {body.entity}


def test_an_acronym_in_brackets_that_the_gazetteer_lists_stays_its_own_body():
    doc = extract(Article("t", "کاوه نیکنام دبیرکل انجمن شهرهای کویری (UCLG) گفت."))
    assert not any(s.coref for s in doc.spans if s.label == "Organization")


@pytest.mark.parametrize("text, orgs", [
    # a network of cities named by its head and the cities it joins is a body wherever it stands:
    # opening the sentence, after a preposition, in a list, with no title or membership near it
    ("انجمن شهرهای باستانی از این طرح حمایت کرد.", ["انجمن شهرهای باستانی"]),
    ("اتحادیه شهرهای کوهپایه‌ای از این طرح حمایت کرد.", ["اتحادیه شهرهای کوهپایه‌ای"]),
    ("مجمع شهرهای ساحلی در این باره بیانیه داد.", ["مجمع شهرهای ساحلی"]),
    ("شبکه شهرهای دوستدار کودک از این طرح حمایت کرد.", ["شبکه شهرهای دوستدار کودک"]),
    ("اتحادیه شهرداری‌های مرزی از این طرح حمایت کرد.", ["اتحادیه شهرداری‌های مرزی"]),
    ("انجمن کلانشهرهای آسیایی از این طرح حمایت کرد.", ["انجمن کلانشهرهای آسیایی"]),
    ("مجمع شهرداران کلانشهرهای کویری از این طرح حمایت کرد.", ["مجمع شهرداران کلانشهرهای کویری"]),
    ("این همایش با همکاری انجمن شهرهای کوهپایه‌ای برگزار می‌شود.", ["انجمن شهرهای کوهپایه‌ای"]),
    ("اتحادیه شهرهای کوهپایه‌ای و انجمن شهرهای باستانی از این طرح حمایت کردند.",
     ["اتحادیه شهرهای کوهپایه‌ای", "انجمن شهرهای باستانی"]),
    # ... but cities described, or a body's common meeting, are no body
    ("شهرهای باستانی ایران از این طرح سود می‌برند.", []),
    ("مجمع عمومی از این طرح حمایت کرد.", []),
    # a person's name after a body's head named by a title is no part of the body's name
    ("رئیس شبکه نورتا وِلاسکو گفت.", []),
    ("رئیس انجمن نورتا ولاسکو گفت.", []),
])
def test_network_names_in_any_position(text, orgs):
    assert _named(text, "Organization") == _expected(text, orgs)


def test_a_foreign_name_after_a_title_and_a_bare_head_is_the_holder():
    assert _named("رئیس شبکه نورتا ولاسکو گفت.", "Person") == _expected("رئیس شبکه نورتا ولاسکو گفت.", ["نورتا ولاسکو"])


@pytest.mark.parametrize("text, cities", [
    # a city counted is a common noun, the word after it its adjective, though a place of that name exists
    ("ده شهر تازه به این شبکه پیوستند.", []),
    ("۱۰ شهر تازه به این شبکه پیوستند.", []),
    ("هر شهر تازه باید طرحی بدهد.", []),
    # ... a city named with its cue is one, after a year too
    ("کاوه نیکنام به شهر وین سفر کرد.", ["وین"]),
    ("پایتخت فرهنگی در سال 2030 شهر وین خواهد بود.", ["وین"]),
])
def test_a_counted_city_cue_names_no_place(text, cities):
    assert _named(text, "City") == _expected(text, cities)


def test_an_acronym_after_a_co_running_body_leaves_it_the_host():
    check(sentence_facts("دومین همایش شهرهای کوهپایه‌ای با همکاری انجمن شهرهای کوهپایه‌ای (ACH) برگزار می‌شود."),
          [("دومین همایش شهرهای کوهپایه‌ای", "hostedBy", "انجمن شهرهای کوهپایه‌ای", ...)], [])
