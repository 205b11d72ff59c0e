"""newskg: a knowledge graph of who said what and who exported what, built from news.

    from kg import build, query, query_df
    build(["seeds/"], out="out")
    query("SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }", out="out")
    query_df("SELECT ?quantity ?date WHERE { ?e kg:quantity ?quantity ; kg:date ?date }", out="out")
"""
from kg.build import build
from kg.errors import KGError
from kg.query import graph, query, query_df

__version__ = "0.1.0"
__all__ = ["build", "graph", "query", "query_df", "KGError", "__version__"]
