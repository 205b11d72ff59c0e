"""`kg`: build, query, export, view, stats and serve a news knowledge graph."""
from __future__ import annotations

import os
import sys
import webbrowser
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from kg import config
from kg.errors import KGError

app = typer.Typer(help=__doc__ + "\n\nStart with: kg build seeds/ && kg stats",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
out_console = Console()
err_console = Console(stderr=True, soft_wrap=True)   # one message, one line: scripts grep them

OutOption = Annotated[Path | None, typer.Option(
    "--out", "-O", help="Build folder holding the store and written files \\[env KG_OUT; default out/].",
    show_default=False)]


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(str, Enum):
    turtle = "turtle"
    nt = "nt"
    nq = "nq"
    trig = "trig"
    jsonld = "jsonld"
    xml = "xml"
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"
    void = "void"


def _fail(message: str, code: int = 1) -> None:
    raise KGError(message) if code == 1 else typer.BadParameter(message)


def _store(out: Path | None):
    from kg.store import Store
    return Store(config.out_dir(out) / "store", read_only=True)


class RateColumn(ProgressColumn):
    """Articles per second, once there is a rate to show."""

    def render(self, task) -> Text:
        return Text(f"{task.speed:.1f} articles/s" if task.speed else "", style="progress.data.speed")


@app.command()
def build(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or globs of .txt, .html, .jsonl.")],
    out: OutOption = None,
    model: Annotated[str | None, typer.Option("--model", "-m", help="spaCy model \\[env KG_MODEL].")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Articles per spaCy batch.")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j",
                                             help="Processes that parse in parallel \\[env KG_JOBS; "
                                                  "default: all cores].")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Also drop articles whose input file is gone.")] = False,
    endpoint: Annotated[str | None, typer.Option(
        "--endpoint", help="Also PUT the graphs this build changed to a SPARQL Graph Store endpoint "
                           "(e.g. http://HOST:7878/store of `oxigraph serve`).")] = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", help="Parse on dask.distributed workers: 'local' (a LocalCluster, --jobs workers) "
                       "or a scheduler address, tcp://HOST:8786.")] = None,
) -> None:
    """Read articles, extract quotes, exports and entities, and store the graph.

    Example: kg build seeds/ --out out/

    Rebuilding is incremental: unchanged articles are not parsed again, and an
    article built before is replaced, never duplicated. Articles of earlier builds
    stay until removed: `kg build --prune` drops those whose file is gone,
    `kg remove ID|PATH` drops named ones.
    """
    from kg.build import build as run_build
    from kg.build import start_parser
    from kg.sources import expand
    parser = start_parser(model, jobs, dask)       # first: it loads the model while the rest starts
    problems: list[str] = []
    if not expand(paths, problems) and problems:    # nothing at all to read: one line, nothing drawn
        if parser is not None:
            parser.close()
        _fail("; ".join(problems) + "; nothing was built")
    with Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeRemainingColumn(),
                  console=err_console, transient=True) as bar:
        task = bar.add_task("parse", total=None)
        report = run_build(paths, out=out, model=model, batch_size=batch_size, jobs=jobs,
                           progress=lambda n: bar.advance(task, n),
                           on_total=lambda n: bar.update(task, total=n), prune=prune, dask=dask,
                           endpoint=endpoint, parser=parser)
    out_dir = config.out_dir(out)
    for key in report.removed:
        err_console.print(f"[cyan]removed:[/] {key} (its file is gone)", highlight=False)
    for line in report.notes:
        err_console.print(f"[cyan]note:[/] {line}", highlight=False)
    for line in report.skipped:
        err_console.print(f"[yellow]skipped:[/] {line}", highlight=False)
    err_console.print(
        f"read {report.articles} articles: {report.parsed} parsed, {report.articles - report.parsed} unchanged; "
        f"{out_dir}/ now holds {report.stored} articles, {report.quotes} quotes, {report.exports} exports, "
        f"{report.entities} entities, {report.triples} triples ({report.graphs_written} "
        f"graph{'' if report.graphs_written == 1 else 's'} rewritten)",
        highlight=False)
    if report.articles == 0 and report.failed_inputs == 0:
        from kg.sources import SUFFIXES
        _fail(f"no articles found in {' '.join(paths)} (looked for {', '.join(SUFFIXES)} files)")
    if report.failed_inputs:
        _fail(f"{report.failed_inputs} input(s) could not be read (listed above); "
              f"the other {report.articles} article(s) were built")


@app.command()
def remove(
    targets: Annotated[list[str], typer.Argument(help="Article ids (file stems), files or folders.")],
    out: OutOption = None,
) -> None:
    """Remove articles from the graph, with every fact only they stated.

    Example: kg remove 000_4e1ba4d2cf9b51b0
    Example: kg remove seeds/old/          (every article read from that folder)
    """
    from kg.build import build as run_build
    if not (config.out_dir(out) / "manifest.json").is_file():
        _fail(f"no build in {config.out_dir(out)}; nothing to remove")
    report = run_build([], out=out, remove=targets)
    for key in report.removed:
        err_console.print(f"removed: {key}", highlight=False)
    err_console.print(f"{len(report.removed)} article(s) removed; {report.entities} entities, "
                      f"{report.triples} triples left in {config.out_dir(out)}/", highlight=False)


@app.command()
def query(
    sparql: Annotated[str | None, typer.Argument(help="SPARQL text; prefixes kg:, rdfs:, ... are predeclared.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")] = None,
    fmt: Annotated[QueryFormat, typer.Option("--format", help="Output format.")] = QueryFormat.table,
    endpoint: Annotated[str | None, typer.Option(
        "--endpoint", help="Run it on a SPARQL endpoint over HTTP instead of the local build.")] = None,
    out: OutOption = None,
) -> None:
    """Run a SPARQL query on the graph.

    Example: kg query 'SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }'
    Example: kg query -f ontology/queries/quotes-by-person.rq --format csv
    Example: kg query -f quotes.rq --endpoint http://127.0.0.1:7878/query   (a `kg serve` elsewhere)
    """
    from kg.query import run, run_remote
    if (sparql is None) == (file is None):
        _fail("give a SPARQL query or --file FILE.rq (one of them)", 2)
    if file is not None:
        if not file.is_file():
            _fail(f"no such query file: {file}")
        sparql = file.read_text(encoding="utf-8")
    if endpoint is not None:
        _print_result(run_remote(endpoint, sparql), fmt)
        return
    with _store(out) as store:
        _print_result(run(store, sparql), fmt)


def _print_result(result, fmt: QueryFormat) -> None:
    if result.type == "ASK":
        out_console.print(str(result.askAnswer).lower())
    elif result.type == "CONSTRUCT":
        sys.stdout.write(result.graph.serialize(format="turtle"))
    elif fmt is QueryFormat.table:
        _print_table(result)
    else:
        sys.stdout.write(result.serialize(format=fmt.value).decode("utf-8"))


def _print_table(result) -> None:
    table = Table(*[str(v) for v in result.vars], show_lines=False)
    rows = 0
    for row in result:
        table.add_row(*["" if row[v] is None else str(row[v]) for v in result.vars])
        rows += 1
    out_console.print(table)
    err_console.print(f"{rows} rows")


@app.command()
def export(
    fmt: Annotated[ExportFormat | None, typer.Option("--format", help="Default: -o suffix, else turtle.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write; default stdout.")] = None,
    out: OutOption = None,
) -> None:
    """Write the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML, or as a property
    graph (GraphML, GEXF) for Gephi, Cytoscape and Neo4j.

    Example: kg export -o graph.trig   (named graphs: one per article)
    Example: kg export -o graph.graphml
    Example: kg export --format csv -o tables/   (quotes.csv and exports.csv)
    """
    from kg import serialize
    if fmt is ExportFormat.csv:    # two files: -o names their folder (default: the build folder)
        with _store(out) as store:
            for path in serialize.write_csv(store, output or config.out_dir(out)):
                err_console.print(f"wrote {path} (csv)")
        return
    chosen = serialize.format_for(output, fmt.value if fmt else None)
    with _store(out) as store:
        if output is None:
            sys.stdout.buffer.write(serialize.serialize(store, chosen))
        else:
            serialize.write(store, output, chosen)
            err_console.print(f"wrote {output} ({chosen})")


@app.command()
def view(
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in a browser.")] = False,
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=1,
                                           help="Most nodes drawn: the most connected first.")] = 300,
    focus_on: Annotated[str | None, typer.Option("--focus", help="Draw only what is around this "
                                                 "entity (a name or another name of it).")] = None,
    depth: Annotated[int, typer.Option("--depth", min=1, help="Steps out from --focus.")] = 2,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Page to write; default "
                                                "graph.html in the build folder.")] = None,
    article: Annotated[str | None, typer.Option("--article", help="Only what this article states "
                                                "(its identifier, as kg query shows it).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only articles dated on or after "
                                              "this ISO date (2021-04 or 2021-04-30).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Only articles dated up to this ISO date.")] = None,
    query_file: Annotated[Path | None, typer.Option("--query", help="Draw what a SPARQL file chooses: a "
                                                    "CONSTRUCT, or a SELECT of node pairs.")] = None,
    out: OutOption = None,
) -> None:
    """Draw the interactive HTML graph (graph.html in the build folder).

    Example: kg view --open
    Example: kg view --focus "Jane Doe" --depth 2 -o jane.html
    Example: kg view --since 2021-04 --until 2021-04-30
    """
    from kg.view import write_html
    out_dir = config.out_dir(out)
    if not (out_dir / "store" / "CURRENT").exists():
        _fail(f"no graph store at {out_dir / 'store'}; run `kg build PATHS --out {out_dir}` first")
    if query_file is not None and not query_file.is_file():
        _fail(f"no such query file: {query_file}")
    sparql = query_file.read_text(encoding="utf-8") if query_file else None
    path = write_html(out_dir, max_nodes, focus_on, depth, output, article, since, until, sparql)
    out_console.print(str(path))
    if open_browser:
        webbrowser.open(path.resolve().as_uri())


class StatsFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


_STATS = (  # (title, shipped query, columns)
    ("nodes", "stats-classes.rq", ("class", "count")),
    ("speakers quoted across the most articles", "stats-speakers.rq", ("speaker", "quotes", "articles")),
    ("most connected countries", "stats-countries.rq", ("country", "articles", "trade_events", "quotes")),
    ("largest trade events", "stats-flows.rq",
     ("exporter", "destination", "items", "quantity", "unit", "value", "currency")),
    ("quotes per month", "stats-months.rq", ("month", "quotes")),
)


@app.command()
def stats(
    fmt: Annotated[StatsFormat, typer.Option("--format", help="table for people, csv or json for scripts.")]
    = StatsFormat.table,
    out: OutOption = None,
) -> None:
    """What the graph holds: nodes per class, top speakers, most connected countries, largest trade
    events and quotes per month.

    Example: kg stats --out out/
    Example: kg stats --format json > stats.json
    """
    import csv
    import json

    from kg.query import run
    from kg.view import sparql_file

    def cell(value) -> str:
        text = "" if value is None else str(value)
        return text.rsplit("#", 1)[-1] if text.startswith("http") else text

    sections = {}
    with _store(out) as store:
        for title, name, columns in _STATS:
            sections[title] = [{c: cell(row[c]) for c in columns} for row in run(store, sparql_file(name))]
    if fmt is StatsFormat.json:
        sys.stdout.write(json.dumps(sections, ensure_ascii=False, indent=1) + "\n")
    elif fmt is StatsFormat.csv:
        writer = csv.writer(sys.stdout)
        for (title, _, columns) in _STATS:
            writer.writerow(["section", *columns])
            writer.writerows([title, *(r[c] for c in columns)] for r in sections[title])
    else:
        for title, _, columns in _STATS:
            table = Table(*columns, title=title)
            for r in sections[title]:
                table.add_row(*(r[c] for c in columns))
            out_console.print(table)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on; localhost only by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 7878,
    timeout: Annotated[int, typer.Option(help="Seconds a query may run before it is stopped.")] = 30,
    out: OutOption = None,
) -> None:
    """Serve the graph over SPARQL HTTP with the Oxigraph server (read-only, a query
    timeout, localhost unless --host says otherwise). A build of the same folder is refused
    while it runs: stop it, build, serve again.

    Example: kg serve --port 7878, then
    curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {?s ?p ?o} LIMIT 5' http://127.0.0.1:7878/query
    """
    from kg import serve as server
    store = config.out_dir(out) / "store"
    server.command(store, host, port, timeout)       # fails clearly before anything is printed
    url = server.endpoint(host, port)
    err_console.print(f"SPARQL endpoint: {url}  (Ctrl-C to stop)\n"
                      "HTTP clients must declare the prefixes they use, for example:\n"
                      f"  {server.curl_example(url)}\n"
                      f"or let kg declare them: kg query 'SELECT ...' --endpoint {url}",
                      highlight=False, soft_wrap=True)
    server.serve(store, host, port, timeout)


def main() -> None:
    """The `kg` command. It ends without tearing down the interpreter: after a build of 2,200
    articles, freeing its millions of objects one by one took 0.4-0.6 s of an incremental build's
    6 s. Everything it writes is closed or renamed into place before it returns."""
    code: int | str | None = 0
    try:
        app(standalone_mode=True)
    except KGError as err:
        err_console.print(f"[bold red]error:[/] {err}", highlight=False, soft_wrap=True)
        code = 1
    except SystemExit as done:
        code = done.code
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)


if __name__ == "__main__":
    main()
