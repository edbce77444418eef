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
    # the speaker tells of their own trip
    ("وانگ لین شهردار شیان گفت: به کرمان آمده ایم تا همکاری دو شهر را گسترش دهیم.",
     [("وانگ لین", "visited", "کرمان")], []),
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

CASES = {"meetings": MEETINGS, "visits": VISITS, "speaker-city": SPEAKER_CITY, "participations": PARTICIPATIONS}


def _facts(text: str) -> set[tuple]:
    return sentence_facts(text, ("status",))




@pytest.mark.parametrize("text, given, not_given", [
    pytest.param(*case, id=f"{group}-{i}") for group, cases in CASES.items() for i, case in enumerate(cases)])
def test_a_frame_gives_its_facts(text: str, given: list[tuple], not_given: list[tuple]):
    check(sentence_facts(text, ("status",)), given, not_given)
