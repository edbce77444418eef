"""Rules over several sentences, named by ``discourse:`` in the pattern files.

* ``speaker_continuity``: a title named alone in a lead (``شهردار آبادان ... گفت``) is held by
  the person who opens a later sentence with a speech verb; an envoy met by title is the
  person met by name later.
* ``attendees``: people named as present at a meeting (``در این دیدار ... حضور داشتند``) met
  its guests.
* ``two_cities``: a twinning of "the two cities" is one of the two cities the article names.
* ``host_meeting``: a visitor to a city met its mayor where a sentence tells of the meeting
  and names the mayor.
* ``signing_visits``: who signed an agreement in a city, or attended the signing, from a post
  in another city, travelled there.
* ``met_there``: who met someone in a city other than the one of their post travelled there.
* ``capital_reference``: a country's capital named as such (``پایتخت عراق``) is the city of the
  article that GeoNames gives as that capital.
* ``event_venue``: who took part in an event held in a city other than that of their post went there.
* ``trip_members``: who goes along on the article's trip went where it went.
* ``visited_country``: the country told beside a city visited was visited too.
* ``meeting_sides``: the people of one meeting, named in a list of who attended (``نشستی با
  حضور A، B و C``) or as speaking in it (``در این دیدار X گفت`` … ``Y نیز در این نشست گفت``),
  met each person of the other side; one a lead's subject named by title alone met by name
  (``استاندار C با ⟨P⟩ دیدار کرد``) was met by each who speaks in it later, but from their city.
* ``guest_delegation``: one who came with a delegation (``X و هیئت همراه``) and met someone
  whose post is in a city went to that city.
* ``seat_holders``: a city's seat told of its mayors (``شهرداران A، B و C در … حضور داشتند``), or
  a post the city was elected to (``A به عنوان نایب رئیس …``), is the mayor's whom the article names.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from payvand.extract.attribution import masked_byline, masked_dateline, masked_source_lead, said_phrase
from payvand.extract.data import alternation, load_yaml, pattern_macros
from payvand.extract.mentions.entities import cues, home_shaped
from payvand.extract.mentions.gazetteer import gazetteer
from payvand.extract.mentions.titles import NETWORK_KINDS, network_named, org_kind, roles_regex, title_role
from payvand.extract.resolve import link_speaker
from payvand.extract.relations.clauses import tie_status
from payvand.extract.relations.keywords import Clause, holds, required_literals
from payvand.extract.relations.patterns import (PH_CITY, PH_PERSON, WORD, Context, Masked, Rule, compile_pattern,
                                                discourse_rule, plural_title, post_cities, region_members, sentence_term,
                                                speech_cues)
from payvand.extract.text import Doc
from payvand.types import Evidence, Fact, Title


@cache
def _continuity_patterns() -> tuple[re.Pattern, ...]:
    """The lead and opening patterns of :func:`_speaker_continuity` (compiled once)."""
    verbs = "|".join(speech_cues()["verbs"])
    arrived = (r"وارد\s+(?:{W}\s+){0,2}?(?:شد|شدند)|(?:میهمان|مهمان)\s+(?:{W}\s+){0,2}?(?:شد|است|بود)|سفر\s+کرد|عازم|راهی"
               .replace("{W}", rf"(?:{WORD}|⟨[CNO]#\d+⟩)"))
    roles = roles_regex()
    gap = rf"(?:\s+(?:{WORD}|⟨[PCNOE]#\d+⟩))*?"
    # a dateline ("مشهد- ", "تبریز- ایرنا- ", a reporter's byline), a source ("... :", "به گزارش ...، "), a few words
    attribution = masked_source_lead().pattern
    dateline = masked_dateline().pattern
    preamble = (dateline + r"(?:[^⟨⟩؛:]*(?:(?:⟨[CNO]#\d+⟩|⟨P#\d+⟩(?!\s+(?:[^\s⟨⟩]+\s+){0,3}?(?:" + verbs + r")\s*:))[^⟨⟩؛:]*)*[؛:]\s*|" + attribution
                + r")?(?:[^\s⟨⟩]+\s+){0,3}?")
    mayor_lead = re.compile(rf"^{preamble}شهردار\s+(?:(?:شهر|کلانشهر|ولایت|استان|بندر)\s+)?⟨C#(\d+)⟩")
    # a post, and the holder's mayoralty after it ("نایب رئیس … و شهردار سورابایا … وارد مشهد شد"):
    # the subject of a verb of saying, of arriving or travelling
    # (after the source, where it reports from: "به گزارش خبرگزاری …، مرکز ⟨C⟩، معاون ⟨O⟩ گفت")
    post_lead = re.compile(rf"^{dateline}(?:{attribution}(?:[^\s⟨⟩،,]+\s+)?(?:⟨[CO]#\d+⟩\s*[،,؛]\s*)?|[^⟨⟩]*[؛:،]\s*)?(?P<role>{roles})(?:\s+{WORD}){{0,7}}?\s+(?:شهرداری\s+⟨C#(?P<c>\d+)⟩|⟨O#(?P<o>\d+)⟩)"
                           rf"(?:\s+و\s+شهردار\s+(?:(?:شهر|کلانشهر)\s+)?⟨C#(?P<mayor>\d+)⟩)?{gap}\s+(?:{verbs}|{arrived})")
    envoy_lead = re.compile(rf"^{preamble}(?P<role>سفیر|سرکنسول|کاردار|کنسول)\s+(?:(?:کبیر|جدید)\s+)?(?:کشور\s+)?⟨N#(?P<n>\d+)⟩")
    honorifics = "|".join(map(re.escape, sorted(cues()["person"]["honorifics"], key=len, reverse=True)))
    # "... در دیدار با سفیر اتریش" then, later, "... در دیدار با فریدریش اشتیفت": the envoy met;
    # likewise a mayor met by title, or named when speaking next ("اکرم امام اوغلو نیز گفت")
    met_title = re.compile(r"(?:دیدار|ملاقات|گفت\s?و\s?گو)\s+با\s+(?:(?P<role>سفیر|سرکنسول|کاردار)\s+(?:کشور\s+)?"
                           r"⟨N#(?P<n>\d+)⟩|شهردار\s+(?:(?:شهر|کلانشهر)\s+)?⟨C#(?P<c>\d+)⟩)")
    met_person = re.compile(rf"(?:دیدار|ملاقات|گفت\s?و\s?گو)\s+با\s+(?:(?:{honorifics})\s+)?⟨P#(\d+)⟩")
    also_said = re.compile(rf"^⟨P#(\d+)⟩\s+نیز\s+(?:در\s+(?:این|آن)\s+(?:دیدار|نشست)\s+)?(?:{verbs})")
    follows = alternation(cues()["person"]["subject_follows"])
    # (the source with no comma after it: "به گزارش ایرنا X … افزود"; not a reporter, "X خبرنگار …")
    source = rf"\s*به\s+گزارش(?:\s+(?:[^\s⟨⟩،,:]+|⟨O#\d+⟩)){{1,3}}?\s+(?=(?:(?:{honorifics})\s+)?(?!{masked_byline().pattern})⟨P#\d+⟩)"
    # (not one who did it too, "X نیز …": someone beside the lead's holder)
    # (or whom the news quotes: "به گفته ⟨P⟩، …", who speaks with no verb of saying)
    opening = re.compile(rf"^(?:{attribution}|{source}|{dateline})?(?:(?:{honorifics})\s+)?⟨P#(\d+)⟩(?!\s+(?:نیز|هم)(?!\w))\s*[،,]?{gap}\s+(?:{verbs}|{follows})(?!\w)"
                         rf"|^(?:{dateline})?\s*{said_phrase().pattern}\s+(?:(?:{honorifics})\s+)?⟨P#(\d+)⟩\s*[،,]")
    # whom a lead's holder met ("دبیرکل ⟨O⟩ در دیدار با ⟨P⟩ شهردار ⟨C⟩ گفت"): named, yet not the holder
    met_in_lead = re.compile(rf"با\s+(?:(?:{honorifics})\s+)?⟨P#\d+⟩(?:\s*(?:[،,]|و)\s*(?:(?:{honorifics})\s+)?⟨P#\d+⟩)*")
    return mayor_lead, post_lead, envoy_lead, met_title, met_person, also_said, opening, met_in_lead


@cache
def _lead_literals() -> tuple[tuple[Clause, ...], tuple[Clause, ...]]:
    """What any match of the mayor's and the envoy's lead patterns holds (``شهردار``, ``⟨N#``):
    most sentences lack it and are not matched (a match of them costs a pass of their preambles)."""
    mayor_lead, _, envoy_lead, *_ = _continuity_patterns()
    return required_literals(mayor_lead), required_literals(envoy_lead)


@discourse_rule("speaker_continuity")
def _speaker_continuity(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """A lead that names only a title (``شهردار آبادان ... گفت``, ``مدیرکل ... شهرداری شیراز
    اعلام کرد``, ``سرکنسول جمهوری ترکیه ... گفت``) and a later sentence that opens with a
    name and a speech verb (``یاسین کاوه‌پور ... افزود``): the name holds the title, and the title
    is linked to them (``Title.link`` "speaker"); so is one the news quotes (``به گفته X، …``). A pronoun (``وی افزود``) names the holder only
    when it is the one person the sentence before the lead named (the lead went on with their words:
    ``X … گفت`` ``رئیس شورای شهر Y افزود`` ``وی افزود``). Someone else named first in between
    breaks the chain. Likewise an envoy or a mayor met by title
    (``در دیدار با سفیر اتریش``) is the person met by name in a later sentence, or who speaks
    next for the other side (:func:`_met_title_continuity`)."""
    doc = ctx.doc
    mayor_lead, post_lead, envoy_lead, met_title, met_person, also_said, opening, met_in_lead = _continuity_patterns()
    mayor_needs, envoy_needs = _lead_literals()
    # the titles each lead names, waiting for a name: (predicate, object, role) of one person,
    # and the mentions of the Titles they are (to link them)
    leads: list[frozenset[tuple[str, int, str | None]]] = []
    mentions: dict[tuple[str, int, str | None], list[int]] = {}
    lead_people: set[int] = set()  # who the leads named (whom the holder met): none of them holds the title
    before_lead: set[int] = set()  # who the sentence before the first lead named
    named_before: set[int] = set()
    speaking: int | None = None  # who the sentences just before quoted: named, then by a pronoun
    unsure: list[Title] = []  # others a lead names by a title alone: which of them speaks next may not be known
    sentences = _headline_first(doc, sentences)
    for masked in sentences:
        first = opening.match(masked.text)
        named_at = (1 if first.group(1) else 2) if first else 0  # (the group of the name: told, or quoted)
        opener = doc.spans[int(first.group(named_at))] if first else None
        said_by = opener
        if opener is not None and opener.coref and opener.entity not in before_lead:
            first = None  # "وی افزود": a pronoun names no one new; the lead still waits for a name
        if leads and first:
            person = opener.entity
            evidence = _sentence_evidence(doc, masked)
            named = max(leads, key=len)
            if all(lead <= named for lead in leads) and _shape_decides(ctx, person, named, unsure) \
                    and not _titled(doc, person, evidence) \
                    and person not in lead_people and not _points_elsewhere(doc, masked.text, first.start(named_at)):
                # (one person's: a headline that repeats the lead's title names no one else)
                _give_titles(ctx, rule, person, named, mentions, evidence)
            leads.clear()
            mentions.clear()
            lead_people.clear()
            unsure = []
        elif leads and any(not doc.spans[int(x.group(1))].coref and not masked_byline().match(masked.text, x.start())
                           for x in PH_PERSON.finditer(masked.text)):
            leads.clear()  # someone else was named first: the title's holder is not known
            mentions.clear()
            lead_people.clear()
            unsure = []
        titles = set()
        lead = mayor_lead.match(masked.text) if holds(masked.text, mayor_needs) else None
        title = doc.titles.get(int(lead.group(1))) if lead else None
        if title is not None and title.kind == "post":  # "معاون شهردار استانبول … گفت": an aide's post
            titles.add(_waiting(doc, mentions, (title.predicate, doc.spans[title.of].entity, title.role), title.of))
        elif lead:
            city = doc.spans[int(lead.group(1))].entity
            if ctx.mayor(city) is None:
                titles.add(_waiting(doc, mentions, ("mayorOf", city, None), int(lead.group(1))))
        post = post_lead.match(masked.text)
        if post and not PH_PERSON.search(met_in_lead.sub("", masked.text[:post.end()])):
            at = int(post.group("c") or post.group("o"))
            obj = doc.spans[at].entity
            titles.add(_waiting(doc, mentions, ("memberOf", obj, title_role(post.group("role"), obj, doc)), at))
            if post.group("mayor") and ctx.mayor(city := doc.spans[int(post.group("mayor"))].entity) is None:
                titles.add(_waiting(doc, mentions, ("mayorOf", city, None), int(post.group("mayor"))))
        envoy = envoy_lead.match(masked.text) if holds(masked.text, envoy_needs) else None
        if envoy:
            country = doc.spans[int(envoy.group("n"))].entity
            if ctx.holder("represents", country) is None:
                titles.add(_waiting(doc, mentions, ("represents", country,
                                                    title_role(envoy.group("role"), country, doc, "represents")),
                                    int(envoy.group("n"))))
        if not titles and (opening_title := _opening_title(doc, masked)) is not None:
            # any title the news's source is followed by, speaking ("به گزارش … شهرداری یزد، مدیر مرکز
            # … شهرداری یزد در این مراسم اظهار داشت")
            at, t = opening_title
            titles.add(_waiting(doc, mentions, (t.predicate, doc.spans[t.of].entity, t.role), at))
        if titles and not leads and speaking is not None and _title_speaks(masked.text) \
                and (not _titled(doc, speaking, evidence := _sentence_evidence(doc, masked))
                     or _network_posts_of_mayor(doc, speaking, titles)):
            # "X گفت …" "وی افزود …" "رئیس سازمان … تصریح کرد": the title names who was speaking
            _give_titles(ctx, rule, speaking, titles, mentions, evidence)
            mentions.clear()
            said_by = doc.spans[next(i for i, sp in enumerate(doc.spans) if sp.entity == speaking)]
        elif titles:
            if not leads:
                before_lead = named_before
            leads.append(frozenset(titles))
            unsure += _other_titles_alone(doc, masked, titles, mentions)
            lead_people.update(doc.spans[int(x.group(1))].entity for x in PH_PERSON.finditer(masked.text))
        if said_by is None or said_by.coref and said_by.entity != speaking:
            speaking = None
        else:
            speaking = said_by.entity
        # (the one person it named: with two, whom "وی" means is not known)
        named_before = {doc.spans[int(x.group(1))].entity for x in PH_PERSON.finditer(masked.text)
                        if not doc.spans[int(x.group(1))].coref}
        if len(named_before) > 1:
            named_before = set()
    _met_title_continuity(ctx, rule, sentences, met_title, met_person, also_said)


def _other_titles_alone(doc: Doc, masked: Masked, posts: Iterable[tuple[str, int, str | None]],
                        mentions: dict[tuple, list[int]]) -> list[Title]:
    """The titles by which a lead names, beside those waiting for a name (``posts``), someone else
    alone, of another post, whom no one is linked to (``شهردار تبریز با سفیر اندونزی دیدار کرد``):
    the next to speak may be either, and nothing in the lead tells which. Not when the lead's title
    speaks in it (``شهردار C در دیدار با شهردار D گفت``): the next to speak goes on in its voice; nor
    for a title several hold (``به همراه دو تن از اعضای شورای …``), who go along; a title linked to
    its holder (named beside it here or elsewhere in the article) is not in doubt."""
    if _title_speaks(masked.text):
        return []
    start, end = doc.sentence_of(masked.start)
    waiting = [doc.titles[at] for post in posts for at in mentions.get(post, [])]
    plural = plural_title()
    others = []
    for title in doc.titles.values():
        if not start <= title.nstart < end or title.holder is not None or title in waiting \
                or any(title.nstart < w.nend and w.nstart < title.nend for w in waiting) \
                or plural.match(doc.norm, title.nstart):
            continue
        if (title.predicate, doc.spans[title.of].entity, title.role) not in posts:
            others.append(title)
    return others


def _shape_decides(ctx: Context, person: int, posts: Iterable[tuple[str, int, str | None]], others: list[Title]) -> bool:
    """Whether ``person``, who speaks after a lead, holds its waiting titles (``posts``) though the
    lead names ``others`` by a title alone too: only when their name's shape tells the sides apart.
    Titles all abroad (a foreign country's envoy, a post in a foreign city) beside others all at
    home: a name not shaped as an Iranian one (:func:`home_shaped`; ``سفیر ژاپن با شهردار اصفهان
    دیدار کرد. کازوتوشی آیکاوا … گفت``). Titles all at home beside others all abroad: a name shaped as
    an Iranian one (``شهردار تبریز با سفیر اندونزی دیدار کرد. بهمن کاویانی … گفت``); a name that may be
    either (``مراد کایا``), or sides not told apart, decide nothing."""
    if not others:
        return True
    doc = ctx.doc
    waiting = {_abroad(doc, p, o) for p, o, _ in posts}
    other = {_abroad(doc, t.predicate, doc.spans[t.of].entity) for t in others}
    name = doc.entities[person].label
    if waiting == {True} and other == {False}:
        return not home_shaped(name)
    return waiting == {False} and other == {True} and home_shaped(name)


def _abroad(doc: Doc, predicate: str, of: int) -> bool | None:
    """Whether a title's post is abroad (a foreign country's envoy, in a foreign city), at home
    (Iran's, an Iranian city's), or not known (None: a body)."""
    entity = doc.entities[of]
    if predicate == "represents":
        code = entity.links.get("iso3166")
        return None if code is None else code != "IR"
    if entity.type != "City":
        return None
    country = _gazetteer_country(doc, of)
    return None if country is None else country != "IR"


def _gazetteer_country(doc: Doc, city: int) -> str | None:
    """The country the gazetteer places a city in (its first mention with an entry), if any."""
    span = next((doc.spans[m] for m in doc.entities[city].mentions if doc.spans[m].entry), None)
    return None if span is None else span.entry.country


def _points_elsewhere(doc: Doc, masked: str, opener: int) -> bool:
    """Whether a pronoun after the opener, before any quotation, points to someone (``X در بدو
    ورود از وی استقبال کرد``): the lead's title is held by that one, not by the opener."""
    told = re.split(r"[:«]", masked[opener:], maxsplit=1)[0]
    return any(doc.spans[int(x.group(1))].coref for x in PH_PERSON.finditer(told))


def _opening_title(doc: Doc, masked: Masked) -> tuple[int, Title] | None:
    """The title not linked yet that opens the sentence after the news's source (if any), whose
    holder speaks in it (a verb of saying after it, no one named between), with its key in
    ``Doc.titles`` (a governor's is of an office named elsewhere)."""
    source = masked_source_lead().match(masked.text)
    at = masked.to_norm(source.end()) if source else masked.start
    end = doc.sentence_of(masked.start)[1]
    while at < end and doc.norm[at].isspace():
        at += 1
    key, title = next(((k, t) for k, t in doc.titles.items() if t.nstart == at), (None, None))
    if title is None or title.holder is not None or title.role is None and title.kind != "mayor":
        return None
    said = _speech_verb().search(doc.norm, title.nend, end)
    if said is None or any(sp.label == "Person" for sp in doc.spans[doc.span_index(title.nend):doc.span_index(said.start())]):
        return None
    return key, title


def _title_speaks(masked: str) -> bool:
    """Whether the title a sentence opens with is who speaks in it: a verb of saying with no one
    named before it, and no "also" (``… نیز گفت``: someone else speaking after)."""
    said = _speech_verb().search(masked)
    return said is not None and "⟨P#" not in masked[:said.start()] \
        and re.search(r"\s(?:نیز|هم)\s", masked[:said.start() + 1]) is None


@cache
def _speech_verb() -> re.Pattern:
    # (not a talk held, "گفت و گو کرد")
    return re.compile(rf"\s(?:{'|'.join(speech_cues()['verbs'])})(?!\w)(?!\s*و\s*گو)")


def _waiting(doc: Doc, mentions: dict[tuple, list[int]], post: tuple[str, int, str | None], at: int) -> tuple:
    """``post`` (a lead's title), noting the mention ``at`` when it is what a Title not linked yet is of."""
    title = doc.titles.get(at)
    if title is not None and title.holder is None:
        mentions.setdefault(post, []).append(at)
    return post


def _titled(doc: Doc, person: int, evidence: Evidence) -> bool:
    """Someone with a title of their own, who holds no title waiting for a name: a mayor, an envoy,
    or one given a post in this very sentence ("پرویز سروری رئیس شورای اسلامی شهر تبریز … گفت"
    after a lead on the consul who met him)."""
    return any(f.s == person and (f.p in ("mayorOf", "represents") or f.p == "memberOf" and f.evidence == evidence)
               for f in doc.facts)


def _network_posts_of_mayor(doc: Doc, person: int, titles: Iterable[tuple[str, int, str | None]]) -> bool:
    """Whether a mayor speaking is whom titles in city networks name (``X شهردار C گفت …`` then
    ``عضو مجمع شهرداران … افزود``): a mayor sits in the networks of cities, so such a title
    does not tell of someone else as a post of another kind does."""
    return any(f.s == person and f.p == "mayorOf" for f in doc.facts) and all(
        p == "memberOf" and doc.entities[o].type == "Organization"
        and (org_kind(doc.entities[o].key) == "city-network" or network_named(doc.entities[o].label))
        for p, o, _ in titles)


def _give_titles(ctx: Context, rule: Rule, person: int, titles: Iterable[tuple[str, int, str | None]],
                 mentions: dict[tuple, list[int]], evidence: Evidence) -> None:
    """``person`` holds each waiting title (predicate, object, role) but one in a body or city
    where the article gives them another post; each mention of a title given is linked to them."""
    doc = ctx.doc
    for p, o, r in sorted(titles, key=str):
        if _holds_another_post(doc, person, p, o, r):
            continue
        ctx.add(Fact(person, p, o, evidence, rule.id, rule.confidence, role=r))
        for at in mentions.get((p, o, r), []):
            link_speaker(doc, doc.titles[at], person)


def _holds_another_post(doc: Doc, person: int, p: str, o: int, role: str | None) -> bool:
    """Whether the article already gives ``person`` another post in the same body or city (``X،
    سخنگوی شهرداری یزد`` and, later, ``مدیر … شهرداری یزد تصریح کرد``: someone else's title)."""
    return p == "memberOf" and any(f.s == person and f.p == "memberOf" and f.o == o and f.role != role
                                   for f in doc.facts)


def _headline_first(doc: Doc, sentences: list[Masked]) -> list[Masked]:
    """The sentences in reading order: the headline (analysed after the text) first, as a
    lead ("سفر شهردار مشهد به نجف" then "محمدرضا قلندر شریف در این سفر …")."""
    if doc.title_at is None:
        return sentences
    headline = [m for m in sentences if doc.offsets[m.start] >= doc.title_at]
    return headline + [m for m in sentences if doc.offsets[m.start] < doc.title_at]


def _met_title_continuity(ctx: Context, rule: Rule, sentences: list[Masked], met_title: re.Pattern,
                          met_person: re.Pattern, also_said: re.Pattern) -> None:
    """An envoy or a mayor met by title (``در دیدار با سفیر اتریش``, ``… با شهردار استانبول``)
    whom the article does not name there is the person met by name in a later sentence, or who
    speaks next for the other side (``اکرم امام اوغلو نیز گفت``); not one with a title of their own."""
    doc = ctx.doc
    waiting: tuple[str, int, str | None, int] | None = None  # (predicate, object, role, mention of the title)
    for masked in sentences:
        if waiting is not None:
            m = met_person.search(masked.text) or also_said.match(masked.text)
            if m:
                person = doc.spans[int(m.group(1))].entity
                evidence = _sentence_evidence(doc, masked)
                if not _titled(doc, person, evidence):
                    p, o, role, at = waiting
                    ctx.add(Fact(person, p, o, evidence, rule.id, rule.confidence * 0.9, role=role))
                    if at in doc.titles:
                        link_speaker(doc, doc.titles[at], person)
                waiting = None
        m = met_title.search(masked.text)
        if m and m.group("n"):
            country = doc.spans[int(m.group("n"))].entity
            if ctx.holder("represents", country) is None:
                waiting = ("represents", country, title_role(m.group("role"), country, doc, "represents"), int(m.group("n")))
        elif m:
            city = doc.spans[int(m.group("c"))].entity
            if ctx.mayor(city) is None:
                waiting = ("mayorOf", city, None, int(m.group("c")))


@discourse_rule("post_titles")
def _post_titles(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """A post's title in a body or a municipality with its holder named right after it
    (``معاون دبیرکل ⟨O⟩ محترمه خانم X``, ``رئیس ⟨O⟩، آقای X``), linked by apposition
    (:func:`payvand.extract.resolve.link_titles`): the name holds the post. Not a plural title,
    whose list the name may not be (``X از اعضای ⟨O⟩، Y و Z معاونان …``); a post with its holder
    before it is the pattern rules' to read in its clause."""
    doc = ctx.doc
    plural = plural_title()
    for title in doc.titles.values():
        if title.kind != "post" or title.link != "apposition" or plural.match(doc.norm, title.nstart):
            continue
        after = doc.span_index(title.nend)
        if after >= len(doc.spans) or doc.spans[after].entity != title.holder:
            continue
        sentence = doc.sentence_of(title.nstart)
        start, end = sentence_term(doc, *sentence)
        ctx.add(Fact(title.holder, rule.p, doc.spans[title.of].entity, doc.evidence_of(*sentence), rule.id,
                     rule.confidence, role=title.role, start=start, end=end))


def _sentence_evidence(doc: Doc, masked: Masked) -> Evidence:
    """The evidence of a masked sentence: the sentence as the article has it."""
    return doc.evidence_of(*doc.sentence_of(masked.start))


def _foreign(ctx: Context, person: int) -> bool:
    """From abroad: represents a foreign country, or holds a post in a foreign city or an
    international body."""
    doc = ctx.doc
    for f in doc.facts:
        if f.s != person:
            continue
        o = doc.entities[f.o]
        code = o.links.get("iso3166")
        if f.p == "represents" and code and code != "IR":
            return True
        if f.p in ("mayorOf", "memberOf") and o.type == "City" and _gazetteer_country(doc, f.o) not in (None, "IR"):
            return True
        if f.p == "memberOf" and o.type == "Organization" and org_kind(o.key) in NETWORK_KINDS:
            return True
    return False


@cache
def _attendance_patterns() -> tuple[re.Pattern, list[re.Pattern]]:
    """The pre-test and the patterns of attendance.yaml."""
    cfg = load_yaml("patterns/attendance.yaml")
    macros = pattern_macros()
    return re.compile(cfg["requires"]), [compile_pattern(p.replace("{REGION}", "{s:REGION}"), macros) for p in cfg["patterns"]]


@discourse_rule("attendees")
def _attendees(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """Who attended the article's first meeting met its guests: the side from abroad (or the side
    met "with"), or the side other than the one their post is with (the host's deputy met the
    visitor). An attendee whose post the article does not tell is placed by the place named in
    their apposition (``X رئیس پارلمان نارا``). Attendees of the two sides met each other too
    (GUIDE: every named person of one side met every one of the other)."""
    if not ctx.meetings:
        return
    doc = ctx.doc
    side_a, side_b = ctx.meetings[0]
    a_foreign = any(_foreign(ctx, p) for p in side_a)
    b_foreign = any(_foreign(ctx, p) for p in side_b)
    guests = side_a if a_foreign and not b_foreign else side_b
    homes = post_cities(doc)

    def belongs(person: int) -> set[str]:
        """Where a person's posts are: their cities, and the countries of those and of whom they represent."""
        cities = homes.get(person, set())
        return {f"city:{c}" for c in cities} | {doc.entities[c].links.get("country") or "" for c in cities} | {
            doc.entities[f.o].links.get("iso3166") or "" for f in doc.facts if f.s == person and f.p == "represents"} - {""}

    def shares_post(where: set[str], side: list[int]) -> bool:
        return any(where & belongs(p) for p in side)

    requires, patterns = _attendance_patterns()
    candidates = [m for m in sentences if requires.search(m.text)]
    sides: dict[int, tuple[list[int], Evidence]] = {}  # attendee -> the side they met, and where
    for regex in patterns:
        for masked in candidates:
            for m in regex.finditer(masked.text):
                near = _apposition_places(doc, m.group("s_region"))
                for person in region_members(ctx, m.group("s_region"), "metWith"):
                    where = belongs(person) or near.get(person, set())
                    # an attendee whose post is in a city of one side (the host's deputy) met the other
                    met = (side_b if shares_post(where, side_a) and not shares_post(where, side_b)
                           else side_a if shares_post(where, side_b) and not shares_post(where, side_a) else guests)
                    if person in met:
                        continue
                    evidence = _sentence_evidence(doc, masked)
                    sides.setdefault(person, (met, evidence))
                    for guest in met:
                        ctx.add(Fact(person, "metWith", guest, evidence, rule.id, rule.confidence))
    attendees = list(sides)
    for i, a in enumerate(attendees):
        for b in attendees[i + 1:]:
            if sides[a][0] is not sides[b][0]:
                ctx.add(Fact(a, "metWith", b, sides[b][1], rule.id, rule.confidence))


def _apposition_places(doc: Doc, region: str) -> dict[int, set[str]]:
    """Person -> the first place named in their apposition in a list of people (``A استاندار
    سمرقند، B رئیس پارلمان نارا و C مشاور سفیر ژاپن``): a city as ``city:ID`` and its country's
    code, a country as its code."""
    out: dict[int, set[str]] = {}
    people = list(PH_PERSON.finditer(region))
    for k, m in enumerate(people):
        stretch = region[m.end():people[k + 1].start() if k + 1 < len(people) else len(region)]
        place = _PLACE_PH.search(stretch)
        if place is not None:
            e = doc.entities[doc.spans[int(place.group(2))].entity]
            where = ({f"city:{doc.spans[int(place.group(2))].entity}", e.links.get("country") or ""}
                     if place.group(1) == "C" else {e.links.get("iso3166") or ""})
            out[doc.spans[int(m.group(1))].entity] = where - {""}
    return out


_PLACE_PH = re.compile(r"⟨([CN])#(\d+)⟩")


# "دو طرف" (the two sides) of a signing may be two states ("رئیس‌جمهور … به مسکو رفت … دو طرف ۱۲ سند
# همکاری امضا کردند"): the article's two cities are the sides only when it tells of a city's own office
_SIDES = re.compile(r"دو\s+طرف")
# a city's municipality named before it: "شهرداری C", "شاروالی C", "شهرداری کلانشهر C"
_MUNICIPALITY_BEFORE = re.compile(r"(?:شهرداری|شاروالی)(?:\s+(?:شهر|کلانشهر))?\s*$")


def _municipal(doc: Doc, cities: list[int]) -> bool:
    """Whether the article names an office of one of ``cities``: a title of it (its mayor, a post
    in its municipality) or its municipality."""
    if any(doc.spans[t.of].entity in cities for t in doc.titles.values()):
        return True
    return any(sp.entity in cities and _MUNICIPALITY_BEFORE.search(doc.norm, max(0, sp.nstart - 20), sp.nstart)
               for sp in doc.spans)


@discourse_rule("two_cities")
def _two_cities(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """«خواهرخواندگی دو شهر» with no city named beside it: the two cities the article names,
    when it names exactly two (else the two its headline names, when it names two)."""
    doc = ctx.doc
    cities = sorted({sp.entity for sp in doc.spans if sp.label == "City" and sp.entity is not None})
    if len(cities) != 2:
        cities = sorted({sp.entity for sp in doc.spans if sp.label == "City" and sp.entity is not None
                         and sp.field == "title"})
    if len(cities) != 2:
        return
    municipal = _municipal(doc, cities)
    for masked in sentences:
        m = rule.regex.search(masked.text) if rule.pretested(masked.text) else None
        if m and (municipal or not _SIDES.match(m.group())):
            status = tie_status(doc, doc.sentence_of(masked.start), masked.to_norm(m.start()), masked.to_norm(m.end()))
            if status is not None:  # (None: the clause denies the tie)
                ctx.add(Fact(cities[0], rule.p, cities[1], _sentence_evidence(doc, masked), rule.id, rule.confidence,
                             status=status))


@discourse_rule("host_meeting")
def _host_meeting(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """A visitor to a city whose mayor the article names, and a sentence that tells of the
    meeting (``در این نشست``) and names that mayor (or their title): the two met."""
    doc = ctx.doc
    for visitor, city in sorted({(f.s, f.o) for f in doc.facts if f.p == "visited"}):
        host = ctx.mayor(city)
        if host is None or host == visitor:
            continue
        for masked in sentences:
            if rule.regex.search(masked.text) and any(
                    doc.spans[int(m.group("person"))].entity == host if m.group("person")
                    else doc.spans[int(m.group("city"))].entity == city for m in _HOST_MENTION.finditer(masked.text)):
                ctx.add(Fact(visitor, rule.p, host, _sentence_evidence(doc, masked), rule.id, rule.confidence))
                break


@discourse_rule("signing_visits")
def _signing_visits(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """An agreement signed in a city the article names (``… در قونیه به امضا رسید``): who
    signed it or attended the signing, and holds a post in another city (its municipality,
    its mayor's office, its council), travelled there."""
    doc = ctx.doc
    venues = {doc.spans[int(m.group("venue") or m.group("trip") or m.group("held"))].entity for masked in sentences
              if rule.pretested(masked.text) for m in rule.finditer(masked.text)}
    if len(venues) != 1:
        return
    venue = venues.pop()
    homes = post_cities(doc)
    for masked in sentences:
        if not _SIGNED_OR_CEREMONY.search(masked.text):
            continue
        for m in PH_PERSON.finditer(masked.text):
            person = doc.spans[int(m.group(1))].entity
            if homes.get(person) and venue not in homes[person]:
                ctx.add(Fact(person, rule.p, venue, _sentence_evidence(doc, masked), rule.id, rule.confidence))


@discourse_rule("met_there")
def _met_there(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """One met someone in a city (``… در مسکو با سرگئی سوبیانین دیدار کرد``), or was present
    at what was held there, that is not the city of their post (mayor of Tehran): they
    travelled there. Not one whose post the article does not tell: an envoy meets where they serve."""
    doc = ctx.doc
    homes = post_cities(doc)
    for masked in sentences:
        if not rule.pretested(masked.text):
            continue
        for m in rule.finditer(masked.text):
            people = ([doc.spans[int(m.group("s"))].entity] if m.groupdict().get("s") is not None
                      else region_members(ctx, m.group("s_region"), rule.p))
            city = doc.spans[int(m.group("o"))].entity
            for person in people:
                if homes.get(person) and city not in homes[person]:
                    ctx.add(Fact(person, rule.p, city, _sentence_evidence(doc, masked), rule.id, rule.confidence))


_SIGNED_OR_CEREMONY = re.compile(r"امضا\s+(?:شد|کرد|کردند|رسید)|به\s+امضای|^در\s+(?:این|آن)\s+(?:مراسم|آیین)")
_HOST_MENTION = re.compile(r"شهردار\s+⟨C#(?P<city>\d+)⟩|⟨P#(?P<person>\d+)⟩")


@discourse_rule("meeting_sides")
def _meeting_sides(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """The people of one meeting, each named in a list of who attended it (``نشستی با حضور A، B
    و C برگزار شد``, the rule's pattern) or as speaking in it (``در این دیدار، X گفت``, ``Y نیز در
    این نشست گفت``, ``در ادامه این دیدار Y گفت``; and who opens the first sentence of a meeting,
    ``X در دیدار با مقامات شهر C گفت``, ``X با شهردار و اعضای شورای شهر C دیدار کرد``): each met every one of the other side (GUIDE: across the sides, not within
    one). Sides are told apart by where their posts are: from abroad or not, else by the cities
    of their posts; one whose side is not known is paired with no one, but the one a lead's
    subject named by title alone met by name (``[در نشستی] استاندار C با ⟨P⟩ … دیدار کرد``): who
    speaks in the meeting later, with no post in that one's city, is of the subject's side. A named event is no
    meeting: its speakers took part in it (``participatedIn``)."""
    doc = ctx.doc
    speech = _session_speech()
    groups: list[tuple[list[int], Evidence]] = []
    speakers: list[int] = []
    evidence = None
    met: int | None = None  # whom the lead's subject, named by title alone, met by name
    met_countries: set[str] = set()  # the countries of that one's post, told beside them
    heard: list[tuple[int, Evidence]] = []  # who spoke in the meeting since, and where
    for masked in sentences:
        if not speakers and met is None and (lead := _MET_BY_TITLE.match(masked.text)) \
                and "⟨P#" not in lead.group("who") and not _NAMED_EVENT.search(masked.text):
            met = doc.spans[int(lead.group("met") or lead.group("met2"))].entity
            # the countries of the places in the met one's apposition ("با ⟨P⟩ استاندار ⟨C⟩ دیدار کرد")
            met_countries = {c for n in re.findall(r"⟨[CN]#(\d+)⟩", lead.group()[lead.end("met") - lead.start():])
                             if lead.group("met") and (c := _country(doc, doc.spans[int(n)].entity))}
        if rule.pretested(masked.text):
            for m in rule.finditer(masked.text):
                people = [p for p in region_members(ctx, m.group("s_region"), rule.p)
                          if doc.entities[p].type == "Person"]
                groups.append((people, _sentence_evidence(doc, masked)))
        said = speech.search(masked.text)
        if not speakers and not said and (host := _MEETING_SUBJECT.match(masked.text)) \
                and not _NAMED_EVENT.search(masked.text):
            # who opens the article's meeting ("X در دیدار با مقامات شهر C گفت"): one of its speakers
            speakers.extend(p for p in region_members(ctx, host.group("who"), rule.p) if doc.entities[p].type == "Person")
            evidence = evidence or (_sentence_evidence(doc, masked) if speakers else None)
        if said and not _NAMED_EVENT.search(masked.text[:said.end()]):
            for p in region_members(ctx, said.group("who") or said.group("who2") or "", rule.p):
                if doc.entities[p].type == "Person" and p not in speakers:
                    speakers.append(p)
                    evidence = evidence or _sentence_evidence(doc, masked)
                    along = _WITH_HIM.search(masked.text)  # (who goes along with the one met is of their side)
                    if not (along and (along.group("who") is None or doc.spans[int(along.group("who"))].coref
                                       or doc.spans[int(along.group("who"))].entity == met)):
                        heard.append((p, _sentence_evidence(doc, masked)))
    if len(speakers) > 1 and evidence is not None:
        groups.append((speakers, evidence))
    homes = post_cities(doc)
    if met is not None:
        # the lead's subject is the other side: whoever speaks in the meeting, but the one met
        # and those whose posts are in the met one's city
        for p, ev in heard:
            if p != met and not homes.get(p, set()) & homes.get(met, set()) \
                    and not (_post_countries(ctx, p) & (_post_countries(ctx, met) | met_countries)) - {"IR"}:
                ctx.add(Fact(p, rule.p, met, ev, rule.id, rule.confidence))
    for people, ev in groups:
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                if _other_sides(ctx, homes, a, b):
                    ctx.add(Fact(a, rule.p, b, ev, rule.id, rule.confidence))


def _post_countries(ctx: Context, person: int) -> set[str]:
    """The countries (ISO codes) of a person's posts: the one they represent, those of the cities
    and countries their titles and seats are of (``سرکنسول عراق در تبریز``: Iraq)."""
    doc = ctx.doc
    places = [f.o for f in doc.facts if f.s == person and f.p in ("represents", "mayorOf", "memberOf")]
    places += [doc.spans[t.of].entity for t in doc.titles.values() if t.holder == person]
    return {c for c in (_country(doc, e) for e in places) if c}


def _country(doc: Doc, entity: int) -> str | None:
    """The country (ISO code) of a country or a city the gazetteer places."""
    links = doc.entities[entity].links
    return links.get("iso3166") or links.get("country")


# who goes along with the one met ("X همراه وی …": a pronoun, however resolved, or the one met named): of their side
_WITH_HIM = re.compile(r"(?:^|\s)(?:به\s+)?همراه\s+(?:وی|او|ایشان|⟨P#(?P<who>\d+)⟩)(?!\w)")


def _other_sides(ctx: Context, homes: dict[int, set[int]], a: int, b: int) -> bool:
    """Whether two people of a meeting stand on its two sides: one from abroad and one not, or
    both with posts, in cities none of which they share."""
    foreign_a, foreign_b = _foreign(ctx, a), _foreign(ctx, b)
    if foreign_a != foreign_b:
        return bool(homes.get(a) or _represents(ctx, a)) and bool(homes.get(b) or _represents(ctx, b))
    return bool(homes.get(a)) and bool(homes.get(b)) and not homes[a] & homes[b]


def _represents(ctx: Context, person: int) -> bool:
    return any(f.s == person and f.p == "represents" for f in ctx.doc.facts)


@cache
def _session_speech() -> re.Pattern:
    """A sentence that tells someone spoke in "this meeting": who (a region) and the verb."""
    verbs = "|".join(speech_cues()["verbs"])
    session = r"(?:دیدار|ملاقات|نشست|جلسه|گفت\s?و\s?گو|گفتگو)"
    # (a part of it may be told: "در ادامه این دیدار، Y … گفت")
    part = r"(?:(?:ادامه|پایان|جریان|طول|خلال)\s+)?"
    return re.compile(rf"^(?:در\s+{part}(?:این|آن)\s+{session}\s*[،,]?\s*(?P<who>[^:؛]*?)"
                      rf"|(?P<who2>[^:؛]*?)\s+(?:نیز\s+|هم\s+)?در\s+(?:این|آن)\s+{session}(?:\s+[^:؛⟨⟩]*?)?)"
                      rf"\s+(?:نیز\s+|هم\s+)?(?:{verbs})(?!\w)")


_NAMED_EVENT = re.compile(r"⟨E#\d+⟩")
# a lead whose subject meets someone by name ("[در نشستی] استاندار C با ⟨P⟩ … دیدار کرد", "… در
# دیدار با ⟨P⟩ گفت"): when the subject names no person (a title), who speaks later is of its side
_MET_BY_TITLE = re.compile(r"^(?P<who>[^:؛]*?)\s+(?:در\s+(?:دیدار|نشست|ملاقات)\s+با\s+⟨P#(?P<met2>\d+)⟩"
                           r"|با\s+⟨P#(?P<met>\d+)⟩[^:؛⟨⟩]*?(?:⟨[CNO]#\d+⟩[^:؛⟨⟩]*?)*?\s(?:دیدار|ملاقات|گفت\s?و\s?گو|گفتگو)"
                           r"(?:\s+و\s+(?:گفت\s?و\s?گو|گفتگو|رایزنی))?\s+(?:کرد|کردند|داشت|داشتند|نمود|نمودند)(?!\w))")
# (or who met a side named by title only: "X به مناسبت … با شهردار و اعضای شورای شهر C دیدار کرد")
_MEETING_SUBJECT = re.compile(r"^(?P<who>[^:؛]*?)\s+(?:در\s+(?:دیدار|نشست|ملاقات)\s+با\s|با\s+[^:؛.⟨⟩]*?(?:⟨[CNO]#\d+⟩[^:؛.⟨⟩]*?)*?"
                              r"\s(?:دیدار|ملاقات|گفت\s?و\s?گو|گفتگو)(?:\s+و\s+(?:گفت\s?و\s?گو|گفتگو|رایزنی))?\s+(?:کرد|کردند|داشت|داشتند|نمود|نمودند)(?!\w))")


@discourse_rule("capital_reference")
def _capital_reference(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """``پایتخت عراق``, ``پایتخت‌های ایران و سوریه``: each country's capital, when the article
    names that city (by GeoNames' table of capitals, not a list of ours)."""
    doc = ctx.doc
    capitals = gazetteer().capitals
    cities = {e.key: i for i, e in enumerate(doc.entities) if e.type == "City"}
    for masked in sentences:
        if not rule.pretested(masked.text):
            continue
        for m in rule.finditer(masked.text):
            for ph in re.finditer(r"⟨N#(\d+)⟩", m.group("countries")):
                country = doc.spans[int(ph.group(1))].entity
                city = cities.get(capitals.get(doc.entities[country].links.get("iso3166", ""), ""))
                if city is not None:
                    ctx.add(Fact(city, rule.p, country, _sentence_evidence(doc, masked), rule.id, rule.confidence))


@discourse_rule("event_venue")
def _event_venue(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """One whose post is in a city, who took part in an event that the article says was held in
    another city (``hostedBy`` a city), travelled there. Not in an article that tells of an event
    held online (``مجازی``, ``ویدئوکنفرانس``): taking part needed no trip."""
    doc = ctx.doc
    if _ONLINE.search(doc.norm):
        return
    homes = post_cities(doc)
    venues: dict[int, set[int]] = {}
    for f in doc.facts:
        if f.p == "hostedBy" and doc.entities[f.o].type == "City":
            venues.setdefault(f.s, set()).add(f.o)
    for f in [f for f in doc.facts if f.p == "participatedIn" and f.o in venues]:
        if doc.entities[f.s].type != "Person" or not homes.get(f.s):
            continue
        for city in sorted(venues[f.o] - homes[f.s]):
            ctx.add(Fact(f.s, rule.p, city, f.evidence, rule.id, rule.confidence))


_ONLINE = re.compile(r"مجازی|ویدئو\s?کنفرانس|ویدیو\s?کنفرانس|وبینار|آنلاین|برخط|ویدئویی|ویدیویی")


@discourse_rule("trip_members")
def _trip_members(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """``در این سفر A، B و C نیز حضور دارند``: those who go along on the trip the article tells
    of went to its one city (the cities visited in the article, less the members' own)."""
    doc = ctx.doc
    homes = post_cities(doc)
    went = {f.o for f in doc.facts if f.p == "visited" and doc.entities[f.o].type == "City"}
    for masked in sentences:
        if not rule.pretested(masked.text):
            continue
        for m in rule.finditer(masked.text):
            members = [p for p in region_members(ctx, m.group("s_region"), rule.p) if doc.entities[p].type == "Person"]
            own = set().union(*(homes.get(p, set()) for p in members))
            if len(went - own) == 1:
                for person in members:
                    ctx.add(Fact(person, rule.p, next(iter(went - own)), _sentence_evidence(doc, masked),
                                 rule.id, rule.confidence))


@discourse_rule("visited_country")
def _visited_country(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """A city visited, followed in the sentence that tells it by its country (``وارد مسکو
    پایتخت روسیه شدند``, ``در شهر نایروبی کشور کنیا``): the country was visited too, by one whose
    posts are in cities of another country."""
    doc = ctx.doc
    homes = post_cities(doc)
    by_evidence = {_sentence_evidence(doc, m): m for m in sentences}
    for f in [f for f in doc.facts if f.p == "visited" and doc.entities[f.o].type == "City"]:
        masked = by_evidence.get(f.evidence)
        if masked is None or not homes.get(f.s) or not rule.pretested(masked.text):
            continue
        own = {doc.entities[c].links.get("country") for c in homes[f.s]}
        for m in rule.finditer(masked.text):
            city, country = doc.spans[int(m.group("city"))].entity, doc.spans[int(m.group("country"))].entity
            code = doc.entities[country].links.get("iso3166")
            if city == f.o and code not in own and doc.entities[city].links.get("country") in (None, code):
                ctx.add(Fact(f.s, rule.p, country, f.evidence, rule.id, rule.confidence))


@discourse_rule("guest_delegation")
def _guest_delegation(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """``در دیدار با X و هیئت همراه``: X came with a delegation, so X's meetings were in the
    cities of the posts of whom X met (not travelling themselves), other than X's own."""
    doc = ctx.doc
    homes = post_cities(doc)
    for masked in sentences:
        if not rule.pretested(masked.text):
            continue
        evidence = _sentence_evidence(doc, masked)
        for m in rule.finditer(masked.text):
            guest = doc.spans[int(m.group("s"))].entity
            # whom the guest met, by the article's metWith facts (a meeting is told once, often in the lead)
            hosts = [f.o if f.s == guest else f.s for f in doc.facts if f.p == "metWith" and guest in (f.s, f.o)]
            for host in hosts:
                if any(f.p == "visited" and f.s == host for f in doc.facts):
                    continue  # a host on a trip of their own: the meeting may be anywhere
                for city in sorted(homes.get(host, set()) - homes.get(guest, set())):
                    ctx.add(Fact(guest, rule.p, city, evidence, rule.id, rule.confidence))


@discourse_rule("seat_holders")
def _seat_holders(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """GUIDE (Seats): a city holds a seat only when its mayor or delegation is not named. A seat
    (``rule.p``) a rule gave a city where its sentence speaks of the city's mayors (the rule's
    ``cities`` group: ``شهرداران A، B و C``, ``شهردار A``) or of a post the city was elected to
    (its ``elected`` group with a role: ``A به عنوان نایب رئیس``) goes to the one mayor in office of
    the city the article names, however late in the article (not a former one: ``Context.mayor``). Runs after every rule that gives seats
    and before those that read them (the trips to an event's venue). The city keeps a seat it
    holds itself: a membership (``A عضو … است``, ``A به … پیوست``), a designation (``A به عنوان
    شهر خلاق …``: a Member), a municipality's presence (``شهرداری A در … شرکت کرد``)."""
    doc = ctx.doc
    mayors = {c: m for c in {f.o for f in doc.facts if f.p == "mayorOf"}
              if (m := ctx.mayor(c)) is not None}
    seats = [f for f in doc.facts if f.p == rule.p and f.s in mayors and doc.entities[f.s].type == "City"]
    if not seats:
        return
    by_evidence = {_sentence_evidence(doc, m): m for m in sentences}
    for f in seats:
        masked = by_evidence.get(f.evidence)
        if masked is None or not rule.pretested(masked.text) or not _told_of_mayor(doc, rule, masked.text, f):
            continue
        ctx.sink.withdraw(f)
        ctx.add(Fact(mayors[f.s], f.p, f.o, f.evidence, rule.id, rule.confidence, role=f.role,
                     status=f.status, start=f.start, end=f.end))


def _told_of_mayor(doc: Doc, rule: Rule, masked: str, seat: Fact) -> bool:
    """Whether the seat's city, where the sentence names it, stands for its mayor: in the
    ``cities`` of a match (a list after ``شهرداران``, or a mayor's title of the city not set
    beside its holder's name: "لوح عضویت A به X شهردار A" is A's), or in the ``elected`` ones
    when the seat is a post (not a plain membership)."""
    post = seat.role not in (None, "Member")
    for m in rule.finditer(masked):
        for group in ("cities", "elected"):
            if m.groupdict().get(group) is None or group == "elected" and not post:
                continue
            for ph in PH_CITY.finditer(m.group(group)):
                k = int(ph.group(1))
                title = doc.titles.get(k)
                if k == seat.s_mention and (group == "elected" or m.group("plural") or title is not None
                                            and title.kind == "mayor" and title.link != "apposition"):
                    return True
    return False
