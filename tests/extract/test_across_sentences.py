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
    # a lead whose subject is a title meets someone by name: who speaks in "this meeting" is of
    # the subject's side, unless their post is in the city of the one met
    ("در نشستی غیررسمی استاندار یزد با هاوری عمر استاندار دهوک دیدار کرد. بهرام صالحی در این نشست گفت:"
     " آماده همکاری هستیم. استاندار دهوک نیز در این نشست گفت: از دعوت شما سپاسگزاریم.",
     [("بهرام صالحی", "metWith", "هاوری عمر")], []),
    ("معاون شهردار تبریز در دیدار با مارکو بیانکی شهردار پادوا گفت: دو شهر پیوندهای کهن دارند. در ادامه این"
     " دیدار، سارا رومانو معاون شهردار پادوا گفت: آماده همکاری هستیم.",
     [], [("سارا رومانو", "metWith", "مارکو بیانکی")]),
    # a title-only lead, then whom the news quotes ("به گفته X، …"): X holds the title; an unlisted
    # world body is presided (President), its Latin acronym no part of its name
    ("رئیس سازمان شهرهای ساحلی در مراسم پایانی نهمین اجلاس شهرداران شهرهای ساحلی از میزبانی ورنا در اجلاس"
     " دهم خبر داد. به گفته مارکو ریچی، شهر نیس نیز میزبان اجلاس یازدهم خواهد بود.",
     [("مارکو ریچی", "memberOf", "سازمان شهرهای ساحلی", "President")], []),
    ("رئیس انجمن دوستداران جهانی میراث wfh در نشست خبری از برنامه سال آینده خبر داد. به گفته هلن کارتر،"
     " ده شهر تازه به این برنامه پیوسته‌اند.",
     [("هلن کارتر", "memberOf", "انجمن دوستداران جهانی میراث", "President")], []),
    # one quoted who is not the lead's title holder: someone named in between breaks the chain
    ("شهردار کرمان در دیدار با وانگ لین سفیر چین از گسترش همکاری خبر داد. به گفته وانگ لین، دو کشور"
     " پیوندهای کهن دارند.",
     [], [("وانگ لین", "mayorOf", "کرمان")]),
    # a mayor quoted, then a title in a network of cities that speaks on: the mayor's seat there;
    # a post of another kind (a council's chair) tells of someone else
    ("شهردار کاشمر گفت: هدف شبکه شهرهای جاده ادویه گسترش گردشگری است. محمود رحیمی این شبکه را بستری برای"
     " همکاری دانست. عضو شبکه شهرهای آسیایی در ادامه افزود: این شبکه بستر مناسبی است.",
     [("محمود رحیمی", "mayorOf", "کاشمر"), ("محمود رحیمی", "memberOf", "شبکه شهرهای آسیایی", "Member")], []),
    ("شهردار کاشمر گفت: هدف شبکه شهرهای جاده ادویه گسترش گردشگری است. محمود رحیمی این شبکه را بستری برای"
     " همکاری دانست. رئیس شورای اسلامی شهر کاشمر در ادامه افزود: این شبکه بستر مناسبی است.",
     [("محمود رحیمی", "mayorOf", "کاشمر")], [("محمود رحیمی", "memberOf", ...)]),
    # a lead that opens with when it happened, then the title ("شهردار این شهرستان"), and the body's
    # subject at the same festival: the title's holder
    ("همزمان با پنجاهمین سالگرد تاسیس شهرداری کاشمر شهردار این شهرستان در سومین جشنواره فرهنگی کشورهای"
     " جهان در باکو به معرفی جاذبه های کاشمر پرداخت. به گزارش ایرنا، محمود رحیمی به عنوان تنها نماینده"
     " ایرانی در این جشنواره حضور پیدا کرد.",
     [("محمود رحیمی", "mayorOf", "کاشمر"), ("محمود رحیمی", "visited", "باکو")], []),
    # ... not when the opening phrase names someone: whose act it tells is not known
    ("همزمان با سفر علی رضایی به باکو شهردار این شهر در دومین جشنواره فرهنگی شهرهای ساحلی سخنرانی کرد."
     " به گزارش ایرنا، محمود رحیمی در این جشنواره حضور پیدا کرد.",
     [], [("محمود رحیمی", "mayorOf", ...)]),
    # a delegation led by someone, named again as sent ("هیئت اعزامی"): its head
    ("هیئتی از شهرداری شیراز به سرپرستی رضا کاظمی معاون شهردار شیراز وارد پاریس شد. هیئت اعزامی در بدو"
     " ورود مورد استقبال علی نوری سفیر ایران در فرانسه قرار گرفت.",
     [("رضا کاظمی", "metWith", "علی نوری")], []),
    # a lead that names two people by title alone, of two posts, neither speaking in it: who speaks
    # next may be either, and holds neither title (a talk held, "گفت‌وگو کرد", is no saying)
    ("شهردار ارومیه با سفیر گرجستان در تهران دیدار و گفت‌وگو کرد. نیکو بریدزه در این دیدار گفت: دو کشور"
     " پیوندهای کهن دارند.",
     [], [("نیکو بریدزه", "mayorOf", ...)]),
    ("سفیر گرجستان با شهردار ارومیه دیدار کرد. بهمن کاویانی در این دیدار گفت: دو شهر پیوندهای کهن دارند.",
     [], [("بهمن کاویانی", "represents", ...)]),
    # ... unless the name's shape tells the sides apart: an Iranian-shaped name for the Iranian
    # city's mayor, a name from abroad for the foreign envoy; a name that may be either decides nothing
    ("شهردار ارومیه با سفیر گرجستان در تهران دیدار کرد. بهمن کاویانی در این دیدار گفت: دو شهر پیوندهای"
     " کهن دارند.",
     [("بهمن کاویانی", "mayorOf", "ارومیه")], []),
    ("سفیر گرجستان با شهردار ارومیه دیدار کرد. نیکو بریدزه در این دیدار گفت: دو کشور پیوندهای کهن دارند.",
     [("نیکو بریدزه", "represents", "گرجستان", "Ambassador")], []),
    ("شهردار ارومیه با سرکنسول ترکیه دیدار کرد. مراد کایا در این دیدار گفت: آماده همکاری هستیم.",
     [], [("مراد کایا", "mayorOf", ...), ("مراد کایا", "represents", ...)]),
    # ... the other title held by someone named later: the speaker holds the lead's title
    ("شهردار ارومیه با سفیر گرجستان در تهران دیدار کرد. بهمن کاویانی در این دیدار گفت: دو شهر پیوندهای"
     " کهن دارند. نیکو بریدزه، سفیر گرجستان، نیز خواستار گسترش همکاری شد.",
     [("بهمن کاویانی", "mayorOf", "ارومیه"), ("نیکو بریدزه", "represents", "گرجستان")],
     [("بهمن کاویانی", "represents", ...), ("نیکو بریدزه", "mayorOf", ...)]),
    # ... the lead's title speaking in it: the next to speak goes on in its voice
    ("شهردار ارومیه در دیدار با سفیر گرجستان گفت: دو شهر پیوندهای کهن دارند. بهمن کاویانی افزود: آماده"
     " همکاری هستیم.",
     [("بهمن کاویانی", "mayorOf", "ارومیه")], []),
    # ... others by a title several hold, who go along: the lead's title is the one waiting
    ("شهردار ارومیه به همراه دو تن از اعضای شورای اسلامی شهر ارومیه به تفلیس سفر کرد. بهمن کاویانی در این"
     " سفر گفت: آماده همکاری هستیم.",
     [("بهمن کاویانی", "mayorOf", "ارومیه")], []),
]


@pytest.mark.parametrize("text, given, not_given", ACROSS)
def test_a_fact_across_sentences(text: str, given: list[tuple], not_given: list[tuple]):
    check(sentence_facts(text), given, not_given)
