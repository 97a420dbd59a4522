def _rels(doc):
    names = {e.id: e.name for e in doc.entities}
    return {(r.type, names[r.source], names[r.target], r.hypothetical) for r in doc.relations}


def test_sent_troops_to(extract_text):
    doc = extract_text("Officials said Belarus has sent 2,000 troops to Serbia for an exercise.")
    assert ("DEPLOYED_TO", "Belarus", "Serbia", False) in _rels(doc)
    assert next(r for r in doc.relations if r.type == "DEPLOYED_TO").troops == 2000


def test_nominal_deployment_and_region(extract_text):
    doc = extract_text("The deployment of Chadian troops to Niger worried the region. "
                       "Chadian soldiers were already in Niger's Tillaberi region.")
    rels = _rels(doc)
    assert ("DEPLOYED_TO", "Chad", "Niger", False) in rels
    assert ("DEPLOYED_TO", "Chad", "Tillaberi", False) in rels


def test_speculation_is_hypothetical(extract_text):
    doc = extract_text("Analysts said Egypt could deploy troops to Sudan next year.")
    assert ("DEPLOYED_TO", "Egypt", "Sudan", True) in _rels(doc)
    assert "speculations" in doc.to_dict() and doc.to_dict()["relations"] == []


def test_treaty(extract_text):
    doc = extract_text("Kenya and Ethiopia signed a defence treaty in June.")
    assert ("SIGNED_AGREEMENT_WITH", "Ethiopia", "Kenya", False) in _rels(doc)


def test_deployment_day_is_resolved(extract_text):
    doc = extract_text("Officials said on Monday that Belarus sent troops to Serbia.", published="2024-10-30")
    assert next(r for r in doc.relations if r.type == "DEPLOYED_TO").date == "2024-10-28"


def test_deployment_near_a_place(extract_text):
    doc = extract_text("Egypt has deployed 300 soldiers to the border region near Wadi Halfa, officials said.")
    assert ("DEPLOYED_TO", "Egypt", "Wadi Halfa", False) in _rels(doc)


def test_the_troops_means_the_side_that_acts_not_the_one_fought(extract_text):
    doc = extract_text("Chadian troops have clashed with Sudanese forces for the first time. "
                       "The troops are occupying a part of the Kufra district in Libya, officials said.")
    rels = _rels(doc)
    assert ("DEPLOYED_TO", "Chad", "Libya", False) in rels
    assert not any(source == "Sudan" for _, source, _, _ in rels)


def test_a_possessor_locates_only_a_place(extract_text):
    located = _rels(extract_text("Chadian soldiers were stationed in Niger's Tillaberi region."))
    assert ("DEPLOYED_TO", "Chad", "Niger", False) in located
    unlocated = _rels(extract_text("Chadian soldiers were fighting in Niger's war against the rebels."))
    assert not any(target == "Niger" for _, _, target, _ in unlocated)
