"""Dates in Persian news: Jalali and Gregorian, years, ranges and relative days.

Each found date is a ``Span`` (label ``Date``) in ``doc.dates`` with its ``value``
(ISO ``YYYY-MM-DD`` or ``YYYY``) and, for ranges, its ``until``. A Jalali date
without a year takes the year of the publication date; relative days (``امروز``) are
resolved against it too.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

import jdatetime

from payvand.extract.data import load_yaml, not_after, word_alternation
from payvand.extract.text import Doc


@cache
def _patterns() -> dict:
    cfg = load_yaml("dates.yaml")
    jal = {m: i + 1 for i, m in enumerate(cfg["jalali_months"])}
    greg = {m: i + 1 for i, m in enumerate(cfg["gregorian_months"])}
    for canon, aliases in cfg["gregorian_aliases"].items():
        for a in aliases:
            greg[a] = greg[canon]
    months = "|".join(sorted(map(re.escape, list(jal) + list(greg)), key=len, reverse=True))
    rng = "|".join(map(re.escape, cfg["range_words"]))
    return {
        "jal": jal, "greg": greg, "relative": cfg["relative_days"],
        "full": re.compile("(" + not_after(r"\d", r"\d") + r"\d?)\s*(" + months + r")(?:\s?ماه)?(?:\s+(?:سال\s+)?(\d{4}))?(?!\w)"),
        "range": re.compile("(" + not_after(r"\d", r"\d") + r"\d{3})\s*(?:" + rng + r")\s*(\d{4})(?!\d)"),
        "year": re.compile(r"(?:سال|در)\s+(\d{4})(?!\d)"),
        "relative_re": re.compile("(" + word_alternation(cfg["relative_days"]) + r")(?!\w)"),
    }


def to_gregorian_year(year: int) -> int:
    """A four-digit year: Jalali years (1300–1499) become Gregorian (the larger share)."""
    return year + 621 if 1300 <= year < 1500 else year


def _published(doc: Doc) -> date | None:
    try:
        return date.fromisoformat(doc.article.published) if doc.article.published else None
    except ValueError:
        return None


def find_dates(doc: Doc) -> Doc:
    p = _patterns()
    pub = _published(doc)
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, value: str, until: str | None = None) -> None:
        if any(m.start() < e and s < m.end() for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        doc.dates.append(doc.make_span(m.start(), m.end(), "Date", value=value, until=until))

    for m in p["full"].finditer(doc.norm):
        day, month, year = int(m.group(1)), m.group(2), m.group(3)
        try:
            if month in p["jal"]:
                y = int(year) if year else (jdatetime.date.fromgregorian(date=pub).year if pub else None)
                if y is None:
                    continue
                if y > 1500:  # a Gregorian year with a Jalali month: not a date we can trust
                    continue
                g = jdatetime.date(y, p["jal"][month], day).togregorian()
            else:
                y = int(year) if year else (pub.year if pub else None)
                if y is None:
                    continue
                g = date(y, p["greg"][month], day)
        except ValueError:
            continue
        add(m, g.isoformat())
    for m in p["range"].finditer(doc.norm):
        a, b = to_gregorian_year(int(m.group(1))), to_gregorian_year(int(m.group(2)))
        if a <= b:
            add(m, str(a), str(b))
    for m in p["year"].finditer(doc.norm):
        add(m, str(to_gregorian_year(int(m.group(1)))))
    if pub:
        for m in p["relative_re"].finditer(doc.norm):
            add(m, (pub + timedelta(days=p["relative"][m.group(1)])).isoformat())
    doc.dates.sort(key=lambda s: s.nstart)
    return doc
