"""SHACL validation of a built graph against the shipped shapes (pyshacl)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

from payvand.ontology import ontology_path


@dataclass
class Violation:
    focus: str
    path: str | None
    message: str


def validate_graph(data: Graph) -> list[Violation]:
    from pyshacl import validate

    shapes = Graph().parse(str(ontology_path("shapes.ttl")), format="turtle")
    ont = Graph().parse(str(ontology_path("payvand.ttl")), format="turtle")
    conforms, report, _ = validate(data, shacl_graph=shapes, ont_graph=ont, inference="none", advanced=True)
    if conforms:
        return []
    out = []
    for r in report.subjects(predicate=SH.focusNode):
        focus = report.value(r, SH.focusNode)
        path = report.value(r, SH.resultPath)
        msg = report.value(r, SH.resultMessage)
        out.append(Violation(str(focus), str(path) if path else None, str(msg)))
    return sorted(out, key=lambda v: (v.focus, v.path or ""))


def validate_out(out: str | Path) -> list[Violation]:
    from payvand.graph.store import Store, store_path

    with Store(store_path(out)) as store:
        return validate_graph(store.union_graph())
