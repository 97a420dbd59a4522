"""kg.attribution: the kind of a verb of saying, its negation, and whether it was said at all."""
from kg.attribution import agent_of, is_trigger, kind_of, negated, was_made


def _verb(extractor, text, word):
    doc = extractor.nlp(text)
    return next(t for t in doc if t.lower_ == word)


def test_kinds_from_the_verb_lexicon_and_call_by_its_particle(extractor):
    assert kind_of(_verb(extractor, "The union denied the claim.", "denied")) == "denied"
    assert kind_of(_verb(extractor, "The union called for a strike.", "called")) == "called_for"
    assert kind_of(_verb(extractor, "The union called the meeting on Monday.", "called")) is None


def test_negation_by_the_verb_and_by_a_refusing_governor(extractor):
    assert negated(_verb(extractor, "The ministry did not confirm the deaths.", "confirm"))
    assert negated(_verb(extractor, "The ministry declined to confirm the deaths.", "confirm"))
    assert not negated(_verb(extractor, "The ministry confirmed the deaths.", "confirmed"))


def test_a_planned_or_conditional_verb_was_not_said(extractor):
    assert not was_made(_verb(extractor, "The bank plans to announce a cut.", "announce"), set())
    assert not was_made(_verb(extractor, "The bank would deny any link.", "deny"), set())
    assert was_made(_verb(extractor, "The bank announced a cut on Friday.", "announced"), set())


def test_a_passive_names_its_speaker_by_its_agent(extractor):
    verb = _verb(extractor, "The deal was first reported by The Financial Times.", "reported")
    assert is_trigger(verb)
    assert agent_of(verb).text == "Times"
