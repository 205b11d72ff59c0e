"""Words the wire capitalises after "U.S." go back to lower case before parsing; names stay."""
from kg.extract.shared.wire_case import lower_wire_capitals

# Reuters, 1987: "Exports to the U.S. Rose 23 pct to 640 mln dlrs and imports fell 26.7 pct to 840 mln."
WIRE = "Exports to the U.S. Rose 23 pct to 640 mln dlrs and imports fell 26.7 pct to 840 mln."


def test_a_change_verb_after_us_is_lower_case_and_offsets_stay():
    fixed = lower_wire_capitals(WIRE)
    assert "the U.S. rose 23 pct" in fixed and len(fixed) == len(WIRE)


def test_closed_class_words_are_lowered_and_names_kept():
    text = "the U.S. And Japan; the U.S. Is to lend; U.S. Agriculture Department; U.S. Wheat Associates"
    assert lower_wire_capitals(text) == ("the U.S. and Japan; the U.S. is to lend; U.S. Agriculture Department; "
                                         "U.S. Wheat Associates")


def test_the_parser_then_reads_the_flow(nlp):
    from kg.extract.trade.exports import extract_exports
    from kg.facts import Article
    text = "PEKING, April 8 - " + WIRE
    doc = nlp(lower_wire_capitals(text))
    events = list(extract_exports(doc, Article(id="w", text=text, source="w", dateline="PEKING")))
    assert any(e.destination and e.destination.code == "US" and e.value == 640_000_000 for e in events)


def test_a_capital_possessive_lede_is_title_case_and_a_capital_line_is_not():
    text = "SOUTH KOREA'S car exports rose in May.\nEXPORTS BY DESTINATION'S TABLE"
    fixed = lower_wire_capitals(text)
    assert fixed.startswith("South Korea's car exports") and fixed.endswith("DESTINATION'S TABLE")
    assert len(fixed) == len(text)
