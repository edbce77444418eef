"""The news's source and whom it quotes (payvand.extract.attribution), on sentences of our own:
one set of phrases (cues.yaml), the same lead over the plain and the masked text."""
import pytest

from payvand.extract.attribution import masked_source_lead, source_lead, source_named_before


@pytest.mark.parametrize("plain, masked, lead", [
    ("به گزارش ایرنا، علی رضایی گفت.", "به گزارش ایرنا، ⟨P#0⟩ گفت.", "به گزارش ایرنا، "),
    # a chain, joined by "و" or not, up to a semicolon
    ("به گزارش ساحلان و به نقل از روابط عمومی شهرداری یزد، علی رضایی گفت.",
     "به گزارش ساحلان و به نقل از روابط عمومی شهرداری ⟨C#0⟩، ⟨P#1⟩ گفت.",
     "به گزارش ساحلان و به نقل از روابط عمومی شهرداری یزد، "),
    ("به گزارش ساحلان به نقل از ایسنا؛ علی رضایی گفت.", "به گزارش ساحلان به نقل از ایسنا؛ ⟨P#0⟩ گفت.",
     "به گزارش ساحلان به نقل از ایسنا؛ "),
    ("به نقل از خبرگزاری ساحلان از کرمان، شهردار گفت.", "به نقل از خبرگزاری ⟨O#0⟩ از ⟨C#1⟩، شهردار گفت.",
     "به نقل از خبرگزاری ساحلان از کرمان، "),
    ("- به گزارش ایرنا، شهردار گفت.", "- به گزارش ایرنا، شهردار گفت.", "- به گزارش ایرنا، "),
])
def test_the_source_lead_is_the_same_over_plain_and_masked_text(plain: str, masked: str, lead: str) -> None:
    assert source_lead().match(plain).group() == lead
    m = masked_source_lead().match(masked)
    assert m is not None and plain.startswith(lead) and masked[m.end():].split()[-1] == plain[len(lead):].split()[-1]


@pytest.mark.parametrize("text", [
    "علی رضایی به گزارش ایرنا، گفت.",  # not at the start
    "به گزارش ⟨P#0⟩، شهردار گفت.",  # a person is no source
    "به گزارش شهرداری کرمان در این نشست که با حضور نمایندگان شهرهای خواهرخوانده و سفیران کشورهای همسایه برگزار شد، گفت.",
])
def test_no_source_lead(text: str) -> None:
    assert masked_source_lead().match(text) is None
    if "⟨" not in text:
        assert source_lead().match(text) is None


def test_a_name_right_after_a_source_lead_is_the_agencys() -> None:
    assert source_named_before().search("به گزارش خبرگزاری ") is not None
    assert source_named_before().search("به نقل از پایگاه خبری ") is not None
    assert source_named_before().search("به گزارش ایرنا، شهردار کرمان ") is None


def test_whom_the_news_quotes_is_read_from_one_list() -> None:
    from payvand.extract.attribution import masked_said_lead, said_right_before
    from payvand.extract.data import load_yaml

    for phrase in load_yaml("cues.yaml")["person"]["name_after_said"]:
        assert said_right_before().search(f"و {phrase} ") is not None
        m = masked_said_lead().match(f"{phrase} معاون شهردار ⟨C#0⟩، ⟨P#1⟩، ⟨C#0⟩ با ⟨C#2⟩ خواهرخوانده می شود.")
        assert m is not None and m.group().endswith("⟨P#1⟩،")
    assert said_right_before().search("به گفته کارشناسان ") is None  # not right before
    assert said_right_before().search("بهگفته ") is None  # not inside a word
    assert masked_said_lead().match("⟨P#0⟩ به گفته خود، …") is None  # not opening the clause


@pytest.mark.parametrize("plain, masked, line", [
    ("مشهد- شهردار گفت.", "⟨C#0⟩- شهردار گفت.", "مشهد- "),
    ("تهران/ شهردار گفت.", "⟨C#0⟩/ شهردار گفت.", "تهران/ "),
    ("تبریز- ایرنا- شهردار گفت.", "⟨C#0⟩- ایرنا- شهردار گفت.", "تبریز- ایرنا- "),
    ("بندر انزلی - شهردار گفت.", "بندر ⟨C#0⟩ - شهردار گفت.", "بندر انزلی - "),
    ("همشهری آنلاین: شهردار گفت.", "همشهری آنلاین: شهردار گفت.", "همشهری آنلاین: "),
    # a reporter's byline, with the agency after it
    ("تبریز – سارا نیک‌فر خبرنگار ایرنا - شهردار گفت.", "⟨C#0⟩ – ⟨P#1⟩ خبرنگار ایرنا - شهردار گفت.",
     "تبریز – سارا نیک‌فر خبرنگار ایرنا - "),
    ("کرمان – کامران یزدانی، خبر نگار ایرنا - شهردار گفت.", "⟨C#0⟩ – ⟨P#1⟩، خبر نگار ایرنا - شهردار گفت.",
     "کرمان – کامران یزدانی، خبر نگار ایرنا - "),
    # none: a sentence, not a line before it
    ("شهردار تبریز در این نشست گفت همکاری ادامه دارد.", "شهردار ⟨C#0⟩ در این نشست گفت همکاری ادامه دارد.", ""),
    ("تبریز، شهر اولین‌ها - شهردار گفت.", "⟨C#0⟩، شهر اولین‌ها - شهردار گفت.", ""),
])
def test_a_dateline_is_the_same_over_plain_and_masked_text(plain: str, masked: str, line: str) -> None:
    from payvand.extract.attribution import dateline, masked_dateline

    assert dateline().match(plain).group() == line
    m = masked_dateline().match(masked)
    if line:  # (the sentence opens after both)
        assert masked[m.end():].split()[0] == plain[len(line):].split()[0]
    else:
        assert m.end() == 0


def test_a_reporter_in_a_byline() -> None:
    from payvand.extract.attribution import masked_byline

    assert masked_byline().match("⟨P#1⟩ خبرنگار ایرنا") and masked_byline().match("⟨P#1⟩، خبر نگار از ⟨C#0⟩")
    assert masked_byline().match("⟨P#1⟩ خبرنگاران را پذیرفت") is None
    assert masked_byline().match("⟨P#1⟩ شهردار ⟨C#0⟩") is None
