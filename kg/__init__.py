"""newskg: a knowledge graph of who said what and who exported what, built from news.

    from kg import build, query
    build(["seeds/"], out="out")
    query("SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }", out="out")
"""
from kg.build import build
from kg.errors import KGError
from kg.query import query

__version__ = "0.1.0"
__all__ = ["build", "query", "KGError", "__version__"]
