"""Where the news says it comes from, as patterns built from ``data/cues.yaml``.

* The news's source opening a sentence (``source_leads``: ``به گزارش ایرنا، ``, a chain of them:
  ``به گزارش ایرنا، به نقل از روابط عمومی …، ``): :func:`source_lead` over the normalised text,
  :func:`masked_source_lead` over a sentence with a placeholder per mention (``⟨C#3⟩``);
  :func:`source_named_before`, a lead right before a name (the agency's).
"""
from __future__ import annotations

import re
from functools import cache

from payvand.extract.data import alternation, load_yaml


def _phrases(key: str) -> str:
    """An alternation of the phrases of ``cues.yaml``'s ``key``, any white space between their words."""
    return alternation(load_yaml("cues.yaml")[key]).replace(r"\ ", r"\s+")


# what the source's name may hold: no comma, colon, semicolon or full stop (they end it), no line break
_SOURCE_CHAR = r"[^،,؛:.\n]"
_SOURCE_MAX = 80  # characters of a source's name: a longer run is a clause of the sentence


def _lead(body: str) -> str:
    # an optional dash before it ("ایرنا - به گزارش …"), one source or a chain ("، و به نقل از …")
    return rf"\s*(?:[-–]\s*)?(?:(?:و\s*)?(?:{_phrases('source_leads')}){body}[،,؛:]\s*)+"


@cache
def source_lead() -> re.Pattern:
    """The news's source at a sentence's start, with the space after it (match it there)."""
    return re.compile(_lead(f"{_SOURCE_CHAR}{{0,{_SOURCE_MAX}}}"))


@cache
def masked_source_lead() -> re.Pattern:
    """:func:`source_lead` over a masked sentence: the source's name may hold the placeholders of
    places and bodies (``به گزارش خبرگزاری ⟨O#2⟩ از ⟨C#3⟩، ``), not of persons or events."""
    return re.compile(_lead(rf"(?:{_SOURCE_CHAR[:-1]}⟨⟩]|⟨[CNO]#\d+⟩){{0,{_SOURCE_MAX}}}"))


@cache
def source_named_before() -> re.Pattern:
    """A source's lead and up to three words of its name at the end of what is searched, no comma
    after them (``به گزارش خبرگزاری صدا و سیما، شهردار …``): a name there is the agency's."""
    return re.compile(rf"(?:{_phrases('source_leads')})(?:\s+[^\s،,:؛]+){{0,3}}\s*$")
