"""SPARQL over the build's store, with results as table rows, CSV or JSON."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg import config
from kg.errors import KGError

if TYPE_CHECKING:     # rdflib and Oxigraph are imported where used: `import kg` (the CLI) needs neither
    from rdflib.query import Result

    from kg.store import Store


def with_prefixes(sparql: str) -> str:
    """Declare our prefixes unless the query does; users can write kg:said straight away.

    They go on one line before the query, so parser errors name the user's line numbers + 1.
    """
    from kg.rdf.vocab import PREFIXES
    declared = {line.split()[1].rstrip(":").lower() for line in sparql.splitlines()
                if line.strip().upper().startswith("PREFIX") and len(line.split()) > 1}
    return " ".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared) + "\n" + sparql


def run(store: Store, sparql: str) -> Result:
    try:
        return store.query(with_prefixes(sparql))
    except (SyntaxError, ValueError) as err:
        raise KGError(f"bad SPARQL: {_first_clause(str(err))}") from None


def run_remote(endpoint: str, sparql: str, timeout: float = 60) -> Result:
    """The same query against any SPARQL 1.1 endpoint over HTTP (ours from `kg serve`, Wikidata,
    Fuseki...), with our prefixes declared, so a query works the same locally and remotely."""
    import io
    import urllib.parse

    import rdflib
    from rdflib.query import Result

    from kg.http import request
    body = urllib.parse.urlencode({"query": with_prefixes(sparql)}).encode("utf-8")
    kind, data = request("POST", endpoint, body, timeout=timeout, headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9"})
    if kind in ("text/turtle", "application/n-triples", "application/rdf+xml"):
        graph = rdflib.Graph().parse(data=data, format={"text/turtle": "turtle", "application/n-triples": "nt"}
                                     .get(kind, "xml"))
        result = Result("CONSTRUCT")
        result.graph = graph
        return result
    return Result.parse(io.BytesIO(data), format="json")


def _first_clause(message: str) -> str:
    """The parser's message without its list of every expected character class."""
    message = " ".join(message.split())
    return message[:160] + " ..." if len(message) > 160 else message


def query(sparql: str, out: str | Path | None = None) -> list[dict]:
    """Library API: run a SELECT on the build in `out`; rows as {variable: python value}."""
    from kg.store import Store
    with Store(config.out_dir(out) / "store", read_only=True) as store:
        result = run(store, sparql)
        if result.type != "SELECT":
            raise KGError("query() returns rows of a SELECT; use the store directly for ASK/CONSTRUCT")
        return [{str(v): (row[v].toPython() if row[v] is not None else None) for v in result.vars}
                for row in result]




def query_df(sparql: str, out: str | Path | None = None):
    """Library API: a SELECT as a pandas DataFrame with typed columns: numbers as numbers, dates as
    datetimes (pandas is imported only here: the rest of newskg does not need it)."""
    import pandas as pd
    rows = query(sparql, out)
    columns = list(rows[0]) if rows else _select_vars(sparql, out)
    frame = pd.DataFrame(rows, columns=columns)
    for name in frame.columns:
        values = frame[name].dropna()
        if values.empty:
            continue
        if all(isinstance(v, (int, float)) or _is_decimal(v) for v in values):
            frame[name] = pd.to_numeric(frame[name].map(lambda v: None if v is None else float(v)))
        elif all(hasattr(v, "isoformat") for v in values):
            frame[name] = pd.to_datetime(frame[name])
    return frame


def _is_decimal(value) -> bool:
    from decimal import Decimal
    return isinstance(value, Decimal) and not isinstance(value, bool)


def _select_vars(sparql: str, out: str | Path | None) -> list[str]:
    from kg.store import Store
    with Store(config.out_dir(out) / "store", read_only=True) as store:
        return [str(v) for v in run(store, sparql).vars]


def graph(out: str | Path | None = None):
    """Library API: the build as an rdflib Dataset (read-only, over the Oxigraph store; the default
    graph is the union of the article graphs) for CONSTRUCT queries and rdflib tools."""
    from kg.store import Store
    path = config.out_dir(out) / "store"
    if not (path / "CURRENT").exists():
        raise KGError(f"no graph store at {path}; run `kg build PATHS --out {path.parent}` first")
    return Store(path, read_only=True).dataset
