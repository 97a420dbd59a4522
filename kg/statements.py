"""Who said, confirmed, denied... what, and when: attributions read off the dependency parse.

The rules follow how news attributes speech: a verb of saying and its subject ("Rutte told
reporters"), quote-first sentences, conjoined speakers, "according to X", a spokesperson standing
for their organisation, pronouns pointing back to the last person who spoke, first-person
verbs inside a quote belonging to the quote's speaker, and negation carried by the verb or by
a governing "refused to" / "refrained from". Each statement's day is kg.statement_days', headlines
kg.statement_headlines', what the finder knows of the document kg.statement_context.
"""
from __future__ import annotations

import hashlib
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.constants import (
    ACL, ADVCL, AUX, AUXPASS, CC, CCOMP, COMPOUND, CONJ, DOBJ, MARK, NAME_LINK_DEPS, NEG, NSUBJ,
    NSUBJPASS, PCOMP, POBJ, PREP, RELCL, SUBJECT_DEPS, XCOMP)
from kg.attribution import (act_only, adjacent_quote, agent_of, clause_without, content_span, embedded, find_quotes,
                            is_trigger, kind_of, negated, parenthetical, parenthetical_as, quote_around, subject_of,
                            subordinated, was_made)
from kg.dates import MONTH_NAMES, WEEKDAY_NAMES, is_relative_day, is_same_day, resolve_day, writing_day
from kg.entities import DocEntities
from kg.name_spans import is_title_word as _is_title_word
from kg.paragraphs import quote_only_paragraphs
from kg.speakers import apposed_person, entities_of_np, voice_of
from kg.schema import EntityType, Statement
from kg.sentences import doc_text, sentence_of, sentence_spans, span_text
from kg.statement_context import DAY_LABELS, StatementContext, index_at, within, within_bounds
from kg.statement_days import (ahead, carry_days, date_span, day_of_acts, days_apart, days_from_another, lede_day,
                               said_in_past, title_day, update_anchor)
from kg.statement_headlines import headline_days, merge_headline, opens_on_headline
from kg.token_index import token_at_char, tokens_labelled, tokens_named

_PRONOUNS = frozenset("it them this that these those".split())
_TRIGGER_EXTRAS = frozenset({"call", "point"})   # verbs whose kind their particle decides (kind_of)
_FRAME_WORDS = frozenset({"according", "per", "by", "call"})


def _statement_id(doc_id: str, start: int, kind: str, speaker: str) -> str:
    return "st:" + hashlib.sha1(f"{doc_id}|{start}|{kind}|{speaker}".encode()).hexdigest()[:16]


class StatementFinder:
    def find(self, doc: Doc, ents: DocEntities, sentence_of: dict[int, int], published: str | None,
             doc_id: str, dateline_day: str | None = None, title: str | None = None) -> list[Statement]:
        """The statements of a document; days count from the day its dateline gives, if any
        (kg.dates.writing_day), and a title the parser does not read may still give the day of
        the statement it tells (``title_day``)."""
        quotes = find_quotes(doc)
        ctx = StatementContext(doc=doc, ents=ents, sentence_of=sentence_of,
                               published=writing_day(date.fromisoformat(published) if published else None,
                                                     dateline_day),
                               quotes=quotes, in_quote={i for q in quotes for i in range(q[0] + 1, q[1] - 1)})
        # Only verbs of saying and the words of the other frames start a statement: find them
        # once (see kg.token_index) rather than asking every token in every pass.
        ctx.triggers = [i for i in tokens_named(doc, lexicon.VERB_KINDS.keys() | _TRIGGER_EXTRAS)
                        if is_trigger(doc[i])]
        ctx.frames = tokens_named(doc, _FRAME_WORDS)
        ctx.subjects = tokens_labelled(doc, SUBJECT_DEPS)
        ctx.weekdays = tokens_named(doc, WEEKDAY_NAMES)
        ctx.months = tokens_named(doc, MONTH_NAMES)
        ctx.outlets = ents.outlets | {e.id for e in ents.entities if e.type == EntityType.ORGANIZATION
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
            update_anchor(ctx, sent, n)
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
            acted = day_of_acts(ctx, sent, statements[before:], acted)
            self._remember_speakers(ctx, sent, statements[before:])
            past |= {st.id for st in statements[before:] if said_in_past(doc[_token_at(sent, st.start)])}
            lede = lede_day(ctx, sent) if n < 2 and ctx.published and not ahead(sent.root) else None
            if story_day is None and lede and not is_relative_day(lede) \
                    and not any(st.date_text for st in statements):
                # the day of the lede's main event is the story's, when no speaker owns it (once a
                # speaker's day is told, a later sentence's day is another event's: "called the
                # strike for Wednesday")
                day = resolve_day(lede, ctx.published)
                story_day = date.fromisoformat(day) if day else None
        headline = opens_on_headline(doc)
        headline_days(doc, statements, headline)
        title_day(ctx, title, statements)
        carry_days(statements, ctx.voices, doc_text(doc), ctx.same_day)
        for st in statements:
            if st.date is None and st.date_text is None and st.id in past and story_day:
                st.date = story_day.isoformat()
        statements.extend(self._continued_quotes(ctx, doc_id, quote_speaker, statements))
        statements.extend(self._quote_paragraphs(ctx, doc_id, quote_speaker, statements))
        statements.extend(self._first_person_in_quotes(ctx, doc_id, quote_speaker, statements))
        statements = merge_headline(doc, statements, headline)
        self._link_reports(statements)
        return _dedupe(statements)

    def _continued_quotes(self, ctx: StatementContext, doc_id: str, quote_speaker: dict,
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
            st = self._make(ctx, doc_id, outer.speaker, "said", False, doc[q[0] + 1], content, None)
            st.start, st.end, st.cue = outer.start, outer.end, outer.cue
            st.date, st.date_text = outer.date, outer.date_text
            quote_speaker[q] = st
            result.append(st)
        return result

    def _quote_paragraphs(self, ctx: StatementContext, doc_id: str, quote_speaker: dict,
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

    def _outlet_verbs(self, ctx: StatementContext, sent: Span) -> set[int]:
        out = set()
        for t in ctx.triggers_in(sent):
            if kind_of(t) in ("reported", "said"):
                subj = subject_of(t)
                if subj is not None and ctx.ents.at(subj) in ctx.outlets:
                    out.add(t.i)
        return out

    def _from_verb(self, verb: Token, ctx: StatementContext, doc_id: str, quote_speaker: dict,
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

    def _according_to(self, sent: Span, ctx: StatementContext, doc_id: str, anchor: date | None) -> list[Statement]:
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

    def _nominal_calls(self, sent: Span, ctx: StatementContext, doc_id: str, anchor: date | None) -> list[Statement]:
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

    def _first_person_in_quotes(self, ctx: StatementContext, doc_id: str, quote_speaker: dict,
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
                content = self._within_quote(ctx, content_span(t, subject, ctx.quotes, kind_of(t)), qs, qe)
                st = self._make(ctx, doc_id, outer.speaker, kind_of(t), negated(t), t, content, None)
                st.date, st.date_text = outer.date, outer.date_text
                result.append(st)
        return result

    def _make(self, ctx: StatementContext, doc_id: str, speaker: str, kind: str, negated: bool, cue: Token,
              content: Span | None, anchor: date | None, clause: Token | None = None) -> Statement:
        sent = sentence_of(cue)
        said_on = date_span(ctx, sent, content, clause or cue)
        date_text = said_on.text.strip() if said_on is not None else None
        apart = days_apart(said_on) if said_on is not None else None
        if apart is not None:
            date_text = ctx.doc[apart[1].left_edge.i:said_on.end].text
        day = None
        same_day = bool(date_text) and is_same_day(date_text) and not ctx.anchor_fresh
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
    def _within_quote(ctx: StatementContext, content: Span | None, qs: int, qe: int) -> Span:
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
    def _antecedent_content(ctx: StatementContext, cue: Token) -> Span | None:
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

    def _remember_speakers(self, ctx: StatementContext, sent: Span, new: list[Statement]) -> None:
        for st in new:
            prefix = st.speaker.split(":")[0]
            if prefix == "person":
                ctx.last_person = st.speaker
            elif prefix in ("organization", "country"):
                ctx.last_org = st.speaker   # "it" is an organisation or a country that spoke
        for t in within(ctx.doc, ctx.subjects, sent):
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
    while end > content.start and (content.doc[end - 1].ent_type_ in DAY_LABELS or content.doc[end - 1].is_punct):
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


def _is_thing(subject: Token, eid: str | None) -> bool:
    """A singular common noun that is no entity, no speaker and no title: what "it" now means."""
    return eid is None and subject.pos_ == "NOUN" and subject.tag_ == "NN" \
        and subject.lemma_.lower() not in lexicon.SPEAKER_NOUNS and not _is_title_word(subject)


def _phrase(doc: Doc, head: Token) -> Span:
    sub = list(head.subtree)
    return doc[sub[0].i:sub[-1].i + 1]


def _token_at(sent: Span, char: int) -> int:
    at = token_at_char(sent.doc, char, sent.start, sent.end)
    return sent.start if at is None else at


def _opens_sentence(doc: Doc, i: int) -> bool:
    return doc[i].is_sent_start or i + 1 < len(doc) and doc[i + 1].is_sent_start \
        or i > 0 and doc[i - 1].is_space and "\n" in doc[i - 1].text


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
