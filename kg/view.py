"""The HTML graph: read the store, lay out with networkx, draw with pyvis.

The page is self-contained: vis-network is inlined and pyvis's CDN links
(Bootstrap) are removed, so it works offline and from a file:// URL.
Nodes and edges are handed to pyvis as lists because its add_edge scans all
edges on each call (quadratic). An archive's graph is capped: a force layout of
thousands of nodes never settles, so the page shows the most connected entities
and a few quotes of each, says what it left out, and stops the physics once stable.
"""
from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources import files
from pathlib import Path
from types import SimpleNamespace

import networkx as nx
import pyoxigraph as ox
from pyvis.network import Network

from kg.errors import KGError
from kg.rdf.vocab import RESOURCE
from kg.store import Store

STYLE = {  # class -> (colour, shape); colours from the Okabe-Ito colour-blind-safe palette
    "Person": ("#E69F00", "dot"), "Organization": ("#56B4E9", "dot"), "Country": ("#009E73", "diamond"),
    "Place": ("#F0E442", "diamond"), "Item": ("#CC79A7", "square"), "Quote": ("#BBBBBB", "dot"),
    "Group": ("#999999", "dot"),
}
DEFAULT_MAX_NODES = 300
QUOTES_PER_SPEAKER = 2
STABILIZE_STEPS = 250   # vis-network's 1,000 take ~6 s on 300 nodes; 250 lay them out as well
_NEW_NETWORK = "network = new vis.Network(container, data, options);"
_FREEZE = _NEW_NETWORK + ('\n                  network.once("stabilizationIterationsDone", function () {'
                          ' network.setOptions({physics: false}); });')
_PAGE_STYLE = ("#kg-bar{font-family:sans-serif;margin:4px;color:#111} #kg-bar label{margin-right:6px}"
               " #kg-panel{display:none;position:fixed;right:8px;top:48px;width:32%;max-height:85vh;"
               "overflow:auto;background:#fff;border:1px solid #888;padding:8px;font-family:sans-serif;"
               "font-size:13px;color:#111;z-index:10} #kg-panel h2{font-size:16px;margin:0 0 6px}"
               " .kg-title,.kg-evidence{white-space:pre-wrap} .kg-edge{font-weight:bold;margin-bottom:0}"
               " .kg-evidence{color:#333;margin-top:2px}")
_EMPTY_HEADING = re.compile(r"<center>\s*<h1></h1>\s*</center>")
_EXTERNAL = re.compile(r"<link[^>]*href=\"(?:https?:|\.\./)[^\"]*\"[^>]*/?>|"
                       r"<script[^>]*src=\"(?:https?:|\.\./)[^\"]*\"[^>]*>\s*</script>", re.S)


def sparql_file(name: str) -> str:
    """A query shipped inside the package (kg/data/sparql/)."""
    return files("kg.data.sparql").joinpath(name).read_text(encoding="utf-8")


def shipped_rows(store: Store, name: str) -> Iterator[SimpleNamespace]:
    """Rows of a shipped query as plain values (IRIs and literals as str, booleans as bool, unbound
    as None), straight from pyoxigraph: rdflib's result conversion took 13 of 25 s on 800 articles."""
    return _rows(store, sparql_file(name))


def _rows(store: Store, sparql: str) -> Iterator[SimpleNamespace]:
    for values in _values(store, sparql):
        yield SimpleNamespace(**values)


def shipped_values(store: Store, name: str) -> Iterator[dict]:
    """The same rows as dicts, for the big queries where a namespace per row costs seconds."""
    return _values(store, sparql_file(name))


def _values(store: Store, sparql: str) -> Iterator[dict]:
    solutions = store.ox.query(sparql, use_default_graph_as_union=True)
    names = [v.value for v in solutions.variables]
    for solution in solutions:
        yield dict(zip(names, map(plain, solution), strict=True))


_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")


def plain(term) -> str | bool | None:
    """A term as a plain value: IRIs and literals as str, booleans as bool, unbound as None."""
    if term is None:
        return None
    if type(term) is ox.Literal and term.datatype == _BOOLEAN:
        return term.value == "true"
    return term.value


def entity_key(iri) -> str:
    """The resolver's key of a resource IRI: ".../resource/person/jane-doe" -> "person/jane-doe"."""
    return str(iri).rsplit("/resource/", 1)[-1]


def _short(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _only(sparql: str, var: str, keys: Iterable[str]) -> str:
    """A shipped query restricted to the resources of `keys` (entity keys) bound to ?var."""
    return restricted(sparql, var, (str(RESOURCE[k]) for k in keys))


def restricted(sparql: str, var: str, iris: Iterable[str]) -> str:
    """A shipped query restricted to `iris` bound to ?var."""
    values = " ".join(f"<{iri}>" for iri in sorted(iris))
    return sparql.replace("WHERE {", f"WHERE {{\n  VALUES ?{var} {{ {values} }}", 1)


def sources(store: Store, keys: Iterable[str] | None = None) -> dict[str, set[tuple[str, str]]]:
    """Node or trade event -> {(article id, date)}: of every one, or of the `keys` only (a page of a
    few hundred nodes need not read the archive's hundred thousand rows)."""
    sparql = sparql_file("view-sources.rq")
    if keys is not None:
        sparql = _only(sparql, "node", keys)
    seen: dict[str, set[tuple[str, str]]] = {}
    for node, ident, date in store.ox.query(sparql, use_default_graph_as_union=True):
        seen.setdefault(entity_key(node.value), set()).add((ident.value, date.value if date else ""))
    return seen


def graph_from_store(store: Store, with_sources: bool = True, quote_text: bool = True) -> nx.MultiDiGraph:
    """Every entity, quote and trade event as a graph. `with_sources`: the articles and dates of each
    (g.graph["seen"]), which only filtering by article or date needs for the whole graph;
    `quote_text`: each quote's words and sentence, which only the drawn quotes need (quote_details)."""
    from kg import page_rows
    seen = sources(store) if with_sources else {}
    if not quote_text:
        return graph_from_rows(page_rows.read(store), seen)
    g = nx.MultiDiGraph(seen=seen)
    for row in shipped_rows(store, "view-entities.rq"):
        g.add_node(entity_key(row.node), **_entity(getattr(row, "class"), row.label, row.alts))
    quote_details(store, g)
    for row in shipped_values(store, "view-exports.rq"):
        _add_export(g, row)
    return g


def graph_from_rows(rows: dict[str, dict[str, list[list]]], seen: dict) -> nx.MultiDiGraph:
    """The graph of graph_from_store(quote_text=False) from kg.page_rows rows, taken in the order of
    their subjects (and values), so rows read at once or kept and refreshed draw the same graph.
    Nodes and edges go in by the list: one call each took 0.3 s of 15,000 entities and 16,000 quotes."""
    g = nx.MultiDiGraph(seen=seen)
    ordered = {name: [row for _, found in sorted(rows[name].items())
                      for row in (sorted(found, key=_order) if len(found) > 1 else found)] for name in rows}
    g.add_nodes_from((entity_key(node), _entity(kind, label, alts)) for node, kind, label, alts in ordered["entities"])
    links = [(entity_key(quote), speaker, addressee) for quote, speaker, addressee in ordered["links"]]
    g.add_nodes_from((q, {"kind": "Quote", "label": q, "title": q}) for q in dict.fromkeys(q for q, _, _ in links)
                     if q not in g)
    for q, speaker, addressee in links:
        _quote_edges(g, q, speaker, addressee)
    names = sparql_variables("view-exports.rq")
    for row in ordered["exports"]:
        _add_export(g, dict(zip(names, row, strict=True)))
    return g


def _order(row: list) -> list[tuple[bool, str]]:
    return [(x is not None, str(x)) for x in row]


@cache
def sparql_variables(name: str) -> tuple[str, ...]:
    """The variables a shipped SELECT query returns, in order."""
    return tuple(v.value for v in ox.Store().query(sparql_file(name)).variables)


def _entity(cls: str, label: str, alts: str | None) -> dict:
    kind = str(cls).rsplit("#", 1)[-1]
    others = tuple(sorted(a for a in alts.split("|") if a)) if alts else ()   # GROUP_CONCAT's order is the plan's
    return {"label": str(label), "kind": kind, "alts": others,
            "title": f"{kind}: {label}" + (f" (also: {', '.join(others)})" if others else "")}


def _add_export(g: nx.MultiDiGraph, row: dict) -> None:
    figures = " ".join(str(x) for x in (row["qualifier"], row["quantity"], row["unit"], row["currency"],
                                        row["value"], row["date"] or row["period"]) if x is not None)
    title = f"exported {figures}\n\n{row['sentence']}"
    event = entity_key(row["export"])
    if row["exporter"] is not None:
        g.add_edge(entity_key(row["exporter"]), entity_key(row["item"]), label="exported", title=title, event=event)
    if row["destination"] is not None:   # an import of no stated origin: item -> importer only
        g.add_edge(entity_key(row["item"]), entity_key(row["destination"]), label="to", title=title, event=event)


def _quote_edges(g: nx.MultiDiGraph, q: str, speaker: str | None, addressee: str | None) -> None:
    if speaker is not None:
        g.add_edge(entity_key(speaker), q, label="said")
    if addressee is not None:
        g.add_edge(q, entity_key(addressee), label="to")


def quote_details(store: Store, g: nx.MultiDiGraph, keys: Iterable[str] | None = None) -> None:
    """Quote nodes with their text, kind and sentence: all of them, or those of `keys` already in g."""
    sparql = sparql_file("view-quotes.rq")
    if keys is not None:
        sparql = _only(sparql, "quote", keys)
    for row in _rows(store, sparql):
        q = entity_key(row.quote)
        kind = "direct quote" if row.direct else "reported speech"
        g.add_node(q, label=_short(str(row.text), 40), kind="Quote",
                   title=f"“{row.text}”\n({kind}; in: {row.articles})\n\nsentence: {row.sample}")
        if keys is None:       # else the links are in g already
            _quote_edges(g, q, row.speaker, row.addressee)


def select(g: nx.MultiDiGraph, max_nodes: int = DEFAULT_MAX_NODES) -> tuple[nx.MultiDiGraph, str]:
    """At most `max_nodes` nodes: the entities most facts touch (degree), then up to
    QUOTES_PER_SPEAKER quotes of each chosen speaker; and a line saying what was left out."""
    if g.number_of_nodes() <= max_nodes:
        return g, ""
    degree = _simple_degree(g)
    entities = sorted((n for n, d in g.nodes(data=True) if d.get("kind") != "Quote" and degree[n]),
                      key=lambda n: (-degree[n], n))
    chosen = set(entities[: max(1, max_nodes * 2 // 3)])
    for speaker in sorted(chosen, key=lambda n: (-degree[n], n)):
        quotes = sorted((q for q in g.successors(speaker) if g.nodes[q].get("kind") == "Quote"),
                        key=lambda q: (-degree[q], q))
        for q in quotes[:QUOTES_PER_SPEAKER]:
            if len(chosen) >= max_nodes:
                break
            chosen.add(q)
    for n in entities[len(chosen):]:    # fill what the quotes left with the next entities
        if len(chosen) >= max_nodes:
            break
        chosen.add(n)
    left = g.number_of_nodes() - len(chosen)
    note = (f"showing the {len(chosen)} most connected of {g.number_of_nodes()} nodes ({left} left out, "
            f"among them every node with no edge); see more with kg view --max-nodes N")
    return g.subgraph(chosen).copy(), note


def _simple_degree(g: nx.MultiDiGraph) -> dict[str, int]:
    """Each node's degree in the simple undirected graph, a self-loop counting two, from one pass
    over the edges: nx.Graph(g) copied every node's and edge's data, and the union of each node's
    successor and predecessor views took 0.15 s of 31,000 nodes."""
    neighbours: dict[str, set[str]] = {n: set() for n in g}
    for u, v in g.edges():
        neighbours[u].add(v)
        neighbours[v].add(u)
    return {n: len(near) + (n in near) for n, near in neighbours.items()}


def restrict(g: nx.MultiDiGraph, article: str | None = None, since: str | None = None,
             until: str | None = None) -> tuple[nx.MultiDiGraph, str]:
    """What one article, or the articles dated in [since, until] (ISO dates, either end open), state:
    their entities and quotes, and the trade events they report with those events' goods."""
    seen = g.graph.get("seen", {})

    def chosen(node_or_event: str) -> bool:
        return any((article is None or ident == article) and (since is None or (date and date >= since))
                   and (until is None or (date and date[:len(until)] <= until))
                   for ident, date in seen.get(node_or_event, ()))
    keep = {n for n in g if chosen(n)}
    edges = [(u, v, k) for u, v, k, d in g.edges(keys=True, data=True)
             if (chosen(d["event"]) if "event" in d else u in keep and v in keep)]
    keep |= {n for u, v, _ in edges for n in (u, v)}
    if not keep:
        what = f"article {article!r}" if article else f"articles dated {since or '...'} to {until or '...'}"
        raise KGError(f"nothing in the graph comes from {what}")
    sub = g.edge_subgraph(edges).copy()
    sub.add_nodes_from((n, g.nodes[n]) for n in keep)
    what = f"article {article}" if article else f"articles dated {since or '...'} to {until or '...'}"
    return sub, f"from {what}"


def from_query(store: Store, g: nx.MultiDiGraph, sparql: str) -> tuple[nx.MultiDiGraph, str]:
    """A graph a user's query chooses: a CONSTRUCT's triples, or a SELECT's rows read as (from, to[,
    label]). Nodes keep their class and label from the full graph when they are in it."""
    from kg.rdf.vocab import PREFIXES
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    try:
        result = store.ox.query(prefixes + sparql, use_default_graph_as_union=True)
    except (SyntaxError, ValueError, OSError) as err:
        raise KGError(f"bad SPARQL in --query: {str(err).splitlines()[0]}") from None
    pairs: list[tuple[str, str, str]] = []
    if isinstance(result, ox.QueryTriples):
        pairs = [(t.subject.value, t.object.value, t.predicate.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1])
                 for t in result]
    elif isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        if len(names) < 2:
            raise KGError("--query: a SELECT needs two columns, the nodes to join (and a third for the label)")
        for row in result:
            a, b = row[names[0]], row[names[1]]
            if a is not None and b is not None:
                label = row[names[2]].value if len(names) > 2 and row[names[2]] is not None else ""
                pairs.append((a.value, b.value, label))
    else:
        raise KGError("--query: give a CONSTRUCT or a SELECT of node pairs, not an ASK")
    out = nx.MultiDiGraph()
    for a, b, label in pairs:
        for end in (a, b):
            key = entity_key(end)
            out.add_node(key, **(g.nodes[key] if key in g else {"label": key.rsplit("/", 1)[-1], "kind": ""}))
        out.add_edge(entity_key(a), entity_key(b), label=label)
    if not pairs:
        raise KGError("--query returned nothing to draw")
    return out, f"from a query: {len(pairs)} edges"


def find(g: nx.MultiDiGraph, name: str) -> str:
    """The one node a name means: its label or another name, exactly (any case), else as a part of
    one. KGError when nothing or several things match, listing them."""
    want = name.strip().casefold()
    names = {n: [d.get("label", n), *d.get("alts", ())] for n, d in g.nodes(data=True) if d.get("kind") != "Quote"}
    for test in (lambda s: s.casefold() == want, lambda s: want in s.casefold()):
        hits = sorted(n for n, forms in names.items() if any(test(str(f)) for f in forms))
        if len(hits) == 1:
            return hits[0]
        if hits:
            listed = "; ".join(f"{g.nodes[n]['label']} ({g.nodes[n]['kind']})" for n in hits[:8])
            raise KGError(f"{name!r} names {len(hits)} things: {listed}{' ...' if len(hits) > 8 else ''}; "
                          f"give the full name")
    raise KGError(f"nothing in the graph is named {name!r}; try `kg query` to list labels")


def focus(g: nx.MultiDiGraph, name: str, depth: int = 2) -> tuple[nx.MultiDiGraph, str]:
    """The ego graph of one entity: everything within `depth` edges of it, either direction."""
    centre = find(g, name)
    near = nx.ego_graph(nx.Graph(g), centre, radius=depth)
    return g.subgraph(near.nodes).copy(), f"around {g.nodes[centre]['label']}, {depth} steps out"


def _sources(seen: dict, key: str) -> tuple[list[str], list[str]]:
    """(article ids, dates) a node or trade event is stated in, for the page's filters."""
    pairs = sorted(seen.get(key, ()))
    return [a for a, _ in pairs], [d for _, d in pairs if d]


@cache
def _templates():
    """pyvis's Jinja environment, kept for the process: each Network makes its own, which compiles
    the page template again (0.3 s of every page)."""
    return Network(cdn_resources="in_line").templateEnv


def prepare() -> None:
    """Compile the page template ahead: a build does it while its parser works."""
    _templates().get_template(Network(cdn_resources="in_line").path)


def render(g: nx.MultiDiGraph, note: str = "", hidden_names: list[str] | None = None) -> str:
    """The page. `hidden_names`: entities of the graph that are not drawn, so a search for one says
    how to draw it rather than nothing."""
    net = Network(height="92vh", width="100%", directed=True, cdn_resources="in_line")
    net.templateEnv = _templates()
    degree = dict(g.degree())
    seen = g.graph.get("seen", {})
    for node, data in g.nodes(data=True):
        colour, shape = STYLE.get(data.get("kind", ""), ("#999999", "dot"))
        is_quote = data.get("kind") == "Quote"
        articles, dates = _sources(seen, node)
        for _, _, d in g.edges(node, data=True):     # an item's articles are those of its trade events
            if "event" in d:
                more = _sources(seen, d["event"])
                articles, dates = articles + more[0], dates + more[1]
        net.nodes.append({"id": node, "label": data.get("label", node), "title": data.get("title", node),
                          "color": colour, "shape": shape, "group": data.get("kind", ""),
                          "articles": sorted(set(articles)), "dates": sorted(set(dates)),
                          "size": 8 if is_quote else 14 + 2 * min(degree.get(node, 0), 12),
                          "font": {"size": 11 if is_quote else 20, "color": "#555" if is_quote else "#111"}})
        net.node_ids.append(node)
        net.node_map[node] = net.nodes[-1]
    edges_seen = set()
    for u, v, data in g.edges(data=True):
        key = (u, v, data.get("label"))
        if key in edges_seen:
            continue
        edges_seen.add(key)
        net.edges.append({"from": u, "to": v, "label": data.get("label", ""),
                          "title": data.get("title", data.get("label", "")), "arrows": "to"})
    net.barnes_hut(gravity=-2500, central_gravity=0.6, spring_length=60)
    net.options.physics.stabilization.iterations = STABILIZE_STEPS   # then the physics stops (_FREEZE)
    explore = files("kg.data").joinpath("explore.js").read_text(encoding="utf-8")
    page = _EMPTY_HEADING.sub("", _EXTERNAL.sub("", net.generate_html())).replace(
        _NEW_NETWORK, _FREEZE + "\n" + explore, 1)
    classes = sorted({d.get("kind", "") for _, d in g.nodes(data=True)} & set(STYLE))
    legend = " ".join(f'<label><input type="checkbox" class="kg-class" value="{html.escape(k)}" checked>'
                      f'<span style="color:{STYLE[k][0]}">●</span> {html.escape(k)}</label>' for k in classes)
    drawn = sorted({str(d.get("label", n)) for n, d in g.nodes(data=True) if d.get("kind") != "Quote"})
    hidden = sorted(set(hidden_names or ()) - set(drawn))
    names = "".join(f'<option value="{html.escape(x)}">' for x in drawn + hidden)
    ids = sorted({a for n in net.nodes for a in n["articles"]})
    article_list = "".join(f'<option value="{html.escape(a)}">' for a in ids)
    # names not drawn, as JSON text in a non-executed script block: the page reads it, never runs it
    not_drawn = json.dumps(hidden).replace("<", "\\u003c")
    header = (f'<body>\n<style>{_PAGE_STYLE}</style>\n<div id="kg-bar"><b>newskg</b>: who said what, who '
              f'exported what · {g.number_of_nodes()} nodes, {len(edges_seen)} edges · '
              f'<input id="kg-search" list="kg-names" placeholder="find a name, press Enter" size="28">'
              f'<datalist id="kg-names">{names}</datalist> <span id="kg-status"></span> · {legend} · '
              f'<input id="kg-article" list="kg-articles" placeholder="article id" size="14">'
              f'<datalist id="kg-articles">{article_list}</datalist> '
              f'<label>from <input type="date" id="kg-since"></label><label>to <input type="date" id="kg-until">'
              f'</label> · click a node for its facts{" · " + html.escape(note) if note else ""}</div>\n'
              f'<script type="application/json" id="kg-not-drawn">{not_drawn}</script>\n'
              f'<aside id="kg-panel"></aside>')
    return page.replace("<body>", header, 1)


def write_html(out_dir: Path, max_nodes: int = DEFAULT_MAX_NODES, focus_on: str | None = None,
               depth: int = 2, path: Path | None = None, article: str | None = None,
               since: str | None = None, until: str | None = None, sparql: str | None = None,
               rows: dict | None = None) -> Path:
    """graph.html (or `path`): the whole graph capped at max_nodes, or the part one article or a date
    range states, or the part around one entity. `rows`: the store's kg.page_rows, when the caller
    has them."""
    notes = []
    by_source = bool(article or since or until)
    with Store(out_dir / "store", read_only=True) as store:
        from kg import page_rows
        g = graph_from_rows(page_rows.read(store) if rows is None else rows,
                            sources(store) if by_source else {})
        if sparql:
            g, note = from_query(store, g, sparql)
            notes.append(note)
        if by_source:
            g, note = restrict(g, article, since, until)
            notes.append(note)
        if focus_on:
            g, note = focus(g, focus_on, depth)
            notes.append(note)
        shown, left = select(g, max_nodes)
        if not by_source:
            shown.graph["seen"] = sources(store, {*shown, *(d["event"] for *_, d in shown.edges(data=True)
                                                            if "event" in d)})
        quote_details(store, shown, [n for n, kind in shown.nodes(data="kind") if kind == "Quote"])
    hidden = [str(d.get("label", n)) for n, d in g.nodes(data=True) if d.get("kind") != "Quote" and n not in shown]
    page = render(shown, " · ".join(x for x in (*notes, left) if x), hidden)
    path = path or out_dir / "graph.html"
    path.write_text(page, encoding="utf-8")
    return path
