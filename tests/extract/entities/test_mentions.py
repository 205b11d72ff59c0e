"""Entity mentions on real sentences (the seed articles and BBC-style text).

Each sentence is a hard case for the small model: it tags "Ladakh" as a
person, "Wang" as an organisation, misses lower-case ministries, and puts
titles next to names.
"""
from __future__ import annotations

import pytest

from kg.extract.entities.mentions import doc_mentions, mention_from_span
from kg.extract.shared.countries import country_code, place_country
from kg.extract.shared.titles import clean_name, role_head, strip_title
from kg.facts import COUNTRY, ORGANIZATION, PERSON, PLACE


def _by_kind(nlp, text, kind):
    return [m for m in doc_mentions(nlp(text)) if m.kind == kind]


@pytest.mark.parametrize("name,code", [
    ("India", "IN"), ("Indian", "IN"), ("Chinese", "CN"), ("Beijing", "CN"), ("New Delhi", "IN"),
    ("the US", "US"), ("America", "US"), ("U.S.", "US"), ("Britain", "GB"), ("British", "GB"),
    ("Russia", "RU"), ("South Korea", "KR"), ("Americans", "US"), ("India’s", "IN"),
])
def test_country_code_from_any_form(name, code):
    assert country_code(name) == code


def test_country_code_none_for_non_country():
    assert country_code("Xinhua") is None


def test_region_known_with_its_country():
    assert place_country("Ladakh") == "IN"
    assert place_country("Sichuan") == "CN"


@pytest.mark.parametrize("text,name,role", [
    ("Prime Minister Narendra Modi", "Narendra Modi", "Prime Minister"),
    ("Dr. S. Jaishankar", "S Jaishankar", None),
    ("Chinese President Xi Jinping", "Xi Jinping", "Chinese President"),
    ("Wang’s", "Wang", None),
    ("Mr Blair", "Blair", None),
])
def test_strip_title(text, name, role):
    assert strip_title(text) == (name, role)


def test_role_head_is_gender_neutral():
    assert role_head("Chinese Foreign Ministry spokesman") == role_head("foreign ministry spokesperson")


def test_initials_lose_full_stops():
    assert clean_name(["S.", "Jaishankar"]) == "S Jaishankar"


def test_title_becomes_role_and_country_affiliation(nlp):
    [p] = _by_kind(nlp, "Chinese President Xi Jinping on Friday expressed serious concern.", PERSON)
    assert (p.name, p.role, p.text) == ("Xi Jinping", "Chinese President", "Chinese President Xi Jinping")
    assert p.affiliation is not None and p.affiliation.code == "CN"


def test_lower_case_ministry_is_organisation_and_affiliation(nlp):
    text = ("Earlier in the day, the Chinese foreign ministry said companies exported supplies. "
            "The customs department is helping, foreign ministry spokesperson Wang Wenbin said.")
    mentions = doc_mentions(nlp(text))
    orgs = [m for m in mentions if m.kind == ORGANIZATION]
    assert {m.name for m in orgs} == {"Chinese Foreign Ministry"}
    [p] = [m for m in mentions if m.kind == PERSON]
    assert p.role == "foreign ministry spokesperson"
    assert p.affiliation is not None and p.affiliation.name == "Chinese Foreign Ministry"


def test_region_tagged_person_becomes_place(nlp):
    # the small model tags "Ladakh" PERSON
    mentions = doc_mentions(nlp("Troops are engaged in a border standoff in eastern Ladakh."))
    assert not [m for m in mentions if m.kind == PERSON]
    [place] = [m for m in mentions if m.kind == PLACE]
    assert place.name == "Ladakh" and place.affiliation.code == "IN"


def test_surname_tagged_org_is_person(nlp):
    # the small model tags the bare "Wang" ORG when "Wang Yi" is in the same text
    text = ("State councillor and foreign minister Wang Yi promised help. "
            "In a letter to Jaishankar, Wang said that China shares empathy.")
    names = [m.name for m in _by_kind(nlp, text, PERSON)]
    assert "Wang" in names and "Wang Yi" in names
    assert not [m for m in _by_kind(nlp, text, ORGANIZATION) if m.name == "Wang"]


def test_capital_acting_is_country_located_is_place(nlp):
    acting = doc_mentions(nlp("Supplies are sent by companies as New Delhi and Beijing are yet to open a route."))
    assert {m.code for m in acting if m.kind == COUNTRY} == {"IN", "CN"}
    located = doc_mentions(nlp("The talks were held in Beijing on Friday."))
    assert [m.kind for m in located if m.name == "Beijing"] == [PLACE]


def test_possessive_and_demonym(nlp):
    mentions = doc_mentions(nlp("India is yet to acknowledge China’s offer to the Indian people."))
    assert [(m.text, m.code) for m in mentions if m.kind == COUNTRY] == [
        ("India", "IN"), ("China", "CN"), ("Indian", "IN")]


def test_disease_name_is_no_entity(nlp):
    mentions = doc_mentions(nlp("China reported the first COVID-19 case in the central Chinese city of Wuhan."))
    assert not [m for m in mentions if "COVID" in m.name]


def test_honorific_kept_in_text_not_role(nlp):
    [p] = _by_kind(nlp, "Mr Blair told the Commons that the plan would go ahead.", PERSON)
    assert (p.name, p.role) == ("Blair", None)


def test_mention_from_span_strips_possessive(nlp):
    doc = nlp("Xi’s remarks come at a time of tension.")
    m = mention_from_span(doc.char_span(0, 4, label="PERSON"))
    assert (m.kind, m.name) == (PERSON, "Xi")


def test_doc_mentions_cached_per_doc(nlp):
    doc = nlp("Prime Minister Narendra Modi spoke.")
    assert doc_mentions(doc) is doc_mentions(doc)


def test_mentions_in_text_order(nlp):
    mentions = doc_mentions(nlp("Chinese President Xi Jinping wrote to Prime Minister Narendra Modi of India."))
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_person_span_running_over_punctuation_is_cut(nlp):
    # the small model tags "Clive Griffiths - Wales" and "Bolton v Derby" as one PERSON each
    doc = nlp("Clive Griffiths - Wales coach - spoke.")
    m = mention_from_span(doc.char_span(0, 23, label="PERSON"))
    assert m.name == "Clive Griffiths"
    doc = nlp("Bolton v Derby ended level.")
    assert mention_from_span(doc.char_span(0, 14, label="PERSON")).name == "Bolton"


def test_country_tagged_person_is_country(nlp):
    doc = nlp("Only Sri Lanka and Bangladesh currently qualify.")
    m = mention_from_span(doc.char_span(5, 14, label="PERSON"))
    assert (m.kind, m.code) == (COUNTRY, "LK")


def test_one_word_name_with_article_or_as_modifier_is_no_person(nlp):
    # "the Yukos case", "Oscar nominees": things the small model tags PERSON
    doc = nlp("The court ruled in the Yukos case. Oscar nominees gathered.")
    assert mention_from_span(doc.char_span(23, 28, label="PERSON")) is None
    assert mention_from_span(doc.char_span(35, 40, label="PERSON")) is None


def test_continent_ending_name_is_organisation(nlp):
    doc = nlp("Lycos Europe has shut down the campaign.")
    assert mention_from_span(doc.char_span(0, 12, label="PERSON")).kind == ORGANIZATION


def test_home_nation_is_place(nlp):
    doc = nlp("He spoke to reporters about Wales yesterday.")
    m = mention_from_span(doc.char_span(28, 33, label="PERSON"))
    assert m.kind == PLACE and m.affiliation.code == "GB"


def test_appositive_title_is_role(nlp):
    [p] = _by_kind(nlp, "Gordon Brown, the chancellor, said the economy was strong.", PERSON)
    assert (p.name, p.role, p.text) == ("Gordon Brown", "chancellor", "Gordon Brown")


def test_appositive_with_country_gives_affiliation(nlp):
    people = _by_kind(nlp, "He met Wang Yi, China's foreign minister, on Thursday.", PERSON)
    [p] = [m for m in people if m.name == "Wang Yi"]
    assert p.role == "China's foreign minister" and p.affiliation.code == "CN"


def test_hyphenated_surname_kept_whole(nlp):
    doc = nlp("Robert Kilroy-Silk said the party would stand.")
    assert mention_from_span(doc.char_span(0, 18, label="PERSON")).name == "Robert Kilroy-Silk"


def test_place_gets_the_country_the_text_states(nlp):
    mentions = doc_mentions(nlp("China reported the first case in the central Chinese city of Wuhan in late 2019."))
    [wuhan] = [m for m in mentions if m.name == "Wuhan"]
    assert wuhan.kind == PLACE and wuhan.affiliation.code == "CN"


def test_event_tagged_person_is_organisation(nlp):
    doc = nlp("He won the Ulster Schools Cup last year.")
    assert mention_from_span(doc.char_span(11, 29, label="PERSON")).kind == ORGANIZATION


def test_initial_left_out_of_span_is_taken_back(nlp):
    # in team sheets the model often tags only the surname of "R Williams"
    doc = nlp("Replacements: G Cooper, R Williams (Cardiff).")
    m = mention_from_span(doc.char_span(26, 34, label="PERSON"))
    assert m.name == "R Williams"


def test_capitalised_opener_is_not_part_of_the_name(nlp):
    doc = nlp("Across Wales, services were affected.")
    m = mention_from_span(doc.char_span(0, 12, label="PERSON"))
    assert m.kind == PLACE and m.name == "Wales"


def test_words_before_an_honorific_are_no_role(nlp):
    [p] = _by_kind(nlp, "How much longer Mr Brown will continue in the job is not clear.", PERSON)
    assert (p.name, p.role, p.text) == ("Brown", None, "Mr Brown")


@pytest.mark.parametrize("text,name", [
    ("Talk show host Larry King said he would retire.", "Larry King"),
    ("Former prime minister John Major said the plan was flawed.", "John Major"),
    ("Mr King said he would retire next year.", "King"),
])
def test_surname_that_is_a_title_word_is_kept(nlp, text, name):
    # "King", "Major", "Bishop" are title words; after a given name or "Mr" they are a surname
    assert name in [m.name for m in _by_kind(nlp, text, PERSON)]


def test_bare_title_is_no_person(nlp):
    doc = nlp("The President said the talks would go on.")
    assert mention_from_span(doc.char_span(4, 13, label="PERSON")) is None


def test_company_tagged_person_is_judged_by_the_whole_article(nlp):
    # BBC business: the small model tags "Yukos" PERSON; "oil giant Yukos" and "Yukos' shares" say firm
    text = ("Russian oil giant Yukos has filed for bankruptcy. Yukos said it would appeal. "
            "Yukos' shares fell by a third.")
    assert not _by_kind(nlp, text, PERSON)


def test_one_word_person_with_a_title_elsewhere_stays_a_person(nlp):
    # "the Fiorina era" alone would say thing; "Ms Fiorina" in the same article says person
    doc = nlp("Ms Fiorina left the firm. The Fiorina era is over, Fiorina said.")
    start = doc.text.rindex("Fiorina")
    m = mention_from_span(doc.char_span(start, start + 7, label="PERSON"))
    assert (m.kind, m.name) == (PERSON, "Fiorina")
    doc = nlp("He left the firm. The Fiorina era is over, Fiorina said.")
    m = mention_from_span(doc.char_span(start - 8, start - 1, label="PERSON"))
    assert m is None or m.kind != PERSON


def test_club_in_brackets_after_a_player_is_no_person(nlp):
    # team sheets: "Nicolas Mas (Perpignan)"
    doc = nlp("France: Fabien Pelous (Toulouse), Nicolas Mas (Perpignan), Sebastien Bruno (Sale).")
    start = doc.text.index("Perpignan")
    assert mention_from_span(doc.char_span(start, start + 9, label="PERSON")) is None


def test_institution_is_no_person(nlp):
    # BBC politics/008: "the British Library" lost its demonym and became a person "Library"
    text = "The interviews are to be placed in the British Library as a historical record."
    assert not {m.name for m in _by_kind(nlp, text, PERSON)} & {"Library", "British Library"}


def test_word_written_lower_case_elsewhere_is_no_person(nlp):
    # "Jobs will also be lost" beside "jobs": a common noun opening a sentence
    doc = nlp("Jobs will also be lost in the US. The bank said 2,850 jobs would go.")
    assert mention_from_span(doc.char_span(0, 4, label="PERSON")) is None


def test_club_name_inside_a_person_span_is_no_name_word(nlp):
    # "Manchester United" tagged PERSON must not make a bare "United" a surname
    text = "Sol Campbell spoke about Manchester United. He said United had been unfair."
    assert "United" not in [m.name for m in _by_kind(nlp, text, PERSON)]


def test_hyphenated_product_is_no_person(nlp):
    doc = nlp("Sony said Blu-ray had the capacity to win.")
    assert mention_from_span(doc.char_span(10, 17, label="PERSON")) is None


def test_role_head_of_blank_text_is_none():
    from kg.extract.shared.titles import role_head
    assert role_head("\n") is None and role_head("Foreign Ministry spokesman") == "spokesperson"


@pytest.mark.parametrize("text, name", [
    ("Saudi Energy Minister Prince Abdulaziz bin Salman said output would rise.", "Abdulaziz bin Salman"),
    ("European Commission President Ursula von der Leyen said the deal was done.", "Ursula von der Leyen"),
    ("Crown Prince Mohammed bin Salman met the delegation.", "Mohammed bin Salman"),
])
def test_name_particles_hold_a_name_together(nlp, text, name):
    assert [m.name for m in _by_kind(nlp, text, PERSON)] == [name]


# Issue 16: spans that are not people, and people the model typed otherwise (real BBC sentences).
@pytest.mark.parametrize("text,not_person", [
    ("Six factories have closed in Lesotho, including TW Garments, Lesotho Hats and Vogue Landmark. "
     "Lesotho's currency, the maloti, is fixed to the rand.", "Lesotho"),
    ("This is perhaps the Holy Grail of search, understanding what it is you want.", "Holy Grail"),
    ("The Tories promise to keep the payments. The Lib Dems would allow people to swap them.", "Lib Dems"),
    ("Registering names that look like that of legitimate sites is easy.", "Registering"),
    ("The court ordered Greek athletics' governing body, Segas, to hold a disciplinary inquiry.", "Segas"),
    ("Scottish rock band Franz Ferdinand have won two Brit Awards. Franz Ferdinand were the only UK band "
     "to win.", "Franz Ferdinand"),
    ("The nominees include the British film Bullet Boy, starring rapper Asher D.", "Bullet Boy"),
    ("He spent thousands of pounds producing his album Innocent Man.", "Innocent Man"),
    # the seeds: one of six "COVID-19" is tagged PERSON, the rest ORG; a disease is neither
    ("The ministry pledged support. COVID-19 cases rose to 1.8 million while COVID-19 deaths rose too.",
     "COVID-19"),
    ("She wrote on Twitter that the vote was rigged.", "Twitter"),     # a medium: posted / wrote on X
    # hand-made in the style of Canadian local news: towns and provinces the model tags PERSON
    ("New Brunswick has the oldest population in Canada.", "New Brunswick"),
    ("New Brunswick will hold an election.", "New Brunswick"),
])
def test_not_a_person(nlp, text, not_person):
    assert not_person not in {m.name for m in _by_kind(nlp, text, PERSON)}


@pytest.mark.parametrize("text,name", [
    ("Comic Joe Pasquale remains odds on favourite to win the reality show.", "Joe Pasquale"),
    ("The furore came in 2001, when New Zealander Graham Henry was the head coach.", "Graham Henry"),
    ("Meet The Parents also starred Robert De Niro, Blythe Danner, Dustin Hoffman and Barbra Streisand.",
     "Blythe Danner"),
    ("Paul Boateng MP, Labour's Chief Secretary to the Treasury, backed the plan.", "Paul Boateng"),
    ("He said on Monday that Blair was wrong.", "Blair"),      # "that" opening a clause is no determiner
    ("Critics turned on Johnson after the vote.", "Johnson"),  # "turned on" is no medium
    ("Mr Howard's fellow Welshman Ray Reardon won six world titles.", "Ray Reardon"),
    ('"Search has changed," said Yonca Brunini of Yahoo. "The other thing is broadband," Ms Brunini said.',
     "Yonca Brunini"),
])
def test_person_name_without_its_descriptor(nlp, text, name):
    assert name in {m.name for m in _by_kind(nlp, text, PERSON)}


def test_words_the_doc_mostly_tags_otherwise_are_no_person(nlp):
    from spacy.tokens import Span

    from kg.extract.entities.mentions import doc_mentions
    doc = nlp("Red Deer council met on Monday. Red Deer has three arenas. Red Deer is growing, Mayor Ken "
              "Johnston said.")
    spans = [(i, i + 2) for i, t in enumerate(doc) if t.text == "Red"]
    labels = ["ORG", "ORG", "PERSON"]          # what the small model does on real local news
    doc.ents = [e for e in doc.ents if not any(a <= e.start < b for a, b in spans)] + \
        [Span(doc, a, b, label=lab) for (a, b), lab in zip(spans, labels, strict=True)]
    kinds = {m.name: m.kind for m in doc_mentions(doc)}
    assert kinds.get("Red Deer") == ORGANIZATION and kinds.get("Ken Johnston") == PERSON


def test_rank_abbreviations_are_roles_and_plural_party_names_are_no_persons(nlp):
    text = ("Gen Musharraf said the army would stay. Lt Col Tim Collins met Gov. Chris Christie. "
            "Lib Dems leader Charles Kennedy said the plan was wrong.")
    people = [m.name for m in _by_kind(nlp, text, PERSON)]
    assert "Musharraf" in people and "Tim Collins" in people and "Chris Christie" in people
    assert "Lib Dems" not in people and "Gen Musharraf" not in people


def test_nationality_nouns_and_generation_suffixes_are_not_part_of_the_name(nlp):
    text = "Briton Hayley Yelling finished ahead of Scot Kathy Butler. Martin Luther King Jnr was honoured."
    people = [m.name for m in _by_kind(nlp, text, PERSON)]
    assert {"Hayley Yelling", "Kathy Butler", "Martin Luther King"} <= set(people)


def test_what_a_creative_verb_made_is_a_work_not_a_person(nlp):
    text = "OutKast sang Hey Ya at the awards. Mike Leigh directed Vera Drake last year. Police released John Smith."
    people = [m.name for m in _by_kind(nlp, text, PERSON)]
    assert "Hey Ya" not in people and "Vera Drake" not in people
    assert "Mike Leigh" in people and "John Smith" in people


def test_nationality_noun_alone_is_no_person(nlp):
    # BBC sport: "champion Briton Hayley Yelling" puts a title before "Briton" - still no one's name
    text = ("Radcliffe led in the Big Apple until the Briton outsprinted her. European cross country "
            "champion Briton Hayley Yelling also competes.")
    people = {m.name for m in _by_kind(nlp, text, PERSON)}
    assert "Briton" not in people and "Hayley Yelling" in people


@pytest.mark.parametrize("text,not_person", [
    ("Lib Dem leader Charles Kennedy has said voters lack trust. Questions covered Lib Dem tax plans.",
     "Lib Dem"),
    ("In a summary of its Weather and Crops Bulletin, the agency said winds retarded growth.", "Crops Bulletin"),
    ("Gone Are the Days was a film he adapted from his own play, Purlie Victorious.", "Purlie Victorious"),
])
def test_party_report_and_work_after_a_comma_are_no_person(nlp, text, not_person):
    assert not_person not in {m.name for m in _by_kind(nlp, text, PERSON)}


def test_bracketed_nickname_inside_a_name(nlp):
    # Reuters: the model stops at the nickname and leaves the surname untagged
    people = _by_kind(nlp, "Commissioner James E. (Jim) Nugent told Reuters the plan would work.", PERSON)
    assert [m.name for m in people] == ["James E Nugent"]
    # a club's town in brackets in a team sheet is no nickname
    people = _by_kind(nlp, "Replacements: G Cooper, R Williams (Cardiff) Jones.", PERSON)
    assert "R Williams Jones" not in {m.name for m in people}


def test_name_set_off_after_a_programme_noun_stays_a_person(nlp):
    # Reuters: "program" is a work noun, but "the program, Milton Hertz, administrator" names a man
    text = ("Producers submitted bids to enter the program, Milton Hertz, administrator for USDA's "
            "Agricultural Stabilization and Conservation Service, said.")
    assert "Milton Hertz" in {m.name for m in _by_kind(nlp, text, PERSON)}


def test_name_does_not_run_over_a_sentence_opener_after_an_initial(nlp):
    # BBC obituary: "... Malcolm X. Besides Dee, Davis is survived by ..." - the model's span runs on
    text = ("He spoke at the funerals of both Martin Luther King Jnr and Malcolm X. Besides Dee, Davis is "
            "survived by three children.")
    people = {m.name for m in _by_kind(nlp, text, PERSON)}
    assert "Malcolm X" in people and not any("Besides" in n for n in people)


def test_team_sheet_entries_tagged_org_are_people(nlp):
    # a rugby line-up in BBC style: the model tags some "Name (Club)" entries ORG
    text = ("France: Nicolas Mas (Perpignan), Sebastien Bruno (Sale), Sylvain Marconnet (Stade Francais)\n"
            "Replacements: William Servat (Stade Toulousain), Olivier Milloud (Bourgoin), "
            "Gregory Lamboley (Stade Toulousain), Imanol Harinordoquy (Biarritz)")
    people = {m.name for m in _by_kind(nlp, text, PERSON)}
    assert {"Sebastien Bruno", "Sylvain Marconnet", "Gregory Lamboley", "Nicolas Mas"} <= people


def test_list_of_clubs_with_countries_is_no_team_sheet(nlp):
    text = "Arsenal will face Barcelona (Spain), Real Madrid (Spain), Inter Milan (Italy) or Porto (Portugal)."
    people = {m.name for m in _by_kind(nlp, text, PERSON)}
    assert not {"Real Madrid", "Inter Milan"} & people


def test_author_bio_closing_the_story_is_no_mention(nlp):
    story = ("Election officials in Afghanistan will mark voters' thumbs with ink.\n\n"
             "The ink stays on the finger for at least 72 hours, said Jean Dupont.\n\n"
             "David Mikosz works for the IFES, an international, non-profit organisation.")
    people = {m.name for m in _by_kind(nlp, story, PERSON)}
    assert "David Mikosz" not in people and "Jean Dupont" in people


def test_works_for_inside_the_story_stays_a_mention(nlp):
    story = ("David Mikosz works for the IFES, an international organisation.\n\n"
             "He said the ink stays on the finger for at least 72 hours.")
    assert "David Mikosz" in {m.name for m in _by_kind(nlp, story, PERSON)}


def test_capitalised_stop_word_before_a_name_is_a_club_prefix(nlp):
    text = "But he then played in a friendly for his club AS Roma within 24 hours of a World Cup qualifying match."
    assert "Roma" not in {m.name for m in _by_kind(nlp, text, PERSON)}
    opener = "As Gordon Brown said on Monday, the economy is growing."
    assert "Gordon Brown" in {m.name for m in _by_kind(nlp, opener, PERSON)}


def test_us_before_a_title_is_no_club_prefix(nlp):
    text = "US President George W Bush said on Monday that the talks would go on."
    assert "George W Bush" in {m.name for m in _by_kind(nlp, text, PERSON)}


def test_one_word_pop_genre_is_no_person(nlp):
    text = "What about Britpop? Blur, Oasis, Suede, Pulp... not only making fantastic songs."
    assert "Britpop" not in {m.name for m in _by_kind(nlp, text, PERSON)}


def test_team_and_a_country_code_is_a_team(nlp):
    text = ("Holmes helped erase the gloom hanging over Team GB after their biggest medal hope, "
            "Paula Radcliffe, dropped out.")
    people = {m.name for m in _by_kind(nlp, text, PERSON)}
    assert "Team GB" not in people and "Paula Radcliffe" in people


def test_nationality_before_a_surname_known_in_full(nlp):
    text = ("Irina Korzhanenko (shot) was stripped of her title. Her compatriots refused to give samples "
            "while Russian Korzhanenko tested positive for the steroid stanozolol.")
    people = {m.name for m in _by_kind(nlp, text, PERSON)}
    assert "Russian Korzhanenko" not in people and "Irina Korzhanenko" in people


@pytest.mark.parametrize("text", [
    "Maria Lopez said she wants to stay in the U.S.",
    "Maria Lopez said she wants to stay in the United States",
])
def test_a_country_name_that_ends_the_text_is_read_and_the_people_kept(nlp, text):
    # the longest-first country lookup once sliced past the last word and raised, losing every person of
    # the article (and so its quotes' speakers: quotes dev fell 0.700 -> 0.688)
    people = [m.name for m in _by_kind(nlp, text, PERSON)]
    countries = [m.code for m in _by_kind(nlp, text, COUNTRY)]
    assert people == ["Maria Lopez"] and countries == ["US"]
