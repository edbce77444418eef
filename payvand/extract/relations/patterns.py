"""Relation extraction from declarative patterns (``data/patterns/*.yaml``).

Each sentence is rewritten with a placeholder ``⟨T#n⟩`` for every mention (T: P person,
C city, N country, O organization, E event; n: the mention's index in ``doc.spans``), and
each rule's regular expression runs over that string. Slots:

* ``{s:P}``, ``{o:C|O}``: one mention of the given types; a slot distributes over the
  coordinated list the mention stands in (``شهرداران برلین، مونترال و ...``).
* ``{s:REGION}``: a stretch of text; every person in it takes the slot, and so does each
  ``شهردار X`` / ``سفیر Y`` whose holder the article names elsewhere (else, for memberOf
  and participatedIn, the city itself holds the seat, as the GUIDE says).
* ``{role}``: a role phrase of ``roles.yaml``.

Rules run in passes: appositions first (mayorOf, represents, titles), then clause rules,
which use the first pass to resolve ``شهردار تهران`` to the person who is the mayor, then the
rules over several sentences of :mod:`payvand.extract.relations.discourse`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from payvand.extract.attribution import masked_said_lead, masked_source_lead
from payvand.extract.data import alternation, data_names, load_yaml, pattern_macros
from payvand.extract.mentions.entities import cues
from payvand.extract.mentions.gazetteer import GLUED_CUE
from payvand.extract.mentions.titles import kin_before, role_phrase, roles_regex, title_role
from payvand.extract.relations.clauses import TIES, tie_status
from payvand.extract.relations.keywords import Clause, required_literals
from payvand.extract.relations.sink import FactSink
from payvand.extract.resolve import SALIENCE_WINDOW
from payvand.extract.text import CLAUSE_END, Doc
from payvand.ontology import vocabulary
from payvand.types import Evidence, Fact

TYPE_CODE = {"Person": "P", "City": "C", "Country": "N", "Organization": "O", "Event": "E"}
_PH = re.compile(r"⟨([PCNOE])#(\d+)⟩")
# pairs, not lists: "خوی و قونیه خواهرخوانده شدند" twins the two with each other
_NOT_DISTRIBUTED = {"twinnedWith", "agreementWith", "locatedIn", "capitalOf"}


@dataclass(frozen=True)
class Example:
    """A sentence of our own and the facts it must give (as a counterexample: must not give),
    each ``(subject label, predicate, object label[, role[, status]])``; an item left out is not
    checked. ``tests/extract/test_rules.py`` runs them."""

    text: str
    facts: tuple[tuple[str | None, ...], ...]


@dataclass
class Rule:
    id: str
    p: str
    regex: re.Pattern | None
    confidence: float
    role: str | None = None
    fixed_role: bool = False
    roles: tuple[str, ...] = ()
    trigger: re.Pattern | None = None  # must occur in the sentence (a semantic condition)
    requires: re.Pattern | None = None  # must occur in the masked sentence (a cheap pre-test)
    exclude: re.Pattern | None = None
    object: str | None = None
    # with object "context": the body named before is taken only when the sentence holds this
    # (it speaks of an election or a board: "در انتخابات …", "اعضای هیئت اجرایی: …")
    context_cue: re.Pattern | None = None
    inner: bool = False
    last_subject: bool = False
    pairwise: bool = False  # the subjects are also the objects (X و Y دیدار کردند)
    list_object: bool = False  # the object distributes over its list, even of a pair predicate (X با Y و Z خواهرخوانده است)
    list_subject: bool = False  # so does the subject (Y و Z با X خواهرخوانده‌اند; شهرهای ایران از جمله Y و Z)
    respectively: bool = False  # the subjects take the titles of the "roles" group in turn (به ترتیب)
    speaker: bool = False  # no subject in the clause: the speaker of the sentence is it
    discourse: str | None = None  # a rule over several sentences (see DISCOURSE)
    leading_region: bool = False  # the pattern opens with {s:REGION}: try it at clause starts only
    needs: tuple[frozenset[str], ...] = ()  # per typed slot, the type codes one of which must occur
    keywords: tuple[Clause, ...] = ()  # literals the masked sentence holds when pattern and pre-test match
    trigger_keywords: tuple[Clause, ...] = ()  # literals the sentence holds when the trigger occurs
    phase: int = 1
    examples: tuple[Example, ...] = ()
    counterexamples: tuple[Example, ...] = ()

    def pretested(self, masked: str) -> bool:
        """Whether a masked sentence passes the rule's cheap pre-test (``requires``), if it has one."""
        return self.requires is None or self.requires.search(masked) is not None

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The pattern's matches in a masked sentence, left to right, as ``regex.finditer`` gives
        them. A pattern that opens with a region is tried only where a region can begin (the
        sentence start, after ":" or "؛", after the previous match), not at every character:
        the same matches, linear instead of quadratic."""
        if not self.leading_region:
            yield from self.regex.finditer(text)
            return
        pos = 0
        for start in _clause_starts(text):
            if start < pos:
                continue
            at = start
            while at <= len(text):
                m = self.regex.match(text, at)
                if m is None or m.end() == at:
                    break
                yield m
                at = pos = m.end()


# Rules over several sentences (``discourse:`` in a pattern file), by name: a function
# ``rule(ctx, rule, sentences)`` registered with :func:`discourse_rule` (payvand.extract.relations.discourse).
DISCOURSE: dict[str, Callable[["Context", Rule, list["Masked"]], None]] = {}


def discourse_rule(name: str) -> Callable:
    """Register a function as the rule over several sentences that pattern files call ``name``."""
    def register(fn: Callable) -> Callable:
        if name in DISCOURSE:
            raise ValueError(f"a rule over several sentences is already named {name!r}")
        DISCOURSE[name] = fn
        return fn
    return register


def compile_pattern(pattern: str, macros: dict[str, str]) -> re.Pattern:

    def slot(m: re.Match) -> str:
        name, types = m.group(1), m.group(2)
        if types == "REGION":
            return rf"(?P<{name}_region>[^.؛:]*?)"
        codes = "".join(TYPE_CODE.get(t, t) for t in types.split("|"))
        return rf"⟨[{codes}]#(?P<{name}>\d+)⟩"

    out = re.sub(r"\{([so]):([A-Za-z|]+)\}", slot, pattern)
    out = out.replace("{role}", "(?P<role>" + roles_regex() + r")(?!\w)")
    out = out.replace("{ROLEANY}", "(?:" + roles_regex() + r")(?!\w)")
    out = re.sub(r"\{([A-Z]+)\}", lambda m: macros[m.group(1)], out)  # (each macro filled already)
    return re.compile(_mention_first(out))


# look-behinds (of fixed width, no group inside) that open a pattern right before a mention
_BEHIND_THEN_MENTION = re.compile(r"^((?:\(\?<[!=](?:[^()\\\[]|\\.)*\))+)⟨")
_LOOK_BEHIND = re.compile(r"\(\?<([!=])((?:[^()\\\[]|\\.)*)\)")


def _mention_first(pattern: str) -> str:
    """A pattern that opens with look-behinds and then a mention (``(?<!در\\s)⟨[PC]#…``) written to
    open with the mention's ``⟨``, each look-behind after it taking the ``⟨`` in
    (``⟨(?<!در\\s⟨)[PC]#…``): the same matches, as :func:`payvand.extract.data.not_after` writes
    them, but a search skips to each ``⟨`` instead of trying the look-behinds at every position."""
    lead = _BEHIND_THEN_MENTION.match(pattern)
    if lead is None:
        return pattern
    behinds = "".join(f"(?<{sign}{body}⟨)" for sign, body in _LOOK_BEHIND.findall(lead.group(1)))
    return "⟨" + behinds + pattern[lead.end():]


_RULE_KEYS = {"id", "p", "pattern", "confidence", "role", "roles", "object", "context_cue", "inner", "trigger", "requires", "exclude",
              "last_subject", "pairwise", "list_object", "list_subject", "respectively", "speaker", "discourse", "phase",
              "examples", "counterexamples"}


@cache
def rules() -> list[Rule]:
    macros = pattern_macros()
    out: list[Rule] = []
    for name in data_names("patterns"):
        if name.endswith(("_macros.yaml", "status.yaml", "speech.yaml", "attendance.yaml")):
            continue
        for r in load_yaml(name):
            unknown = set(r) - _RULE_KEYS
            if unknown or "confidence" not in r:
                raise ValueError(f"{name}: rule {r.get('id')}: " + (f"unknown keys {sorted(unknown)}" if unknown
                                                                    else "no confidence"))
            pattern = r.get("pattern")
            try:  # (the pre-tests may use the macros too)
                regex, trigger, requires, exclude, context_cue = (
                    compile_pattern(r[k], macros) if r.get(k) else None
                    for k in ("pattern", "trigger", "requires", "exclude", "context_cue"))
            except re.error as exc:
                raise ValueError(f"{name}: rule {r['id']}: {exc}") from None
            rule = Rule(
                id=r["id"], p=r["p"], regex=regex,
                confidence=float(r["confidence"]), role=r.get("role"), fixed_role="role" in r,
                roles=tuple(r.get("roles", ())), object=r.get("object"), context_cue=context_cue,
                inner=bool(r.get("inner")),
                trigger=trigger, requires=requires, exclude=exclude,
                last_subject=bool(r.get("last_subject")), pairwise=bool(r.get("pairwise")),
                list_object=bool(r.get("list_object")), list_subject=bool(r.get("list_subject")),
                respectively=bool(r.get("respectively")),
                speaker=bool(r.get("speaker")), discourse=r.get("discourse"),
                leading_region=bool(pattern) and pattern.lstrip("^").startswith("{s:REGION}"),
                needs=_slot_needs(pattern or "", skip=({"s"} if r.get("speaker") else set())
                                  | ({"o"} if r.get("object") else set())),
                phase=int(r.get("phase") or (2 if (pattern and "REGION" in pattern) or r.get("object") else 1)),
                keywords=_keywords(regex, requires), trigger_keywords=_keywords(trigger),
                examples=_examples(r.get("examples")), counterexamples=_examples(r.get("counterexamples")))
            if rule.p not in vocabulary()["predicates"]:
                raise ValueError(f"{name}: rule {rule.id}: unknown predicate {rule.p}")
            if unknown := {rule.role, *rule.roles} - {None, *vocabulary()["roles"]}:
                raise ValueError(f"{name}: rule {rule.id}: unknown roles {sorted(unknown)}")
            out.append(rule)
    return out


def _keywords(*regexes: re.Pattern | None) -> tuple[Clause, ...]:
    """The clauses of literals that a sentence matched by all of ``regexes`` meets, those worth a
    test: no placeholder's pieces (the slots' types are :func:`_fillable`'s to test), no single
    letter, no alternation of many words (each a cost on every sentence for little gain). Leaving
    a clause out only admits more sentences."""
    clauses = (c for regex in regexes if regex is not None for c in required_literals(regex))
    return tuple(dict.fromkeys(c for c in clauses if len(c) <= _MAX_CLAUSE
                               and all(len(w) >= 2 and not _PLACEHOLDER_PIECE.search(w) for w in c)))


_MAX_CLAUSE = 12
_PLACEHOLDER_PIECE = re.compile("[⟨⟩#]")


def _examples(entries: list[dict] | None) -> tuple[Example, ...]:
    return tuple(Example(e["text"], tuple(tuple(f) for f in e["facts"])) for e in entries or ())


def _slot_needs(pattern: str, skip: set[str]) -> tuple[frozenset[str], ...]:
    """For each typed slot of a pattern, the type codes (``C``) of the mentions it can take; a
    slot with a fallback (the speaker, the context's body) may be empty and is ``skip``ped."""
    return tuple(frozenset(TYPE_CODE.get(t, t) for t in types.split("|"))
                 for name, types in re.findall(r"\{([so]):([A-Za-z|]+)\}", pattern)
                 if types != "REGION" and name not in skip)


@dataclass
class Masked:
    """A sentence with a placeholder per resolved mention, and where its pieces came from."""

    text: str
    start: int  # normalised offset of the sentence
    anchors: list[tuple[int, int]]  # (masked offset, normalised offset) at each piece start
    codes: frozenset[str]  # the type codes of the mentions it holds

    def to_norm(self, mpos: int) -> int:
        best = self.anchors[0]
        for a in self.anchors:
            if a[0] > mpos:
                break
            best = a
        return best[1] + (mpos - best[0] if mpos - best[0] >= 0 else 0)


def masked_sentence(doc: Doc, start: int, end: int) -> Masked:
    parts: list[str] = []
    anchors: list[tuple[int, int]] = []
    codes: set[str] = set()
    pos = start
    length = 0
    last = None  # the entity of the mention placed last
    for i in range(doc.span_index(start), doc.span_index(end)):
        sp = doc.spans[i]
        if sp.nend > end or sp.entity is None or sp.label not in TYPE_CODE:
            continue
        if sp.entity == last and _GLOSS_AROUND.fullmatch(doc.norm, pos, sp.nstart) \
                and _GLOSS_CLOSE.match(doc.norm, sp.nend):
            continue  # "⟨O⟩ (AMC)": another name of the mention before it, in brackets, stays text (macro ACRONYM)
        last = sp.entity
        codes.add(TYPE_CODE[sp.label])
        before = doc.norm[pos:sp.nstart]
        if before.endswith(GLUED_CUE) and sp.label == "City":
            before += " "  # "شهرنینگبو": the patterns read "شهر ⟨C#n⟩"
        for piece, origin in ((before, pos), (f"⟨{TYPE_CODE[sp.label]}#{i}⟩", sp.nstart)):
            anchors.append((length, origin))
            parts.append(piece)
            length += len(piece)
        pos = sp.nend
    anchors.append((length, pos))
    parts.append(doc.norm[pos:end])
    text = _QUOTE_AT_MENTION.sub(" ", _NUMBER_SEPARATOR.sub("٫", "".join(parts)))
    return Masked(text, start, anchors, frozenset(codes))


_GLOSS_AROUND = re.compile(r"\s*\(\s*")
_GLOSS_CLOSE = re.compile(r"\s*\)")
# "۱۲.۵", "۱۰:۳۰": a point or colon between digits ends no clause; the masked text has "٫"
# there (same length), so that gaps are plain character classes (fast) instead of alternations
# (both written to open with a character class, which a search skips to: see data.not_after)
_NUMBER_SEPARATOR = re.compile(r"[.:](?<=\d[.:])(?=\d)")
# quotes around a name (به شهر "ریازان" سفر کرد) are spaces to the patterns (same length)
_QUOTE_AT_MENTION = re.compile(r'["«»“”](?:(?=⟨)|(?<=⟩["«»“”]))')


def _coordinated(masked: str) -> dict[int, list[int]]:
    """Mention index -> the mentions of the same type coordinated with it."""
    groups: dict[int, list[int]] = {}
    for m in _coordinated_regex().finditer(masked):
        members = [int(x.group(2)) for x in _PH.finditer(m.group()) if x.group(1) == (m.group(1) or "C")]
        if len(members) == 2 and not _JOINED.search(m.group()) and not _OPEN_END.match(masked, m.end()):
            continue  # "… در پاریس، یزد به این شبکه پیوست": a comma between two is a clause's end, not a list
        for k in members:
            groups[k] = members
    return groups


# a list of mentions of one type; a city may have its country after it ("چنگدو چین و کراکوف لهستان",
# "لیون از فرانسه، شهر پورتو در پرتغال و حتی کازان", "رشت (شمال ایران) و اصفهان"), its field ("رشت در
# زمینه خوراک، سنندج در زمینه موسیقی و …"), a title before it
# ("شهرداران برلین و پاریس به همراه شهردار تهران"); a country alone between commas stands for a city
# named as its country ("شیان چین، کویت، فرایبورگ آلمان"), and one word alone between commas, or a
# name of two words with its country, for a city not known ("رشت، ورزنه، یزد", "… ست پترزبورگ روسیه،
# داکار سنگال"): the list goes on past them, which are no members
_LISTED = r"(?:\s*[،,]\s*(?:و\s+)?|\s+و\s+|\s+به\s+همراه\s+)(?:(?:حتی|نیز|همچنین)\s+)?"
_JOINED = re.compile(r"\s(?:و|همراه)\s")  # a list of two is joined by a word (A و B), not a comma alone
_OPEN_END = re.compile(r"\s*و\s*(?:…|\.{2,}|غیره)")  # … or left open ("بغداد، نجف و …")
_UNNAMED_ITEMS = r"\s*[،,]\s*(?:(?:(?:[^\s⟨⟩.؛:،,]+\s+){0,2}⟨N#\d+⟩|[^\s⟨⟩.؛:،,]+)(?:\s*[،,]\s*|\s+و\s+)){1,3}"


@cache
def _coordinated_regex() -> re.Pattern:
    macros = pattern_macros()
    told = macros["ITSCOUNTRY"] + macros["FIELD"]
    city = rf"(?:(?:شهر|کلانشهر|شهردار)\s+)?⟨C#\d+⟩{told}"
    return re.compile(rf"⟨C#\d+⟩{told}(?:(?:{_LISTED}|{_UNNAMED_ITEMS}){city})+"
                      rf"|⟨([PNOE])#\d+⟩(?:{_LISTED}⟨\1#\d+⟩)+")


class Context:
    """Per-article state shared by the rules: the fact sink, title holders, meetings."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.sink = FactSink(doc)
        self.add = self.sink.add
        self.meetings: list[tuple[list[int], list[int]]] = []  # (one side, other side)

    def holder(self, predicate: str, obj: int) -> int | None:
        names = {f.s for f in self.doc.facts if f.p == predicate and f.o == obj}
        return names.pop() if len(names) == 1 else None

    def mayor(self, city: int) -> int | None:
        """The one person the article gives as the city's mayor in office: whom ``شهردار C`` denotes
        and who holds the city's seat. A former mayor named as such (``X شهردار سابق C``) is mayorOf
        too (GUIDE: Mayors), but none of these, unless also named as the mayor now."""
        titles = [t for t in self.doc.titles.values()
                  if t.kind == "mayor" and t.holder is not None and self.doc.spans[t.of].entity == city]
        former = {t.holder for t in titles if t.former} - {t.holder for t in titles if not t.former}
        names = {f.s for f in self.doc.facts if f.p == "mayorOf" and f.o == city} - former
        return names.pop() if len(names) == 1 else None

    def post_holder(self, obj: int, role: str | None) -> int | None:
        """The one person the article gives this post in ``obj`` (a municipality, a body)."""
        names = {f.s for f in self.doc.facts if f.p == "memberOf" and f.o == obj and f.role == role
                 and self.doc.entities[f.s].type == "Person"}
        return names.pop() if role is not None and len(names) == 1 else None


def region_members(ctx: Context, region: str, predicate: str) -> list[int]:
    """Entities that a stretch of a masked sentence puts in a slot."""
    doc = ctx.doc
    out: list[int] = []
    seats = predicate in ("memberOf", "participatedIn")
    if predicate == "memberOf" and _MARKED_OBJECT.search(region):
        # "X در حکمی Y را به عنوان … منصوب کرد": the post is Y's, the one "را" marks (none if unnamed)
        held = _HELD_BY_MARKED.search(region)
        region = held.group() if held else ""
    region = masked_said_lead().sub("", region, count=1)
    antecedent = _before_closed_relative(region)
    if antecedent is not None:
        return (region_members(ctx, _AFTER_PREPOSITION.split(antecedent)[0], predicate)
                or region_members(ctx, antecedent, predicate))
    region = _last_clause(region)
    head, that, tail = region.rpartition(" که ")
    if that:  # "X گفت که Y …": Y; "X در دیدار با Y که … سفر کرده است": the relative's antecedent
        return (region_members(ctx, tail, predicate)
                or region_members(ctx, _AFTER_PREPOSITION.split(head)[-1], predicate)
                or region_members(ctx, head, predicate))
    for m in _PH.finditer(region):
        code, idx = m.group(1), int(m.group(2))
        ent = doc.spans[idx].entity
        before = region[:m.start()].rstrip()
        if _INVITED_BY.search(before):
            continue  # "به دعوت شهردار ساراتف به روسیه سفر کرده": the host, not the traveller
        if code == "P":
            out.append(ent)
            continue
        title = doc.titles.get(idx)
        if title is not None and title.holder is not None:
            # "شهردار تهران", "دبیرکل ⟨O⟩": the person linked to the title, unless the region names
            # them beside it (their own mention stands for them: "با حکم X شهردار تهران، Y …")
            if not (title.link == "apposition" and any(
                    doc.spans[int(x.group(1))].entity == title.holder for x in PH_PERSON.finditer(region))):
                out.append(title.holder)
            continue
        post = _post_before(code).search(before) if code in ("C", "O") else None
        if post and (person := ctx.post_holder(ent, title_role(post.group("role"), ent, doc))) is not None:
            out.append(person)  # "معاون امور بین‌الملل شهرداری تهران در سفر به مسکو …", named elsewhere
        elif code in ("C", "N"):
            title = _TITLE_BEFORE.search(before)
            word = title.group(1) if title else ""
            prev_ph = _APPOSITION_BEFORE.search(before)
            if prev_ph:  # apposition: the person already named holds the title
                continue
            if word in ("شهردار", "شهرداران") and code == "C":
                if _aide_of_mayor().search(before[:title.start(1)]):
                    continue  # "با معاون شهردار مسکو": not the mayor, nor the city's seat
                person = ctx.mayor(ent)
                if person is not None:
                    out.append(person)
                elif seats:
                    out.append(ent)
            elif word in ("سفیر", "سرکنسول", "نماینده") and code == "N":
                person = ctx.holder("represents", ent)
                if person is not None:
                    out.append(person)
            elif seats and code == "C" and word in ("شهرهای", "شهر", "شهرداری", "و", "") and _is_seat_list(region, m):
                out.append(ent)
    return list(dict.fromkeys(out))


_MARKED_OBJECT = re.compile(r"\sرا\s*$")
_HELD_BY_MARKED = re.compile(r"(?:(?:شهر|شهرهای|شهرداری|کلانشهر|کلانشهرهای)\s+)?⟨[PC]#\d+⟩(?:\s*(?:[،,]|و)\s*(?:(?:شهر|شهرداری)\s+)?⟨[PC]#\d+⟩)*(?=\s+را\s*$)")


def _before_closed_relative(region: str) -> str | None:
    """What stands before a relative clause that ended (a clause verb and a comma) with nothing
    named after it: the subject is there, ahead of what its prepositions add ("X در اجلاسی که
    در شهر Y برگزار شد، به عنوان …", "X که به روسیه سفر کرده است، با …", "X در دیدار با Y که
    … است، گفت": X). None when the region is not so."""
    clauses = CLAUSE_END.split(region + " ")  # (the region may end at the comma)
    if len(clauses) > 1 and not _PH.search(clauses[-1]) and " که " in clauses[-2]:
        return clauses[-2].rpartition(" که ")[0]
    return None


def _last_clause(region: str) -> str:
    """The last clause of a region, and in it what was said after a verb of saying ("وی ادامه
    داد با توجه به … شهرداران گوانگجو و بوگوتا …": the mayors; "X گفت جهانگردان بسیاری از …":
    no one named, not the speaker). A last clause that names no one
    shares the subject of the clause before it ("X از میدان … بازدید کرد و عصر همان
    روز راهی شیراز شد": X, ahead of what that clause's prepositions add; a subject named only
    after them, the head of a delegation, is that whole clause's: "هیئتی از شهرداری C به سرپرستی
    X وارد … شد و با …")."""
    clauses = CLAUSE_END.split(region + " ")  # (a region may end at the "و" after a clause's verb)
    region = clauses[-1].removesuffix(" ")
    if len(clauses) > 1 and not _PH.search(region):
        subject = _AFTER_PREPOSITION.split(clauses[-2])[0]
        return subject if _PH.search(subject) else clauses[-2]
    said = _said().split(region + " ")  # (a region may end at the verb)
    return said[-1].removesuffix(" ") if len(said) > 1 else region


@cache
def _said() -> re.Pattern:
    """A finite verb of saying inside a region, with no colon after it (``وی ادامه داد …``)."""
    verbs = [v for v in speech_cues()["verbs"] if not v.startswith("با ")]
    return re.compile(rf"\s(?:{alternation(verbs)})(?:\s+که)?(?=\s)(?!\s+و\s?گو)")


# who invited, who appointed by decree or put forward, the agent of a passive: not the subject
_INVITED_BY = re.compile(r"(?:(?:به|با)\s+(?:دعوت|حکم|پیشنهاد|معرفی)(?:\s+رسمی)?|توسط|از\s+سوی|از\s+طرف)"
                         r"(?:\s+(?:از|شهردار|شهرداری|سفیر|سرکنسول|همتای\s+خود|کشور|شهر))*$")
_AFTER_PREPOSITION = re.compile(r"\s(?:با|از|به|در|برای)\s")
# the word before a place in a region, and what may stand between ("شهردار شهر رباط")
_TITLE_BEFORE = re.compile(r"(?:^|\s)(شهردار|شهرداران|سفیر|سرکنسول|نماینده|شهرهای|شهر|از|در|شهرداری|و)"
                           r"(?:\s+(?:کشور|جمهوری|ولایت|کلانشهر|استان))?$")


@cache
def _post_before(code: str) -> re.Pattern:
    """A post named right before a municipality (C) or a body (O), without its holder's name:
    "معاون امور بین‌الملل شهرداری ⟨C⟩", "معاون شهردار ⟨C⟩", "دبیرکل ⟨O⟩"."""
    gap = rf"(?:\s+(?!و\s)(?!(?:با|به|از|در)\s){_CLAUSE_WORD}){{0,5}}?"
    # (a post in the mayor's office is one in the municipality: "معاون شهردار مسکو")
    place = r"\s+(?:شهرداری|شهردار)(?:\s+(?:شهر|کلانشهر))?" if code == "C" else ""
    and_members = r"(?:\s+و\s+(?:اعضای|اعضا|معاونان|مدیران))?"  # "رئیس و اعضای ⟨O⟩": the post's holder too
    return re.compile(rf"(?:^|\s)(?P<role>{roles_regex()}){and_members}{gap}{place}\s*$")


@cache
def _aide_of_mayor() -> re.Pattern:
    """A title that makes the mayor named after it a complement: "معاون (امور …) شهردار X"."""
    return re.compile(rf"(?:^|\s)(?:{roles_regex()}|دستیار|مشاور)(?:\s+(?!و\s){_CLAUSE_WORD}){{0,3}}?\s*$")


_APPOSITION_BEFORE = re.compile(r"⟨P#\d+⟩\s*[،,]?\s*(?:شهردار(?:\s+(?:شهر|کلانشهر))?|سفیر|سرکنسول)$")


def _is_seat_list(region: str, m: re.Match) -> bool:
    """A city in a list that follows شهرداران/شهرهای (``شهرداران برلین، مونترال و ...``), or
    in a subject made of cities alone (``همچنین شیراز و شهر دوشنبه``), each perhaps with its
    country (``شهرهای تهران از ایران، استانبول از ترکیه و …``)."""
    after_plural, alone = _seat_lists()
    return bool(after_plural.search(region, 0, m.start()) or alone.match(region))


@cache
def _seat_lists() -> tuple[re.Pattern, re.Pattern]:
    its_country = pattern_macros()["ITSCOUNTRY"]
    # (not a place where or whither: "در شهر X", "به شهر X", "به میزبانی شهر X")
    after_plural = re.compile(rf"(شهرداران|شهرهای|نمایندگان شهرهای|(?<!در )(?<!به )(?<!از )(?<!میزبانی )شهر)\s*"
                              rf"(?:⟨C#\d+⟩{its_country}\s*(?:[،,]|و)\s*)*$")
    # (after the previous post of the clause, "لیما به عنوان رئیس و قزوین و کازان به عنوان …"; after
    # where it happened, "در این نشست شهرداری شیراز به عنوان …"; for a term, "… برای دو سال"; when,
    # "کرمان در سال ۲۰۱۹ به ریاست …"; after where it happened named by a body or event, "در
    # انتخابات ⟨O⟩، A، B و C به ترتیب …")
    alone = re.compile(r"^\s*(?:(?:[^⟨⟩]*|در\s+[^⟨⟩]*⟨[OE]#\d+⟩[^⟨⟩]*)[،,]\s*)?(?:و\s+)?(?:در\s+(?:این|آن|همین)\s+[^\s⟨⟩]+\s+)?(?:(?:همچنین|نیز)\s+)?"
                       rf"(?:(?:شهر|کلانشهر|شهرهای|کلانشهرهای|شهرداری)\s+)?⟨C#\d+⟩{its_country}"
                       rf"(?:\s*(?:[،,]|و)\s*(?:(?:شهر|کلانشهر|شهرداری)\s+)?⟨C#\d+⟩{its_country})*(?:\s+(?:نیز|هم))?"
                       r"(?:\s+(?:(?:در|از)\s+سال\s+[\d۰-۹]{4}|(?:برای|به\s+مدت)\s+[^\s⟨⟩]+(?:\s+[^\s⟨⟩]+)?))?\s*$")
    return after_plural, alone


def _role(rule: Rule, text: str | None, obj_entity, doc: Doc) -> str | None:
    if rule.fixed_role:
        return rule.role
    if not text:
        return None
    role = title_role(text, obj_entity, doc, rule.p)
    if rule.roles and role not in rule.roles:
        return "__reject__"
    return role


def _mission_country(doc: Doc, org: int) -> int | None:
    """The country of a diplomatic mission named with it (``سفارت ایتالیا``); None if the body
    is no mission (``roles.yaml``: mission_heads) or names no country."""
    if not doc.entities[org].label.startswith(tuple(load_yaml("roles.yaml")["mission_heads"])):
        return None
    for i in doc.entities[org].mentions:
        inner = doc.spans[i].inner
        if inner is not None and inner.label == "Country":
            return inner.entity
    return None


@cache
def _regional() -> re.Pattern:
    """What follows a vice-president's title when the seat is a region's (``roles.yaml``)."""
    return re.compile(load_yaml("roles.yaml")["regional_seat"])


def _context_org(doc: Doc, npos: int, head: str | None = None) -> int | None:
    """The body a clause without one is about: named in the sentence, else the most salient
    (among the last ``SALIENCE_WINDOW`` mentions, as for a reference); with ``head``, only a
    body whose name starts with it (``رئیس شورا``: the council)."""
    sent_start, _ = doc.sentence_of(npos)
    before = []
    upto = doc.span_index(npos)
    for s in doc.spans[max(0, upto - SALIENCE_WINDOW):upto]:
        if s.entity is None:
            continue
        if head and not doc.entities[s.entity].label.startswith(head):
            continue
        if s.label == "Organization":
            before.append((s.nstart, s.entity))
        elif s.label == "Event" and s.inner is not None and s.inner.label == "Organization":
            before.append((s.nstart, s.inner.entity))
    if before:
        same = [e for pos, e in before if pos >= sent_start]
        if same:
            return same[-1]
        counts: dict[int, int] = {}
        for _, e in before:
            counts[e] = counts.get(e, 0) + 1
        return max(reversed([e for _, e in before]), key=lambda e: counts[e])
    orgs = [e for e in range(len(doc.entities)) if doc.entities[e].type == "Organization"
            and not (head and not doc.entities[e].label.startswith(head))]
    return max(orgs, key=lambda e: len(doc.entities[e].mentions)) if orgs else None


def sentence_term(doc: Doc, start: int, end: int) -> tuple[str | None, str | None]:
    for d in doc.dates:
        if start <= d.nstart < end and d.until:
            return d.value, d.until
    return None, None


@discourse_rule("titles")
def _title_holders(ctx: Context, rule: Rule, sentences: list[Masked]) -> None:
    """The person named beside a title (``X، شهردار Y``, ``شهردار Y، X``, ``سفیر Y در Z X``) holds
    it: the titles of the rule's predicate that :func:`payvand.extract.resolve.link_titles`
    linked by apposition, each in its sentence (a post in a body or a municipality is the pattern
    rules' to read in its clause; a governor's, whose office is named elsewhere, is this rule's),
    and those of a lead linked to the subject of the body (``lead``: no clause names its holder)."""
    doc = ctx.doc
    for title in doc.titles.values():
        if title.predicate != rule.p or not (title.link == "lead" or title.link == "apposition" and title.kind != "post"):
            continue
        sentence = doc.sentence_of(title.nstart)
        start, end = sentence_term(doc, *sentence) if rule.p in ("memberOf", "mayorOf") else (None, None)
        ctx.add(Fact(title.holder, rule.p, doc.spans[title.of].entity, doc.evidence_of(*sentence), rule.id,
                     rule.confidence, role=title.role, start=start, end=end))


def _sentence_year(doc: Doc, start: int, end: int) -> str | None:
    for d in doc.dates:
        if start <= d.nstart < end and len(d.value) >= 4:
            return d.value[:4]
    return None


def _apply(ctx: Context, rule: Rule, s_start: int, s_end: int, masked: Masked, coord: dict[int, list[int]]) -> None:
    """Apply a rule to a sentence that passed its pre-test, trigger and exclusion."""
    doc = ctx.doc
    matches = list(rule.finditer(masked.text))
    if not matches:
        return
    evidence = doc.evidence_of(s_start, s_end)
    for m in matches:
        status = None
        if rule.p in TIES:
            status = tie_status(doc, (s_start, s_end), masked.to_norm(m.start()), masked.to_norm(m.end()))
            if status is None:  # the clause denies the tie
                continue
        groups = m.groupdict()
        subjects = _slot(ctx, m, masked.text, "s", coord, rule)
        if not subjects and rule.speaker:
            subjects = _speaker(ctx, masked.text[:m.start()], rule.p)
        if rule.last_subject:
            subjects = _last_subjects(ctx, rule, groups.get("s_region"), coord, subjects)
        objects = subjects if rule.pairwise else _slot(ctx, m, masked.text, "o", coord, rule)
        if rule.p == "metWith" and subjects and objects and not rule.pairwise:
            ctx.meetings.append((subjects, objects))
        if not objects and rule.object and rule.object.startswith("context") \
                and (rule.context_cue is None or rule.context_cue.search(masked.text)):
            head = rule.object.partition(":")[2] or None
            o = _context_org(doc, masked.to_norm(m.start()), head)
            objects = [o] if o is not None else []
        elif not objects and rule.object == "mayor_city":
            cities = {f.o for f in doc.facts if f.p == "mayorOf"}
            objects = list(cities) if len(cities) == 1 else []
        elif rule.object == "mission_country":  # the embassy's or consulate's country
            objects = [c for c in (_mission_country(doc, o) for o in objects) if c is not None]
        elif not objects and rule.object and rule.object.startswith("country:"):
            code = rule.object.split(":", 1)[1]
            objects = [i for i, e in enumerate(doc.entities) if e.links.get("iso3166") == code][:1]
        if rule.respectively:
            _add_respectively(ctx, rule, subjects, objects, groups["roles"], evidence, (s_start, s_end))
            continue
        if groups.get("role") and kin_before().search(masked.text, 0, m.start("role")) \
                and not masked.text[m.start():m.start("role")].strip():
            continue  # a title opening the match after a kin word is the kin's: "دختر رئیس O، X،"
        # people with posts in one city are one side ("شهردار C و رئیس شورای شهر C" met no one
        # together); the metWith facts added below change no one's posts
        homes = post_cities(doc) if rule.pairwise and rule.p == "metWith" else {}
        for o in objects:
            role = _role(rule, groups.get("role"), o, doc)
            if role == "__reject__":
                continue
            if role == "President" and (len(subjects) > 1 or "مشترک" in doc.norm[s_start:s_end]):
                role = "CoPresident"
            elif role == "VicePresident" and groups.get("role") and _regional().match(masked.text, m.end("role")):
                role = "RegionalVicePresident"  # "نایب رئیس این انجمن برای منطقه خاورمیانه"
            start, end = sentence_term(doc, s_start, s_end) if rule.p in ("memberOf", "mayorOf") else (None, None)
            year = _sentence_year(doc, s_start, s_end) if rule.p == "foundedBy" else None
            for s in subjects:
                if rule.pairwise and s >= o:
                    continue
                if homes.get(s, set()) & homes.get(o, set()):
                    continue
                ctx.add(Fact(s, rule.p, o, evidence, rule.id, rule.confidence, role=role, status=status,
                             start=start, end=end, year=year))


def post_cities(doc: Doc) -> dict[int, set[int]]:
    """Person -> the cities their posts are in: the city they are mayor of, a post in its
    municipality, in its council or another body named after it."""
    city_of = {sp.entity: sp.inner.entity for sp in doc.spans
               if sp.label == "Organization" and sp.inner is not None and sp.inner.label == "City"}
    homes: dict[int, set[int]] = {}
    for f in doc.facts:
        if f.p == "mayorOf" or f.p == "memberOf" and doc.entities[f.o].type == "City":
            homes.setdefault(f.s, set()).add(f.o)
        elif f.p == "memberOf" and f.o in city_of:
            homes.setdefault(f.s, set()).add(city_of[f.o])
    return homes


def _last_subjects(ctx: Context, rule: Rule, region: str | None, coord: dict[int, list[int]],
                   subjects: list[int]) -> list[int]:
    """The last subject of a region (the one the clause is about, not a host or speaker named
    before it), with those who go along: "X به همراه Y و Z …" (X, Y, Z), "X، Y و Z …"."""
    if region is None or len(subjects) < 2:
        return subjects[-1:]
    led = _led_by().search(region)
    if led:  # "هیئت شهرداری کرمان به سرپرستی X معاون … و Y معاون …": its heads, each
        heads = [e for e in region_members(ctx, region[led.end():], rule.p) if e in subjects]
        if heads:
            return heads
    along = _ALONG.search(region)
    if along:
        lead = [e for e in region_members(ctx, region[:along.start()], rule.p)[-1:] if e in subjects]
        others = [e for e in region_members(ctx, region[along.end():], rule.p) if e in subjects]
        if lead and others:
            return list(dict.fromkeys(lead + others))
    persons = [int(x.group(2)) for x in _PH.finditer(region) if x.group(1) == "P"]
    if persons and persons[-1] in coord:
        listed = {ctx.doc.spans[k].entity for k in coord[persons[-1]]}
        return [e for e in subjects if e in listed] or subjects[-1:]
    return subjects[-1:]


_ALONG = re.compile(r"\s(?:به\s+همراه|همراه\s+با|با\s+همراهی)\s")


@cache
def _led_by() -> re.Pattern:
    """What opens the heads of a delegation: ``به سرپرستی``, ``به ریاست`` (cues.yaml)."""
    return re.compile(rf"(?:^|\s)به\s+(?:{alternation(cues()['coref']['delegation_led'])})\s")


@cache
def _led_by_mayor() -> re.Pattern:
    """A delegation or body led by the mayor named next, ending the text searched: ``به ریاست شهردار ``."""
    return re.compile(rf"{_led_by().pattern}شهردار\s$")


def _add_respectively(ctx: Context, rule: Rule, subjects: list[int], objects: list[int], roles: str,
                      evidence: Evidence, sentence: tuple[int, int]) -> None:
    """``A، B و C به ترتیب به عنوان R1، R2 و R3 …``: A takes R1, B R2, C R3; nothing when the lists
    are not as long (which title is whose is not known)."""
    titles = [m.group() for m in role_phrase().finditer(roles)]
    if len(titles) != len(subjects):
        return
    start, end = sentence_term(ctx.doc, *sentence)
    for o in objects:
        for s, title in zip(subjects, titles):
            role = _role(rule, title, o, ctx.doc)
            if role != "__reject__":
                ctx.add(Fact(s, rule.p, o, evidence, rule.id, rule.confidence, role=role, start=start, end=end))


_CLAUSE_START = re.compile(r"[:؛]\s*")


@lru_cache(maxsize=256)
def _clause_starts(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in _CLAUSE_START.finditer(text)))


def _slot(ctx: Context, m: re.Match, masked: str, name: str, coord: dict[int, list[int]], rule: Rule) -> list[int]:
    doc = ctx.doc
    groups = m.groupdict()
    if groups.get(f"{name}_region") is not None:
        return region_members(ctx, groups[f"{name}_region"], rule.p)
    if groups.get(name) is None:
        return []
    if name == "s" and (source := masked_source_lead().match(masked)) and m.start(name) < source.end():
        return []  # "به گزارش خبرگزاری مهر از شیراز، …": where the news came from, no subject
    idx = int(groups[name])
    distributes = (rule.p not in _NOT_DISTRIBUTED or name == "o" and rule.list_object
                   or name == "s" and rule.list_subject) \
        and not (name == "o" and rule.p == "memberOf" and not rule.list_object)
    members = coord.get(idx, [idx]) if distributes else [idx]
    if name == "s" and groups.get("role") and 0 <= m.start("role") - m.end("s") <= 4 \
            and not plural_title().match(groups["role"]):
        members = [idx]  # "X و Y سفیر چین": a singular title after a list is the last one's
    ents = list(dict.fromkeys(doc.spans[k].entity for k in members))
    opening = m.start(name) - 3  # where the slot's placeholder opens
    held = rule.p in (_HELD_BY_PERSON if name == "s" else {"metWith"})
    if held and masked[:opening].endswith("شهردار ") and _aide_of_mayor().search(masked, 0, opening - len("شهردار ")) \
            and not _led_by_mayor().search(masked, 0, opening):
        # "معاون شهردار C در E شرکت کرد": the aide, when the article names them (the post's title
        # linked), not the mayor nor the city's seat (but "به ریاست شهردار C" is the mayor)
        return list(dict.fromkeys(h for k in members if (h := _aide(ctx, k)) is not None))
    if held and (masked[:opening].endswith("شهردار ") or _after_mayors(masked, members)):
        # "شهردار شیراز عضو هیئت مدیره ...", "با شهردار تبریز دیدار کرد", "شهرداران اصفهان و یزد در
        # همایش …": the mayors, when the article names them (not in "معاون شهردار تبریز": a post in
        # the city's municipality)
        ents = list(dict.fromkeys(_mayor(ctx, k) for k in members))
    return ents


_HELD_BY_PERSON = {"memberOf", "participatedIn", "metWith", "visited"}


def _mayor(ctx: Context, k: int) -> int:
    """Who ``شهردار`` before the city mention ``k`` denotes: the person its title is linked to,
    else the one mayor of the city a clause rule found, else (a seat) the city itself."""
    title = ctx.doc.titles.get(k)
    if title is not None and title.kind == "mayor" and title.holder is not None:
        return title.holder
    city = ctx.doc.spans[k].entity
    holder = ctx.mayor(city)
    return holder if holder is not None else city


def _aide(ctx: Context, k: int) -> int | None:
    """Who the aide's title before ``شهردار`` and the city mention ``k`` denotes (``معاون شهردار C``,
    a post in the city's municipality), if the article names them."""
    title = ctx.doc.titles.get(k)
    return title.holder if title is not None and title.kind == "post" else None


def _after_mayors(masked: str, members: list[int]) -> bool:
    """Whether the list of these mentions opens after "شهرداران" (the mayors of each)."""
    first = min(masked.find(f"#{k}⟩") for k in members) - 2  # where the list's first placeholder opens
    return masked[:first].endswith("شهرداران ")


@cache
def plural_title() -> re.Pattern:
    """A title held by several people (roles.yaml: plural_title_words), at a match's start."""
    return re.compile("(?:" + alternation(load_yaml("roles.yaml")["plural_title_words"], optional_spaces=True) + r")(?!\w)")


@cache
def speech_cues() -> dict:
    return load_yaml("patterns/speech.yaml")


def _speaker(ctx: Context, before: str, predicate: str) -> list[int]:
    """The speaker of reported speech (``X گفت: ...``) that a clause sits in; for a tie between
    cities, the speaker's own city (``شهردار اهواز گفت: آماده‌ایم با بصره …``: Ahvaz)."""
    verbs = "|".join(speech_cues()["verbs"])
    said = list(re.finditer(rf"(?P<who>[^:؛]*?)\s(?:{verbs})(?:\s+(?:کرد|داشت|شد))?\s*:", before))
    if not said:
        return []
    who = said[-1].group("who")
    if predicate not in TIES:
        return region_members(ctx, who, predicate)
    doc = ctx.doc
    cities = [doc.spans[int(m.group(1))].entity for m in _MAYORALTY.finditer(who)]
    speakers = set(region_members(ctx, who, "metWith"))
    cities += [f.o for f in doc.facts if f.p == "mayorOf" and f.s in speakers]
    return list(dict.fromkeys(cities))


_MAYORALTY = re.compile(r"(?:شهردار|شهرداری)\s+(?:(?:شهر|کلانشهر)\s+)?⟨C#(\d+)⟩")


WORD = r"[^\s⟨⟩.؛:]+"
_CLAUSE_WORD = r"[^\s⟨⟩.؛:،,]+"  # a word, and no comma: a title's words do not run over one
PH_PERSON = re.compile(r"⟨P#(\d+)⟩")
PH_CITY = re.compile(r"⟨C#(\d+)⟩")


def extract_relations(doc: Doc, only: set[str] | None = None, keywords: bool = True) -> Doc:
    """Run the rules (``only``: just these rule ids, to test a rule on its own). A rule runs on the
    sentences whose mentions can fill its slots and, with ``keywords``, that hold the literals it
    needs (:class:`KeywordIndex`; without, every sentence its slots fit: the same facts, slower)."""
    ctx = Context(doc)
    sentences = [masked_sentence(doc, s, e) for s, e in doc.sentences]
    plain = [doc.norm[s:e] for s, e in doc.sentences]
    coords = [_coordinated(m.text) for m in sentences]
    fillable: dict[str, list[int]] = {}  # rule id -> the sentences that can fill its slots and hold its words
    index = keyword_index()
    for k, masked in enumerate(sentences):
        fit = _fillable(masked.codes)
        for rule_id in fit & index.admitted(masked.text, plain[k]) if keywords else fit:
            fillable.setdefault(rule_id, []).append(k)
    # per sentence, id(regex) -> found: rules share pre-tests (on the masked sentence), triggers
    # and exclusions (on the sentence); each is searched once (the rules' regexes live as long as
    # the process, so their ids stay theirs)
    found_masked: list[dict[int, bool]] = [{} for _ in sentences]
    found_plain: list[dict[int, bool]] = [{} for _ in sentences]

    def occurs(regex: re.Pattern, text: str, found: dict[int, bool]) -> bool:
        key = id(regex)
        hit = found.get(key)
        if hit is None:
            hit = found[key] = regex.search(text) is not None
        return hit

    for rule in _rules_in_phase_order():
        if only is not None and rule.id not in only:
            continue
        if rule.inner:
            _inner_facts(ctx, rule)
        elif rule.discourse:
            if rule.discourse not in DISCOURSE:
                raise ValueError(f"rule {rule.id}: no rule over several sentences is named {rule.discourse!r} "
                                 f"(registered: {', '.join(sorted(DISCOURSE))})")
            DISCOURSE[rule.discourse](ctx, rule, sentences)
        else:
            for k in fillable.get(rule.id, ()):
                # (the cheap pre-test on the masked sentence first: most sentences fail it)
                if rule.requires is not None and not occurs(rule.requires, sentences[k].text, found_masked[k]):
                    continue
                if rule.trigger is not None and not occurs(rule.trigger, plain[k], found_plain[k]):
                    continue
                if rule.exclude is not None and occurs(rule.exclude, plain[k], found_plain[k]):
                    continue
                _apply(ctx, rule, *doc.sentences[k], sentences[k], coords[k])
    return doc


@cache
def _rules_in_phase_order() -> tuple[Rule, ...]:
    """The rules by phase (appositions, clauses, then rules over several sentences), each phase in
    the order of the pattern files."""
    return tuple(sorted(rules(), key=lambda r: r.phase))


@cache
def _fillable(codes: frozenset[str]) -> frozenset[str]:
    """Ids of the rules each of whose typed slots has a mention type among ``codes`` (the
    cheap pre-test: a sentence without a city runs no rule that needs one)."""
    return frozenset(r.id for r in rules() if all(need & codes for need in r.needs))


@dataclass(frozen=True)
class KeywordIndex:
    """The sentence rules by the literals they need (:attr:`Rule.keywords`, derived from each rule's
    regexes when the rules are compiled): one pass over a sentence's words chooses the rules that
    can match it. Most rules cannot match most sentences, and a rule's regex costs more to run
    (and its pre-test and trigger to search) than a look-up of its words; a rule the index leaves
    out is one whose pattern, pre-test or trigger cannot match (:mod:`.keywords`)."""

    masked: ahocorasick.Automaton  # literal -> the clauses it meets, looked for in the masked sentence
    plain: ahocorasick.Automaton  # the same for the triggers' literals, in the sentence itself
    # the clauses as bits of an int (a set of clauses is a mask: a union one "|", a subset test one
    # "&", where sets of ints cost a hash per member); each set of clauses rules need, with those
    # rules (an empty set: every sentence)
    needs: tuple[tuple[int, frozenset[str]], ...]

    @classmethod
    def of(cls, rule_list: list[Rule]) -> "KeywordIndex":
        masked: dict[str, int] = {}
        plain: dict[str, int] = {}
        clause_bits: dict[tuple[bool, Clause], int] = {}  # (a trigger's?, clause) -> its bit; rules share clauses
        needs: dict[int, set[str]] = {}
        for rule in rule_list:
            need = 0
            for on_plain, clauses in ((False, rule.keywords), (True, rule.trigger_keywords)):
                for clause in clauses:
                    key = (on_plain, clause)
                    if key not in clause_bits:
                        clause_bits[key] = bit = 1 << len(clause_bits)
                        literals = plain if on_plain else masked
                        for word in clause:
                            literals[word] = literals.get(word, 0) | bit
                    need |= clause_bits[key]
            needs.setdefault(need, set()).add(rule.id)
        return cls(_automaton(masked), _automaton(plain), tuple((need, frozenset(ids)) for need, ids in needs.items()))

    def admitted(self, masked: str, plain: str) -> set[str]:
        """Ids of the rules whose every clause the sentence (``plain``, and ``masked`` its masked
        form) meets: one pass of each automaton over the text finds every literal in it."""
        met = 0
        for automaton, text in ((self.masked, masked), (self.plain, plain)):
            if len(automaton):
                for _, clauses in automaton.iter(text):
                    met |= clauses
        return set().union(*(ids for need, ids in self.needs if need & met == need))


def _automaton(literals: dict[str, int]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton finding each literal (a substring) with the clauses it meets (a mask)."""
    automaton = ahocorasick.Automaton()
    for word, clauses in literals.items():
        automaton.add_word(word, clauses)
    if literals:
        automaton.make_automaton()
    return automaton


@cache
def keyword_index() -> KeywordIndex:
    """The index of the rules that run sentence by sentence (not the inner or discourse ones)."""
    return KeywordIndex.of([r for r in rules() if not r.inner and not r.discourse])


def _inner_facts(ctx: Context, rule: Rule) -> None:
    """An event named after a body or place (``نشست مجمع X``) and that body, where the sentence
    naming it passes the rule's ``exclude`` (a bid to hold the event names no event held)."""
    doc = ctx.doc
    for span in doc.spans:
        inner = span.inner
        if span.label == "Event" and inner is not None and not span.coref:
            start, end = doc.sentence_of(span.nstart)
            if rule.exclude is not None and rule.exclude.search(doc.norm, start, end):
                continue
            ctx.add(Fact(span.entity, rule.p, inner.entity, doc.evidence_of(start, end), rule.id, rule.confidence))
