"""kg.speaker_roles: speakers named by role, office or spokesperson."""


def _speakers(doc):
    names = {e.id: e.name for e in doc.entities}
    return [names[s.speaker] for s in doc.statements]


def test_a_role_is_the_person_named_in_it_elsewhere(extract_text):
    doc = extract_text("Finance Minister Tomas Berg met bankers in Oslo. Norway's finance minister said rates "
                       "would rise.")
    assert _speakers(doc) == ["Tomas Berg"]


def test_a_spokesperson_speaks_for_the_organisation_beside_them(extract_text):
    doc = extract_text("A Toyota spokesperson said the plant would reopen on Monday.")
    assert _speakers(doc) == ["Toyota"]


def test_a_role_nobody_holds_by_name_is_a_person_of_its_own(extract_text):
    doc = extract_text("Kenya's foreign minister said talks would resume.")
    speakers = [e for e in doc.entities if e.id == doc.statements[0].speaker]
    assert speakers[0].type == "Person" and speakers[0].name == "Kenya's foreign minister"
