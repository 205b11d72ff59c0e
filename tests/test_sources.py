"""Reading articles: dates and headlines from the first line, jsonl, html, globs, clear errors."""
import datetime as dt
import json

import pytest
from conftest import SEEDS

from kg.errors import KGError
from kg.sources import read


def test_date_prefix_on_the_first_line_is_metadata():
    (src,) = read([SEEDS / "000_4e1ba4d2cf9b51b0.txt"])
    assert src.article.date == dt.date(2021, 5, 1)
    # the prose after the header is not part of the header
    assert src.article.text[src.header_end:].lstrip().startswith("Chinese President")


def test_date_line_with_time_and_zone_is_parsed():
    (src,) = read([SEEDS / "002_174da96adf608f97.txt"])
    assert src.article.date == dt.date(2021, 4, 30)
    assert src.article.title is None


def test_headline_line_becomes_title(tmp_path):
    # BBC corpus layout: headline, blank line, body
    path = tmp_path / "001.txt"
    path.write_text("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant "
                    "TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December.\n")
    (src,) = read([path])
    assert src.article.title == "Ad sales boost Time Warner profit"
    assert src.article.date is None
    assert src.article.id == "001"


def test_text_is_kept_verbatim_so_offsets_match_the_file():
    (src,) = read([SEEDS / "000_4e1ba4d2cf9b51b0.txt"])
    assert src.article.text == (SEEDS / "000_4e1ba4d2cf9b51b0.txt").read_text(encoding="utf-8")


def test_jsonl_gives_one_article_per_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [{"id": "a1", "text": "India said on Monday it would buy more oil.", "title": "Oil",
             "date": "2021-04-30", "url": "https://example.org/a1"},
            {"text": "The minister said nothing."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    first, second = read([path])
    assert first.article.id == "a1" and first.article.date == dt.date(2021, 4, 30)
    assert first.article.source == "https://example.org/a1"
    assert second.article.id == "feed-2"
    assert first.key != second.key


def test_jsonl_line_without_text_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok"}\n{"title": "no text"}\n')
    with pytest.raises(KGError, match=r"bad.jsonl:2"):
        list(read([path]))


def test_html_main_text_title_and_date(tmp_path):
    body = " ".join(["The trade ministry said exports of rice rose sharply last year."] * 6)
    path = tmp_path / "page.html"
    path.write_text(f"""<html><head><title>Rice exports climb</title>
        <meta property="article:published_time" content="2021-03-02"></head>
        <body><nav>Home | World | Business</nav><article><h1>Rice exports climb</h1>
        <p>{body}</p><p>{body}</p></article><footer>Copyright</footer></body></html>""")
    (src,) = read([path])
    assert "exports of rice" in src.article.text
    assert "Copyright" not in src.article.text
    assert src.article.title == "Rice exports climb"
    assert src.article.date == dt.date(2021, 3, 2)


def test_folder_and_glob_find_the_same_files():
    by_folder = [s.key for s in read([SEEDS])]
    by_glob = [s.key for s in read([str(SEEDS / "*.txt")])]
    assert by_folder == by_glob and len(by_folder) == 2


@pytest.mark.parametrize("given, message", [("no/such/file.txt", "no such file"),
                                            ("no/such/*.txt", "no files match")])
def test_missing_input_is_a_clear_error(given, message):
    with pytest.raises(KGError, match=message):
        list(read([given]))


def test_authors_from_a_byline_a_jsonl_field_and_html_meta(tmp_path):
    txt = tmp_path / "story.txt"
    txt.write_text("Talks resume\n\nBy Jane Doe, CBC News\n\nOttawa said on Monday the talks would resume.\n")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "b1", "text": "The minister said nothing.", "author": "Jane Doe; John Roe"}))
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Talks</title><meta name=\"author\" content=\"Ann Lee\"></head><body>"
                    "<article><p>" + "Ottawa said on Monday the talks would resume after a long pause. " * 5
                    + "</p></article></body></html>")
    by_id = {s.article.id: s.article for s in read([txt, feed, page])}
    assert by_id["story"].authors == ("Jane Doe",)
    assert by_id["b1"].authors == ("Jane Doe", "John Roe")
    assert by_id["page"].authors == ("Ann Lee",)


def test_authors_survive_the_fact_cache():
    from kg.factcache import from_json, to_json
    from kg.facts import Article, ArticleFacts
    facts = ArticleFacts(article=Article(id="a", text="t", source="s", authors=("Jane Doe",)))
    assert from_json(json.loads(json.dumps(to_json(facts)))).article.authors == ("Jane Doe",)


def test_html_date_from_metadata_never_from_a_year_in_the_prose(tmp_path):
    body = ("<article><p>The minister said in 2021 the budget would be cut. Critics said the plan of 2021 "
            "was unfair to pensioners and would hurt the poorest families the most.</p><p>Officials said "
            "talks would resume in March 2021 after the recess.</p></article>")
    undated = tmp_path / "undated.html"
    undated.write_text(f"<html><head><title>Budget row</title></head><body>{body}</body></html>")
    dated = tmp_path / "dated.html"
    dated.write_text("<html><head><title>Budget row</title><meta property=\"article:published_time\" "
                     f"content=\"2020-05-03T10:00:00Z\"></head><body>{body}</body></html>")
    by_id = {s.article.id: s.article for s in read([undated, dated])}
    assert by_id["undated"].date is None and by_id["undated"].date_source is None
    assert by_id["dated"].date == dt.date(2020, 5, 3) and by_id["dated"].date_source == "html metadata"


def test_text_date_line_is_its_source():
    (src,) = read([SEEDS / "000_4e1ba4d2cf9b51b0.txt"])
    assert src.article.date_source == "first line"


@pytest.mark.parametrize("first,is_title", [
    ("Labour plans maternity pay rise", True),                                   # BBC: sentence case, no stop
    ("Stealth Over Health: Clinton Was Headed to ER But Diverted.", True),       # title case, a stop
    ('Foreign Minister Jane Doe said on Monday: "we will not change course," in a speech.', False),
])
def test_a_first_line_is_a_title_only_if_it_reads_as_a_headline(tmp_path, first, is_title):
    path = tmp_path / "a.txt"
    path.write_text(f"{first}\n\nThe second paragraph says more about it, as stories do.\n", encoding="utf-8")
    (src,) = read([path])
    assert (src.article.title == first) is is_title


def test_a_numeric_character_reference_in_plain_text_is_its_character(tmp_path):
    from kg.sources import read_txt
    path = tmp_path / "a.txt"
    path.write_text("EU chief meets China\n\nJos&#233; Manuel Barroso said it was a step. Caf&#xE9; owners, "
                    "R&D and &amp; stay as written.\n", encoding="utf-8")
    text = read_txt(path).article.text
    assert "José Manuel Barroso" in text and "Café" in text and "R&D and &amp; stay" in text


@pytest.mark.parametrize("opening, place", [
    ("SALVADOR, Feb 26 - Brazil's cocoa", "SALVADOR"),
    ("KUALA LUMPUR 1996-09-10\n\nMalaysia's cocoa", "KUALA LUMPUR"),   # Reuters of the 1990s
    ("LONDON 1996-08-20 - Britain's cocoa", "LONDON"),
    ("Singapore, 20 April (Argus) — Malaysia's cocoa", "Singapore"),   # mixed case before an agency
    ("Addis Abeba, July 19/2023 - Ethiopia's cocoa", "Addis Abeba"),    # or before a date with its year
    ("Accra, 5 March 2024 - Ghana's cocoa", "Accra"),
    ("ACCRA 1996-09-10\nACCRA, Sept 10 (Reuter) - Ghana's cocoa", "ACCRA"),   # the city again in the lead
    ("KARACHI, Sept 10 (APP): Pakistan's cocoa", "KARACHI"),   # an agency that closes with a colon
    ("Lahore, Sept 10 (APP): Pakistan's cocoa", "Lahore"),
    ("Addis Ababa, Sept 10/1996(ENA) Ethiopia's cocoa", "Addis Ababa"),   # a dated agency line, no dash
    ("TOKYO, Sept 10, Kyodo -- Japan's cocoa", "TOKYO"),   # the agency after the date, no brackets
    ("KIEV, Sept 10 (APK-Inform) - Ukraine's cocoa", "KIEV"),   # an agency's name with a hyphen
])
def test_a_wire_dateline_is_the_place_and_part_of_the_header(tmp_path, opening, place):
    path = tmp_path / "wire.txt"
    path.write_text(f"1996-09-10\nCocoa exports rise\n\n{opening} exports rose 5 percent.\n")
    (src,) = read([path])
    assert src.article.dateline == place
    assert src.article.text[src.header_end:].lstrip().startswith(opening.split()[-2])   # the prose


def test_a_dow_jones_dateline_with_an_unspaced_dash_is_the_place(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("2002-05-17\nCanada trade surplus widens\n\nOTTAWA (Dow Jones)--Canada's exports rose.\n")
    (src,) = read([path])
    assert src.article.dateline == "OTTAWA"
    assert src.article.text[src.header_end:].startswith("Canada's exports")


def test_a_city_and_a_colon_is_a_dateline_but_a_label_is_not(tmp_path):
    path = tmp_path / "daily.txt"
    path.write_text("2023-07-20\nTextile exports slump\n\nKARACHI: The country's textile exports fell.\n")
    (src,) = read([path])
    assert src.article.dateline == "KARACHI"
    path.write_text("2023-07-20\nTextile exports slump\n\nNOTE: The country's textile exports fell.\n")
    (src,) = read([path])
    assert src.article.dateline is None
