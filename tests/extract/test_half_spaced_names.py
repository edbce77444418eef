"""Names written with half-spaces (ZWNJ), glued or apart (sentences and names of our own): the
shared gold never writes a half-space, real saved pages do. Each name is found, with the same
words, in each spelling; a common word stays common. ``~`` in a table stands for where the
spelling varies: a half-space, nothing (glued) or, where Persian writes it so, a space."""
import pytest

from payvand.extract import extract
from payvand.types import Article

HALF_SPACE = "\u200c"
SPELLINGS = {"half-spaced": HALF_SPACE, "glued": "", "apart": " "}


def _spelt(text: str, joint: str) -> str:
    return text.replace("~", joint)


def _named(text: str, label: str) -> list[str]:
    """The texts of the spans of ``label`` that name their entity (no references)."""
    return [s.text for s in extract(Article("t", text)).spans if s.label == label and not s.coref]


# (sentence, label, names, the spellings to try)
ALL = tuple(SPELLINGS)
NO_SPACE = ("half-spaced", "glued")  # a compound Persian never writes apart (کم‌کربن: کم is "little")


@pytest.mark.parametrize("text, label, names, spellings", [
    # a gathering's modifier that is a common compound (هم‌اندیشی: a body's name, an ordinal's event)
    ("کاوه نیکنام در مجمع هم~اندیشی شهرداران کلانشهرها در کرمان شرکت کرد.", "Organization",
     ["مجمع هم~اندیشی شهرداران کلانشهرها"], ALL),
    ("نخستین مجمع هم~اندیشی شهرداران در کرمان برگزار شد.", "Event", ["نخستین مجمع هم~اندیشی شهرداران"], ALL),
    ("دومین نشست هم~اندیشی شهرداران کلانشهرها در کرمان برگزار شد.", "Event",
     ["دومین نشست هم~اندیشی شهرداران کلانشهرها"], ALL),
    # a topic that is a compound (بسته‌بندی: its ending never stands alone)
    ("کاوه نیکنام در نمایشگاه بین~المللی بسته~بندی در کازان شرکت کرد.", "Event",
     ["نمایشگاه بین~المللی بسته~بندی"], ALL),
    ("کاوه نیکنام در همایش ملی بهینه~سازی مصرف انرژی در کرمان سخنرانی کرد.", "Event",
     ["همایش ملی بهینه~سازی مصرف انرژی"], ALL),
    # what a network's cities are
    ("کاوه نیکنام در همایش شهرهای کم~کربن در باکو سخنرانی کرد.", "Event", ["همایش شهرهای کم~کربن"], NO_SPACE),
    # a scope inside a body's name, an inflection after it
    ("کرمان به شبکه فرا~منطقه~ای شهرهای ساحلی پیوست.", "Organization", ["شبکه فرا~منطقه~ای شهرهای ساحلی"], ALL),
    ("کرمان به شبکه منطقه~ای شهرهای ساحلی پیوست.", "Organization", ["شبکه منطقه~ای شهرهای ساحلی"], ALL),
    ("کاوه نیکنام رئیس اتحادیه بین~المجالس گفت.", "Organization", ["اتحادیه بین~المجالس"], ALL),
    ("کاوه نیکنام در اجلاس اتحادیه بین~المجالس در ژنو شرکت کرد.", "Event", ["اجلاس اتحادیه بین~المجالس"], ALL),
    ("کاوه نیکنام دبیرکل انجمن بین~المللی شهرهای کویری گفت.", "Organization",
     ["انجمن بین~المللی شهرهای کویری"], ALL),
    # an ordinal's ending written apart from its tens
    ("سی~امین نمایشگاه بین~المللی کتاب در کرمان افتتاح شد.", "Event", ["سی~امین نمایشگاه بین~المللی کتاب"], ALL),
    ("سی~امین دوره جشنواره ملی فیلم کوتاه در کرمان برگزار شد.", "Event",
     ["سی~امین دوره جشنواره ملی فیلم کوتاه"], ALL),
    ("سی~امین مجمع شهرداران آسیایی در کرمان برگزار شد.", "Event", ["سی~امین مجمع شهرداران آسیایی"], ALL),
    ("بیست و یکمین نمایشگاه بین~المللی کتاب در کرمان افتتاح شد.", "Event",
     ["بیست و یکمین نمایشگاه بین~المللی کتاب"], ALL),
    # a surname whose half-spaced form hazm lists as a common word, after a given name, an
    # honorific or a title
    ("علی جهان~بخش شهردار کرمان گفت.", "Person", ["علی جهان~بخش"], NO_SPACE),
    ("شهردار کرمان علی جهان~بخش گفت.", "Person", ["علی جهان~بخش"], NO_SPACE),
    ("مریم خوش~نیت شهردار کرمان گفت.", "Person", ["مریم خوش~نیت"], ALL),
    ("آقای جهان~بخش گفت.", "Person", ["جهان~بخش"], NO_SPACE),
    # a surname's ending apart from the word before it: one surname
    ("علی ولی~زاده شهردار کرمان گفت.", "Person", ["علی ولی~زاده"], ALL),
    ("شهردار کرمان علی ولی~زاده گفت.", "Person", ["علی ولی~زاده"], ALL),
    ("علی حسن~پور شهردار کرمان گفت.", "Person", ["علی حسن~پور"], ALL),
    ("مریم علی~نیا مدیرکل امور بین~الملل استانداری کرمان گفت.", "Person", ["مریم علی~نیا"], ALL),
    ("مریم کاظمی~فر شهردار کرمان گفت.", "Person", ["مریم کاظمی~فر"], ALL),
    ("سارا کاوه~منش شهردار کرمان گفت.", "Person", ["سارا کاوه~منش"], ALL),
    # a given name before a surname whose ending stands apart stays in the name
    ("شهردار کرمان با ترانه ولی~زاده شهردار گنجه دیدار کرد.", "Person", ["ترانه ولی~زاده"], ALL),
    ("شهردار کرمان با حمید کاظمی~پور شهردار گنجه دیدار کرد.", "Person", ["حمید کاظمی~پور"], ALL),
])
@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_name_is_the_same_in_every_spelling(text, label, names, spellings, spelling):
    if spelling not in spellings:
        pytest.skip("Persian does not write this compound so")
    joint = SPELLINGS[spelling]
    assert _named(_spelt(text, joint), label) == [_spelt(n, joint) for n in names]


@pytest.mark.parametrize("text, label, word", [
    # a common compound after a title is the title's field, no surname
    ("معاون برنامه‌ریزی و توسعه شهرداری کرمان گفت.", "Person", "برنامه"),
    ("معاون برنامه‌ریزی شهرداری کرمان در نشست گفت.", "Person", "برنامه"),
    # "زاده" of a verb (born), an ending after a stopword
    ("او در کرمان زاده شد و در تهران درس خواند.", "Person", "زاده"),
    ("وی زاده کرمان است.", "Person", "زاده"),
    # "هم" (also) before a word hazm does not join to it; "بین" (between) before a name
    ("مجمع شهرداران هم برگزار شد.", "Event", "هم"),
    ("نشست بین شهرداران تهران و کرمان در کرمان برگزار شد.", "Event", "بین"),
    # a verb's prefix and its ending stay apart: no event's word
    ("نشست شهرداران کرمان و یزد در کرمان برگزار می‌شود.", "Event", "برگزار"),
    # a regional network with nothing more is no body's name
    ("شبکه منطقه‌ای در کرمان راه اندازی شد.", "Organization", "شبکه"),
    # "امین" alone is a given name, no ordinal's ending
    ("امین نمایشگاه بین‌المللی کتاب را دید.", "Event", "امین"),
    # a word never a name's before a surname's ending apart makes no person
    ("شهردار کرمان و امروز زاده شهردار گنجه دیدار کردند.", "Person", "امروز"),
])

def test_common_words_stay_common(text, label, word):
    assert not any(word in name.split() for name in _named(text, label)), _named(text, label)


@pytest.mark.parametrize("text, names", [
    # a given name that is the whole first name, then an ending apart: a given name and a surname,
    # no one word (the person is not lost)
    ("شهردار کرمان با کاوه رستمی و مهدی نژاد دیدار کرد.", ["کاوه رستمی", "مهدی نژاد"]),
    ("شهردار کرمان با سعید نژاد شهردار گنجه دیدار کرد.", ["سعید نژاد"]),
])
def test_a_given_name_before_an_ending_apart_is_the_first_name(text, names):
    assert _named(text, "Person") == names


def test_half_spaced_views_are_made_once_per_article():
    """The word views the finders walk are made once per article, then shared."""
    from payvand.extract.mentions.entities import compound_words, name_words

    doc = extract(Article("t", "علی جهان‌بخش در مجمع هم‌اندیشی شهرداران شرکت کرد."))
    assert name_words(doc) is name_words(doc) and compound_words(doc) is compound_words(doc)
    assert "هماندیشی" in [t for _, _, t in compound_words(doc)]
    assert "هماندیشی" not in [t for _, _, t in name_words(doc)]  # (no person's name is a common compound)
    assert "جهانبخش" in [t for _, _, t in name_words(doc)]
