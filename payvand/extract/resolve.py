"""Coreference and linking: mentions become entities with stable keys and links.

* ``این انجمن``/``این سازمان``/``این شهر``/``این نشست`` point back to the nearest earlier
  mention of the matching type; ``وی``/``او``/``ایشان`` to the last person named before,
  or, opening a sentence, to the person the sentence before is about.
* A surname alone joins the one person of the article whose name ends with it; two
  spellings that the gazetteer links to one place (``بوگوتا``/``بوگاتا``) are one entity.
* A city is linked to the GeoNames candidate in a country that the article names, else
  to the curated preference, else to the most populous one.
* A city council named without its city (``شورای شهر``) is the council of a city named before.
* A title (``شهردار تهران``, ``سفیر چین در ایران``, ``دبیرکل ⟨O⟩``: ``Doc.titles``) is linked, once,
  to the person it denotes (:func:`link_titles`); later stages read ``Title.holder``.
"""
from __future__ import annotations

import re
from functools import cache

from payvand.extract.attribution import dateline, said_right_before, source_lead, source_named_before, source_unclosed
from payvand.extract.data import load_yaml, not_after, only_after, word_alternation
from payvand.extract.mentions.entities import add_span, given_names, cues, person_titles
from payvand.extract.mentions.gazetteer import gazetteer, surface_key
from payvand.extract.mentions.titles import beside, find_titles, roles_regex
from payvand.extract.text import CLAUSE_END, Doc
from payvand.types import Entity, Entry, Span, Title


SALIENCE_WINDOW = 500  # mentions before a reference that its antecedent is chosen among


@cache
def _coref_patterns() -> tuple[list[tuple[str, re.Pattern]], re.Pattern, frozenset[str], re.Pattern]:
    """(entity type, ``این انجمن`` pattern) pairs, the bare-head pattern, the titles a bare
    head may follow, the pronoun pattern."""
    c = cues()["coref"]
    this = []
    for etype, nouns in c["nouns"].items():
        alts = "|".join(re.escape(surface_key(n)) for n in sorted(nouns, key=len, reverse=True))
        this.append((etype, re.compile(not_after(r"\w", c["this"]) + r"\s(" + alts + r")(?!\w)")))
    heads = "|".join(only_after(r"\s", re.escape(surface_key(h))) for h in c["bare_heads"])
    # (followed by the verb of the post's election: "به ریاست انجمن برگزیده شد", "به عضویت هیئت مدیره
    # انجمن درآمدند"; or before its holder's name: "دبیرکل مجمع X", checked against the person mentions)
    bare = re.compile(r"(" + heads + r")(?=\s*(?:[،.؛:]|$)|\s+(?:و|را|است|هستند|بود|شد|شدند|ابقا|انتخاب|برگزیده|"
                      r"منصوب|درآمد|درآمدند|پیوست|پیوستند)(?!\w)|\s+(?P<name>\S))")
    titles = frozenset({surface_key(t) for t in c["bare_head_after"]} | set(gazetteer().roles))
    not_post = tuple(rf"{w}\s" for w in c["official_not_after"])
    pronouns = re.compile("(" + "|".join([not_after(r"\w", p) for p in c["pronouns"]]
                                         + [not_after((*not_post, r"\w"), p) for p in c["official"]]) + r")(?!\w)")
    return this, bare, titles, pronouns


def coreference(doc: Doc) -> Doc:
    this, bare, titles, pronouns = _coref_patterns()
    for etype, pattern in this:
        for m in pattern.finditer(doc.norm):
            _refer(doc, m, etype, head=m.group(1))
    _events_of_referred_bodies(doc)
    for m in _ceremony_pattern().finditer(doc.norm):
        _refer(doc, m, "Event", head=cues()["coref"]["ceremony_head"])  # (as "این مراسم"; add_span keeps a mention there)
    # a bare head noun after a title: "شهردار استانبول رئیس مجمع و شهردار تهران موسس مجمع"
    for m in bare.finditer(doc.norm):
        before = doc.norm[max(0, m.start() - 200):m.start()].split()
        if m.group("name") is not None and not _person_at(doc, m.start("name")):
            continue
        if before and (before[-1] in titles or " ".join(before[-2:]) in titles):
            _refer(doc, m, "Organization", head=m.group(1))
    for m in _delegation_patterns()[0].finditer(doc.norm):
        head = _delegation_head(doc, m.start())
        if head is not None:
            add_span(doc, m.start(), m.end(), "Person", ref=head)
    _bare_councils(doc)
    for m in pronouns.finditer(doc.norm):
        subject = _previous_subject(doc, m.start())
        if subject is not None:
            add_span(doc, m.start(), m.end(), "Person", ref=subject)
        else:
            _refer(doc, m, "Person")
    return doc


@cache
def _ceremony_pattern() -> re.Pattern:
    """A ceremony of an event after در with no event named after it (a comma, or a clause of
    its own: ``در آیین افتتاح، …``, ``در مراسم اختتامیه که …``)."""
    words = {surface_key(w) for w in cues()["coref"]["ceremonies"]}
    return re.compile(r"(?<=(?<!\w)در\s)(?:" + word_alternation(words) + r")(?=\s*[،,]|\s+که\s)")


def _person_at(doc: Doc, pos: int) -> bool:
    """Whether a person's name (not a reference) starts at ``pos``."""
    at = doc.span_index(pos)
    return at < len(doc.spans) and doc.spans[at].nstart == pos and doc.spans[at].label == "Person" \
        and not doc.spans[at].coref


def _events_of_referred_bodies(doc: Doc) -> None:
    """An event named right before a reference to a body (``چهارمین اجلاس دوسالانه این مجمع``)
    is that body's event: its name goes on over the reference, the body is its inner link."""
    i = 0
    while i + 1 < len(doc.spans):
        event, ref = doc.spans[i], doc.spans[i + 1]
        if event.label == "Event" and not event.coref and event.inner is None and ref.coref \
                and ref.label == "Organization" and ref.nstart == event.nend + 1 and doc.norm[event.nend] == " ":
            doc.spans[i] = doc.make_span(event.nstart, ref.nend, "Event", **{**event.annotations(), "inner": ref.ref})
            del doc.spans[i + 1]
        i += 1


def _bare_councils(doc: Doc) -> None:
    """A city council named without its city (``عضو شورای شهر``) is the council of a city the
    article names: the last one named before it, else the only one named after it."""
    bare = frozenset(cues()["coref"]["bare_councils"])
    named = [sp for sp in doc.spans if sp.label == "Organization" and not sp.coref
             and sp.norm not in bare and any(sp.norm.startswith(b + " ") for b in bare)]
    if not named:
        return
    for span in doc.spans:
        if span.label != "Organization" or span.norm not in bare or span.coref \
                or span.municipality is not None:  # (one told of a city's municipality already)
            continue
        before = [sp for sp in named if sp.nend <= span.nstart]
        after = {_identity(sp) for sp in named if sp.nstart > span.nstart}
        target = before[-1] if before else named[0] if len(after) == 1 else None
        if target is not None:
            span.ref = target


@cache
def _delegation_patterns() -> tuple[re.Pattern, re.Pattern]:
    """``این هیئت`` (not a board: ``این هیئت مدیره``) or ``هیئت اعزامی``, and what a delegation's head follows."""
    c = cues()["coref"]
    nouns = "|".join(c["delegation"])
    this = re.compile(rf"{not_after(r'\w', c['this'])}\s(?:{nouns})(?!\w)(?!\s+(?:{'|'.join(c['not_delegation'])})(?!\w))"
                      rf"|(?<!\w)(?:{nouns})\s+(?:{'|'.join(c['delegation_again'])})(?!\w)")
    led = re.compile(rf"به\s+(?:{'|'.join(c['delegation_led'])})\s+$")
    return this, led


def _delegation_head(doc: Doc, pos: int):
    """The person a delegation mentioned before ``pos`` was led by (``به سرپرستی X``), the last one."""
    led = _delegation_patterns()[1]
    upto = doc.span_index(pos)
    for sp in reversed(doc.spans[max(0, upto - SALIENCE_WINDOW):upto]):
        if sp.label == "Person" and not sp.coref and led.search(doc.norm, max(0, sp.nstart - 20), sp.nstart):
            return sp
    return None


def _previous_subject(doc: Doc, pos: int):
    """For a pronoun that opens a sentence (``وی افزود``), the person the sentence before is
    about: its opening person (``X ... گفت.``, also after the news's source: ``به گزارش ایسنا،
    X …``), or the one an opening title names again
    (``دبیرکل اتحادیه Y ... گفت.`` after ``X دبیرکل اتحادیه Y``, among the last
    ``SALIENCE_WINDOW`` mentions). None when neither."""
    start, _ = doc.sentence_of(pos)
    if doc.norm[start:pos].strip() or start == 0:
        return None
    previous = doc.sentence_before(start)
    if previous is None:
        return None
    prev_start = previous[0]
    if source := source_lead().match(doc.norm, prev_start, start):
        prev_start = source.end()  # "به گزارش X به نقل از Y؛ A … دیدار کرد.": A opens it
    clauses = list(CLAUSE_END.finditer(doc.norm, prev_start, start))
    if clauses:  # "... تشریح شد و دبیرکل اتحادیه Y ... عنوان کرد.": the last clause's subject
        prev_start = clauses[-1].end()
    at = doc.span_index(prev_start)
    said = doc.spans[at] if at < len(doc.spans) else None
    if said is not None and said.nstart < start and said.label == "Person" and said.coref \
            and _opens(doc.norm[prev_start:said.nstart].strip()):
        return said.ref  # "وی افزود" after "وی گفت": the one the quotes go on from
    opening = next((doc.spans[i] for i in range(at, len(doc.spans))
                    if not doc.spans[i].coref), None)
    if opening is None or opening.nstart >= start:
        return None
    lead = doc.norm[prev_start:opening.nstart].strip()
    if opening.label == "Person" and _opens(lead):
        return opening  # (after the news's source: "به گزارش ایرنا، X گفت.")
    _, _, titles, _ = _coref_patterns()
    words = lead.split()
    if opening.label in ("Organization", "City", "Country") and 1 <= len(words) <= 2 \
            and " ".join(words) in titles | person_titles():
        named = re.escape(doc.norm[prev_start:opening.nend].strip())
        upto = doc.span_index(prev_start)
        for sp in doc.spans[max(0, upto - SALIENCE_WINDOW):upto]:
            if sp.label == "Person" and not sp.coref and sp.nend <= prev_start \
                    and re.match(r"\s*[،,]?\s*" + named, doc.norm[sp.nend:sp.nend + len(named) + 4]):
                return sp
    return None


def _refer(doc: Doc, m: re.Match, etype: str, head: str | None = None) -> None:
    """Add the matched words as a mention of their antecedent, when there is one."""
    target = _nearest(doc, m.start(), {etype}, head=head)
    if target is not None and etype == "Event" and _meeting_between(doc, head, target.nend, m.start()):
        return  # "… دیدار کرد. در این نشست …": the meeting told since, no named event
    if target is not None:
        add_span(doc, m.start(), m.end(), etype, ref=target)


def _meeting_between(doc: Doc, head: str | None, start: int, end: int) -> bool:
    """Whether a meeting or signing is told (``با X دیدار کرد``, ``در دیدار با X``, ``تفاهم‌نامه امضا شد``; not a
    talk named as a topic, ``برای گفت و گو درباره …``) between an event's mention and a reference
    whose head a meeting also takes (``این نشست``), in another sentence than the event's."""
    c = cues()["coref"]
    if head not in c["meeting_heads"] or doc.sentence_of(start)[0] == doc.sentence_of(end)[0]:
        return False
    return _meeting_acts().search(doc.norm, start, end) is not None


@cache
def _meeting_acts() -> re.Pattern:
    c = cues()["coref"]
    return re.compile("(?:" + word_alternation(c["meeting_acts"]) + r")(?:\s+با\s|(?:\s+[^\s.؛]+){0,3}?\s+(?:"
                      + "|".join(map(re.escape, c["meeting_verbs"])) + r")(?!\w))")


def _nearest(doc: Doc, pos: int, types: set[str], head: str | None = None):
    """The antecedent: the nearest mention in the same sentence, else the most salient
    (most often mentioned so far, among the last ``SALIENCE_WINDOW`` mentions: a long article
    made every reference a pass over all its mentions) one; an event named after a body counts
    for the body."""
    before = []
    upto = doc.span_index(pos)
    for s in doc.spans[max(0, upto - SALIENCE_WINDOW):upto]:
        if s.nend > pos or s.coref:
            continue
        if s.label in types:
            before.append(s)
        elif s.label == "Event" and s.inner is not None and s.inner.label in types:
            before.append(s.inner)
    if not before:
        return None
    if head:  # (an event's head after its ordinal: "پنجمین اجلاس …" for "این اجلاس")
        named = [s for s in before if s.norm.startswith(head) or s.label == "Event" and _event_head(s.norm) == head]
        before = named or before
    if "City" in types:  # "سفیر ارمنستان در تهران": where an envoy serves is not what the text is about
        about = [s for s in before if not _POSTING.search(doc.norm, max(0, s.nstart - 60), s.nstart)]
        before = about or before
    sent_start, _ = doc.sentence_of(pos)
    same = [s for s in before if s.nstart >= sent_start]
    if same or "Person" in types:
        return (same or before)[-1]
    keyed: dict[str, int] = {}
    for s in before:
        keyed[_identity(s)] = keyed.get(_identity(s), 0) + 1
    return max(before[::-1], key=lambda s: keyed[_identity(s)])


_POSTING = re.compile(r"(?:سفیر|سرکنسول|کنسول|کاردار|سفارت|سرکنسولگری|نماینده)(?:\s+(?:کشور|جمهوری))?\s+\S+"
                      r"(?:\s+\S+)?\s+(?:مقیم\s+|در\s+)$")


def _identity(span) -> str:
    entries = span.entries
    return entries[0].key if entries else span.norm


_ORDINAL = re.compile(r"^(?:(?:\S+\s+و\s+)*\S+مین|نخستین|اولین)\s+(?:دوره\s+)?")


def _event_head(name: str) -> str:
    """An event's head noun: its first word after an ordinal (دهمین اجلاس …, بیست و پنجمین دوره
    اجلاس … → اجلاس)."""
    return _ORDINAL.sub("", name).split(" ", 1)[0]


@cache
def _references() -> frozenset[str]:
    """Mentions that refer to a place without naming it (کشورمان)."""
    return frozenset(surface_key(r) for r in load_yaml("places.yaml")["references"])


def _event_name(span) -> str:
    """An event's name with the listed body it is named after written as the body's registry
    key: "کنگره جهانی UCLG" and "کنگره جهانی سازمان شهرها و دولتهای محلی متحد" are one event;
    a name that refers to a body named before ("… این مجمع") is written with the body's name."""
    inner, norm = span.inner, span.norm
    at = inner.nstart - span.nstart if inner is not None else 0
    if inner is not None and not span.nstart <= inner.nstart < span.nend:
        # (its own name before the reference, whatever the reference's length: "… این مجمع جهانی")
        head = norm[:norm.rfind(" " + cues()["coref"]["this"] + " ")]
        norm, at = head + " " + inner.norm, len(head) + 1
    entries = inner.entries if inner is not None else None
    if not entries or entries[0].type != "Organization":
        return norm
    return norm[:at] + entries[0].key.removeprefix("org/") + norm[at + len(inner.norm):]


def minted_key(kind: str, name: str) -> str:
    """The key of an entity no gazetteer lists, from its name: its words joined by ``_``, with
    an ending written after a half-space glued back (``قاسم‌زاده``, ``شهرداری‌های``), and two
    words that are one listed given name too (``علی‌رضا``): a name keys alike with or without
    its half-spaces, in one article and across articles."""
    glued = _glued_endings()
    words: list[str] = []
    for w in surface_key(name).split():
        if words and (w in glued or words[-1] + w in given_names()):
            words[-1] += w
        else:
            words.append(w)
    return f"{kind}/" + "_".join(words)


@cache
def _glued_endings() -> frozenset[str]:
    person = cues()["person"]
    return frozenset(person["detached_surname_endings"]) | frozenset(cues()["coref"]["glued_endings"])


def _choose(entries: list[Entry], countries: set[str]) -> Entry:
    in_text = [e for e in entries if e.country and e.country in countries]
    pool = in_text or [e for e in entries if e.prefer] or entries
    return max(pool, key=lambda e: e.population)


def link(doc: Doc) -> Doc:
    """Group mentions into entities (``doc.entities``) and set ``span.entity``."""
    countries = {s.entries[0].links[0][1] for s in doc.spans
                 if s.label == "Country" and s.entries}
    by_key: dict[str, int] = {}

    def entity_for(key: str, etype: str, entry: Entry | None) -> int:
        if key not in by_key:
            by_key[key] = len(doc.entities)
            links = dict(entry.links) if entry else {}
            if entry is not None and entry.type == "City" and entry.country:
                links["country"] = entry.country
            doc.entities.append(Entity(type=etype, label="", key=key, links=links, en=entry.en if entry else None))
        return by_key[key]

    persons = [s for s in doc.spans if s.label == "Person" and not s.coref]
    full = {s.norm for s in persons if len(s.norm.split()) >= 2}
    named_events = {s.norm: _event_name(s) for s in doc.spans if s.label == "Event" and not s.coref}
    events = sorted(named_events, key=len)
    in_text = {s.norm for s in doc.spans if s.label == "Event" and not s.coref and s.field != "title"}

    def assign(span) -> None:
        entries = span.entries
        if entries:
            entry = _choose(entries, countries)
            span.entry = entry
            span.entity = entity_for(entry.key, entry.type, entry)
        elif span.label == "Person":
            name = span.norm
            owners = [f for f in full if f != name and f.endswith(" " + name)]
            if len(owners) == 1:
                name = owners[0]
            span.entity = entity_for(minted_key("person", name), "Person", None)
        elif span.label == "Event":
            # "سیزدهمین کنگره جهانی" later in the text is the event named in full before
            name = next((e for e in events if e != span.norm and e.startswith(span.norm + " ")), span.norm)
            if span.field == "title" and name not in in_text:
                # a headline's shorter name ("اجلاس شهرداران آسیا") of the one event of its kind the text names
                alike = {e for e in in_text if _event_head(e) == _event_head(name)
                         and not any(f != e and f.startswith(e + " ") for f in in_text)}
                name = alike.pop() if len(alike) == 1 else name
            span.entity = entity_for(minted_key("event", named_events[name]), "Event", None)
        else:
            span.entity = entity_for(minted_key(span.label.lower(), span.norm), span.label, None)

    for span in doc.spans:
        if not span.coref:
            assign(span)
        if span.inner is not None:
            assign(span.inner)
    for span in doc.spans:
        if span.coref:
            span.entity = span.ref.entity
    references = _references()
    for idx, span in enumerate(doc.spans):
        if span.entity is None:
            continue
        ent = doc.entities[span.entity]
        ent.mentions.append(idx)
        if not span.coref and len(span.text) > len(ent.label):
            if span.norm not in references:
                ent.label = span.text
            elif not ent.label:  # (until the text names it)
                ent.label = span.entry.label
    for span in doc.spans:
        inner = span.inner
        if inner is not None and len(inner.text) > len(doc.entities[inner.entity].label):
            doc.entities[inner.entity].label = inner.text  # the fullest name, inside an event's too
    return doc


def link_titles(doc: Doc) -> Doc:
    """Find the titles (:func:`payvand.extract.mentions.titles.find_titles`) and link each, once,
    to the person it denotes; every later stage reads ``Title.holder``:

    * ``apposition``: the person named beside it, before (``X، شهردار تهران``) or, when nothing
      before holds it, right after (``شهردار تهران، X``, ``دبیرکل ⟨O⟩ X``; not one with a title of
      their own, ``معاونان شهردار تبریز، X مدیرکل …``, nor the object of an act, ``… X را منصوب کرد``);
    * ``elsewhere``: the one person the article names beside the same title (same post, same
      body or city, same role), for its mentions by title alone (``با شهردار تهران دیدار کرد``);
    * ``lead``: a title alone as the subject of a lead is the subject of the body's first sentence
      that names someone, when both tell one act (:func:`_link_lead_subjects`).

    The next speaker after a title-only lead (``speaker``) is linked by the rules over sentences
    (:mod:`payvand.extract.relations.discourse`), which need the clauses."""
    find_titles(doc)
    for title in doc.titles.values():
        person = _named_beside(doc, title)
        if person is not None:
            title.holder, title.link = person, "apposition"
    _link_elsewhere(doc)
    _link_lead_subjects(doc)
    return doc


def _link_lead_subjects(doc: Doc) -> None:
    """News names its actor by title in the lead and by name in the body: ``شهردار C وارد مسکو شد.``
    then ``به گزارش ایرنا، X که … وارد مسکو شد …``. A title not linked yet that opens a lead
    sentence naming no one (after a dateline, whose reporter is no one, or the news's source), the
    one title waiting there, is held by the person who opens the next sentence naming anyone, when
    that person holds no title of their own, no pronoun there points to someone else (``X از وی
    استقبال کرد``), and the two sentences tell one act (``lead_acts``: arriving or travelling, being
    present), or the second refers back to an event of the lead (``در این جشنواره``)."""
    order = _reading_order(doc)
    lead = order[:_lead_sentences()]
    for title in doc.titles.values():
        if title.holder is not None:
            continue
        sentence = doc.sentence_of(title.nstart)
        if sentence not in lead or not (_opens_with(doc, sentence[0], title.nstart)
                                        or _after_adverbial(doc, sentence[0], title.nstart)) \
                or _persons(doc, dateline().match(doc.norm, sentence[0]).end(), sentence[1]) or any(
                    other.holder is None and _post_of(doc, other) != _post_of(doc, title)
                    for other in doc.titles.values() if sentence[0] <= other.nstart < sentence[1]):
            continue
        after = order[order.index(sentence) + 1:]
        body = next((s for s in after if _persons(doc, *s)), None)
        if body is None:
            continue
        subject = _persons(doc, *body)[0]
        held = {t.holder for t in doc.titles.values() if t.holder is not None}
        if subject.entity in held or not _opens_with(doc, body[0], subject.nstart, name=True) \
                or any(sp.label == "Person" and sp.coref for sp in doc.spans[doc.span_index(body[0]):doc.span_index(body[1])]):
            continue
        if _same_act(doc, (title.nend, sentence[1]), (subject.nend, body[1])):
            title.holder, title.link = subject.entity, "lead"
            _link_elsewhere(doc)


@cache
def _lead_sentences() -> int:
    """How many sentences (in reading order, the headline first) a news lead is told in
    (``cues.yaml`` coref.lead_sentences)."""
    n = cues()["coref"]["lead_sentences"]
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise ValueError(f"cues.yaml: coref.lead_sentences must be a whole number of sentences, 1 or more, not {n!r}")
    return n


def _reading_order(doc: Doc) -> list[tuple[int, int]]:
    """The sentences that name anything, the headline (read after the text) first."""
    named = [s for s in doc.sentences if doc.span_index(s[0]) < doc.span_index(s[1])]
    if doc.title_at is None:
        return named
    headline = [s for s in named if doc.offsets[s[0]] >= doc.title_at]
    return headline + [s for s in named if doc.offsets[s[0]] < doc.title_at]


def _persons(doc: Doc, start: int, end: int) -> list[Span]:
    """The persons a sentence names (not by pronoun or title)."""
    return [sp for sp in doc.spans[doc.span_index(start):doc.span_index(end)] if sp.label == "Person" and not sp.coref]


def _opens_with(doc: Doc, start: int, pos: int, name: bool = False) -> bool:
    """Whether a mention at ``pos`` opens its sentence: before it only a dateline (``مشهد- ``,
    ``همشهری آنلاین: ``), the news's source, and for a ``name`` an honorific or a quote, which also
    ends a source written with no comma after it (``به گزارش روابط عمومی شهرداری C «X» …``)."""
    lead = doc.norm[start:pos]
    if name:
        marked = _name_opening().search(lead)
        if marked:
            lead = lead[:marked.start()]
            if source_unclosed().fullmatch(lead):
                return True
    rest = lead[dateline().match(lead).end():]
    return not rest.strip() or source_lead().fullmatch(rest) is not None


def _after_adverbial(doc: Doc, start: int, pos: int) -> bool:
    """Whether a mention at ``pos`` follows only a phrase of when or why that opens its sentence
    (``همزمان با سالگرد تاسیس شهرداری C شهردار این شهر …``: ``coref.lead_adverbials``), after a
    dateline or the news's source; the phrase holds no clause of its own (no colon, no verb's end)."""
    lead = doc.norm[start:pos]
    rest = lead[dateline().match(lead).end():]
    if source := source_lead().match(rest):
        rest = rest[source.end():]
    opening = _lead_adverbials().match(rest)
    return opening is not None and not re.search(r"[:؛.]", rest) and not CLAUSE_END.search(rest)


@cache
def _lead_adverbials() -> re.Pattern:
    return re.compile(r"\s*(?:" + word_alternation(cues()["coref"]["lead_adverbials"]) + r")(?!\w)")


@cache
def _name_opening() -> re.Pattern:
    """Honorifics and quotes that end the text before a name."""
    honorifics = "|".join(map(re.escape, sorted(cues()["person"]["honorifics"], key=len, reverse=True)))
    return re.compile(rf"(?:\s+(?:{honorifics})|\s*[\"«“'])+\s*$")


def _same_act(doc: Doc, lead: tuple[int, int], body: tuple[int, int]) -> bool:
    """Whether the stretch of the lead after its title and the stretch of the body's sentence
    after its subject tell one act (the same kind, ``lead_acts``, and a place, body or event
    both name: not one's presence at another event), or the body refers back to an event the
    lead names. A subject that did it too (``X نیز …``) is someone else."""
    if _ALSO.match(doc.norm, body[0]):
        return False

    def named(start: int, end: int) -> set[int]:
        return {sp.entity for sp in doc.spans[doc.span_index(start):doc.span_index(end)]
                if sp.label != "Person" and sp.entity is not None}

    if named(*lead) & named(*body) and any(words.search(doc.norm, *lead) and words.search(doc.norm, *body)
                                           for words in _lead_acts()):
        return True
    told = {sp.entity for sp in doc.spans[doc.span_index(doc.sentence_of(lead[0])[0]):doc.span_index(lead[1])]
            if sp.label == "Event"}
    return any(sp.coref and sp.label == "Event" and sp.entity in told
               for sp in doc.spans[doc.span_index(body[0]):doc.span_index(body[1])])


_ALSO = re.compile(r"\s*(?:نیز|هم)(?!\w)")


@cache
def _lead_acts() -> tuple[re.Pattern, ...]:
    return tuple(re.compile("(?:" + word_alternation(words) + r")(?!\w)")
                 for words in cues()["coref"]["lead_acts"].values())


def link_speaker(doc: Doc, title: Title, person: int) -> None:
    """Link a title named alone in a lead to the person who speaks next (found by the rules over
    sentences), and its other mentions by title alone with it."""
    if title.holder is None:
        title.holder, title.link = person, "speaker"
        _link_elsewhere(doc)


def _link_elsewhere(doc: Doc) -> None:
    """Each title not linked yet, to the one person linked to the same post (if one)."""
    named: dict[tuple, set[int]] = {}
    for title in doc.titles.values():
        if title.holder is not None:
            named.setdefault(_post_of(doc, title), set()).add(title.holder)
    for title in doc.titles.values():
        holders = named.get(_post_of(doc, title), set())
        if title.holder is None and len(holders) == 1:
            title.holder, title.link = next(iter(holders)), "elsewhere"


def _post_of(doc: Doc, title: Title) -> tuple:
    """What makes two titles one post: the fact, the entity it is of, the role, and whether it
    is held now (a former mayor's title is another post than the one in office)."""
    return title.predicate, doc.spans[title.of].entity, title.role, title.former


def _named_beside(doc: Doc, title: Title) -> int | None:
    """The person an apposition names for ``title`` (see :func:`link_titles`), if any."""
    at = doc.span_index(title.nstart)
    prev = doc.spans[at - 1] if at else None
    if prev is not None and prev.nend <= title.nstart and beside(doc, prev.nend, title.nstart) \
            and doc.sentence_of(prev.nstart) == doc.sentence_of(title.nstart) \
            and not (prev.label == "Person" and _held_before(doc, at - 1)):
        # (a place or body right before: no holder; nor the source of the news, "به گزارش … صدا و سیما،";
        # a name that is the title's before it leaves this one to a name after it)
        attributed = source_named_before().search(doc.norm, doc.sentence_of(prev.nstart)[0], prev.nstart)
        return prev.entity if prev.label == "Person" and not attributed and not _quoted_open(doc, prev, title) else None
    nxt = doc.span_index(title.nend)
    if nxt >= len(doc.spans):
        return None
    name = doc.spans[nxt]
    if name.label != "Person" or not beside(doc, title.nend, name.nstart) \
            or doc.sentence_of(name.nstart) != doc.sentence_of(title.nstart):
        return None
    titled_after, object_after = _after_name()
    if titled_after.match(doc.norm, name.nend) and not _held_before(doc, nxt) or object_after.match(doc.norm, name.nend):
        return None
    return name.entity


def _quoted_open(doc: Doc, name: Span, title: Title) -> bool:
    """Whether ``name`` is who the news quotes (``به گفته X،``) and no comma closes the title after
    it: ``به گفته X، شهردار C به … سفر می کند`` tells what X says of the mayor, who is another."""
    return said_right_before().search(doc.norm, doc.sentence_of(name.nstart)[0], name.nstart) is not None \
        and not re.match(r"\s*[،,]", doc.norm[title.nend:title.nend + 3])


def _held_before(doc: Doc, name: int) -> bool:
    """Whether the person's mention ``spans[name]`` is set off by commas right after a title that no
    one is named right before (``معاون شهردار C، X، شهردار C …``): the name is that title's, not
    the next one's (in ``X، شهردار A، Y، شهردار B`` Y stands after a title with its own holder)."""
    if name < 1:
        return False
    of = doc.titles.get(name - 1)
    span = doc.spans[name]
    if of is None or of.nend != doc.spans[name - 1].nend or not re.match(r"\s*[،,]\s*$", doc.norm[of.nend:span.nstart]):
        return False
    if not re.match(r"\s*[،,]", doc.norm[span.nend:span.nend + 3]):
        return False
    at = doc.span_index(of.nstart)
    prev = doc.spans[at - 1] if at else None
    return not (prev is not None and prev.label == "Person" and prev.nend <= of.nstart and beside(doc, prev.nend, of.nstart))


def _opens(lead: str) -> bool:
    """Whether what stands before a sentence's first mention leaves it the sentence's subject:
    nothing, or the news's source ("به گزارش ایرنا، X گفت")."""
    return not lead or source_lead().fullmatch(lead) is not None


@cache
def _after_name() -> tuple[re.Pattern, re.Pattern]:
    return (re.compile(rf"\s*[«»\"“”']?\s*[،,]?\s*(?:شهردار|{roles_regex()})(?!\w)"), re.compile(r"\s+را(?!\w)"))
