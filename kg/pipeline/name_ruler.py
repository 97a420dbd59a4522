"""spaCy's entity ruler, reading and writing the Doc's token arrays where spaCy's own code makes a
Python object per token.

On a news article of 500 words, spaCy's ``EntityRuler`` took about 0.9 ms, a tenth of kg's own
work on it: its token ``Matcher`` walked every token for kg's one token pattern (a name written
with its initial joined to it, matched by shape), and writing its entities (``doc.ents = ...``)
made a Span of each match twice and a Python set of every token. Here a pattern of one token
whose attributes are exact values (``{"SHAPE": "X.Xxxxx"}``, ``{"LOWER": "hezbollah"}``) is
looked up in the token array (other token patterns still go to the ``Matcher``), and the
entities are written as ``Doc.set_ents`` writes them (``doc.ents`` calls it), as one
``Doc.from_array``. What the ruler finds and writes is the same.
"""
from __future__ import annotations

import warnings

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, LOWER, NORM, ORTH, SHAPE
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

# Token attributes a one-token pattern may test by exact value, read from the token array
# (the names the Matcher accepts for them).
_ARRAY_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "SHAPE": SHAPE}
# The entity columns of the token array, and the IOB codes spaCy stores: I(nside), O(utside), B(egin).
_ENT_COLUMNS = [ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID]
_I, _O, _B = 1, 2, 3


class NameRuler(EntityRuler):
    """An ``EntityRuler`` (same settings, patterns and results) that matches one-token patterns
    and writes its entities on the token arrays."""

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        lookups = self._array_lookups(doc)
        if lookups is None:   # a pattern of several tokens, or of other attributes
            return super().match(doc)
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = _array_matches(doc, lookups) + list(self.phrase_matcher(doc))
        # as EntityRuler.match orders them: longest first, then the earliest
        final_matches = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final_matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def _array_lookups(self, doc: Doc) -> list[tuple[int, list[int], list[int]]] | None:
        """Each token pattern as (match key, attribute ids, value keys), when every one is a single
        token of exact attribute values; None otherwise."""
        strings = doc.vocab.strings
        lookups = []
        for label, patterns in self.token_patterns.items():
            key = strings.add(label)
            for pattern in patterns:
                if len(pattern) != 1 or not pattern[0]:
                    return None
                tests = [(_ARRAY_ATTRS.get(str(name).upper()), value) for name, value in pattern[0].items()]
                if any(attr is None or not isinstance(value, str) for attr, value in tests):
                    return None
                lookups.append((key, [attr for attr, _ in tests], [strings.add(value) for _, value in tests]))
        return lookups

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int]]) -> None:
        """EntityRuler.set_annotations: the matches taken longest first, none over a token already
        in an entity (unless ``overwrite``) or over another match, then ``doc.ents`` set to the
        entities kept and the matches."""
        strings = doc.vocab.strings
        entities = [(e.start, e.end, e.label, e.kb_id, e.id) for e in doc.ents]
        typed = None if self.overwrite else doc.to_array(ENT_TYPE).tolist()
        new_entities = []
        seen_tokens: set[int] = set()
        for match_id, start, end in matches:
            if typed is not None and any(typed[start:end]):
                continue
            if start not in seen_tokens and end - 1 not in seen_tokens:
                if match_id in self._ent_ids:
                    label, ent_id = self._ent_ids[match_id]
                    new_entities.append((start, end, strings.add(label), 0, strings.add(ent_id)))
                else:
                    new_entities.append((start, end, match_id, 0, 0))
                entities = [e for e in entities if not (e[0] < end and e[1] > start)]
                seen_tokens.update(range(start, end))
        _set_ents(doc, entities + new_entities)


def _array_matches(doc: Doc, lookups: list[tuple[int, list[int], list[int]]]) -> list[tuple[int, int, int]]:
    """The Matcher's matches of one-token patterns: token by token, and at each token in the
    order of the patterns."""
    if not len(doc) or not lookups:
        return []
    found = []
    columns = sorted({attr for _, attrs, _ in lookups for attr in attrs})
    array = doc.to_array(columns).reshape(len(doc), len(columns))
    for n, (key, attrs, values) in enumerate(lookups):
        hits = numpy.ones(len(doc), dtype=bool)
        for attr, value in zip(attrs, values):
            hits &= array[:, columns.index(attr)] == value
        found.extend((i, n, key) for i in hits.nonzero()[0].tolist())
    return [(key, i, i + 1) for i, _, key in sorted(found)]


def _set_ents(doc: Doc, entities: list[tuple[int, int, int, int, int]]) -> None:
    """``doc.ents = entities`` ((start, end, label, kb id, id) that do not overlap), as
    ``Doc.set_ents`` writes it: every other token is outside any entity (its type cleared, its
    ids kept)."""
    n = len(doc)
    if not n:
        return
    ids = doc.to_array([ENT_ID, ENT_KB_ID])
    iob = numpy.full(n, _O, dtype=numpy.uint64)
    types = numpy.zeros(n, dtype=numpy.uint64)
    if entities:
        starts, ends, labels, kb_ids, ent_ids = (numpy.array(column, dtype=numpy.uint64)
                                                 for column in zip(*entities))
        lengths = (ends - starts).astype(numpy.intp)
        # the index of every token of an entity, and its entity's row
        inside = numpy.repeat(starts.astype(numpy.intp) - numpy.cumsum(lengths) + lengths, lengths) \
            + numpy.arange(lengths.sum())
        row = numpy.repeat(numpy.arange(len(entities)), lengths)
        iob[inside] = _I
        iob[starts.astype(numpy.intp)] = _B
        types[inside] = labels[row]
        ids[inside, 0] = ent_ids[row]
        ids[inside, 1] = kb_ids[row]
    doc.from_array(_ENT_COLUMNS, numpy.column_stack([iob, types, ids]))
