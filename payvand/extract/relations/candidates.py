"""Relation candidates: every typed pair of resolved mentions in a sentence that the vocabulary
allows, for each predicate, described by structured features for the scorer.

A sentence is read as a sequence of *items*: a word, or a whole mention (a city, a person, a
body …). The features of a candidate ``(s, p, o)`` say what lies between the two mentions and
around them, never which article or which names:

* the predicate, the two types and their order; how far apart they are (in items) and across
  how many clause boundaries (:mod:`payvand.extract.relations.clauses`);
* the words between them when they are few (stemmed), the word before and after each end
  (``شهردار ⟨City⟩``, ``⟨Person⟩ گفت``), the types of the mentions between;
* where each predicate's trigger words (``data/triggers.yaml``) stand: between, in the clause,
  elsewhere in the sentence;
* lists: whether an end stands in a list of mentions of its type, both in the same one.

What the pattern rules said is no feature: the scorer learns what a pair's context says on its own,
so that it can give the facts of constructions no rule covers (see
:mod:`payvand.extract.relations.scorer`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from payvand.extract.relations.clauses import boundaries
from payvand.extract.relations.sink import fact_key
from payvand.extract.data import load_yaml
from payvand.extract.text import Doc
from payvand.ontology import vocabulary
from payvand.types import ENTITY_TYPES

MAX_BETWEEN_WORDS = 6  # the words between two mentions are features only when they are this few
_LIST_GLUE = frozenset({"،", ",", "و", "همراه", "به", "شهر", "شهرهای", "کشور", "کشورهای"})
_PUNCT = re.compile(r"^[^\w]+$")
_QUOTES = re.compile(r'^["«»“”()]+$')


@dataclass
class Candidate:
    """A possible fact ``s --p--> o`` read in one sentence (``sentence``: normalised offsets)."""

    s: int  # entity indices
    p: str
    o: int
    sentence: tuple[int, int]
    features: list[str]
    s_span: int  # span indices of the two mentions
    o_span: int

    @cached_property
    def key(self) -> tuple[int, str, int]:
        """The fact this candidate would give (:func:`~payvand.extract.relations.sink.fact_key`)."""
        return fact_key(self.s, self.p, self.o)


@cache
def _triggers() -> dict[str, re.Pattern]:
    out = {}
    for p, entry in load_yaml("triggers.yaml").items():
        forms = []
        for form in sorted(entry["forms"], key=len, reverse=True):
            whole = form.endswith("$")
            body = re.escape(form.rstrip("$")).replace(r"\ ", r"[\s\u200c]?")
            forms.append(body + (r"(?!\w)" if whole else ""))
        out[p] = re.compile(r"(?<![\w\u200c])(?:" + "|".join(forms) + ")")
    return out


@cache
def _stemmer():
    from hazm import Stemmer

    return Stemmer()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A word without its plural, ezafe and possessive endings (hazm's Stemmer)."""
    return _stemmer().stem(word.replace("\u200c", "")) or word


@dataclass
class _Item:
    span: int | None  # a mention's span index, or None for a word
    word: str = ""


def _items(doc: Doc, start: int, end: int, mentions: list[int]) -> list[_Item]:
    """The sentence as words and whole mentions, in order."""
    items: list[_Item] = []
    spans = doc.spans
    emitted: set[int] = set()
    m = 0
    for t in range(doc.token_index(start), doc.token_index(end)):
        ts, te = doc.tokens[t]
        while m < len(mentions) and spans[mentions[m]].nend <= ts:
            m += 1
        inside = False
        k = m
        while k < len(mentions) and spans[mentions[k]].nstart < te:  # (a token may hold several: مسکو-پکن)
            inside = True
            if mentions[k] not in emitted:
                emitted.add(mentions[k])
                items.append(_Item(mentions[k]))
            k += 1
        if inside:
            continue
        word = doc.norm[ts:te]
        if not _QUOTES.match(word):  # quotation marks around names («X» شهردار «Y») are transparent
            items.append(_Item(None, word))
    return items


def _mentions(doc: Doc, start: int, end: int) -> list[int]:
    """Span indices of the resolved, non-overlapping mentions of entities in a sentence."""
    out: list[int] = []
    last_end = -1
    for i in range(doc.span_index(start), doc.span_index(end)):
        sp = doc.spans[i]
        if sp.entity is None or sp.label not in ENTITY_TYPES or sp.nend > end or sp.nstart < last_end:
            continue
        out.append(i)
        last_end = sp.nend
    return out


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-8" if n <= 8 else "9+"


def _word(item: _Item | None, doc: Doc) -> str:
    if item is None:
        return "^"
    if item.span is not None:
        return "<" + doc.spans[item.span].label + ">"
    return "," if _PUNCT.match(item.word) else stem(item.word)


def _lists(items: list[_Item], doc: Doc) -> dict[int, list[int]]:
    """Mention span -> the list of same-typed mentions it stands in (two or more joined by commas,
    و, به همراه, cue words like شهر; a city's country after it stays inside a list of cities:
    ``شیان چین، فلورانس ایتالیا و یاش رومانی``)."""
    groups: dict[int, list[int]] = {}
    run: list[int] = []
    label = None
    glue_ok = True

    def close() -> None:
        if len(run) > 1:
            for sp in run:
                groups[sp] = run

    for it in items:
        if it.span is not None:
            sp_label = doc.spans[it.span].label
            if run and label == "City" and sp_label == "Country" and glue_ok is True:
                glue_ok = "country"  # the country of the city before it
                continue
            if run and sp_label == label and glue_ok:
                run = run + [it.span]
            else:
                close()
                run, label = [it.span], sp_label
            glue_ok = True
        elif it.word not in _LIST_GLUE:
            glue_ok = False
    close()
    return groups


def candidates(doc: Doc, predicates: Collection[str] | None = None) -> list[Candidate]:
    """Every candidate of the article (of the given predicates only, if any), in text order."""
    preds = {p: sig for p, sig in vocabulary()["predicates"].items() if predicates is None or p in predicates}
    rank, in_title = _salience(doc)
    out: list[Candidate] = []
    for sentence in doc.sentences:
        mentions = _mentions(doc, *sentence)
        if len(mentions) < 2:
            continue
        ctx = _Sentence(doc, sentence, mentions)
        placed = [i for i in mentions if i in ctx.where]  # (a mention no token overlaps is in no item)
        for a in placed:
            for b in placed:
                sa, sb = doc.spans[a], doc.spans[b]
                if a == b or sa.entity == sb.entity:
                    continue
                pair: list[str] | None = None
                for p, sig in preds.items():
                    if sa.label not in sig["domain"] or sb.label not in sig["range"]:
                        continue
                    if sig.get("symmetric") and sa.nstart > sb.nstart:
                        continue
                    if pair is None:  # what the two mentions' context says, whatever the predicate
                        pair = (ctx.pair_features(a, b) + _entity_features(sa.entity, sb.entity, rank, in_title)
                                + _title_features(doc, sa.entity, b))
                    out.append(Candidate(sa.entity, p, sb.entity, sentence, _conjoin(p, pair), a, b))
    return out


def _title_features(doc: Doc, s: int, o_span: int) -> list[str]:
    """What the title of the object's mention (``شهردار ⟨o⟩``, ``دبیرکل ⟨o⟩``) says of the subject:
    it is linked to it (and how, :func:`payvand.extract.resolve.link_titles`), or to someone else."""
    title = doc.titles.get(o_span)
    if title is None:
        return []
    if title.holder is None:
        return [f"title={title.kind}"]
    return [f"title={title.kind}", f"title_holder={title.link}" if title.holder == s else "title_other_holder"]


def _salience(doc: Doc) -> tuple[dict[int, int], set[int]]:
    """Each entity's rank among the entities of its type by number of mentions (0: the article's
    main city, person, body …), and the entities its headline names."""
    by_type: dict[str, list[int]] = defaultdict(list)
    for k, ent in enumerate(doc.entities):
        by_type[ent.type].append(k)
    rank = {}
    for ents in by_type.values():
        for r, k in enumerate(sorted(ents, key=lambda k: (-len(doc.entities[k].mentions), k))):
            rank[k] = r
    in_title = {sp.entity for sp in doc.spans if sp.field == "title" and sp.entity is not None}
    return rank, in_title


def _entity_features(s: int, o: int, rank: dict[int, int], in_title: set[int]) -> list[str]:
    """How prominent each end is in the article: its rank and whether the headline names it."""
    feats = []
    for name, ent in (("s", s), ("o", o)):
        r = rank.get(ent, 9)
        feats.append(f"{name}_rank={r if r < 2 else '2+'}")
        if ent in in_title:
            feats.append(f"{name}_in_title")
    return feats


def _conjoin(p: str, feats: list[str]) -> list[str]:
    """Each feature twice: on its own (shared by every predicate) and with the predicate."""
    return [f"p={p}"] + feats + [f"{p}|{f}" for f in feats]


class _Sentence:
    """What every pair of a sentence's mentions is read against: its items, lists, clause cuts,
    trigger positions."""

    def __init__(self, doc: Doc, sentence: tuple[int, int], mentions: list[int]):
        start, end = sentence
        self.doc, self.sentence = doc, sentence
        self.items = _items(doc, start, end, mentions)
        self.where = {it.span: k for k, it in enumerate(self.items) if it.span is not None}
        self.lists = _lists(self.items, doc)
        self.cuts = boundaries(doc, start, end)
        self.triggers = {p: [m.start() for m in rx.finditer(doc.norm, start, end)] for p, rx in _triggers().items()}
        self.colon = doc.norm.find(":", start, end)
        evidence = doc.evidence_of(start, end)
        self.headline = evidence.field == "title"

    def pair_features(self, a: int, b: int) -> list[str]:
        """Features of subject mention ``a`` and object mention ``b`` (span indices)."""
        doc, spans, items, where, lists = self.doc, self.doc.spans, self.items, self.where, self.lists
        s_sp, o_sp = spans[a], spans[b]
        i, j = where[a], where[b]
        ls, lo_ = lists.get(a), lists.get(b)
        if ls is not lo_:
            # an end in a list the other is outside of is read from the list's item nearest to the
            # other end: "A با شهرهای B، C و D" puts C as close to A as B (the relation distributes)
            if lo_ is not None:
                j = min((where[x] for x in lo_), key=lambda k: abs(k - i))
            if ls is not None:
                i = min((where[x] for x in ls), key=lambda k: abs(k - j))
        lo, hi = min(i, j), max(i, j)
        first, last = spans[items[lo].span], spans[items[hi].span]
        between = items[lo + 1:hi]
        words = [it for it in between if it.span is None]
        feats = [f"types={s_sp.label}>{o_sp.label}", "s_first" if i < j else "o_first",
                 f"dist={_bucket(hi - lo - 1)}",
                 f"cuts={_bucket(bisect_left(self.cuts, last.nstart) - bisect_left(self.cuts, first.nend))}"]
        inner = [spans[it.span].label for it in between if it.span is not None]
        feats.append(f"n_between={_bucket(len(inner))}")
        feats.extend(f"between_type={t}" for t in sorted(set(inner)))
        if not between:
            feats.append("adjacent")
        elif len(words) <= MAX_BETWEEN_WORDS:
            feats.extend(f"w={_word(it, doc)}" for it in words)
            if len(between) <= 3:
                feats.append("path=" + "_".join(_word(it, doc) for it in between))
        for name, k in (("s", where[a]), ("o", where[b])):
            feats.append(f"{name}_prev={_word(items[k - 1] if k > 0 else None, doc)}")
            feats.append(f"{name}_next={_word(items[k + 1] if k + 1 < len(items) else None, doc)}")
            if spans[items[k].span].coref:
                feats.append(f"{name}_coref")
        at = bisect_left(self.cuts, first.nstart)
        clause_start = self.cuts[at - 1] if at > 0 else self.sentence[0]
        at = bisect_left(self.cuts, last.nend)
        clause_end = self.cuts[at] if at < len(self.cuts) else self.sentence[1]
        for q, positions in self.triggers.items():
            if not positions:
                continue
            if bisect_left(positions, last.nstart) > bisect_left(positions, first.nend):
                feats.append(f"trig_between={q}")
            elif bisect_left(positions, clause_end) > bisect_left(positions, clause_start):
                feats.append(f"trig_clause={q}")
            else:
                feats.append(f"trig_sentence={q}")
        if ls is not None and ls is lo_:
            feats.append("same_list")
        else:
            if ls is not None:
                feats.append("s_in_list")
            if lo_ is not None:
                feats.append("o_in_list")
        if 0 <= self.colon < first.nstart:
            feats.append("after_colon")
        if self.headline:
            feats.append("headline")
        return feats
