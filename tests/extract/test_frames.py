"""Event frames for meetings and visits: who met whom (across a meeting's two sides), who
travelled where (a meeting or a site in another city, a stay at its municipality, a trip set or
told by the traveller), and who took part in an event. Sentences of our own, by construction,
run through the rule pipeline (the pattern rules, without the learned scorer)."""
import pytest

from tests.extract.tables import check, sentence_facts

# (text, facts it gives, facts it must not give); a fact is (subject, predicate, object), and a
# pattern may leave an item as ... (any)
MEETINGS = [
    # an attendee list: each of one side met each of the other, not within a side
    ("نشستی با حضور احمد نوری شهردار کرمان، رضا کاظمی معاون شهردار کرمان و وانگ لین شهردار شیان برگزار شد.",
     [("احمد نوری", "metWith", "وانگ لین"), ("رضا کاظمی", "metWith", "وانگ لین")],
     [("احمد نوری", "metWith", "رضا کاظمی")]),
    # joint subjects of a meeting
    ("احمد نوری شهردار کرمان و وانگ لین شهردار شیان در دیداری در کرمان درباره همکاری دو شهر گفت و گو کردند.",
     [("احمد نوری", "metWith", "وانگ لین")], []),
    # a call on someone
    ("وانگ لین سفیر چین دیروز به دیدار احمد نوری شهردار کرمان رفت.",
     [("وانگ لین", "metWith", "احمد نوری")], []),
    ("احمد نوری شهردار کرمان به دیدار وانگ لین شهردار شیان آمد.",
     [("احمد نوری", "metWith", "وانگ لین")], []),
    # a welcome
    ("احمد نوری شهردار کرمان از وانگ لین شهردار شیان استقبال کرد.",
     [("احمد نوری", "metWith", "وانگ لین")], []),
    # two people speaking in one meeting, in two sentences; the host's deputy speaks too
    ("احمد نوری شهردار کرمان امروز میزبان هیئتی از چین بود. در این دیدار، احمد نوری گفت: دو شهر پیوندهای کهن"
     " دارند. وانگ لین شهردار شیان نیز در این نشست گفت: آماده همکاری هستیم. رضا کاظمی معاون شهردار کرمان نیز"
     " در این دیدار گفت: برنامه ها آماده است.",
     [("احمد نوری", "metWith", "وانگ لین"), ("رضا کاظمی", "metWith", "وانگ لین")],
     [("احمد نوری", "metWith", "رضا کاظمی")]),
    # a meeting set, a companion who came along (not met), talks as the object, a relative clause
    ("علی رضایی شهردار شیراز فردا در برلین با فرانک مولر شهردار برلین دیدار می کند.",
     [("علی رضایی", "metWith", "فرانک مولر")], []),
    ("علی رضایی رئیس شورای شهر شیراز با همراهی رضا کاظمی عضو شورای شهر شیراز با فرانک مولر سفیر آلمان"
     " گفت و گو کرد.",
     [("علی رضایی", "metWith", "فرانک مولر"), ("رضا کاظمی", "metWith", "فرانک مولر")],
     [("علی رضایی", "metWith", "رضا کاظمی")]),
    ("احمد نوری شهردار کرمان روز جمعه دور اول مذاکرات خود را با وانگ لین شهردار شیان انجام داد.",
     [("احمد نوری", "metWith", "وانگ لین")], []),
    ("طی دیدارهای جداگانه که احمد نوری شهردار کرمان و رضا کاظمی شهردار بم با وانگ لین سفیر چین داشتند،"
     " همکاری ها بررسی شد.",
     [("احمد نوری", "metWith", "وانگ لین"), ("رضا کاظمی", "metWith", "وانگ لین")],
     [("احمد نوری", "metWith", "رضا کاظمی")]),
    # an envoy's post ("… در ایران") inside a list of joint subjects; what they talked about
    ("وانگ لین، رایزن فرهنگی چین در ایران و احمد نوری، شهردار کرمان درباره همکاری دو شهر گفت و گو کردند.",
     [("احمد نوری", "metWith", "وانگ لین")], []),
    # the signatories met; an attendee from the host's municipality met the guest, not the host
    ("این قرارداد توسط مهدی کریمی شهردار قزوین و گیورگی بریدزه شهردار تفلیس امضا شد.",
     [("مهدی کریمی", "metWith", "گیورگی بریدزه")], []),
    ("مراد کایا سرکنسول ایران در بورسا با علی آکار شهردار بورسا دیدار کرد. در این دیدار که امره دمیر معاون"
     " شهرداری بورسا نیز حضور داشت، دو طرف بر همکاری تاکید کردند.",
     [("امره دمیر", "metWith", "مراد کایا")], [("امره دمیر", "metWith", "علی آکار")]),
    # speakers of a named event took part in it; they did not meet for it
    ("اجلاس جهانی شهرهای هوشمند در بارسلون برگزار شد. در این نشست، احمد نوری شهردار کرمان گفت: شهرها باید"
     " همکاری کنند. وانگ لین شهردار شیان نیز در این نشست گفت: داده ها باید باز باشند.",
     [], [("احمد نوری", "metWith", "وانگ لین")]),
]

VISITS = [
    # a meeting held at the other city's municipality
    ("وانگ لین شهردار شیان امروز در محل شهرداری کرمان با احمد نوری شهردار کرمان دیدار کرد.",
     [("وانگ لین", "visited", "کرمان")], [("احمد نوری", "visited", "کرمان")]),
    # a site that lies in a city; not by that city's own mayor
    ("وانگ لین شهردار شیان از موزه آب کرمان بازدید کرد.", [("وانگ لین", "visited", "کرمان")], []),
    ("احمد نوری شهردار کرمان از موزه آب کرمان بازدید کرد.", [], [("احمد نوری", "visited", "کرمان")]),
    # a trip set or announced counts; a wish does not
    ("قرار است احمد نوری شهردار کرمان هفته آینده به شیان سفر کند.", [("احمد نوری", "visited", "شیان")], []),
    ("احمد نوری شهردار کرمان هفته آینده به شیان سفر خواهد کرد.", [("احمد نوری", "visited", "شیان")], []),
    ("احمد نوری شهردار کرمان تمایل دارد به شیان سفر کند.", [], [("احمد نوری", "visited", "شیان")]),
    # each head of a delegation travels, and to the country told beside the city
    ("هیئت شهرداری کرمان به سرپرستی احمد نوری معاون شهردار کرمان و رضا کاظمی معاون شهردار کرمان وارد مسکو"
     " پایتخت روسیه شدند.",
     [("احمد نوری", "visited", "مسکو"), ("رضا کاظمی", "visited", "مسکو"), ("احمد نوری", "visited", "روسیه"),
      ("رضا کاظمی", "visited", "روسیه")], []),
    # not to one's own country
    ("احمد نوری شهردار کرمان برای شرکت در این اجلاس وارد مشهد ایران شد.",
     [("احمد نوری", "visited", "مشهد")], [("احمد نوری", "visited", "ایران")]),
    # those who go along on the trip the article tells of
    ("احمد نوری شهردار کرمان به شیان سفر کرد. در این سفر رضا کاظمی عضو شورای شهر کرمان و علی نادری معاون"
     " شهردار کرمان نیز حضور دارند.",
     [("رضا کاظمی", "visited", "شیان"), ("علی نادری", "visited", "شیان")], [("رضا کاظمی", "visited", "کرمان")]),
    # an event held in another city; not one held online, nor one at home
    ("اجلاس جهانی شهرهای هوشمند در بارسلون برگزار شد. احمد نوری شهردار کرمان در اجلاس جهانی شهرهای هوشمند"
     " سخنرانی کرد.", [("احمد نوری", "visited", "بارسلون")], []),
    ("اجلاس جهانی شهرهای هوشمند به صورت مجازی در بارسلون برگزار شد. احمد نوری شهردار کرمان در اجلاس جهانی"
     " شهرهای هوشمند سخنرانی کرد.", [], [("احمد نوری", "visited", "بارسلون")]),
    # an invitation, a readiness: no trip
    ("احمد نوری شهردار کرمان با توجه به دعوت خود از وانگ لین شهردار شیان برای سفر وی به ایران گفت: آماده"
     " همکاری هستیم.", [], [("وانگ لین", "visited", "ایران")]),
    ("وانگ لین شهردار شیان همچنین اعلام کرد آماده است به کرمان سفر کرده و ظرفیت ها را بررسی کند.",
     [], [("وانگ لین", "visited", "کرمان")]),
    # the speaker tells of their own trip
    ("وانگ لین شهردار شیان گفت: به کرمان آمده ایم تا همکاری دو شهر را گسترش دهیم.",
     [("وانگ لین", "visited", "کرمان")], []),
    # a stay of some length; being present there (several at once); not where an envoy serves
    ("وانگ لین شهردار شیان قرار است برای سه روز در کرمان بماند و با مدیران شهری گفت و گو کند.",
     [("وانگ لین", "visited", "کرمان")], []),
    ("رضا کاظمی گفت: هم اکنون وانگ لین سفیر چین در ایران و فرانک مولر سفیر آلمان در ایران در کرمان حضور دارند.",
     [("وانگ لین", "visited", "کرمان"), ("فرانک مولر", "visited", "کرمان")], [("وانگ لین", "visited", "ایران")]),
    ("در این مراسم احمد نوری شهردار کرمان و وانگ لین سفیر چین در ایران نیز حضور داشتند.",
     [], [("وانگ لین", "visited", "ایران")]),
    ("احمد نوری گفت: وانگ لین سفیر چین در ایران و فرانک مولر سفیر آلمان در کرمان حضور دارند.",
     [("فرانک مولر", "visited", "کرمان")], []),
    ("در این نشست مراد کایا سرکنسول ترکیه در تبریز نیز حضور داشت.", [], [("مراد کایا", "visited", "تبریز")]),
    # the visit as a noun; the madda left out of "آمده"
    ("در جریان بازدید وانگ لین شهردار شیان و هیئت همراهش از شهر کرمان، تفاهم نامه ای امضا شد.",
     [("وانگ لین", "visited", "کرمان")], []),
    ("وانگ لین شهردار شیان طی یک سفر رسمی از ۲۳ مهر به ایران امده است.", [("وانگ لین", "visited", "ایران")], []),
    # the place of a meeting after the one met; not where the one met serves
    ("وانگ لین شهردار شیان امروز با احمد نوری در شهر کرمان دیدار کرد.", [("وانگ لین", "visited", "کرمان")], []),
    ("احمد نوری شهردار کرمان امروز با وانگ لین سفیر چین در تهران دیدار کرد.",
     [], [("احمد نوری", "visited", "تهران")]),
]

SPEAKER_CITY = [
    # the speaker's own city is the subject of the tie in their words
    ("احمد نوری شهردار کرمان گفت: آماده ایم با شیان خواهرخوانده شویم.",
     [("کرمان", "twinnedWith", "شیان", "proposed")], []),
    ("شهردار کرمان گفت: آماده ایم با شیان خواهرخوانده شویم.",
     [("کرمان", "twinnedWith", "شیان", "proposed")], []),
    ("احمد نوری شهردار کرمان گفت: با شیان تفاهم نامه همکاری امضا کردیم.",
     [("کرمان", "agreementWith", "شیان", "signed")], []),
]

PARTICIPATIONS = [
    # present at the event's opening
    ("وانگ لین سفیر چین با حضور در مراسم افتتاحیه اجلاس جهانی شهرهای هوشمند گفت: شهرها باید همکاری کنند.",
     [("وانگ لین", "participatedIn", "اجلاس جهانی شهرهای هوشمند")], []),
    # where the event is held stands between; the place is no participant
    ("احمد نوری شهردار کرمان فردا در بارسلون در اجلاس جهانی شهرهای هوشمند حضور خواهد یافت.",
     [("احمد نوری", "participatedIn", "اجلاس جهانی شهرهای هوشمند")],
     [("بارسلون", "participatedIn", ...)]),
    # an attendee list in a relative clause, and where the event was held
    ("در اجلاس جهانی شهرهای هوشمند که با حضور احمد نوری شهردار کرمان، وانگ لین سفیر چین و جمعی از شهرداران"
     " در بارسلون برگزار شد، طرح های تازه بررسی شد.",
     [("احمد نوری", "participatedIn", "اجلاس جهانی شهرهای هوشمند"),
      ("وانگ لین", "participatedIn", "اجلاس جهانی شهرهای هوشمند"),
      ("اجلاس جهانی شهرهای هوشمند", "hostedBy", "بارسلون")], []),
    # a delegation sent to it: its city holds the seat, its heads are named
    ("هیئت شهرداری کرمان برای شرکت در اجلاس جهانی شهرهای هوشمند به سرپرستی احمد نوری شهردار کرمان و رضا کاظمی"
     " معاون شهردار کرمان وارد بارسلون شد.",
     [("کرمان", "participatedIn", "اجلاس جهانی شهرهای هوشمند"),
      ("احمد نوری", "participatedIn", "اجلاس جهانی شهرهای هوشمند"),
      ("رضا کاظمی", "participatedIn", "اجلاس جهانی شهرهای هوشمند")], []),
]

CAPITALS_AND_AGREEMENTS = [
    # a capital named as such, where the article names the city (GeoNames' capitals); not a title
    ("شهردار بغداد از آمادگی شهرداری پایتخت عراق برای انعقاد تفاهم نامه با شهرداری شیراز خبر داد.",
     [("بغداد", "capitalOf", "عراق"), ("بغداد", "agreementWith", "شیراز", "proposed")], []),
    ("علی رضایی شهردار تهران بر همکاری پایتخت های ایران و سوریه تاکید کرد. شهردار دمشق نیز پیامی فرستاد.",
     [("تهران", "capitalOf", "ایران"), ("دمشق", "capitalOf", "سوریه")], []),
    ("شهردار تبریز از انتخاب تبریز به عنوان پایتخت گردشگری کشورهای اسلامی خبر داد و گفت ایران آماده است.",
     [], [("تبریز", "capitalOf", ...)]),
    # two cities opening the sentence signed; an agreement a city has; a brother city is a twinning
    ("کرمان و شیان در فروردین سال ۹۷ تفاهم نامه همکاری امضا کردند.",
     [("کرمان", "agreementWith", "شیان", "signed")], []),
    ("رئیس این خانه می گوید که کرمان با شیان قرارداد دوستی دارد.", [("کرمان", "agreementWith", "شیان")], []),
    ("در پایان این مذاکرات احمد نوری و وانگ لین توافق نامه کرمان و شیان را در مورد روابط برادرشهری امضا کردند.",
     [], [("کرمان", "agreementWith", "شیان")]),
]

CASES = {"meetings": MEETINGS, "visits": VISITS, "speaker-city": SPEAKER_CITY, "participations": PARTICIPATIONS,
         "capitals-and-agreements": CAPITALS_AND_AGREEMENTS}


def _facts(text: str) -> set[tuple]:
    return sentence_facts(text, ("status",))




@pytest.mark.parametrize("text, given, not_given", [
    pytest.param(*case, id=f"{group}-{i}") for group, cases in CASES.items() for i, case in enumerate(cases)])
def test_a_frame_gives_its_facts(text: str, given: list[tuple], not_given: list[tuple]):
    check(sentence_facts(text, ("status",)), given, not_given)
