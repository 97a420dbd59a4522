"""kg.attribution_nesting: reported speech inside another speaker's statement."""
from kg.attribution_nesting import adds_act, embedded


def _verb(extractor, text, word):
    doc = extractor.nlp(text)
    return next(t for t in doc if t.lower_ == word)


def test_speech_reported_inside_a_statement_is_embedded(extractor):
    verb = _verb(extractor, "The minister said the rebels had denied the attack.", "denied")
    assert embedded(verb, set(), set())


def test_the_writers_timeline_is_not_embedded(extractor):
    verb = _verb(extractor, "The minister spoke on Friday, a day after the rebels denied the attack.", "denied")
    assert not embedded(verb, set(), set())


def test_an_adding_participle_is_an_act_of_its_own(extractor):
    verb = _verb(extractor, "The minister said the port was open, adding that ships were waiting.", "adding")
    assert adds_act(verb)
    assert not embedded(verb, set(), set())
