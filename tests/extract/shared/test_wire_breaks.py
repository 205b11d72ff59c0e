"""Digest items joined by an unspaced ellipsis are parsed as separate sentences (kg.nlp's pipeline)."""
from conftest import MODEL

from kg import nlp as pipeline

# Quoted from a 1987 Reuters digest: two items, one sentence for the parser without the break.
DIGEST = ("The USDA announced Colombia has been made eligible for sale of up to 15,000 tonnes of U.S. barley "
          "malt under the EEP...The Canadian Grain Commission reported Canadian wheat exports in the week "
          "ended March 29 totalled 447,200 tonnes.")


def test_unspaced_ellipsis_before_a_capital_starts_a_sentence():
    doc = pipeline.load(MODEL)(DIGEST)
    assert [s.text.split()[0] for s in doc.sents] == ["The", "The"]
    second = list(doc.sents)[1]
    assert all(t.head.i >= second.start for t in second)   # no arc back into the first item


def test_ellipsis_inside_a_number_or_before_lower_case_is_no_break():
    doc = pipeline.load(MODEL)("Exports rose to 4.5 billion dlrs...and imports fell, officials said.")
    assert len(list(doc.sents)) == 1
