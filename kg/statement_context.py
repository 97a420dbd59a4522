"""What the statement finder knows of a document while it reads it (kg.statements): the verbs of
saying and frame words found once, the entities and days of each sentence, the day the narrative
is at, the last person and organisation who spoke.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.constants import DET
from kg.dates import is_day_expression, is_relative_day, is_same_day
from kg.entities import DocEntities
from kg.sentences import SentenceEntities, tokens, tokens_text
from kg.token_index import token_holding_char

# the model labels "Wednesday night", "Monday evening" TIME: a day all the same (is_day_expression
# keeps out times that name none, "at 10 a.m.")
DAY_LABELS = ("DATE", "TIME")


@dataclass
class StatementContext:
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
    relatives: list[int] = field(default_factory=list)  # words of a day counted from another ("hours later")
    days: dict[tuple[int, int], list[Span]] = field(default_factory=dict)   # a sentence's days
    # whom a statement's speaker speaks for, by the role named with them (speakers.voice_of)
    voices: dict[str, tuple[frozenset[str], bool]] = field(default_factory=dict)
    officers: set[str] = field(default_factory=set)   # of those, voices by an officer's title (speakers.officer_voice)
    same_day: set[str] = field(default_factory=set)   # statements told "the same day" as the one before
    occasion_words: list[int] = field(default_factory=list)   # meetings, summits, "met" (kg.statement_occasions)
    occasions: list = field(default_factory=list)   # the occasions told so far with their day, in order
    days_told: list[int] = field(default_factory=list)   # the sentences that told a day of their own, in order

    def triggers_in(self, sent: Span) -> list[Token]:
        return within(self.doc, self.triggers, sent)

    def frames_in(self, sent: Span) -> list[Token]:
        return within(self.doc, self.frames, sent)

    def ents_of(self, sent: Span) -> list[Span]:
        if self.sentence_ents is None:
            self.sentence_ents = SentenceEntities.of_doc(self.doc)
        return self.sentence_ents.of(sent)

    def days_of(self, sent: Span) -> list[Span]:
        """The sentence's day and time expressions: the model's, and weekday names it left
        untagged ("wrote on X late Wednesday")."""
        if (sent.start, sent.end) in self.days:
            return self.days[(sent.start, sent.end)]
        days = [_with_time_of_day(e) for e in self.ents_of(sent) if e.label_ in DAY_LABELS]
        untagged = [Span(self.doc, t.i, t.i + 1, label="DATE") for t in within(self.doc, self.weekdays, sent)
                    if not t.ent_type_]
        untagged += [day for t in within(self.doc, self.months, sent) if not t.ent_type_ and t.text[0].isupper()
                     for day in [_month_day(self.doc, t)] if day is not None]
        untagged += [day for t in within(self.doc, self.relatives, sent) if not t.ent_type_
                     for day in [_relative_day(self.doc, t, sent)] if day is not None]
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


# words that tell a day counted from the day the story is at: "hours later", "the same day",
# "the following day", "a day earlier" (which the model often leaves untagged)
RELATIVE_DAY_WORDS = frozenset({"later", "earlier", "previous", "prior", "following", "next", "same", "day"})


def _relative_day(doc: Doc, word: Token, sent: Span) -> Span | None:
    """The day expression around one of RELATIVE_DAY_WORDS that the model did not tag ("day" only
    in "that day": the others are found from their other word)."""
    if word.lower_ == "day":
        that = doc[word.i - 1] if word.i > sent.start else None
        return Span(doc, word.i - 1, word.i + 1, label="DATE") if that is not None and that.lower_ == "that" \
            and that.dep_ == DET and that.head == word and not that.ent_type_ else None   # (not "that day laborers")
    for start, end in ((word.i - 1, word.i + 1), (word.i - 1, word.i + 2), (word.i - 2, word.i + 1),
                       (word.i, word.i + 3), (word.i, word.i + 4)):
        if sent.start <= start and end <= sent.end and not any(t.ent_type_ for t in tokens(doc, start, end)) \
                and is_relative_day(tokens_text(doc, start, end)):
            return Span(doc, start, end, label="DATE")
    return None


def within(doc: Doc, indexes: list[int], sent: Span) -> list[Token]:
    return within_bounds(doc, indexes, sent.start, sent.end)


def within_bounds(doc: Doc, indexes: list[int], start: int, end: int) -> list[Token]:
    """The tokens of ``indexes`` (in order) inside ``doc[start:end]``."""
    return [doc[i] for i in indexes[bisect_left(indexes, start):bisect_left(indexes, end)]]


def index_at(doc: Doc, char: int) -> int:
    """The index of the token holding character ``char`` (-1 if none does)."""
    at = token_holding_char(doc, char)
    if at is not None:
        return at
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else -1
