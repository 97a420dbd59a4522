"""Statements made by a verb of saying: its speakers, kind, negation and content, in the frames
news uses ("X said ...", "... was reported by X", "as X noted, ...", "..., the company said").
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.attribution import agent_of, is_trigger, kind_of, negated, subordinated, was_made
from kg.attribution_content import clause_without, content_span, parenthetical, parenthetical_as
from kg.attribution_subjects import subject_of
from kg.constants import ADVCL, AUX, AUXPASS, CCOMP, DOBJ, MARK, NSUBJ, NSUBJPASS, POBJ, PREP, SUBJECT_DEPS, XCOMP
from kg.quotes import adjacent_quote, quote_around
from kg.schema import Statement
from kg.sentences import sentence_of
from kg.speaker_roles import officer_voice, voice_of
from kg.speakers import entities_of_np
from kg.statement_context import DAY_LABELS, StatementContext
from kg.statement_record import make_statement


def from_verb(verb: Token, ctx: StatementContext, doc_id: str, quote_speaker: dict,
               anchor: date | None) -> list[Statement]:
    if not was_made(verb, ctx.in_quote):
        return []
    if verb.lemma_.lower() in lexicon.SOURCE_PARTICIPLES and verb.tag_ == "VBG" and is_trigger(verb.head):
        return []   # "reported, citing officials": whom the report relies on, not a second report
    kind = kind_of(verb)
    subject = subject_of(verb, ctx.in_quote)
    if parenthetical_as(verb):
        # "as X noted, prices rose": X said the clause the frame hangs on; "as reported by X"
        # is read with "according to".
        subject = next((c for c in verb.children if c.dep_ == NSUBJ), None)
        if subject is None:
            return []
        content = clause_without(verb.head, verb)
    elif subject is not None and subject.dep_ == NSUBJPASS and subject.head == verb:
        # "... was first reported by X", "calls for an inquiry were rejected by X": the agent
        # spoke and the subject is what was said; with no agent nobody is named.
        subject, content = agent_of(verb), _phrase(ctx.doc, subject)
        if subject is None or verb.lemma_.lower() in lexicon.CLAUSE_ONLY_VERBS:
            return []   # "war was declared by X" is an act, not a statement
    else:
        subject = subject or _speaker_before(ctx, verb)
        if subject is None or subject.lower_ in lexicon.FIRST_PERSON:
            return []
        content = content_span(verb, subject, ctx.quotes, kind)
        if content is None and (ctx.ents.at(subject) or subject.dep_ not in SUBJECT_DEPS):
            content = _said_before(ctx, verb, subject)   # named speakers only: a description
            # after the clause may point back into it ("Lexus vehicles, the automaker said"),
            # unless the parser hung it on the clause ("..., the manufacturer said": see
            # attribution.subject_of)
        if content is not None and content.start < subject.i < content.end:
            comma = _comma_before_speaker(ctx, verb)   # the speaker is no part of what was said
            content = ctx.doc[content.start:comma] if comma is not None and comma > content.start else content
        if parenthetical(verb):
            content = clause_without(verb.head, verb)
        elif content is not None and content.start > verb.i:
            content = _without_occasion(content)
    if kind == "denied" and any(c.dep_ == DOBJ and c.lemma_.lower() in lexicon.PROCEEDING_NOUNS
                                for c in verb.children):
        return []   # "the court dismissed an appeal": a ruling, not a denial
    refused = negated(verb)
    if content is None and (not refused or verb.lemma_.lower() in lexicon.CLAUSE_ONLY_VERBS):
        return []   # "X reported from Kyiv", "X contributed reporting", "did not accept the offer"
    speakers = entities_of_np(ctx, subject)
    if kind == "said" and verb.lemma_.lower() not in lexicon.NP_SAYING_VERBS:
        has_clause = any(c.dep_ in (CCOMP, XCOMP) or c.dep_ == ADVCL and not subordinated(c)
                         for c in verb.children) or adjacent_quote(ctx.quotes, verb) is not None
        if not has_clause and refused:
            return []   # "did not announce a change": no statement was made
    if kind == "reported" and not all(s in ctx.outlets for s in speakers):
        if verb.lemma_.lower() == "cite":
            return []
        kind = "said"
    result = []
    voice = voice_of(ctx, subject)
    officer = False   # whether the voice is by an officer's title (speaker_roles.officer_voice)
    for speaker in speakers:
        if speaker.split(":")[0] == "place":
            continue
        # (an outlet that "could not independently verify" a claim reports nothing: it did not confirm)
        k = "reported" if speaker in ctx.outlets and not (kind == "confirmed" and refused) else kind
        st = make_statement(ctx, doc_id, speaker, k, refused, verb, content, anchor)
        result.append(st)
        if not (voice[0] or voice[1] or officer) and st.date is None and st.date_text is None \
                and speaker.startswith("person:"):
            # (only a person with no day of their own takes their organisation's: kg.statement_days)
            voice, officer = officer_voice(ctx, subject), True
        if voice[0] or voice[1]:
            ctx.voices[st.id] = voice
            if officer:
                ctx.officers.add(st.id)
        if content is not None:
            q = quote_around(ctx.quotes, ctx.doc[content.start]) or adjacent_quote(ctx.quotes, verb)
            if q:
                quote_speaker.setdefault(q, st)
    return result


def _speaker_before(ctx: StatementContext, verb: Token) -> Token | None:
    """'"...," Flynn, a top adviser, said': the name between the quote and a verb the parser
    left without a subject."""
    sent_start = sentence_of(verb).start
    closing = [q[1] for q in ctx.quotes if q[1] <= verb.i and q[1] >= sent_start]
    if not closing:
        comma = _comma_before_speaker(ctx, verb)
        closing = [comma + 1] if comma is not None else []
    if not closing:
        return None
    for t in ctx.doc[max(closing):verb.i]:
        if ctx.ents.at(t) or t.lower_ in lexicon.PERSONAL_PRONOUNS:
            return t
    return None


def _without_occasion(content: Span) -> Span:
    """'accused Lai of "colluding with external forces" at a press conference last Wednesday':
    the occasion that closes what was said, when that is no clause of its own, is the
    occasion of saying it (and its day the statement's); a clause keeps its own ("said the plan
    was approved at a cabinet meeting on Monday")."""
    if any(t.tag_ in _FINITE for t in content):
        return content
    end = content.end
    while end > content.start and content.doc[end - 1].is_punct:
        end -= 1
    ends = {end - 1}   # the occasion closes it, its day after it or inside it ("in a televised
    while end > content.start and (content.doc[end - 1].ent_type_ in DAY_LABELS or content.doc[end - 1].is_punct):
        end -= 1       # address on Tuesday night")
    ends.add(end - 1)
    for prep in reversed(content):
        if prep.dep_ == PREP and prep.lower_ in _OCCASION_PREPOSITIONS and prep.i > content.start + 1 \
                and prep.right_edge.i in ends \
                and any(c.dep_ == POBJ and c.lemma_.lower() in lexicon.OCCASION_NOUNS for c in prep.children):
            last = prep.i
            while last > content.start and content.doc[last - 1].is_space:
                last -= 1
            return content.doc[content.start:last]
    return content


def _said_before(ctx: StatementContext, verb: Token, subject: Token) -> Span | None:
    """"The recall covers ... vehicles, the Japanese automaker said in a filing": with no clause
    of its own, a verb whose speaker's phrase follows a comma said what came before it, back to
    the last full stop (the parser may have cut that sentence in two)."""
    first = min(t.i for t in subject.subtree)
    comma = first - 1
    start = sentence_of(verb).start
    if comma <= start - 1 or ctx.doc[comma].text != "," or first > verb.i:
        return None
    while start > 0 and ctx.doc[start - 1].text not in (".", "!", "?", ":") and "\n" not in ctx.doc[start - 1].text:
        start = sentence_of(ctx.doc[start - 1]).start
    clause = ctx.doc[start:comma] if comma > start else None
    return clause if clause is not None and _is_clause(clause) else None


def _is_clause(span: Span) -> bool:
    """A span that says something: a finite verb heading it, not under "when", "if", "as"
    ("In Honolulu last week, X said" and "But when Congress cut funding, X said" say nothing)."""
    return any(t.pos_ in ("VERB", "AUX") and (t.tag_ in _FINITE or any(c.dep_ in (AUX, AUXPASS) and c.tag_ in _FINITE
                                                                    for c in t.children))
               and not (span.start <= t.head.i < span.end and t.head.i != t.i)
               and not any(c.dep_ == MARK or c.tag_ == "WRB" for c in t.children) for t in span)


_FINITE = ("VBD", "VBZ", "VBP", "MD")
_OCCASION_PREPOSITIONS = frozenset({"at", "during", "in"})   # "at a press conference", not "of the rally"   # ("has agreed": a finite auxiliary makes the clause)


def _comma_before_speaker(ctx: StatementContext, verb: Token) -> int | None:
    """"Rivers burst their banks ..., provincial governor Patrick Mushagalusa told Reuters": the
    comma after which a clause said first is closed by its speaker's noun phrase and the verb,
    when the parser put the speaker inside the clause."""
    i = verb.i - 1
    sent_start = sentence_of(verb).start
    while i > sent_start and ctx.doc[i].text != "," and ctx.doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART",
                                                                         "PUNCT", "NUM"):
        i -= 1
    return i if i > sent_start and ctx.doc[i].text == "," and i < verb.i - 1 else None


def _phrase(doc: Doc, head: Token) -> Span:
    sub = list(head.subtree)
    return doc[sub[0].i:sub[-1].i + 1]
