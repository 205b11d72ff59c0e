"""kg.query_df: SPARQL results as a pandas DataFrame with typed columns."""
import pandas as pd

from kg import query_df


def test_numbers_are_numbers_and_dates_are_datetimes(seeds_out):
    df = query_df("SELECT ?exporter ?quantity ?day WHERE { ?e a kg:Export ; kg:exporter/rdfs:label ?exporter ; "
                  "kg:quantity ?quantity ; kg:source/dcterms:date ?day }", out=seeds_out)
    assert len(df) >= 4 and set(df["exporter"]) == {"China"}
    assert pd.api.types.is_float_dtype(df["quantity"]) and df["quantity"].max() == 26000
    assert pd.api.types.is_datetime64_any_dtype(df["day"])
    assert df.groupby("exporter")["quantity"].sum()["China"] > 26000      # usable as a frame at once


def test_an_empty_result_keeps_its_columns(seeds_out):
    df = query_df("SELECT ?x ?y WHERE { ?x a kg:NoSuchClass ; rdfs:label ?y }", out=seeds_out)
    assert list(df.columns) == ["x", "y"] and df.empty


def test_graph_is_an_rdflib_dataset_over_the_store(seeds_out, tmp_path):
    import pytest

    from kg import KGError, graph
    ds = graph(seeds_out)
    built = ds.query("CONSTRUCT { ?c <https://w3id.org/newskg/ontology#exported> ?i } "
                     "WHERE { ?c <https://w3id.org/newskg/ontology#exported> ?i }").graph
    assert len(built) >= 4
    assert any("Xi Jinping" in str(o) for o in ds.objects(None, None))
    with pytest.raises(KGError, match="no graph store"):
        graph(tmp_path / "nowhere")
