"""Resolution across articles on hand-built mentions (fast, exact), plus one run on the seeds."""
from __future__ import annotations

import pytest
from conftest import SEEDS

from kg.facts import COUNTRY, ORGANIZATION, PERSON, PLACE, Article, ArticleFacts, Evidence, Mention, Quote
from kg.resolve import resolve


def _p(name, start, role=None, text=None, affiliation=None):
    return Mention(kind=PERSON, name=name, text=text or (f"{role} {name}" if role else name),
                   start=start, end=start + 10, role=role, affiliation=affiliation)


def _facts(aid, *mentions, quotes=()):
    return ArticleFacts(article=Article(id=aid, text="", source=aid), mentions=tuple(mentions), quotes=quotes)


def _alone(name, aid):
    """Key of an unresolved bare name: a node of its own article."""
    return f"person/{name}-{_facts(aid).article.uid[:8]}"


def _key(res, aid, m):
    return res.key_of(_facts(aid).article.uid, m)


def test_title_forms_and_surname_are_one_person_within_article():
    ms = [_p("Xi Jinping", 0, "Chinese President"), _p("Xi", 100, "President"), _p("Xi", 200)]
    res = resolve([_facts("a", *ms)])
    assert {_key(res, "a", m) for m in ms} == {"person/xi-jinping"}
    xi = res.entities["person/xi-jinping"]
    assert xi.label == "Xi Jinping"
    assert set(xi.alt_labels) >= {"Chinese President Xi Jinping", "President Xi", "Xi"}
    assert set(xi.roles) == {"Chinese President", "President"}


def test_roles_kept_once_per_spelling():
    ms = [_p("S Jaishankar", 0, "external affairs minister"), _p("S Jaishankar", 50, "External Affairs Minister"),
          _p("S Jaishankar", 90, "minister")]
    res = resolve([_facts("a", *ms)])
    assert res.entities["person/s-jaishankar"].roles == ("External Affairs Minister", "minister")


def test_same_person_across_articles():
    a, b = _p("Narendra Modi", 0, "Prime Minister"), _p("Narendra Modi", 5)
    res = resolve([_facts("a", a), _facts("b", b)])
    assert _key(res, "a", a) == _key(res, "b", b) == "person/narendra-modi"


def test_people_sharing_a_surname_stay_apart():
    yi, wenbin = _p("Wang Yi", 0, "foreign minister"), _p("Wang Wenbin", 50, "foreign ministry spokesperson")
    res = resolve([_facts("a", yi, wenbin)])
    assert _key(res, "a", yi) != _key(res, "a", wenbin)


def test_surname_goes_to_most_recent_compatible_full_name():
    wenbin, yi = _p("Wang Wenbin", 0, "foreign ministry spokesperson"), _p("Wang Yi", 100, "foreign minister")
    bare = _p("Wang", 200)
    res = resolve([_facts("a", wenbin, yi, bare)])
    assert _key(res, "a", bare) == "person/wang-yi"


def test_title_picks_between_people_sharing_a_surname():
    # "foreign ministry spokesperson Wang" right after the minister was mentioned
    wenbin, yi = _p("Wang Wenbin", 0, "foreign ministry spokesperson"), _p("Wang Yi", 100, "foreign minister")
    spokes, minister = _p("Wang", 200, "foreign ministry spokesman"), _p("Wang", 300, "minister")
    later = _p("Wang", 250)
    res = resolve([_facts("a", wenbin, yi, spokes, later, minister)])
    assert _key(res, "a", spokes) == "person/wang-wenbin"
    assert _key(res, "a", later) == "person/wang-wenbin"      # the latest Wang mentioned
    assert _key(res, "a", minister) == "person/wang-yi"


def _org(name, start=500):
    return Mention(ORGANIZATION, name, name, start, start + len(name))


def test_surname_only_article_resolves_across_articles_when_unambiguous():
    bare = _p("Jaishankar", 0)
    res = resolve([_facts("a", _p("S Jaishankar", 0), _org("Ministry of External Affairs")),
                   _facts("c", _p("S Jaishankar", 0)), _facts("b", bare, _org("Ministry of External Affairs"))])
    assert _key(res, "b", bare) == "person/s-jaishankar"


def test_surname_only_article_sharing_nothing_stays_apart():
    # BBC: a "Frost" in a rugby team sheet is not Sir David Frost named in full in other articles
    bare = _p("Frost", 0)
    res = resolve([_facts("a", _p("David Frost", 0), _org("BBC")), _facts("c", _p("David Frost", 0)),
                   _facts("b", bare, _org("Borders"))])
    assert _key(res, "b", bare) == _alone("frost", "b")


def test_shared_title_ties_a_surname_across_articles():
    bare = _p("Bush", 0, "President")
    res = resolve([_facts("a", _p("George W Bush", 0, "US President")), _facts("b", bare)])
    assert _key(res, "b", bare) == "person/george-w-bush"


def test_royal_title_goes_with_a_given_name_not_a_surname():
    # "Prince Charles" is not Ray Charles, however well known the singer is in other articles
    bare = _p("Charles", 0, text="Prince Charles")
    res = resolve([*(_facts(f"a{i}", _p("Ray Charles", 0), _org("Palace")) for i in range(3)),
                   _facts("b", bare, _org("Palace"))])
    assert _key(res, "b", bare) == _alone("charles", "b")


def test_untitled_surname_needs_a_name_seen_in_several_articles():
    # a character or team-sheet entry named in full once is too weak to pull a bare word in
    bare = _p("Tom", 0)
    res = resolve([_facts("a", _p("Peter Tom", 0)), _facts("b", bare)])
    assert _key(res, "b", bare) == _alone("tom", "b")


def test_surname_only_article_stays_apart_when_ambiguous():
    bare = _p("Wang", 0)
    res = resolve([_facts("a", _p("Wang Yi", 0), _p("Wang Wenbin", 50)), _facts("b", bare)])
    assert _key(res, "b", bare) == _alone("wang", "b")


def test_title_disambiguates_across_articles():
    bare = _p("Wang", 0, "Foreign Minister")
    res = resolve([_facts("a", _p("Wang Yi", 0, "Chinese Foreign Minister"),
                          _p("Wang Wenbin", 50, "spokesperson")), _facts("b", bare)])
    assert _key(res, "b", bare) == "person/wang-yi"


def test_initial_and_dotted_initial_are_one_person():
    a, b = _p("S Jaishankar", 0), _p("S. Jaishankar", 0, text="Dr. S. Jaishankar")
    res = resolve([_facts("a", a), _facts("b", b)])
    assert _key(res, "a", a) == _key(res, "b", b)


def test_initial_joins_full_given_name_when_unique():
    a, b = _p("Subrahmanyam Jaishankar", 0), _p("S Jaishankar", 0)
    res = resolve([_facts("a", a), _facts("b", b)])
    assert _key(res, "b", b) == "person/subrahmanyam-jaishankar"


def test_label_is_the_given_name_though_the_initial_is_commoner():
    # team sheets write "A Craig" in many articles; one article names him "Andy Craig"
    full, *sheets = _p("Andy Craig", 0), _p("A Craig", 0), _p("A Craig", 0), _p("A Craig", 0)
    res = resolve([_facts("a", full), *(_facts(f"s{i}", m) for i, m in enumerate(sheets))])
    assert res.entities[_key(res, "a", full)].label == "Andy Craig"


def test_surname_with_its_particle_is_the_full_name_in_the_article():
    # Reuters: "Willy de Clercq ... De Clercq is on his way": one person, not a second "De Clercq"
    full, short = _p("Willy de Clercq", 0), _p("De Clercq", 100)
    res = resolve([_facts("a", full, short)])
    assert _key(res, "a", short) == _key(res, "a", full) == "person/willy-de-clercq"


def test_capitalised_van_is_a_given_name():
    van, jim = _p("Van Morrison", 0), _p("Jim Morrison", 100)
    res = resolve([_facts("a", van, jim)])
    assert _key(res, "a", van) != _key(res, "a", jim)


def test_team_sheet_surnames_stay_in_their_article():
    # a match report lists a dozen players by surname; its "Howard" is no politician of another article
    club = Mention(kind=ORGANIZATION, name="Old Trafford", text="Old Trafford", start=500, end=512)
    named = [_facts("p1", _p("Michael Howard", 0, "Tory leader"), club), _facts("p2", _p("Michael Howard", 0))]
    surnames = ["Carroll", "Neville", "Ferdinand", "Brown", "Heinze", "Keane", "Fortune", "Rooney", "Scholes",
                "Howard", "Bellion", "Giggs"]
    sheet = [_p(n, 10 * i) for i, n in enumerate(surnames)]
    res = resolve([*named, _facts("m", *sheet, club)])
    assert _key(res, "m", sheet[9]) == _alone("howard", "m")
    # the same article with two names only ties "Howard" to the man of the shared club's article
    res = resolve([*named, _facts("m", sheet[0], sheet[9], club)])
    assert _key(res, "m", sheet[9]) == "person/michael-howard"


def test_countries_by_code_with_every_form_as_alt_label():
    forms = [Mention(COUNTRY, "China", t, i * 10, i * 10 + 5, code="CN")
             for i, t in enumerate(["China", "Chinese", "Beijing"])]
    res = resolve([_facts("a", *forms)])
    assert {_key(res, "a", m) for m in forms} == {"country/CN"}
    china = res.entities["country/CN"]
    assert (china.label, china.code, set(china.alt_labels)) == ("China", "CN", {"Chinese", "Beijing"})


def test_affiliations_become_keys():
    country = Mention(COUNTRY, "China", "Chinese", 0, 7, code="CN")
    ministry = Mention(ORGANIZATION, "Chinese Foreign Ministry", "Chinese foreign ministry", 0, 24,
                       affiliation=country)
    person = _p("Wang Wenbin", 30, "Chinese Foreign Ministry spokesman", affiliation=ministry)
    place = Mention(PLACE, "Ladakh", "Ladakh", 80, 86, affiliation=Mention(COUNTRY, "India", "Ladakh", 80, 86,
                                                                           code="IN"))
    res = resolve([_facts("a", ministry, person, place)])
    assert res.entities["person/wang-wenbin"].affiliations == ("organization/chinese-foreign-ministry",)
    assert res.entities["organization/chinese-foreign-ministry"].affiliations == ("country/CN",)
    assert res.entities["place/ladakh"].affiliations == ("country/IN",)


def test_quote_speakers_get_keys_and_pronouns_are_not_alt_labels():
    full = _p("Xi Jinping", 0)
    he = Mention(PERSON, "Xi Jinping", "he", 300, 302)
    ev = Evidence("a", 290, 320, "...", "quotes.v1")
    res = resolve([_facts("a", full, quotes=(Quote("text", he, "said", False, ev),))])
    assert _key(res, "a", he) == "person/xi-jinping"
    assert "he" not in res.entities["person/xi-jinping"].alt_labels


def test_every_mention_has_a_key_and_an_entity():
    ms = [_p("Wang", 0), Mention(ORGANIZATION, "Xinhua", "Xinhua", 20, 26),
          Mention(PLACE, "Wuhan", "Wuhan", 40, 45)]
    res = resolve([_facts("a", *ms)])
    for m in ms:
        assert _key(res, "a", m) in res.entities


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds/ absent")
def test_seed_people_are_five_canonical_nodes(nlp):
    from kg.extract.entities.mentions import extract_entities
    facts = []
    for path in sorted(SEEDS.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        article = Article(id=path.stem, text=doc.text, source=str(path))
        facts.append(ArticleFacts(article=article, mentions=tuple(extract_entities(doc, article))))
    res = resolve(facts)
    people = {e.label for e in res.entities.values() if e.kind == PERSON}
    assert people == {"Xi Jinping", "Narendra Modi", "Wang Yi", "Wang Wenbin", "S Jaishankar"}
    assert {"country/CN", "country/IN", "organization/xinhua", "organization/sichuan-airlines",
            "place/ladakh"} <= set(res.entities)


def test_surname_goes_across_articles_to_a_dominant_full_name():
    many = [_facts(f"a{i}", _p("Tony Blair", 0), _org(f"Labour {i}")) for i in range(10)]
    bare = _p("Blair", 0, text="Mr Blair")
    res = resolve([*many, _facts("r", _p("Cherie Blair", 0)), _facts("b", bare, _org("Labour 3"))])
    assert _key(res, "b", bare) == "person/tony-blair"


def test_untitled_one_word_person_named_otherwise_elsewhere_takes_that_kind():
    # the small model tags a company PERSON in one article and ORG in another
    org = Mention(ORGANIZATION, "Yukos", "Yukos", 0, 5)
    bare = _p("Yukos", 0)
    res = resolve([_facts("a", org), _facts("b", bare)])
    assert _key(res, "b", bare) == "organization/yukos"
    assert not [e for e in res.entities.values() if e.kind == PERSON]


def test_titled_one_word_person_stays_a_person():
    org = Mention(ORGANIZATION, "Dean", "Dean", 0, 4)
    titled = _p("Dean", 0, text="Mr Dean")
    res = resolve([_facts("a", org), _facts("b", titled)])
    assert _key(res, "b", titled) == _alone("dean", "b")


def test_across_articles_a_surname_beats_a_given_name():
    bare = _p("Kerry", 0, text="Mr Kerry")
    res = resolve([_facts("a", _p("John Kerry", 0), _org("Democrats")), _facts("b", _p("Kerry McFadden", 0)),
                   _facts("c", bare, _org("Democrats"))])
    assert _key(res, "c", bare) == "person/john-kerry"


def test_generational_suffix_is_not_the_surname():
    full, bare = _p("Joseph R Biden Jr.", 0), _p("Biden", 50, text="Mr Biden")
    res = resolve([_facts("a", full, _org("Senate")), _facts("b", bare, _org("Senate"))])
    assert _key(res, "b", bare) == _key(res, "a", full)


def test_role_nouns_are_not_alt_labels_of_organisations():
    airline = Mention(ORGANIZATION, "Sichuan Airlines", "Sichuan Airlines", 0, 16)
    again = Mention(ORGANIZATION, "Sichuan Airlines", "the airline", 100, 111)
    res = resolve([_facts("a", airline, again)])
    assert _key(res, "a", again) == "organization/sichuan-airlines"
    assert "the airline" not in res.entities["organization/sichuan-airlines"].alt_labels


def test_bare_given_name_is_not_merged_across_articles():
    bare = _p("Andre", 0)
    res = resolve([_facts("a", _p("Andre Agassi", 0)), _facts("b", bare)])
    assert _key(res, "b", bare) == _alone("andre", "b")


def test_titled_family_name_first_is_merged_across_articles():
    bare = _p("Xi", 0, "President")
    res = resolve([_facts("a", _p("Xi Jinping", 0, "Chinese President")), _facts("b", bare)])
    assert _key(res, "b", bare) == "person/xi-jinping"


def test_word_mostly_written_as_a_club_is_not_a_surname_across_articles():
    # "Blackburn" the football club, tagged PERSON once, ORG twice; a DJ of that surname elsewhere
    club = [Mention(ORGANIZATION, "Blackburn", "Blackburn", i, i + 9) for i in (0, 50)]
    bare = _p("Blackburn", 0)
    res = resolve([_facts("a", _p("Tony Blackburn", 0)), _facts("b", *club), _facts("c", bare)])
    assert _key(res, "c", bare) == "organization/blackburn"


def test_unresolved_bare_name_is_one_node_per_article():
    a, b = _p("Miller", 0, text="Miller"), _p("Miller", 0, text="Miller")
    res = resolve([_facts("a", a), _facts("b", b)])
    assert _key(res, "a", a) != _key(res, "b", b)


def test_articles_with_the_same_file_stem_stay_apart():
    # business/001.txt and sport/001.txt both have id "001"
    m = _p("Miller", 0, text="Miller")
    one = ArticleFacts(article=Article(id="001", text="", source="business/001.txt"), mentions=(m,))
    two = ArticleFacts(article=Article(id="001", text="", source="sport/001.txt"), mentions=(m,))
    res = resolve([one, two])
    assert res.key_of(one.article.uid, m) != res.key_of(two.article.uid, m)


def test_an_unnamed_group_is_one_node_per_article():
    # "police" in two stories are two forces; within one story the same group speaks twice
    from kg.facts import GROUP
    g = [Mention(kind=GROUP, name="police", text="Police", start=s, end=s + 6) for s in (0, 50)]
    res = resolve([_facts("a", g[0], g[1]), _facts("b", g[0])])
    assert _key(res, "a", g[0]) == _key(res, "a", g[1]) != _key(res, "b", g[0])
    assert res.entities[_key(res, "a", g[0])].kind == GROUP


def test_arabic_surname_without_its_article_is_the_same_person():
    # Reuters: "Khalaf al-Oteiba, Marketing Director at ADNOC, ..." then "Oteiba said ..."
    ms = [_p("Khalaf al-Oteiba", 0), _p("Oteiba", 100)]
    res = resolve([_facts("a", *ms)])
    assert {_key(res, "a", m) for m in ms} == {"person/khalaf-al-oteiba"}


def test_bare_al_is_no_surname_of_anyone():
    ms = [_p("Khalaf al-Oteiba", 0), _p("Al", 100)]
    res = resolve([_facts("a", *ms)])
    assert _key(res, "a", ms[1]) != "person/khalaf-al-oteiba"


def test_surname_spelt_with_a_hyphen_joins_the_spaced_full_name_in_the_article():
    # BBC politics/325: "Robert Kilroy Silk" ... "Mr Kilroy-Silk"
    full, bare = _p("Robert Kilroy Silk", 0), _p("Kilroy-Silk", 100, text="Mr Kilroy-Silk")
    res = resolve([_facts("a", full, bare)])
    assert _key(res, "a", bare) == _key(res, "a", full) == "person/robert-kilroy-silk"


def test_surname_missing_a_doubled_letter_joins_the_full_name_in_the_article():
    # BBC politics/143: "Labour MP Diane Abbot" ... "Ms Abbott"
    full, bare = _p("Diane Abbot", 0, "Labour MP"), _p("Abbott", 100, text="Ms Abbott")
    res = resolve([_facts("a", full, bare)])
    assert _key(res, "a", bare) == _key(res, "a", full)


def test_near_spelling_never_joins_a_person_of_another_article():
    full, bare = _p("Diane Abbot", 0), _p("Abbott", 100, text="Ms Abbott")
    res = resolve([_facts("a", full), _facts("b", bare)])
    assert _key(res, "b", bare) != _key(res, "a", full)


def _cached_facts(out) -> list[ArticleFacts]:
    import json

    from kg.factcache import from_json
    found = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((out / "cache").glob("*.json"))]
    return [from_json(d["facts"]) for d in found if "facts" in d]


def test_articles_prepared_while_parsing_resolve_and_quote_as_unprepared(seeds_out):
    # a build prepares its cached articles' sorted mentions and quote words while the new ones are
    # parsed (kg.build._while_parsing); an article prepared and then changed, one never prepared
    # and one prepared but no longer built must not change what resolution and quote identities say
    import dataclasses

    from kg import quote_identity
    from kg import resolve as resolution
    first, second = _cached_facts(seeds_out)
    assert first.quotes and second.quotes
    edited = dataclasses.replace(second, mentions=second.mentions[1:])      # same article, other facts
    extra = _facts("extra", _p("Xi", 5), quotes=(Quote(text=first.quotes[0].text, speaker=_p("Xi", 5),
                                                       cue="said", direct=True,
                                                       evidence=Evidence("extra", 0, 9, "x", "quotes.v1")),))
    for built, prepared in (([first, second], [first, second]), ([first, edited, extra], [first, second]),
                            ([edited], [first, second, extra])):
        unprepared = resolve(built)
        quotes = quote_identity.quote_identities(built, unprepared)
        resolution.prepare(prepared)
        quote_identity.prepare(prepared)
        res = resolve(built)
        assert (res.keys, res.entities) == (unprepared.keys, unprepared.entities)
        assert quote_identity.quote_identities(built, res) == quotes
    assert not resolution._PREPARED and not quote_identity._PREPARED     # nothing held after a build


def test_cached_facts_read_back_equal_with_every_mention_field_set():
    # kg.factcache reads mentions by position: a field added to Mention and not read back would
    # come back as its default, and the round trip would differ
    import dataclasses
    import json

    from kg.factcache import from_json, to_json
    country = Mention(kind=COUNTRY, name="India", text="India's", start=0, end=7, code="IN")
    fields = {f.name: f"x-{f.name}" for f in dataclasses.fields(Mention)} | {"start": 3, "end": 9}
    full = Mention(**fields | {"affiliation": country})
    quote = Quote(text="We will export more", speaker=full, cue="said", direct=True, addressee=country,
                  evidence=Evidence("a", 0, 9, "We will export more, he said.", "quotes.v1", 0.5))
    facts = ArticleFacts(article=Article(id="a", text="text", source="a.txt"), mentions=(full, country),
                         quotes=(quote,))
    assert from_json(json.loads(json.dumps(to_json(facts)))) == facts
