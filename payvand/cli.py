"""``payvand`` command line: each command is one call into the library."""
from __future__ import annotations

import csv
import json
import os
import sys
import time
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


def _built(out: Path) -> Path:
    """OUT, when it holds a built store; else say so and exit 2 (a command must not make an
    empty store there and answer from it)."""
    from payvand.graph.store import NoStoreError, store_path

    try:
        store_path(out)
    except NoStoreError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False, markup=True)
        raise typer.Exit(2) from None
    return out


def _problems(problems: list[str]) -> None:
    """One line on stderr for each problem, then exit 2, when there is any."""
    for p in problems:
        err.print(f"[red]error[/red]: {p}", highlight=False, markup=True, soft_wrap=True)
    if problems:
        raise typer.Exit(2)


def _writable(path: Path, folder: bool = False) -> Path:
    """PATH, with its missing parent folders made, when it can be written as a file (or as a
    folder); else a one-line error and exit 2."""
    from payvand.build import output_problem

    problem = output_problem(path, folder)
    _problems([problem] if problem else [])
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


@app.command()
def build(inputs: Annotated[list[Path], typer.Argument(help="files and/or folders (.txt .jsonl .html .rss ...)")],
          out: Annotated[Path, typer.Option("-o", "--out", help="output folder")] = Path("out"),
          workers: Annotated[int, typer.Option("--workers", "-w", help="extraction processes")] = 1,
          dask: Annotated[str | None, typer.Option("--dask", help="address of a Dask scheduler to extract on")] = None,
          rebuild: Annotated[bool, typer.Option("--rebuild", help="re-extract unchanged articles too")] = False,
          viewer: Annotated[bool, typer.Option("--viewer/--no-viewer", help="write viewer.html and its companion pages")] = True) -> None:
    """Build the knowledge graph of INPUTS into OUT (store/, graph.trig, facts.jsonl, viewer.html)."""
    from payvand.build import InputError, build as run_build

    # The build never uses BLAS; without numpy's BLAS thread pool (hazm loads numpy) this process
    # stays single-threaded, so the extraction processes can be forked after it loaded the extractor.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    # Refreshed from the build's callback, not by a thread of rich's own: the build forks its
    # extraction processes only from a process with no other thread.
    problems: list[str] = []
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} articles"),
                  console=err, transient=True, auto_refresh=False) as progress:
        task = progress.add_task("extracting", total=None)
        shown = 0.0

        def advance(_id: str) -> None:
            nonlocal shown
            progress.advance(task)
            if time.monotonic() - shown > 0.1:
                progress.refresh()
                shown = time.monotonic()

        try:
            summary = run_build(inputs, out, progress=advance, workers=workers, dask=dask, rebuild=rebuild, viewer=viewer)
        except InputError as exc:
            problems = exc.problems
    _problems(problems)
    table = Table(title=f"Payvand build → {out}")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles extracted", str(summary.articles))
    table.add_row("articles unchanged (skipped)", str(summary.skipped))
    table.add_row("articles failed", str(len(summary.failures)))
    for t, n in sorted(summary.entities.items()):
        table.add_row(f"entities: {t}", str(n))
    for p, n in sorted(summary.facts.items()):
        table.add_row(f"facts: {p}", str(n))
    table.add_row("quads in store", str(summary.quads))
    out_console.print(table)
    out_console.print(f"wrote {out / 'store'}/, {out / 'graph.trig'}, {out / 'facts.jsonl'}"
                      + (f", {out / 'viewer.html'} (and reading.html, entity.html, map.html)" if viewer else ""))
    _report_failures(summary.failures)
    raise typer.Exit(0 if summary.ok else 1)


@app.command()
def extract(files: Annotated[list[Path], typer.Argument(help="files and/or folders")],
            format: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.jsonl,
            scorer: Annotated[bool, typer.Option("--scorer", help="with the learned scorer after the rules")] = False) -> None:
    """Extract facts from FILES and write them to stdout (no store)."""
    from rdflib import Dataset, Graph

    from payvand.build import extract_records
    from payvand.extract import scored_pipeline
    from payvand.extract.readers import input_problems, read
    from payvand.extract.records import record_line
    from payvand.ontology.mapping import article_dataset, article_graph, bind
    from payvand.types import ExtractionError

    _problems(input_problems(files))
    failures = []
    ds, flat = Dataset(), Graph()  # trig: a graph per article and the shared graphs, as a store has them; turtle: one graph
    bind(ds)
    bind(flat)
    for item in read(files):
        if isinstance(item, ExtractionError):
            failures.append(item)
            continue
        records = extract_records(item, scored_pipeline() if scorer else None)
        if format is ExtractFormat.jsonl:
            for rec in records:
                sys.stdout.write(record_line(rec))
        elif format is ExtractFormat.turtle:
            article_graph(item, records, flat)
        else:
            article_dataset(item, records, ds)
    if format is ExtractFormat.turtle:
        sys.stdout.write(flat.serialize(format="turtle"))
    elif format is ExtractFormat.trig:
        sys.stdout.write(ds.serialize(format="trig"))
    _report_failures(failures)
    raise typer.Exit(1 if failures else 0)


@app.command()
def query(out: Annotated[Path, typer.Argument(help="a built output folder")],
          query_or_file: Annotated[str | None, typer.Argument(help="SPARQL text or a .rq file")] = None,
          name: Annotated[str | None, typer.Option("--name", "-n", help="a canned query (see `payvand queries`)")] = None,
          param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value for a canned query")] = None,
          format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table) -> None:
    """Run a SPARQL query (text, a .rq file, or a canned one by --name) over the graph in OUT."""
    from payvand.graph.sparql import QueryError, query as run_query, run_canned

    try:
        if name:
            values = dict(p.split("=", 1) for p in (param or []) if "=" in p)
            bad = [p for p in (param or []) if "=" not in p]
            if bad:
                raise QueryError(f"--param takes key=value, not {bad[0]!r}")
            res = run_canned(out, name, values)
        elif query_or_file:
            path = Path(query_or_file)
            if path.suffix == ".rq" and not path.is_file():
                raise QueryError(f"{path}: no such query file")
            text = path.read_text(encoding="utf-8") if path.suffix == ".rq" else query_or_file
            res = run_query(out, text)
        else:
            raise QueryError("give a query, a .rq file, or --name NAME")
    except QueryError as exc:
        err.print(f"[red]query error[/red]: {exc}", highlight=False, markup=True)
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
def queries() -> None:
    """List the canned queries, with their parameters."""
    from payvand.graph.sparql import canned_queries

    canned = canned_queries().values()
    table = Table(caption="entity: names an entity by any of its labels, Persian or English (ي/ی, ك/ک, digits,"
                          " half-spaces and case folded); text: a string literal; \"\": any",
                  caption_justify="left")
    table.add_column("name", no_wrap=True, min_width=max(len(q.name) for q in canned))
    table.add_column("description")
    table.add_column("parameters (default)")
    for q in canned:
        table.add_row(q.name, q.description, "\n".join(
            f'{k}="{v}" ({"entity" if k in q.entity_params else "text"})' for k, v in q.params.items()))
    out_console.print(table)


@app.command()
def serve(out: Annotated[Path, typer.Argument(help="a built output folder")],
          host: Annotated[str, typer.Option(help="address to bind (loopback by default)")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="port")] = 7878,
          allow_update: Annotated[bool, typer.Option("--allow-update", help="accept SPARQL updates")] = False,
          timeout: Annotated[int, typer.Option(help="query timeout in seconds")] = 30) -> None:
    """Serve the graph in OUT over the SPARQL 1.1 Protocol (Oxigraph server), with the query page at /; Ctrl-C or SIGTERM stops."""
    from payvand.graph.endpoint import oxigraph_binary, serve as run_serve

    _built(out)
    try:
        oxigraph_binary()  # (a missing server is reported before anything starts)
    except FileNotFoundError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False, markup=True)
        raise typer.Exit(2) from None

    def ready() -> None:
        err.print(f"SPARQL endpoint on http://{host}:{port}/query ({'read-write' if allow_update else 'read-only'}),"
                  f" query page on http://{host}:{port}/", highlight=False, soft_wrap=True)

    try:
        status = run_serve(out, host=host, port=port, allow_update=allow_update, timeout=timeout, ready=ready)
    except OSError as exc:
        err.print(f"[red]error[/red]: cannot listen on {host}:{port} ({exc.strerror or exc})", highlight=False)
        raise typer.Exit(2) from None
    raise typer.Exit(status)


@app.command()
def validate(out: Annotated[Path, typer.Argument(help="a built output folder")]) -> None:
    """Check the graph in OUT against the shipped SHACL shapes."""
    from payvand.ontology.validate import validate_out

    violations = validate_out(_built(out))
    if not violations:
        out_console.print(f"{out}: the graph conforms to the Payvand shapes")
        return
    for v in violations:
        err.print(f"[red]violation[/red] {v.focus} {v.path or ''}: {v.message}", highlight=False)
    err.print(f"{len(violations)} violations")
    raise typer.Exit(1)


@app.command()
def view(out: Annotated[Path, typer.Argument(help="a built output folder")],
         output: Annotated[Path | None, typer.Option("-o", "--output", help="HTML file (default OUT/viewer.html)")] = None,
         predicate: Annotated[list[str] | None, typer.Option("--predicate", help="keep only these predicates (any case)")] = None,
         type: Annotated[list[str] | None, typer.Option("--type", help="keep only these entity types (any case)")] = None,
         since: Annotated[int | None, typer.Option(help="from this year")] = None,
         until: Annotated[int | None, typer.Option(help="up to this year")] = None,
         undated: Annotated[bool, typer.Option("--undated/--no-undated",
                                               help="keep facts that have no year (with or without --since/--until)")] = True) -> None:
    """Write the offline HTML graph viewer of OUT, and beside it its companion pages (reading, entity, map)."""
    from payvand.graph.network import load
    from payvand.graph.pages import write_pages
    from payvand.graph.viewer import UnknownValueError, canonical, entity_types, filter_graph, predicates, undated_count, write

    try:
        predicate = canonical(predicate, predicates(), "predicate")
        type = canonical(type, entity_types(), "type")
    except UnknownValueError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False, markup=True, soft_wrap=True)
        raise typer.Exit(2) from None
    if since is not None and until is not None and since > until:
        err.print(f"[red]error[/red]: --since {since} is after --until {until}", highlight=False, markup=True, soft_wrap=True)
        raise typer.Exit(2)
    whole = load(_built(out))
    g = filter_graph(whole, predicate, type, since, until, undated)
    if not g.number_of_edges():
        reason = "no fact matches these filters" if whole.number_of_edges() else f"{out} holds no fact"
        err.print(f"[red]error[/red]: {reason}; nothing written", highlight=False, markup=True, soft_wrap=True)
        raise typer.Exit(1)
    path = write(g, _writable(output or out / "viewer.html"))
    pages = write_pages(out, whole, path.parent, path.name)
    note = ""
    if since is not None or until is not None or not undated:
        dropped = undated_count(filter_graph(whole, predicate, type))
        note = (f"; {undated_count(g)} facts without a year kept (--no-undated drops them)" if undated
                else f"; {dropped} facts without a year dropped (--undated keeps them)")
    out_console.print(f"wrote {path} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges{note}) and, beside it, "
                      + ", ".join(p.name for p in pages), highlight=False, soft_wrap=True)


@app.command()
def stats(out: Annotated[Path, typer.Argument(help="a built output folder")],
          as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
          top: Annotated[int, typer.Option(help="how many of each type to rank")] = 10) -> None:
    """Counts, top entities by degree/betweenness/eigenvector centrality, components, communities."""
    from payvand.graph.network import load, stats as run_stats

    st = run_stats(load(_built(out)), top=top)
    if as_json:
        sys.stdout.write(json.dumps(st, ensure_ascii=False, indent=1) + "\n")
        return
    counts = Table("entities", "n", "facts", "n")
    ents, facts = sorted(st["entities"].items()), sorted(st["facts"].items())
    for i in range(max(len(ents), len(facts))):
        e = ents[i] if i < len(ents) else ("", "")
        f = facts[i] if i < len(facts) else ("", "")
        counts.add_row(e[0], str(e[1]), f[0], str(f[1]))
    out_console.print(counts)
    for etype, rows in st["top"].items():
        t = Table("label", "degree", "betweenness", "eigenvector", title=f"top {etype}")
        for r in rows:
            t.add_row(r["label"], str(r["degree"]), f"{r['betweenness']:.4f}", f"{r['eigenvector']:.4f}")
        out_console.print(t)
    out_console.print(f"components: {st['components']['count']} (largest: {st['components']['sizes'][:5]})")
    for i, c in enumerate(st["communities"], 1):
        out_console.print(f"community {i} ({c['size']}): " + "، ".join(c["members"]))


@app.command()
def export(out: Annotated[Path, typer.Argument(help="a built output folder")],
           format: Annotated[str, typer.Option("--format", "-f", help="gexf | graphml | csv | cytoscape | facts | trig | nquads")] = "gexf",
           output: Annotated[Path | None, typer.Option("-o", "--output", help="file (folder for csv)")] = None) -> None:
    """Export the graph for Gephi (GEXF), yEd/Cytoscape (GraphML, Cytoscape JSON), pandas or Excel
    (CSV: nodes and edges; facts: one row per fact as an article states it, with its source),
    or every named graph as RDF (TriG, N-Quads)."""
    from payvand.graph.export import FORMATS, export as run_export
    from payvand.graph.network import load

    _built(out)
    if format in ("trig", "nquads"):
        from payvand.graph.store import Store, store_path

        dest = _writable(output or out / f"graph.{'nq' if format == 'nquads' else 'trig'}")
        with Store(store_path(out)) as store:
            store.export(dest, fmt=format)
        out_console.print(f"wrote {dest}")
        return
    if format not in FORMATS:
        err.print(f"[red]error[/red]: unknown format {format!r} (one of {', '.join(FORMATS)})")
        raise typer.Exit(2)
    dest = output or out / {"csv": "graph-csv", "facts": "facts.csv", "cytoscape": "graph.json"}.get(format, f"graph.{format}")
    _writable(dest, folder=format == "csv")
    for f in run_export(load(out), format, dest):
        out_console.print(f"wrote {f}")


def _need_files(files: list[Path]) -> None:
    """Exit with status 2 naming the first (gold or facts) file that is not there."""
    for g in files:
        if not g.is_file():
            err.print(f"[red]error[/red]: {g}: no such file")
            raise typer.Exit(2)


@app.command()
def evaluate(gold: Annotated[list[Path], typer.Argument(help="gold .jsonl files (GUIDE format)")],
             pred: Annotated[Path | None, typer.Option("--pred", help="facts.jsonl to score instead of extracting")] = None,
             cv: Annotated[int | None, typer.Option("--cv", help="article-grouped K-fold cross-validation of the scorer")] = None,
             scorer: Annotated[bool, typer.Option("--scorer", help="with the shipped learned scorer after the rules")] = False,
             as_json: Annotated[bool, typer.Option("--json", help="print one JSON object")] = False,
             verbose: Annotated[bool, typer.Option("-v", "--verbose", help="list misses and false positives")] = False) -> None:
    """Score extraction against gold facts: micro P/R/F1, strict and relaxed, per predicate."""
    from payvand.extract.evaluate import evaluate as run_eval

    if sum(x is not None for x in (pred, cv, scorer or None)) > 1:
        err.print("[red]error[/red]: --pred, --cv and --scorer exclude each other")
        raise typer.Exit(2)
    _need_files(gold + ([pred] if pred else []))
    try:
        r = run_eval(gold, pred, cv=cv, scorer=scorer)
    except ValueError as exc:
        err.print(f"[red]error[/red]: {exc}")
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(r.to_json(), ensure_ascii=False))
    else:
        how = f", rules + scorer, {cv}-fold cross-validation" if cv else ", rules + shipped scorer" if scorer else ""
        table = Table(title=f"{' '.join(map(str, gold))} ({r.articles} articles{how})")
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


@app.command()
def train(gold: Annotated[list[Path], typer.Argument(help="gold .jsonl files (GUIDE format)")],
          output: Annotated[Path, typer.Option("-o", "--output", help="where to write the model (JSON)")]) -> None:
    """Train the relation scorer on gold articles (deterministic); ship it as payvand/extract/data/models/relation-scorer.json."""
    from payvand.extract.relations.scorer import train_files

    _need_files(gold)
    _writable(output)
    try:
        model = train_files(gold)
    except ValueError as exc:
        err.print(f"[red]error[/red]: {exc}")
        raise typer.Exit(2) from None
    output.write_text(model.to_json(), encoding="utf-8")
    out_console.print(f"wrote {output}: {len(model.weights)} features, thresholds {model.thresholds}, "
                      f"{model.meta['candidates']} candidates ({model.meta['positives']} positive)")


@app.command("train-names")
def train_names(output: Annotated[Path, typer.Option("-o", "--output", help="where to write the model (JSON)")]) -> None:
    """Train the name model from the name lists and the lexicon shipped in packages (deterministic);
    ship it as payvand/extract/data/models/name-shape.json."""
    from payvand.extract.mentions.names import train as train_name_model

    _writable(output)
    model = train_name_model()
    output.write_text(model.to_json(), encoding="utf-8")
    out_console.print(f"wrote {output}: {len(model.weights)} n-grams, {model.meta['names']} names and "
                      f"{model.meta['words']} words, held-out ROC AUC {model.meta['held_out_auc']}")


if __name__ == "__main__":
    app()
