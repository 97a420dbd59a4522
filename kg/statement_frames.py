"""Statements made without a verb of saying: "according to X", "as per X", "as reported by X",
and a call ("a call by X for Y", "X renewed his call for Y").
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from kg import lexicon
from kg.attribution_content import clause_without
from kg.attribution_subjects import subject_of
from kg.constants import ACL, ADVCL, DOBJ, MARK, POBJ, PREP, RELCL
from kg.schema import Statement
from kg.speakers import entities_of_np
from kg.statement_context import StatementContext
from kg.statement_record import make_statement


def according_to(sent: Span, ctx: StatementContext, doc_id: str, anchor: date | None) -> list[Statement]:
    """"according to X", "as per X", "as reported by X": X is the source of the main clause."""
    result = []
    for t in ctx.frames_in(sent):
        source = None
        if t.lower_ == "according" and t.i + 1 < len(ctx.doc) and ctx.doc[t.i + 1].lower_ == "to":
            to = ctx.doc[t.i + 1]
            source = next((c for c in to.children if c.dep_ == POBJ), None)
        elif t.lower_ == "per" and t.i > 0 and ctx.doc[t.i - 1].lower_ == "as":
            source = next((c for c in t.children if c.dep_ == POBJ), None)
        elif t.lower_ == "by" and t.head.lemma_ == "report" and t.head.i < t.i \
                and any(c.lower_ == "as" for c in t.head.children):
            source = next((c for c in t.children if c.dep_ == POBJ), None)
        if source is None or source.i in ctx.in_quote:
            continue
        speakers = entities_of_np(ctx, source)
        clause = sent.root
        frame = t.head if t.lower_ == "by" else t
        span = clause_without(clause, frame)
        if span is None or clause.i in {f.i for f in frame.subtree}:
            continue   # "According to X, basically.": no clause is credited
        for speaker in speakers:
            kind = "reported" if speaker in ctx.outlets else "said"
            # (dated by the frame alone: "X attacked the convoy on Nov. 9, according to the
            # agency" tells the attack's day, not the agency's)
            result.append(make_statement(ctx, doc_id, speaker, kind, False, t, span, anchor, frame))
    return result


def nominal_calls(sent: Span, ctx: StatementContext, doc_id: str, anchor: date | None) -> list[Statement]:
    """"a call by X (for Y)": X called for Y, or for what the sentence quotes; so did X who
    "renewed his call for Y" or "sounded a call for Y" (`call_verbs`)."""
    result = []
    for t in ctx.frames_in(sent):
        if t.lemma_ != "call" or t.pos_ != "NOUN":
            continue
        agents = [pobj for prep in t.children if prep.lower_ == "by"
                  for pobj in prep.children if pobj.dep_ == POBJ] or _caller(t)
        if not agents:
            continue
        content = _called_for(t)
        for prep in t.children:
            if prep.lower_ == "to" and prep.dep_ == PREP:
                sub = list(prep.subtree)
                content = ctx.doc[sub[0].i:sub[-1].i + 1]
        if content is None:
            quotes = [q for q in ctx.quotes if sent.start <= q[0] < sent.end]
            content = ctx.doc[quotes[0][0] + 1:quotes[0][1] - 1] if quotes else None
        for speaker in entities_of_np(ctx, agents[0]):
            result.append(make_statement(ctx, doc_id, speaker, "called_for", False, t, content, anchor))
    return result


def _called_for(call: Token) -> Span | None:
    """What a call is for: "a call for calm", "a call for the US to accept refugees" (where the
    parser makes "for" the mark of the clause)."""
    for child in call.children:
        if child.dep_ == PREP and child.lower_ == "for" or child.dep_ in (ADVCL, ACL, RELCL) and any(
                c.dep_ == MARK and c.lower_ == "for" for c in child.children):
            sub = list(child.subtree)
            return call.doc[sub[0].i:sub[-1].i + 1]
    return None


def _caller(call: Token) -> list[Token]:
    """"Pope Leo renewed his call for a ceasefire", "Obama sounded a call for ...": the subject of
    the verb that makes the call, when it is a call for something (not "rejected calls for")."""
    if call.dep_ != DOBJ or call.head.lemma_.lower() not in lexicon.CALL_VERBS or _called_for(call) is None:
        return []
    subject = subject_of(call.head)
    return [subject] if subject is not None else []
