"""People in identity (kg.identity_people): one key for the spellings of one name, short names
joined to the full name they shorten, surnames the model read as organisations'."""
import pytest

from kg.entity_mentions import Found
from kg.identity_people import acronym_like, may_be_a_person_read_as_organization, name_variant, person_key
from kg.schema import EntityType


@pytest.mark.parametrize("one, other", [("D.K. Shivakumar", "DK Shivakumar"), ("D K Shivakumar", "DK Shivakumar")])
def test_initials_written_together_or_apart_are_one_key(one, other):
    assert person_key(one) == person_key(other)


def test_negative_one_initial_is_kept_apart_from_the_name():
    assert person_key("George W. Bush") != person_key("George Bush")


@pytest.mark.parametrize("one, other", [
    ("Muammar Gaddafi", "Moammar Gadhafi"),
    ("Muammar Gaddafi", "Muammar al-Qaddafi"),
    ("Mohammed bin Salman", "Muhammad bin Salman"),
    ("Saddam Hussein", "Saddam Husayn"),
    ("Osama bin Laden", "Usama bin Laden"),
])
def test_transliterations_of_a_name_are_one_name(one, other):
    assert name_variant(one) == name_variant(other)


@pytest.mark.parametrize("one, other", [
    ("Mario Lopez", "Maria Lopez"), ("Jan Novak", "Jon Novak"), ("Kim Jong Un", "Kim Jong Il"),
])
def test_negative_other_names_are_not_spellings_of_one(one, other):
    assert name_variant(one) != name_variant(other)


def test_a_surname_read_as_an_organisation_may_be_a_person():
    found = Found(0, 1, EntityType.ORGANIZATION, "Milei", "milei")
    assert may_be_a_person_read_as_organization(found)


@pytest.mark.parametrize("name", ["Ministry of Health", "NATO"])
def test_negative_an_organisations_head_or_acronym_is_not_a_person(name):
    found = Found(0, len(name.split()), EntityType.ORGANIZATION, name, name.lower())
    assert not may_be_a_person_read_as_organization(found)


def test_acronym_like_names():
    assert acronym_like("NATO") and acronym_like("PdL") and not acronym_like("Nato") and not acronym_like("New York")


@pytest.mark.parametrize("one, other", [
    ("Tesfaye Woldemariam", "Tesfaye Wolde-Mariam"), ("Yonas Habtemariam", "Yonas Habte Mariam"),
    ("Ahmed Abdel Rahman", "Ahmed Abdelrahman"),
])
def test_a_surname_written_joined_hyphened_or_apart_is_one_name(one, other):
    assert name_variant(one) == name_variant(other)


@pytest.mark.parametrize("one, other", [
    ("Rhee Chang-yong", "Lee Chang-yong"), ("Pak Geun-hye", "Park Geun-hye"), ("Choe Son-hui", "Choi Son Hui"),
    # (Persian and Arabic q and gh)
    ("Abbas Araghchi", "Abbas Araqchi"), ("Siraj Haqqani", "Siraj Haghani"), ("Qassem Soleimani", "Ghassem Soleimani"),
])
def test_korean_surnames_and_q_or_gh_romanised_two_ways_are_one_name(one, other):
    assert name_variant(one) == name_variant(other)


def test_negative_lee_is_a_surname_not_the_particle_le():
    # (folded, "Lee" is "le"; read as the particle, "Lee Min-ho" would be the name "Min Ho")
    assert name_variant("Lee Min-ho") != name_variant("Min Ho")
    assert name_variant("Lee Chang-yong") != name_variant("Lee Jae-myung")
    assert name_variant("Muammar al-Qaddafi") == name_variant("Muammar Gaddafi")   # (a particle written with a hyphen)


def test_a_first_surname_alone_is_the_person_of_a_name_with_two_surnames(extract_text):
    for text, name in [
        ("President Gabriel Boric Font spoke on Sunday. Boric said the transfer of power would be orderly.",
         "Gabriel Boric Font"),
        ("The community leader Edgar Quispe Mamani met the minister. Quispe said the blockade would go on.",
         "Edgar Quispe Mamani"),
        ("Candidate Jeannette Jara Román conceded defeat. Jara said she would lead the opposition.",
         "Jeannette Jara Román"),
    ]:
        doc = extract_text(text)
        people = [e for e in doc.entities if e.type == "Person"]
        assert [e.name for e in people] == [name], text


def test_negative_a_middle_name_alone_is_the_person_whose_first_or_last_name_it_is(extract_text):
    doc = extract_text("Senator Ana Lucia Torres met Governor Pedro Lucia on Monday. Lucia said the meeting went well.")
    lucia = [e for e in doc.entities if "Lucia" in e.aliases or e.name == "Lucia"]
    assert lucia and lucia[0].name == "Pedro Lucia"


def test_negative_q_and_gh_do_not_join_other_names():
    assert name_variant("Abbas Araghchi") != name_variant("Abbas Arachi")
    assert name_variant("Ashraf Ghani") != name_variant("Ashraf Ghali")


def test_first_name_forms():
    from kg.identity_people import first_name_forms
    assert first_name_forms("steve", "steven") and first_name_forms("xabier", "xabi") and first_name_forms("nico", "nicolas")
    assert not first_name_forms("daniel", "daniela") and not first_name_forms("jon", "jonathan")
    assert not first_name_forms("maria", "maria") and not first_name_forms("mark", "marco")
