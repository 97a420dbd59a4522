"""One statement record: its id, what was said (the antecedent of "it" when that is all) and its
day (kg.statement_days).
"""
from __future__ import annotations

import hashlib
from datetime import date, timedelta

from spacy.tokens import Span, Token

from kg.constants import AUX, CC, CONJ, DOBJ, CCOMP, NEG, PCOMP, PREP, XCOMP
from kg.dates import is_same_day, resolve_day
from kg.schema import Statement
from kg.sentences import sentence_of, span_text
from kg.statement_context import StatementContext
from kg.statement_days import date_span, day_before_in_sentence, days_apart, days_from_another


CONTENT_PRONOUNS = frozenset("it them this that these those".split())


def statement_id(doc_id: str, start: int, kind: str, speaker: str) -> str:
    return "st:" + hashlib.sha1(f"{doc_id}|{start}|{kind}|{speaker}".encode()).hexdigest()[:16]


def make_statement(ctx: StatementContext, doc_id: str, speaker: str, kind: str, negated: bool, cue: Token,
          content: Span | None, anchor: date | None, clause: Token | None = None) -> Statement:
    sent = sentence_of(cue)
    said_on = date_span(ctx, sent, content, clause or cue)
    date_text = said_on.text.strip() if said_on is not None else None
    apart = days_apart(said_on) if said_on is not None else None
    if apart is not None:
        date_text = ctx.doc[apart[1].left_edge.i:said_on.end].text
    day = None
    sentence_anchor = day_before_in_sentence(ctx, sent, said_on) if apart is None else None
    anchor = sentence_anchor or anchor
    same_day = bool(date_text) and is_same_day(date_text) and not ctx.anchor_fresh and sentence_anchor is None
    if same_day:
        date_text = None   # "Vietjet said the same day": the day of the statement told before it
    if date_text:
        day = resolve_day(said_on.text if apart else date_text, ctx.published, anchor or ctx.published)
        if day and apart:
            day = (date.fromisoformat(day) + timedelta(days=apart[0])).isoformat()
    elif ctx.published:
        day, date_text = days_from_another(ctx, sent, clause or cue, anchor)
    said = span_text(content).strip() if content is not None else ""
    if not said:
        content, said = sent, span_text(sent).strip()
    elif said.lower() in CONTENT_PRONOUNS and clause is None:
        antecedent = antecedent_content(ctx, cue)
        if antecedent is not None:
            content, said = antecedent, span_text(antecedent).strip()
    about = sorted({ctx.ents.by_token[i] for i in range(content.start, content.end)
                    if i in ctx.ents.by_token} - {speaker})
    st_id = statement_id(doc_id, cue.idx, kind, speaker)
    if same_day:
        ctx.same_day.add(st_id)
    return Statement(
        id=st_id, speaker=speaker, kind=kind,
        negated=negated, content=said, content_start=content.start_char,
        content_end=content.end_char, sentence=ctx.sentence_of.get(cue.i, 0), start=cue.idx,
        end=cue.idx + len(cue), cue=cue.text, date=day, date_text=date_text, about=about,
    )


def antecedent_content(ctx: StatementContext, cue: Token) -> Span | None:
    """"has not denied the deployment ... but refused to confirm it": "it" is the deployment."""
    node = cue
    while node.dep_ in (CONJ, XCOMP, PCOMP, PREP) and node.head.i != node.i:
        node = node.head
        for child in node.children:
            if child.dep_ in (DOBJ, CCOMP) and child.i < cue.i:
                sub = [t for t in child.subtree if t.i < cue.i and not t.dep_ == CC]
                while sub and (sub[-1].is_punct or sub[-1].dep_ in (CC, AUX, NEG) or sub[-1].pos_ == "AUX"):
                    sub.pop()
                if sub:
                    return ctx.doc[sub[0].i:sub[-1].i + 1]
    return None
