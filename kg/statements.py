"""Who said, confirmed, denied... what, and when: attributions read off the dependency parse.

The rules follow how news attributes speech: a verb of saying and its subject ("Rutte told
reporters"), quote-first sentences, conjoined speakers, "according to X", a spokesperson standing
for their organisation, pronouns pointing back to the last person who spoke, first-person
verbs inside a quote belonging to the quote's speaker, and negation carried by the verb or by
a governing "refused to" / "refrained from". The finder reads each sentence in turn; statements
of verbs of saying are kg.statement_verbs', of other frames kg.statement_frames', carried on by
quotes kg.statement_quotes'. Each statement's day is kg.statement_days', headlines
kg.statement_headlines', what the finder knows of the document kg.statement_context.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.attribution import is_trigger, kind_of
from kg.attribution_nesting import embedded
from kg.attribution_subjects import subject_of
from kg.constants import COMPOUND, NAME_LINK_DEPS, PREP, SUBJECT_DEPS
from kg.dates import MONTH_NAMES, WEEKDAY_NAMES, is_relative_day, resolve_day, writing_day
from kg.entities import DocEntities
from kg.name_spans import is_title_word as _is_title_word
from kg.quotes import find_quotes
from kg.schema import EntityType, Statement
from kg.sentences import doc_text, sentence_spans, span_text
from kg.speaker_roles import apposed_person
from kg.statement_context import RELATIVE_DAY_WORDS, StatementContext, within
from kg.statement_days import (
    ahead, carry_days, day_of_acts, lede_day, said_in_past, share_sentence_day, title_day, update_anchor)
from kg.statement_frames import according_to, nominal_calls
from kg.statement_headlines import headline_days, merge_headline, opens_on_headline
from kg.statement_live import date_live_entries
from kg.statement_occasions import date_by_occasions, occasions_in
from kg.statement_quotes import continued_quotes, first_person_in_quotes, quote_paragraphs
from kg.statement_verbs import from_verb
from kg.token_index import token_at_char, tokens_labelled, tokens_named


_TRIGGER_EXTRAS = frozenset({"call", "point"})   # verbs whose kind their particle decides (kind_of)
_FRAME_WORDS = frozenset({"according", "per", "by", "call"})


class StatementFinder:
    def find(self, doc: Doc, ents: DocEntities, sentence_of: dict[int, int], published: str | None,
             doc_id: str, dateline_day: str | None = None, title: str | None = None,
             live: list[tuple[int, str]] = ()) -> list[Statement]:
        """The statements of a document; days count from the day its dateline gives, if any
        (kg.dates.writing_day), a title the parser does not read may still give the day of
        the statement it tells (``title_day``), and a live blog's entries (``live``,
        kg.statement_live) the day of the statements in them."""
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
        ctx.relatives = tokens_named(doc, RELATIVE_DAY_WORDS)
        ctx.occasion_words = tokens_named(doc, lexicon.OCCASION_NAMES.keys() | lexicon.OCCASION_EVENTS)
        ctx.outlets = ents.outlets | {e.id for e in ents.entities if e.type == EntityType.ORGANIZATION
                                      and e.name.split()[-1].lower() in lexicon.OUTLET_NAME_WORDS} \
            | _described_as_outlets(doc, ents)
        statements: list[Statement] = []
        quote_speaker: dict[tuple[int, int], str] = {}
        story_day: date | None = None
        past: set[str] = set()
        acted: tuple | None = None
        told = 0   # sentences of the body read so far that tell something (have a verb)
        for n, sent in enumerate(s for s in sentence_spans(doc) if span_text(s).strip()):
            before = len(statements)
            previous_anchor = ctx.anchor
            update_anchor(ctx, sent, n)
            outlet_verbs = self._outlet_verbs(ctx, sent)
            for token in ctx.triggers_in(sent):
                if token.i in ctx.in_quote and not _scare_quoted(token, ctx.quotes):
                    continue
                if embedded(token, outlet_verbs, ctx.in_quote):
                    continue
                statements.extend(from_verb(token, ctx, doc_id, quote_speaker, previous_anchor))
            statements.extend(according_to(sent, ctx, doc_id, previous_anchor))
            nominal = nominal_calls(sent, ctx, doc_id, previous_anchor)
            dated = [st for st in statements[before:] if st.date]
            for st in nominal:
                if st.date is None and dated:
                    st.date, st.date_text = dated[0].date, dated[0].date_text
            statements.extend(nominal)
            share_sentence_day(statements[before:], ctx.voices)
            acted = day_of_acts(ctx, sent, statements[before:], acted)
            occasions_in(ctx, sent, statements[before:])
            self._remember_speakers(ctx, sent, statements[before:])
            past |= {st.id for st in statements[before:] if said_in_past(doc[_token_at(sent, st.start)])}
            # (the lede is the first two sentences that tell something: a dateline's "(Bloomberg) --"
            # or a credit line left in the body is none)
            lede = lede_day(ctx, sent) if told < 2 and ctx.published and not ahead(sent.root) else None
            told += told < 2 and any(t.pos_ in ("VERB", "AUX") for t in sent)
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
        date_by_occasions(ctx, statements, past)
        carry_days(statements, ctx.voices, doc_text(doc), ctx.same_day, past, ctx.officers)
        date_live_entries(statements, live)
        for st in statements:
            if st.date is None and st.date_text is None and st.id in past and story_day:
                st.date = story_day.isoformat()
        statements.extend(continued_quotes(ctx, doc_id, quote_speaker, statements))
        statements.extend(quote_paragraphs(ctx, doc_id, quote_speaker, statements))
        statements.extend(first_person_in_quotes(ctx, doc_id, quote_speaker, statements))
        statements = merge_headline(doc, statements, headline)
        self._link_reports(statements)
        return _dedupe(statements)

    def _outlet_verbs(self, ctx: StatementContext, sent: Span) -> set[int]:
        out = set()
        for t in ctx.triggers_in(sent):
            if kind_of(t) in ("reported", "said"):
                subj = subject_of(t)
                if subj is not None and ctx.ents.at(subj) in ctx.outlets:
                    out.add(t.i)
        return out

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
                elif t.head == sent.root and not new and eid and eid.startswith(("organization:", "country:")):
                    ctx.last_org = eid   # "The ministry summoned the envoy. It also accused ...": the body acting
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


def _scare_quoted(verb: Token, quotes: list[tuple[int, int]]) -> bool:
    """'Guterres "strongly condemns" the shelling, his spokesman said': a verb in a quoted scrap of
    a few words of the writer's own clause, its subject named before the quote, is no quoted speech."""
    quote = next((q for q in quotes if q[0] < verb.i < q[1]), None)
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return quote is not None and quote[1] - quote[0] <= _SCRAP and subject is not None \
        and subject.i < quote[0] and subject.pos_ == "PROPN"


_SCRAP = 5   # tokens of a quoted scrap, its marks included ('"strongly condemns"')


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


def _is_thing(subject: Token, eid: str | None) -> bool:
    """A singular common noun that is no entity, no speaker and no title: what "it" now means."""
    return eid is None and subject.pos_ == "NOUN" and subject.tag_ == "NN" \
        and subject.lemma_.lower() not in lexicon.SPEAKER_NOUNS and not _is_title_word(subject)


def _token_at(sent: Span, char: int) -> int:
    at = token_at_char(sent.doc, char, sent.start, sent.end)
    return sent.start if at is None else at


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
