"""Plain data types shared by every part of Payvand.

Offsets: every ``start``/``end`` stored on a :class:`Span` or :class:`Evidence` is a
Python string index into ``Article.text`` (the text as read), or into ``Article.title``
where its ``field`` says ``"title"`` (a fact the headline states). Normalised positions
live only inside :mod:`payvand.extract.text`.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields
from typing import Any

ENTITY_TYPES = ("Person", "City", "Country", "Organization", "Event")


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (Gregorian)
    source: str | None = None  # file (and line) it came from


@dataclass(frozen=True)
class Entry:
    """A gazetteer entry: a place or body the package knows (:mod:`payvand.extract.mentions.gazetteer`)."""

    type: str  # City, Country, Organization
    key: str  # stable identity: geonames/<id>, iso/<CC>, org/<key>, place/<slug>
    label: str  # canonical Persian name
    en: str | None = None
    links: tuple[tuple[str, str], ...] = ()
    population: int = 0
    country: str | None = None  # ISO code for cities
    prefer: bool = False
    ambiguous: bool = False  # needs a context cue (a common Persian word)
    kind: str | None = None


_ANNOTATION = {"annotation": True}  # the metadata that marks a Span field as an annotation


@dataclass
class Span:
    """A mention: ``start``/``end`` index the original article text (or its title)."""

    start: int
    end: int
    text: str  # the original surface form, ``article.text[start:end]`` (``article.title`` for the title)
    label: str  # entity type, or "Role", "Date" ...
    nstart: int = 0  # the same span in the normalised text (extract-internal)
    nend: int = 0
    norm: str = ""  # normalised surface form
    entity: int | None = None  # index into Doc.entities once resolved
    field: str = "text"  # which part of the article the offsets index: "text" or "title"
    # What the mention layer learnt of the span: each annotation is set by one stage and read by
    # later ones (:meth:`annotations` gives them, to carry them over to a grown span). (The
    # module's ``field`` is spelled out: the attribute above shadows it in this class body.)
    entries: list[Entry] | None = dataclasses.field(default=None, metadata=_ANNOTATION)  # the gazetteer's entries for the surface form
    entry: Entry | None = dataclasses.field(default=None, metadata=_ANNOTATION)  # the one the span is resolved to (resolve.link)
    context: bool = dataclasses.field(default=False, metadata=_ANNOTATION)  # a place or body told by its context, not by the gazetteer
    inner: Span | None = dataclasses.field(default=None, metadata=_ANNOTATION)  # the place or body inside an event's or office's name
    municipality: Span | None = dataclasses.field(default=None, metadata=_ANNOTATION)  # the city whose municipality a department is of
    ref: Span | None = dataclasses.field(default=None, metadata=_ANNOTATION)  # what a pronoun or description (این سازمان) stands for
    value: str | None = dataclasses.field(default=None, metadata=_ANNOTATION)  # a date's ISO value (YYYY-MM-DD or YYYY) …
    until: str | None = dataclasses.field(default=None, metadata=_ANNOTATION)  # … and the last year of a range

    @property
    def coref(self) -> bool:
        """Whether the span stands for another (``ref``) rather than naming its entity."""
        return self.ref is not None

    def annotations(self) -> dict[str, Any]:
        """The span's annotations, as keywords for a new span over more of the text."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.metadata.get("annotation")}


TITLE_KINDS = ("mayor", "envoy", "post", "governor")
TITLE_LINKS = ("apposition", "elsewhere", "speaker", "lead")


@dataclass
class Title:
    """A title or description that denotes a person without (or beside) naming them:
    ``شهردار تهران`` (mayor), ``سفیر چین در ایران`` (envoy), ``دبیرکل ⟨O⟩``, ``معاون شهرداری ⟨C⟩``
    (post). Found once in the mention layer, linked once to the person it denotes
    (:func:`payvand.extract.resolve.link_titles`); later stages read ``holder``.

    Offsets are normalised (extract-internal), like ``Span.nstart``/``nend``.
    """

    kind: str  # one of TITLE_KINDS
    predicate: str  # the fact its holder has with ``of``'s entity: mayorOf, represents, memberOf
    # index in Doc.spans of the city, country or body the title is of (for a capital named by
    # reference, ``شهردار پایتخت ایران``, a mention of that capital elsewhere in the article)
    of: int
    role: str | None  # the GUIDE role the title gives (None for a mayor)
    nstart: int  # where the title's words start
    nend: int  # where the title ends (after the mention of what it is of, and where an envoy serves)
    holder: int | None = None  # index in Doc.entities of the person it denotes, once linked
    # how it was linked: one of TITLE_LINKS (apposition: named beside it; elsewhere: the one person
    # named beside the same post elsewhere; speaker: the next person named for a title named alone,
    # who speaks next or is met by name; lead: the subject of the body's first sentence that names
    # someone, for a title alone as the subject of a lead telling the same act)
    link: str | None = None
    # a former holder's title ("شهردار سابق C"): a mayorOf still (GUIDE: Mayors), but another post
    # than the one in office, whom "شهردار C" denotes and who holds the city's seat
    former: bool = False


@dataclass
class Entity:
    type: str
    label: str  # the fullest (normalised) name in the article
    mentions: list[int] = field(default_factory=list)  # indices into Doc.spans
    links: dict[str, str] = field(default_factory=dict)  # geonames, iso3166, registry
    en: str | None = None
    key: str = ""  # stable identity used for the IRI


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int
    field: str = "text"  # "title": the offsets index the article's title


@dataclass
class Fact:
    s: int  # entity index
    p: str
    o: int
    evidence: Evidence
    rule: str
    confidence: float
    role: str | None = None
    status: str | None = None
    start: str | None = None
    end: str | None = None
    year: str | None = None
    s_mention: int | None = None  # span index of the subject's mention in the evidence sentence
    o_mention: int | None = None

    def key(self) -> tuple:
        """Identity of the fact inside an article (evidence excluded)."""
        return (self.s, self.p, self.o, self.role, self.status, self.start, self.end, self.year)


@dataclass
class ExtractionError:
    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"
