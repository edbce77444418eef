"""Mention finders: pipeline components that add entity spans to a :class:`Doc`.

Gazetteer matches come first (cities, countries, organizations); then mentions that
only their context reveals: events (``سیزدهمین کنگره جهانی ...``), persons (from
titles and honorifics around them), places after ``شهر``/``شهردار``, and bodies with
an organisational head noun (``سازمان ...``, ``شورای ...``). The cue lexicons live in
``data/cues.yaml``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple
from functools import cache, lru_cache

from payvand.extract.attribution import said_phrase, source_lead
from payvand.extract.data import alternation, disk_cached, load_yaml, trie_regex, word_alternation
from payvand.extract.mentions.gazetteer import find, gazetteer, is_function_word, skeleton_key, surface_key, variants
from payvand.extract.mentions.names import MIN_WORD_FREQUENCY, looks_like_word
from payvand.extract.text import HALF_SPACE, PAST_ENDINGS, PRESENT_ENDINGS, Doc, token_index
from payvand.types import Entry, Span

_WORD = re.compile(r"\w")
_DIGITS = re.compile(r"\d")


@cache
def cues() -> dict:
    return load_yaml("cues.yaml")


@cache
def stopwords() -> frozenset[str]:
    from hazm import utils

    return frozenset(surface_key(w) for w in utils.stopwords_list())


@cache
def _phrase_set(*path: str) -> frozenset[str]:
    node = cues()
    for p in path:
        node = node[p]
    return frozenset(v for w in node for v in variants(w))


@cache
def role_words() -> frozenset[str]:
    """Role phrases and each word of them (``نایب``, ``هیئت``): never part of a name. (Not a
    one-word role with ی that only a longer phrase has, ``نایب رئیسی``: رئیسی is a surname.)"""
    phrases = set(gazetteer().roles)
    words = {w for p in phrases for w in p.split()}
    return frozenset(phrases | {w for w in words if w in phrases or w[:-1] not in phrases or not w.endswith("ی")})


def _occupied(doc: Doc, start: int, end: int) -> bool:
    """Does a mention overlap ``[start, end)``? Mentions are kept sorted and never overlap
    one another, so only the last one starting before ``end`` can."""
    i = doc.span_index(end)
    return i > 0 and doc.spans[i - 1].nend > start


def add_span(doc: Doc, start: int, end: int, label: str, **annotations: Any) -> None:
    if end > start and not _occupied(doc, start, end):
        doc.insert_span(doc.make_span(start, end, label, **annotations))


def _spans_within(doc: Doc, start: int, end: int) -> list:
    """The spans inside ``[start, end)`` (spans are kept sorted by start)."""
    return [sp for sp in doc.spans[doc.span_index(start):doc.span_index(end)] if sp.nend <= end]


def _remove(doc: Doc, span) -> None:
    """Drop ``span`` itself from the spans (``list.remove`` compares every span field by field)."""
    i = doc.span_index(span.nstart)
    while doc.spans[i] is not span:
        i += 1
    del doc.spans[i]


def _span_at(doc: Doc, pos: int):
    i = doc.span_index(pos + 1)
    if i > 0 and doc.spans[i - 1].nstart <= pos < doc.spans[i - 1].nend:
        return doc.spans[i - 1]
    return None


# --- gazetteer ---------------------------------------------------------------------------

def _cue_before(doc: Doc, start: int, cues: frozenset[str]) -> bool:
    """The word or two words right before ``start`` are one of ``cues`` (``شهر``, ``رئیس جمهور``)."""
    before = doc.norm[max(0, start - 24):start].split()
    return bool(before) and (before[-1] in cues or " ".join(before[-2:]) in cues)


def _has_city_cue(doc: Doc, start: int, end: int) -> bool:
    """Is a place also a word (``وین``, ``دوشنبه``) named as a city here: after a city cue or a
    trip's destination cue (``سفر به وین``, :func:`_destination_named`), before a bracket that places
    it (:func:`_bracket_after`) or ``پایتخت X``?"""
    return _cue_before(doc, start, _phrase_set("place", "city_cues")) or _destination_named(doc, start, end) \
        or _bracket_after(doc, end) or _capital_of_country_after(doc, end)


_NEXT_WORD = re.compile(r"\s*([^\s\w]|\w+)")


def _destination_named(doc: Doc, start: int, end: int) -> bool:
    """Is the word at ``[start, end)`` a trip's destination: after a destination cue, and the
    clause goes on after it (``سفر به وین با …``, ``عازم دوشنبه شد``; not a phrase the word opens:
    ``سفر به دور دنیا``, ``سفر به نیم کره جنوبی``)?"""
    if not _cue_before(doc, start, _phrase_set("place", "destination_cues")):
        return False
    after = _NEXT_WORD.match(doc.norm, end)
    return after is None or not after.group(1)[0].isalnum() or after.group(1) in _phrase_set("place", "after_destination")


def _bracket_after(doc: Doc, end: int) -> bool:
    """A bracket opens after the word ("رشت (شمال ایران)": a place's), one that does not open with
    a person's title ("X احمدی (شهردار کرمان)": a name's)."""
    rest = doc.norm[end:end + 40].lstrip()
    if not rest.startswith("("):
        return False
    first = rest[1:].lstrip().split(" ", 1)[0]
    return first not in person_titles() and first not in _phrase_starts(person_titles())


@cache
def _city_cue_after() -> re.Pattern:
    return re.compile(r"\s*[،,]?\s*(?:" + alternation(_phrase_set("place", "city_cues_after")) + r")\s+")


def _capital_of_country_after(doc: Doc, end: int) -> bool:
    """The word is followed by what names a city there and a country (``دوشنبه پایتخت
    تاجیکستان``; not ``روز دوشنبه پایتخت را …``)."""
    m = _city_cue_after().match(doc.norm, end)
    if m is None:
        return False
    words = re.findall(r"[^\s،,.؛:()]+", doc.norm[m.end():m.end() + 40])[:3]
    return any(e.type == "Country" for n in range(1, len(words) + 1)
               for e in gazetteer().entries.get(surface_key(" ".join(words[:n])), ()))


def _has_country_cue(doc: Doc, start: int, end: int) -> bool:
    return _cue_before(doc, start, _phrase_set("place", "country_cues"))


_NOT_BEFORE_PLACE = ("خبرگزاری", "روزنامه", "پایگاه خبری", "سایت")


def match_gazetteer(doc: Doc) -> Doc:
    """Cities, countries and organizations from the gazetteers."""
    gz = gazetteer()
    pending: list[tuple[int, int, list[Entry]]] = []
    for start, end, key in find(doc.norm, gz.automaton, gz.shahr_words):
        entries = gz.entries.get(key) or []
        if entries:
            pending.append((start, end, entries))
    confirmed: set[str] = set()  # ambiguous places the article names with a cue
    places = _PlaceIndex(pending)
    waiting = _take_places(doc, pending, places, confirmed)
    if waiting and confirmed:
        _take_places(doc, waiting, places, confirmed)
    return doc


class _PlaceIndex:
    """The unambiguous places among the gazetteer's matches, by kind and start, to find those
    next to a position without a pass over all of them (a long article has thousands)."""

    def __init__(self, pending: list[tuple[int, int, list[Entry]]]):
        self.spans: dict[str, list[tuple[int, int]]] = {}
        for s, e, entries in pending:
            if not all(x.ambiguous for x in entries):
                self.spans.setdefault(entries[0].type, []).append((s, e))
        for spans in self.spans.values():
            spans.sort()
        self.starts = {kind: [s for s, _ in spans] for kind, spans in self.spans.items()}
        self.reach = {kind: max(e - s for s, e in spans) + 5 for kind, spans in self.spans.items()}

    def near(self, kind: str, start: int, end: int) -> list[tuple[int, int]]:
        """The places of ``kind`` that may stand within a separator's length of ``[start, end)``."""
        if kind not in self.spans:
            return []
        starts = self.starts[kind]
        return self.spans[kind][bisect_left(starts, start - self.reach[kind]):bisect_right(starts, end + 5)]


def _take_places(doc: Doc, matches: list[tuple[int, int, list[Entry]]], places: _PlaceIndex,
                 confirmed: set[str]) -> list[tuple[int, int, list[Entry]]]:
    """Add the gazetteer ``matches`` that stand for a place or body here; return the ambiguous
    places left out. A second pass over those takes one the article names with a cue elsewhere
    where it is paired with a place (``شهرداری وین``, then ``تبریز و وین``; not every "مالی",
    financial, of an article about Mali)."""
    left: list[tuple[int, int, list[Entry]]] = []
    for match in matches:
        start, end, entries = match
        types = {e.type for e in entries}
        if types & {"City", "Country"} and doc.norm[max(0, start - 10):start].rstrip().endswith(_NOT_BEFORE_PLACE):
            continue  # "خبرگزاری برنا": a news agency's name, not the place
        if "Organization" in types:
            entries = [e for e in entries if e.type == "Organization"]
        elif "Country" in types and not _has_city_cue(doc, start, end):
            entries = [e for e in entries if e.type == "Country"]
        elif "Country" in types:
            entries = [e for e in entries if e.type == "City"] or entries
        kind = entries[0].type
        if kind == "Organization" and doc.norm.endswith("جهان", start, end) and doc.norm.startswith(" اسلام", end):
            continue  # "کلانشهرهای جهان اسلام": the Islamic world's, another body than the world's
        if kind == "Organization" and (tail := _world_tail().match(doc.norm, end)):
            end = tail.end()  # "انجمن شهرهای تاریخی جهان": "of the world" is part of the name used
        if all(e.ambiguous for e in entries) and kind == "Country" and _region_after(doc, end):
            continue  # "آذربایجان شرقی": the province, not the state
        if all(e.ambiguous for e in entries) and kind in ("City", "Country"):
            cue = _has_city_cue if kind == "City" else _has_country_cue
            if cue(doc, start, end) and not _counted_cue(doc, start) or _in_place_list(doc, start, end, places, kind):
                confirmed.add(entries[0].key)
            elif not (entries[0].key in confirmed and (_in_place_list(doc, start, end, places, kind, pair=True)
                                                       or _AFTER_LOCATIVE.search(doc.norm, max(0, start - 4), start))):
                left.append(match)  # (named with a cue elsewhere, it is the place in a list and after "در")
                continue
        add_span(doc, start, end, kind, entries=entries)
    return left


def _region_after(doc: Doc, end: int) -> bool:
    """Is the name at ``end`` followed by a compass adjective (``آذربایجان غربی``), naming a region?"""
    m = _NEXT_WORD.match(doc.norm, end)
    return bool(m) and m.group(1) in _phrase_set("place", "region_tails")


_AFTER_LOCATIVE = re.compile(r"(?<!\w)(?:در|به|از) $")


def _counted_cue(doc: Doc, start: int) -> bool:
    """The word before ``start`` is a singular city cue after a number of cities or ``place.counting_words``
    (``ده شهر تازه``, ``هر شهر بزرگ``): a common noun counted, the word after it
    its adjective, not a name."""
    before = doc.norm[max(0, start - 30):start].split()
    return len(before) >= 2 and before[-1] in _phrase_set("place", "city_cues") and not before[-1].endswith("ها") \
        and (before[-2] in _phrase_set("place", "counting_words") or before[-2].isdigit() and len(before[-2]) <= 3)
    # (a year is no count: "در سال 2026 شهر دوشنبه")


@cache
def _world_tail() -> re.Pattern:
    return re.compile(r" (?:" + alternation(_phrase_set("organization", "world_tail")) + r")(?!\w)(?! اسلام)")


def _in_place_list(doc: Doc, start: int, end: int, places: _PlaceIndex, kind: str, pair: bool = False) -> bool:
    """In a list with an unambiguous place of the same kind: next to it across a comma
    (``کربلا، دوشنبه، اردکان``), or across "و" when that place is itself listed with a
    third (``نیجر، مالی و چاد``; not "یزد و جان", where the word is more likely "soul") or
    when ``pair`` (the article names the place with a cue elsewhere: ``تبریز و وین``)."""
    def separator(a: tuple[int, int], b: tuple[int, int]) -> str | None:
        between = doc.norm[a[1]:b[0]] if a[1] <= b[0] else doc.norm[b[1]:a[0]]
        return between.strip() if len(between) <= 4 and between.strip() in ("،", ",", "و") else None

    for other in places.near(kind, start, end):
        sep = separator((start, end), other)
        if sep in ("،", ","):
            return True
        if sep == "و" and (pair or any(separator(other, third) is not None
                                       for third in places.near(kind, *other) if third != other)
                           or kind == "City" and _cities_paired(doc, min(start, other[0]), max(end, other[1]))):
            return True
    return False


def _cities_paired(doc: Doc, start: int, end: int) -> bool:
    """Do two places joined by "و" at ``[start, end)`` stand where only cities do: after a plural
    city cue (``شهرهای تبریز و وین``) or a twinning's (``خواهرخواندگی تبریز و وین``), or before a
    twinning cue (``تبریز و وین خواهرخوانده شدند``)?"""
    twinning = _phrase_set("place", "twinning_cues")
    return _cue_before(doc, start, _phrase_set("place", "plural_city_cues") | twinning) \
        or any(doc.norm.startswith(" " + cue, end) for cue in twinning)


# --- events -----------------------------------------------------------------------------

def find_events(doc: Doc) -> Doc:
    """Named events: [ordinal [دوره]] head [modifiers] [ordinal adjective] [name words] [body |
    place | year | «title»], or a title given to an event (``همایشی با عنوان «…»``)."""
    c = cues()["event"]
    heads = _event_heads()
    _designation_ceremonies(doc)
    for head in _event_heads_in(doc.norm):
        start, end = head.start, head.end
        inflected = head.stop > end  # "اکسپوی دبی", "کنگره‌ی جهانی …", "همایشی با عنوان «…»"
        titled = _TITLED.match(doc.norm, head.stop)
        if inflected and not (titled or _ezafe(doc.norm, end)):
            continue  # "نشستی" alone: some meeting, no name
        if _occupied(doc, start, end):
            # "جلسه مجمع عمومی" over a body's name ("مجمع عمومی شهرداران آسیایی"): the shorter head
            end = next((start + len(h) for h in heads if len(h) < end - start and doc.norm.startswith(h + " ", start)
                        and not _occupied(doc, start, start + len(h))), None)
            if end is None:
                continue
        # (the words just before, an opening quote off: no copy of the text before)
        prev = [w.lstrip("«") for w in doc.norm[max(0, start - 200):start].split()[-6:]]
        if prev and prev[-1] in heads and not _occupied(doc, start - len(prev[-1]) - 1, start):
            # "نمایشگاه اکسپو دبی": a head before the head is part of the name
            start = doc.norm.rfind(prev[-1], 0, start)
            prev = prev[:-1]
        if len(prev) >= 3 and prev[-1] in _phrase_set("event", "ordinal_fillers_of") \
                and prev[-2] in _phrase_set("event", "ordinal_fillers") and _ordinal_length(prev[:-2]):
            start = doc.norm.rfind(prev[-1], 0, start)  # "سیزدهمین دوره از جشنواره …"
            prev = prev[:-1]
        if len(prev) >= 2 and prev[-1] in _phrase_set("event", "ordinal_fillers") and _ordinal_length(prev[:-1]):
            start = doc.norm.rfind(prev[-1], 0, start)  # "سیزدهمین دوره جشنواره …"
            prev = prev[:-1]
        counted = _ordinal_length(prev)
        for word in reversed(prev[len(prev) - counted:]):  # "پنجمین اجلاس", "بیست و پنجمین اجلاس", "سی‌امین اجلاس"
            start = doc.norm.rfind(word, 0, start)
        ordinal = counted > 0
        if prev and prev[-1] == cues()["coref"]["this"]:
            continue
        if (quoted_name := _quoted_from(doc, start)) is not None:
            # "«اجلاس آسیایی جامعه ایمن» برگزار شد": a quotation that opens with the head is the name;
            # one that ends "در C" names where it is held, C its inner link ("«همایش … در شیراز»")
            held = _held_in(doc, start, quoted_name)
            for named in _spans_within(doc, start, quoted_name):
                _remove(doc, named)
            add_span(doc, start, quoted_name, "Event", inner=held)
            continue
        pos = _over_modifiers(doc, head.stop if inflected and not titled else end)
        if pos == end and head.key in _phrase_set("event", "commemorations") \
                and (shows := _shows().match(doc.norm, pos)) is not None and _span_at(doc, shows.end() + 1) is None:
            pos = shows.end()  # "هفته فرهنگی <province> در …": a topic after it names the week (a place
            # found after it is taken below, as no host: "هفته فرهنگی ارمنستان")
        if (adjective := _ordinal_adjective(doc, pos)) is not None:
            if pos == end and head.key in _phrase_set("event", "commemorations"):
                continue  # "روزهای هفتم و هشتم شهریور": days of a month, no event
            pos, ordinal = _over_modifiers(doc, adjective), True  # "اجلاس دوازدهم", "اجلاس یازدهم شهرداران …"
        following = _span_at(doc, pos + 1)
        if doc.norm.endswith("شهرداران", 0, pos) and following is not None and following.label == "City":
            continue  # "نشست مشترک شهرداران تبریز و باکو": the mayors of two cities met, no event named
        if titled and (inflected or pos == end):
            # "همایشی با عنوان «…»": the title is the event's name
            _add_title(doc, titled, None)
            continue
        anchored = False
        network = _network_name(doc, pos) or _joint_commission(doc, pos) or _mayors_of_region(doc, pos)
        if network:  # "اجلاس شهرهای تاریخی جهان": named after the cities it gathers (a place after
            pos, anchored = network, True  # them is whose cities they are, not the event's: not taken)
        rest = doc.norm[pos:]
        gap = len(rest) - len(rest.lstrip(" "))
        nxt = _span_at(doc, pos + gap) if gap <= 1 and not network else None
        inner = None
        if nxt is not None and nxt.label in ("Organization", "City", "Country") and nxt.nstart == pos + gap:
            if _commemoration(doc, head.key, pos == end and not ordinal, nxt):
                continue
            pos, anchored, inner = nxt.nend, True, nxt
        elif not network and (quoted := _QUOTED.match(doc.norm, pos)):
            pos, anchored = quoted.end(), True  # "نشست هم‌اندیشی «…»"
            inner = _held_in(doc, start, pos)
        elif not network and (ordinal or head.key not in c["weak_heads"]) \
                and (tail := _name_tail(doc, pos, ordinal and head.key not in c["weak_heads"])) is not None:
            pos, inner, anchored = tail  # "نهمین کنفرانس وزیران گردشگری کشورهای عضو <body>", "هفته فرهنگی <country>"
            if head.key in _phrase_set("event", "commemorations") and inner is not None and inner.label == "City":
                inner = None  # "روزهای شهر X در Y": the city's days, held elsewhere
        year = re.match(r"\s?(\d{4})(?!\d)", doc.norm[pos:])
        if year:
            pos += year.end()
            anchored = True
        gathers = doc.norm[end:pos].split()[-1:] and doc.norm[end:pos].split()[-1] in _phrase_set("event", "gatherers")
        if not (anchored or ordinal) and pos > end and (topic := _topic_name(doc, pos, gathers)) is not None:
            pos, anchored = topic, True  # "همایش بین‌المللی دیپلماسی شهری با حضور …"
        if not (anchored or ordinal) and _scoped_gathering(doc.norm[end:pos].split()) \
                and _event_report().match(doc.norm, pos):
            anchored = True  # "اجلاس جهانی شهرداران که در ژنو برگزار می‌شود"
        if not (anchored or ordinal):
            continue
        if head.key in c["weak_heads"] and not anchored and pos == end:
            continue  # "دومین جلسه این کمیسیون": a sitting counted, nothing names it
        if inner is not None and inner.label == "Organization" and _sitting_body(inner):
            continue  # "نشست علنی شورای اسلامی شهر X": a council's sitting, no named event
        # the event engulfs the mentions inside its name; the body or place it is named after
        # stays as its inner link (a joint commission's two countries are only part of its name)
        for named in _spans_within(doc, start, pos):
            _remove(doc, named)
        add_span(doc, start, pos, "Event", inner=inner)
        event = _span_at(doc, start)
        if (titled := _TITLED.match(doc.norm, pos)) and event is not None:
            _add_title(doc, titled, event)  # "… با عنوان «…»": another name of the event
    _events_named_after_bodies(doc)
    _gatherings_by_modifiers(doc)
    return doc


@cache
def _designation_re() -> re.Pattern:
    return re.compile("(?:" + word_alternation(_phrase_set("event", "ceremonies")) + r") (?:"
                      + alternation(_phrase_set("event", "designation_acts")) + r")(?: رسمی)? ")


_AS = re.compile(r" ?(?:به ?عنوان|بعنوان) ")
_IN_YEAR = re.compile(r" در سال \d{4}(?!\d)")


@cache
def _honorific() -> re.Pattern:
    """A holy name's honorific in brackets after it: ``امام رضا (ع)``, ``مشهدالرضا (علیه السلام)``."""
    return re.compile(r" ?\((?:" + alternation(_phrase_set("event", "honorifics")) + r")\)")


def _designation_ceremonies(doc: Doc) -> None:
    """A ceremony that names a place to a title (``آیین پلاک‌کوبی X به عنوان شهر جهانی فرش``,
    ``مراسم معرفی رسمی X به‌عنوان پایتخت فرهنگی … در سال ۲۰۳۰``): an event named by all of it,
    the place (a city, or one name word no gazetteer lists) its inner link, where it is held."""
    for m in _designation_re().finditer(doc.norm):
        if _occupied(doc, m.start(), m.end()):
            continue
        pos, place = m.end(), _span_at(doc, m.end())
        if place is not None and place.nstart == pos and place.label == "City":
            pos = place.nend
        else:
            word = re.match(r"[^\s\d.،,؛:«»()]+", doc.norm[pos:])
            if word is None or _span_at(doc, pos) is not None or not _is_name_token(word.group()):
                continue
            pos, place = pos + word.end(), None
        if (honorific := _honorific().match(doc.norm, pos)) is not None:
            pos = honorific.end()
        if (as_ := _AS.match(doc.norm, pos)) is None:
            continue
        if (quoted := _QUOTED.match(doc.norm, as_.end() - 1)) is not None:
            end = quoted.end()
        else:
            toks = compound_words(doc)
            k = token_index(toks, as_.end())
            end, first = as_.end(), k
            while k < len(toks) and k - first < cues()["event"]["max_title_tokens"] and toks[k][0] - end <= 1 \
                    and _event_word(toks[k][2]) and not _before_light_verb(toks, k) and _span_at(doc, toks[k][0]) is None:
                end, k = toks[k][1], k + 1
            if k == first:
                continue
        if (year := _IN_YEAR.match(doc.norm, end)) is not None:
            end = year.end()
        for named in _spans_within(doc, m.start(), end):
            _remove(doc, named)
        add_span(doc, m.start(), end, "Event", inner=place)


def _scoped_gathering(modifiers: list[str]) -> bool:
    """Do an event head's modifiers tell its scope and end with whom it gathers (``جهانی
    شهرداران``, ``بین‌المللی رهبران``)? Then they name it, as an ordinal would."""
    scopes = _phrase_set("event", "scopes")
    text = " ".join(modifiers)
    return len(modifiers) >= 2 and modifiers[-1] in _phrase_set("event", "gatherers") \
        and any(text.startswith(sc + " ") or f" {sc} " in f" {text} " for sc in scopes)


def _quoted_from(doc: Doc, start: int) -> int | None:
    """End of the quotation that an event's name opens at ``start`` (``«اجلاس آسیایی جامعه
    ایمن»``), its closing quote excluded; None if no quotation opens right before ``start``."""
    if start == 0 or doc.norm[start - 1] != "«" or _occupied(doc, start, start + 1):
        return None
    close = doc.norm.find("»", start, start + 80)
    if close < 0 or "«" in doc.norm[start:close] or "\n" in doc.norm[start:close]:
        return None
    return close


def _held_in(doc: Doc, start: int, end: int):
    """The city a quoted event name ends with after ``در`` (``«همایش … در شیراز»``): where it is
    held, the name's inner link; None if it ends otherwise."""
    end -= doc.norm.endswith("»", 0, end)
    named = _spans_within(doc, start, end)
    last = named[-1] if named else None
    if last is not None and last.label == "City" and last.nend == end and doc.norm.endswith(" در ", 0, last.nstart):
        return last
    return None


def _sitting_body(body: Span) -> bool:
    """Is ``body`` one whose meetings are its sittings (a city's council: ``شورای اسلامی شهر X``)?"""
    return any((body.norm + " ").startswith(b + " ") for b in _phrase_set("event", "sitting_bodies"))


def _commemoration(doc: Doc, head: str, bare: bool, place) -> bool:
    """``هفته شیراز``: a city's own week, no event (``bare``: no modifier nor ordinal before the
    city); one held elsewhere is (``هفته تهران در مسکو``)."""
    return bare and place.label == "City" and head in _phrase_set("event", "commemorations") \
        and not doc.norm.startswith(" در ", place.nend)


@cache
def _event_heads() -> list[str]:
    return sorted({surface_key(h) for h in cues()["event"]["heads"]}, key=len, reverse=True)


@cache
def _event_head_re() -> re.Pattern:
    """A head, or a head with ی (an indefinite or ezafe: ``همایشی``, ``اکسپوی``; the ezafe
    written after a half-space, a word of its own once normalised: ``کنگره‌ی``)."""
    return re.compile(r"(?<!\w)(" + trie_regex(_event_heads()) + r")(?:ی|(?<=ه) ی)?(?!\w)")


def _ezafe(norm: str, end: int) -> bool:
    """Is the ی after the head ending at ``end`` its ezafe, not the indefinite (``نشستی``)? It
    is after a vowel letter (``اکسپوی``), or written apart after a silent ه (``کنگره‌ی``)."""
    return norm[end - 1] in "وا" or norm.startswith(" ی", end)


class _Head(NamedTuple):
    """An event's head noun in the text: where it starts and ends, where its inflection ends
    (``stop``: after an ``ی``), and the head it is (``key``: the lexicon's spelling, a misspelt
    one's too)."""
    start: int
    end: int
    stop: int
    key: str


@lru_cache(maxsize=2)
def _event_heads_in(norm: str) -> tuple[_Head, ...]:
    """The heads in an article's text, found once: :func:`find_events` runs twice on it (before
    and after the bodies are found) and the text is the same. A word hazm's lexicon lacks one
    letter away from a head (``کنفرانش``) is that head when a scope modifier follows it or an
    ordinal stands before it (``کنفرانش بین‌المللی …``, ``سومین کنفرانش …``)."""
    heads = [_Head(m.start(), m.end(1), m.end(), m.group(1)) for m in _event_head_re().finditer(norm)]
    for m in _WORD_RUN.finditer(norm):
        key = _misspelt_head(m.group())
        if key is None:  # (most words: the word before is not read)
            continue
        before = norm[max(0, m.start() - 24):m.start()].split()[-1:]
        if _scope_after().match(norm, m.end()) or before and _is_ordinal(before[0]):
            heads.append(_Head(m.start(), m.end(), m.end(), key))
    return tuple(sorted(heads))


_WORD_RUN = re.compile(r"(?<!\S)[^\s\d.،,؛:«»()\-–]{4,}(?![^\s.،,؛:«»()])")


@cache
def _scope_after() -> re.Pattern:
    """One of the modifiers that tell an event's scope, right after a word (`` بین‌المللی``)."""
    return re.compile(r" (?:" + alternation(_phrase_set("event", "scopes")) + r")(?!\w)")


@lru_cache(maxsize=8192)
def _misspelt_head(word: str) -> str | None:
    """The head that ``word`` misspells by one letter changed, added or dropped, or two swapped
    (``کنفرانش``, ``همایس``, ``جشنوراه``), when hazm's lexicon lacks ``word``, it is no given
    name and the head is long enough (``event.typo_min_length``) that one letter off leaves it
    unlike any other word; None otherwise."""
    minimum = cues()["event"]["typo_min_length"]
    if len(word) < minimum - 1 or _lexicon_frequency(word) or is_given_name(word):
        return None
    return next((h for h in _event_heads() if " " not in h and len(h) >= minimum and _one_edit(word, h)), None)


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one edit apart: a letter changed, added or dropped, or two
    neighbours swapped?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 \
            and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@cache
def _event_modifiers() -> list[str]:
    return sorted(_phrase_set("event", "modifiers"), key=len, reverse=True)  # (glued too: هیئتمدیره)


@cache
def _shows() -> re.Pattern:
    """What a week or days of a place show (``فرهنگی``), two joined too (``فرهنگی – اقتصادی``)."""
    one = "(?:" + alternation(_phrase_set("event", "shows")) + ")"
    return re.compile(rf" {one}(?: ?(?:و|–|-|ـ) {one})?(?!\w)")


_JOINED = re.compile(r" ?(?:و|–|-|ـ)(?!\w)")  # two modifiers of one name joined: "منطقه‌ای و بین‌منطقه‌ای", "فرهنگی – اقتصادی"


def _over_modifiers(doc: Doc, pos: int) -> int:
    """End of the modifiers of an event's head (``جهانی``, ``بین‌المللی``, ``سالانه``) after
    ``pos``, two of them joined by و or a dash too (``منطقه‌ای و بین‌منطقه‌ای``)."""
    def modifier(at: int) -> str | None:
        rest = doc.norm[at:]
        stripped = rest.lstrip(" ")
        gap = len(rest) - len(stripped)
        if gap > 1 or _span_at(doc, at + gap) is not None:
            return None  # a body or a place begins: it names the event (اجلاس اتحادیه جهانی شهرها ...)
        mod = next((x for x in _event_modifiers()
                    if stripped.startswith(x) and not _WORD.match(stripped[len(x):len(x) + 1] or " ")), None)
        return rest[:gap + len(mod)] if mod is not None else None

    first = pos
    while True:
        if (mod := modifier(pos)) is not None:
            pos += len(mod)
        elif (coming := _next_of().match(doc.norm, pos)) is not None and _body_at(doc, coming.end() + 1):
            pos = coming.end()  # "نشست آتی مجمع …": the coming one of a body's events
        elif pos > first and (joined := _JOINED.match(doc.norm, pos)) is not None \
                and (mod := modifier(joined.end())) is not None and mod.endswith("ی"):  # (adjectives only)
            pos = joined.end() + len(mod)
        else:
            return pos


@cache
def _next_of() -> re.Pattern:
    return re.compile(r" (?:" + alternation(_phrase_set("event", "next_of")) + r")(?!\w)")


def _body_at(doc: Doc, pos: int) -> bool:
    span = _span_at(doc, pos)
    return span is not None and span.nstart == pos and span.label == "Organization"


def _ordinal_adjective(doc: Doc, pos: int) -> int | None:
    """End of an ordinal written after the head at ``pos`` (``اجلاس دوازدهم``), else None."""
    w = re.match(r" (\S+)", doc.norm[pos:pos + 20])
    if w is None or w.group(1) not in _ordinal_adjectives() or _span_at(doc, pos + 1) is not None:
        return None
    return pos + w.end()


@cache
def _ordinal_adjectives() -> frozenset[str]:
    """``دوازدهم`` of ``دوازدهمین``: the ordinal words without their ``ین``."""
    return frozenset(w.removesuffix("ین") for w in _phrase_set("event", "ordinal_words") if w.endswith("مین"))


_QUOTED = re.compile(r" ?«[^»\n]{2,80}»")
_TITLED = re.compile(r' (?:با|تحت|به) (?:عنوان|نام) ["«“]([^"»”\n]{2,80})["»”]')  # (straight quotes too)


def _add_title(doc: Doc, titled: re.Match, event) -> None:
    """The quoted title given to an event (``با عنوان «…»``) as an event mention: another name
    of ``event`` (the same entity), or the event's only name when ``event`` is None. An event
    head inside the title (``«… اجلاس کازان ۲۰۲۱»``) is no event of its own."""
    start, end = titled.span(1)
    for named in _spans_within(doc, start, end):
        _remove(doc, named)
    if event is None:
        add_span(doc, start, end, "Event")
    elif not _occupied(doc, start, end):
        doc.insert_span(doc.make_span(start, end, "Event", ref=event))


def _name_tail(doc: Doc, pos: int, free: bool) -> tuple[int, object, bool] | None:
    """The words that go on naming an event after its head and modifiers at ``pos``: who it
    gathers and what about (``وزیران گردشگری کشورهای عضو``, ``فرهنگی``), up to a body or a
    place that ends the name (returned: the end, a body's mention, whether a mention ends it). Without
    ``free`` (no ordinal says an event is named) the words must end at such a mention, and
    only a few are taken. None when nothing goes on the name."""
    toks = compound_words(doc)
    k = token_index(toks, pos)
    limit = cues()["event"]["max_tail_tokens"] if free else 3
    end, words = pos, 0
    while k < len(toks) and words < limit and toks[k][0] - end <= 1:
        s, e, t = toks[k]
        span = _span_at(doc, s)
        if span is not None:
            if span.nstart == s and span.label in ("Organization", "City", "Country") and not _place_of_title(doc, s):
                # a body after the words is whose event it is; a place there may be whose culture or
                # economy it shows elsewhere ("هفته فرهنگی <country>"): part of the name, no host
                # (a place named as such right after the head is the host: "کنگره شهر <city>")
                named_place = all(w in _phrase_set("place", "city_cues") for w in doc.norm[pos:s].split())
                if span.label == "Country" and not named_place and (pair := _paired_place(doc, span.nend)):
                    return pair, None, True  # "همایش اقتصادی ایران و آفریقا": both are in its name
                return span.nend, span if span.label == "Organization" or named_place else None, True
            break
        if words and _topic_joined(doc, toks, k):
            end, k = e, k + 1  # "هفته فرهنگی – اقتصادی <country>", "دومین نمایشگاه گل و گیاه"
            continue
        if free and words and t == "و" and k + 2 < len(toks) and _event_word(toks[k + 1][2]) \
                and _span_at(doc, toks[k + 1][0]) is None and not _before_light_verb(toks, k + 1) \
                and ((after := _span_at(doc, toks[k + 2][0])) is not None and after.nstart == toks[k + 2][0]
                     and after.label in ("City", "Country", "Organization")):
            end, k = e, k + 1  # two nouns of one name, a place or body after them: "جشنواره گل و گیاه <city>"
            continue
        if not _event_word(t) or _before_light_verb(toks, k):
            break
        end, words, k = e, words + 1, k + 1
    while words and doc.norm.endswith(_EZAFE, 0, end):
        end, words = doc.norm.rfind(" ", 0, end), words - 1  # "… روسای": whose heads the name never says
    if not free or not words:
        return None
    return end, None, False


_EZAFE = "ای"  # the ending of a word that a complement must follow (شهرهای, رؤسای, وزرای)


def _paired_place(doc: Doc, pos: int) -> int | None:
    """End of a second country or a world region joined by و to the country that ends an event's
    name at ``pos`` (``… ایران و آفریقا``, ``… روسیه و جهان اسلام``), else None."""
    joined = re.match(r" و ", doc.norm[pos:pos + 3])
    if joined is None:
        return None
    other = _span_at(doc, pos + 3)
    if other is not None and other.nstart == pos + 3 and other.label == "Country":
        return other.nend
    region = _network_tail().match(doc.norm, pos + 2)
    return region.end() if region is not None and other is None and region.group().strip() in _phrase_set("event", "regions") else None


def _before_light_verb(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Token ``k`` is the noun of a light verb after it (``در اجلاس شرکت کرد``, ``… برگزار شد``):
    no part of the name before it."""
    light = _phrase_set("event", "light_verbs")
    return k + 1 < len(toks) and (toks[k + 1][2] in light or toks[k + 1][2] in _AUXILIARIES and k + 2 < len(toks)
                                  and toks[k + 2][2] in light)  # "… شرکت می کند", "… شرکت خواهد کرد"


_AUXILIARIES = ("می", "نمی", "خواهد", "خواهند", "نخواهد", "نخواهند")


def _place_of_title(doc: Doc, pos: int) -> bool:
    """A title ends right before ``pos`` (``… شهردار تهران``): the place is the title's."""
    before = doc.norm[max(0, pos - 30):pos].split()
    return bool(before) and before[-1] in person_titles()


def _event_word(tok: str) -> bool:
    """Can ``tok`` go on an event's name: a name-like word, a word of who an event gathers
    (``شهرداران``, ``کشورهای``) or of a body's name; never a given name (a person named after
    the event) nor what tells of the event's time or holding (``گذشته``, ``برگزار``)."""
    key = surface_key(tok)
    if key in _phrase_set("event", "not_in_name") or key in _phrase_set("event", "verbs") or is_given_name(tok) \
            or _is_ordinal(key):
        return False  # (an ordinal opens another event: "دومین نشست هماهنگی یازدهمین اجلاس …")
    return _is_name_token(tok) or key in _phrase_set("event", "name_words") or key in _org_inner() \
        or key in _event_modifiers()


def _events_named_after_bodies(doc: Doc) -> None:
    """Events the bodies found after them name: an event found before them (``دومین اجلاس``)
    goes on over the body named right after it (``دومین اجلاس مجمع شهرهای تاریخی ایران``), an
    ordinal before a listed forum's name is a meeting of it (``پنجمین مجمع شهرداران آسیایی``),
    and a quoted title right after an event is part of its name (``مجمع بین‌المللی «…»``).
    The body is the event's inner link."""
    gathering = _phrase_set("event", "gathering_bodies")
    i = 0
    while i < len(doc.spans):
        span = doc.spans[i]
        after = doc.spans[i + 1] if i + 1 < len(doc.spans) else None
        if span.label == "Organization" and span.norm.split()[0] in gathering and not span.coref:
            words = [w.lstrip("«") for w in doc.norm[max(0, span.nstart - 40):span.nstart].split()[-5:]]
            ordinal = " ".join(words[len(words) - _ordinal_length(words):])  # (پنجمین, سی امین, بیست و پنجمین)
            start = span.nstart - 1 - len(ordinal)
            if ordinal and doc.norm[start:span.nstart] == ordinal + " " and not _occupied(doc, start, span.nstart - 1):
                doc.spans[i] = doc.make_span(start, span.nend, "Event", inner=span)
                continue
            if _gathering_held().search(doc.norm, max(0, span.nstart - 24), span.nstart) or _held_after().match(doc.norm, span.nend):
                doc.spans[i] = doc.make_span(span.nstart, span.nend, "Event")  # "در حاشیه مجمع جهانی شهری"
                i += 1
                continue
        if span.label != "Event" or span.coref:
            i += 1
            continue
        if after is not None and after.label == "Organization" and span.inner is None \
                and after.nstart == span.nend + 1 and doc.norm[span.nend] == " ":
            doc.spans[i] = doc.make_span(span.nstart, after.nend, "Event", **{**span.annotations(), "inner": after})
            del doc.spans[i + 1]
            continue
        if (quoted := _QUOTED.match(doc.norm, span.nend)) is not None:
            for named in _spans_within(doc, span.nend, quoted.end()):
                _remove(doc, named)
            doc.spans[i] = doc.make_span(span.nstart, quoted.end(), "Event", **span.annotations())
        i += 1


def _gatherings_by_modifiers(doc: Doc) -> None:
    """A gathering body's head and modifiers that name no body (``مجمع جهانی شهری``) after what
    makes such a name a meeting's (``در حاشیه``, ``شرکت در``), or held right after them: the name
    of an event."""
    for m in _gathering_bodies().finditer(doc.norm):
        end = _over_modifiers(doc, m.end())
        event = _span_at(doc, m.start() - 2) if m.start() >= 2 and doc.norm[m.start() - 1] == " " else None
        if end > m.end() and event is not None and event.label == "Event" and event.nend == m.start() - 1 \
                and event.inner is None and not event.coref and not _occupied(doc, m.start(), end) \
                and not _name_goes_on(doc, end):
            # an event's head right before names one of the body's meetings: "نهمین اجلاس مجمع جهانی شهری"
            doc.spans[doc.spans.index(event)] = doc.make_span(event.nstart, end, "Event", **event.annotations())
            continue
        if end > m.end() and not _occupied(doc, m.start(), end) \
                and (_gathering_held().search(doc.norm, max(0, m.start() - 24), m.start())
                     or _held_after().match(doc.norm, end) and not _referred_or_counted(doc, m.start())):
            add_span(doc, m.start(), end, "Event")


def _name_goes_on(doc: Doc, pos: int) -> bool:
    """Does a body's name go on after ``pos`` (``… مجمع شهرداران جهان``: a body the organization
    finder names in full), rather than stop at what tells of its holding (``که``, ``در``, ``شرکت کرد``)?"""
    if _network_tail().match(doc.norm, pos):
        return True
    toks = name_words(doc)
    k = token_index(toks, pos + 1)
    return k < len(toks) and toks[k][0] == pos + 1 and _event_word(toks[k][2]) and not _before_light_verb(toks, k)


def _referred_or_counted(doc: Doc, start: int) -> bool:
    """Does a demonstrative (``این مجمع جهانی``: a body named before) or an ordinal (``دهمین دوره
    مجمع …``: named in full by :func:`find_events`) stand right before ``start``?"""
    before = doc.norm[max(0, start - 24):start].split()[-1:]
    return bool(before) and (before[0] == cues()["coref"]["this"] or _is_ordinal(before[0])
                             or before[0] in _phrase_set("event", "ordinal_fillers"))


@cache
def _gathering_bodies() -> re.Pattern:
    return re.compile(rf"(?:{word_alternation(_phrase_set('event', 'gathering_bodies'), before=r'\S')})(?= )")


@cache
def _gathering_held() -> re.Pattern:
    """What before a gathering body's name makes it the name of a meeting (``در حاشیه``)."""
    return re.compile("(?:" + word_alternation(_phrase_set("event", "gathering_held_before")) + r") $")


@cache
def _held_after() -> re.Pattern:
    """A gathering body's name held right after it: "مجمع X (که) (روز …) (با حضور …) (در C)
    برگزار شد"."""
    when = _said_when()
    return re.compile(r" (?:که )?" + when + r"(?:با حضور [^.،,؛:]{0,60}? )?(?:در (?:شهر )?\S+(?: \S+)? )?" + when
                      + r"(?:برگزار|آغاز به کار)")


def _topic_name(doc: Doc, pos: int, gathers: bool = False) -> int | None:
    """End of the one to three words of a topic after an event's head and modifiers at ``pos``,
    when what an event's report goes on with follows them (``با حضور``, ``به میزبانی``, ``در``,
    ``برگزار``); None if there are none. Words that are no name (دو, شهرها) end no topic. After
    whom it gathers (``نشست وزرای``) the words may go on over where they are from, as many as an
    ordinal event's name (``امور خارجه کشورهای ساحلی``)."""
    toks = compound_words(doc)
    k = token_index(toks, pos)
    first = last = k
    limit = cues()["event"]["max_tail_tokens"] if gathers else 3
    while k < len(toks) and last - first < limit and not _occupied(doc, *toks[k][:2]):
        if k > first and _topic_joined(doc, toks, k):
            k, limit = k + 1, cues()["event"]["max_tail_tokens"]  # "آب و توسعه پایدار"
            continue
        if _before_light_verb(toks, k) or not (
                _is_name_token(toks[k][2]) or k > first and toks[k][2] in _PLURALS
                or gathers and (k > first and surface_key(toks[k][2]) in _phrase_set("event", "name_words")
                                or surface_key(toks[k][2]) in _org_inner())):
            break  # (a plural ending after a half-space is a token once normalised: فرهنگ‌ها; the
            # words of a ministry's field after whom it gathers: "وزرای امور خارجه")
        k = last = k + 1
    if last == first or last >= len(toks):
        return None
    end = toks[last - 1][1]
    if (honorific := _honorific().match(doc.norm, end)) is not None:
        end = honorific.end()  # "جشنواره بین‌المللی امام رضا (ع)"
    return end if _event_report().match(doc.norm, end) or _before_light_verb(toks, last) else None


_JOINS = ("و", "،", ",")  # what joins two words of an event's topic ("آب و توسعه", "غذایی، کشاورزی و …")
_DASHES = ("–", "-", "ـ")  # ... and two adjectives ("فرهنگی – اقتصادی")


def _topic_joined(doc: Doc, toks: list[tuple[int, int, str]], k: int) -> bool:
    """Does token ``k`` join two words of an event's topic: "و" before a word of it (``گل و
    گیاه``), a comma before the items of a list "و" ends (``غذایی، کشاورزی و بسته‌بندی``), a
    dash between two adjectives (``فرهنگی – اقتصادی``)? Never before a head of another event or
    a body, a mention, a person's given name or the noun of a light verb."""
    sep = toks[k][2]
    if sep not in _JOINS + _DASHES or k + 1 >= len(toks) or not _topic_word(doc, toks, k + 1):
        return False
    if sep in _DASHES:
        return toks[k - 1][2].endswith("ی") and toks[k + 1][2].endswith("ی")
    if sep == "و":
        return True
    j = k + 1  # a comma: the list goes on over words of the topic to its "و"
    while j < len(toks) and j - k <= 3 and _topic_word(doc, toks, j):
        j += 1
    return j + 1 < len(toks) and toks[j][2] == "و" and _topic_word(doc, toks, j + 1)


def _topic_word(doc: Doc, toks: list[tuple[int, int, str]], k: int) -> bool:
    """Can token ``k`` go on an event's topic after a join (see :func:`_topic_joined`)?"""
    t = toks[k][2]
    return _event_word(t) and _span_at(doc, toks[k][0]) is None and not _before_light_verb(toks, k) \
        and t not in _phrase_set("event", "heads") and t not in _phrase_set("organization", "heads")


def _opens_sentence(doc: Doc, pos: int) -> bool:
    """Does ``pos`` open a sentence, or the words after the news's source that opens one?"""
    opens = doc.sentence_of(pos)[0]
    if pos == opens:
        return True
    source = source_lead().match(doc.norm, opens)
    return source is not None and source.end() == pos


@cache
def _event_report() -> re.Pattern:
    """What an event's report goes on with after its name (``با حضور``, ``در``, ``برگزار``), after
    when it was held, if the sentence says it (``روز دوشنبه در استانبول آغاز به کار کرد``)."""
    return re.compile(r" " + _said_when() + r"(?:با حضور|به میزبانی|در|برگزار|آغاز به کار|با عنوان|تحت عنوان|که)(?!\w)")


def _ordinal_length(words: list[str]) -> int:
    """How many of the last of ``words`` make an ordinal, 0 if none: one (``پنجمین``,
    ``سیامین``), two when its ending is written apart after a half-space or a space (``سی امین``:
    ``event.ordinal_suffix_apart`` after a number's tens), and two more for the tens it is added
    to (``بیست و پنجمین``)."""
    tens = _phrase_set("event", "ordinal_tens")
    if words and _is_ordinal(words[-1]):
        n = 1
    elif len(words) >= 2 and words[-1] in _phrase_set("event", "ordinal_suffix_apart") and words[-2] in tens:
        n = 2
    else:
        return 0
    if len(words) >= n + 2 and words[-n - 1] == "و" and words[-n - 2] in tens:
        n += 2
    return n


def _is_ordinal(word: str) -> bool:
    """``پنجمین``, ``بیست و یکمین`` (its last word)."""
    suffix = cues()["event"]["ordinal_suffix"]
    return word in _phrase_set("event", "ordinal_words") or word.endswith(suffix) and len(word) > len(suffix) + 2


@cache
def _network_words() -> re.Pattern:
    return re.compile(r" ?(?:" + alternation(_phrase_set("event", "network_words")) + r")(?!\w)")


def _network_name(doc: Doc, pos: int) -> int | None:
    """End of ``شهرهای`` + one to three describing words at ``pos`` (``شهرهای تاریخی جهان``,
    ``کلانشهرهای آسیایی``), the way events of city networks are named; None if there is none."""
    m = _network_words().match(doc.norm, pos)
    if not m:
        return None
    end, words = m.end(), 0
    toks = compound_words(doc)  # (a word written with a half-space or apart is one: "کم‌کربن")
    k = token_index(toks, end + 1)
    while words < 3:
        if _span_at(doc, end + 1) is not None:
            break
        tail = _network_tail().match(doc.norm, end)
        if tail:  # the name ends with the world or the region whose cities they are
            return tail.end()
        if k >= len(toks) or toks[k][0] != end + 1 or not _is_name_token(toks[k][2]) or not _event_word(toks[k][2]):
            break  # (nor what tells of its holding: "کنگره شهرهای ساحلی برگزار شد")
        if k + 1 < len(toks) and toks[k + 1][2] in _phrase_set("event", "light_verbs"):
            break  # the noun of a light verb: "در اجلاس شهرهای هوشمند شرکت کرد"
        end, words, k = toks[k][1], words + 1, k + 1
        if (ending := _ADJECTIVE_ENDING_AFTER.match(doc.norm, end)) is not None:
            end = ending.end()  # (written after a half-space: "شهرهای کوهپایه‌ای")
    country = _span_at(doc, end + 1) if words else None
    if country is not None and country.label == "Country" and country.nstart == end + 1:
        # the country or two whose cities they are go on the name, no host ("اجلاس شهرهای مرزی ایران و ترکیه")
        return _paired_place(doc, country.nend) or country.nend
    return end if words else None


def _mayors_of_region(doc: Doc, pos: int) -> int | None:
    """End of the region, world or level whose mayors or leaders an event gathers, right after
    ``شهرداران`` (or another of ``event.gatherers``) at ``pos`` (``اجلاس شهرداران آسیا و
    اقیانوسیه``, ``اجلاس جهانی رهبران محلی و منطقه‌ای``); None if there is none."""
    gathered = any(doc.norm.endswith(w, 0, pos) for w in _phrase_set("event", "gatherers"))
    tail = _network_tail().match(doc.norm, pos) if gathered else None
    return tail.end() if tail else None


@cache
def _network_tail() -> re.Pattern:
    return re.compile(r" (?:" + alternation(_phrase_set("event", "network_tail")) + r")(?!\w)")


def _joint_commission(doc: Doc, pos: int) -> int | None:
    """End of a joint commission of two countries at ``pos`` (``کمیسیون همکاری‌های مشترک
    ایران – کنیا``, ``کمیسیون مشترک اقتصادی ایران و ترکیه``): the event is named after both
    countries, whose mentions stay inside it. None if there is none."""
    m = _joint_commission_re().match(doc.norm, pos)
    if not m:
        return None
    first = _span_at(doc, m.end())
    if first is None or first.label != "Country" or first.nstart != m.end():
        return None
    sep = re.match(r"\s*(?:و|–|-|ـ)\s*", doc.norm[first.nend:])
    second = _span_at(doc, first.nend + sep.end()) if sep else None
    if second is None or second.label != "Country" or second.nstart != first.nend + sep.end():
        return None
    return second.nend


@cache
def _joint_commission_re() -> re.Pattern:
    """A committee (``organization.committees``) that is joint, of its field (an adjective, no
    plural's ezafe: ``اقتصادی``, ``گردشگری``) or of cities (``شهرهای خواهرخوانده``), before its
    two countries."""
    committees = alternation(_phrase_set("organization", "committees"))
    return re.compile(rf" (?:{committees})(?: عالی)?(?: همکاری(?: ?های)?)? مشترک(?: [^\s\d.،,؛:«»()]{{2,}}(?<!ها)ی)?"
                      r"(?: (?:شهرهای خواهرخوانده|شهرهای|کلانشهرهای|شهری))? ")


# --- persons ----------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _is_name_token(tok: str, stopword_ok: bool = False) -> bool:
    """A word that can be part of a name (a body's, an event's, a place's, a person's)."""
    if not _WORD.match(tok) or _DIGITS.search(tok) or len(tok) < 2:
        return False
    key = surface_key(tok)
    plural_of = next((key[:-len(p)] for p in _PLURALS if key.endswith(p) and len(key) > len(p) + 2), None)
    return not (key in stopwords() and not stopword_ok or key in _phrase_set("person", "not_name") or key in role_words()
                or key in _phrase_set("person", "titles")
                or plural_of in _phrase_set("person", "not_name"))  # شهرداریهای (glued), like شهرداری


@lru_cache(maxsize=65536)
def _is_person_token(tok: str, stopword_ok: bool = False) -> bool:
    """A word that can be part of a person's name: a name word, not a news agency's name nor a
    derived common word (a body's name may hold both: خبرگزاری ایرنا, وزارت شهرسازی)."""
    key = surface_key(tok)
    return _is_name_token(tok, stopword_ok) and not (key in _phrase_set("person", "news_agencies") or _derived_word(key))


_PLURALS = ("هایی", "های", "ها")
_ADJECTIVE_ENDING = "ای"  # after a word ending in a vowel, written after a half-space (منطقه‌ای, کوهپایه‌ای)
_ADJECTIVE_ENDING_AFTER = re.compile(rf" {_ADJECTIVE_ENDING}(?!\w)")


@cache
def _verb_stems() -> tuple[frozenset[str], frozenset[str]]:
    """The past and present stems of hazm's verbs (its lemmatiser conjugates them all when made,
    half a second at every start; a form is told here by its stem and ending instead)."""
    from hazm import utils

    pairs = [v.split("#") for v in utils.verbs_list()]
    return frozenset(p for p, _ in pairs if p), frozenset(q for _, q in pairs if q)




@lru_cache(maxsize=16384)
def _verb_form(tok: str, endings: tuple[str, ...] | None = None) -> bool:
    """A verb's simple form: a past stem (ساخت) or a stem with a person's ending (آمدند, شود);
    with ``endings``, only those (a plural: ند)."""
    past, present = _verb_stems()
    return any(tok.endswith(end) and (
        tok[:len(tok) - len(end)] in past and end in PAST_ENDINGS or end and tok[:-len(end)] in present and end in PRESENT_ENDINGS)
        for end in endings or PRESENT_ENDINGS + ("",))


@lru_cache(maxsize=16384)
def _derived_word(tok: str) -> bool:
    """A word no name is: one with an ending that derives common words (علاقه‌مندی, خوشامدگویی,
    شرکت‌کنندگان; ``cues.yaml``: common_endings) or beginning (غیررسمی), an adverb (متعاقبا,
    بویژه), a verb's plural (آمدند) or past in the first person (دیدم), or a verb written glued
    to its prefix (میشود, نمی‌شود without the half-space)."""
    if is_given_name(tok):
        return False
    if any(tok.endswith(end) and len(tok) > len(end) + 1 for end in _phrase_set("person", "common_endings")):
        return True
    if _verb_form(tok, ("ند",)):  # a verb's plural (آمدند, پیوستند)
        return True
    if any(tok.endswith(end) and len(tok) - len(end) >= 3 and tok[:-len(end)] in _verb_stems()[0] for end in ("یم", "م")):
        return True  # a verb's past in the first person (دیدم, رفتیم): a quote's words
    if any(tok.startswith(pre) and len(tok) >= len(pre) + 3 and _common_word(tok[len(pre):])
           for pre in _phrase_set("person", "common_prefixes")):
        return True  # (غیررسمی, غیردولتی)
    if len(tok) >= 5 and (tok.endswith("ا") and tok + "\u064b" in _lexicon()  # an adverb, its tanwin dropped (متعاقبا)
                          or tok.startswith("ب") and _lexicon().get(tok[1:], 0) >= _common_frequency()):
        return True  # (or one glued to ب: بویژه, بزودی)
    if tok in _glued_speech_verbs():
        return True  # a verb of saying written glued (اظهارداشت, خاطرنشانکرد)
    rest = _after_verb_prefix(tok)
    return rest is not None and _verb_form(rest)


def _after_verb_prefix(tok: str) -> str | None:
    """What follows ``می``/``نمی`` glued to the start of a word (two letters at least), if it opens
    with one: the verb of a continuous form written without its half-space (``میشود``)."""
    prefix = next((p for p in ("نمی", "می") if tok.startswith(p)), None)
    return tok[len(prefix):] if prefix is not None and len(tok) > len(prefix) + 1 else None


def _has_surname(toks: list[tuple[int, int, str]], names: list[int]) -> bool:
    """Do the name's words at ``names`` hold a surname already: a word after the first that is
    no given name (``علی رضایی``, not ``محمد علی``)?"""
    return any(not is_given_name(toks[n][2]) for n in names[1:])


def _verbs_noun(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Is token k a common word before a light verb (``علی رضایی سخنرانی کرد``): the verb's
    noun, no surname (``سخنرانی`` has a surname's shape: سخنران + ی)?"""
    return k + 1 < len(toks) and toks[k + 1][2] in _phrase_set("event", "light_verbs") and _ends_name(toks[k][2])


def _ends_name(tok: str) -> bool:
    """Is ``tok``, after a name with its surname, the sentence going on (``به ریاست علی رضایی
    برگزار شد``): a common word, no given name nor a surname's ending written apart?"""
    return _common_word(tok) and tok not in _phrase_set("person", "detached_surname_endings")


@cache
def _glued_speech_verbs() -> frozenset[str]:
    """The compound verbs of saying (``patterns/speech.yaml``) with their space left out."""
    return frozenset(v.replace(" ", "") for v in load_yaml("patterns/speech.yaml")["verbs"] if " " in v)


def _name_part(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Can token k be part of a name: a name-like word, a surname ending standing after
    one (``قاسم زاده`` from ``قاسم‌زاده``) or a word before one, even a stopword (``عالی
    پور``), or a syllable of a foreign name between two (``زونگ پی وو``)."""
    tok = toks[k][2]
    detached = _phrase_set("person", "detached_surname_endings")
    return _is_person_token(tok) or _after_given_name(toks, k) or (
        k + 1 < len(toks) and toks[k + 1][2] in detached and _is_person_token(tok, stopword_ok=True)) or (
        k > 0 and tok in detached and _is_person_token(toks[k - 1][2], stopword_ok=True)) or (
        0 < k < len(toks) - 1 and tok in _phrase_set("person", "name_syllables")
        and _is_person_token(toks[k - 1][2]) and _is_person_token(toks[k + 1][2]))


def _after_given_name(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Is token k a given name that is a common word too (``ولی``), standing after a given name
    (``محمد ولی احمدی``)?"""
    return k > 0 and toks[k][2] in _after_given_names() and is_given_name(toks[k - 1][2])


@cache
def _after_given_names() -> frozenset[str]:
    return frozenset(surface_key(n) for n in load_yaml("given_names.yaml")["after_given_names"])


@cache
def given_names() -> frozenset[str]:
    return frozenset(surface_key(n) for n in load_yaml("given_names.yaml")["given_names"])


@cache
def _phrase_starts(phrases: frozenset[str]) -> frozenset[str]:
    """What stands before a space in any of the phrases (``رئیس`` of ``رئیس شورا``): a token and
    the next are looked up as a phrase only after one of these (building the pair costs more)."""
    return frozenset(p[:k] for p in phrases for k, ch in enumerate(p) if ch == " ")


@cache
def _two_word_given_names() -> frozenset[str]:
    """The given names written as two words (حجت الله, علی اکبر)."""
    return frozenset(n for n in given_names() if " " in n)


@cache
def _glued_given_names() -> frozenset[str]:
    """The given names of two words written as one (حجت‌الله without its half-space: حجتالله)."""
    return frozenset(n.replace(" ", "") for n in _two_word_given_names())


@lru_cache(maxsize=65536)
def is_given_name(tok: str) -> bool:
    """A given name of the list, two of them written as one word (محمدکاظم, امیرمحمد), one
    made with ``عبدال`` or ``الله`` (عبدالباقی, عزیزالله, اسداله), or after ``سید`` glued."""
    given = given_names()
    if tok in given or tok in _glued_given_names() or any(tok[:k] in given and tok[k:] in given for k in range(3, len(tok) - 2)):
        return True
    data = load_yaml("given_names.yaml")
    if tok.startswith(data["given_name_prefix"]) and len(tok) >= len(data["given_name_prefix"]) + 2:
        return True
    at = tok.find("ال", 3)  # a name, "ال" and a word (حبیب‌الرحمن, نورالدین written glued)
    if at != -1 and tok[:at] in given and len(tok) - at >= 5:
        return True
    if any(tok.startswith(h) and tok[len(h):] in given for h in _phrase_set("person", "name_honorifics")):
        return True  # سید or میر glued to the name (سیدابراهیم, میرحسین)
    return any(tok.endswith(s) and (tok[:-len(s)] in given or tok[:-len(s)] + "الله" in given)
               for s in data["given_name_suffixes"] if len(tok) > len(s) + 1)


@cache
def _lexicon() -> dict[str, int]:
    """hazm's lexicon: word -> corpus frequency."""
    return disk_cached("lexicon", _build_lexicon, ("hazm",))


@cache
def _common_frequency() -> int:
    """How frequent in hazm's lexicon a word is that is a common word (``given_names.yaml``)."""
    return load_yaml("given_names.yaml")["common_word_frequency"]


def _build_lexicon() -> dict[str, int]:
    from hazm import utils

    return {w: freq for w, freq, _ in utils.words_list()}


@lru_cache(maxsize=65536)
def _common_word(tok: str, derived: bool = True) -> bool:
    """A frequent Persian word, or two words glued by a missing half-space (بهویژه,
    شهرسازیومعماری), and not a given name. ``derived`` also counts a frequent word with an
    ending (هفته‌ی, ایرانی); after a given name such a word is a surname (نوروزی)."""
    if is_given_name(tok) or is_surname_of_given_name(tok):
        return False
    lex = _lexicon()
    limit = _common_frequency()
    if lex.get(tok, 0) >= limit:
        return True
    if tok.startswith(_GLUED_PREFIXES) and lex.get(tok[2:], 0) >= limit:
        return True
    for suffix in _WORD_SUFFIXES if derived else ():  # هفته‌ی, ایرانی: a common word with an ending
        stem = tok.removesuffix(suffix)
        if stem != tok and len(stem) >= 3 and stem not in given_names() and lex.get(stem, 0) >= limit:
            return True
    # همسرش: "his wife", اتهامات: "charges" (a longer stem: دانش is no دان + ش, هرات no هر + ات)
    for suffix in _POSSESSIVES + _ARABIC_PLURALS if derived else ():
        stem = tok.removesuffix(suffix)
        if stem != tok and len(stem) >= 4 and stem not in given_names() and lex.get(stem, 0) >= limit:
            return True
    if tok not in lex and any(tok.endswith(end) and len(tok) >= len(end) + 2 for end in _phrase_set("person", "foreign_endings")) \
            and not any(lex.get(tok.removesuffix(suffix), 0) >= limit for suffix in _WORD_SUFFIXES):
        return False  # a foreign surname (مینوسکی), not two words glued (مین + و + سکی) nor a common word's (قوانینی)
    for k in range(3, len(tok) - 2):
        a, b = tok[:k], tok[k:]
        if b in _phrase_set("person", "surname_endings"):
            continue
        if b.startswith("و") and a in lex and b[1:] in lex and len(b) > 3 and max(lex[a], lex[b[1:]]) >= limit \
                and (min(lex[a], lex[b[1:]]) >= MIN_WORD_FREQUENCY or looks_like_word(tok)):
            # (not two rare words: کاز + و + توشی; nor a name that a rare word ends: کار + و + تان)
            return True
        if lex.get(a, 0) >= limit and lex.get(b, 0) >= limit and not (is_given_name(a) or is_surname_of_given_name(b)):
            return True  # (a name and a word glued are a compound surname: حامدمقدم, ناظم‌رضوی)
    return False


@lru_cache(maxsize=4096)
def is_surname_of_given_name(tok: str) -> bool:
    """A surname made of a given name: with ی (حیدری, ایوبی; after a long vowel وی: موسوی from
    موسی, رضوی from رضا) or a surname's ending (رضازاده, حسن پور). Frequent in hazm's news
    corpus as they are, they are no common words."""
    given = given_names()
    if tok.endswith("وی") and len(tok) > 3 and (tok[:-2] + "ی" in given or tok[:-2] + "ا" in given):
        return True
    if tok.endswith("ی") and len(tok) > 3 and tok[:-1] in given:
        return True
    return any(tok.endswith(end) and tok[:-len(end)] in given
               for end in _phrase_set("person", "detached_surname_endings") if len(tok) > len(end) + 2)


_GLUED_PREFIXES = ("به", "می", "بی")
_WORD_SUFFIXES = ("های", "ها", "ای", "ی")
_POSSESSIVES = ("شان", "ش")
_ARABIC_PLURALS = ("ات",)  # an Arabic plural of a common word (اتهامات, انتقادات), frequent or not in the lexicon


def _absorb_place(doc: Doc, start: int, end: int, given: bool = False, titled: bool = False) -> bool:
    """A one-word place right after a given name is a surname (حسن احمدی, not Ahmadi in
    Kuwait), and one that is a given name before a surname is that name (``given``:
    ولادیمیر لیتوین, not Vladimir in Russia): drop the place mention and let the name take the word.
    Surnames made of places end in ی (احمدی, نجفی), unless a title stands beside the name (``titled``:
    "مارتین هورن شهردار این شهر", not Hoorn; "شهردار وان، عبدالله کایا، …", not Kaya)."""
    span = _span_at(doc, start)
    if span is None or span.label != "City" or span.nstart != start or span.nend != end or _has_city_cue(doc, start, end) \
            or not (given or titled or span.norm.endswith("ی")):
        return False
    _remove(doc, span)
    return True


def _opening_place(doc: Doc, toks: list[tuple[int, int, str]], k: int) -> bool:
    """A city the gazetteer found where a name opens (after an honorific, after ``به سرپرستی``)
    is the name's first words when the name goes on after it (``لیو جیان``: Léo; ``آقای لی چی
    مینگ``: Lecce): drop the place mention and let the name take its words."""
    span = _span_at(doc, toks[k][0])
    if span is None or span.label != "City" or span.nstart != toks[k][0] or _has_city_cue(doc, span.nstart, span.nend):
        return False
    after = _last_token_in(toks, span.nend, k) + 1
    if after >= len(toks) or not _name_part(toks, after) or _occupied(doc, toks[after][0], toks[after][1]):
        return False
    _remove(doc, span)
    return True


def _trim_name(words: list[str]) -> int:
    """Index where a name starts in a run of name-like words (len(words) when none):
    at the leftmost given name or uncommon word, so that ``هفته گذشته کنسانتین الکسیف``
    keeps only the name and ``تمایل دبیرکل`` yields none; a common word before an ending of
    its own (``نظام الدین`` from ``نظام‌الدین``) is part of the name."""
    detached = _phrase_set("person", "detached_surname_endings")
    links = _phrase_set("person", "name_links")
    for k, w in enumerate(words):
        if not _common_word(w) or k + 1 < len(words) and (words[k + 1] in detached or words[k + 1] in links
                                                           or f"{w} {words[k + 1]}" in _two_word_given_names()):
            # (a given name of two words: حجت الله; a name and its father's: سالم بن محمد)
            if k == 1 and _name_opener(words[0], w):
                return 0
            return k
    return len(words)


def _given_before_surname(toks: list[tuple[int, int, str]], first: int, kept: list[int]) -> bool:
    """Is the common word right before the surname ``kept`` (which a title follows) a given name
    (``نیازی قلی‌اف، شهردار گنجه``, ``عمران قلی‌زاده، شهردار خوی``)? When it opens the run walked
    over from the title (``first``, after the sentence's start, a punctuation mark or a word that
    opens a name's slot: ``با نیازی قلی‌اف، …``), is no function word (``امروز``, ``همچنین``) and the
    rest is a surname alone, by its shape: a transliterated one's ending (``-اف``, ``-وف``) or a
    surname's ending as a word of its own (``قلی زاده``). An adjective of a noun before it
    (``همکاری‌های فرهنگی حسن‌اف``) does not open a run."""
    word = toks[kept[0] - 1][2]
    if kept[0] - 1 != first or word in stopwords() or is_function_word(word) or word in role_words():
        return False
    if first > 0 and _WORD.match(toks[first - 1][2]) and toks[first - 1][2] not in _phrase_set("person", "name_slot_openers"):
        return False
    start, end, last = toks[kept[-1]]
    detached = _phrase_set("person", "detached_surname_endings")
    if len(kept) == 1:
        # (name_words reads a surname's ending written apart as one word with the word before:
        # "صادق‌زاده" is the token "صادقزاده", longer in the text than its letters)
        return any(last.endswith(e) and len(last) > len(e) + 1 for e in _phrase_set("person", "foreign_endings")) \
            or end - start > len(last) and any(last.endswith(e) for e in detached)
    return len(kept) == 2 and last in detached


def _name_opener(first: str, name: str) -> bool:
    """Is the common word ``first``, the first of a run walked over from a title, the first
    part of the name ``name`` after it: a one-syllable East Asian surname before a word hazm
    does not know (``نی چیانگ``)? (Not a common word with ی before a surname: as often an
    adjective, ``همکاری‌های فرهنگی X رئیس``, as a surname of two words.)"""
    return first in _phrase_set("person", "short_surnames") and name not in _lexicon()


@cache
def _cut_honorifics() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The honorifics a name does not keep, as word sequences, by their first word."""
    phrases = [tuple(h.split()) for h in _phrase_set("person", "honorifics") - _phrase_set("person", "name_honorifics")]
    return {w: tuple(h for h in phrases if h[0] == w) for w in {h[0] for h in phrases}}


def _after_honorifics(words: list[str]) -> int:
    """Index where a name starts after the honorifics that open a run of name-like words
    (``حجت‌الاسلام والمسلمین عبدالحسین خسروپناه دبیر``); those kept in names (سید) stay."""
    start = 0
    while start < len(words) and words[start] in _cut_honorifics():
        n = max((len(h) for h in _cut_honorifics()[words[start]] if tuple(words[start:start + len(h)]) == h), default=0)
        if not n:
            break
        start += n
    return start


def name_words(doc: Doc) -> list[tuple[int, int, str]]:
    """The tokens as the name walks read them: two words written as one, joined by a
    half-space (:attr:`Doc.half_spaces`), are one token, ``(start, end, the two glued)``
    (``نیک‌پی`` is read as ``نیکپی``, as if written so), when the pair can be a name's word
    (:func:`_half_spaced_name_word`), or a surname though hazm lists it as a common word
    (:func:`_surname_after_name`: ``علی جهان‌بخش``); a surname's ending apart from the word
    before it, after a space too, is one word with it (:func:`_surname_ending_apart`: ``ولی
    زاده``). Every other token is as made. Made once per article (:attr:`Doc.views`)."""
    if (view := doc.views.get("names")) is None:
        view = doc.views["names"] = _joined(
            doc, lambda toks, k, first, half_spaced: _surname_ending_apart(toks, k, first, half_spaced) or half_spaced and (
                _half_spaced_name_word(first, toks[k][2]) or _surname_after_name(toks, k, first)))
    return view


def _surname_ending_apart(toks: list[tuple[int, int, str]], k: int, first: str, half_spaced: bool) -> bool:
    """Is token ``k`` a surname's ending standing alone after the word ``first``, a space or a
    half-space before it (``ولی زاده``, ``حسن پور``, ``کاظمی فر``: ``person.apart_surname_endings``)?
    Then the two are one surname. The word before is a word, neither a stopword nor one that is
    never a name's (``امروز زاده``: ``person.not_name``, ``person.after_name``) unless a given name
    may follow a given name as it (``ولی``), and the ending no verb's (``… زاده شد``: born).
    After a space, a given name that is the whole first name (no given name before it) keeps
    apart: ``مهدی نژاد`` is a given name and a surname, ``بهار ولی زاده`` one of two words."""
    if toks[k][2] not in _phrase_set("person", "apart_surname_endings") or first != toks[k - 1][2] \
            or not _WORD.match(first) or _DIGITS.search(first) or len(first) < 2:
        return False
    if first not in _after_given_names() and (first in stopwords() or first in _phrase_set("person", "not_name")
                                              or first in _phrase_set("person", "after_name")):
        return False
    if not half_spaced and is_given_name(first) and not (k >= 2 and is_given_name(toks[k - 2][2])):
        return False
    return not (k + 1 < len(toks) and toks[k + 1][2] in _phrase_set("event", "light_verbs"))


def _surname_after_name(toks: list[tuple[int, int, str]], k: int, first: str) -> bool:
    """Are ``first`` and token ``k``, joined by a half-space, a surname though hazm lists the two
    as a common word (``جهان‌بخش``, ``خوش‌نیت``)? So they are after a given name, an honorific or
    a title (``علی جهان‌بخش``, ``آقای جهان‌بخش``, ``شهردار جهان‌بخش گفت``), when what follows
    ends a name (a verb of saying, ``در``, a comma: ``person.after_name``; a title); a title's field
    goes on (``معاون برنامه‌ریزی و توسعه``). Never a compound of a stopword, an inflection or a
    prefix (:func:`_half_spaced_name_shape`)."""
    if k < 2 or first != toks[k - 1][2] or not _half_spaced_name_shape(first, toks[k][2]):
        return False
    before = toks[k - 2][2]
    if not (is_given_name(before) or before in _phrase_set("person", "honorifics")
            or before in _phrase_set("person", "titles")):
        return False
    return k + 1 == len(toks) or toks[k + 1][2] in _phrase_set("person", "after_name") \
        or toks[k + 1][2] in person_titles() or not _WORD.match(toks[k + 1][2])


def compound_words(doc: Doc) -> list[tuple[int, int, str]]:
    """The tokens as the walks over the names of bodies and events read them: every two words
    a half-space joins are one, glued, a common compound too (``هم‌اندیشی``, ``بین‌المجالس``,
    ``کم‌کربن``) and an inflection after it (``همکاری‌های``, ``فرامنطقه‌ای``); not a verb's
    prefix nor an ending that is no part of the word (``می‌شود``, ``شده‌است``: see
    :func:`_half_spaced_compound`). A compound Persian also writes with a space is one word so
    written (:func:`_spaced_compound`: ``هم اندیشی``, ``فرا منطقه ای``). A name so reads the same
    written with a half-space, glued or apart. :func:`name_words` keeps a common compound two
    words: a person's name is never one. Made once per article (:attr:`Doc.views`)."""
    if (view := doc.views.get("compounds")) is None:
        view = doc.views["compounds"] = _joined(
            doc, lambda toks, k, first, half_spaced: _half_spaced_compound(first, toks[k][2]) if half_spaced
            else _spaced_compound(toks, k, first))
    return view


def _joined(doc: Doc, joins: Callable[[list[tuple[int, int, str]], int, str, bool], bool]) -> list[tuple[int, int, str]]:
    """The tokens, each glued to the word one space or half-space before it where ``joins(tokens,
    k, the word before as read so far, whether a half-space parts them)`` says."""
    toks = doc.token_texts
    half_spaced = {k for k in (doc.token_index(pos + 1) for pos in doc.half_spaces)
                   if 0 < k < len(toks) and toks[k - 1][1] + 1 == toks[k][0]}
    out: list[tuple[int, int, str]] = []
    for k, tok in enumerate(toks):
        if out and out[-1][1] == toks[k - 1][1] and toks[k - 1][1] + 1 == tok[0] and doc.norm[tok[0] - 1] == " " \
                and joins(toks, k, out[-1][2], k in half_spaced):
            out[-1] = (out[-1][0], tok[1], out[-1][2] + tok[2])
        else:
            out.append(tok)
    return out


@lru_cache(maxsize=16384)
def _half_spaced_compound(first: str, second: str) -> bool:
    """Are ``first`` and ``second``, joined by a half-space, one word of a body's or an event's
    name: two words, no digits, the first no verb's prefix (``می‌شود``: ``cues.yaml``
    half_space_prefixes) and the second a word or an inflection that stays in it (``های``,
    ``ای``: half_space_word_endings), not another ending (``است``, ``که``: half_space_endings)?"""
    if first in _phrase_set("person", "half_space_prefixes") or not all(
            _WORD.match(w) and not _DIGITS.search(w) for w in (first, second)):
        return False
    return second in _phrase_set("person", "half_space_word_endings") \
        or second not in _phrase_set("person", "half_space_endings")


def _spaced_compound(toks: list[tuple[int, int, str]], k: int, first: str) -> bool:
    """Is token ``k``, one space after the word ``first``, the rest of a compound Persian writes
    apart too (``cues.yaml``)? After one of the compounds' first words that is a word of its own,
    when hazm's lexicon lists the pair with a half-space (``هم اندیشی``, ``بین المجالس``:
    spaced_compound_firsts), after a prefix that never stands alone (``فرا منطقه``:
    bound_prefixes), before an ending that never does (``بسته بندی``: bound_endings), and ``ای``
    after a silent ه (``منطقه ای``). A word glued so far (``فرامنطقه``) takes no more but an ``ای``."""
    second = toks[k][2]
    if second == _EZAFE:
        return first.endswith("ه") and len(first) > 2
    if first != toks[k - 1][2]:
        return False
    if second in _phrase_set("person", "bound_endings"):
        return _WORD.match(first) is not None and not _DIGITS.search(first) and first not in stopwords()
    bound = first in _phrase_set("person", "bound_prefixes")
    if not (bound or first in _phrase_set("person", "spaced_compound_firsts")) \
            or not _WORD.match(second) or _DIGITS.search(second) or second in stopwords():
        return False
    return bound or any(_lexicon().get(f"{first}{HALF_SPACE}{stem}", 0) for stem in
                        [second] + [second.removesuffix(s) for s in _WORD_SUFFIXES
                                    if second.endswith(s) and len(second) > len(s) + 1])


@lru_cache(maxsize=16384)
def _half_spaced_name_word(first: str, second: str) -> bool:
    """Can ``first`` and ``second``, joined by a half-space, be one word of a name (``نیک‌پی``,
    ``سیف‌اللهی``)? Not when the pair is a common word in hazm's lexicon (which lists such words
    with their half-space: ``تفاهم‌نامه``, ``گفت‌وگو``; or glued: ``مدیرکل``), one with an
    ending (``بین‌المللی``), when the second is an inflection or the first a prefix
    (``cues.yaml``: half_space_endings, half_space_prefixes: ``همکاری‌های``, ``می‌شود``), the
    first is a stopword, either no word (a digit), or the second a surname's ending, which the walks
    take as a word of its own (``قاسم‌زاده``)."""
    if not _half_spaced_name_shape(first, second):
        return False
    lex, limit = _lexicon(), _common_frequency()
    for word in (f"{first}{HALF_SPACE}{second}", first + second):
        stems = [word] + [word.removesuffix(s) for s in _WORD_SUFFIXES if word.endswith(s)]
        if any(lex.get(stem, 0) >= limit for stem in stems):
            return False
    return True


@lru_cache(maxsize=16384)
def _half_spaced_name_shape(first: str, second: str) -> bool:
    """Can a half-space join ``first`` and ``second`` in a name's word, whatever hazm's lexicon
    says: both words with no digit, the first no stopword nor prefix, the second no inflection
    nor a surname's ending (see :func:`_half_spaced_name_word`)."""
    if second in _phrase_set("person", "half_space_endings") or first in _phrase_set("person", "half_space_prefixes") \
            or second in _phrase_set("person", "detached_surname_endings"):
        return False
    # (هیچ‌کدام, همین‌طور; a stopword after a word may end a name: نیک‌پی, نیک‌رو)
    return all(_WORD.match(w) and not _DIGITS.search(w) for w in (first, second)) and first not in stopwords()


@cache
def person_titles() -> frozenset[str]:
    """The titles a name stands before: ``person.titles`` and the role lexicon."""
    return _phrase_set("person", "titles") | frozenset(gazetteer().roles)


def find_persons(doc: Doc) -> Doc:
    """Persons from the titles after them and the honorifics before them."""
    toks = name_words(doc)
    titles = person_titles()
    title_starts = _phrase_starts(titles)
    honorifics = _phrase_set("person", "honorifics")
    name_honorifics = _phrase_set("person", "name_honorifics")
    after_to = _phrase_set("person", "name_after_to")
    limit = cues()["person"]["max_tokens"]
    found: list[tuple[int, int]] = []
    for i, (_, _, t) in enumerate(toks):
        if t in titles or (t in title_starts and i + 1 < len(toks) and f"{t} {toks[i + 1][2]}" in titles):
            # walk left over name tokens, across one optional comma or an opening bracket ("X (شهردار C)")
            j = i - 1
            if j >= 0 and toks[j][2] in ("،", ",", "("):
                j -= 1
            names = []
            while j >= 0 and len(names) < limit and _name_part(toks, j) and (
                    not _occupied(doc, toks[j][0], toks[j][1])
                    or names and is_given_name(toks[j][2]) and _absorb_place(doc, toks[j][0], toks[j][1], given=True)
                    or names and _inside_foreign_name(doc, toks, j) and _absorb_place(doc, toks[j][0], toks[j][1], titled=True)):
                names.append(j)
                j -= 1
            names.reverse()
            walked = names[0] if names else i
            trimmed = _trim_name([toks[k][2] for k in names])
            if 0 < trimmed < len(names) and _given_before_surname(toks, names[0], names[trimmed:]):
                trimmed -= 1
            names = names[trimmed:]
            names = names[_after_honorifics([toks[k][2] for k in names]):]
            if names and names[0] > 0 and toks[names[0] - 1][2] in name_honorifics:
                names.insert(0, names[0] - 1)
            if names and (_after_source(toks, names[0]) or _ends_source_name(toks, names[0])):
                names = []  # "به گزارش ترت، شهردار …", "… صدا و سیما X، شهردار": the source, not the one titled
            elif names and not _titled_name(doc, toks, names, walked):
                names = []
            if names:
                found.append((toks[names[0]][0], toks[names[-1]][1]))
            elif (appositive := _appositive_after_title(toks, i, doc)) is not None:
                found.append(appositive)
        led = t in after_to and i and toks[i - 1][2] == "به"
        if t in honorifics or led:
            k = i + 1
            names = []
            while k < len(toks) and len(names) < limit - 1 and _name_part(toks, k) and (
                    not _occupied(doc, toks[k][0], toks[k][1]) or not names and _opening_place(doc, toks, k)) \
                    and not (_has_surname(toks, names) and _ends_name(toks[k][2])):
                names.append(k)
                k += 1
            names = names[_after_honorifics([toks[k][2] for k in names]):]
            if names:
                first = i if t in name_honorifics else names[0]
                found.append((toks[first][0], toks[names[-1]][1]))
    # a given name and the surname after it (محمد پژمان, مهدی نوبانی افزود)
    two_word_given = _two_word_given_names()
    given_starts = _phrase_starts(two_word_given)
    for i, (s, e, t) in enumerate(toks):
        two_words = t in given_starts and i + 1 < len(toks) and f"{t} {toks[i + 1][2]}" in two_word_given  # حجت الله
        if not (two_words or is_given_name(t)) or _occupied(doc, s, e) or (i and is_given_name(toks[i - 1][2])) \
                or _ends_source_name(toks, i):
            continue
        k = i + 2 if two_words else i + 1
        while k < len(toks) and _name_length(toks, i, k) < limit and _name_part(toks, k) \
                and not (_has_surname(toks, list(range(i, k))) and _verbs_noun(toks, k)) \
                and (is_given_name(toks[k][2]) or toks[k][2] in _phrase_set("person", "surname_endings")
                     or not _common_word(toks[k][2], derived=False) or _after_given_name(toks, k)
                     or k + 1 < len(toks) and (toks[k + 1][2] in _phrase_set("person", "detached_surname_endings")
                                               or _first_of_two_surnames(toks, k))):
            # (a common word before an ending of its own is a surname: علم‌الهدی, نظام‌الدین)
            # (a title right after, in brackets or after a comma: "عبدالله کایا، شهردار وان")
            titled = k + 1 < len(toks) and (toks[k + 1][2] in person_titles()
                                            or toks[k + 1][2] in ("(", "،", ",") and _title_at(toks, k + 2))
            if _occupied(doc, toks[k][0], toks[k][1]) and not _absorb_place(doc, toks[k][0], toks[k][1], titled=titled):
                break
            k += 1
        if _name_length(toks, i, k) < limit and _subject_with_common_surname(doc, toks, i, k):
            k += 1
        elif k == i + 1 and _subject_with_common_surname(doc, toks, i, k + 1, two=True):
            k += 2
        if k - i >= 2:
            first = i - 1 if i and toks[i - 1][2] in name_honorifics else i
            found.append((toks[first][0], toks[k - 1][1]))
    # a sentence that opens with two or more words neither hazm nor the gazetteer knows, then a
    # verb of saying (a foreign name: "کازوتوشی آیکاوا در این دیدار گفت"), also after the news's
    # source ("به گزارش ایرنا، نگوین لونگ ترونگ در این دیدار …")
    for start, _ in doc.sentences:
        source = source_lead().match(doc.norm, start)
        found.extend(_uncommon_subject(doc, toks, token_index(toks, source.end() if source else start), limit))
    found.extend(_quoted_names(doc, toks, limit))
    found.extend(_names_after_said(doc, toks, limit))
    found.extend(_foreign_names(doc, toks, limit))
    for s, e in sorted(found, key=lambda x: x[0] - x[1]):
        add_span(doc, *_one_script(doc, s, e), "Person")
    _coordinated_names(doc, toks, limit)
    _surnames_of_two_words(doc)
    _repeat_person_names(doc)
    return doc


_LATIN = re.compile(r"[A-Za-z]")


def _one_script(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A name's words in Persian script when its Latin spelling stands beside them (``سینایان
    Zareh Sinanyan شهردار …``): the Latin is a gloss of the same name, not more of it."""
    words = [(s, e) for s, e, _ in doc.token_texts[doc.token_index(start):doc.token_index(end)]]
    latin = [bool(_LATIN.search(doc.norm[s:e])) for s, e in words]
    if all(latin) or not any(latin):
        return start, end
    first = latin.index(False)
    last = latin.index(True, first) - 1 if True in latin[first:] else len(words) - 1
    return words[first][0], words[last][1]


_QUOTED_NAME = re.compile(r"([«\"'“])\s*([^«»\"'“”\n]{2,40}?)\s*([»\"'”])")


def _quoted_names(doc: Doc, toks: list[tuple[int, int, str]], limit: int) -> list[tuple[int, int]]:
    """A name in quotes (``«ژان دوپون» سفیر …``, ``دیدار با "لی مینگ"``): words that can be
    a name, followed by a title, or of two words or more after ``با`` or a title, before ``و
    هیئت همراه``, or opening with a given name. (A quoted phrase of common words is a title
    of a work or a slogan, one with a place a newspaper's: none of those.)"""
    out = []
    for m in _QUOTED_NAME.finditer(doc.norm):
        first, last = token_index(toks, m.start(2)), token_index(toks, m.end(2)) - 1
        if not 0 <= last - first < limit or any(not _name_part(toks, k) for k in range(first, last + 1)):
            continue
        if is_given_name(toks[first][2]):  # a place's name as a surname: «ژان لیون», not Lyon
            for k in range(first + 1, last + 1):
                _absorb_place(doc, toks[k][0], toks[k][1], given=True)
        if any(_occupied(doc, toks[k][0], toks[k][1]) for k in range(first, last + 1)) \
                or all(_common_word(toks[k][2]) for k in range(first, last + 1)):
            continue
        after = token_index(toks, m.end(3))
        before = token_index(toks, m.start(1)) - 1
        if _after_source(toks, before + 1) or _after_source(toks, before):
            continue  # روزنامه (محلی) «…»: a newspaper's name
        titled = _title_at(toks, after) or after < len(toks) - 1 and toks[after][2] in ("،", ",") and _title_at(toks, after + 1)
        placed = before >= 0 and (toks[before][2] == "با" or _title_at(toks, before)) \
            or _delegation_follows().match(doc.norm, m.end(3)) is not None or is_given_name(toks[first][2])
        spoken = _foreign_name(toks, first, last + 1) and _subject_goes_on().match(doc.norm, m.end(3)) is not None
        if titled or last > first and placed or spoken:
            out.append((toks[first][0], toks[last][1]))
    return out


def _names_after_said(doc: Doc, toks: list[tuple[int, int, str]], limit: int) -> list[tuple[int, int]]:
    """The name of the one quoted after ``به گفته`` (:func:`said_phrase`): words that are no
    common ones (a given name may be), none a mention already; one word alone only when hazm
    does not know it or it has a surname's shape (``به گفته کاظمی``)."""
    out = []
    for m in said_phrase().finditer(doc.norm):
        first = token_index(toks, m.end())
        if not 0 < first < len(toks) or toks[first - 1][1] != m.end():
            continue  # (the phrase ends inside a word read as one: no name after it)
        k = first
        while k < len(toks) and k - first < limit and _name_part(toks, k) and not _occupied(doc, toks[k][0], toks[k][1]) \
                and (is_given_name(toks[k][2]) or not _common_word(toks[k][2])):
            k += 1
        one = toks[first][2] if k == first + 1 else None
        if k > first and (one is None or one not in _lexicon() or _surname_shaped(one)) \
                and not (one is not None and is_given_name(one)):
            out.append((toks[first][0], toks[k - 1][1]))
    return out


def _coordinated_names(doc: Doc, toks: list[tuple[int, int, str]], limit: int) -> None:
    """A name joined by "و" to a person found (``علی رضایی و ژان دوپون``, ``ژان دوپون و علی
    رضایی``): two to ``limit`` words that can be a name and are no common words (a given
    name or a surname's ending may be), none of them a mention already; joined by a comma, a
    foreign name (:func:`_foreign_name`: ``…، کالیروف بستانو، تورانو میلسکی و …``). A name
    found so may join the next one."""
    def nameish(k: int) -> bool:
        t = toks[k][2]
        return _name_part(toks, k) and not _occupied(doc, toks[k][0], toks[k][1]) and (
            is_given_name(t) or t in _phrase_set("person", "detached_surname_endings") or not _common_word(t, derived=False))

    def joined(a: int, b: int, k: int) -> bool:
        """Can words ``[a, b)`` joined at token ``k`` to a person be a name of their own?"""
        return b - a >= 2 and (toks[k][2] == "و" or _foreign_name(toks, a, b))

    todo = [sp for sp in doc.spans if sp.label == "Person" and not sp.coref]
    while todo:
        span = todo.pop()
        k = token_index(toks, span.nend)
        if k + 1 < len(toks) and toks[k][2] in _LIST_SEPARATORS:
            j = k + 1
            while j < len(toks) and j - k <= limit and nameish(j):
                j += 1
            if (j >= len(toks) or not _name_part(toks, j)) and joined(k + 1, j, k):
                add_span(doc, toks[k + 1][0], toks[j - 1][1], "Person")
                todo.append(_span_at(doc, toks[k + 1][0]))
        k = token_index(toks, span.nstart) - 1
        if k > 0 and toks[k][2] in _LIST_SEPARATORS:
            j = k - 1
            while j >= 0 and k - j <= limit and nameish(j):
                j -= 1
            if (j < 0 or not _name_part(toks, j)) and joined(j + 1, k, k):
                add_span(doc, toks[j + 1][0], toks[k - 1][1], "Person")
                todo.append(_span_at(doc, toks[j + 1][0]))


def _titled_name(doc: Doc, toks: list[tuple[int, int, str]], names: list[int], walked: int) -> bool:
    """Whether the words ``names`` before a title can be its holder's name: not a noun after a
    demonstrative (``این فستیوال شهردار X``) nor a place after its cue (``شهر X، شهردار …``) or in
    a list of places (``تبریز و X عضو …``), not the field of a post before the words walked over
    from ``walked`` (``معاون امور فرهنگی شهردار X``), not one plural word (``با رهنمودهای شهردار
    X``) nor one glued to "و", nor the second half of a word written with a half-space
    (``هم‌اندیشی شهردار X``: a name's word joined so is one token, :func:`name_words`)."""
    k = names[0]
    if doc.half_space_at(toks[k][0] - 1):
        return False
    if len(names) == 1 and _after_places(doc, toks, k):
        return False
    before = toks[k - 1][2] if k else ""
    if walked and surface_key(toks[walked - 1][2]) in gazetteer().roles:
        return False
    if before in _phrase_set("person", "not_after") or surface_key(before) in gazetteer().roles:
        return False
    if before in _phrase_set("place", "city_cues") and (before not in person_titles()
                                                         or len(names) == 1 and not is_given_name(toks[k][2])):
        return False  # a place's name after its cue ("شهر X، شهردار X …", "شهردار X رئیس …"), not the title's holder
    word = toks[k][2].replace("\u200c", "")
    # (nor one word glued to "و": "امور اجتماعی وفرهنگی شهردار X")
    return not (len(names) == 1 and (word.endswith(("های", "هایی"))
                                     or word.startswith("و") and _common_word(word[1:])))


def _after_places(doc: Doc, toks: list[tuple[int, int, str]], k: int) -> bool:
    """Does token ``k`` follow a list of places: a city or country mention that opens one (not the
    place a title or a body is of), or a plural city cue (``شهرهایی مانند``), with only one-word
    members and separators between?"""
    j = k - 1
    if j < 1 or toks[j][2] not in _LIST_SEPARATORS:
        return False
    plural = _phrase_set("place", "plural_city_cues")
    while j >= 0 and k - j <= 8:
        span = _span_at(doc, toks[j][0])
        if span is not None:  # (a member itself, not the place a phrase is of: "X شهردار C، Y عضو …")
            return span.label in ("City", "Country") and _opens_place_list(doc, toks, token_index(toks, span.nstart))
        if toks[j][2] in plural:
            return True
        if toks[j][2] not in _LIST_SEPARATORS and not _phrase_ends(toks, j, _phrase_set("place", "list_openers")) \
                and not _place_word(doc, toks[j]):
            return False
        j -= 1
    return False


def _phrase_at(toks: list[tuple[int, int, str]], j: int, phrases: frozenset[str]) -> int:
    """How many tokens one of ``phrases`` (one word or two: ``مانند``, ``از جمله``, ``نایب رئیس``)
    starting at token ``j`` takes, 0 if none does."""
    if j >= len(toks):
        return 0
    if toks[j][2] in phrases:
        return 1
    return 2 if j + 1 < len(toks) and toks[j][2] in _phrase_starts(phrases) \
        and f"{toks[j][2]} {toks[j + 1][2]}" in phrases else 0


def _phrase_ends(toks: list[tuple[int, int, str]], j: int, phrases: frozenset[str]) -> bool:
    """Does one of ``phrases`` (one word or two) end at token ``j``?"""
    return _phrase_at(toks, j, phrases) == 1 or j > 0 and _phrase_at(toks, j - 1, phrases) == 2


def _phrase_starts_in(toks: list[tuple[int, int, str]], phrases: frozenset[str]) -> set[int]:
    """The tokens at which one of ``phrases`` starts (:func:`_phrase_at` of each, in one pass)."""
    starts = _phrase_starts(phrases)
    return {j for j, (_, _, word) in enumerate(toks)
            if word in phrases or word in starts and j + 1 < len(toks) and f"{word} {toks[j + 1][2]}" in phrases}


def _phrase_ends_in(toks: list[tuple[int, int, str]], phrases: frozenset[str]) -> set[int]:
    """The tokens at which one of ``phrases`` ends (:func:`_phrase_ends` of each, in one pass)."""
    starts = _phrase_starts(phrases)
    out = set()
    for j, (_, _, word) in enumerate(toks):
        if word in phrases:
            out.add(j)
        elif word in starts and j + 1 < len(toks) and f"{word} {toks[j + 1][2]}" in phrases:
            out.add(j + 1)
    return out


def _opens_place_list(doc: Doc, toks: list[tuple[int, int, str]], k: int) -> bool:
    """Can the place at token ``k`` open a list of places: it opens its sentence, or a separator,
    a list's opener or cue, or a preposition stands before it (not a title or a body it is of:
    ``شهردار C و …``, ``شهرداری C، …``)?"""
    before = k - 1
    if before < 0 or doc.sentence_of(toks[before][0]) != doc.sentence_of(toks[k][0]):
        return True
    word = toks[before][2]
    return word in _LIST_SEPARATORS or _phrase_ends(toks, before, _phrase_set("place", "list_openers")) \
        or word in _phrase_set("place", "plural_city_cues") or word in _phrase_set("place", "before_list")


def _after_source(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Does token ``k`` follow what names the news's source (``به گزارش``, ``به نقل از``)?"""
    words = _phrase_set("person", "source_words")
    return k > 0 and (toks[k - 1][2] in words or k > 1 and f"{toks[k - 2][2]} {toks[k - 1][2]}" in words)


def _ends_source_name(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Does a news source's name that ends in a given name end at token ``k`` (``صدا و سیما``)?"""
    # (asked at every given name: only the sources whose last word the token is are joined)
    return any(k + 1 >= n and " ".join(t[2] for t in toks[k + 1 - n:k + 1]) == source
               for source, n in _sources_ending_in_given_name().get(toks[k][2], ()))


@cache
def _sources_ending_in_given_name() -> dict[str, tuple[tuple[str, int], ...]]:
    """The sources of ``cues.yaml`` (``sources_ending_in_given_name``) and their lengths in
    words, by their last word."""
    by_last: dict[str, list[tuple[str, int]]] = {}
    for source in sorted(_phrase_set("person", "sources_ending_in_given_name")):
        words = source.split(" ")
        by_last.setdefault(words[-1], []).append((source, len(words)))
    return {last: tuple(sources) for last, sources in by_last.items()}


def _surnames_of_two_words(doc: Doc) -> None:
    """A name followed by a common word that, after the name's last word, opens a speaker's
    sentence elsewhere in the article (``محمدرضا قلندر شریف`` before ``قلندر شریف در این دیدار
    گفت``): the word is the end of the surname."""
    toks = doc.token_texts
    for span in [s for s in doc.spans if s.label == "Person" and len(s.norm.split()) >= 2]:
        k = doc.token_index(span.nend)
        if k >= len(toks) or toks[k][0] != span.nend + 1 or not _is_person_token(toks[k][2]) \
                or _occupied(doc, toks[k][0], toks[k][1]):
            continue
        surname = f"{span.norm.split()[-1]} {toks[k][2]}"
        for start, end in _occurrences(doc, surname):
            if _opens_sentence(doc, start) and _subject_follows().match(doc.norm, end):
                _remove(doc, span)
                add_span(doc, span.nstart, toks[k][1], "Person")
                break


def _first_of_two_surnames(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Is the common word at token k the first of a surname of two words, the second made of a
    given name (``درویش امیری``, ``صالح حسینی``)? Not a verb (``گفت``) nor a derived word."""
    tok = toks[k][2]
    return k + 1 < len(toks) and is_surname_of_given_name(toks[k + 1][2]) and _is_person_token(tok) \
        and not _verb_form(tok) and not is_given_name(toks[k + 1][2])


def _uncommon_run(doc: Doc, toks: list[tuple[int, int, str]], i: int, limit: int) -> int:
    """Where the run of up to ``limit`` words at token ``i`` that can be a name and that neither
    hazm's lexicon (as a common word) nor the gazetteer knows ends."""
    k = i
    while k < len(toks) and k - i < limit and _name_part(toks, k) \
            and (toks[k][2] not in _lexicon() or not _common_word(toks[k][2])) \
            and not _occupied(doc, toks[k][0], toks[k][1]) and surface_key(toks[k][2]) not in gazetteer().entries \
            and (k == i or "\n" not in doc.norm[toks[k - 1][1]:toks[k][0]]):
        # (a word the lexicon lacks, though it splits into two it has: لوس + ادا in لوسادا; no name
        # runs over a line's end, a headline's)
        k += 1
    return k


def _uncommon_subject(doc: Doc, toks: list[tuple[int, int, str]], i: int, limit: int) -> list[tuple[int, int]]:
    """The name at token ``i`` (a sentence start) when two to ``limit`` words there are none
    that hazm's lexicon or the gazetteer knows (or one, shaped as a surname) and a verb of
    saying or a speaker's phrase follows them (one word too, if the lexicon lacks it: ``… در
    دیدار با …``); or when they are a foreign name
    (:func:`_foreign_name`) and any word a subject's name goes on with follows (``دوریان ماتسکو
    عصر دوشنبه در نشستی …``, ``… که برای …``)."""
    k = _uncommon_run(doc, toks, i, limit)
    one_unknown = k - i == 1 and toks[i][2] not in _lexicon() and not is_given_name(toks[i][2])
    if k - i < 1 or k - i < 2 and not (_surname_shaped(toks[i][2]) or one_unknown) or k >= len(toks):
        return []
    if _subject_follows().match(doc.norm, toks[k - 1][1]) is None \
            and not (_foreign_name(toks, i, k) and _subject_goes_on().match(doc.norm, toks[k - 1][1])):
        return []
    return [(toks[i][0], toks[k - 1][1])]


def _foreign_names(doc: Doc, toks: list[tuple[int, int, str]], limit: int) -> list[tuple[int, int]]:
    """Foreign names (:func:`_foreign_name`) where a person's name stands: after ``با`` (``در
    دیدار با …``, ``با … دیدار کرد``), and after a comma or ``و`` when a subject's words follow
    (``در این انتخابات، … با رای اعضا …``, ``… و … از اعضای شورا``)."""
    out = []
    lexicon, common = _lexicon(), _common_frequency()
    openers = frozenset(("با", *_LIST_SEPARATORS))  # (made once, not a tuple per token)
    for i in range(1, len(toks)):
        before = toks[i - 1][2]
        if before not in openers or lexicon.get(toks[i][2], 0) >= common:
            continue  # (a common word opens no foreign name: most words after و)
        k = _uncommon_run(doc, toks, i, limit)
        if not _foreign_name(toks, i, k):
            continue
        if before == "با" or _subject_goes_on().match(doc.norm, toks[k - 1][1]):  # (after با, one may end the text)
            out.append((toks[i][0], toks[k - 1][1]))
    return out


def _inside_foreign_name(doc: Doc, toks: list[tuple[int, int, str]], j: int) -> bool:
    """Does token ``j`` stand between two words that can be a foreign name's, no common words and
    one at least unknown to hazm's lexicon: a small city's name as the middle of ``کالیروف دوماس
    بستانو``?"""
    if not 0 < j < len(toks) - 1:
        return False
    sides = (j - 1, j + 1)
    return all(_name_part(toks, n) and not _common_word(toks[n][2]) for n in sides) \
        and not _occupied(doc, *toks[j - 1][:2]) and any(toks[n][2] not in _lexicon() for n in sides)


def _foreign_at(doc: Doc, toks: list[tuple[int, int, str]], j: int) -> bool:
    """Does a foreign name (:func:`_foreign_name`) start at token ``j``?"""
    return _foreign_name(toks, j, _uncommon_run(doc, toks, j, cues()["person"]["max_tokens"]))


def _foreign_name(toks: list[tuple[int, int, str]], i: int, k: int) -> bool:
    """Are tokens ``[i, k)`` two or more words, none of them a cue or a common word in any
    spelling (:func:`_lexicon_frequency`; a given name may be), and one at least a word hazm's
    lexicon lacks altogether? Such a run in Persian news is a transliterated name."""
    words = [toks[j][2] for j in range(i, k)]
    if len(words) < 2 or any(w in _cue_words() or _LATIN.search(w) for w in words):
        return False  # (Latin words are a gloss or a brand: "Google Maps")
    frequencies = [0 if is_given_name(w) else _lexicon_frequency(w) for w in words]
    return max(frequencies) < _common_frequency() and any(
        f == 0 and not is_given_name(w) for f, w in zip(frequencies, words))


def foreign_shaped(name: str) -> bool:
    """Whether a person's name (an entity's label) is shaped as one written from abroad: two words
    or more, none a given name of the list, one at least unknown to hazm's lexicon (``کازوتوشی
    آیکاوا``, ``نیکلا روش``). A name with a given name in it may be either (مراد کایا)."""
    words = name.split()
    return len(words) >= 2 and not any(is_given_name(w) for w in words) and any(_lexicon_frequency(w) == 0 for w in words)


def home_shaped(name: str) -> bool:
    """Whether a person's name (an entity's label) is shaped as an Iranian one: a given name of the
    list first, and a surname with an Iranian surname's ending last (``cues.yaml``: surname_endings;
    not a Turkish ``اوغلو``, nor ``ان``, a plural's too): ``بهمن کاویانی``, ``رضا نیک‌پور``."""
    words = name.split()
    endings = [e for e in _phrase_set("person", "surname_endings") if e not in ("ان", "اوغلو", "اغلو")]
    return len(words) >= 2 and is_given_name(words[0]) and not foreign_shaped(name) \
        and any(words[-1].endswith(e) and len(words[-1]) >= len(e) + 2 for e in endings)


_PLURAL_SUFFIXES = ("ان", "ات")  # (تاجران, مقامات)
_HAMZA_SPELLINGS = (("ا", "أ"), ("ا", "ئ"), ("ی", "ئ"), ("و", "ؤ"))


@lru_cache(maxsize=16384)
def _lexicon_frequency(word: str) -> int:
    """How frequent the word is in hazm's lexicon, in its most frequent spelling: as it is,
    without an ending (ی, ای, ها, های, ان, ات: تاجران), or with the hamza it dropped (راس for
    رأس, هیاتی for هیئتی); 0 if the lexicon lacks it in every one."""
    lex = _lexicon()
    stems = [word] + [word[:-len(e)] for e in _WORD_SUFFIXES + _PLURAL_SUFFIXES if word.endswith(e) and len(word) - len(e) >= 2]
    return max(lex.get(form, 0) for stem in stems
               for form in (stem, *(stem.replace(a, b) for a, b in _HAMZA_SPELLINGS if a in stem)))


@cache
def _cue_words() -> frozenset[str]:
    """The one-word cues of places, bodies and events (``cues.yaml``): a run holding one
    (``شاروالی خنجان``) is a place's, a body's or an event's name, not a person's."""
    phrases = _phrase_set("place", "city_cues") | _phrase_set("place", "country_cues") \
        | _phrase_set("organization", "heads") | _phrase_set("event", "heads")
    return frozenset(p for p in phrases if " " not in p)


@cache
def _subject_goes_on() -> re.Pattern:
    """What a subject's name goes on with (``cues.yaml``: after_name), after when it was said."""
    return re.compile(r"\s+" + _said_when() + "(?:" + alternation(_phrase_set("person", "after_name")) + r")(?!\w)")


@cache
def _said_when() -> str:
    """Up to two words of when a speaker said it (``cues.yaml``: subject_time: ``صبح چهارشنبه``),
    as a pattern piece."""
    return rf"(?:(?:{alternation(_phrase_set('person', 'subject_time'))})\s+){{0,2}}"


def _surname_shaped(tok: str) -> bool:
    """One word that can be a surname standing alone (a speaker named by it: ``خدادادی
    ادامه داد``, ``اسکندرپور در دیدار با …``): made of a given name, or with a surname's ending."""
    return is_surname_of_given_name(tok) or not _common_word(tok) and any(
        tok.endswith(end) and len(tok) >= len(end) + 3 for end in _phrase_set("person", "surname_endings") if end != "ان")
    # (not "ان", a plural's too: شرکت‌کنندگان)


def _name_length(toks: list[tuple[int, int, str]], i: int, k: int) -> int:
    """The words of the name in tokens ``[i, k)``, an ending written apart (``علی پور``) no
    word of its own."""
    detached = _phrase_set("person", "detached_surname_endings")
    return sum(1 for j in range(i, k) if j == i or toks[j][2] not in detached)


def _subject_with_common_surname(doc: Doc, toks: list[tuple[int, int, str]], i: int, k: int,
                                 two: bool = False) -> bool:
    """A name at the given name ``i`` goes on with the common word at ``k`` (its surname, or
    its last part: هوشیار, شریف) when, the word right after the given name, a title follows
    it, across a comma or not (``مجید شایسته، مدیرعامل …``), or the delegation it heads (``و
    هیئت همراه``); or when the name opens a sentence and a verb of saying or what a speaker's
    sentence goes on with follows the word (``cues.yaml``: subject_follows). With ``two``, the
    words at ``k - 1`` and ``k`` are a surname of two common words (``سیف الهی``), only so,
    neither of them opening when it was said (``روز دوشنبه``)."""
    if k + 1 >= len(toks) or not _is_person_token(toks[k][2], stopword_ok=True) \
            or _occupied(doc, toks[k][0], toks[k][1]):
        return False  # (one hazm lists as a stopword too: "نیکلا روش در این دیدار گفت")
    if two:
        first = toks[k - 1]
        return _is_person_token(first[2]) and _is_person_token(toks[k][2]) and not _occupied(doc, first[0], first[1]) \
            and _subject_time().match(doc.norm, first[0] - 1) is None and _opens_sentence(doc, toks[i][0]) \
            and _subject_follows().match(doc.norm, toks[k][1]) is not None
    after = k + 2 if toks[k + 1][2] in ("،", ",") and k + 2 < len(toks) else k + 1
    if k == i + 1 and _is_person_token(toks[k][2]) and (
            _title_at(toks, after) or _delegation_follows().match(doc.norm, toks[k][1])):
        return True  # (only as the whole surname: "… فدیمی حرفه مدیر" is a profession)
    return _opens_sentence(doc, toks[i][0]) and _subject_follows().match(doc.norm, toks[k][1]) is not None


def _title_at(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Does a title (one word or two: ``نایب رئیس``) start at token ``k``?"""
    return _phrase_at(toks, k, person_titles()) > 0


@cache
def _delegation_follows() -> re.Pattern:
    return re.compile(r"\s+(?:" + alternation(_phrase_set("person", "delegation_follows")) + r")(?!\w)")


@cache
def _subject_time() -> re.Pattern:
    """When a speaker said it, after the speaker's name (``روز دوشنبه``)."""
    return re.compile(r"\s+(?:" + alternation(_phrase_set("person", "subject_time")) + r")(?!\w)")


@cache
def _subject_follows() -> re.Pattern:
    words = list(_phrase_set("person", "subject_follows")) + load_yaml("patterns/speech.yaml")["verbs"]
    return re.compile(r"\s+(?:نیز\s+|هم\s+)?" + _said_when() + "(?:" + alternation(words) + r")(?!\w)")


def _appositive_after_title(toks: list[tuple[int, int, str]], i: int, doc: Doc) -> tuple[int, int] | None:
    """The name set off by commas after the title at ``i`` and what it is of: ``سفیر جدید
    اسپانیا در تهران، آنخل لوسادا، ...``, or without commas when it opens with a given name
    (``رئیس شورای … تهران مهدی چمران گفت``). Only a name of two words or more: a single word
    there is as often a description as a name."""
    fillers = _phrase_set("person", "title_fillers") | _phrase_set("person", "former")
    j, named = i + 1, False
    while j < len(toks) and j - i <= 8 and toks[j][2] not in ("،", ","):
        s, e, t = toks[j]
        if _occupied(doc, s, e) or j == i + 1 and t in _phrase_set("organization", "heads"):
            named = True  # (a body named by its head alone, the one named before: "رئیس شبکه مارتا سولر گفت")
        elif named and (is_given_name(t) or _foreign_at(doc, toks, j)):
            break  # a name without commas
        elif t not in fillers and t not in role_words():
            return None
        j += 1
    if not named or j >= len(toks):
        return None
    comma = toks[j][2] in ("،", ",")
    if not comma and not (is_given_name(toks[j][2]) or _foreign_at(doc, toks, j)):
        return None
    first = j + 1 if comma else j
    k = first
    # (a place the gazetteer found after the name's given name is its next word: "شهردار وان، عبدالله
    # کایا، …", not Kaya in Burkina Faso; "سفیر کره، لی سونگ مین، …")
    while k < len(toks) and k - first < cues()["person"]["max_tokens"] and _name_part(toks, k) \
            and (not _occupied(doc, toks[k][0], toks[k][1])
                 or k > first and is_given_name(toks[first][2]) and _absorb_place(doc, toks[k][0], toks[k][1], titled=True)):
        k += 1
    if k - first < 2 or k >= len(toks):
        return None
    # closed by a comma; without commas, a given name opens it and a verb or a preposition follows
    # ("رئیس شورای اسلامی شهر تهران مهدی چمران گفت")
    if toks[k][2] not in ("،", ",") and (comma or toks[k][2] not in _phrase_set("person", "after_name")):
        return None
    return toks[first][0], toks[k - 1][1]


def _repeat_person_names(doc: Doc) -> None:
    """Every other occurrence of a found name, and of its surname alone (``جورکش گفت``)."""
    names = {s.norm for s in doc.spans if s.label == "Person"}
    forms = set(names)
    for n in names:
        parts = n.split()
        if len(parts) >= 2 and _is_person_token(parts[-1]):
            forms.add(parts[-1])
            if len(parts) >= 3:
                forms.add(" ".join(parts[-2:]))
    for form in sorted(forms, key=len, reverse=True):
        for start, end in _occurrences(doc, form):
            add_span(doc, start, end, "Person")


def _occurrences(doc: Doc, name: str) -> Iterator[tuple[int, int]]:
    """Where ``name`` stands as whole words in the normalised text (``\\w``'s boundaries,
    checked around each ``str.find``: a pattern opening with a look-behind is tried at every
    character, which a long article's hundreds of names made quadratic)."""
    text, size = doc.norm, len(name)
    at = text.find(name) if name else -1
    while at != -1:
        after = at + size
        if not (at and _word_char(text[at - 1])) and not (after < len(text) and _word_char(text[after])):
            yield at, after
        at = text.find(name, at + 1)


def _word_char(ch: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern."""
    return ch.isalnum() or ch == "_"


# --- places and bodies from their context ------------------------------------------------

@cache
def _never_places() -> frozenset[str]:
    """Words no place is: ``places.yaml``'s never_places, and the cues of places themselves
    (``کلانشهرهایی`` after ``شهرداران``)."""
    cue_words = {w for phrase in _phrase_set("place", "city_cues") | _phrase_set("place", "plural_city_cues")
                 for w in phrase.split()}
    return frozenset(surface_key(w) for w in [*load_yaml("places.yaml").get("never_places", []), *cue_words])


def find_context_places(doc: Doc) -> Doc:
    """Places no gazetteer spelling matched, from their context: the words right after ``شهر``,
    ``شهردار``, ``شهرداری`` (``شهردار مریانج``; up to a country: ``شهر قاضیان تپ ترکیه``; after
    a word that describes the city: ``شهر باستانی X``), the other members of a list of cities
    (``شهرهای یزد، میبد و مهریز``), a country after a city (``بخارای ازبیکستان``, ``کوتاهیه در
    تورکیه``), a city before its country (``در X ترکیه``), a trip's destination (``با سفر به X``),
    the two a twinning joins (``خواهرخواندگی A و B``), where something is held (``در X برگزار شد``). A name whose skeleton (a loose
    spelling, :func:`skeleton_key`) is a gazetteer place's is that place."""
    toks = name_words(doc)
    city_cues = _phrase_set("place", "city_cues")
    described = _phrase_set("place", "city_descriptions")
    for i, (_, e, t) in enumerate(toks[:-1]):
        if t in city_cues and toks[i + 1][0] - e <= 1:
            k = i + 2 if toks[i + 1][2] in described and i + 2 < len(toks) else i + 1
            if toks[k][2] in _OPENING_QUOTES and k + 1 < len(toks):
                k += 1  # (شهر «X»)
            _city_after_cue(doc, toks, k)
    _cities_in_lists(doc, toks)
    _countries_after_cities(doc, toks)
    _cities_before_countries(doc, toks)
    _destinations(doc, toks)
    _destination_frames(doc, toks)
    _cities_in_apposition(doc, toks)
    _cities_at_events(doc, toks)
    _twinned_pairs(doc, toks)
    _venues(doc, toks)
    # the name once known is the city wherever else it stands (a headline: "خواهرخواندگی رشت و ساراتف")
    for span in [sp for sp in doc.spans if sp.label == "City" and sp.context]:
        for start, end in _occurrences(doc, span.norm):
            add_span(doc, start, end, "City", entries=span.entries, context=True)
    return doc


def _place_word(doc: Doc, tok: tuple[int, int, str]) -> bool:
    """Can the token be (a word of) a place's name no gazetteer spelling matched?"""
    t = tok[2]
    return _is_name_token(t) and not _occupied(doc, tok[0], tok[1]) and t not in _phrase_set("organization", "heads") \
        and t not in _never_places() and not is_given_name(t) and not _verb_form(t) and not _glued_verb(t) \
        and not _ranks(t) and (not _common_word(t) or t not in _lexicon() and skeleton_key(t) in gazetteer().skeletons)
    # (no verb's stem: "ساخت", nor a verb glued to its prefix: "میتوان"; a word hazm lacks that
    # seems two glued, تراب + و + زان, may be a place spelled anew)


def _ranks(word: str) -> bool:
    """An ordinal or a superlative that hazm knows, which ranks a city and names none (``X، سومین
    شهر بزرگ ترکیه``, ``X، بزرگترین شهر …``), however rare in its lexicon."""
    return word in _lexicon() and _is_ordinal(word) or word.endswith("ترین") and word[:-4] in _lexicon()


def _glued_verb(tok: str) -> bool:
    """A verb written glued to its prefix, with an ending or as a bare present stem (``میشود``,
    ``نمیتوان``; ``از جمله می‌توان به X اشاره کرد`` without its half-space)."""
    rest = _after_verb_prefix(tok)
    return rest is not None and (_verb_form(rest) or rest in _verb_stems()[1])


def _country_at(doc: Doc, pos: int) -> Span | None:
    """The country mention starting at ``pos`` or right after a space (``شهر X ترکیه``)."""
    span = _span_at(doc, pos + 1) or _span_at(doc, pos)
    return span if span is not None and span.label == "Country" and span.nstart - pos <= 1 else None


def _add_context_city(doc: Doc, start: int, end: int) -> None:
    """A city at ``[start, end)``: the gazetteer's place whose skeleton it has (when the country
    after it, if any, is that place's), else a city of its own; its ezafe before a country is
    no part of its name (``دامبوویتای رومانی``)."""
    country = _country_at(doc, end)
    if country is not None and doc.norm.endswith(("ای", "وی"), start, end) and end - start > 4:
        end -= 1
    entry = gazetteer().skeletons.get(skeleton_key(doc.norm[start:end]))
    if entry is not None and entry.type == "City" and (country is None or (
            entry.country and country.entries and country.entries[0].key == f"iso/{entry.country}")):
        add_span(doc, start, end, "City", entries=[entry])
    elif not all(_known_word(w) or _place_adjective(w) for w in doc.norm[start:end].split()):
        # (no word in a city's slot: پرجمعیت فرانسه; nor a country's or region's adjective: شهرداران اروپایی)
        add_span(doc, start, end, "City", entries=[], context=True)


def _place_adjective(word: str) -> bool:
    """Is the word the adjective of a country or a world region (``ایتالیایی``, ``آلمانی``, ``اروپایی``)?"""
    if not word.endswith("ی"):
        return False
    regions = _phrase_set("event", "regions")
    for stem in (word[:-2], word[:-1]) if word.endswith("یی") else (word[:-1],):
        if stem in regions or any(e.type == "Country" for e in gazetteer().entries.get(surface_key(stem), ())):
            return True
    return False


def _known_word(word: str) -> bool:
    """A word Persian news uses (hazm's lexicon) that looks nothing like a name (:mod:`names`)."""
    return _lexicon().get(word, 0) >= MIN_WORD_FREQUENCY and looks_like_word(word)  # (as written: سپیدان is no سپید)


def _city_after_cue(doc: Doc, toks: list[tuple[int, int, str]], k: int) -> None:
    """The city named at token ``k``, after a city cue: one word, or up to three up to the
    country that follows them (``شهر قاضیان تپ ترکیه``)."""
    if not _place_word(doc, toks[k]):
        return
    last = k
    while last + 1 < len(toks) and last - k < 2 and _place_word(doc, toks[last + 1]):
        last += 1
    if last > k and _country_at(doc, toks[last][1]) is None:
        last = k  # (more words than one only where a country closes them)
    _add_context_city(doc, toks[k][0], toks[last][1])


_LIST_SEPARATORS = ("،", ",", "و")
_OPENING_QUOTES = ("«", '"', "“")


def _cities_in_lists(doc: Doc, toks: list[tuple[int, int, str]]) -> None:
    """The members no gazetteer matched of a list of cities: after a plural city cue
    (``شهرهای قونیه و ترابوزان``), or in a list of three or more where most members are
    cities (``اردکان، میبد، مهریز و بافق``), or each of its country (``کارمونا چین، ساوینو
    ایتالیا و …``). A member is one or two words between separators; a given name or a common
    word is none (``تهران، علی رضایی و …``)."""
    plural, openers = _phrase_set("place", "plural_city_cues"), _phrase_set("place", "list_openers")
    city_cues = _phrase_set("place", "city_cues")
    such_as, window = _phrase_set("place", "examples_of_cities"), cues()["place"]["examples_window"]
    cues_at = _phrase_ends_in(toks, plural) | {
        i for i in _phrase_ends_in(toks, such_as) if any(toks[m][2] in city_cues for m in range(max(0, i - window), i))}
    cities_at = {token_index(toks, sp.nstart): sp for sp in doc.spans if sp.label == "City"}
    paired_at = _places_before_countries(doc, toks)
    reached = 0  # (a list is read once, from its start)
    for i in sorted(cues_at | cities_at.keys() | paired_at.keys()):
        if i < reached:
            continue
        cue, first = i in cues_at, cities_at.get(i)
        if not cue and (first is None or first.nstart != toks[i][0]) \
                and not (i in paired_at and _opens_place_list(doc, toks, i)):
            continue  # (a place before its country opens a list where a list may open: not "ست پترزبورگ")
        # after the cue or the first member
        j = i + 1 if cue else _last_token_in(toks, first.nend, i) + 1 if first is not None else paired_at[i] + 1
        while cue and j < len(toks) - 1 and (n := _phrase_at(toks, j, openers)):
            j += n  # (شهرهای دیگری از جمله …, شهرهایی مانند …)
        members = [] if cue else [(i, j - 1)]  # token ranges
        j = _after_country(doc, toks, j)
        while j < len(toks):
            if members:
                if toks[j][2] not in _LIST_SEPARATORS or j + 1 >= len(toks):
                    break
                j += 1
            span = _span_at(doc, toks[j][0])
            if span is not None and span.nstart == toks[j][0]:
                end = _last_token_in(toks, span.nend, j)
            else:
                end = j + 1 if j + 1 < len(toks) and _place_word(doc, toks[j]) and _place_word(doc, toks[j + 1]) else j
            members.append((j, end))
            j = _after_country(doc, toks, end + 1)
        _take_list_members(doc, toks, members, cue)
        if len(members) > 1:  # (a cue right after a cue opens the list: "شهرداران شهرهای …")
            reached = j


def _places_before_countries(doc: Doc, toks: list[tuple[int, int, str]]) -> dict[int, int]:
    """The place words, one or two, right before a country (``کارمونا چین``), by their first
    token: where their last is."""
    out = {}
    for span in doc.spans:
        if span.label != "Country":
            continue
        k = token_index(toks, span.nstart) - 1
        if k >= 0 and toks[k][1] >= span.nstart - 1 and _place_word(doc, toks[k]):
            first = k - 1 if k >= 1 and _place_word(doc, toks[k - 1]) else k
            out[first] = k
    return out


def _unknown_place_word(word: str) -> bool:
    """A word rare in hazm's lexicon in any spelling that is no given name nor shaped as a surname."""
    return _lexicon_frequency(word) < _common_frequency() and not is_given_name(word) and not _surname_shaped(word)


def _after_country(doc: Doc, toks: list[tuple[int, int, str]], j: int) -> int:
    """The token after the country that a list's member may have after it (``شهرهای کارمونا
    ایتالیا، ساوینو رومانی و …``), or ``j`` when none stands there."""
    span = _span_at(doc, toks[j][0]) if j < len(toks) else None
    if span is None or span.label != "Country" or span.nstart != toks[j][0]:
        return j
    return _last_token_in(toks, span.nend, j) + 1


def _member_kind(doc: Doc, toks: list[tuple[int, int, str]], m: tuple[int, int]) -> str | None:
    """What the tokens ``[m[0], m[1]]`` of a list of places are: the label of the mention that
    spans them, ``"new"`` when each is a place word (:func:`_place_word`), else None."""
    span = _span_at(doc, toks[m[0]][0])
    if span is not None and span.nstart == toks[m[0]][0] and span.nend == toks[m[1]][1]:
        return span.label
    if all(_place_word(doc, toks[k]) for k in range(m[0], m[1] + 1)):
        return "new"
    return None


def _take_list_members(doc: Doc, toks: list[tuple[int, int, str]], members: list[tuple[int, int]], cue: bool) -> None:
    kinds = [_member_kind(doc, toks, m) for m in members]
    cities = kinds.count("City")
    # (two: a city and a rare word of no name's shape, "تبریز و کارمونا"; not a surname, "تبریز و رضایی")
    pair = kinds == ["City", "new"] and members[1][0] == members[1][1] and _unknown_place_word(toks[members[1][0]][2]) \
        and _opens_place_list(doc, toks, members[0][0])
    # (each with its country: "کارمونا چین، ساوینو ایتالیا و …", two or more such, most of the list)
    of_country = sum(kd == "new" and _country_at(doc, toks[m[1]][1]) is not None for m, kd in zip(members, kinds))
    countried = of_country and of_country + cities >= 2 and 2 * (of_country + cities) >= len(members)
    if not (cue or cities >= 2 and len(members) >= 3 and 2 * cities >= len(members) or pair or countried):
        return
    after = _span_at(doc, toks[members[-1][1] + 1][0]) if members and members[-1][1] + 1 < len(toks) else None
    if after is not None and after.label != "Country":
        members = members[:-1]  # the last word before a mention is the start of a longer name (هونگ کنگ)
    for m, kd in zip(members, kinds):
        if kd == "new":
            last = m[1]
            if last > m[0] and not (m is not members[-1] or _country_at(doc, toks[last][1])):
                last = m[0]  # the last member's second word may be the sentence going on
            _add_context_city(doc, toks[m[0]][0], toks[last][1])


def _countries_after_cities(doc: Doc, toks: list[tuple[int, int, str]]) -> None:
    """A country spelled as no gazetteer has it, whose skeleton is a country's, right after a
    city or after a city and ``در`` (``بخارای ازبیکستان``, ``کوتاهیه در تورکیه``)."""
    for span in [sp for sp in doc.spans if sp.label == "City"]:
        k = _last_token_in(toks, span.nend, token_index(toks, span.nstart)) + 1
        if k < len(toks) and toks[k][2] == "در":
            k += 1
        if k >= len(toks) or not _place_word(doc, toks[k]) or toks[k][2] in _lexicon():
            continue
        entry = gazetteer().skeletons.get(skeleton_key(toks[k][2]))
        if entry is not None and entry.type == "Country":
            add_span(doc, toks[k][0], toks[k][1], "Country", entries=[entry])


def _cities_before_countries(doc: Doc, toks: list[tuple[int, int, str]]) -> None:
    """A place word before a country, after ``در``/``به``/``از`` (``در X ترکیه برگزار شد``), or
    before ``در`` and the country where a list may open (``به X در فرانسه``, ``، X در کوبا``): a
    city of that country."""
    before = _phrase_set("place", "before_city_country")
    for span in [sp for sp in doc.spans if sp.label == "Country"]:
        k = token_index(toks, span.nstart) - 1
        if k >= 1 and _place_word(doc, toks[k]) and toks[k - 1][2] in before:
            _add_context_city(doc, toks[k][0], toks[k][1])
        elif k >= 2 and toks[k][2] == "در" and _place_word(doc, toks[k - 1]) and _opens_place_list(doc, toks, k - 1) \
                and (toks[k - 2][2] in before or toks[k - 2][2] in _LIST_SEPARATORS):
            _add_context_city(doc, toks[k - 1][0], toks[k - 1][1])


def _cities_at_events(doc: Doc, toks: list[tuple[int, int, str]]) -> None:
    """One place word after an event's name and ``در`` (``اجلاس شهرهای خلاق یونسکو در X``): where
    it is held, a city."""
    for span in [sp for sp in doc.spans if sp.label == "Event" and not sp.coref]:
        k = _last_token_in(toks, span.nend, token_index(toks, span.nstart)) + 1
        if k + 1 < len(toks) and toks[k][2] == "در" and _place_word(doc, toks[k + 1]) \
                and (k + 2 == len(toks) or not _place_word(doc, toks[k + 2])):
            _add_context_city(doc, toks[k + 1][0], toks[k + 1][1])


def _destinations(doc: Doc, toks: list[tuple[int, int, str]]) -> None:
    """One place word (:func:`_place_word`) as a trip's destination (``با سفر به X``, ``عازم X
    شد``): a city."""
    for k in sorted(end + 1 for end in _phrase_ends_in(toks, _phrase_set("place", "destination_cues"))):
        if k < len(toks) and _place_word(doc, toks[k]) and (k + 1 == len(toks) or not _place_word(doc, toks[k + 1])):
            _add_context_city(doc, toks[k][0], toks[k][1])


def _destination_frames(doc: Doc, toks: list[tuple[int, int, str]]) -> None:
    """One place word between the two parts of a trip's frame (``به X سفر کرد``, ``وارد X شد``):
    a city."""
    for first, after in cues()["place"]["destination_frames"].items():
        ends = _phrase_set("place", "destination_frames", first)
        for k in range(1, len(toks) - 1):
            if toks[k - 1][2] == first and _place_word(doc, toks[k]) and _phrase_at(toks, k + 1, ends):
                _add_context_city(doc, toks[k][0], toks[k][1])


def _cities_in_apposition(doc: Doc, toks: list[tuple[int, int, str]]) -> None:
    """A place word before what says it is a capital, a province's centre or one of some cities
    (``X، پایتخت ترکیه``, ``X مرکز استان Y``, ``X یکی از شهرهای چین``): a city."""
    centre, capital = _phrase_set("place", "province_centre_cues"), _phrase_set("place", "city_cues_after")
    opening = _phrase_starts_in(toks, centre) | _phrase_starts_in(toks, capital) | {
        j for j, (_, _, word) in enumerate(toks) if word == "یکی"}
    before = {j - 1 for j in opening} | {j - 2 for j in opening if j >= 2 and toks[j - 1][2] in ("،", ",")}
    for k in sorted(k for k in before if 0 <= k < len(toks) - 1):  # (where a cue opens after a word or its comma)
        j = k + 1 + (toks[k + 1][2] in ("،", ","))
        n, m = _phrase_at(toks, j, centre), j + _phrase_at(toks, j, capital)
        if j < m < len(toks) and toks[m][2] == "کشور":
            m += 1  # (پایتخت کشور ترکیه)
        one_of = j + 2 < len(toks) and toks[j][2] == "یکی" and toks[j + 1][2] == "از" \
            and _phrase_at(toks, j + 2, _phrase_set("place", "plural_city_cues"))  # (X یکی از شهرهای چین)
        if (n and j + n < len(toks) and _is_name_token(toks[j + n][2]) or one_of
                or m > j and m < len(toks) and _country_at(doc, toks[m][0]) is not None) and _place_word(doc, toks[k]):
            _add_context_city(doc, toks[k][0], toks[k][1])


def _twinned_pairs(doc: Doc, toks: list[tuple[int, int, str]]) -> None:
    """The two places a twinning joins (``خواهرخواندگی (بین) A و B``): a place word there is a
    city, when the other is a city or a place word too."""
    cues, fillers = _phrase_set("place", "twinning_cues"), _phrase_set("place", "twinning_fillers")
    for i in sorted(_phrase_ends_in(toks, cues)):  # (or written apart: خواهر خواندگی)
        a = i + 1
        while a < len(toks) and toks[a][2] in fillers:
            a += 1
        if a + 2 >= len(toks) or toks[a + 1][2] != "و":
            continue
        kinds = (_member_kind(doc, toks, (a, a)), _member_kind(doc, toks, (a + 2, a + 2)))
        if not set(kinds) <= {"City", "new"} or "new" not in kinds or a + 3 < len(toks) and _place_word(doc, toks[a + 3]):
            continue  # (a name of two words after و is not read: "… و سن پترزبورگ")
        for k, kind in zip((a, a + 2), kinds):
            if kind == "new":
                _add_context_city(doc, toks[k][0], toks[k][1])


def _venues(doc: Doc, toks: list[tuple[int, int, str]]) -> None:
    """Where something is held (``در X برگزار شد``): a place word there is a city. (``در X ترکیه
    برگزار شد``: :func:`_cities_before_countries`.)"""
    held, fillers = _phrase_set("place", "held_verbs"), _phrase_set("place", "held_fillers")
    for k in range(1, len(toks) - 1):
        if toks[k - 1][2] != "در" or not _place_word(doc, toks[k]):
            continue
        j = k + 1 + _phrase_at(toks, k + 1, fillers)  # (در X در حال برگزاری است)
        if j < len(toks) and toks[j][2] in held:
            _add_context_city(doc, toks[k][0], toks[k][1])


def find_context_organizations(doc: Doc) -> Doc:
    """Bodies with an organisational head noun: ``سازمان فرهنگی، اجتماعی و ورزشی شهرداری``."""
    heads = _phrase_set("organization", "heads")
    limit = cues()["organization"]["max_tokens"]
    gathering_limit = cues()["organization"]["max_tokens_gathering"]
    gathered = _phrase_set("organization", "gathered")
    toks = compound_words(doc)
    this = cues()["coref"]["this"]
    departments: list[tuple[str, Span]] = []  # (name, city) of the municipal departments named so far
    generic = _phrase_set("organization", "generic_modifiers") | _phrase_set("organization", "world_tail")
    located = _phrase_set("organization", "located_heads")
    i = 0
    while i < len(toks):
        s, e, t = toks[i]
        head_end = _org_head_end(toks, i)  # (a head of several words: "اداره کل", "منطقه ویژه اقتصادی")
        if head_end is None or _occupied(doc, s, e) or (i and toks[i - 1][2] == this) or (
                i and t in _phrase_set("organization", "committees") and toks[i - 1][2] in person_titles()):
            i += 1  # (a committee after a title is part of the post: "رئیس کمیسیون فرهنگی شورای شهر")
            continue
        t = " ".join(tok[2] for tok in toks[i:head_end + 1])
        j = head_end + 1
        last = head_end
        first = _span_at(doc, toks[j][0]) if j < len(toks) else None
        place_next = j < len(toks) and (first is not None and first.label in ("City", "Country") and first.nstart == toks[j][0]
                                        or toks[j][2] in _phrase_set("organization", "place_words"))
        if (t in _phrase_set("organization", "place_heads") and (
                not place_next or i and toks[i - 1][2] in ("شهردار", "شهرداری"))) or (
                t in _phrase_set("organization", "not_before_place") | located and place_next) or (
                j < len(toks) and (is_given_name(toks[j][2])
                                   or i and toks[i - 1][2] in person_titles() and _foreign_at(doc, toks, j))):
            i += 1  # "ولایت هرات" is a body, "ولایت" alone or a mayor's (شهردار ولایت فراه) is none;
            continue  # "مرکز هرمزگان" is the province's centre; "مجمع حمیدرضا …", "رئیس شبکه مارتا سولر": a person follows
        if first is not None and first.label == "Organization" and first.entries \
                and t not in _phrase_set("organization", "parts") and first.nstart == toks[j][0]:
            _remove(doc, first)  # "سازمان متروپلیس": the kind of a listed body is part of the name used
            add_span(doc, s, first.nend, "Organization", **first.annotations())
            i = _last_token_in(toks, first.nend, j) + 1
            continue
        if first is not None and first.label == "Organization" or (
                t in _phrase_set("organization", "parts") and j < len(toks) and toks[j][2] in heads) or (
                j < len(toks) and f"{t} {toks[j][2]}" in _phrase_set("event", "heads")):
            i += 1  # a part of the body named next (دبیرخانه سازمان …) is no body of its own, nor
            continue  # a meeting of it ("مجمع عمومی سازمان …": the events pass names it after the body)
        municipality = None
        gathers = False  # who the body gathers is named: "مجمع مشورتی رؤسای شوراهای …"
        quoted_end = None  # where a quoted name after the head ends: "انجمن «…»"
        while j < len(toks) and j - i < (gathering_limit if gathers else limit):
            tt = toks[j][2]
            if tt == "«" and j == last + 1 and (quoted := _QUOTED.match(doc.norm, toks[j][0])) is not None:
                quoted_end = quoted.end()
                break
            span = _span_at(doc, toks[j][0])
            after = _span_at(doc, toks[j + 1][0]) if j + 1 < len(toks) else None
            if tt == "شهرداری" and after is None and j + 1 < len(toks):
                # "… شهرداری کارمونا": the city no gazetteer lists after its cue, found here
                # before the body's name runs over it (the places pass comes later)
                _city_after_cue(doc, toks, j + 1)
                after = _span_at(doc, toks[j + 1][0])
            if tt == "شهرداری" and after is not None and after.label == "City":
                municipality = after  # "... شهرداری تهران": a department of the municipality, i.e. of the city
                break
            if span is not None:
                if span.label == "Country" and j > head_end + 1 and toks[j - 1][2] in _phrase_set("place", "directions"):
                    last = head_end  # "مرکز اقتصادی جنوب ایران": a part of a country, described; no body
                elif span.label in ("City", "Country", "Organization") and not (t in located and span.label != "Organization"):
                    last = j = _last_token_in(toks, span.nend, j)  # (where a zone is is no part of its name)
                break
            if tt in ("و", "،", ",") and j + 1 < len(toks) and toks[j + 1][2] not in heads and after is None \
                    and (_continues_org(toks[j + 1][2], tt, toks[j - 1][2], t)
                         or gathers and tt == "و" and _event_word(toks[j + 1][2])):
                j += 1  # ("… شوراهای اسلامی و شهرداران مراکز استانها": who else it gathers)
                continue
            if _before_light_verb(toks, j) and not _LATIN.search(tt) or tt in _phrase_set("event", "verbs"):
                break  # ("مجمع … برگزار شد": the verb's noun; an acronym is none: "عضو انجمن ABC شد")
            if tt in _PLURALS + (_ADJECTIVE_ENDING,) and last == j - 1 and j > head_end + 1:
                pass  # a plural or adjective's ending after a half-space, a token once normalised (همکاری‌های, کوهپایه‌ای)
            elif tt in gathered or gathers and _event_word(tt):
                gathers = True
            elif not _is_name_token(tt) and tt not in heads and surface_key(tt) not in _org_inner() \
                    and not (tt == "شهرداران" and j == head_end + 1 and t not in _phrase_set("organization", "parts")) \
                    and not (tt == "عضو" and toks[j - 1][2] in ("کشورهای", "شهرهای", "کلانشهرهای")) \
                    and not (j == head_end + 1 and j + 2 < len(toks) and toks[j + 1][2] == "و"
                             and t in _phrase_set("organization", "coordinating_heads")
                             and _continues_org(toks[j + 2][2], "و", tt, t)):
                break  # (a body of mayors: "مجمع شهرداران کلانشهرهای جهان اسلام", "… کشورهای عضو سازمان …";
                # a ministry's or its office's field of two nouns, the first a common word: "اداره کل راه و …")
            last = j
            j += 1
        gathering = _ordinal_before(toks, i) if t in _phrase_set("event", "gathering_bodies") else None
        if last > head_end and gathering is None and all(toks[k][2] in generic for k in range(head_end + 1, last + 1)) \
                and quoted_end is None:
            last = head_end  # a common noun phrase ("شبکه شهری", "شبکه شهری جهان"; not "یازدهمین مجمع جهانی شهری")
        if last > head_end or quoted_end is not None:
            span_end = quoted_end or toks[last][1]
            inner = _spans_within(doc, s, span_end)
            if t in _phrase_set("organization", "parts") and any(sp.label == "Organization" for sp in inner):
                i = last + 1  # "شورای جهانی انجمن کلانشهرهای جهان": a part of the body, no body of its own
                continue
            for sp in inner:
                _remove(doc, sp)
            if gathering is not None:
                add_span(doc, toks[gathering][0], span_end, "Event", inner=inner[0] if inner else None)
            else:
                name = doc.norm[s:span_end]
                # a department of a municipality (… شهرداری تهران), or one named again by its first
                # words (مرکز ارتباطات): a post there is one in the municipality, i.e. the city (GUIDE)
                municipality = municipality or next(
                    (city for full, city in departments if (full + " ").startswith(name + " ")), None)
                if municipality is not None:
                    departments.append((name, municipality))
                span_end = _without_latin_gloss(doc, s, span_end)
                add_span(doc, s, span_end, "Organization", entries=_bracketed_entries(doc, span_end), context=True,
                     inner=inner[0] if inner else None, municipality=municipality)
        i = max(last, i) + 1
    _offices_and_countries(doc)
    _acronyms_of_bodies(doc)
    return doc


_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*([A-Z]{2,}[A-Za-z0-9&]*(?:-[A-Za-z0-9&]+)*)\s*\)")


def _acronyms_of_bodies(doc: Doc) -> None:
    """An acronym in Latin letters in brackets right after a body's name (``انجمن شهرهای کویری
    (DCA)``), that the gazetteer does not list, is another name of the body, there and wherever
    else the article writes it (``DCA از … قدردانی کرد``)."""
    for body in [sp for sp in doc.spans if sp.label == "Organization" and not sp.coref]:
        m = _BRACKETED_ACRONYM.match(doc.norm, body.nend)
        if m is None:
            continue
        for named in re.finditer(rf"(?<![\w-]){re.escape(m.group(1))}(?![\w-])", doc.norm):
            if not _occupied(doc, named.start(), named.end()):
                doc.insert_span(doc.make_span(named.start(), named.end(), "Organization", ref=body))


def _org_head_end(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """The last token of the longest body's head (``organization.heads``) that opens at token
    ``i``, of one word or more (``اداره کل``); None if none does."""
    lengths = _org_head_lengths().get(toks[i][2])
    if lengths is None:  # (most words open no head: no joins of the words after them to look up)
        return None
    heads = _phrase_set("organization", "heads")
    return next((i + n - 1 for n in lengths
                 if i + n <= len(toks) and " ".join(tok[2] for tok in toks[i:i + n]) in heads), None)


@cache
def _org_head_lengths() -> dict[str, tuple[int, ...]]:
    """By the first word of the heads of bodies, their numbers of words, the longest first (a
    token holds no space, so a head opening at a token opens with its text)."""
    lengths: dict[str, set[int]] = {}
    for head in _phrase_set("organization", "heads"):
        words = head.split(" ")
        lengths.setdefault(words[0], set()).add(len(words))
    return {first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()}


_ACRONYM = re.compile(r"[A-Za-z]+")


@cache
def _generic_words() -> re.Pattern:
    """Words after a body's head that name no body of their own (``بین المللی``, ``جهانی``)."""
    generic = _phrase_set("organization", "generic_modifiers") | _phrase_set("organization", "world_tail")
    return re.compile(r"(?: (?:" + alternation(generic) + r"))+")


def _without_latin_gloss(doc: Doc, start: int, end: int) -> int:
    """Where a body's name ends before the Latin acronym written after it (``سازمان شهروندان
    جهانی wco``): a gloss of the name, another name of it, not more of it; two words in
    Persian script at least stay (``C40``, with digits, is a name of its own). After a head and
    a scope word alone the Latin is the name itself (``شبکه بین‌المللی RCN``)."""
    words = [(s, e, t) for s, e, t in doc.token_texts[doc.token_index(start):doc.token_index(end)]]
    k = len(words)
    while k and _ACRONYM.fullmatch(doc.norm[words[k - 1][0]:words[k - 1][1]]):
        k -= 1
    if k and _generic_words().fullmatch(doc.norm, words[0][1], words[k - 1][1]):
        return end  # the Persian words name nothing by themselves: "شبکه بین‌المللی RCN" is named by its acronym
    return words[k - 1][1] if 2 <= k < len(words) else end


def _offices_and_countries(doc: Doc) -> None:
    """A body's name goes on over where it serves or whose it is (GUIDE: a ministry's office in
    a province is a body of its own): an office (``نمایندگی وزارت امور خارجه``) before
    ``[در] [استان] <place>`` or ``در شمال شرق کشور``; a listed national body before ``استان
    <place>`` (its provincial office); a ministry before a country (``وزارت خارجه ایران``: the
    listed one when the country is the registry's home, another one else). A new body keys by
    its name; the place stays its inner link."""
    home = cues()["organization"]["home_country"]
    offices = _phrase_set("organization", "office_heads")
    i = 0
    while i < len(doc.spans):
        span = doc.spans[i]
        entries = span.entries or []
        if span.label != "Organization" or span.coref:
            i += 1
            continue
        office = any(span.norm.startswith(o + " ") for o in offices)
        national = bool(entries) and entries[0].kind == "national"
        region = _OFFICE_REGION.match(doc.norm, span.nend) if office else None
        m = _OFFICE_PLACE.match(doc.norm, span.nend) if office or national else None
        place = _span_at(doc, m.end()) if m else None
        if m and place is not None and place.nstart == m.end() and place.label in ("City", "Country") \
                and (office or m.group(1)):
            _remove(doc, place)
            doc.spans[doc.span_index(span.nstart)] = doc.make_span(span.nstart, place.nend, "Organization",
                                                                   context=True, inner=place)
        elif region is not None:
            doc.spans[i] = doc.make_span(span.nstart, region.end(), "Organization", context=True)
        elif m and m.group(1) and (province := _province_name(doc, m.end())) is not None:
            doc.spans[i] = doc.make_span(span.nstart, province, "Organization", context=True)  # "… استان گیلان"
        elif national and span.norm.split()[0] in _phrase_set("organization", "ministries") \
                and (country := _span_at(doc, span.nend + 1)) is not None and country.label == "Country" \
                and country.nstart == span.nend + 1 and country.entries:
            ours = entries[0].key.startswith(home["registry_prefix"]) and country.entries[0].key == home["country"]
            _remove(doc, country)
            annotations = {**span.annotations(), "inner": country} if ours else {"context": True, "inner": country}
            doc.spans[doc.span_index(span.nstart)] = doc.make_span(span.nstart, country.nend, "Organization", **annotations)
        i += 1


def _province_name(doc: Doc, pos: int) -> int | None:
    """End of a province's name no gazetteer lists at ``pos`` (after ``استان``): a name word,
    and an adjective after it (``گیلان``, ``خراسان رضوی``); None if none stands there."""
    toks = name_words(doc)
    k = token_index(toks, pos)
    if k >= len(toks) or toks[k][0] != pos or not _is_name_token(toks[k][2]) or _occupied(doc, *toks[k][:2]):
        return None
    if k + 1 < len(toks) and toks[k + 1][2].endswith("ی") and _is_name_token(toks[k + 1][2]) \
            and not _occupied(doc, *toks[k + 1][:2]):
        return toks[k + 1][1]
    return toks[k][1]


# "… در اصفهان", "… استان گیلان", "… در استان فارس" (group 1: "استان", which a national body needs)
_OFFICE_PLACE = re.compile(r" (?:در )?(استان )?")
_OFFICE_REGION = re.compile(r" در (?:شمال|جنوب|شرق|غرب)(?: ?(?:شرق|غرب))?(?: و (?:شمال|جنوب|شرق|غرب)(?: ?(?:شرق|غرب))?)? "
                            r"(?:کشور|ایران)(?!\w)")


def _ordinal_before(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """The first token of the ordinal before token ``i`` (``پنجمین مجمع``, ``دهمین دوره مجمع``,
    ``سی امین مجمع``), if any."""
    filler = int(i > 0 and toks[i - 1][2] in _phrase_set("event", "ordinal_fillers"))
    counted = _ordinal_length([tok[2] for tok in toks[max(0, i - filler - 5):i - filler]])
    return i - filler - counted if counted else None


def _bracketed_entries(doc: Doc, end: int) -> list:
    """The gazetteer entries of a listed body named in brackets right after a body's name
    (``سازمان همکاری شهرهای آسیایی (سیتی‌نت)``): both names are that body. Else none."""
    m = re.match(r"\s*\(\s*", doc.norm[end:end + 4])
    span = _span_at(doc, end + m.end()) if m else None
    if span is None or span.label != "Organization" or not span.entries \
            or not re.match(r"\s*\)", doc.norm[span.nend:span.nend + 3]):
        return []
    return span.entries


def _continues_org(tok: str, sep: str, before: str, head: str) -> bool:
    """After a comma or "و" (``sep``) inside a body's name only an adjective or a name word
    follows (فرهنگی، اجتماعی و ورزشی; حمل و نقل), never a person (مظفر سلیمانی); after a
    comma, an adjective only when one stands before it too (not "شورای اسلامی شهر X، <surname>").
    A ministry's "و" joins the two nouns of its field (وزارت راه و شهرسازی)."""
    if is_given_name(tok) or not _is_name_token(tok) and surface_key(tok) not in _org_inner():
        return False
    if sep == "و" and head in _phrase_set("organization", "coordinating_heads"):
        return True
    if surface_key(tok) in _org_inner():
        return True
    return tok.endswith("ی") and (sep == "و" or before.endswith("ی"))


@cache
def _org_inner() -> frozenset[str]:
    """Words that go on a body's name though hazm lists them as common (cues.yaml)."""
    return frozenset(surface_key(w) for w in _phrase_set("organization", "inner_words"))


def _last_token_in(toks, end: int, j: int) -> int:
    while j + 1 < len(toks) and toks[j + 1][1] <= end:
        j += 1
    return j
