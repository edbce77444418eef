"""``payvand`` command line: each command is one call into the library."""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Payvand: knowledge graphs of municipal diplomacy from Persian news.")
out_console = Console()
err = Console(stderr=True)


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    turtle = "turtle"
    trig = "trig"


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


def _report_failures(failures) -> None:
    for f in failures:
        err.print(f"[red]error[/red] {f}", highlight=False, markup=True, soft_wrap=True)


@app.command()
def build(inputs: Annotated[list[Path], typer.Argument(help="files and/or folders (.txt .jsonl .html .rss ...)")],
          out: Annotated[Path, typer.Option("-o", "--out", help="output folder")] = Path("out")) -> None:
    """Build the knowledge graph of INPUTS into OUT (store/, graph.trig, facts.jsonl)."""
    from payvand.build import build as run_build

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} articles"),
                  console=err, transient=True) as progress:
        task = progress.add_task("extracting", total=None)
        summary = run_build(inputs, out, progress=lambda _id: progress.advance(task))
    table = Table(title=f"Payvand build → {out}")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles read", str(summary.articles))
    table.add_row("articles failed", str(len(summary.failures)))
    for t, n in sorted(summary.entities.items()):
        table.add_row(f"entities: {t}", str(n))
    for p, n in sorted(summary.facts.items()):
        table.add_row(f"facts: {p}", str(n))
    table.add_row("quads in store", str(summary.quads))
    out_console.print(table)
    out_console.print(f"wrote {out / 'store'}/, {out / 'graph.trig'}, {out / 'facts.jsonl'}")
    _report_failures(summary.failures)
    raise typer.Exit(0 if summary.ok else 1)


@app.command()
def extract(files: Annotated[list[Path], typer.Argument(help="files and/or folders")],
            format: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.jsonl) -> None:
    """Extract facts from FILES and write them to stdout (no store)."""
    from rdflib import Dataset

    from payvand.build import extract_records
    from payvand.extract.readers import read
    from payvand.ontology.mapping import article_graph, bind, graph_iri
    from payvand.types import ExtractionError

    failures = []
    ds = Dataset()
    bind(ds)
    for item in read(files):
        if isinstance(item, ExtractionError):
            failures.append(item)
            continue
        records = extract_records(item)
        if format is ExtractFormat.jsonl:
            for rec in records:
                sys.stdout.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
        else:
            article_graph(item, records, ds.graph(graph_iri(item.id)))
    if format is not ExtractFormat.jsonl:
        if format is ExtractFormat.turtle:
            from rdflib import Graph

            g = Graph()
            bind(g)
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            sys.stdout.write(g.serialize(format="turtle"))
        else:
            sys.stdout.write(ds.serialize(format="trig"))
    _report_failures(failures)
    raise typer.Exit(1 if failures else 0)


@app.command()
def query(out: Annotated[Path, typer.Argument(help="a built output folder")],
          query_or_file: Annotated[str, typer.Argument(help="SPARQL text or a .rq file")],
          format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table) -> None:
    """Run a SPARQL query over the graph in OUT."""
    from payvand.graph.sparql import QueryError, query as run_query

    path = Path(query_or_file)
    text = path.read_text(encoding="utf-8") if path.suffix == ".rq" and path.exists() else query_or_file
    try:
        res = run_query(out, text)
    except QueryError as exc:
        err.print(f"[red]query error[/red]: {exc}", highlight=False)
        raise typer.Exit(2) from None
    if format is TableFormat.json:
        sys.stdout.write(json.dumps([dict(zip(res.columns, r)) for r in res.rows], ensure_ascii=False, indent=1) + "\n")
    elif format in (TableFormat.csv, TableFormat.tsv):
        w = csv.writer(sys.stdout, delimiter="," if format is TableFormat.csv else "\t", lineterminator="\n")
        w.writerow(res.columns)
        w.writerows([["" if v is None else v for v in r] for r in res.rows])
    else:
        table = Table(*res.columns)
        for r in res.rows:
            table.add_row(*["" if v is None else v for v in r])
        out_console.print(table)
        out_console.print(f"{len(res.rows)} rows")


@app.command()
def validate(out: Annotated[Path, typer.Argument(help="a built output folder")]) -> None:
    """Check the graph in OUT against the shipped SHACL shapes."""
    from payvand.ontology.validate import validate_out

    violations = validate_out(out)
    if not violations:
        out_console.print(f"{out}: the graph conforms to the Payvand shapes")
        return
    for v in violations:
        err.print(f"[red]violation[/red] {v.focus} {v.path or ''}: {v.message}", highlight=False)
    err.print(f"{len(violations)} violations")
    raise typer.Exit(1)


@app.command()
def evaluate(gold: Annotated[Path, typer.Argument(help="gold .jsonl (GUIDE format)")],
             pred: Annotated[Path | None, typer.Option("--pred", help="facts.jsonl to score instead of extracting")] = None,
             verbose: Annotated[bool, typer.Option("-v", "--verbose", help="list misses and false positives")] = False) -> None:
    """Score extraction against gold facts: micro P/R/F1, strict and relaxed, per predicate."""
    from payvand.extract.evaluate import evaluate as run_eval

    r = run_eval(gold, pred)
    table = Table(title=f"{gold} ({r.articles} articles)")
    for c in ("level", "precision", "recall", "F1", "gold", "predicted"):
        table.add_column(c, justify="right" if c != "level" else "left")
    for name, s in (("facts (strict)", r.strict), ("facts (relaxed)", r.relaxed), ("entities", r.entities)):
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.gold), str(s.pred))
    for p, s in sorted(r.by_predicate.items()):
        table.add_row(f"  {p}", f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.gold), str(s.pred))
    out_console.print(table)
    if verbose:
        out_console.print("[bold]missed[/bold]")
        for m in r.misses:
            out_console.print("  " + m, highlight=False, markup=False)
        out_console.print("[bold]false positives[/bold]")
        for m in r.false_positives:
            out_console.print("  " + m, highlight=False, markup=False)


if __name__ == "__main__":
    app()
