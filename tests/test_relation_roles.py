"""Tests of kg.relation_roles on parses built by hand: where a title is written, whatever the parser did."""
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg import relation_roles

# "signed by Minister Abel Tesfaye and Tekle Berhane, a senior adviser to Eritrea's president, on Monday",
# with the apposition hung on the first name, as the parser does
_WORDS = ["signed", "by", "Minister", "Abel", "Tesfaye", "and", "Tekle", "Berhane", ",", "a", "senior", "adviser",
          "to", "Eritrea", "'s", "president", ",", "on", "Monday"]
_HEADS = [0, 0, 4, 4, 1, 4, 7, 4, 4, 11, 11, 4, 11, 15, 13, 12, 0, 0, 17]
_DEPS = ["ROOT", "agent", "compound", "compound", "pobj", "cc", "compound", "conj", "punct", "det", "amod", "appos",
         "prep", "poss", "case", "pobj", "punct", "prep", "pobj"]
_TAGS = ["VBN", "IN", "NNP", "NNP", "NNP", "CC", "NNP", "NNP", ",", "DT", "JJ", "NN", "IN", "NNP", "POS", "NN", ",",
         "IN", "NNP"]


def _doc() -> Doc:
    return Doc(Vocab(), words=_WORDS, heads=_HEADS, deps=_DEPS, tags=_TAGS)


def test_an_apposition_after_the_second_of_two_names_is_the_seconds():
    doc = _doc()
    assert "adviser" in [t.text for t in relation_roles.beside(doc[6], doc[7])]


def test_negative_an_apposition_after_the_second_of_two_names_is_not_the_firsts():
    doc = _doc()
    assert "adviser" not in [t.text for t in relation_roles.beside(doc[3], doc[4])]
