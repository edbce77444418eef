import json

from payvand.extract.readers import page_headline, read
from payvand.types import Article, ExtractionError

TEXT = "شهردار شیراز عضو هیات مدیره انجمن کلانشهرهای جهان شد\n\nمتن خبر."


def _read(*paths):
    items = list(read(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ExtractionError)]


def test_txt_encodings(tmp_path):
    (tmp_path / "a.txt").write_bytes(TEXT.encode("utf-8-sig"))
    (tmp_path / "b.txt").write_bytes(TEXT.encode("utf-16"))
    arabic_letters = TEXT.replace("ی", "ي").replace("ک", "ك")  # as Windows-1256 writes them
    (tmp_path / "c.txt").write_bytes(arabic_letters.encode("cp1256"))
    arts, errs = _read(tmp_path)
    assert not errs
    assert [a.text for a in arts] == [TEXT, TEXT, arabic_letters]
    assert arts[0].title == "شهردار شیراز عضو هیات مدیره انجمن کلانشهرهای جهان شد"


def test_bad_files_are_named_and_others_go_through(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    arts, errs = _read(tmp_path)
    assert [a.id for a in arts] == ["good"]
    reasons = {e.source.rsplit("/", 1)[-1]: e.reason for e in errs}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]


def test_jsonl_broken_line_reported_with_line_number(tmp_path):
    p = tmp_path / "dump.jsonl"
    p.write_text("\n".join([json.dumps({"id": "a1", "text": TEXT, "published": "1403/06/11"}, ensure_ascii=False),
                            '{"id": "a2", "text": ',
                            json.dumps({"id": "a3", "text": TEXT, "published": "2024-09-01"})]), encoding="utf-8")
    arts, errs = _read(p)
    assert [a.id for a in arts] == ["a1", "a3"]
    assert arts[0].published == "2024-09-01"  # Jalali 1403/06/11
    assert len(errs) == 1 and errs[0].line == 2 and "broken JSON" in errs[0].reason


def test_html_main_text_without_scripts(tmp_path):
    body = "<p>" + "</p><p>".join([TEXT] * 3) + "</p>"
    html = f"""<html><head><title>خبر شیراز</title><script>alert('x')</script></head>
    <body><nav><a href='/'>صفحه اصلی</a></nav><article>{body}</article><script>var evil=1;</script></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    arts, errs = _read(tmp_path / "page.html")
    assert not errs
    assert "شهردار شیراز" in arts[0].text and "alert" not in arts[0].text and "evil" not in arts[0].text


def test_a_page_title_loses_the_site_s_name(tmp_path):
    body = "<p>" + "</p><p>".join([TEXT] * 3) + "</p>"
    html = f"""<html><head><title>دیدار شهردار شیراز با سفیر چین | خبرگزاری مهر | Mehr News Agency</title></head>
    <body><article>{body}</article></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    arts, _ = _read(tmp_path / "page.html")
    assert arts[0].title == "دیدار شهردار شیراز با سفیر چین"
    assert page_headline("ایسنا - شهردار تهران به مسکو رفت") == "شهردار تهران به مسکو رفت"
    assert page_headline("تهران - مسکو؛ پیوندی تازه") == "تهران - مسکو؛ پیوندی تازه"  # no site: as it is


def test_rss_items_are_articles(tmp_path):
    rss = f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
    <item><title>خبر یک</title><link>https://example.org/1</link><description>{TEXT}</description>
    <pubDate>Sun, 01 Sep 2024 10:00:00 GMT</pubDate></item>
    <item><title>خبر دو</title><link>https://example.org/2</link><description>{TEXT}</description></item>
    </channel></rss>"""
    (tmp_path / "feed.rss").write_text(rss, encoding="utf-8")
    arts, errs = _read(tmp_path / "feed.rss")
    assert not errs and len(arts) == 2
    assert arts[0].published == "2024-09-01" and arts[0].url == "https://example.org/1"


def test_missing_input_is_reported(tmp_path):
    _, errs = _read(tmp_path / "nope")
    assert errs and "no such file" in errs[0].reason
