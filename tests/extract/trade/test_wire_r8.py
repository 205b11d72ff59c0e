"""Wire language of the eighth round (short fixtures quoted from the 1987 Reuters corpus, spent sets
only), read the way `kg build` reads a file."""
from decimal import Decimal

import pytest

from kg.build import parser_text
from kg.extract.trade.exports import extract_exports
from kg.sources import read_txt


@pytest.fixture
def story(nlp, tmp_path):
    def read(body: str, headline: str = "TRADE FIGURES", date: str = "1987-04-01"):
        path = tmp_path / "reut-t.txt"
        path.write_text(f"{date}\n{headline}\n\n{body}\n", encoding="utf-8")
        src = read_txt(path)
        return list(extract_exports(nlp(parser_text(src)), src.article))
    return read


def rows(out):
    return [(e.exporter and e.exporter.code, e.destination and e.destination.code, e.items, e.quantity, e.unit,
             e.value, e.currency) for e in out]


def test_quintales_are_a_unit_of_the_story_goods(story):
    # Spanish-speaking producers count coffee in quintales (the plural as the wire writes it)
    out = story("LIMA, April 1 - Peru's coffee exports are under threat, producers said.\n\n"
                "He said Peru exported 1,616,101 quintales in the year to September 1986.",
                headline="PERU COFFEE EXPORTS")
    assert ("PE", None, ("coffee",), Decimal(1616101), "quintal", None, None) in rows(out)


def test_rupees_are_the_story_countrys(story):
    out = story("KARACHI, April 1 - Exports fell to 5.04 billion rupees (provisional) in February from "
                "5.34 billion (final) in January.", headline="PAKISTAN TRADE DEFICIT")
    assert [r[-2:] for r in rows(out)] == [(Decimal("5040000000"), "PKR")]


def test_dinars_are_the_story_countrys(story):
    out = story("BELGRADE, April 1 - Total exports from January 1 to March 23 were valued at 875.59 billion "
                "dinars.", headline="YUGOSLAV EXPORTS RISE")
    assert [r[-2:] for r in rows(out)] == [(Decimal("875590000000"), "YUD")]
