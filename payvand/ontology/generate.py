"""Write the fact vocabulary (``vocabulary.yaml``) out as OWL and SHACL: ``python -m payvand.ontology.generate``.

The domain and range of each predicate are stated once, in ``vocabulary.yaml``. ``payvand.ttl``
and ``shapes.ttl`` are written by hand down to their :data:`MARK` line; what follows it is this
module's output (the predicates and roles in OWL and SKOS; a shape per predicate, the n-ary
predicates and the roles in SHACL), and a test checks that the committed files are what it writes.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from payvand.ontology import ontology_path, vocabulary

MARK = "# ---- written from vocabulary.yaml by `python -m payvand.ontology.generate`: edit that, not what follows ----\n"
_PREDICATE_KEYS = {"domain", "range", "symmetric", "nary", "label", "definition", "see_also"}


def check(vocab: dict) -> None:
    """Refuse a vocabulary the generator would write wrong: an unknown key (a misspelt
    ``symetric`` would silently drop a flag), a predicate without a domain, range or labels."""
    for p, d in vocab["predicates"].items():
        if unknown := set(d) - _PREDICATE_KEYS:
            raise ValueError(f"vocabulary.yaml: {p}: unknown keys {sorted(unknown)}")
        for key in ("domain", "range", "label", "definition"):
            if not d.get(key):
                raise ValueError(f"vocabulary.yaml: {p}: no {key}")


def _literals(texts: dict[str, str]) -> str:
    """Language-tagged Turtle literals (``"mayor of"@en , "…"@fa``); JSON's string escapes are Turtle's."""
    return " , ".join(f"{json.dumps(text, ensure_ascii=False)}@{lang}" for lang, text in texts.items())


def _owl_classes(names: list[str]) -> str:
    """One class, or the OWL union of several."""
    if len(names) == 1:
        return f"pv:{names[0]}"
    return f"[ a owl:Class ; owl:unionOf ( {' '.join(f'pv:{n}' for n in names)} ) ]"


def _shacl_classes(names: list[str]) -> str:
    """A value of one class, or of one of several."""
    if len(names) == 1:
        return f"sh:class pv:{names[0]}"
    return f"sh:or ( {' '.join(f'[ sh:class pv:{n} ]' for n in names)} )"


def _either(names: list[str]) -> str:
    """``pv:Person``, ``pv:City or pv:Country``, ``pv:Person, pv:City or pv:Organization``."""
    names = [f"pv:{n}" for n in names]
    return " or ".join(filter(None, (", ".join(names[:-1]), names[-1])))


def _statements(subject: str, predicates: Iterable[str]) -> str:
    return f"{subject} " + " ;\n    ".join(predicates) + " .\n"


def owl(vocab: dict) -> str:
    """The predicates as OWL object properties and the roles as SKOS concepts of ``pv:Roles``."""
    blocks = []
    for p, d in vocab["predicates"].items():
        kinds = "owl:ObjectProperty , owl:SymmetricProperty" if d.get("symmetric") else "owl:ObjectProperty"
        blocks.append(_statements(f"pv:{p}", [
            f"a {kinds}", f"rdfs:label {_literals(d['label'])}", f"skos:definition {_literals(d['definition'])}",
            *([f"rdfs:seeAlso {' , '.join(d['see_also'])}"] if d.get("see_also") else []),
            f"rdfs:domain {_owl_classes(d['domain'])}", f"rdfs:range {_owl_classes(d['range'])}"]))
    for role, labels in vocab["roles"].items():
        blocks.append(_statements(f"pvrole:{role}", [
            "a skos:Concept , org:Role", "skos:inScheme pv:Roles", f"skos:notation {json.dumps(role)}",
            f"skos:prefLabel {_literals(labels)}"]))
    return "\n".join(blocks)


def shacl(vocab: dict) -> str:
    """A shape per predicate (the class of its subjects and of its objects); the predicates an
    ``org:Membership`` node may spell out (the n-ary ones); the roles a post may name."""
    blocks = []
    for p, d in vocab["predicates"].items():
        blocks.append(_statements(f"pvs:{p[0].upper()}{p[1:]}", [
            f"a sh:NodeShape ; sh:targetSubjectsOf pv:{p}",
            _shacl_classes(d["domain"]), f'sh:message "the subject of pv:{p} is of class {_either(d["domain"])}"',
            f'sh:property [ sh:path pv:{p} ; {_shacl_classes(d["range"])} ;\n'
            f'                  sh:message "the object of pv:{p} is of class {_either(d["range"])}" ]']))
    nary = " ".join(f"pv:{p}" for p, d in vocab["predicates"].items() if d.get("nary"))
    blocks.append(_statements("pvs:NaryRelation", [
        "a sh:NodeShape ; sh:targetClass org:Membership",
        f"sh:property [ sh:path pv:relation ; sh:minCount 1 ; sh:maxCount 1 ; sh:in ( {nary} ) ;\n"
        '                  sh:message "an org:Membership spells out a fact of an n-ary predicate" ]']))
    roles = "\n        ".join(" ".join(f"pvrole:{r}" for r in line) for line in _chunks(list(vocab["roles"]), 6))
    blocks.append(_statements("pvs:Role", [
        "a sh:NodeShape ; sh:targetObjectsOf pv:role , org:role",
        f"sh:in ( {roles} )", 'sh:message "a role is one of the concepts of pv:Roles"']))
    return "\n".join(blocks)


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


FILES: dict[str, Callable[[dict], str]] = {"payvand.ttl": owl, "shapes.ttl": shacl}


def generated(name: str) -> str:
    """The whole text ``name`` (a key of :data:`FILES`) should have: its hand-written part
    as it is, then the mark and the vocabulary written out."""
    text = Path(str(ontology_path(name))).read_text(encoding="utf-8")
    if MARK not in text:
        raise ValueError(f"{name}: no line {MARK.strip()!r} to write the vocabulary after")
    vocab = vocabulary()
    check(vocab)
    return text[:text.index(MARK)] + MARK + "\n" + FILES[name](vocab)


def main() -> None:
    for name in FILES:
        path = Path(str(ontology_path(name)))
        text = generated(name)
        if text != path.read_text(encoding="utf-8"):
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
