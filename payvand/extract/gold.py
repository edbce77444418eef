"""Gold annotations (``../shared/corpus/GUIDE.md`` format): reading them, and matching the
entities of a Doc to them the way ``evaluate`` does. Read by evaluation and by the training of
the learned scorer, so that neither reaches into the other.
"""
from __future__ import annotations

import json
from pathlib import Path

from payvand.extract.text import match_key
from payvand.ontology import vocabulary
from payvand.types import Article


GOLD_KEYS = ("id", "text", "entities", "facts")


def read_gold(path: str | Path) -> list[dict]:
    """The articles of a gold file; a line that is no gold article is an error naming the file,
    the line and the reason."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg}, column {exc.colno})") from None
            missing = [k for k in GOLD_KEYS if not isinstance(record, dict) or k not in record]
            if missing:
                raise ValueError(f"{path}:{n}: a gold article needs {', '.join(missing)}")
            out.append(record)
    return out


def gold_article(g: dict) -> Article:
    return Article(id=g["id"], text=g["text"], title=g.get("title"), url=g.get("url"), published=g.get("published"))


def forms(*names: str) -> set[str]:
    """The comparison keys of an entity's names (see :func:`match_key`)."""
    return {k for k in (match_key(n) for n in names if n) if k}


class GoldFacts:
    """An article's gold facts, asked by the forms of predicted entities (how ``evaluate`` matches)."""

    def __init__(self, gold: dict):
        self.entities = {e["id"]: e for e in gold["entities"]}
        self.forms = {gid: forms(e["label"], *e.get("aliases", [])) for gid, e in self.entities.items()}
        self.facts = gold["facts"]
        self.symmetric = {p for p, d in vocabulary()["predicates"].items() if d.get("symmetric")}

    def matches(self, names: set[str]) -> set[str]:
        """Ids of the gold entities one of whose forms is among ``names``."""
        return {gid for gid, f in self.forms.items() if f & names}

    def hits(self, p: str, ms: set[str], mo: set[str], role: str | None = None, strict: bool = False) -> list[int]:
        """Indices of the gold facts ``s --p--> o`` whose ends are among ``ms`` and ``mo`` (either
        way round for a symmetric predicate); ``strict``: a gold fact with a role needs ``role``."""
        return [i for i, gf in enumerate(self.facts)
                if gf["p"] == p and not (strict and gf.get("role") and gf["role"] != role)
                and (gf["s"] in ms and gf["o"] in mo or p in self.symmetric and gf["s"] in mo and gf["o"] in ms)]

    def holds(self, p: str, ms: set[str], mo: set[str]) -> bool:
        """Whether a gold fact ``s --p--> o`` (roles aside) has its ends among ``ms`` and ``mo``."""
        return bool(self.hits(p, ms, mo))
