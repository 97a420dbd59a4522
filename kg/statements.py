"""Who said, confirmed, denied... what, and when: attributions read off the dependency parse.

The rules follow how news attributes speech: a verb of saying and its subject ("Rutte told
reporters"), quote-first sentences, conjoined speakers, "according to X", a spokesperson standing
for their organisation, pronouns pointing back to the last person who spoke, first-person
verbs inside a quote belonging to the quote's speaker, and negation carried by the verb or by
a governing "refused to" / "refrained from".
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.constants import (ACL, ADVCL, ADVMOD, AUX, CC, CCOMP, COMPOUND, CONJ, DOBJ, MARK, NAME_LINK_DEPS, NEG, NPADVMOD, NSUBJ,
                           NSUBJPASS, PCOMP, POBJ, PREP, RELCL, SUBJECT_DEPS, XCOMP)
from kg.attribution import (act_only, adjacent_quote, agent_of, clause_without, content_span, embedded, find_quotes,
                            is_trigger, kind_of, negated, parenthetical, parenthetical_as, quote_around, speaker_aside,
                            subject_of, subordinated, timeline_count, was_made)
from kg.dates import (MONTH_NAMES, WEEKDAY_NAMES, first_day_in, is_day_expression, is_relative_day, is_same_day,
                      resolve_day, writing_day)
from kg.entities import DocEntities
from kg.name_spans import is_title_word as _is_title_word
from kg.paragraphs import quote_only_paragraphs
from kg.speakers import apposed_person, entities_of_np, voice_of
from kg.schema import Statement
from kg.sentences import SentenceEntities, doc_text, sentence_of, sentence_spans, span_text
from kg.token_index import token_at_char, tokens_labelled, tokens_named

_PRONOUNS = frozenset("it them this that these those".split())
_TRIGGER_EXTRAS = frozenset({"call", "point"})   # verbs whose kind their particle decides (kind_of)
_FRAME_WORDS = frozenset({"according", "per", "by", "call"})
# the model labels "Wednesday night", "Monday evening" TIME: a day all the same (is_day_expression
# keeps out times that name none, "at 10 a.m.")
_DAY_LABELS = ("DATE", "TIME")


@dataclass
class _Context:
    doc: Doc
    ents: DocEntities
    sentence_of: dict[int, int]
    published: date | None
    quotes: list[tuple[int, int]]
    in_quote: set[int]
    last_person: str | None = None
    last_org: str | None = None
    anchor: date | None = None
    anchor_sentence: int = -2      # which sentence told the anchor's day
    anchor_fresh: bool = False     # whether it was the sentence before the one being read
    outlets: set[str] = field(default_factory=set)
    sentence_ents: SentenceEntities | None = None
    genders: dict[str, str] | None = None
    triggers: list[int] = field(default_factory=list)   # verbs of saying, in order
    frames: list[int] = field(default_factory=list)     # "according", "per", "by", "call"
    subjects: list[int] = field(default_factory=list)   # tokens labelled subjects, in order
    weekdays: list[int] = field(default_factory=list)   # weekday names, which the model may not tag
    months: list[int] = field(default_factory=list)     # month names, likewise ("dated Feb 7")
    days: dict[tuple[int, int], list[Span]] = field(default_factory=dict)   # a sentence's days
    # whom a statement's speaker speaks for, by the role named with them (speakers.voice_of)
    voices: dict[str, tuple[frozenset[str], bool]] = field(default_factory=dict)
    same_day: set[str] = field(default_factory=set)   # statements told "the same day" as the one before

    def triggers_in(self, sent: Span) -> list[Token]:
        return _within(self.doc, self.triggers, sent)

    def frames_in(self, sent: Span) -> list[Token]:
        return _within(self.doc, self.frames, sent)

    def ents_of(self, sent: Span) -> list[Span]:
        if self.sentence_ents is None:
            self.sentence_ents = SentenceEntities.of_doc(self.doc)
        return self.sentence_ents.of(sent)

    def days_of(self, sent: Span) -> list[Span]:
        """The sentence's day and time expressions: the model's, and weekday names it left
        untagged ("wrote on X late Wednesday")."""
        if (sent.start, sent.end) in self.days:
            return self.days[(sent.start, sent.end)]
        days = [_with_time_of_day(e) for e in self.ents_of(sent) if e.label_ in _DAY_LABELS]
        untagged = [Span(self.doc, t.i, t.i + 1, label="DATE") for t in _within(self.doc, self.weekdays, sent)
                    if not t.ent_type_]
        untagged += [day for t in _within(self.doc, self.months, sent) if not t.ent_type_ and t.text[0].isupper()
                     for day in [_month_day(self.doc, t)] if day is not None]
        days = sorted(days + untagged, key=lambda e: e.start) if untagged else days
        self.days[(sent.start, sent.end)] = days
        return days


def _with_time_of_day(day: Span) -> Span:
    """"later in the day": the model tags only "the day"."""
    if len(day) == 2 and day.start >= 2 and day[1].lower_ == "day" and day[0].lower_ == "the" \
            and is_same_day(day.doc[day.start - 2:day.end].text):
        return Span(day.doc, day.start - 2, day.end, label=day.label_)
    return day


def _month_day(doc: Doc, month: Token) -> Span | None:
    """"Feb 7", "7 February" around a month name the model did not tag, as a day span."""
    start, end = month.i, month.i + 1
    if end < len(doc) and doc[end].like_num and doc[end].text.isdigit() and int(doc[end].text) <= 31:
        end += 1
    elif start > 0 and doc[start - 1].text.isdigit() and int(doc[start - 1].text) <= 31:
        start -= 1
    else:
        return None
    span = Span(doc, start, end, label="DATE")
    return span if is_day_expression(span.text) else None


def _within(doc: Doc, indexes: list[int], sent: Span) -> list[Token]:
    return [doc[i] for i in indexes[bisect_left(indexes, sent.start):bisect_left(indexes, sent.end)]]


def _date_expression(ctx: _Context, sent: Span, content: Span | None, verb: Token | None = None) -> str | None:
    """The day expressions of the sentence outside the content, and (given a verb) said of that
    verb: "said on Wednesday (Oct 30)", not "where officials say" in a clause of another verb."""
    span = _date_span(ctx, sent, content, verb)
    return span.text.strip() if span is not None else None


def _date_span(ctx: _Context, sent: Span, content: Span | None, verb: Token | None = None) -> Span | None:
    inside = range(content.start, content.end) if content is not None else range(0)
    # the verb's own clause, a participle set off beside its speaker ("X, asked about it last
    # Saturday, said"), and the act a participle of saying hangs on ("cut its rate on Wednesday,
    # saying ...": said as it acted)
    targets = {_verbal(verb), speaker_aside(verb)} if verb is not None else set()
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ == ADVCL and verb.head.i < verb.i:
        targets.add(_verbal(verb.head))
    dates = [e for e in ctx.days_of(sent)
             if (e.start not in inside or _on_the_object(e, verb))
             and is_day_expression(e.text)   # "a weekly news conference" names no day
             and (verb is None or _verbal(e.root) in targets
                  or content is not None and verb.i < e.start and e.end <= content.start
                  or content is not None and e.start >= content.end > content.start
                  and content.start <= _verbal(e.root).i < content.end)]
    # (and a day after what was said that the parser hung inside it: the occasion's, "accused X of
    # "..." at a press conference last Wednesday")
    # (a day between the verb and what was said is the verb's, wherever the parser hung it:
    # "said on Monday it would recall")
    if not dates:
        return None
    first = dates[0]
    start, end = first.start, first.end
    for e in ctx.days_of(sent):
        if e.start > first.start and e.start - end <= 2:
            end = e.end   # "Wednesday (Oct 30)"
    return ctx.doc[start:end]


def _days_apart(day: Span) -> tuple[int, Token] | None:
    """"speaking a day before the bank's Oct. 30 decision", "two days after Tuesday's vote": how
    many days the act is told before (negative) or after the day named, and the count's noun."""
    node = day.root
    for _ in range(3):
        if node.dep_ == POBJ and node.head.dep_ == PREP and node.head.lower_ in ("before", "after"):
            mark = node.head
            count = next((c for c in (*mark.children, *mark.head.children) if c.dep_ == NPADVMOD
                          and c.lemma_.lower() == "day" and c.i < mark.i), None)
            days = _count_of(count) if count is not None else None
            if days is None:
                return None
            return (-days if mark.lower_ == "before" else days), count
        node = node.head
    return None


def _days_from_another(ctx: _Context, sent: Span, verb: Token, anchor: date | None) -> tuple[str | None, str | None]:
    """"Sheinbaum said Tuesday ..., a day after Trump accused Mexico of ...": an act told in a
    clause set "a day after" (or "two days before") another is dated from that one's day."""
    timeline = timeline_count(verb)
    days = _count_of(timeline[0]) if timeline is not None else None
    if days is None:
        return None, None
    count, mark = timeline
    governor = verb.head
    while not is_trigger(governor) and governor.head.i != governor.i:
        governor = governor.head
    said = content_span(governor, subject_of(governor), ctx.quotes, kind_of(governor)) if is_trigger(governor) else None
    text = _date_expression(ctx, sent, said, governor)
    day = resolve_day(text, ctx.published, anchor or ctx.published) if text else None
    if day is None:
        return None, None
    shifted = date.fromisoformat(day) + timedelta(days=-days if mark.lower_ == "after" else days)
    return shifted.isoformat(), f"{ctx.doc[count.left_edge.i:mark.i + 1].text} {text}"


def _count_of(noun: Token) -> int | None:
    """"a day", "two days", "3 days": how many."""
    words = [c.lower_ for c in noun.children if c.dep_ in ("det", "nummod")]
    if not words:
        return None
    return {"a": 1, "one": 1, "two": 2, "three": 3}.get(words[0]) or (int(words[0]) if words[0].isdigit() else None)


def _on_the_object(day: Span, verb: Token | None) -> bool:
    """"rejected the accusation on Wednesday": a day hung on the verb, or by the parser on its
    object noun, is the day of the verb even where what was said runs past it (a clause's day,
    "said the cut takes effect on Wednesday", is not)."""
    if verb is None:
        return False
    prep = day.root.head
    if day.root.head == verb or prep.dep_ == PREP and prep.head == verb:
        return True   # "rejected the accusation on Wednesday, saying ...": the verb's own day
    return prep.dep_ == PREP and prep.head.dep_ == DOBJ and prep.head.head == verb and prep.i > prep.head.i


def _verbal(token: Token) -> Token:
    """The verb a word belongs to: itself, or the nearest finite verb above it; a participle on
    the way ("Speaking on Monday, X said", "in a statement released on Tuesday") belongs to
    the verb it hangs on, as does a clause "as" or "when" something else happened."""
    node = token
    while node.head.i != node.i and (node.pos_ not in ("VERB", "AUX") or node is not token
                                     and (node.tag_ in ("VBG", "VBN") and node.dep_ in (ADVCL, ACL)
                                          or node.dep_ == ADVCL and _simultaneous(node))):
        node = node.head
    return node


def _simultaneous(clause: Token) -> bool:
    """"... as police gathered outside his home early on Wednesday": a clause at the same time
    as the one it hangs on, whose day is that one's."""
    return any(c.dep_ in (MARK, ADVMOD) and c.lower_ in lexicon.SIMULTANEOUS_MARKS for c in clause.children)


def _lede_day(ctx: _Context, sent: Span) -> str | None:
    """The day of the lede's main event: its verb's; in a lede that tells the event first and
    its source after, with no day of its own ("South Korea proposed talks on Monday, the
    ministry said"), the day of that past event ("X said the fire broke out last night" tells
    of a fire, not of the story's day)."""
    root = sent.root
    own = _date_expression(ctx, sent, None, root)
    if own is not None or not is_trigger(root) or not any(c.dep_ == CCOMP and c.i < root.i for c in root.children):
        return own
    day = _date_span(ctx, sent, None, None)
    return day.text.strip() if day is not None and day.end <= root.i and not _ahead(_verbal(day.root)) else None


def _update_anchor(ctx: _Context, sent: Span, n: int) -> None:
    ctx.anchor_fresh = ctx.anchor_sentence == n - 1
    for e in ctx.days_of(sent):
        if ctx.published and (e.label_ == "DATE" or e.label_ == "TIME" and is_day_expression(e.text)):
            day = resolve_day(_date_expression(ctx, sent, None) or e.text, ctx.published)
            if day and not is_relative_day(e.text):
                ctx.anchor, ctx.anchor_sentence = date.fromisoformat(day), n
            return


def _day_of_acts(ctx: _Context, sent: Span, new: list[Statement], acted: tuple | None) -> tuple | None:
    """"Arakawa bowed at a news conference on Monday night. "We betrayed ...," he said": a
    statement with no day of its own takes the day of what its speaker (or their spokesperson)
    did in the sentence just before, in the same paragraph. Returns what this sentence tells its subjects did, and when."""
    if acted is not None and "\n" not in doc_text(ctx.doc)[acted[3]:sent.start_char]:
        for st in new:
            if st.date is None and st.date_text is None and _voice_of_any(st, acted[0], ctx.voices):
                st.date, st.date_text = acted[1], acted[2]
    if new or ctx.published is None:
        return None
    root = sent.root
    subjects = [t for c in root.children if c.dep_ in SUBJECT_DEPS for t in (c, *c.conjuncts)]
    actors = {ctx.ents.at(t) for t in subjects} - {None}
    text = _date_expression(ctx, sent, None, root) if actors else None
    day = resolve_day(text, ctx.published, ctx.anchor) if text else None
    if day is None:
        return None
    last = sent.end - 1
    while last > sent.start and ctx.doc[last].is_space:
        last -= 1   # (a sentence may end on the paragraph's line break)
    return actors, day, text, ctx.doc[last].idx + len(ctx.doc[last])


def _statement_id(doc_id: str, start: int, kind: str, speaker: str) -> str:
    return "st:" + hashlib.sha1(f"{doc_id}|{start}|{kind}|{speaker}".encode()).hexdigest()[:16]


class StatementFinder:
    def find(self, doc: Doc, ents: DocEntities, sentence_of: dict[int, int], published: str | None,
             doc_id: str, dateline_day: str | None = None, title: str | None = None) -> list[Statement]:
        """The statements of a document; days count from the day its dateline gives, if any
        (kg.dates.writing_day), and a title the parser does not read may still give the day of
        the statement it tells (``_title_day``)."""
        quotes = find_quotes(doc)
        ctx = _Context(doc=doc, ents=ents, sentence_of=sentence_of,
                       published=writing_day(date.fromisoformat(published) if published else None, dateline_day),
                       quotes=quotes, in_quote={i for q in quotes for i in range(q[0] + 1, q[1] - 1)})
        # Only verbs of saying and the words of the other frames start a statement: find them
        # once (see kg.token_index) rather than asking every token in every pass.
        ctx.triggers = [i for i in tokens_named(doc, lexicon.VERB_KINDS.keys() | _TRIGGER_EXTRAS)
                        if is_trigger(doc[i])]
        ctx.frames = tokens_named(doc, _FRAME_WORDS)
        ctx.subjects = tokens_labelled(doc, SUBJECT_DEPS)
        ctx.weekdays = tokens_named(doc, WEEKDAY_NAMES)
        ctx.months = tokens_named(doc, MONTH_NAMES)
        ctx.outlets = ents.outlets | {e.id for e in ents.entities if e.type == "Organization"
                                      and e.name.split()[-1].lower() in lexicon.OUTLET_NAME_WORDS} \
            | _described_as_outlets(doc, ents)
        statements: list[Statement] = []
        quote_speaker: dict[tuple[int, int], str] = {}
        story_day: date | None = None
        past: set[str] = set()
        acted: tuple | None = None
        for n, sent in enumerate(s for s in sentence_spans(doc) if span_text(s).strip()):
            before = len(statements)
            previous_anchor = ctx.anchor
            _update_anchor(ctx, sent, n)
            outlet_verbs = self._outlet_verbs(ctx, sent)
            for token in ctx.triggers_in(sent):
                if token.i in ctx.in_quote:
                    continue
                if embedded(token, outlet_verbs, ctx.in_quote):
                    continue
                statements.extend(self._from_verb(token, ctx, doc_id, quote_speaker, previous_anchor))
            statements.extend(self._according_to(sent, ctx, doc_id, previous_anchor))
            nominal = self._nominal_calls(sent, ctx, doc_id, previous_anchor)
            dated = [st for st in statements[before:] if st.date]
            for st in nominal:
                if st.date is None and dated:
                    st.date, st.date_text = dated[0].date, dated[0].date_text
            statements.extend(nominal)
            acted = _day_of_acts(ctx, sent, statements[before:], acted)
            self._remember_speakers(ctx, sent, statements[before:])
            past |= {st.id for st in statements[before:] if _said_in_past(doc[_token_at(sent, st.start)])}
            lede_day = _lede_day(ctx, sent) if n < 2 and ctx.published and not _ahead(sent.root) else None
            if story_day is None and lede_day and not is_relative_day(lede_day) \
                    and not any(st.date_text for st in statements):
                # the day of the lede's main event is the story's, when no speaker owns it (once a
                # speaker's day is told, a later sentence's day is another event's: "called the
                # strike for Wednesday")
                day = resolve_day(lede_day, ctx.published)
                story_day = date.fromisoformat(day) if day else None
        headline = _opens_on_headline(doc)
        _headline_days(doc, statements, headline)
        _title_day(ctx, title, statements)
        _carry_days(statements, ctx.voices, doc_text(doc), ctx.same_day)
        for st in statements:
            if st.date is None and st.date_text is None and st.id in past and story_day:
                st.date = story_day.isoformat()
        statements.extend(self._continued_quotes(ctx, doc_id, quote_speaker, statements))
        statements.extend(self._quote_paragraphs(ctx, doc_id, quote_speaker, statements))
        statements.extend(self._first_person_in_quotes(ctx, doc_id, quote_speaker, statements))
        statements = _merge_headline(doc, statements, headline)
        self._link_reports(statements)
        return _dedupe(statements)

    def _continued_quotes(self, ctx: _Context, doc_id: str, quote_speaker: dict,
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
                    previous[1] <= _index_at(doc, st.start) < q[1] and st.speaker != outer.speaker for st in found):
                continue
            content = doc[q[0] + 1:q[1] - 1]
            st = self._make(ctx, doc_id, outer.speaker, "said", False, doc[q[0] + 1], content, None)
            st.start, st.end, st.cue = outer.start, outer.end, outer.cue
            st.date, st.date_text = outer.date, outer.date_text
            quote_speaker[q] = st
            result.append(st)
        return result

    def _quote_paragraphs(self, ctx: _Context, doc_id: str, quote_speaker: dict,
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
            st = self._make(ctx, doc_id, outer.speaker, kind, False, ctx.doc[para.quote[0] + 1], content, None)
            st.cue, st.date, st.date_text = outer.cue, outer.date, outer.date_text
            st.start, st.end = outer.start, outer.end   # the verb that named the speaker
            quote_speaker[para.quote] = st
            result.append(st)
        return result

    def _outlet_verbs(self, ctx: _Context, sent: Span) -> set[int]:
        out = set()
        for t in ctx.triggers_in(sent):
            if kind_of(t) in ("reported", "said"):
                subj = subject_of(t)
                if subj is not None and ctx.ents.at(subj) in ctx.outlets:
                    out.add(t.i)
        return out

    def _from_verb(self, verb: Token, ctx: _Context, doc_id: str, quote_speaker: dict,
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
        for speaker in speakers:
            if speaker.split(":")[0] == "place":
                continue
            k = "reported" if speaker in ctx.outlets else kind
            st = self._make(ctx, doc_id, speaker, k, refused, verb, content, anchor)
            result.append(st)
            if voice[0] or voice[1]:
                ctx.voices[st.id] = voice
            if content is not None:
                q = quote_around(ctx.quotes, ctx.doc[content.start]) or adjacent_quote(ctx.quotes, verb)
                if q:
                    quote_speaker.setdefault(q, st)
        return result

    def _according_to(self, sent: Span, ctx: _Context, doc_id: str, anchor: date | None) -> list[Statement]:
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
                result.append(self._make(ctx, doc_id, speaker, kind, False, t, span, anchor, clause))
        return result

    def _nominal_calls(self, sent: Span, ctx: _Context, doc_id: str, anchor: date | None) -> list[Statement]:
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
                result.append(self._make(ctx, doc_id, speaker, "called_for", False, t, content, anchor))
        return result

    def _first_person_in_quotes(self, ctx: _Context, doc_id: str, quote_speaker: dict,
                                found: list[Statement]) -> list[Statement]:
        """"I call upon them...", "I can't confirm that," X said: the quote's speaker did so,
        on the day the quote was given."""
        result = []
        for (qs, qe), outer in quote_speaker.items():
            for t in ctx.doc[qs:qe]:
                if not is_trigger(t) or not was_made(t, set()) or act_only(t):
                    continue   # "We will not accept numbers ...": an act, not a statement
                subject = subject_of(t)
                if subject is None or subject.lower_ not in lexicon.FIRST_PERSON:
                    continue
                content = self._within_quote(ctx, content_span(t, subject, ctx.quotes, kind_of(t)), qs, qe)
                st = self._make(ctx, doc_id, outer.speaker, kind_of(t), negated(t), t, content, None)
                st.date, st.date_text = outer.date, outer.date_text
                result.append(st)
        return result

    def _make(self, ctx: _Context, doc_id: str, speaker: str, kind: str, negated: bool, cue: Token,
              content: Span | None, anchor: date | None, clause: Token | None = None) -> Statement:
        sent = sentence_of(cue)
        date_span = _date_span(ctx, sent, content, clause or cue)
        date_text = date_span.text.strip() if date_span is not None else None
        apart = _days_apart(date_span) if date_span is not None else None
        if apart is not None:
            date_text = ctx.doc[apart[1].left_edge.i:date_span.end].text
        day = None
        same_day = bool(date_text) and is_same_day(date_text) and not ctx.anchor_fresh
        if same_day:
            date_text = None   # "Vietjet said the same day": the day of the statement told before it
        if date_text:
            day = resolve_day(date_span.text if apart else date_text, ctx.published, anchor or ctx.published)
            if day and apart:
                day = (date.fromisoformat(day) + timedelta(days=apart[0])).isoformat()
        elif ctx.published:
            day, date_text = _days_from_another(ctx, sent, clause or cue, anchor)
        said = span_text(content).strip() if content is not None else ""
        if not said:
            content, said = sent, span_text(sent).strip()
        elif said.lower() in _PRONOUNS and clause is None:
            antecedent = self._antecedent_content(ctx, cue)
            if antecedent is not None:
                content, said = antecedent, span_text(antecedent).strip()
        about = sorted({ctx.ents.by_token[i] for i in range(content.start, content.end)
                        if i in ctx.ents.by_token} - {speaker})
        st_id = _statement_id(doc_id, cue.idx, kind, speaker)
        if same_day:
            ctx.same_day.add(st_id)
        return Statement(
            id=st_id, speaker=speaker, kind=kind,
            negated=negated, content=said, content_start=content.start_char,
            content_end=content.end_char, sentence=ctx.sentence_of.get(cue.i, 0), start=cue.idx,
            end=cue.idx + len(cue), cue=cue.text, date=day, date_text=date_text, about=about,
        )

    @staticmethod
    def _within_quote(ctx: _Context, content: Span | None, qs: int, qe: int) -> Span:
        """What the speaker said inside their own quote; "I can't confirm that" is about the
        whole quote, not the attribution after it."""
        whole = ctx.doc[qs + 1:qe - 1]
        if content is None:
            return whole
        start, end = max(content.start, qs + 1), min(content.end, qe - 1)
        while end > start and ctx.doc[end - 1].is_punct:
            end -= 1
        clipped = ctx.doc[start:end]
        if end <= start or clipped.text.strip().lower() in _PRONOUNS:
            return whole
        return clipped

    @staticmethod
    def _antecedent_content(ctx: _Context, cue: Token) -> Span | None:
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

    def _remember_speakers(self, ctx: _Context, sent: Span, new: list[Statement]) -> None:
        for st in new:
            prefix = st.speaker.split(":")[0]
            if prefix == "person":
                ctx.last_person = st.speaker
            elif prefix in ("organization", "country"):
                ctx.last_org = st.speaker   # "it" is an organisation or a country that spoke
        for t in _within(ctx.doc, ctx.subjects, sent):
            if t.i not in ctx.in_quote:
                eid = ctx.ents.at(t) or apposed_person(ctx, t)
                if eid and eid.startswith("person:") and not new:
                    ctx.last_person = eid
                elif t.head == sent.root and not new and _is_thing(t, eid):
                    ctx.last_org = None   # "The ad ... It also mentions": "it" is now the ad

    @staticmethod
    def _link_reports(statements: list[Statement]) -> None:
        by_sentence: dict[int, list[Statement]] = {}
        for st in statements:
            by_sentence.setdefault(st.sentence, []).append(st)
        for group in by_sentence.values():
            outlets = [s.speaker for s in group if s.kind == "reported"]
            for st in group:
                if st.kind != "reported":
                    st.reported_by = sorted(set(outlets))


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


def _described_as_outlets(doc: Doc, ents: DocEntities) -> set[str]:
    """"the sports daily Record", "broadcaster NHK", "the newspaper, Le Monde,": an organisation
    named beside a noun of news outlets is one (and what it says is reported)."""
    found = set()
    phrases = lexicon.OUTLET_PHRASES
    for i in tokens_named(doc, lexicon.DESCRIBES_OUTLET | phrases.keys()):
        noun = doc[i]
        if ents.at(noun):
            continue   # a word of the name itself ("Daily Caller")
        if noun.lower_ not in lexicon.DESCRIBES_OUTLET and not any(
                c.dep_ == COMPOUND and c.lower_ in phrases.get(noun.lower_, ()) for c in noun.children):
            continue   # "agency" alone: a public body may be one
        if any(c.dep_ == PREP and c.lower_ == "of" for c in noun.children):
            continue   # "a network of environmental groups" is no broadcaster
        for t in (*noun.children, noun.head):
            eid = ents.at(t)
            if eid and eid.startswith("organization:") and (t.head == noun and t.dep_ in NAME_LINK_DEPS
                                                            or noun.head == t and noun.dep_ in NAME_LINK_DEPS):
                found.add(eid)
        following = ents.at(doc[i + 1]) if i + 1 < len(doc) else None
        if following and following.startswith("organization:"):
            found.add(following)   # "the state news agency Agence Kampuchea Presse", "The newspaper
            # Clarin reported": the name right after, however the parser left them apart
    return found


def _speaker_before(ctx: _Context, verb: Token) -> Token | None:
    """'"...," Flynn, a top adviser, said': the name between the quote and a verb the parser
    left without a subject."""
    closing = [q[1] for q in ctx.quotes if q[1] <= verb.i and q[1] >= verb.sent.start]
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
    while end > content.start and (content.doc[end - 1].ent_type_ in _DAY_LABELS or content.doc[end - 1].is_punct):
        end -= 1
    for prep in reversed(content):
        if prep.dep_ == PREP and prep.lower_ in _OCCASION_PREPOSITIONS and prep.i > content.start + 1 \
                and prep.right_edge.i == end - 1 \
                and any(c.dep_ == POBJ and c.lemma_.lower() in lexicon.OCCASION_NOUNS for c in prep.children):
            last = prep.i
            while last > content.start and content.doc[last - 1].is_space:
                last -= 1
            return content.doc[content.start:last]
    return content


def _said_before(ctx: _Context, verb: Token, subject: Token) -> Span | None:
    """"The recall covers ... vehicles, the Japanese automaker said in a filing": with no clause
    of its own, a verb whose speaker's phrase follows a comma said what came before it, back to
    the last full stop (the parser may have cut that sentence in two)."""
    first = min(t.i for t in subject.subtree)
    comma = first - 1
    if comma <= verb.sent.start - 1 or ctx.doc[comma].text != "," or first > verb.i:
        return None
    start = verb.sent.start
    while start > 0 and ctx.doc[start - 1].text not in (".", "!", "?", ":") and "\n" not in ctx.doc[start - 1].text:
        start = ctx.doc[start - 1].sent.start
    clause = ctx.doc[start:comma] if comma > start else None
    return clause if clause is not None and _is_clause(clause) else None


def _is_clause(span: Span) -> bool:
    """A span that says something: a finite verb heading it, not under "when", "if", "as"
    ("In Honolulu last week, X said" and "But when Congress cut funding, X said" say nothing)."""
    return any(t.pos_ in ("VERB", "AUX") and (t.tag_ in _FINITE or any(c.dep_ in (AUX, "auxpass") and c.tag_ in _FINITE
                                                                    for c in t.children))
               and not (span.start <= t.head.i < span.end and t.head.i != t.i)
               and not any(c.dep_ == MARK or c.tag_ == "WRB" for c in t.children) for t in span)


_FINITE = ("VBD", "VBZ", "VBP", "MD")
_OCCASION_PREPOSITIONS = frozenset({"at", "during", "in"})   # "at a press conference", not "of the rally"   # ("has agreed": a finite auxiliary makes the clause)


def _comma_before_speaker(ctx: _Context, verb: Token) -> int | None:
    """"Rivers burst their banks ..., provincial governor Patrick Mushagalusa told Reuters": the
    comma after which a clause said first is closed by its speaker's noun phrase and the verb,
    when the parser put the speaker inside the clause."""
    i = verb.i - 1
    while i > verb.sent.start and ctx.doc[i].text != "," and ctx.doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART",
                                                                              "PUNCT", "NUM"):
        i -= 1
    return i if i > verb.sent.start and ctx.doc[i].text == "," and i < verb.i - 1 else None


def _is_thing(subject: Token, eid: str | None) -> bool:
    """A singular common noun that is no entity, no speaker and no title: what "it" now means."""
    return eid is None and subject.pos_ == "NOUN" and subject.tag_ == "NN" \
        and subject.lemma_.lower() not in lexicon.SPEAKER_NOUNS and not _is_title_word(subject)


def _phrase(doc: Doc, head: Token) -> Span:
    sub = list(head.subtree)
    return doc[sub[0].i:sub[-1].i + 1]


def _simple_past(verb: Token) -> bool:
    if verb.tag_ != "VBD":
        return False
    return not any(c.dep_ == AUX and c.lemma_ in ("have", "will") for c in verb.children)


def _ahead(verb: Token) -> bool:
    """"Nurses will walk off the job on Thursday": an event still to come, whose day is not the
    story's."""
    return any(c.dep_ == AUX and c.lower_ in lexicon.HYPOTHETICAL_AUXILIARIES for c in verb.children)


def _said_in_past(cue: Token) -> bool:
    """A past act of saying: "said", or a call made in a sentence told in the past."""
    return _simple_past(cue) or cue.pos_ == "NOUN" and _simple_past(cue.sent.root)


def _token_at(sent: Span, char: int) -> int:
    at = token_at_char(sent.doc, char, sent.start, sent.end)
    return sent.start if at is None else at


def _opens_sentence(doc: Doc, i: int) -> bool:
    return doc[i].is_sent_start or i + 1 < len(doc) and doc[i + 1].is_sent_start \
        or i > 0 and doc[i - 1].is_space and "\n" in doc[i - 1].text


def _index_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else -1


def _opens_on_headline(doc: Doc) -> bool:
    """Whether the text's first sentence is a line of its own: a headline."""
    first = next((s for s in sentence_spans(doc) if span_text(s).strip()), None)
    return first is not None and "\n" in doc_text(doc)[first.end_char:first.end_char + 3] + first.text.rstrip(" ")


def _headline_statements(doc: Doc, statements: list[Statement], headline: bool) -> list[Statement]:
    """The statements of a headline that attributes ("Kenya says drought is over"): the first
    line of the text, on its own, in the present tense of news headlines."""
    if not headline:
        return []
    found = []
    for st in statements:
        if st.sentence != 0:
            continue
        at = _index_at(doc, st.start)
        if at >= 0 and doc[at].tag_ in ("VBZ", "VBP"):
            found.append(st)
    return found


def _merge_headline(doc: Doc, statements: list[Statement], headline: bool) -> list[Statement]:
    """A headline that attributes counts once: when the body tells the same (speaker, kind,
    polarity), the body's version stands for both."""
    dropped = {st.id for st in _headline_statements(doc, statements, headline)
               if any(_same_statement(st, body) for body in statements if body.sentence > 0)}
    return [st for st in statements if st.id not in dropped] if dropped else statements


def _headline_days(doc: Doc, statements: list[Statement], headline: bool) -> None:
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


def _title_day(ctx: _Context, title: str | None, statements: list[Statement]) -> None:
    """"Jaishankar on Monday says India engaged with US on visa fee": a title (a line the parser
    does not read) that names a speaker, then a day, then a verb of saying gives that day to the
    speaker's first statement in the lede, when the lede gives it none."""
    where = first_day_in(title) if title and ctx.published else None
    if where is None or not statements:
        return
    before = {w.lower() for w in re.findall(r"[\w'-]+", title[:where[0]])}
    after = [w.lower() for w in re.findall(r"[a-zA-Z]+", title[where[1]:])]
    if not any(_saying_word(w) for w in after[:3]):
        return
    day = resolve_day(title[where[0]:where[1]], ctx.published)
    names = {e.id: e.name for e in ctx.ents.entities}
    lede = min(st.sentence for st in statements)
    for st in statements:
        if st.sentence > lede + 1:
            return
        if names.get(st.speaker, "").split()[-1:] and names[st.speaker].split()[-1].lower() in before:
            if st.date is None and st.date_text is None:
                st.date, st.date_text = day, title[where[0]:where[1]]
            return


def _saying_word(word: str) -> bool:
    """"says", "denies", "warns": a headline's verb of saying (its present tense, or its stem)."""
    stems = (word, word[:-1], word[:-3] + "y") if word.endswith("ies") else (word, word[:-1])
    return any(stem in lexicon.VERB_KINDS for stem in stems)


def _carry_days(statements: list[Statement], voices: dict[str, tuple[frozenset[str], bool]], text: str,
                same_day: set[str]) -> None:
    """A statement with no day of its own continues the one before it when the same voice made
    both ("..., she said on Tuesday. "...," she added"; "The Kremlin on Thursday criticised ...
    "...," Kremlin spokesman Dmitry Peskov told journalists"); another speaker's day is not its.
    In the sentence right before a dated one of the same voice, in its paragraph or in the lede,
    it opens what that one tells ("The minister has confirmed X. She told reporters on Wednesday
    that ...") and takes its day. One said "the same day" or "later in the day" with no day told
    just before takes the day of the statement before it, whoever made it."""
    for before, st in zip(statements, statements[1:]):
        if st.date is None and st.date_text is None and before.date \
                and (_same_voice(before, st, voices) or st.id in same_day):
            st.date, st.date_text = before.date, before.date_text
        elif st.date is None and st.date_text is None and before.date is None and before.date_text \
                and st.sentence - before.sentence == 1 and before.speaker == st.speaker:
            st.date_text = before.date_text   # "X told the AP last month ... He said ...": the
            # same occasion, no day of the story's
    if not statements:
        return
    lede = min(st.sentence for st in statements)
    by_sentence: dict[int, list[Statement]] = {}
    for st in statements:
        by_sentence.setdefault(st.sentence, []).append(st)
    for before in sorted(statements, key=lambda st: -st.sentence):   # (from the last: a day runs back
        if before.date is not None or before.date_text is not None:   # over a paragraph's sentences)
            continue
        after = next((st for st in by_sentence.get(before.sentence + 1, ()) if st.date and st.date_text
                      and _same_voice(before, st, voices)
                      and (before.sentence == lede or "\n" not in text[before.start:st.start])), None)
        if after is not None:
            before.date, before.date_text = after.date, after.date_text


def _voice_of_any(st: Statement, actors: set[str], voices: dict[str, tuple[frozenset[str], bool]]) -> bool:
    """Whether the statement speaks with the voice of one of the actors: theirs, or their
    spokesperson's ("The ministry banned X on Monday. Ministry spokesman Y said ...")."""
    bodies, bare = voices.get(st.id, (frozenset(), False))
    return st.speaker in actors or bool(bodies & actors) or bare and any(a.startswith("organization:") for a in actors)


def _same_voice(before: Statement, after: Statement, voices: dict[str, tuple[frozenset[str], bool]]) -> bool:
    """The same speaker, or a spokesperson and the body they speak for: named with their role
    ("Kremlin spokesman X"), or a spokesperson named without one right after an organisation spoke."""
    if before.speaker == after.speaker:
        return True
    bodies_before, _ = voices.get(before.id, (frozenset(), False))
    bodies_after, bare_after = voices.get(after.id, (frozenset(), False))
    if before.speaker in bodies_after or after.speaker in bodies_before:
        return True
    return bare_after and after.sentence == before.sentence + 1 and before.speaker.startswith("organization:")
    # (after a country, "spokesman X" may speak for any of its bodies, on an occasion of his own)


def _dedupe(statements: list[Statement]) -> list[Statement]:
    seen: set[tuple] = set()
    out = []
    for st in statements:
        key = (st.speaker, st.kind, st.negated, st.content_start, st.content_end)
        if key in seen:
            continue
        seen.add(key)
        out.append(st)
    return out
