"""Seats, bracketed titles and rosters of posts on sentences written for this test and tuned to no article (invented
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
    # a former mayor is mayorOf (GUIDE: Mayors) but takes no seat of the city's: the city keeps it,
    # or the mayor in office named beside takes it
    ("یزد و کازان به عنوان نایب رئیس انجمن جهانی کلانشهرها انتخاب شدند. نادر فرهمند شهردار سابق یزد گفت: این انتخاب مهم است.",
     [("نادر فرهمند", "mayorOf", "یزد"), ("یزد", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident")],
     [("نادر فرهمند", "memberOf", ...)]),
    ("در نشست سالانه انجمن جهانی کلانشهرها، شهرداران یزد و کازان به عنوان نایب رئیس انتخاب شدند. "
     "نادر فرهمند شهردار پیشین یزد و کیوان رستمی شهردار یزد در این نشست حضور داشتند.",
     [("کیوان رستمی", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident"),
      ("کیوان رستمی", "participatedIn", "نشست سالانه انجمن جهانی کلانشهرها")],
     [("نادر فرهمند", "memberOf", ...), ("یزد", "memberOf", ...)]),
    # the mayor's title alone is not the former mayor's
    ("نادر فرهمند شهردار اسبق یزد در این مراسم حضور داشت. شهردار یزد با ژان دوبوا شهردار لیون دیدار کرد.",
     [("نادر فرهمند", "mayorOf", "یزد")],
     [("نادر فرهمند", "metWith", "ژان دوبوا")]),
    # a mayor's deputy took part, not the mayor nor the city; the deputy when named
    ("کیوان رستمی شهردار یزد از طرح های تازه خبر داد. معاون شهردار یزد در اجلاس جهانی شهرهای هوشمند شرکت کرد.",
     [("کیوان رستمی", "mayorOf", "یزد")],
     [("کیوان رستمی", "participatedIn", ...), ("یزد", "participatedIn", ...)]),
    ("کیوان رستمی شهردار یزد از طرح های تازه خبر داد. معاون شهردار یزد در اجلاس جهانی شهرهای هوشمند شرکت کرد. "
     "ترانه صدری معاون شهردار یزد گفت: این اجلاس مهم است.",
     [("ترانه صدری", "participatedIn", "اجلاس جهانی شهرهای هوشمند"), ("ترانه صدری", "memberOf", "یزد", "Deputy")],
     [("کیوان رستمی", "participatedIn", ...)]),
    ("ترانه صدری معاون شهردار یزد در اجلاس جهانی شهرهای هوشمند شرکت کرد.",
     [("ترانه صدری", "participatedIn", "اجلاس جهانی شهرهای هوشمند")],
     [("یزد", "participatedIn", ...)]),
    # a body led by the mayor is the mayor's
    ("کیوان رستمی شهردار یزد از طرح های تازه خبر داد. هیئتی به ریاست شهردار یزد در اجلاس جهانی شهرهای هوشمند شرکت کرد.",
     [("کیوان رستمی", "participatedIn", "اجلاس جهانی شهرهای هوشمند")],
     []),
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
    # a post in a body or a municipality, in brackets (the name in Latin letters may stand first)
    ("در این نشست کیوان رستمی (دبیرکل انجمن جهانی کلانشهرها) و ژان دوبوا (رئیس شبکه شهرهای یادگیرنده) سخنرانی کردند.",
     [("کیوان رستمی", "memberOf", "انجمن جهانی کلانشهرها", "SecretaryGeneral"),
      ("ژان دوبوا", "memberOf", "شبکه شهرهای یادگیرنده", "President")],
     [("کیوان رستمی", "memberOf", "شبکه شهرهای یادگیرنده")]),
    ("ترانه صدری (Taraneh Sadri) معاون امور بین الملل شهرداری یزد در این نشست سخنرانی کرد.",
     [("ترانه صدری", "memberOf", "یزد", "Deputy")],
     []),
    # a bracket that places a city is no title
    ("شهر کرمان (مرکز استان کرمان) با شهر لیون (فرانسه) خواهرخوانده شد.",
     [("لیون", "locatedIn", "فرانسه")],
     [(..., "mayorOf", ...)]),
]

# posts listed with their holders: a roster after a colon ("A، رئیس؛ B، نایب رئیس"), two lists paired
# "به ترتیب" (nothing when they are not as long), after where it happened named by the body
ROSTERS: list[Case] = [
    ("در انتخابات انجمن جهانی کلانشهرها، اعضای هیئت اجرایی برگزیده شدند. اعضای هیئت اجرایی: یزد، رئیس؛ کازان، نایب رئیس؛ لیون، خزانه‌دار.",
     [("یزد", "memberOf", "انجمن جهانی کلانشهرها", "President"), ("کازان", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident"),
      ("لیون", "memberOf", "انجمن جهانی کلانشهرها", "Treasurer")],
     [("یزد", "memberOf", ..., "VicePresident")]),
    ("هیئت رئیسه جدید شبکه شهرهای یادگیرنده: کیوان رستمی، رئیس؛ ژان دوبوا، دبیرکل.",
     [("کیوان رستمی", "memberOf", "شبکه شهرهای یادگیرنده", "President"),
      ("ژان دوبوا", "memberOf", "شبکه شهرهای یادگیرنده", "SecretaryGeneral")],
     []),
    ("شبکه شهرهای یادگیرنده نشست سالانه خود را برگزار کرد. وی افزود: کیوان رستمی، رئیس دفتر ما در این نشست سخنرانی کرد.",
     [],
     [("کیوان رستمی", "memberOf", ...)]),
    ("در انتخابات انجمن جهانی کلانشهرها، یزد، کازان و لیون به ترتیب به عنوان رئیس، نایب رئیس و خزانه‌دار انتخاب شدند.",
     [("یزد", "memberOf", "انجمن جهانی کلانشهرها", "President"), ("کازان", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident"),
      ("لیون", "memberOf", "انجمن جهانی کلانشهرها", "Treasurer")],
     [("یزد", "memberOf", ..., "Treasurer")]),
    ("در انتخابات انجمن جهانی کلانشهرها، یزد و کازان به ترتیب به عنوان رئیس، نایب رئیس و خزانه‌دار انتخاب شدند.",
     [],
     [("یزد", "memberOf", ...), ("کازان", "memberOf", ...)]),
    ("در انتخابات انجمن جهانی کلانشهرها، کیوان رستمی شهردار یزد و ژان دوبوا شهردار لیون به ترتیب به عنوان رئیس و نایب رئیس انتخاب شدند.",
     [("کیوان رستمی", "memberOf", "انجمن جهانی کلانشهرها", "President"),
      ("ژان دوبوا", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident")],
     [("یزد", "memberOf", ...), ("لیون", "memberOf", ...)]),
    ("در انتخابات انجمن جهانی کلانشهرها، یزد (رئیس)، کازان (نایب رئیس) و لیون (خزانه‌دار) برگزیده شدند.",
     [("یزد", "memberOf", "انجمن جهانی کلانشهرها", "President"), ("کازان", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident"),
      ("لیون", "memberOf", "انجمن جهانی کلانشهرها", "Treasurer")],
     []),
    # a city's post in a roster or in brackets is its mayor's, named later; a plain membership stays the city's
    ("اعضای هیئت اجرایی انجمن جهانی کلانشهرها: یزد، رئیس؛ کازان، نایب رئیس. کیوان رستمی شهردار یزد گفت: این انتخاب مهم است.",
     [("کیوان رستمی", "memberOf", "انجمن جهانی کلانشهرها", "President"), ("کازان", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident")],
     [("یزد", "memberOf", ...)]),
    ("یزد (عضو انجمن جهانی کلانشهرها) میزبان این نشست بود. کیوان رستمی شهردار یزد گفت: این عضویت مهم است.",
     [("یزد", "memberOf", "انجمن جهانی کلانشهرها", "Member")],
     [("کیوان رستمی", "memberOf", ...)]),
    ("در نشست انجمن جهانی کلانشهرها، یزد (مرکز استان یزد) و کازان (رئیس دوره قبل انجمن) حضور داشتند.",
     [],
     [("یزد", "memberOf", ...), ("کازان", "memberOf", ...)]),
    # the city's post is its mayor's, named later in the article
    ("در انتخابات انجمن جهانی کلانشهرها، یزد، کازان و لیون به ترتیب به عنوان رئیس، نایب رئیس و خزانه‌دار انتخاب شدند. "
     "کیوان رستمی شهردار یزد گفت: این انتخاب مهم است.",
     [("کیوان رستمی", "memberOf", "انجمن جهانی کلانشهرها", "President"),
      ("کازان", "memberOf", "انجمن جهانی کلانشهرها", "VicePresident")],
     [("یزد", "memberOf", ...)]),
]

CASES = {"seats": SEATS, "brackets": BRACKETS, "rosters": ROSTERS}


@pytest.mark.parametrize("text, given, not_given",
                         [case for cases in CASES.values() for case in cases],
                         ids=[f"{name}-{k}" for name, cases in CASES.items() for k in range(len(cases))])
def test_seat_or_bracket_gives_its_facts(text: str, given: list[tuple], not_given: list[tuple]):
    check(sentence_facts(text), given, not_given)
