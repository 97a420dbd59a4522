"""The day of each statement (kg.statements): a day said of its own verb, counted from another
day ("a day before the Oct. 30 decision"), the day of the speaker's act just before, of the same
voice's statement next to it, of the lede's event, or of a title; resolved by kg.dates against
the day the story was written.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from kg import lexicon
from kg.attribution import is_trigger, kind_of
from kg.attribution_content import content_span
from kg.attribution_nesting import timeline_count
from kg.attribution_subjects import relayed, speaker_aside, subject_of
from kg.constants import (
    ACL, ADVCL, ADVMOD, APPOS, AUX, CCOMP, COMPOUND, CONJ, DET, DOBJ, MARK, NPADVMOD, PCOMP, POBJ, POSS, PREP, RELCL,
    SUBJECT_DEPS, XCOMP)
from kg.dates import first_day_in, is_day_expression, is_relative_day, resolve_day
from kg.schema import Statement
from kg.sentences import doc_text, sentence_of
from kg.statement_context import StatementContext


def _date_expression(ctx: StatementContext, sent: Span, content: Span | None, verb: Token | None = None) -> str | None:
    """The day expressions of the sentence outside the content, and (given a verb) said of that
    verb: "said on Wednesday (Oct 30)", not "where officials say" in a clause of another verb."""
    span = date_span(ctx, sent, content, verb)
    return span.text.strip() if span is not None else None


def date_span(ctx: StatementContext, sent: Span, content: Span | None, verb: Token | None = None) -> Span | None:
    # the verb's own clause, a participle set off beside its speaker ("X, asked about it last
    # Saturday, said"), and the act a participle of saying hangs on ("cut its rate on Wednesday,
    # saying ...": said as it acted)
    targets = {verbal(verb), speaker_aside(verb)} if verb is not None else set()
    if verb is not None:
        frame = _relaying_frame(verb)
        if frame is not None:
            targets.add(frame)   # "X urged ..., his spokesman told reporters on Tuesday"
        # "X welcomed the deal and called on ..., according to a statement released on Thursday
        # night": the day of the document the sentence's statements come from
        targets |= {t for t in ctx.frames_in(sent) if t.lower_ == "according"
                    and (t.head == verbal(verb) or t.head in verbal(verb).ancestors)}
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ == ADVCL and verb.head.i < verb.i:
        targets.add(verbal(verb.head))
    if verb is not None and verb.dep_ == XCOMP and verb.head.pos_ == "VERB":
        targets.add(verbal(verb.head))   # "declined at Tuesday's briefing to confirm ...": the day of the act it completes
    span = _day_of(ctx, sent, content, verb, targets)
    if span is None and verb is not None:
        occasion = _occasion_of(verb)
        if occasion is not None:
            span = _day_of(ctx, sent, content, verb, {occasion})
            if span is not None and resolve_day(span.text, ctx.published) is None:
                span = None   # "who hosted a conference in London last month": background, not the occasion
    return span


def _relaying_frame(verb: Token) -> Token | None:
    """The frame that relays what the verb's speaker said ("X called for ..., his ministry said";
    kg.attribution_nesting.relayed), whose day is the day it was said."""
    for node in verb.ancestors:
        if is_trigger(node):
            return node if relayed(node) else None
    return None


def _occasion_of(verb: Token) -> Token | None:
    """The speaker's act that the sentence tells as the occasion of a statement with no day of
    its own: the act the verb of saying is joined to ("Dunmore met lawmakers on Monday and
    later told reporters ..."), or a meeting or visit told of the speaker in a relative clause
    ("Menon, who met Rawat on Thursday, said ..."); the statement was made on that day."""
    if not _simple_past(verb):
        return None
    if verb.dep_ == CONJ and verb.head.i < verb.i and verb.head.pos_ == "VERB" and _simple_past(verb.head) \
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    for noun in (subject, *(c for c in subject.children if c.dep_ == APPOS)):
        for clause in noun.children:
            if clause.dep_ == RELCL and clause.lemma_.lower() in lexicon.OCCASION_VERBS and _simple_past(clause):
                return clause
    return None


def _day_of(ctx: StatementContext, sent: Span, content: Span | None, verb: Token | None,
            targets: set[Token]) -> Span | None:
    """The first day expression of the sentence told of one of the target verbs."""
    inside = range(content.start, content.end) if content is not None else range(0)
    dates = [e for e in ctx.days_of(sent)
             if (e.start not in inside or _on_the_object(e, verb)) and not _deadline(e) and not _before_event(e)
             and is_day_expression(e.text)   # "a weekly news conference" names no day
             and (verb is None or verbal(e.root) in targets or _day_of_when(e, verb)
                  or content is not None and verb.i < e.start and e.end <= content.start
                  or content is not None and e.start >= content.end > content.start
                  and content.start <= verbal(e.root).i < content.end)]
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


def _deadline(day: Span) -> bool:
    """"warned of heavy rain through Saturday", "would publish the images by Thursday": a day that
    ends a span or sets a deadline is no day of saying."""
    prep = day.root.head
    return day.root.dep_ == POBJ and prep.lower_ in _DEADLINE_PREPOSITIONS


_DEADLINE_PREPOSITIONS = frozenset({"by", "through", "till", "until"})


def _before_event(day: Span) -> bool:
    """"told a press conference ahead of Sunday's match", "said before Thursday's vote": a day of
    an event the statement is set before (lexicon.BEFORE_MARKS) is not the day of saying; one
    counted from it ("a day before the Oct. 30 decision", ``days_apart``) is."""
    node = day.root
    while node.dep_ in (POSS, COMPOUND) and node.head.i != node.i:
        node = node.head   # "Sunday's match", "the Oct. 30 vote"
    if node.dep_ == POBJ:
        prep = node.head
        marked = prep.lower_ in lexicon.BEFORE_MARKS or prep.head.lower_ in lexicon.BEFORE_MARKS
    else:   # (the parser may read the event as a clause: "before Thursday's cup match")
        marked = any(c.dep_ == MARK and c.lower_ in lexicon.BEFORE_MARKS for c in node.children)
    return marked and days_apart(day) is None


def _day_of_when(day: Span, verb: Token) -> bool:
    """"his remarks to analysts on Friday, when he said ...": a verb of saying in a "when" clause on
    a noun said it on the noun's day."""
    if verb.dep_ != RELCL or not any(c.lower_ == "when" for c in verb.children if c.i < verb.i):
        return False
    noun, head = verb.head, day.root.head
    return head == noun or head.dep_ == PREP and head.head == noun


def days_apart(day: Span) -> tuple[int, Token] | None:
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


def days_from_another(ctx: StatementContext, sent: Span, verb: Token,
                      anchor: date | None) -> tuple[str | None, str | None]:
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
    words = [c.lower_ for c in noun.children if c.dep_ in (DET, "nummod")]
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


def verbal(token: Token) -> Token:
    """The verb a word belongs to: itself, or the nearest finite verb above it; a participle on
    the way ("Speaking on Monday, X said", "in a statement released on Tuesday") belongs to
    the verb it hangs on, as does a clause "as" or "when" something else happened, and what the
    speaker did just before ("said after flying over the region on Sunday"). A participle
    the tagger read as a past tense hangs on its noun all the same ("in a letter dated Nov. 25"),
    unless it is a verb of saying the parser hung on its own subject (attribution_subjects)."""
    node = token
    while node.head.i != node.i and (node.pos_ not in ("VERB", "AUX") or node is not token
                                     and (node.tag_ in ("VBG", "VBN") and node.dep_ in (ADVCL, ACL)
                                          or node.tag_ == "VBG" and node.dep_ == PCOMP and node.head.lower_ == "after"
                                          or node.tag_ == "VBD" and node.dep_ == ACL and not is_trigger(node)
                                          or node.dep_ == ADVCL and _simultaneous(node))):
        node = node.head
    return node


def _simultaneous(clause: Token) -> bool:
    """"... as police gathered outside his home early on Wednesday": a clause at the same time
    as the one it hangs on, whose day is that one's."""
    return any(c.dep_ in (MARK, ADVMOD) and c.lower_ in lexicon.SIMULTANEOUS_MARKS for c in clause.children)


def lede_day(ctx: StatementContext, sent: Span) -> str | None:
    """The day of the lede's main event: its verb's; in a lede that tells the event first and
    its source after, with no day of its own ("South Korea proposed talks on Monday, the
    ministry said"), the day of that past event ("X said the fire broke out last night" tells
    of a fire, not of the story's day)."""
    root = sent.root
    own = _date_expression(ctx, sent, None, root)
    if own is not None or not is_trigger(root) or not any(c.dep_ == CCOMP and c.i < root.i for c in root.children):
        return own
    day = date_span(ctx, sent, None, None)
    return day.text.strip() if day is not None and day.end <= root.i and not ahead(verbal(day.root)) else None


def update_anchor(ctx: StatementContext, sent: Span, n: int) -> None:
    ctx.anchor_fresh = ctx.anchor_sentence == n - 1
    for e in ctx.days_of(sent):
        if _deadline(e) or _before_event(e):
            continue   # ("before Thursday's match": a day ahead, which the story is not at)
        if ctx.published and (e.label_ == "DATE" or e.label_ == "TIME" and is_day_expression(e.text)):
            day = resolve_day(_date_expression(ctx, sent, None) or e.text, ctx.published)
            # (a day still to come, "results will be presented on April 8", is no day the story is at)
            if day and not is_relative_day(e.text) and day <= ctx.published.isoformat():
                ctx.anchor, ctx.anchor_sentence = date.fromisoformat(day), n
                ctx.days_told.append(ctx.sentence_of.get(sent.start, 0))
            return


def day_before_in_sentence(ctx: StatementContext, sent: Span, said_on: Span | None) -> date | None:
    """"On March 3, the board approved a buyback, the company said that day": the day a day
    counted from another ("that day", "the previous day") counts from, when its sentence names
    one before it (a day after it is what was said: "said the previous day that on May 2 ...")."""
    if said_on is None or ctx.published is None or not is_relative_day(said_on.text):
        return None
    before = [e for e in ctx.days_of(sent) if e.end <= said_on.start and not is_relative_day(e.text)]
    for e in reversed(before):
        day = resolve_day(e.text, ctx.published)
        if day and day <= ctx.published.isoformat():
            return date.fromisoformat(day)
    return None


def share_sentence_day(new: list[Statement], voices: dict[str, tuple[frozenset[str], bool]]) -> None:
    """"On Thursday, X told reporters that ..., and urged residents to ...": a statement with no
    day of its own takes the day of the same voice's statement in its sentence that has one
    (before the day of an act told in the sentence before: the sentence's own day comes first)."""
    dated = [st for st in new if st.date and st.date_text]
    for st in new:
        if st.date is None and st.date_text is None:
            same = next((d for d in dated if _same_voice(d, st, voices)), None)
            if same is not None:
                st.date, st.date_text = same.date, same.date_text


def day_of_acts(ctx: StatementContext, sent: Span, new: list[Statement], acted: tuple | None) -> tuple | None:
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


def _simple_past(verb: Token) -> bool:
    if verb.tag_ != "VBD":
        return False
    return not any(c.dep_ == AUX and c.lemma_ in ("have", "will") for c in verb.children)


def ahead(verb: Token) -> bool:
    """"Nurses will walk off the job on Thursday": an event still to come, whose day is not the
    story's."""
    return any(c.dep_ == AUX and c.lower_ in lexicon.HYPOTHETICAL_AUXILIARIES for c in verb.children)


def said_in_past(cue: Token) -> bool:
    """A past act of saying: "said", a call made in a sentence told in the past, or a participle of
    saying that goes with a past act ("warned of an outbreak, saying ...")."""
    return _simple_past(cue) or cue.pos_ == "NOUN" and _simple_past(sentence_of(cue).root) \
        or cue.tag_ == "VBG" and cue.dep_ == ADVCL and cue.head.i < cue.i and _simple_past(cue.head)


def title_day(ctx: StatementContext, title: str | None, statements: list[Statement]) -> None:
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


def carry_days(statements: list[Statement], voices: dict[str, tuple[frozenset[str], bool]], text: str,
                same_day: set[str], past: set[str] = frozenset(), officers: set[str] = frozenset()) -> None:
    """A statement with no day of its own continues the one before it when the same voice made
    both ("..., she said on Tuesday. "...," she added"; "The Kremlin on Thursday criticised ...
    "...," Kremlin spokesman Dmitry Peskov told journalists"); another speaker's day is not its.
    In the sentence right before a dated one of the same voice, in its paragraph or in the lede,
    it opens what that one tells ("The minister has confirmed X. She told reporters on Wednesday
    that ...") and takes its day. One said "the same day" or "later in the day" with no day told
    just before takes the day of the statement before it, whoever made it. An officer's day
    (``officers``: "Its president told TVM on Wednesday night") is their own occasion, not one
    their organisation's statement just before opens."""
    for before, st in zip(statements, statements[1:]):
        if st.date is None and st.date_text is None and before.date \
                and (_voice_carries(before, st, voices, officers) or st.id in same_day):
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
                      and _same_voice(before, st, voices) and (st.id not in officers or st.speaker == before.speaker)
                      and (before.sentence == lede or "\n" not in text[before.start:st.start])), None)
        if after is not None:
            before.date, before.date_text = after.date, after.date_text
    _same_occasion(statements, voices, past, officers)


def _same_occasion(statements: list[Statement], voices: dict[str, tuple[frozenset[str], bool]],
                   past: set[str], officers: set[str]) -> None:
    """Wire copy tells the occasion's day once ("The minister said on Tuesday that ..." in the
    lede) and goes on "the minister said ..." paragraphs later, other speakers between: a
    statement told in the simple past with no day of its own is made on the day of the same
    voice's latest statement before it that has one. One of that voice with a day that names
    none ("said last week") ends the occasion; another speaker's day is never taken."""
    for n, st in enumerate(statements):
        if st.date is not None or st.date_text is not None or st.id not in past:
            continue
        earlier = next((b for b in statements[:n] if b.date_text is not None
                        and _voice_carries(b, st, voices, officers)), None)
        if earlier is not None and earlier.date is not None:
            st.date, st.date_text = earlier.date, earlier.date_text


def _voice_carries(dated: Statement, undated: Statement, voices: dict[str, tuple[frozenset[str], bool]],
                   officers: set[str]) -> bool:
    """Whether a statement's day is the day of the same voice's statement before it: an
    organisation's occasion is its officer's too ("The WHO said on Friday ... WHO regional director
    X said"), but an officer's own ("Its president told TVM on Wednesday night") is not the
    organisation's."""
    return _same_voice(dated, undated, voices) and (dated.id not in officers or dated.speaker == undated.speaker)


def _voice_of_any(st: Statement, actors: set[str], voices: dict[str, tuple[frozenset[str], bool]]) -> bool:
    """Whether the statement speaks with the voice of one of the actors: theirs, or their
    spokesperson's ("The ministry banned X on Monday. Ministry spokesman Y said ...")."""
    bodies, bare = voices.get(st.id, (frozenset(), False))
    return st.speaker in actors or bool(bodies & actors) or bare and any(a.startswith("organization:") for a in actors)


def _same_voice(before: Statement, after: Statement, voices: dict[str, tuple[frozenset[str], bool]]) -> bool:
    """The same speaker, or a spokesperson and the body they speak for: named with their role
    ("Kremlin spokesman X"), or a spokesperson named without one right after an organisation or a
    country spoke ("China on Tuesday rejected ... Foreign ministry spokesman Lin Jian told a
    briefing": the spokesman spoke for it)."""
    if before.speaker == after.speaker:
        return True
    bodies_before, _ = voices.get(before.id, (frozenset(), False))
    bodies_after, bare_after = voices.get(after.id, (frozenset(), False))
    if before.speaker in bodies_after or after.speaker in bodies_before:
        return True
    return bare_after and after.sentence == before.sentence + 1 \
        and before.speaker.startswith(("organization:", "country:"))
