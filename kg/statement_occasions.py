"""Occasions: the gatherings a story tells with their day ("Choe met her Russian counterpart,
Sergei Lavrov, on Friday", "Tinubu told the summit on Sunday", "Speaking on Wednesday after talks
with Mark Rutte, Blinken said"). A statement told in the past with no day of its own that names
one back ("said after the meeting", "told reporters at the summit") or whose speaker took part in
one ("Lavrov, for his part, said ...") was made on that occasion's day: the day is the
participants', never another speaker's who was not there.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg import lexicon
from kg.attribution_subjects import subject_of
from kg.constants import ACL, ADVCL, APPOS, DET, DOBJ, POBJ, PREP, RELCL, SUBJECT_DEPS
from kg.dates import resolve_day
from kg.schema import Statement
from kg.statement_context import StatementContext, within
from kg.sentences import doc_text
from kg.statement_days import ahead, date_span, verbal
from kg.token_index import token_holding_char, tokens_named


@dataclass(frozen=True)
class Occasion:
    sentence: int
    day: str
    text: str | None                 # the day expression, as the story tells it
    participants: frozenset[str]     # entity ids
    names: frozenset[str]            # the nouns that name it back ("meeting", "summit")
    paragraph_end: int | None = None  # a scene's: where its paragraph ends (any speaker in it was there)


def occasions_in(ctx: StatementContext, sent: Span, new: list[Statement]) -> None:
    """Keep the occasions the sentence tells with their day (``ctx.occasions``)."""
    scene = _scene_of(ctx, sent, new)
    if scene is not None:
        ctx.occasions.append(scene)
    words = within(ctx.doc, ctx.occasion_words, sent)
    if not words or ctx.published is None or not (ctx.anchor_fresh or ctx.days_of(sent)):
        return
    has_days = bool(ctx.days_of(sent))
    for word in words:
        verb = _clause_verb(word)
        if verb is None or ahead(verb) or verb.i in ctx.in_quote:
            continue   # "will meet on Friday": still to come
        span = date_span(ctx, sent, None, _told_of(word)) if has_days else None
        day = resolve_day(span.text, ctx.published, ctx.anchor) if span is not None else None
        text = span.text.strip() if span is not None else None
        if span is None and ctx.anchor_fresh and verb.tag_ == "VBD" and ctx.anchor is not None \
                and not _told_before(ctx, word):
            day = ctx.anchor.isoformat()   # "X said on Thursday ... X spoke after he and Y met Z":
            # told with no day right after a sentence that told one, it happened on that day
        if day is None:
            continue
        lemma = word.lemma_.lower()
        names = lexicon.OCCASION_NAMES.get(lemma, frozenset()) if word is verb else frozenset({lemma})
        people = _participants(ctx, verb, word) | {st.speaker for st in new if st.date == day}
        ctx.occasions.append(Occasion(ctx.sentence_of.get(word.i, 0), day, text, frozenset(people), names))


def _scene_of(ctx: StatementContext, sent: Span, new: list[Statement]) -> Occasion | None:
    """"At the U.N. Security Council on Wednesday, X warned ...": a sentence opened by where and
    when it happens sets the scene of its paragraph; whoever speaks in the paragraph after it
    speaks there, and "told the council" names it back."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.lower_ != "at" or first.dep_ != PREP or first.head.pos_ not in ("VERB", "AUX") \
            or ctx.published is None:
        return None
    venue = next((c for c in first.children if c.dep_ == POBJ), None)
    span = date_span(ctx, sent, None, verbal(first.head)) if venue is not None else None
    day = resolve_day(span.text, ctx.published, ctx.anchor) if span is not None else None
    if day is None:
        return None
    text = doc_text(ctx.doc)
    end = text.find("\n", sent.start_char)   # (the end of its paragraph)
    return Occasion(ctx.sentence_of.get(first.i, 0), day, span.text.strip(), frozenset(st.speaker for st in new),
                    frozenset({venue.lemma_.lower()}), end if end >= 0 else len(text))


def date_by_occasions(ctx: StatementContext, statements: list[Statement], past: set[str]) -> None:
    """A statement told in the past with no day of its own takes the day of the latest occasion
    before it that it names back or that its speaker took part in, unless the speaker's own
    statement told with a day stands between them (that day goes on: kg.statement_days)."""
    if not ctx.occasions:
        return
    for n, st in enumerate(statements):
        if st.date is not None or st.date_text is not None or st.id not in past:
            continue
        named = _named_back(ctx, st) if any(o.names for o in ctx.occasions) else frozenset()
        before = [o for o in reversed(ctx.occasions) if o.sentence < st.sentence]
        occasion = next((o for o in before if o.names & named), None) \
            or next((o for o in before if _same_scene(ctx, o, st)
                     and (st.speaker in o.participants or _AFTER in named and o.names
                          or o.paragraph_end is not None and st.start < o.paragraph_end
                          or o.names and _attended(ctx, st))), None)
        if occasion is None or any(b.speaker == st.speaker and b.date_text is not None
                                   and occasion.sentence <= b.sentence < st.sentence for b in statements[:n]):
            continue
        st.date, st.date_text = occasion.day, occasion.text


def _told_before(ctx: StatementContext, word: Token) -> bool:
    """"Hours after the summit closed": a gathering named back, not a new one."""
    lemma = word.lemma_.lower()
    return any(lemma in o.names for o in ctx.occasions) and any(c.dep_ == DET and c.lower_ == "the" for c in word.children)


def _attended(ctx: StatementContext, st: Statement) -> bool:
    """"Rep. Park Sun-won, who also attended, said ...": a speaker told to have been at a gathering
    the sentence does not name (a relative clause of an occasion verb with no object of its own)
    was at the last one told."""
    cue = token_holding_char(ctx.doc, st.start)
    subject = subject_of(ctx.doc[cue]) if cue is not None else None
    return subject is not None and any(
        c.dep_ == RELCL and c.lemma_.lower() in lexicon.OCCASION_VERBS
        and not any(o.dep_ in (DOBJ, PREP) for o in c.children) for c in subject.subtree)


def _same_scene(ctx: StatementContext, occasion: Occasion, st: Statement) -> bool:
    """Whether the story is still at the occasion: no sentence between them told a day of its own
    ("Modi held talks with Lula on Saturday ... Ramaphosa met Li on Sunday ... Lula also urged":
    the story has moved on)."""
    return not any(occasion.sentence < told < st.sentence for told in ctx.days_told)


def _clause_verb(word: Token) -> Token | None:
    """The occasion verb itself, or the verb of the clause an occasion noun stands in ("told the
    summit on Sunday", "after talks with X, Y said")."""
    if word.pos_ == "VERB":
        return word if word.lemma_.lower() in lexicon.OCCASION_NAMES else None
    if word.pos_ != "NOUN" or not (word.dep_ in SUBJECT_DEPS or word.dep_ == DOBJ or word.dep_ == POBJ
                                   and word.head.lower_ not in lexicon.CONTENT_PREPOSITIONS):
        return None   # "rejected the summit's demands on Monday" tells of no summit that day
    node = word
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _told_of(word: Token) -> Token:
    """The verb whose day is the occasion's: the clause it stands in, past a participle set beside
    it ("Speaking on Wednesday after talks with X, Y said": the day is told of "said")."""
    if word.pos_ == "VERB" and word.tag_ in ("VBG", "VBN") and word.dep_ in (ADVCL, ACL):
        return verbal(word.head)
    return verbal(word)


def _participants(ctx: StatementContext, verb: Token, word: Token) -> set[str]:
    """Who took part: the verb's subjects and objects ("X met Y"), and whoever the occasion was
    "with" ("talks with the Nato secretary general, Mark Rutte"), each with their conjuncts and
    appositions."""
    found: list[Token] = [c for c in verb.children if c.dep_ in SUBJECT_DEPS or c.dep_ == DOBJ]
    for head in {verb, word}:
        found += [p for prep in head.children if prep.dep_ == PREP and prep.lower_ == "with"
                  for p in prep.children if p.dep_ == POBJ]
    people = set()
    for token in found:
        for t in (token, *token.conjuncts):
            for named in (t, *(c for c in t.children if c.dep_ == APPOS)):
                entity = ctx.ents.at(named)
                if entity is not None:
                    people.add(entity)
    return people


_AFTER = "after"   # (a gathering named back as over: "told reporters after the session")


def _named_back(ctx: StatementContext, st: Statement) -> frozenset[str]:
    """The gatherings the statement's sentence names back outside what was said ("said after the
    meeting", "told the summit"), and ``_AFTER`` when one is named as over: "after the session"
    is the last gathering told, whatever the story called it ("a closed-door briefing")."""
    venues = frozenset(name for o in ctx.occasions if o.paragraph_end is not None for name in o.names)
    indexes = ctx.occasion_words if not venues else sorted({*ctx.occasion_words, *tokens_named(ctx.doc, venues)})
    words = [ctx.doc[i] for i in indexes if ctx.sentence_of.get(i) == st.sentence]
    named = [t for t in words if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in lexicon.OCCASION_EVENTS | venues
             and not st.content_start <= t.idx < st.content_end
             and any(c.dep_ == DET and c.lower_ == "the" for c in t.children)]
    over = any(t.dep_ == POBJ and t.head.lower_ in ("after", "following") for t in named)
    return frozenset(t.lemma_.lower() for t in named) | ({_AFTER} if over else set())
