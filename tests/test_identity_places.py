"""Places in identity (kg.identity_places): a place named with and without the word of its kind."""
from kg.gazetteer import gazetteer
from kg.identity_places import places_named_with_their_kind
from kg.schema import EntityType

PLACE = EntityType.PLACE


def test_a_place_with_the_word_of_its_kind_is_the_bare_place():
    keys = {(PLACE, "gaza"), (PLACE, "gaza strip"), (PLACE, "kursk"), (PLACE, "kursk region")}
    assert places_named_with_their_kind(keys, gazetteer()) == {(PLACE, "gaza strip"): (PLACE, "gaza"),
                                                   (PLACE, "kursk region"): (PLACE, "kursk")}


def test_a_sea_named_alone_is_the_sea():
    keys = {(PLACE, "aegean"), (PLACE, "aegean sea")}
    assert places_named_with_their_kind(keys, gazetteer()) == {(PLACE, "aegean sea"): (PLACE, "aegean")}


def test_negative_a_river_is_not_the_city_or_region_of_its_name():
    keys = {(PLACE, "dnipro"), (PLACE, "dnipro river"), (PLACE, "mississippi"), (PLACE, "mississippi river")}
    assert places_named_with_their_kind(keys, gazetteer()) == {}
