"""Headlines that attribute ("Kenya says drought is over"): counted once with the body's telling
of the same statement, to which they give their day (kg.statements).
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.schema import Statement
from kg.sentences import doc_text, sentence_spans, span_text
from kg.statement_context import index_at


def opens_on_headline(doc: Doc) -> bool:
    """Whether the text's first sentence is a line of its own: a headline."""
    first = next((s for s in sentence_spans(doc) if span_text(s).strip()), None)
    return first is not None and "\n" in doc_text(doc)[first.end_char:first.end_char + 3] + span_text(first).rstrip(" ")


def _headline_statements(doc: Doc, statements: list[Statement], headline: bool) -> list[Statement]:
    """The statements of a headline that attributes ("Kenya says drought is over"): the first
    line of the text, on its own, in the present tense of news headlines."""
    if not headline:
        return []
    found = []
    for st in statements:
        if st.sentence != 0:
            continue
        at = index_at(doc, st.start)
        if at >= 0 and doc[at].tag_ in ("VBZ", "VBP"):
            found.append(st)
    return found


def merge_headline(doc: Doc, statements: list[Statement], headline: bool) -> list[Statement]:
    """A headline that attributes counts once: when the body tells the same (speaker, kind,
    polarity), the body's version stands for both."""
    dropped = {st.id for st in _headline_statements(doc, statements, headline)
               if any(_same_statement(st, body) for body in statements if body.sentence > 0)}
    return [st for st in statements if st.id not in dropped] if dropped else statements


def headline_days(doc: Doc, statements: list[Statement], headline: bool) -> None:
    """"Jaishankar on Monday says India engaged with US ...": a day the headline gives its
    statement is the day of the body's telling of it, when the body gives none."""
    for head in _headline_statements(doc, statements, headline):
        if head.date is None:
            continue
        body = next((st for st in statements if st.sentence > 0 and _same_statement(head, st)), None)
        if body is not None and body.date is None and body.date_text is None:
            body.date, body.date_text = head.date, head.date_text


def _same_statement(a: Statement, b: Statement) -> bool:
    """The same speaker, kind and polarity, and at least half of the shorter content's words."""
    if (a.speaker, a.kind, a.negated) != (b.speaker, b.kind, b.negated):
        return False
    words_a, words_b = set(a.content.lower().split()), set(b.content.lower().split())
    shorter = min(len(words_a), len(words_b))
    return shorter > 0 and len(words_a & words_b) >= shorter / 2
