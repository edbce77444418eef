"""Clauses: where a sentence's parts begin and end, and what a clause says of a tie's status.

A sentence of Persian news often holds several clauses: a quotation after ``X گفت:``, a
relative clause after ``که``, finished clauses joined by ``و`` after their verb, asides set
off by commas. Relation candidates and statuses are read clause by clause.
"""
from __future__ import annotations

import re
from functools import cache

from payvand.extract.data import load_yaml, not_after, word_alternation
from payvand.extract.text import CLAUSE_END, Doc


@cache
def _status_cues() -> dict[str, re.Pattern]:
    cfg = load_yaml("patterns/status.yaml")
    cfg["proposed"] = cfg["proposed"] + cfg.pop("intent")  # (what a subject means to do is no act yet)
    return {k: re.compile("|".join(v)) for k, v in cfg.items()}


# the ties whose status (signed, proposed) their clause tells
TIES = frozenset({"twinnedWith", "agreementWith"})


def tie_status(doc: Doc, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """The status of the tie told at ``start:end`` (normalised) of ``sentence``, from the cues of
    its clause (between colons or semicolons, :func:`_clause_bounds`, narrowed to the finished
    clause it stands in): "signed" or "proposed"; None when the clause says the tie itself was not made or was ended (``negation``:
    "لغو تفاهم‌نامه خواهرخواندگی A و B …", "… به حالت تعلیق درآمد"): then there is no tie to give.

    This reads the whole clause, before the tie as well as after it, for words that deny a tie;
    :func:`act_undone` (which the fact sink asks of every act, ties among them) reads only the
    verb that ends the clause after the act's later end ("A و B خواهرخوانده نمی‌شوند"). Each
    catches what the other does not, so both are asked of a tie."""
    clause = _finished_clause_around(doc, sentence, start, end)
    cues = _status_cues()
    if cues["negation"].search(clause):
        return None
    if cues["conditional"].search(clause):
        return "proposed"  # (a tie made a condition or what follows one: "چنانچه A و B خواهرخوانده شوند …")
    if cues["signed"].search(clause):
        return "signed"
    return "proposed" if cues["proposed"].search(clause) else "signed"


def _finished_clause_around(doc: Doc, sentence: tuple[int, int], start: int, end: int) -> str:
    """The part of the clause (:func:`_clause_bounds`) around the tie at ``start:end`` between
    finished clauses joined by "و" or a comma (:data:`CLAUSE_END`): a signing told in one ("سند
    خواهرخواندگی A و C به امضا رسید و …") is not the status of another tie told in the next ("… و
    مقرر شد تفاهم‌نامه همکاری A و B … امضا شود"), nor the reverse."""
    c_start, c_end = _clause_bounds(doc, sentence, start, end)
    cuts = [m.end() for m in CLAUSE_END.finditer(doc.norm, c_start, c_end)]
    after = [c for c in cuts if c > end]
    if after and _RELATIVE_CLOSED.search(doc.norm, end, after[0]):
        after.pop(0)  # the comma closes a relative clause on the tie: its verb comes after it
    return doc.norm[max((c for c in cuts if c <= start), default=c_start):after[0] if after else c_end]


# a relative clause on the tie ("تفاهم‌نامه A و B که سال گذشته تهیه شد، … امضا خواهد شد"),
# closed by a comma: the clause's own verb comes after the comma, so the comma is no cut
_RELATIVE_CLOSED = re.compile(not_after(r"\w", "که") + r"(?!\w)[^،,]*[،,]\s$")


_CLAUSE_BREAK = re.compile(not_after(r"\d", "[:؛]") + r"(?!\d)")


def _clause_bounds(doc: Doc, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """Where the part of a sentence between the colons or semicolons around ``start:end`` begins
    and ends in ``doc.norm``: what a quotation after "X گفت:" says (``… ادامه خواهد یافت``) is
    not the status of a tie named before it (``با اشاره به خواهرخواندگی مشهد و هرات گفت: …``),
    nor the reverse."""
    s_start, s_end = sentence
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(doc.norm, s_start, s_end)]
    return max((b + 1 for b in breaks if b < start), default=s_start), min((b for b in breaks if b >= end), default=s_end)


# the acts a negative or cancelling verb undoes (see :func:`act_undone`)
ACTS = TIES | {"visited", "metWith", "participatedIn", "hostedBy"}


# where what an act's clause says of it ends: a clause boundary, or a contrast ("… امضا کرده بود
# اما … اجرا نشد": the signing stands)
_CONTRAST = re.compile(f"(?:{word_alternation(['اما', 'ولی', 'لیکن', 'ولیکن', 'بلکه', 'سپس'])})" + r"(?!\w)")
# a sentence whose subject, told with a relative clause, is called off by its last verb
# ("E که قرار بود در C برگزار شود، لغو شد")
_CALLED_OFF = re.compile(r"\s*[،,]\s*(?:لغو|منتفی)\s+(?:شد|گردید)\s*\.?\s*$")


def act_undone(doc: Doc, after: int) -> bool:
    """Whether the clause going on after ``after`` (the normalised end of an act's later end) ends
    in a verb that denies or calls the act off: Persian puts the verb after its objects, so
    "… به شهر C سفر نمی کند" and "سفر … به C … لغو شد" are read from C to where the clause ends.
    (For a tie, :func:`tie_status` reads its whole clause for words that deny it as well.)"""
    end = doc.sentence_of(after)[1]
    cut = first_boundary(doc, after, end)
    contrast = _CONTRAST.search(doc.norm, after, cut)
    if _status_cues()["undone"].search(doc.norm, after, contrast.start() if contrast else cut):
        return True
    return cut < end and _CALLED_OFF.fullmatch(doc.norm, cut, end) is not None


def act_supposed(doc: Doc, at: int, tie: bool) -> bool:
    """Whether the sentence asks whether the act ending at ``at`` happens (``آیا`` before it), or,
    for an act that is not a tie, makes it a condition or what follows one (``اگر …``): either
    way the sentence states no such act. A tie in a conditional sentence keeps its status cues
    (``در صورت …``: proposed)."""
    start = doc.sentence_of(at - 1)[0]
    cues = _status_cues()
    return bool(cues["question"].search(doc.norm, start, at) or not tie and cues["conditional"].search(doc.norm, start, at))


# where a clause may end inside a sentence: a comma, a colon or semicolon (not between digits),
# a quotation mark, "که" (a relative or complement clause), a finished clause joined by "و"
_BOUNDARY = re.compile(rf"[،,«»\"“”]|{_CLAUSE_BREAK.pattern}|{not_after(r'\w', 'که')}(?!\w)")


def boundaries(doc: Doc, start: int, end: int) -> list[int]:
    """Normalised offsets in ``doc.norm[start:end]`` at which a clause may end, in order."""
    cuts = {m.start() for m in _BOUNDARY.finditer(doc.norm, start, end)}
    cuts.update(m.end() - 1 for m in CLAUSE_END.finditer(doc.norm, start, end))
    return sorted(cuts)


def first_boundary(doc: Doc, start: int, end: int) -> int:
    """The first of :func:`boundaries` in ``doc.norm[start:end]``, else ``end``: a search finds
    each pattern's leftmost match, the first that finditer gives (and, matches not overlapping,
    the one ending first), without finding all of them to sort (asked once per act added)."""
    cut = end
    if (m := _BOUNDARY.search(doc.norm, start, end)) is not None:
        cut = m.start()
    if (m := CLAUSE_END.search(doc.norm, start, end)) is not None:
        cut = min(cut, m.end() - 1)
    return cut
