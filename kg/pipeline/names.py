"""Components that run before spaCy's NER: paragraph breaks, and kg's names (outlets, countries,
demonyms and a user's entity patterns) put on the Doc for the NER model to build around."""
from __future__ import annotations

import warnings

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_SPACE, LOWER, NORM, ORTH, SENT_START, SHAPE
from spacy.strings import StringStore, hash_string
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from kg import lexicon, rules as rule_files
from kg.gazetteer import Gazetteer, gazetteer
from kg.token_index import in_sorted

# Capitalised before a country's name mid-sentence, these make a region's own name ("Northern
# Ireland", "Western Australia", "South Australia"); in lower case they only point ("northern Syria").
_REGION_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                "central"})


# A capital letter and its full stop, which the tokenizer keeps together as an initial ("J.")
_INITIALS = numpy.array(sorted(hash_string(f"{c}.") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), dtype=numpy.uint64)


def keep_title_abbreviations(nlp: Language, titles: list[str]) -> None:
    """"Capt.", "Cmdr.", "Lt.": a title's abbreviation keeps its full stop, as the tokenizer keeps
    "Dr." and "Gen." already; split off, the stop ends a sentence before the name ("coast guard
    spokesman Cmdr" | "Nikolaos Theodorou told reporters"), and the name loses its title."""
    for title in titles:
        written = title[:1].upper() + title[1:]
        if title.endswith(".") and len(nlp.tokenizer(written)) > 1:
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])


@Language.component("kg_paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """A new line starts a new sentence: saved pages put one paragraph per line, and the parser
    otherwise runs a headline or a blanked-out menu into the next sentence. So does a capital
    word after a one-letter name ending a sentence ("said in a post on X. It did not ..."), which
    the tokenizer takes for an initial."""
    # The whitespace tokens, from the token array: making a Token of every word cost more.
    array = doc.to_array([IS_SPACE, ORTH])
    starts = [i + 1 for i in array[:-1, 0].nonzero()[0].tolist() if "\n" in doc[i].text]
    starts += [i + 1 for i in in_sorted(array[:-1, 1], _INITIALS).nonzero()[0].tolist()
               if i > 0 and doc[i - 1].lower_ == "on" and doc[i + 1].is_title]   # ("on J. Smith's report" has no such use)
    if starts:
        # Written as one column: ``token.is_sent_start = True`` checks the whole Doc for a parse
        # on each call.
        sent_starts = doc.to_array(SENT_START)
        sent_starts[starts] = 1
        doc.from_array([SENT_START], sent_starts.reshape(-1, 1))
    return doc


@Language.component("kg_name_boundaries")
def name_boundaries(doc: Doc) -> Doc:
    """An outlet or country name the ruler found at the start of a longer name ("The National" in
    "The National Intelligence Service") is not that outlet: leave the span to the NER model."""
    kept = []
    ents = doc.ents
    for ent in ents:
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ == "ORG" and nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" \
                and not nxt.is_sent_start:
            continue
        before = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "GPE" and before is not None and before.is_title and not before.is_sent_start \
                and before.lower_ in _REGION_DIRECTIONS and not (nxt is not None and nxt.is_title):
            # "Northern Ireland", "Western Australia": a region's own name, not the country's
            kept.append(Span(doc, ent.start - 1, ent.end, label="LOC"))
            continue
        kept.append(ent)
    # Only the ruler's spans exist yet; the NER model fills in the rest. Where none was dropped
    # and the ruler set every token in or out of them, writing them again would change nothing
    # (and took a tenth of a millisecond).
    if len(kept) < len(ents) or any(k is not e for k, e in zip(kept, ents)) or not doc.to_array(ENT_IOB).all():
        doc.ents = kept
    return doc


def gazetteer_for(rules: rule_files.Rules) -> Gazetteer:
    """The countries these rules know: the shared gazetteer unless the rules change countries."""
    if rules["countries"] == rule_files.builtin()["countries"]:
        return gazetteer()
    if "gazetteer" not in rules.derived:
        active = lexicon.ACTIVE
        lexicon.use(rules)             # Gazetteer reads the country names from kg.lexicon
        try:
            rules.derived["gazetteer"] = Gazetteer()
        finally:
            lexicon.use(active)
    return rules.derived["gazetteer"]


def name_patterns(rules: rule_files.Rules) -> list[dict]:
    """Entity ruler patterns for the names the rules know, then the rules' own patterns."""
    names = lexicon.names(rules)
    gaz = gazetteer_for(rules)
    patterns: list[dict] = []
    for name, aliases in names["NEWS_OUTLETS"].items():
        for form in [name, *aliases]:
            patterns.append({"label": "ORG", "pattern": form, "id": "outlet"})
    for name, entry in rules["organizations"].items():
        for form in [name, *entry.get("aliases", [])]:
            patterns.append({"label": "ORG", "pattern": form})
            if form.isupper() and form.isalpha() and len(form) >= 4 and form.title() not in entry.get("aliases", []):
                patterns.append({"label": "ORG", "pattern": form.title()})   # "Unicef", "Nato"
    for variants in names["COUNTRY_VARIANTS"].values():
        for form in variants:
            if gaz.country(form):
                patterns.append({"label": "GPE", "pattern": form})
    for country in gaz.countries.values():
        patterns.append({"label": "GPE", "pattern": country.name})
    for demonyms in names["DEMONYMS"].values():
        for form in demonyms:
            patterns.append({"label": "NORP", "pattern": form})
    return patterns + list(rules["entity_patterns"])


# The token attributes a one-word token pattern may name that the token array holds (kg's own
# token pattern is a word's shape: "S.Erdene", a name written with its initial joined).
_WORD_ATTRIBUTES = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "SHAPE": SHAPE}


class NameRuler(EntityRuler):
    """spaCy's entity ruler, whose token matcher runs only on a Doc holding a word that a token
    pattern names, where each token pattern is one word of a given spelling or shape. The matcher
    walks every token of every Doc (0.16 ms a document, a third of the component's time) for such
    patterns, which few articles have a word for; the token array tells at once."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._token_words: tuple[dict[int, numpy.ndarray] | None] | None = None   # (made when first asked)

    def add_patterns(self, patterns: list[dict]) -> None:
        super().add_patterns(patterns)
        self._token_words = None

    def clear(self) -> None:
        super().clear()
        self._token_words = None

    def match(self, doc: Doc):
        if self._token_words is None:
            self._token_words = (pattern_words(self.token_patterns, self.nlp.vocab.strings),)
        words = self._token_words[0]
        if words is None or any(numpy.isin(doc.to_array(attr), hashes).any() for attr, hashes in words.items()):
            return super().match(doc)
        self._require_patterns()
        with warnings.catch_warnings():   # (as EntityRuler.match: "no patterns" is no error here)
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = {(m_id, start, end) for m_id, start, end in self.phrase_matcher(doc) if start != end}
        return sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def set_annotations(self, doc: Doc, matches) -> None:
        """EntityRuler.set_annotations, with the tokens that already have an entity read once from
        the token array (it made a Span and its Tokens to ask them, for each of some forty
        matches a document)."""
        typed = None if self.overwrite else doc.to_array(ENT_TYPE).tolist()
        entities = list(doc.ents)
        new_entities = []
        seen_tokens: set[int] = set()
        for match_id, start, end in matches:
            if typed is not None and any(typed[start:end]):
                continue
            if start not in seen_tokens and end - 1 not in seen_tokens:
                if match_id in self._ent_ids:
                    label, ent_id = self._ent_ids[match_id]
                    span = Span(doc, start, end, label=label, span_id=ent_id)
                else:
                    span = Span(doc, start, end, label=match_id)
                new_entities.append(span)
                entities = [e for e in entities if not (e.start < end and e.end > start)]
                seen_tokens.update(range(start, end))
        doc.ents = entities + new_entities


def pattern_words(token_patterns: dict[str, list[list[dict]]], strings: StringStore) -> dict[int, numpy.ndarray] | None:
    """The hashes of the words the token patterns name, by token attribute (``{SHAPE: [hash of
    "X.Xxxxx"]}``), when every pattern is one word of a given attribute; None otherwise."""
    words: dict[int, set[int]] = {}
    for patterns in token_patterns.values():
        for pattern in patterns:
            if len(pattern) != 1 or len(pattern[0]) != 1:
                return None
            (key, value), = pattern[0].items()
            if key not in _WORD_ATTRIBUTES or not isinstance(value, str):
                return None
            words.setdefault(_WORD_ATTRIBUTES[key], set()).add(strings.add(value))
    return {attr: numpy.array(sorted(hashes), dtype=numpy.uint64) for attr, hashes in words.items()}


@Language.factory("kg_names", assigns=["doc.ents"], default_config={"rules": []})
def make_names(nlp: Language, name: str, rules: list[str]) -> EntityRuler:
    """spaCy's entity ruler holding kg's name patterns; exact spellings only (ORTH), and the NER
    model's own entities are kept where the ruler has none."""
    ruler = NameRuler(nlp, name, phrase_matcher_attr="ORTH", overwrite_ents=False)
    # Phrase patterns match spellings (ORTH): the tokenizer alone makes them. The ruler would run
    # every component already in the pipeline over each pattern (models not even loaded yet when
    # spaCy builds a saved pipeline from its config).
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(name_patterns(rule_files.load(rules)))
    return ruler
