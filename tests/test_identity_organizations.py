"""Organisations in identity (kg.identity_organizations): acronyms, short names and abbreviations
that are one organisation with the longer name the article gives."""
import pytest

from kg.identity_organizations import named_after_their_country, organization_remap
from kg.schema import EntityType

ORG = EntityType.ORGANIZATION


@pytest.mark.parametrize("short, long", [
    ("un", "united nations"),                      # its initials
    ("toyota", "toyota motor corp"),               # the first word of a company's name
    ("law society", "law society of kenya"),       # without the place it is of
    ("afreximbank", "african export import bank"),  # made of the beginnings of its words
    ("state department", "us state department"),   # without its country
])
def test_a_shorter_name_is_the_longer_one(short, long):
    assert organization_remap({(ORG, short), (ORG, long)}) == {(ORG, short): (ORG, long)}


def test_negative_a_short_name_two_longer_names_begin_with_stays_apart():
    keys = {(ORG, "toyota"), (ORG, "toyota motor corp"), (ORG, "toyota tsusho corp")}
    assert (ORG, "toyota") not in organization_remap(keys)


def test_a_companys_name_after_its_city_is_the_company():
    from kg.gazetteer import gazetteer
    gaz = gazetteer()
    remap = organization_remap({(ORG, "hongtu"), (ORG, "shenzhen hongtu aviation technology")}, gaz)
    assert remap == {(ORG, "hongtu"): (ORG, "shenzhen hongtu aviation technology")}


def test_negative_a_thing_a_body_is_named_after_stays_apart():
    from kg.gazetteer import gazetteer
    from kg.identity_organizations import shortened_names
    forms, starts = shortened_names({"suez canal authoriti"}, gazetteer())
    assert "suez canal" not in forms


@pytest.mark.parametrize("by_people, by_country", [
    ("japanese coastguard", "japan coast guard"),   # (written with or without the space)
    ("kenyan navy", "kenya navy"),
    ("south korean coast guard", "south korea coast guard"),
])
def test_a_body_named_after_its_countrys_people_is_the_one_named_after_the_country(by_people, by_country):
    from kg.gazetteer import fold, gazetteer
    by_people, by_country = fold(by_people), fold(by_country)
    assert named_after_their_country({(ORG, by_people), (ORG, by_country)}, gazetteer()) == \
        {(ORG, by_people): (ORG, by_country)}


def test_negative_another_countrys_body_of_that_name_stays_apart():
    from kg.gazetteer import fold, gazetteer
    keys = {(ORG, fold("japanese coast guard")), (ORG, fold("china coast guard"))}
    assert named_after_their_country(keys, gazetteer()) == {}
