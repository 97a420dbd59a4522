"""kg.constants: every label kg reads is one the English models assign."""
from __future__ import annotations

from kg import constants


def test_every_named_label_is_a_label_of_the_parser(extractor):
    labels = set(extractor.nlp.get_pipe("parser").labels)
    named = set()
    for name, value in vars(constants).items():
        if name.isupper():
            named |= {value} if isinstance(value, str) else set(value)
    assert named and named <= labels, named - labels
