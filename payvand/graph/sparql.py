"""SPARQL over the store, with readable errors and plain-Python results; the canned queries."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import pyoxigraph

from payvand.extract.text import search_key
from payvand.graph.store import NoStoreError, Store, store_path
from payvand.ontology.mapping import (ENTITIES_GRAPH, ID, LABELS_GRAPH, ORG, PROV, PV, RDF, RDFS, SCHEMA, SKOS,
                                      TIME, XSD)

# The prefixes every query gets (``payvand query``, the endpoint of ``payvand serve``), stated
# once; the namespaces are the RDF mapping's.
PREFIX_IRIS = {name: str(ns) for name, ns in (("pv", PV), ("pvid", ID), ("org", ORG), ("rdfs", RDFS), ("rdf", RDF),
                                             ("skos", SKOS), ("prov", PROV), ("schema", SCHEMA), ("time", TIME),
                                             ("xsd", XSD))}
PREFIXES = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIX_IRIS.items())


def with_prefixes(sparql: str, keep_lines: bool = False) -> str:
    """The query (or update) with the common prefixes declared before it; a prefix it
    declares itself comes later, and so wins. ``keep_lines``: all on the query's first line, so
    that the line numbers of Oxigraph's error messages are the query's own (the endpoint passes
    them on as they are; ``payvand query`` corrects them itself)."""
    return (PREFIXES.replace("\n", " ") if keep_lines else PREFIXES) + sparql


EntityLookup = Callable[[str], list[str]]  # a name -> the IRIs of the entities it names


class QueryError(ValueError):
    """A SPARQL query that could not be parsed or run."""


@dataclass
class Result:
    columns: list[str]
    rows: list[list[str | None]]


def open_store(out: str | Path) -> Store:
    """The store of a built output folder (QueryError when there is none)."""
    try:
        return Store(store_path(out))
    except NoStoreError as exc:
        raise QueryError(str(exc)) from None


def query(out: str | Path, sparql: str) -> Result:
    """Run SELECT, ASK or CONSTRUCT on a built graph; the common prefixes are predeclared."""
    with open_store(out) as store:
        return _run(store, sparql)


def _run(store: Store, sparql: str) -> Result:
    text = with_prefixes(sparql)
    try:
        res = store.query(text)
        if isinstance(res, pyoxigraph.QueryBoolean):
            return Result(["ask"], [[str(bool(res)).lower()]])
        if isinstance(res, pyoxigraph.QueryTriples):
            columns = ["subject", "predicate", "object"]
            rows = [[t.subject.value, t.predicate.value, t.object.value] for t in res]
        else:
            columns = [v.value for v in res.variables]
            rows = [[None if v is None else v.value for v in row] for row in res]
    except Exception as exc:  # pyoxigraph raises SyntaxError / OSError subclasses
        raise QueryError(_readable(str(exc), text.count("\n") - sparql.count("\n"))) from None
    return Result(columns, rows)


def _readable(message: str, added_lines: int) -> str:
    """Position in the user's own query (not counting the predeclared prefixes), and the
    list of expected tokens cut short."""
    message = message.strip() or "query failed"
    m = re.match(r"error at (\d+):(\d+)", message)
    if m:
        line = int(m.group(1)) - added_lines
        message = f"line {line}, column {m.group(2)}" + message[m.end():]
    head, sep, rest = message.partition("expected one of")
    if "Prefix not found" in rest:
        return head + "unknown prefix (declare it with PREFIX, or use one of: " + " ".join(PREFIX_IRIS) + ")"
    return head + (sep + rest[:120] + ("…" if len(rest) > 120 else "") if sep else "")


@dataclass
class CannedQuery:
    """A shipped ``queries/*.rq`` file: a description and ``{{param}}`` placeholders.

    A parameter declared ``# param:`` is filled in as a SPARQL string literal; one declared
    ``# entity:`` names entities, and is filled in as the IRIs of those it matches (see
    :func:`entities_named`) for a ``VALUES ?x { {{param}} }``, or ``UNDEF`` (any entity)
    when it is empty. Either way a value never becomes query syntax."""

    name: str
    description: str
    text: str
    params: dict[str, str] = field(default_factory=dict)  # name -> default
    entity_params: frozenset[str] = frozenset()

    def render(self, values: dict[str, str] | None = None, lookup: EntityLookup | None = None) -> str:
        """The query with the parameters filled in; entity parameters are looked up with
        ``lookup`` (a name -> the IRIs of the entities it names, e.g. :func:`entities_named`
        over a store)."""
        values = {**self.params, **(values or {})}
        unknown = set(values) - set(self.params)
        if unknown:
            raise QueryError(f"{self.name}: unknown parameter(s) {', '.join(sorted(unknown))}"
                             f" (known: {', '.join(self.params) or 'none'})")
        filled = {}
        for name, value in values.items():
            if name not in self.entity_params:
                filled[name] = _literal(value)
            elif not search_key(value):
                filled[name] = "UNDEF"
            elif lookup is None:
                raise QueryError(f"{self.name}: the entity parameter {name}= needs a graph to look {value!r} up in")
            else:
                iris = lookup(value)
                if not iris:
                    raise QueryError(f"{self.name}: no entity is named {value!r} ({name}=: every Persian and English"
                                     " label, and the names the articles use, are searched)")
                filled[name] = " ".join(f"<{iri}>" for iri in iris)
        return re.sub(r"\{\{(\w+)\}\}", lambda m: filled[m.group(1)], self.text)


def _literal(value: str) -> str:
    """A SPARQL string literal: parameters never become query syntax."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


NAMES_QUERY = PREFIXES + f"""SELECT ?e ?name WHERE {{
  {{ GRAPH {LABELS_GRAPH} {{ ?e skos:prefLabel|skos:altLabel ?name }} }}
  UNION {{ GRAPH {ENTITIES_GRAPH} {{ ?e pv:mention|pv:registryKey ?name }} }}
}}"""


def matching(names: Iterable[tuple[str, str]], value: str) -> list[str]:
    """The IRIs among ``(entity IRI, name)`` pairs (the rows of :data:`NAMES_QUERY`) named
    ``value``, both compared by their :func:`search_key` (the viewer's search: ``ي``/``ی``,
    ``ك``/``ک``, digits, half-spaces, diacritics, case): those with a name equal to it if any
    (``قم`` is Qom, not every name holding ``رقم``), else those with a name holding it."""
    key = search_key(value)
    named: dict[str, set[str]] = defaultdict(set)  # folded name -> entities: each distinct name is folded once
    for entity, name in names:
        named[search_key(name)].add(entity)
    exact = named.get(key)
    return sorted(exact) if exact else sorted({e for name, entities in named.items() if key in name for e in entities})


def entities_named(store: Store, value: str) -> list[str]:
    """The IRIs of the entities of ``store`` one of whose names holds ``value``. Names: the
    preferred and alternative labels, Persian and English, the mentions the articles make and
    the registry key."""
    return matching(((row["e"].value, row["name"].value) for row in store.query(NAMES_QUERY)), value)


_PARAM = re.compile(r'^#\s*(param|entity):\s*(\w+)\s*=\s*"(.*)"\s*$')


@cache
def canned_queries() -> dict[str, CannedQuery]:
    out = {}
    for f in sorted(resources.files("payvand.graph").joinpath("queries").iterdir(), key=lambda f: f.name):
        if not f.name.endswith(".rq"):
            continue
        text = f.read_text(encoding="utf-8")
        desc = next((l.split(":", 1)[1].strip() for l in text.splitlines() if l.startswith("# description:")), "")
        declared = [m.groups() for m in map(_PARAM.match, text.splitlines()) if m]
        out[f.name[:-3]] = CannedQuery(f.name[:-3], desc, text, {name: default for _, name, default in declared},
                                       frozenset(name for kind, name, _ in declared if kind == "entity"))
    return out


def run_canned(out: str | Path, name: str, values: dict[str, str] | None = None) -> Result:
    queries = canned_queries()
    if name not in queries:
        raise QueryError(f"no canned query {name!r} (see `payvand queries`)")
    with open_store(out) as store:
        return _run(store, queries[name].render(values, lambda value: entities_named(store, value)))
