"""The spaCy pipeline: loaded once, with kg's rules added as pipeline components."""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon
from kg.errors import KgError
from kg.gazetteer import gazetteer


class ModelNotFound(KgError):
    pass


@Language.component("kg_paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """A new line starts a new sentence: saved pages put one paragraph per line, and the parser
    otherwise runs a headline or a blanked-out menu into the next sentence."""
    for i, token in enumerate(doc[:-1]):
        if token.is_space and "\n" in token.text:
            doc[i + 1].is_sent_start = True
    return doc


@Language.component("kg_name_boundaries")
def name_boundaries(doc: Doc) -> Doc:
    """An outlet or country name the ruler found at the start of a longer name ("The National" in
    "The National Intelligence Service") is not that outlet: leave the span to the NER model."""
    kept = []
    for ent in doc.ents:
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ == "ORG" and nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" \
                and not nxt.is_sent_start:
            continue
        kept.append(ent)
    doc.ents = kept   # only the ruler's spans exist yet; the NER model fills in the rest
    return doc


def _ruler_patterns() -> list[dict]:
    gaz = gazetteer()
    patterns: list[dict] = []
    for name, aliases in lexicon.NEWS_OUTLETS.items():
        for form in [name, *aliases]:
            patterns.append({"label": "ORG", "pattern": form, "id": "outlet"})
    for variants in lexicon.COUNTRY_VARIANTS.values():
        for form in variants:
            if gaz.country(form):
                patterns.append({"label": "GPE", "pattern": form})
    for country in gaz.countries.values():
        patterns.append({"label": "GPE", "pattern": country.name})
    for demonyms in lexicon.DEMONYMS.values():
        for form in demonyms:
            patterns.append({"label": "NORP", "pattern": form})
    return patterns


def load(model: str) -> Language:
    """Load a spaCy model by package name or path and add kg's components."""
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed (pip install it, or pick one with --model)"
        ) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraph_sentences", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="kg_names", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    ruler.add_patterns(_ruler_patterns())
    nlp.add_pipe("kg_name_boundaries", after="kg_names")
    return nlp
