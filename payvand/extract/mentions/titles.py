"""Titles: the role a title (``دبیرکل``, ``نایب رئیس``, ``سفیر``) gives in the body it is held in,
and titles as mentions of their own (``شهردار تهران``, ``سفیر چین در ایران``, ``دبیرکل ⟨O⟩``).

What a title means is decided here, in one place (``data/roles.yaml``); which person a title
denotes is decided once, by :func:`payvand.extract.resolve.link_titles`, and read from
``Doc.titles`` by every later stage (relations, discourse, the scorer).
"""
from __future__ import annotations

import re
from functools import cache

from payvand.extract.data import load_yaml, pattern_macros, trie_regex
from payvand.extract.mentions.gazetteer import gazetteer, surface_key
from payvand.extract.text import Doc
from payvand.types import Title

# kinds of listed bodies (organizations.yaml) whose رئیس is their President
NETWORK_KINDS = {"city-network", "international", "un", "regional"}


@cache
def roles_regex() -> str:
    return trie_regex(list(gazetteer().roles))


@cache
def role_phrase() -> re.Pattern:
    return re.compile(rf"(?:{roles_regex()})(?!\w)")


def title_role(text: str, obj_entity: int, doc: Doc, predicate: str = "memberOf") -> str | None:
    """The role a title gives in ``obj_entity``: "رئیس" of a city network is its President (a
    listed international one, or one named as a network: a national association of mayors too,
    ``مجمع شهرداران …``; not an institute of one, ``موسسه … یونسکو``), of a council or an assembly its Chair,
    else the Head. In a diplomatic mission a chargé d'affaires is its Head and the staff below the
    ambassador or consul its Members; they represent their country with no role."""
    role = gazetteer().roles.get(surface_key(text))
    if predicate == "represents" and text in load_yaml("roles.yaml")["staff_without_role"]:
        role = None
    elif predicate == "memberOf" and text in load_yaml("roles.yaml")["heads_of_mission"]:
        role = "Head"
    elif predicate == "memberOf" and role not in ("Ambassador", "ConsulGeneral") \
            and doc.entities[obj_entity].label.startswith(tuple(load_yaml("roles.yaml")["mission_heads"])):
        role = "Member"  # the staff of an embassy or consulate (its envoy, counsellor, officer) are its members
    elif role in ("President", "Head") and text in load_yaml("roles.yaml")["roles"]["President"]:
        obj = doc.entities[obj_entity]
        kind = org_kind(obj.key)
        if obj.label.startswith(_council_heads()):
            role = "Chair"
        elif obj.type == "Organization" and not obj.label.startswith(_institution_heads()) \
                and (kind in NETWORK_KINDS or kind in (None, "national")
                                             and predicate == "memberOf" and network_named(obj.label)):
            role = "President"
        else:
            role = "Head"
    return role


def network_named(label: str) -> bool:
    """An unlisted body whose name makes it a forum or network of cities (``roles.yaml``); its
    words with their plural endings on (``شهرداری‌های``: one word, not two as surface_key has it).
    A scope word (``بین‌المللی``) counts only after a network's head noun (``انجمن``, not ``شرکت``)."""
    words = [surface_key(w) for w in label.replace("\u200c", "").split()]
    if not _network_words("network_label_words").isdisjoint(words):
        return True
    return bool(words) and words[0] in _network_words("network_head_nouns") \
        and not _network_words("network_scope_words").isdisjoint(words)


@cache
def _network_words(key: str) -> frozenset[str]:
    return frozenset(surface_key(w) for w in load_yaml("roles.yaml")[key])


@cache
def _council_heads() -> tuple[str, ...]:
    return tuple(load_yaml("roles.yaml")["council_heads"])


@cache
def _institution_heads() -> tuple[str, ...]:
    return tuple(load_yaml("roles.yaml")["institution_heads"])


@cache
def _org_kinds() -> dict[str, str]:
    return {f"org/{o['key']}": o.get("kind") for o in load_yaml("organizations.yaml")}


def org_kind(key: str) -> str | None:
    return _org_kinds().get(key)


# --- titles as mentions --------------------------------------------------------------------

# what may stand between a title and its holder's name: a comma (a semicolon, a dash between
# spaces: ``X؛ شهردار Y``, ``X - معاون …``), a quote, an honorific (``شهردار آنکارا آقای X``; Dari
# ``محترم``/``محترمه``), the name written in Latin letters too (``X Jane Doe شهردار …``)
_BESIDE = re.compile(r"\s*[«»\"“”']?\s*(?:[،,؛(]|\s[-–]\s)?\s*[«»\"“”']?\s*"
                     r"(?:(?:آقای|خانم|دکتر|مهندس|محترم|محترمه)\s+){0,2}(?:[A-Za-z.\-]+\s+){0,4}")
_SERVES_IN = re.compile(r"\s+(?:در|مقیم)\s+")
ENVOY_ROLES = ("Ambassador", "ConsulGeneral", "Envoy")


@cache
def _title_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """What stands right before the mention a title is of (each anchored at the mention): a
    mayor's title (``MAYOR`` of the pattern macros), an envoy's, a post in a municipality, a
    post in a body; an aide's title or a kin word, which makes ``شهردار X`` after it a complement
    (``معاون شهردار X``: a post in the city, not its mayor; ``برادر شهردار X``); and a kin word,
    which makes any title right after it another's (``همسر سفیر X``)."""
    macros = pattern_macros()
    roles = roles_regex()
    word = r"[^\s.؛:،,]+"
    # (not a delegation's head: "رئیس هیئت اعزامی ⟨O⟩" holds no post in the body; its board does)
    gap = rf"(?:\s+(?!و\s)(?!(?:با|به|از|در)\s)(?!هیئت\s+(?!مدیره|رئیسه|اجرایی|امنا)){word}){{0,5}}?"
    quote = r"[«\"“']?"  # a quoted name: "شهردار «سمرقند»"; a title may open a bracket: "X (شهردار C)"
    mayor = re.compile(rf"(?:^|(?<=[\s«\"“'(]))(?:{macros['MAYOR']})\s+{quote}$")
    envoy = re.compile(rf"(?:^|(?<=[\s(]))(?P<role>{roles})\s+(?:(?:کبیر|جدید|سابق|پیشین|فعلی|اسبق|دائم)\s+)?"
                       rf"{macros['ATTACHE']}(?:کشور\s+)?{quote}$")
    # (a delegation "led by" is no post: "به ریاست معاون شهردار ⟨C⟩" is the deputy's)
    led = r"(?<!به\s)"
    in_municipality = re.compile(rf"(?:^|(?<=[\s(])){led}(?P<role>{roles}){gap}\s+(?:(?:شهرداری|شهردار|شاروالی|شاروال)(?:\s+(?:شهر|کلانشهر))?"
                                 rf"|رئیس\s+شهر)\s+{quote}$")
    in_body = re.compile(rf"(?:^|(?<=[\s(])){led}(?P<role>{roles})(?:\s+و\s+(?:اعضای|اعضا|معاونان|مدیران))?{gap}\s*{quote}$")
    others = load_yaml("roles.yaml")
    aide = re.compile(rf"(?:^|\s)(?:{roles}|{'|'.join(others['aides'] + others['kin'])})(?:\s+(?!و\s){word}){{0,3}}?\s*$")
    return mayor, envoy, in_municipality, in_body, aide, kin_before()


@cache
def kin_before() -> re.Pattern:
    """A kin word ending the text searched (``همسر``, ``برادر``; roles.yaml): a title right after it
    is another's, the kin's ("همسر سفیر X، NAME")."""
    return re.compile(rf"(?:^|\s)(?:{'|'.join(load_yaml('roles.yaml')['kin'])})\s*$")


@cache
def _governor_title() -> re.Pattern:
    """A governor's title right before a place (``استاندار ⟨C⟩``), with an aide's role before it
    (``معاون سیاسی استاندار ⟨C⟩``): the ``title`` group is what names the office (roles.yaml)."""
    word = r"[^\s.؛:،,]+"
    titles = "|".join(load_yaml("roles.yaml")["governor_titles"])
    field = rf"(?:(?:\s*[،,]\s*|\s+)(?:و\s+)?(?!و\s)(?!(?:{roles_regex()})(?!\w)){word}){{0,5}}?"  # "معاون اجتماعی، فرهنگی و زیارت استاندار"
    return re.compile(rf"(?:^|(?<=\s))(?:(?P<role>{roles_regex()}){field}\s+)?(?P<title>{titles})\s+$")


def _governorates(doc: Doc) -> dict[tuple[str, str], int]:
    """The offices of governors the article names (``استانداری قم``), by (title, place's key): the
    index of their first mention."""
    offices = {office: title for title, office in load_yaml("roles.yaml")["governor_titles"].items()}
    found: dict[tuple[str, str], int] = {}
    for idx, span in enumerate(doc.spans):
        if span.label != "Organization" or span.entity is None:
            continue
        head, _, place = doc.entities[span.entity].label.partition(" ")
        if head in offices and place:
            found.setdefault((offices[head], surface_key(place)), idx)
    return found


@cache
def _former() -> re.Pattern:
    """A word that makes a mayor's title a former one's (``FORMER`` of the pattern macros)."""
    return re.compile(rf"\s{pattern_macros()['FORMER']}(?!\w)")


@cache
def _capital_mayor() -> re.Pattern:
    """A mayor's title whose city is named as a country's capital: ``شهردار پایتخت ⟨N⟩``."""
    return re.compile(rf"(?:^|(?<=\s))(?:{pattern_macros()['MAYOR']})\s+پایتخت\s+(?:کشور\s+)?$")


def find_titles(doc: Doc) -> None:
    """The titles of ``doc`` (``doc.titles``), each by the mention it is of: ``شهردار ⟨City⟩``,
    ``سفیر ⟨Country⟩``, ``ROLE … شهرداری ⟨City⟩``, ``ROLE … ⟨Organization⟩`` (a reference
    too: ``شهردار این شهر``). Run once the mentions are linked (a role depends on the body)."""
    mayor, envoy, in_municipality, in_body, aide, kin = _title_patterns()
    capital_mayor = _capital_mayor()
    governorates = _governorates(doc)
    for idx, span in enumerate(doc.spans):
        if span.entity is None or span.label not in ("City", "Country", "Organization"):
            continue
        before_at = doc.spans[idx - 1].nend if idx and doc.spans[idx - 1].nend <= span.nstart else 0
        window_start = max(before_at, span.nstart - 80, doc.sentence_of(span.nstart)[0])
        before = doc.norm[window_start:span.nstart]
        title = None
        former = False
        if span.label == "City":
            m = mayor.search(before)
            if m and not aide.search(before, 0, m.start()):
                title = ("mayor", "mayorOf", None, m.start())
                former = _former().search(m.group()) is not None
            elif m := in_municipality.search(before):
                role = title_role(m.group("role"), span.entity, doc)
                title = ("post", "memberOf", role, m.start("role")) if role else None
            elif governorates and (m := _governor_title().search(before)) and (office := governorates.get(
                    (m.group("title"), surface_key(doc.norm[span.nstart:span.nend])))) is not None:
                # (a title of the governor: "of" is a mention of the office, named elsewhere in the article)
                role = title_role(m.group("role"), doc.spans[office].entity, doc) if m.group("role") else "Head"
                if role in ("Head", "Deputy", "Spokesperson", "DirectorGeneral"):
                    doc.titles[idx] = Title("governor", "memberOf", office, role, window_start + m.start(), span.nend)
                continue
        elif span.label == "Country" and (m := capital_mayor.search(before)) and not aide.search(before, 0, m.start()):
            capital = _capital_mention(doc, span.entity)
            if capital is not None:  # (a title of the capital's mayor: "of" is a mention of the capital)
                doc.titles[idx] = Title("mayor", "mayorOf", capital, None, window_start + m.start(), span.nend,
                                        former=_former().search(m.group()) is not None)
            continue
        elif span.label == "Country":
            m = envoy.search(before)
            if m and gazetteer().roles.get(surface_key(m.group("role"))) in ENVOY_ROLES:
                title = ("envoy", "represents", title_role(m.group("role"), span.entity, doc, "represents"), m.start("role"))
        elif m := in_body.search(before):
            role = title_role(m.group("role"), span.entity, doc)
            title = ("post", "memberOf", role, m.start("role")) if role else None
        if title is None:
            continue
        kind, predicate, role, at = title
        if kin.search(before, 0, at):
            continue  # another's kin holds no post: "همسر سفیر X، NAME"
        end = span.nend
        nxt = idx + 1
        if kind == "envoy" and nxt < len(doc.spans) and doc.spans[nxt].label in ("City", "Country") \
                and _SERVES_IN.fullmatch(doc.norm, span.nend, doc.spans[nxt].nstart):
            end = doc.spans[nxt].nend  # "سفیر ژاپن در تهران": where the envoy serves
        doc.titles[idx] = Title(kind, predicate, idx, role, window_start + at, end, former=former)


def _capital_mention(doc: Doc, country: int) -> int | None:
    """The first mention of ``country``'s capital in the article (GeoNames' table of capitals),
    if the article names that city."""
    capital = gazetteer().capitals.get(doc.entities[country].links.get("iso3166", ""))
    if capital is None:
        return None
    return next((i for i, sp in enumerate(doc.spans) if sp.label == "City" and sp.entity is not None
                 and doc.entities[sp.entity].key == capital), None)


def beside(doc: Doc, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` is only what sets a name beside a title (a comma, quotes, an
    honorific, a Latin spelling of the name)."""
    return _BESIDE.fullmatch(doc.norm, start, end) is not None
