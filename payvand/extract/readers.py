"""Readers: files and folders in, :class:`Article` objects out.

A reader is registered for file suffixes with :func:`register`; it yields articles, or
``ExtractionError`` for what it cannot read (a broken JSONL line, an empty file) so the
rest of the input still goes through. Shipped: ``.txt``, ``.jsonl``, ``.html``/``.htm``
(trafilatura), ``.rss``/``.atom``/``.xml`` (feedparser).
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

from payvand.extract.data import alternation, load_yaml
from payvand.types import Article, ExtractionError

Reader = Callable[[Path], Iterable[Article | ExtractionError]]
READERS: dict[str, Reader] = {}
MAX_ARTICLE_CHARS = 2_000_000  # larger texts are refused (an article, not a dump)


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    def deco(fn: Reader) -> Reader:
        for s in suffixes:
            READERS[s.lower()] = fn
        return fn
    return deco


def decode(data: bytes) -> str:
    """Decode UTF-8 (BOM or not), UTF-16 (BOM) or Windows-1256; refuse binary data."""
    if not data.strip():
        raise ValueError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    elif b"\x00" in data:
        raise ValueError("binary data (NUL bytes), not text")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1256")
            except UnicodeDecodeError as exc:
                raise ValueError(f"not UTF-8, UTF-16 or Windows-1256 text ({exc.reason} at byte {exc.start})") from None
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > max(8, len(text) // 50):
        raise ValueError("mostly control characters: binary data, not text")
    return text


def read_text(path: Path) -> str | ExtractionError:
    """The decoded text of a file, or why it cannot be read."""
    try:
        return decode(path.read_bytes())
    except (OSError, ValueError) as exc:
        return ExtractionError(str(path), str(exc))


def _article(id_: str, text: str, source: str, **meta) -> Article | ExtractionError:
    if not text or not text.strip():
        return ExtractionError(source, "empty article text")
    if len(text) > MAX_ARTICLE_CHARS:
        return ExtractionError(source, f"article of {len(text):,} characters is over the {MAX_ARTICLE_CHARS:,} limit")
    return Article(id=id_, text=text, source=source, **meta)


@register(".txt")
def read_txt(path: Path) -> Iterator[Article | ExtractionError]:
    """Plain text: the first non-empty line is the title; offsets index the whole file."""
    text = read_text(path)
    if isinstance(text, ExtractionError):
        yield text
        return
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    yield _article(path.stem, text, str(path), title=title)


def normalise_date(value: str | None) -> str | None:
    """ISO date, or a Jalali ``YYYY/MM/DD`` / ``YYYY-MM-DD`` (year < 1500) converted."""
    if not value:
        return None
    import jdatetime
    from datetime import date

    from payvand.extract.text import normalize

    v = normalize(str(value))[0].strip().split("T")[0].split(" ")[0].replace("/", "-")
    try:
        y, m, d = (int(x) for x in v.split("-")[:3])
    except ValueError:
        return None
    try:
        return (jdatetime.date(y, m, d).togregorian() if y < 1500 else date(y, m, d)).isoformat()
    except ValueError:
        return None


@register(".jsonl")
def read_jsonl(path: Path) -> Iterator[Article | ExtractionError]:
    try:
        f = open(path, encoding="utf-8-sig")
    except OSError as exc:
        yield ExtractionError(str(path), str(exc))
        return
    with f:
        try:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield ExtractionError(str(path), f"broken JSON ({exc.msg}, column {exc.colno})", line=n)
                    continue
                if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                    yield ExtractionError(str(path), "no 'text' string in the record", line=n)
                    continue
                yield _article(str(rec.get("id") or f"{path.stem}-{n}"), rec["text"], where,
                               title=rec.get("title"), url=rec.get("url"), published=normalise_date(rec.get("published")))
        except UnicodeDecodeError as exc:
            yield ExtractionError(str(path), f"not UTF-8 ({exc.reason} at byte {exc.start})")


@register(".html", ".htm")
def read_html(path: Path) -> Iterator[Article | ExtractionError]:
    """A saved news page: main text, title and date by trafilatura (no scripts, no menus)."""
    import trafilatura

    html = read_text(path)
    if isinstance(html, ExtractionError):
        yield html
        return
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        yield ExtractionError(str(path), "no article text found in the page")
        return
    yield _article(path.stem, doc.text, str(path), title=page_headline(doc.title), url=doc.url,
                   published=normalise_date(doc.date))


_TITLE_PARTS = re.compile(r"\s+[|｜]\s+|\s+[-–—]\s+")


@cache
def _site_name() -> re.Pattern:
    """A part of a page title that names a site (``data/sites.yaml``), or is Latin only (``Mehr News``)."""
    sites = load_yaml("sites.yaml")
    words = alternation(sites["site_words"], optional_spaces=True)
    names = alternation(sites["site_names"], optional_spaces=True)
    return re.compile(rf"^(?:(?:{words})(?!\w).*|(?:{names})|[A-Za-z][A-Za-z .]*)$")


def page_headline(title: str | None) -> str | None:
    """A page title without the site's name that pages add to it (``دیدار … | خبرگزاری مهر``,
    ``ایسنا - …``): the parts that name no site, in order. The title is analysed with the text,
    so a site's name would otherwise be read as news (``مهر`` is also a town)."""
    if not title:
        return title
    parts = [p.strip() for p in _TITLE_PARTS.split(title.strip()) if p.strip()]
    kept = [p for p in parts if not _site_name().match(p)]
    return " - ".join(kept) if kept else title.strip()


@register(".rss", ".atom", ".xml")
def read_feed(path: Path) -> Iterator[Article | ExtractionError]:
    """A saved RSS/Atom feed: each item is an article (HTML in the summary is stripped)."""
    import feedparser
    import trafilatura

    try:
        feed = feedparser.parse(path.read_bytes())
    except OSError as exc:
        yield ExtractionError(str(path), str(exc))
        return
    if feed.bozo and not feed.entries:
        yield ExtractionError(str(path), f"not a readable feed ({feed.bozo_exception})")
        return
    for n, item in enumerate(feed.entries, 1):
        body = (item.get("content") or [{}])[0].get("value") or item.get("summary") or ""
        text = trafilatura.extract(f"<html><body><article>{body}</article></body></html>") or "" if "<" in body else body
        pub = item.get("published_parsed") or item.get("updated_parsed")
        published = f"{pub.tm_year:04d}-{pub.tm_mon:02d}-{pub.tm_mday:02d}" if pub else None
        title = item.get("title")
        full = f"{title}\n\n{text}" if title else text
        yield _article(item.get("id") or item.get("link") or f"{path.stem}-{n}", full, f"{path}#item{n}",
                       title=title, url=item.get("link"), published=published)


NO_SUCH_PATH = "no such file or folder"


def _known() -> str:
    return "Payvand reads " + " ".join(sorted(READERS))


def no_reader(suffix: str) -> str:
    return f"no reader for '{suffix}' files ({_known()})"


def input_problems(inputs: Iterable[str | Path]) -> list[str]:
    """What makes a command line's inputs hold nothing to read: a path that is not there, a
    file of a kind no reader takes, a folder without one file of a kind a reader takes. (What
    is wrong inside a file is found as it is read, and that file skipped.)"""
    problems = []
    for raw in inputs:
        p = Path(raw)
        if not p.exists():
            problems.append(f"{p}: {NO_SUCH_PATH}")
        elif p.is_file() and p.suffix.lower() not in READERS:
            problems.append(f"{p}: {no_reader(p.suffix)}")
        elif p.is_dir():
            others = _unreadable_folder(p)
            if others is not None:
                found = ", ".join(f"{n} {s or 'without suffix'}" for s, n in others.most_common(5))
                problems.append(f"{p}: no readable article in this folder ("
                                + (f"found {found}; " if others else "it is empty; ") + f"{_known()})")
    return problems


def _unreadable_folder(folder: Path) -> Counter | None:
    """None when the folder holds a file of a kind a reader takes (the walk stops at the
    first); else how many files of each other suffix it holds."""
    others: Counter = Counter()
    for _root, _dirs, files in os.walk(folder):
        for name in files:
            suffix = Path(name).suffix.lower()
            if suffix in READERS:
                return None
            others[suffix] += 1
    return others


def iter_files(inputs: Iterable[str | Path]) -> Iterator[Path | ExtractionError]:
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p, onerror=None):
                dirs.sort()
                for name in sorted(files):
                    f = Path(root) / name
                    if f.suffix.lower() in READERS:
                        yield f
        elif p.exists():
            yield p
        else:
            yield ExtractionError(str(p), NO_SUCH_PATH)


def read(inputs: Iterable[str | Path]) -> Iterator[Article | ExtractionError]:
    """Every article in the given files and folders (recursively), in a stable order."""
    for f in iter_files(inputs):
        if isinstance(f, ExtractionError):
            yield f
            continue
        reader = READERS.get(f.suffix.lower())
        if reader is None:
            yield ExtractionError(str(f), no_reader(f.suffix))
            continue
        if not os.access(f, os.R_OK):
            yield ExtractionError(str(f), "permission denied")
            continue
        yield from reader(f)
