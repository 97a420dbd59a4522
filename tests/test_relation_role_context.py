"""Tests of kg.relation_role_context: whose a title is when the title itself does not say, read
from the story around it (its one country, a place named before, its home official's guests)."""
import pytest

from test_relation_role_finder import _roles


@pytest.mark.parametrize("text, person, holder", [
    # with no dateline, a national title with no country in its sentence is the story's one country
    ("Kenya's central bank held its main rate on Tuesday. Finance Minister John Mbadi said inflation "
     "was easing and Kenya would keep talking to lenders.", "John Mbadi", "Kenya"),
    # a place named before the title, at the head of the sentence
    ("In Peru, Prime Minister Eduardo Arana resigned on Monday after protests.", "Eduardo Arana", "Peru"),
    # who is met where a visitor travels is the host: the capital's country (read as the city or as
    # the country), with a dateline or without
    ("NAIROBI, March 3 (Reuters) - Kenya and Ethiopia agreed on Tuesday to build a new road. President "
     "William Ruto will travel to Addis Ababa next week for talks with Prime Minister Abiy Ahmed.",
     "Abiy Ahmed", "Ethiopia"),
    ("Vietnam's foreign minister said a delegation would visit Canberra in June to meet Prime Minister "
     "Anthony Albanese.", "Anthony Albanese", "Australia"),
    # a government title's portfolio names a department the text names
    ("The Department of Energy and Mineral Resources suspended the licence on Monday. Deputy Minister of "
     "Energy and Mineral Resources Rina Wulandari said the mine would stay shut.", "Rina Wulandari",
     "Department of Energy and Mineral Resources"),
    ("The Treasury said on Friday it would borrow less this year, and Deputy Treasury Secretary Tom Hale "
     "told lawmakers the deficit was shrinking.", "Tom Hale", "Treasury"),
    ("QUITO (Reuters) - The Interior Ministry said 12 people were arrested. Interior Minister John Reimberg said "
     "more raids would follow.", "John Reimberg", "Interior Ministry"),
    # a spokesman named before what they say speaks for the body the sentence before reports on
    ("The Vatican did not deny the report. Spokesman Matteo Bruni told journalists on Monday that Italy's "
     "offer was being studied.", "Matteo Bruni", "Vatican"),
    ("Hours later, the Pentagon gave its own figure. Deputy press secretary Ana Ruiz said Washington believed "
     "the ships had left.", "Ana Ruiz", "Pentagon"),
])
def test_an_unstated_holder_from_the_story(extract_text, text, person, holder):
    assert any(p == person and h == holder for p, h, _ in _roles(extract_text(text)))


def test_negative_a_foreign_capital_gets_no_unstated_title(extract_text):
    roles = _roles(extract_text("Prime Minister Keir Starmer met Chancellor Friedrich Merz in Berlin on Friday."))
    assert not any(p == "Keir Starmer" and h == "Germany" for p, h, _ in roles)


def test_negative_who_is_met_where_they_meet_is_not_the_host(extract_text):
    roles = _roles(extract_text("Kenya's President William Ruto flew to France on Sunday and met Prime Minister Keir "
                                "Starmer in Paris on Monday."))
    assert not any(p == "Keir Starmer" and h == "France" for p, h, _ in roles)


def test_negative_secretary_of_state_is_no_post_of_a_state_department(extract_text):
    roles = _roles(extract_text("WASHINGTON (AP) - The two ministers signed the deal at the State Department on "
                                "Friday in the presence of Secretary of State Lena Ward."))
    assert not any(p == "Lena Ward" and h == "State Department" for p, h, _ in roles)


def test_negative_a_ministry_of_another_country_is_no_portfolio(extract_text):
    roles = _roles(extract_text("BISHKEK (Reuters) - The Uzbek Foreign Ministry offered to host talks. Foreign Minister "
                                "Aibek Toktogulov said Kyrgyzstan would attend."))
    assert not any(p == "Aibek Toktogulov" and h == "Uzbek Foreign Ministry" for p, h, _ in roles)


def test_negative_a_host_abroad_of_an_unnamed_country_is_no_home_official(extract_text):
    roles = _roles(extract_text("WASHINGTON (AP) - The United States sanctioned six officials. Deputy Secretary of State "
                                "Ann Cole is due to travel to Bogota next week to meet President Gustavo Petro."))
    assert not any(p == "Gustavo Petro" and h == "United States" for p, h, _ in roles)
