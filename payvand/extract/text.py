"""The text layer: normalisation with an exact offset map, sentences and tokens.

Normalisation runs in two steps. hazm's ``Normalizer`` (one instance, reused)
replaces Unicode presentation forms and ligatures; where that changes the length of a
line (a ligature), its output is aligned back with ``difflib``. Diacritics are dropped
in the second step, character by character, so they never need an alignment. Then the character and word
rules of ``data/normalization.yaml`` apply; they are character-level by design so
each normalised position knows the original position it came from.
"""
from __future__ import annotations

import difflib
import os
import re
from bisect import bisect_left, bisect_right, insort
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from operator import attrgetter, itemgetter
from typing import Any

from payvand.extract.data import load_yaml, word_alternation
from payvand.types import Article, Evidence, Span, Title


# a verb's person endings after its past stem (ساخت, ساختند) and its present stem (سازد, سازند)
PAST_ENDINGS = ("", "م", "ی", "یم", "ید", "ند")
PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")

# a finished clause joined to the next by "و" ("... را کسب کرد و ...") or set off by a comma
# ("... که به میزبانی استانبول برگزار شد، X ..."): the next one starts after it
# (a plural verb too: "… به عضویت هیئت مدیره درآمدند و X به عنوان دبیرکل انتخاب شد")
CLAUSE_END = re.compile(r"\s(?:کرد|شد|شدند|کردند|است|هستند|بود|بودند|داشت|داشتند|گردید|گردیدند|گرفت|گرفتند|درآمد|درآمدند|"
                        r"پیوست|پیوستند|رسید|رسیدند|نمود|نمودند|یافت|یافتند|دارد|دارند|آمد|آمدند|رفت|رفتند)(?:\s+و|\s*[،,])\s")


HALF_SPACE = "\u200c"  # ZWNJ: normalised to a space (``data/normalization.yaml``), known by :attr:`Doc.half_spaces`

# the bisection keys: getters made in C (a Python function as the key is called at every step)
_span_start = attrgetter("nstart")
_token_start = itemgetter(0)


def token_index(tokens: Sequence[tuple[int, ...]], pos: int) -> int:
    """Index of the first of ``tokens`` (``(start, end, …)``, in text order: the Doc's, or the
    name walks' reading of them) that starts at or after ``pos``."""
    return bisect_left(tokens, pos, key=_token_start)


@dataclass
class Doc:
    """An article under analysis: spaCy-like, with spans over the normalised text."""

    article: Article
    norm: str
    offsets: list[int]  # offsets[i] = index in ``source`` of norm[i]; offsets[len(norm)] = len(source)
    source: str = ""  # the text analysed: the article's text, then (if any) a blank line and its title
    title_at: int | None = None  # where the title starts in ``source``
    sentences: list[tuple[int, int]] = field(default_factory=list)  # normalised offsets
    tokens: list[tuple[int, int]] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    entities: list = field(default_factory=list)  # payvand.types.Entity
    facts: list = field(default_factory=list)  # payvand.types.Fact
    dates: list[Span] = field(default_factory=list)
    # the titles (payvand.types.Title), by the index in ``spans`` of what each is of (a mention is
    # the object of at most the one title right before it); span indices are fixed once linked
    titles: dict[int, Title] = field(default_factory=dict)
    # readings of the tokens made once per article by the finders that walk them (the name and
    # compound word views of ``mentions/entities.py``), by name: the tokens never change once made
    views: dict[str, list] = field(default_factory=dict, repr=False, compare=False)

    def insert_span(self, span: Span) -> None:
        """Add a span where its start puts it (see :meth:`span_index`)."""
        insort(self.spans, span, key=_span_start)

    def span_index(self, pos: int) -> int:
        """Index of the first span that starts at or after ``pos``: spans are kept sorted by
        their start (added by :meth:`insert_span`), so a range is found by bisection."""
        return bisect_left(self.spans, pos, key=_span_start)

    def token_index(self, pos: int) -> int:
        """Index of the first token that starts at or after ``pos`` (tokens are in text order)."""
        return token_index(self.tokens, pos)

    @cached_property
    def half_spaces(self) -> list[int]:
        """The normalised positions, in order, of the spaces that were half-spaces (ZWNJ) in the
        original: two words written as one there (``نیک‌پی``, ``می‌شود``), which the normaliser
        spaces apart. Found from the original's half-spaces through the offsets, which never
        decrease, by bisection: no scan of the normalised text."""
        out: list[int] = []
        at = self.source.find(HALF_SPACE)
        while at != -1:
            pos = bisect_left(self.offsets, at)
            if pos < len(self.norm) and self.offsets[pos] == at and self.norm[pos] == " ":
                out.append(pos)
            at = self.source.find(HALF_SPACE, at + 1)
        return out

    def half_space_at(self, pos: int) -> bool:
        """Was the normalised ``norm[pos]`` a half-space in the original (:attr:`half_spaces`)?"""
        i = bisect_left(self.half_spaces, pos)
        return i < len(self.half_spaces) and self.half_spaces[i] == pos

    @cached_property
    def token_texts(self) -> list[tuple[int, int, str]]:
        """``(start, end, text)`` of every token, made once (the entity finders each walk them)."""
        return [(s, e, self.norm[s:e]) for s, e in self.tokens]

    def to_original(self, nstart: int, nend: int) -> tuple[int, int]:
        """Map a normalised ``[nstart, nend)`` to the smallest original span covering it."""
        if nend <= nstart:
            pos = self.offsets[nstart]
            return pos, pos
        return self.offsets[nstart], self.offsets[nend - 1] + 1

    def _place(self, start: int, end: int) -> tuple[str, int, int, str]:
        """``source`` offsets as (part of the article, offsets into it, its text there)."""
        if self.title_at is not None and start >= self.title_at:
            start, end = start - self.title_at, end - self.title_at
            return "title", start, end, self.article.title[start:end]
        return "text", start, end, self.article.text[start:end]

    def make_span(self, nstart: int, nend: int, label: str, **annotations: Any) -> Span:
        """A span over normalised offsets, with its annotations (:meth:`payvand.types.Span.annotations`)."""
        part, start, end, text = self._place(*self.to_original(nstart, nend))
        return Span(start, end, text, label, nstart, nend, self.norm[nstart:nend], field=part, **annotations)

    def evidence(self, start: int, end: int) -> Evidence:
        """The evidence for ``source[start:end]`` (see :meth:`to_original`)."""
        part, start, end, text = self._place(start, end)
        return Evidence(text, start, end, part)

    def evidence_of(self, nstart: int, nend: int) -> Evidence:
        """The evidence for the normalised ``norm[nstart:nend]`` (a sentence, as the article has it)."""
        return self.evidence(*self.to_original(nstart, nend))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_of(self, npos: int) -> tuple[int, int]:
        """The sentence ``npos`` is in (the whole text, if none): sentences are sorted and
        do not overlap, so it is found by bisection."""
        i = bisect_right(self._sentence_starts, npos) - 1
        if i >= 0 and npos < self.sentences[i][1]:
            return self.sentences[i]
        return (0, len(self.norm))

    def sentence_before(self, npos: int) -> tuple[int, int] | None:
        """The last sentence that ends at or before ``npos``, if any."""
        i = bisect_right(self._sentence_starts, npos) - 1
        while i >= 0 and self.sentences[i][1] > npos:
            i -= 1
        return self.sentences[i] if i >= 0 else None


@cache
def _rules() -> tuple[dict[str, str], re.Pattern | None, dict[str, str], bool]:
    cfg = load_yaml("normalization.yaml")
    words: dict[str, str] = cfg.get("words", {})
    for a, b in words.items():
        if len(a) != len(b):
            raise ValueError(f"normalization.yaml: word rule {a!r} -> {b!r} changes length")
    pattern = re.compile("(" + word_alternation(words) + r")(?!\w)") if words else None
    return cfg["chars"], pattern, words, bool(cfg.get("drop_combining", True))


HAZM_OPTIONS = dict(correct_spacing=False, remove_diacritics=False, remove_specials_chars=False,
                    decrease_repeated_chars=False, persian_style=False, persian_numbers=False,
                    unicodes_replacement=True, seperate_mi=False)


@cache
def _hazm_normalize() -> Callable[[str], str]:
    """hazm's ``Normalizer(**HAZM_OPTIONS).normalize``: its character table, then its
    unicode replacements — the two steps these options leave. Its ``normalize`` rebuilds the
    table on every call (6% of an extraction); here it is built once."""
    from hazm import Normalizer
    from hazm.normalizer import TRANSLATION_DST, TRANSLATION_SRC
    from hazm.utils import maketrans

    normalizer = Normalizer(**HAZM_OPTIONS)
    table = {chr(k): v for k, v in maketrans(TRANSLATION_SRC, TRANSLATION_DST).items()}
    # the same replacements as ``str.translate(table)``, by one substitution over the table's
    # characters: translate looks up every character of the text (25x slower on the dev texts)
    chars = re.compile("[" + "".join(re.escape(c) for c in sorted(table)) + "]")
    return lambda text: normalizer.unicodes_replacement(chars.sub(lambda m: table[m.group()], text))


def _align(src: str, dst: str, base: int) -> list[int]:
    """Original index for each character of ``dst``, a rewrite of ``src``."""
    out: list[int] = []
    sm = difflib.SequenceMatcher(None, src, dst, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            out.extend(range(base + i1, base + i2))
        elif op == "replace":
            # each output character comes from the end of its share of the input
            # ("ًى" -> "ی" maps to the letter, not to the dropped mark)
            n, m = i2 - i1, j2 - j1
            out.extend(base + i1 + max((k + 1) * n // m - 1, 0) for k in range(m))
        elif op == "insert":
            out.extend([base + max(i1 - 1, 0)] * (j2 - j1))
    return out


def _hazm_step(text: str) -> tuple[str, list[int]]:
    normalize = _hazm_normalize()
    whole = normalize(text)
    if len(whole) == len(text) and whole.count("\n") == text.count("\n"):
        return whole, list(range(len(text)))  # the common case: one call, no alignment
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out = normalize(body) if body.strip() else body
        if len(out) == len(body):
            offsets.extend(range(pos, pos + len(body)))
        else:
            offsets.extend(_align(body, out, pos))
        parts.append(out)
        tail = line[len(body):]
        parts.append(tail)
        offsets.extend(range(pos + len(body), pos + len(line)))
        pos += len(line)
    return "".join(parts), offsets


def normalize(text: str) -> tuple[str, list[int]]:
    """Return the normalised text and, for each of its characters, the original index.

    The returned list has one more element than the text: the original length.
    """
    chars_re, table, dropped, word_re, words = _tables()
    step1, map1 = _hazm_step(text)
    norm = chars_re.sub(lambda m: table[m.group()], step1)
    if len(norm) == len(step1):
        offsets = map1
    else:  # some characters were deleted: keep the positions of the others
        offsets = [map1[i] for i, ch in enumerate(step1) if ch not in dropped]
    if word_re is not None:
        norm = word_re.sub(lambda m: words[m.group(1)], norm)
    return norm, offsets + [len(text)]


@cache
def _tables() -> tuple[re.Pattern, dict[str, str], frozenset[str], re.Pattern | None, dict[str, str]]:
    """The character rules (every rule maps one character to at most one, so positions
    survive) as a character class and a table, the set of deleted characters, and the word
    rules. (A substitution over the class is ~15x faster than ``str.translate``, which looks
    up every character of the text.)"""
    chars, word_re, words, drop_combining = _rules()
    if any(len(v) > 1 for v in chars.values()):
        raise ValueError("normalization.yaml: a character rule may map to at most one character")
    table = dict(chars)
    dropped = {k for k, v in chars.items() if v == ""}
    if drop_combining:
        for cp in range(0x0300, 0x0370):
            table.setdefault(chr(cp), "")
            dropped.add(chr(cp))
        for cp in list(range(0x0610, 0x061B)) + list(range(0x064B, 0x0660)) + [0x0670] + list(range(0x06D6, 0x06EE)):
            if unicodedata.combining(chr(cp)) or cp == 0x0670:
                table.setdefault(chr(cp), "")
                dropped.add(chr(cp))
    chars_re = re.compile("[" + "".join(re.escape(c) for c in sorted(table)) + "]")
    return chars_re, table, frozenset(dropped), word_re, words


def match_key(text: str) -> str:
    """A comparison key: normalised, spaces/half-spaces and punctuation removed."""
    norm, _ = normalize(text)
    return "".join(ch for ch in norm if ch.isalnum())


# letters a search does not tell apart, whichever spelling the normaliser keeps for a word
# (``رئیس``/``رییس``, ``هیئت``/``هیات``); the pages' common.js folds what is typed the same way
_SEARCH_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "أ": "ا", "إ": "ا", "ؤ": "و",
                              "ئ": "ی"})


def search_key(text: str) -> str:
    """What a search compares (the viewer's search box, the canned queries' entity
    parameters): the :func:`match_key`, case-folded and with hamza and Arabic letter variants
    folded, so ``شيراز``, ``شیراز`` and ``shiraz`` find ``شیراز``/``Shiraz``."""
    return match_key(text).casefold().translate(_SEARCH_FOLD)


@cache
def _sentence_tokenizer():
    from hazm import SentenceTokenizer

    return SentenceTokenizer()


def _align_pieces(norm: str, pieces: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Locate tokenizer output pieces in ``norm[start:end]`` in order (a piece's "_" is hazm's
    space; the text holds none of them, most often, and then no piece is rewritten)."""
    out: list[tuple[int, int]] = []
    append, find = out.append, norm.find
    joined = "_" in norm[start:end]
    cur = start
    for p in pieces:
        if joined:
            p = p.replace("_", " ")
        i = find(p, cur, end)
        if i < 0:
            continue
        cur = i + len(p)
        append((i, cur))
    return out


# a sentence's end written without the space after it, between two words of two letters or more
# ("برگزار شد.خدادادی گفت"; not an abbreviation's dots: "ج.ا.ایران"); the mark opens the pattern,
# so that a search skips to the marks instead of trying the look-behind at every character
_GLUED_END = re.compile(r"[.!؟](?<=[\u0620-\u064a\u067e-\u06cc]{2}.)(?=[\u0620-\u064a\u067e-\u06cc]{2})")


# a sentence's end inside a closing quotation mark, another sentence after it ("… هستیم.» وی
# افزود"): hazm splits only where a space follows the point. A point only (a title in quotes may
# end in "؟" or "!": «شهر هوشمند چیست؟» با حضور …), and not where the sentence goes on with a
# preposition or a conjunction ("«ج.ا.ا.» در ترکیه")
_QUOTED_END = re.compile(r"\.[»”\"](?=\s+(?!(?:با|در|به|از|را|و|که|برای|تا)(?!\S))\S)")


def sentences(norm: str) -> list[tuple[int, int]]:
    """Sentence spans: each line (a headline, a paragraph) cut by hazm's SentenceTokenizer,
    which splits at sentence-final punctuation followed by a space (not at ``1.5``), at one
    glued to the next sentence's first word, and after a quotation closed by a sentence's end."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in norm.split("\n"):
        if line.strip():
            for start, end in _align_pieces(norm, _sentence_tokenizer().tokenize(line), pos, pos + len(line)):
                cuts = sorted(m.end() for pattern in (_GLUED_END, _QUOTED_END) for m in pattern.finditer(norm, start, end))
                for cut in cuts:
                    out.append((start, cut))
                    start = cut + len(norm[cut:end]) - len(norm[cut:end].lstrip())
                out.append((start, end))
        pos += len(line) + 1
    return out


# quotes and dashes hazm leaves on a word's edge ("'پیروز", "حناچی'", "ایرنا-"): tokens of their own
_EDGE_MARKS = "'\"-–—‘’“”`"


def _split_edges(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` with the quotes and dashes on its edges as tokens of their own."""
    s, e = start, end
    while e - s > 1 and norm[s] in _EDGE_MARKS:
        s += 1
    while e - s > 1 and norm[e - 1] in _EDGE_MARKS:
        e -= 1
    if (s, e) == (start, end):
        return [(start, end)]
    return [(k, k + 1) for k in range(start, s)] + [(s, e)] + [(k, k + 1) for k in range(e, end)]


# hazm's WordTokenizer, as configured here (no verb parts joined, nothing replaced), puts a space
# around each run its pattern ``([؟!?]+|[\d.:]+|[:.،؛»\])}"«\[({/\\])`` matches and splits at
# spaces, tabs and line ends: its tokens are those runs and the longest stretches of other
# characters between them. One regex finds them with their offsets, where tokenizing and then
# finding each piece again in the text cost a Python step per token (a sixth of make_doc's time).
# Every character the pattern's classes hold opens a run of it, so a stretch holds none of them.
_HAZM_RUN = r'[؟!?]+|[\d.:]+|[:.،؛»\])}"«\[({/\\]'
_WORD = re.compile(rf'{_HAZM_RUN}|[^ \n\t؟!?\d.:،؛»\])}}"«\[({{/\\]+')
_EDGE_MARK = re.compile(f"[{re.escape(_EDGE_MARKS)}]")


def tokens(norm: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sents:
        words = [m.span() for m in _WORD.finditer(norm, s, e)]
        if _EDGE_MARK.search(norm, s, e) is None:
            out += words
            continue
        for a, b in words:
            if norm[a] in _EDGE_MARKS or norm[b - 1] in _EDGE_MARKS:
                out.extend(_split_edges(norm, a, b))
            else:
                out.append((a, b))
    return out


def make_doc(article: Article) -> Doc:
    """The article's text, then its title: a headline often states a fact the text does not
    (``... بندرعباس با شهر نینگبو چین``); coming last, it adds only those, the text's own
    sentences keep their evidence. A title the text already holds (a plain-text file's first
    line, an RSS item's) is not read twice."""
    title = (article.title or "").strip()
    source, title_at = ((f"{article.text}\n\n{article.title}", len(article.text) + 2) if title and title not in article.text
                        else (article.text, None))
    norm, offsets = normalize(source)
    sents = sentences(norm)
    return Doc(article=article, norm=norm, offsets=offsets, source=source, title_at=title_at, sentences=sents,
               tokens=tokens(norm, sents))
