"""Where the news says it comes from, as patterns built from ``data/cues.yaml``.

* The news's source opening a sentence (``source_leads``: ``به گزارش ایرنا، ``, a chain of them:
  ``به گزارش ایرنا، به نقل از روابط عمومی …، ``): :func:`source_lead` over the normalised text,
  :func:`masked_source_lead` over a sentence with a placeholder per mention (``⟨C#3⟩``);
  :func:`source_named_before`, a lead right before a name (the agency's); :func:`source_unclosed`,
  a source with no comma after it (the whole of what is matched).
* Where (and by whom) the news was filed, opening its first sentence (``مشهد- ``, ``تبریز- ایرنا- ``,
  a reporter's byline ``تبریز – X خبرنگار ایرنا - ``): :func:`dateline` over the normalised text,
  :func:`masked_dateline` over a masked sentence; the reporter, :func:`masked_byline`.
* Whom the news quotes (``person.name_after_said``: ``به گفته X، …``): :func:`said_phrase` where
  a name follows, :func:`said_right_before` right before a name, :func:`masked_said_lead` over a
  masked sentence; all three are built from one pattern of the phrases.
"""
from __future__ import annotations

import re
from functools import cache

from payvand.extract.data import alternation, load_yaml


def _phrases(*path: str) -> str:
    """An alternation of the phrases at ``path`` in ``cues.yaml``, any white space between their words."""
    node = load_yaml("cues.yaml")
    for key in path:
        node = node[key]
    return alternation(node).replace(r"\ ", r"\s+")


# what the name of a source, or of one quoted, may hold: no comma, colon, semicolon or full stop
# (they end it), no line break, up to 80 characters (a longer run is a clause of the sentence);
# masked, the placeholders of places and bodies (``خبرگزاری ⟨O#2⟩ از ⟨C#3⟩``), not of persons or events
_NAME = r"[^،,؛:.\n]{0,80}"
_MASKED_NAME = r"(?:[^،,؛:.\n⟨⟩]|⟨[CNO]#\d+⟩){0,80}"


def _lead(name: str) -> str:
    # an optional dash before it ("ایرنا - به گزارش …"), one source or a chain ("، و به نقل از …")
    return rf"\s*(?:[-–]\s*)?(?:(?:و\s*)?(?:{_phrases('source_leads')}){name}[،,؛:]\s*)+"


@cache
def source_lead() -> re.Pattern:
    """The news's source at a sentence's start, with the space after it (match it there)."""
    return re.compile(_lead(_NAME))


@cache
def masked_source_lead() -> re.Pattern:
    """:func:`source_lead` over a masked sentence."""
    return re.compile(_lead(_MASKED_NAME))


@cache
def source_unclosed() -> re.Pattern:
    """The news's source with no comma after its name, the whole of what is matched (``به گزارش
    روابط عمومی شهرداری تهران``): where a name's start is marked (an honorific, a quote), the
    source ends before it."""
    return re.compile(rf"\s*(?:{_phrases('source_leads')}){_NAME}")


@cache
def source_named_before() -> re.Pattern:
    """A source's lead and up to three words of its name at the end of what is searched, no comma
    after them (``به گزارش خبرگزاری صدا و سیما، شهردار …``): a name there is the agency's."""
    return re.compile(rf"(?:{_phrases('source_leads')})(?:\s+[^\s،,:؛]+){{0,3}}\s*$")


def _byline(person: str) -> str:
    # a reporter named in a byline ("X خبرنگار ایرنا", "X، خبر نگار از تبریز")
    return rf"{person}\s*[،,]?\s*خبر\s?نگار(?!\w)"


@cache
def masked_byline() -> re.Pattern:
    """A reporter named in a byline in a masked sentence (``⟨P#3⟩ خبرنگار ایرنا``): no one the
    article is about (match it at the person's placeholder)."""
    return re.compile(_byline(r"⟨P#\d+⟩"))


def _dateline(word: str, person: str) -> str:
    # up to two parts, each a place or an agency of up to three words ("مشهد- ", "تهران/ ",
    # "تبریز- ایرنا- ", "همشهری آنلاین: ") or a reporter's byline and up to two words after it
    # ("تبریز – X خبرنگار ایرنا - "), ended by a dash, a slash or a colon
    part = rf"(?:{_byline(person)}(?:\s+{word}){{0,2}}?|{word}(?:\s+{word}){{0,2}})"
    return rf"\s*(?:{part}\s*[-–/:]\s*){{0,2}}"


@cache
def dateline() -> re.Pattern:
    """A dateline at a sentence's start, with the space around it (match it there; it may be empty)."""
    word = r"[^\s،,:؛.]+"
    return re.compile(_dateline(word, rf"{word}(?:\s+{word}){{0,3}}"))


@cache
def masked_dateline() -> re.Pattern:
    """:func:`dateline` over a masked sentence: a place or a body is its placeholder, a reporter a person's."""
    return re.compile(_dateline(r"(?:⟨[CNO]#\d+⟩|[^\s⟨⟩،,:؛.]+)", r"⟨P#\d+⟩"))


def _said() -> str:
    # one of the phrases, whole words
    return rf"(?<!\w)(?:{_phrases('person', 'name_after_said')})(?!\w)"


@cache
def said_phrase() -> re.Pattern:
    """What the name of one the news quotes follows (``به گفته``, ``به اعتقاد``): search it; the
    name starts after the match (the one reader of ``person.name_after_said``)."""
    return re.compile(_said())


@cache
def said_right_before() -> re.Pattern:
    """:func:`said_phrase` at the end of what is searched (a name after it is quoted)."""
    return re.compile(rf"{_said()}\s+$")


@cache
def masked_said_lead() -> re.Pattern:
    """Whom the news quotes, opening a masked clause (``به گفته معاون شهردار ⟨C⟩، ⟨P⟩، …``) with
    the name set beside them: the source of what follows, not its subject."""
    return re.compile(rf"^\s*{_said()}\s{_MASKED_NAME}"
                      r"(?:⟨P#\d+⟩\s*)?[،,](?:\s*⟨P#\d+⟩\s*[،,])?")
