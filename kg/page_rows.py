"""The rows graph.html is drawn from (entities, quote links, export events), kept between builds.

Each row belongs to one subject (the entity, quote or export event) and changes only when a triple
of that subject does. Read from the whole store, two of them were joins over every named graph:
adding one article to 2,200 spent ~1 s there. A build knows which subjects its changed graphs
touch, so it keeps the rows in out/cache and reads again only those subjects' rows.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.files import replace_file
from kg.ids import digest
from kg.store import Store

# kg.view (networkx, pyvis: 0.4 s) is imported when rows are read, not by a build that draws no page

# name -> (shipped query, the variable holding the subject every triple it reads hangs from)
QUERIES = {"entities": ("view-entities.rq", "node"), "links": ("view-quote-links.rq", "quote"),
           "exports": ("view-exports.rq", "export")}

Rows = dict[str, dict[str, list[list]]]     # query name -> subject IRI -> its rows (plain values)


def read(store: Store, subjects: Iterable[str] | None = None) -> Rows:
    """Every row, or those of `subjects` (IRIs) only."""
    from kg.view import plain, restricted, sparql_file
    only = None if subjects is None else list(subjects)
    rows: Rows = {}
    for name, (file, var) in QUERIES.items():
        found: dict[str, list[list]] = rows.setdefault(name, {})
        if only == []:
            continue
        sparql = sparql_file(file) if only is None else restricted(sparql_file(file), var, only)
        for solution in store.ox.query(sparql, use_default_graph_as_union=True):
            row = [plain(term) for term in solution]
            found.setdefault(row[0], []).append(row)
    return rows


def refresh(store: Store, rows: Rows, subjects: set[str]) -> None:
    """Rows read again for `subjects`, whose triples changed since `rows` were read."""
    fresh = read(store, subjects)
    for name, found in rows.items():
        for subject in subjects:
            found.pop(subject, None)
        found.update(fresh[name])


def subjects_of_lines(lines: Iterable[str]) -> set[str]:
    """The subject IRIs of N-Triples lines (kg.store.nt_line: every subject is an IRI)."""
    return {line[1:line.index(">")] for line in lines}


def subjects_of_graph(store: Store, graph: str) -> set[str]:
    return {q.subject.value for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph))}


def state(graph_keys: dict[str, str]) -> str:
    """The key of rows read from a store holding these graphs (manifest keys), by this code."""
    from kg.view import sparql_file
    code = (Path(__file__).read_text(encoding="utf-8"), *(sparql_file(f) for f, _ in QUERIES.values()))
    return digest(*code, *sorted(graph_keys.items()))


class Kept:
    """The rows kept at `path`, if they were read from a store holding `graph_keys` (manifest keys);
    read once, when first asked for (a build asks while its parser works)."""

    def __init__(self, path: Path, graph_keys: dict[str, str]):
        self.path, self.graph_keys = path, dict(graph_keys)
        self._rows: Rows | None = None
        self._read = False

    def rows(self) -> Rows | None:
        if not self._read:
            self._read = True
            self.key = state(self.graph_keys)
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            self._rows = data["rows"] if data.get("key") == self.key else None
        return self._rows


def save(path: Path, key: str, rows: Rows) -> None:
    replace_file(path, json.dumps({"key": key, "rows": rows}))
