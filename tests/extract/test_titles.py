"""Titles as mentions of their own (``types.Title``): found once, linked once to the person they
denote (``resolve.link_titles``, the next speaker of ``discourse``), and read by the relations.
Sentences of our own, with invented names."""
import pytest

from payvand.extract import extract
from payvand.types import Article

from tests.extract.tables import check, sentence_facts


def _titles(text: str) -> list[tuple]:
    """(kind, predicate, what it is of, role, holder, link) of each title of ``text``."""
    doc = extract(Article("t", text))
    return [(t.kind, t.predicate, doc.entities[doc.spans[t.of].entity].label, t.role,
             doc.entities[t.holder].label if t.holder is not None else None, t.link) for t in doc.titles.values()]


@pytest.mark.parametrize("text, expected", [
    # the name before the title, after it (set off by commas, or right after), quoted
    ("بهرام کاظمی، شهردار قزوین، از این طرح خبر داد.",
     [("mayor", "mayorOf", "قزوین", None, "بهرام کاظمی", "apposition")]),
    ("شهردار قزوین، بهرام کاظمی، از این طرح خبر داد.",
     [("mayor", "mayorOf", "قزوین", None, "بهرام کاظمی", "apposition")]),
    ("این سند را «بهرام کاظمی» شهردار «قزوین» امضا کرد.",
     [("mayor", "mayorOf", "قزوین", None, "بهرام کاظمی", "apposition")]),
    # an envoy where they serve, a post in a body, a post in a municipality
    ("سفیر پرتغال در تهران، ژوزه مارتینز، از موزه بازدید کرد.",
     [("envoy", "represents", "پرتغال", "Ambassador", "ژوزه مارتینز", "apposition")]),
    ("دبیرکل مجمع شهرداران آسیایی کامران یزدانی در این نشست سخنرانی کرد.",
     [("post", "memberOf", "مجمع شهرداران آسیایی", "SecretaryGeneral", "کامران یزدانی", "apposition")]),
    ("کامران یزدانی معاون شهردار کرمان از این طرح خبر داد.",
     [("post", "memberOf", "کرمان", "Deputy", "کامران یزدانی", "apposition")]),
    # the same title again, alone: the one person named beside it elsewhere
    ("بهرام کاظمی شهردار قزوین از نمایشگاه بازدید کرد. شهردار قزوین در این بازدید گفت: کار ادامه دارد.",
     [("mayor", "mayorOf", "قزوین", None, "بهرام کاظمی", "apposition"),
      ("mayor", "mayorOf", "قزوین", None, "بهرام کاظمی", "elsewhere")]),
    # not the object of the mayor's act, nor a name with a title of its own
    ("شهردار قزوین بهرام کاظمی را به سمت مشاور خود منصوب کرد.",
     [("mayor", "mayorOf", "قزوین", None, None, None)]),
    ("شهردار قزوین، بهرام کاظمی مدیرکل روابط عمومی، حضور داشت.",
     [("mayor", "mayorOf", "قزوین", None, None, None)]),
    # an honorific, or the name in Latin letters, between the name and the title; the mayor in Dari
    ("کامران یزدانی در ملاقات با شهردار کرمان آقای بهرام کاظمی گفت: کار ادامه دارد.",
     [("mayor", "mayorOf", "کرمان", None, "بهرام کاظمی", "apposition")]),
    ("بهرام کاظمی Bahram Kazemi شهردار شهر کرمان از موزه بازدید کرد.",
     [("mayor", "mayorOf", "کرمان", None, "بهرام کاظمی", "apposition")]),
    ("بهرام کاظمی شاروال هرات از موزه بازدید کرد.",
     [("mayor", "mayorOf", "هرات", None, "بهرام کاظمی", "apposition")]),
    # a title-only lead and the next speaker named
    ("شهردار قزوین در این نشست گفت: همکاری ادامه دارد.\n\nبهرام کاظمی افزود: این طرح تا پایان سال اجرا می شود.",
     [("mayor", "mayorOf", "قزوین", None, "بهرام کاظمی", "speaker")]),
    # an envoy met by title, then the person met by name
    ("شهردار کرمان، بهرام کاظمی، در دیدار با سفیر اتریش از همکاری دو شهر استقبال کرد.\n\n"
     "بهرام کاظمی در دیدار با آقای فرانتس هوبر گفت: روابط خوب است.",
     [("mayor", "mayorOf", "کرمان", None, "بهرام کاظمی", "apposition"),
      ("envoy", "represents", "اتریش", "Ambassador", "فرانتس هوبر", "speaker")]),
    # a verb of saying written glued, as the press often does
    ("شهردار قزوین در این نشست گفت: همکاری ادامه دارد.\n\nبه گزارش ایرنا، بهرام کاظمی با تاکید بر این طرح اظهارکرد: "
     "این طرح تا پایان سال اجرا می شود.",
     [("mayor", "mayorOf", "قزوین", None, "بهرام کاظمی", "speaker")]),
    # a reporter's byline between the lead and the speaker names no one else; a comma after the speaker's name
    ("مدیرکل امور بین الملل شهرداری کرمان گفت: همکاری ادامه دارد.\n\nکامران یزدانی خبرنگار از کرمان\n\n"
     "بهرام کاظمی، اظهار کرد: این طرح تا پایان سال اجرا می شود.",
     [("post", "memberOf", "کرمان", "DirectorGeneral", "بهرام کاظمی", "speaker")]),
    # a byline in the lead's dateline
    ("کرمان – کامران یزدانی خبرنگار ایرنا - شهردار کرمان در این نشست گفت: همکاری ادامه دارد.\n\n"
     "بهرام کاظمی افزود: این طرح تا پایان سال اجرا می شود.",
     [("mayor", "mayorOf", "کرمان", None, "بهرام کاظمی", "speaker")]),
    # a speaker whose name opens the sentence in quotes
    ("شهردار کرمان در این نشست گفت: همکاری ادامه دارد.\n\n«بهرام کاظمی» از طرح تازه خبر داد و افزود: "
     "این طرح تا پایان سال اجرا می شود.",
     [("mayor", "mayorOf", "کرمان", None, "بهرام کاظمی", "speaker")]),
    # the title opening a speech sentence after the one quoted (named after the source, then "وی"): theirs
    ("به گزارش ایرنا، بهرام کاظمی اظهار کرد: کامران یزدانی این طرح را تایید کرد.\n\nوی افزود: کار ادامه دارد.\n\n"
     "مدیرکل امور بین الملل شهرداری کرمان تصریح کرد: این طرح تا پایان سال اجرا می شود.",
     [("post", "memberOf", "کرمان", "DirectorGeneral", "بهرام کاظمی", "speaker")]),
    # the quotes going on by "وی" after "وی" (the one quoted still), and a title inside a quote is no lead
    ("به گزارش ایرنا، بهرام کاظمی گفت: کار ادامه دارد.\n\nوی افزود: در نشست مشترک سفیر اتریش با کامران یزدانی "
     "این طرح بررسی شد.\n\nوی تصریح کرد: این طرح اجرا می شود.\n\nشهردار کرمان خاطر نشان کرد: همکاری ادامه دارد.",
     [("envoy", "represents", "اتریش", "Ambassador", None, None),
      ("mayor", "mayorOf", "کرمان", None, "بهرام کاظمی", "speaker")]),
    # ... but not one who speaks "also", after them: someone else
    ("بهرام کاظمی گفت: کار ادامه دارد.\n\nمدیرکل امور بین الملل شهرداری کرمان نیز گفت: این طرح اجرا می شود.",
     [("post", "memberOf", "کرمان", "DirectorGeneral", None, None)]),
    # a governor's title, of the office the article names: its Head, an aide's its Deputy (the aide's
    # field may hold commas and "و"); the aide's lead is linked to the next speaker after the source
    ("هیئت در استانداری کرمان حضور یافت. بهرام کاظمی، استاندار کرمان گفت: کار ادامه دارد.",
     [("governor", "memberOf", "استانداری کرمان", "Head", "بهرام کاظمی", "apposition")]),
    ("معاون سیاسی، امنیتی و اجتماعی استاندار کرمان گفت: این هفته برگزار می شود.\n\n"
     "- به گزارش خبرگزاری مهر، بهرام کاظمی در نشست خبری در استانداری کرمان گفت: کار ادامه دارد.",
     [("governor", "memberOf", "استانداری کرمان", "Deputy", "بهرام کاظمی", "speaker")]),
    # a title alone as the subject of the lead, the body's first sentence opening with a name for the
    # same act: arriving (after the source), arriving (a quoted name after a source with no comma),
    # being present at an event the body refers back to
    ("شهردار ساری وارد فرودگاه ورشو شد.\n\nبه گزارش ایرنا، کامران یزدانی که برای دیداری رسمی به لهستان سفر "
     "کرده است، دقایقی پیش وارد ورشو شد.",
     [("mayor", "mayorOf", "ساری", None, "کامران یزدانی", "lead")]),
    ("معاون شهردار کرمان وارد مسکو شد.\n\nبه گزارش روابط عمومی شهرداری کرمان «بهرام کاظمی» و هیئت همراه که "
     "امروز وارد مسکو شدند مورد استقبال قرار گرفتند.",
     [("post", "memberOf", "کرمان", "Deputy", "بهرام کاظمی", "lead")]),
    ("شهردار یزد در نهمین جشنواره فرهنگی شهرهای جهان در وین شرکت کرد.\n\nبه گزارش ایسنا، بهرام کاظمی در این "
     "جشنواره از آثار تاریخی یزد سخن گفت.",
     [("mayor", "mayorOf", "یزد", None, "بهرام کاظمی", "lead")]),
    # ... after a dateline of two parts, or with a reporter's byline (attribution.dateline)
    ("ساری- ایرنا- شهردار ساری وارد فرودگاه ورشو شد.\n\nکامران یزدانی که برای دیداری رسمی به لهستان سفر "
     "کرده است، دقایقی پیش وارد ورشو شد.",
     [("mayor", "mayorOf", "ساری", None, "کامران یزدانی", "lead")]),
    ("ساری – سارا نیک‌فر خبرنگار ایرنا - شهردار ساری وارد فرودگاه ورشو شد.\n\nکامران یزدانی که برای دیداری "
     "رسمی به لهستان سفر کرده است، دقایقی پیش وارد ورشو شد.",
     [("mayor", "mayorOf", "ساری", None, "کامران یزدانی", "lead")]),
    # ... not a name with a title of its own, nor a title that is the lead's object, nor another act
    ("شهردار ساری وارد ورشو شد.\n\nکامران یزدانی معاون شهردار ساری نیز در این سفر حضور دارد.",
     [("mayor", "mayorOf", "ساری", None, None, None),
      ("post", "memberOf", "ساری", "Deputy", "کامران یزدانی", "apposition")]),
    ("نشست همکاری با حضور شهردار ساری در ورشو برگزار شد.\n\nبه گزارش ایرنا، یان کوالسکی که برای این نشست به "
     "ورشو سفر کرده بود از همکاری سخن گفت.",
     [("mayor", "mayorOf", "ساری", None, None, None)]),
    ("شهردار ساری وارد ورشو شد.\n\nبه گزارش ایرنا، یان کوالسکی از همکاری دو شهر استقبال کرد.",
     [("mayor", "mayorOf", "ساری", None, None, None)]),
    # ... nor one whose sentence points to someone else by a pronoun (who welcomed the lead's subject)
    ("شهردار ساری وارد ورشو شد.\n\nبه گزارش ایرنا، یان کوالسکی در بدو ورود از وی استقبال کرد.",
     [("mayor", "mayorOf", "ساری", None, None, None)]),
    # ... nor one present somewhere else (the same kind of act, no place or event shared), nor one
    # present "too"
    ("شهردار ساری در همایش بین‌المللی شهرهای هوشمند در ورشو حضور یافت.\n\nبه گزارش ایرنا، یان کوالسکی "
     "دیروز در مراسم افتتاح ایستگاه مترو حضور یافت.",
     [("mayor", "mayorOf", "ساری", None, None, None)]),
    ("شهردار ساری در همایش بین‌المللی شهرهای هوشمند در ورشو حضور یافت.\n\nبه گزارش ایرنا، یان کوالسکی "
     "نیز در این همایش حضور داشت.",
     [("mayor", "mayorOf", "ساری", None, None, None)]),
])
def test_a_title_is_linked_once_to_the_person_it_denotes(text: str, expected: list[tuple]):
    assert _titles(text) == expected


@pytest.mark.parametrize("text", [
    "در حاشیه این تورنمنت شهردار یزد با میهمانان دیدار کرد.",  # a noun after a demonstrative
    "با پیگیریهای شهردار یزد این طرح اجرا شد.",  # one plural word
    "کامران یزدانی معاون عمران وشهرسازی شهردار یزد از طرح بازدید کرد.",  # a post's field, a word glued to و
])
def test_words_before_a_title_that_are_no_name_hold_none(text: str):
    assert not [f for f in sentence_facts(text) if f[1] == "mayorOf"]


def test_a_news_agency_before_a_title_holds_none():
    text = "به گزارش خبرگزاری صدا و سیما، شهردار قزوین گفت: این طرح اجرا می شود."
    assert all(holder is None for *_, holder, _link in _titles(text))


@pytest.mark.parametrize("text, given, not_given", [
    # a title in a clause stands for the person linked to it (here named elsewhere)
    ("بهرام کاظمی شهردار قزوین از نمایشگاه بازدید کرد. شهردار قزوین با شهردار کرمان، امید نیکنام، دیدار کرد.",
     [("بهرام کاظمی", "metWith", "امید نیکنام", None, None)],
     []),
    # a pronoun after a title-only lead: the one person the sentence before it named went on speaking
    ("بهرام کاظمی در آیین افتتاح نمایشگاه گفت: این نمایشگاه سه روز برپاست.\n\n"
     "رئیس شورای اسلامی شهر قزوین افزود: شوراها محور مدیریت شهری هستند.\n\nوی افزود: کار ادامه دارد.",
     [("بهرام کاظمی", "memberOf", "شورای اسلامی شهر قزوین", "Chair", None)],
     []),
    # ... not one of two persons the sentence before named, nor a person named before that
    ("بهرام کاظمی در آیین افتتاح نمایشگاه با حسن نوروزی دیدار کرد.\n\n"
     "سفیر رومانی گفت: روابط دو کشور خوب است.\n\nوی افزود: کار ادامه دارد.",
     [],
     [(..., "represents")]),
    # an aide's lead is the aide's post, not the mayor's
    ("کامران یزدانی در فرودگاه مورد استقبال قرار گرفت.\n\nمعاون شهردار ازمیر گفت: همکاری ادامه دارد.\n\n"
     "وی افزود: کار ادامه دارد.",
     [("کامران یزدانی", "memberOf", "ازمیر", "Deputy", None)],
     [(..., "mayorOf")]),
    # any title that opens the sentence after the news's source, speaking, waits for the next speaker
    ("به گزارش روابط عمومی شهرداری یزد، مدیر مرکز نوآوری شهرداری یزد در این مراسم اظهار داشت: کار ادامه دارد.\n\n"
     "بهرام کاظمی افزود: این طرح تا پایان سال اجرا می شود.",
     [("بهرام کاظمی", "memberOf", "یزد", "Head", None)],
     []),
    # a city council named without its city is the council the article named before
    ("اعضای کمیسیون فرهنگی شورای اسلامی شهر کرمان از تبریز بازدید کردند. در این سفر کامران یزدانی و "
     "بهرام کاظمی اعضای کمیسیون فرهنگی شورای شهر حضور دارند.",
     [("کامران یزدانی", "memberOf", "شورای اسلامی شهر کرمان", "Member", None),
      ("بهرام کاظمی", "memberOf", "شورای اسلامی شهر کرمان", "Member", None)],
     [(..., "memberOf", "شورای شهر")]),
    # the post is the one's "را" marks, not the appointer's; none when that one is not named
    ("کامران یزدانی شهردار تبریز در حکمی بهرام کاظمی را به عنوان دبیرکل مجمع شهرداران آسیایی منصوب کرد.",
     [("بهرام کاظمی", "memberOf", "مجمع شهرداران آسیایی", "SecretaryGeneral", None)],
     [("کامران یزدانی", "memberOf")]),
    ("کامران یزدانی شهردار تبریز در حکمی مدیر جدید را به عنوان دبیرکل مجمع شهرداران آسیایی منصوب کرد.",
     [],
     [(..., "memberOf")]),
    ("در این نشست، اعضا شهرهای رشت و ساری را به عنوان اعضای هیئت اجرایی مجمع شهرداران آسیایی انتخاب کردند.",
     [("رشت", "memberOf", "مجمع شهرداران آسیایی", "ExecutiveMember", None),
      ("ساری", "memberOf", "مجمع شهرداران آسیایی", "ExecutiveMember", None)],
     []),
    # رئیس of a national association of mayors is its President
    ("کامران یزدانی رئیس مجمع شهرداران کلانشهرهای ایران در این نشست سخنرانی کرد.",
     [("کامران یزدانی", "memberOf", "مجمع شهرداران کلانشهرهای ایران", "President", None)],
     []),
    # a scope word (بین‌المللی) makes a network of a body only after a network's head noun:
    # an association's رئیس presides it, a company's or a chamber's heads it (GUIDE)
    ("کامران یزدانی رئیس انجمن بین المللی شهرسازان گفت همکاری ادامه دارد.",
     [("کامران یزدانی", "memberOf", "انجمن بین المللی شهرسازان", "President", None)],
     []),
    ("کامران یزدانی رئیس شرکت بین المللی ساختمانی آرمان گفت همکاری ادامه دارد.",
     [("کامران یزدانی", "memberOf", "شرکت بین المللی ساختمانی آرمان", "Head", None)],
     [(..., "memberOf", ..., "President")]),
    ("کامران یزدانی رئیس اتاق بازرگانی بین المللی گفت همکاری ادامه دارد.",
     [("کامران یزدانی", "memberOf", "اتاق بازرگانی بین المللی", "Head", None)],
     [(..., "memberOf", ..., "President")]),
])
def test_relations_read_the_title_links(text: str, given: list[tuple], not_given: list[tuple]):
    check(sentence_facts(text), given, not_given)
