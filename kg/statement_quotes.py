"""Statements carried on by quotations: a quote continued after its attribution, a paragraph that
is only a quote, and first-person verbs of saying inside a speaker's quote.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.attribution import kind_of, negated, was_made
from kg.attribution_content import content_span
from kg.attribution_nesting import act_only
from kg.attribution_subjects import subject_of
from kg.paragraphs import quote_only_paragraphs
from kg.schema import Statement
from kg.statement_context import StatementContext, index_at, within_bounds
from kg.statement_record import CONTENT_PRONOUNS, make_statement


def continued_quotes(ctx: StatementContext, doc_id: str, quote_speaker: dict,
                      found: list[Statement]) -> list[Statement]:
    """'"...," said X. "But ..."': a quote that opens a sentence of the same paragraph, with no
    attribution of its own, goes on with the speaker of the quote before it."""
    result = []
    doc = ctx.doc
    for q in ctx.quotes:
        if q in quote_speaker or q[1] - q[0] < 5 or not _opens_sentence(doc, q[0]):
            continue
        earlier = [p for p in quote_speaker if p[1] <= q[0]]
        if not earlier:
            continue
        previous = max(earlier, key=lambda p: p[1])
        outer = quote_speaker[previous]
        if "\n" in doc[previous[1]:q[0]].text or any(
                previous[1] <= index_at(doc, st.start) < q[1] and st.speaker != outer.speaker for st in found):
            continue
        content = doc[q[0] + 1:q[1] - 1]
        st = make_statement(ctx, doc_id, outer.speaker, "said", False, doc[q[0] + 1], content, None)
        st.start, st.end, st.cue = outer.start, outer.end, outer.cue
        st.date, st.date_text = outer.date, outer.date_text
        quote_speaker[q] = st
        result.append(st)
    return result


def quote_paragraphs(ctx: StatementContext, doc_id: str, quote_speaker: dict,
                      found: list[Statement]) -> list[Statement]:
    """A paragraph that is only a quotation goes on with the last speaker of the paragraph
    before it (see kg.paragraphs)."""
    result: list[Statement] = []
    for para in quote_only_paragraphs(ctx.doc, ctx.quotes):
        if para.quote in quote_speaker or any(para.start_char <= st.start < para.end_char for st in found):
            continue
        before = [st for st in found + result if para.previous[0] <= st.start < para.previous[1]
                  or para.previous[0] <= st.content_start < para.previous[1]]
        if not before:
            continue
        outer = max(before, key=lambda st: (st.content_start, st.start))
        content = ctx.doc[para.quote[0] + 1:para.quote[1] - 1]
        kind = "reported" if outer.speaker in ctx.outlets else "said"
        st = make_statement(ctx, doc_id, outer.speaker, kind, False, ctx.doc[para.quote[0] + 1], content, None)
        st.cue, st.date, st.date_text = outer.cue, outer.date, outer.date_text
        st.start, st.end = outer.start, outer.end   # the verb that named the speaker
        quote_speaker[para.quote] = st
        result.append(st)
    return result


def first_person_in_quotes(ctx: StatementContext, doc_id: str, quote_speaker: dict,
                            found: list[Statement]) -> list[Statement]:
    """"I call upon them...", "I can't confirm that," X said: the quote's speaker did so,
    on the day the quote was given."""
    result = []
    for (qs, qe), outer in quote_speaker.items():
        for t in within_bounds(ctx.doc, ctx.triggers, qs, qe):   # (the verbs of saying in the quote)
            if not was_made(t, set()) or act_only(t):
                continue   # "We will not accept numbers ...": an act, not a statement
            subject = subject_of(t)
            if subject is None or subject.lower_ not in lexicon.FIRST_PERSON:
                continue
            content = within_quote(ctx, content_span(t, subject, ctx.quotes, kind_of(t)), qs, qe)
            st = make_statement(ctx, doc_id, outer.speaker, kind_of(t), negated(t), t, content, None)
            st.date, st.date_text = outer.date, outer.date_text
            result.append(st)
    return result


def within_quote(ctx: StatementContext, content: Span | None, qs: int, qe: int) -> Span:
    """What the speaker said inside their own quote; "I can't confirm that" is about the
    whole quote, not the attribution after it."""
    whole = ctx.doc[qs + 1:qe - 1]
    if content is None:
        return whole
    start, end = max(content.start, qs + 1), min(content.end, qe - 1)
    while end > start and ctx.doc[end - 1].is_punct:
        end -= 1
    clipped = ctx.doc[start:end]
    if end <= start or clipped.text.strip().lower() in CONTENT_PRONOUNS:
        return whole
    return clipped


def _opens_sentence(doc: Doc, i: int) -> bool:
    return doc[i].is_sent_start or i + 1 < len(doc) and doc[i + 1].is_sent_start \
        or i > 0 and doc[i - 1].is_space and "\n" in doc[i - 1].text
