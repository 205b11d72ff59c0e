"""Line-ups of match reports (BBC Sport): the players listed by bare surname are people.

Hard because the corpus lost the headings ("Mansfield:", "Subs Not Used:" survive only
sometimes) and the small model tags these surnames PERSON, ORG, GPE or nothing at random;
lists of clubs, countries and companies have the same shape and must stay what they are.
"""
from __future__ import annotations

from kg.extract.entities.mentions import doc_mentions
from kg.facts import PERSON

# BBC sport/214 (Mansfield 0-1 Leyton Orient), shortened: two unheaded team sheets and a referee.
_FOOTBALL = (
    "Mansfield 0-1 Leyton Orient\n\n"
    "An second-half goal from Andy Scott condemned Mansfield to a ninth successive game without a win.\n\n"
    "Mansfield had to clear Alan White's header off the line and Kevin Pilkington saved well from Michael Simpson.\n\n"
    "Pilkington, Talbot, Buxton, Dimech, Artell, Corden, Murray, Curtis, Neil, Warne, Barker. "
    "Subs Not Used: White, McIntosh, Wood, Lloyd, Herron.\n\n"
    "Harrison, Lockwood, Donny Barnard, White,Mackie, Scott, Saah, Simpson, Carlisle, Lee Barnard, Ibehre. "
    "Subs Not Used: Morris, Wardley, Newey, Zakuani, McMahon.\n\n"
    "Scott 51.\n\n3,803\n\nS Mathieson (Cheshire).")


def _people(nlp, text):
    return {m.name for m in doc_mentions(nlp(text)) if m.kind == PERSON}


def test_bare_surnames_of_a_team_sheet_are_people(nlp):
    people = _people(nlp, _FOOTBALL)
    assert {"Talbot", "Buxton", "Dimech", "Artell", "Corden", "Curtis", "Neil", "McIntosh", "Wood", "Herron",
            "Lockwood", "Ibehre", "Wardley", "Newey", "McMahon"} <= people


def test_referee_after_the_team_sheets_is_a_person(nlp):
    assert "S Mathieson" in _people(nlp, _FOOTBALL)


def test_substitute_in_brackets_is_a_person(nlp):
    # BBC sport/107: "Scotland (Samuel 63)" - a player named like a country, replaced in minute 63
    text = ("Jason Scotland played a pass to Stevie Crawford.\n\n"
            "Bullock, Duff, Wilson, Ritchie, Archibald, Scotland (Samuel 63), Brebner, Kerr (Cameron 87), "
            "Robson, Crawford, Grady.\n\nColgan, Dodds, Kenneth.\n\nArchibald 19, Grady 29, Crawford 41.")
    people = _people(nlp, text)
    assert {"Samuel", "Cameron", "Brebner", "Colgan", "Dodds"} <= people


def test_rugby_positions_split_by_semicolons(nlp):
    # BBC sport/293: the model tags "Thompson, Parling," and "Sititi" ORG, "Charlton" GPE
    text = ("Mathew Tait scored twice for Newcastle against Gloucester.\n\n"
            "Walder; May, Tait, Mayerhofler, Stephenson; Wilkinson, Grindal; Isaacson, Long, Ward; Gross, Hamilton; "
            "McCarthy, Harris, Dowson.\n\nReplacements: Peel, Wilson, Thompson, Parling, Sititi, Charlton, Shaw.")
    assert {"Grindal", "Long", "Ward", "Parling", "Sititi", "Thompson"} <= _people(nlp, text)


def test_surname_in_a_team_sheet_makes_the_full_name_a_person(nlp):
    # BBC sport/139: the model tags "Eidur Gudjohnsen" ORG; the team sheet lists Gudjohnsen
    text = ("James was forced to divert a cross from the lively Duff away from Eidur Gudjohnsen's path.\n\n"
            "Cech, Paulo Ferreira, Gallas, Terry, Bridge, Jarosik (Tiago 56), Lampard, Makelele, Duff, Gudjohnsen, "
            "Kezman (Cole 63).")
    assert "Eidur Gudjohnsen" in _people(nlp, text)


def test_list_of_clubs_is_no_line_up(nlp):
    # BBC sport/237: Champions League pots, one club to a comma
    text = ("Arsenal and Chelsea are seeded as group winners.\n\n"
            "AC Milan, Bayer Leverkusen, Internazionale, Juventus, Lyon.\n\n"
            "Barcelona, Bayern Munich, PSV Eindhoven, Real Madrid, Werder Bremen.")
    # (the model's own PERSON tag of "Lyon" is another matter: a one-word name, judged elsewhere)
    assert not {"Juventus", "Internazionale", "AC Milan", "Bayer Leverkusen", "Werder Bremen"} & _people(nlp, text)


def test_list_of_countries_is_no_line_up(nlp):
    # BBC sport/400: the sevens draw, seeds in brackets
    text = ("Dallaglio will lead England.\n\nNew Zealand (1), Scotland (8), Tonga, Ireland, Korea, USA.\n\n"
            "England (2), Samoa (7), France, Italy, Georgia, Chinese Taipei.")
    assert not {"Tonga", "Korea", "Samoa", "Georgia"} & _people(nlp, text)


def test_company_before_prose_is_no_list(nlp):
    # Reuters: "Ashland Oil, Inc." opens a sentence; the comma is no list separator
    text = ("The company said Ashland Oil had raised its stake, McMillan said.\n\n"
            "Ashland Oil, Inc. chairman John Hall said the offer was too low.")
    assert "Ashland Oil" not in _people(nlp, text)
