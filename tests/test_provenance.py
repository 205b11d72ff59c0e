"""Every fact leads back to the words that produced it."""
from pathlib import Path

from kg import query
from kg.quote_identity import words

EVIDENCE = """SELECT ?fact ?text ?src ?start ?end ?sentence WHERE {
  ?fact kg:evidence ?ev . ?ev kg:article ?a ; kg:charStart ?start ; kg:charEnd ?end ; kg:sentence ?sentence .
  ?a dcterms:source ?src .
  OPTIONAL { ?fact kg:text ?text } }"""


def is_subsequence(needle: list[str], hay: list[str]) -> bool:
    rest = iter(hay)
    return all(word in rest for word in needle)


def test_is_subsequence_keeps_order():
    assert is_subsequence(["a", "c"], ["a", "b", "c"])
    assert not is_subsequence(["c", "a"], ["a", "b", "c"])


def test_evidence_offsets_point_into_the_article_file(seeds_out):
    rows = query(EVIDENCE, out=seeds_out)
    assert rows, "the seeds must give facts with evidence"
    root = Path(__file__).resolve().parent.parent
    for row in rows:
        text = (root / row["src"]).read_text(encoding="utf-8")
        assert 0 <= row["start"] < row["end"] <= len(text)
        span = text[row["start"]:row["end"]]
        if row["text"] is not None:
            # quotes: the span holds the quoted words in order; an interrupted quote (“A,” he said,
            # “B.”) is stored as "A B", so its words are a subsequence of the span, not a substring
            assert is_subsequence(words(row["text"]), words(span)), (row["text"], span)


def test_every_fact_has_a_source_article(seeds_out):
    orphans = query("SELECT ?f WHERE { { ?f a kg:Quote } UNION { ?f a kg:Export } "
                    "FILTER NOT EXISTS { ?f kg:source/a kg:Article } }", out=seeds_out)
    assert orphans == []
