"""SPARQL over the store, with readable errors and plain-Python results."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from payvand.graph.store import Store

PREFIXES = """PREFIX pv: <https://w3id.org/payvand/ontology#>
PREFIX pvid: <https://w3id.org/payvand/id/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


class QueryError(ValueError):
    """A SPARQL query that could not be parsed or run."""


@dataclass
class Result:
    columns: list[str]
    rows: list[list[str | None]]


def query(out: str | Path, sparql: str) -> Result:
    """Run SELECT/ASK on a built graph; the common prefixes are predeclared."""
    text = sparql if "PREFIX pv:" in sparql else PREFIXES + sparql
    store_path = Path(out) / "store"
    if not store_path.exists():
        raise QueryError(f"{out}: no store here (run `payvand build ... -o {out}` first)")
    with Store(store_path) as store:
        try:
            res = store.query(text)
            if res.type == "ASK":
                return Result(["ask"], [[str(bool(res.askAnswer)).lower()]])
            columns = [str(v) for v in res.vars]
            rows = [[None if v is None else str(v) for v in row] for row in res]
        except Exception as exc:  # pyoxigraph raises SyntaxError / OSError subclasses
            raise QueryError(str(exc).strip() or exc.__class__.__name__) from None
    return Result(columns, rows)
