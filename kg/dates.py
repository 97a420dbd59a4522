"""Calendar days of statements, resolved against the article's publication date.

News dates events relative to the day of writing ("on Wednesday", "the previous day"). A day is
resolved only when the text and the publication date fix it; vague spans ("last week",
"earlier this month") resolve to None with their text kept. Nothing is guessed.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil import parser as dateparser
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

_WEEKDAYS = {"monday": MO, "tuesday": TU, "wednesday": WE, "thursday": TH, "friday": FR,
             "saturday": SA, "sunday": SU}
WEEKDAY_NAMES = frozenset(_WEEKDAYS)
MONTH_NAMES = frozenset(m for name in ("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december", "sept")
                        for m in (name, name[:3], name[:3] + "."))
_MONTH_DAY = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?\b"
)
_VAGUE = re.compile(r"\b(?:last|next|this|earlier|later|past|coming)\s+(?:week|month|year|weekend)\b"
                    r"|\b(?:recently|earlier this|late last|weeks? ago|months? ago|in recent)\b", re.IGNORECASE)
# a month with no day ("in October", "during March 2024"): a span, kept as the statement's
# day expression so that no other day is given to it
_MONTH_ALONE = re.compile(r"^(?:(?:in|during|since|early|late|mid|of)[\s-]+)*(?:january|february|march|april|may|june|july"
                          r"|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov"
                          r"|dec)\.?)(?:,?\s+\d{4})?$", re.IGNORECASE)
_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0, "this afternoon": 0,
             "this evening": 0, "last night": -1}   # (the night before the paper's day)
_WEEKDAY_LAST_WEEK = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)})\s+(?:of\s+)?last\s+week\b"
                                rf"|\blast\s+week\s+on\s+(?:{'|'.join(_WEEKDAYS)})\b", re.IGNORECASE)
# a day counted from the day the narrative is at ("said the previous day", "a day later")
_DAY_BEFORE = re.compile(r"\b(?:previous|prior) day\b|\bday before\b|\b(?:a|one|the) day earlier\b", re.IGNORECASE)
_DAY_AFTER = re.compile(r"\b(?:next|following) day\b|\bday after\b|\b(?:a|one|the) day later\b", re.IGNORECASE)
# the day the narrative is at ("said the same day", "later that day", "hours later")
_SAME_DAY = re.compile(r"\b(?:the same day|that day|(?:later|earlier) in the day"
                       r"|hours (?:later|earlier|before|after))\b", re.IGNORECASE)
# per weekday, compiled once (resolve_day tries every weekday of every day expression)
_ON_WEEKDAY_LAST_WEEK = {name: re.compile(rf"\b{name}\s+(?:of\s+)?last\s+week\b|\blast\s+week\s+on\s+{name}\b")
                         for name in _WEEKDAYS}
_LAST_WEEKDAY = {name: re.compile(rf"\blast\s+{name}\b") for name in _WEEKDAYS}
_WEEKDAY = {name: re.compile(rf"\b{name}\b") for name in _WEEKDAYS}
_RELATIVE_WORD = {word: re.compile(rf"\b{word}\b") for word in _RELATIVE}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DAYS_AGO = re.compile(r"\b(\d|one|two|three|four|five|six) days? ago\b", re.IGNORECASE)


# (remembered: dateutil's parser takes a tenth of a millisecond a day, and the statement and
# relation rules ask for the same expressions of a document many times)
@lru_cache(maxsize=1 << 12)
def resolve_day(expression: str, published: date | None, anchor: date | None = None) -> str | None:
    """The ISO day an expression names, or None when it is vague or there is nothing to anchor it.

    ``anchor`` is the day the narrative is at ("the previous day" counts back from it);
    it defaults to the publication date.
    """
    text = expression.strip()
    lower = text.lower()
    if published is None:
        m = re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)
        return m.group(0) if m else None
    anchor = anchor or published
    if _VAGUE.search(lower) and not _WEEKDAY_LAST_WEEK.search(lower):
        return None
    if _SAME_DAY.search(lower):
        return anchor.isoformat()
    if _DAY_BEFORE.search(lower):
        return (anchor - timedelta(days=1)).isoformat()
    if _DAY_AFTER.search(lower):
        later = anchor + timedelta(days=1)
        return later.isoformat() if later <= published else None   # news reports the past
    ago = _DAYS_AGO.search(lower)
    if ago:
        count = _NUMBERS.get(ago.group(1).lower()) or int(ago.group(1))
        return (published - timedelta(days=count)).isoformat()
    for word, offset in _RELATIVE.items():
        if _RELATIVE_WORD[word].search(lower):
            return (published + timedelta(days=offset)).isoformat()
    m = _MONTH_DAY.search(text)
    if m:
        try:
            default = datetime(published.year, published.month, 1)
            parsed = dateparser.parse(m.group(0), default=default).date()
        except (ValueError, OverflowError):
            return None
        if not re.search(r"\d{4}", m.group(0)) and parsed > published + timedelta(days=31):
            parsed = parsed.replace(year=parsed.year - 1)
        return parsed.isoformat()
    for name, weekday in _WEEKDAYS.items():
        if _ON_WEEKDAY_LAST_WEEK[name].search(lower):
            # "on Wednesday last week": that day of the week before the paper's
            monday = published - timedelta(days=published.weekday() + 7)
            return (monday + relativedelta(weekday=weekday)).isoformat()
        if _LAST_WEEKDAY[name].search(lower):
            # "last Friday" in a Friday's paper is a week ago
            return (published + relativedelta(days=-1, weekday=weekday(-1))).isoformat()
        if _WEEKDAY[name].search(lower):
            # The most recent such weekday on or before publication: news reports the past.
            return (published + relativedelta(weekday=weekday(-1))).isoformat()
    return None


def is_day_expression(text: str) -> bool:
    lower = text.lower()
    return bool(_MONTH_DAY.search(text) or any(w in lower for w in _WEEKDAYS)
                or any(w in lower for w in _RELATIVE) or _DAY_BEFORE.search(lower) or _DAY_AFTER.search(lower)
                or _DAYS_AGO.search(lower) or _VAGUE.search(lower) or _SAME_DAY.search(lower)
                or _MONTH_ALONE.match(text.strip()))


def is_same_day(text: str) -> bool:
    """"the same day", "later that day", "hours later": the day the story is at."""
    return bool(_SAME_DAY.search(text))


def is_relative_day(text: str) -> bool:
    """A day counted from another day of the story ("the previous day", "a day later", "the same day")."""
    return bool(_DAY_BEFORE.search(text) or _DAY_AFTER.search(text) or _SAME_DAY.search(text))


_ANY_DAY = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)}|today|yesterday)\b", re.IGNORECASE)


def first_day_in(text: str) -> tuple[int, int] | None:
    """Where the first day a short text names ("on Monday", "Oct 30", "yesterday") stands in it:
    for lines the parser does not read, a headline's."""
    found = [m for m in (_ANY_DAY.search(text), _MONTH_DAY.search(text)) if m]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return first.start(), first.end()


def writing_day(published: date | None, dateline_day: str | None) -> date | None:
    """The day the story was written: its dateline's ("TOKYO, Nov 14 (Reuters) -") when that is
    one to three days before publication (an agency's story carried the next day), else the
    publication date. The story's "today", "yesterday" and weekdays count from it."""
    if published is None or not dateline_day:
        return published
    day = resolve_day(dateline_day, published)
    if day is None:
        return published
    written = date.fromisoformat(day)
    return written if 1 <= (published - written).days <= 3 else published
