"""Find the article body in a saved news page, by how page furniture looks.

Web pages saved as text carry navigation words, a byline, a repeated lead summary, "Related
Stories" lists of unrelated headlines and agency disclaimers around the article. A reader skips
them by their shape: short lines without sentence punctuation, headlines glued to their section
name ("NationalSSB's ..."), lines that say they are disclaimers. These rules look only at that
shape, never at particular sites or stories.

The result is a list of character spans into the original text, so provenance offsets stay
those of the file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")
_CLOSERS = "\"'”’)]"
_RELATED_HEADING = re.compile(
    r"^\W*(?:\w+\s+){0,2}(?:related|realted|also read|read more|read also|more stories|more from|"
    r"recommended|you may also like|trending|top stories|latest news|must read|see also)\b",
    re.IGNORECASE,
)
# A disclaimer line opens with one of these, or holds one of the phrases anywhere.
_DISCLAIMER_OPENING = (r"\(?\s*disclaimer\b|copyright\b|(?:click|tap) here\b"
                       r"|(?:subscribe|sign up|follow us|download the app)\b|open in app$")
_DISCLAIMER_PHRASE = (r"auto-generated|auto-published|syndicated feed|agency feed|not been reviewed by"
                      r"|may have been reworked|all rights reserved")
# They are matched in the lower-cased line without IGNORECASE: the regex engine then skips to
# the phrases' first letters, where a case-insensitive search tries every phrase at every
# position (that was half the time of reading an article). Four letters match ASCII letters
# case-insensitively other than by lower(): a line holding one is matched as it is.
_DISCLAIMER_LOWER = (re.compile(_DISCLAIMER_OPENING), re.compile(_DISCLAIMER_PHRASE))
_DISCLAIMER_ANY_CASE = (re.compile(_DISCLAIMER_OPENING, re.IGNORECASE),
                        re.compile(_DISCLAIMER_PHRASE, re.IGNORECASE))
_FOLDED_OTHERWISE = "\u0130\u0131\u017f\u212a"   # İ, ı, ſ and the Kelvin sign
_BYLINE = re.compile(
    r"^(?:by|posted by|written by)\s+(?P<source>[^|•\n]{1,80}?)\s*(?:[|•]|$)", re.IGNORECASE
)
_STAMP = re.compile(
    r"\b(?:updated|published|posted|last updated|first published)\s*(?:on|:)?\s*"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})|"
    r"(?:\d{4}-\d{2}-\d{2}))",
    re.IGNORECASE,
)
# The dateline that opens a story: where and when it was filed, and by which agency:
# "WASHINGTON:", "Seoul, Oct 16", "LONDON (Reuters) -", "ANKARA, Feb 7 (AFP) -", "Nairobi, March 12 -",
# "PORT SUDAN, Sudan (Reuters) -", "GENEVA/KINSHASA, Feb 26 (AFP) -".
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'/\- ]{1,30}?)(?:,\s*(?P<country>[A-Z][A-Za-z.' ]{1,24}?))?"
    rf"(?:,\s*(?P<date>{_MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTHS}(?:,?\s+\d{{4}})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&'-]{0,30}?)\))?"
    # a dash ("-", "--", "–", "—"), but not a hyphen inside a word ("WHO Director-General")
    r"(?:\s*[:\u2013\u2014]\s*|\s+-+\s*|(?<=\))-+\s*|(?<=[\d)])\s+)"
    r"(?=[A-Z\"“‘'])"
)
# "... Khabarovsk. (ANI)": the agency credit that closes a syndicated story.
_CREDIT = re.compile(r"\s*\((?P<source>[A-Z][A-Za-z&. ]{1,24})\)\s*$")
_NOT_LINE_BREAKS = re.compile(r"[^\r\n]+")
# A stamp's date has digits: a line without any is not searched for one.
_DIGIT = re.compile(r"\d")
# A headline glued to its section label: "InternationalNepal ...", "Aurangabad“Take ...".
_GLUED = re.compile(r"^[A-Z][a-z]{3,}(?:[A-Z][a-z]|[\"“‘'][A-Z])")


@dataclass
class PageParts:
    body: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    byline: str | None = None          # the name after "By": a writer or an agency
    credit_source: str | None = None   # "(PTI)" closing the story
    stamp_date: str | None = None      # the date text of an "Updated: ..." stamp
    dateline_place: str | None = None
    dateline_date: str | None = None   # as written: "Feb 7", "March 12, 2024"
    dateline_agency: str | None = None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        lead = len(stripped) - len(stripped.lstrip())
        body = stripped.strip()
        if body:
            spans.append((pos + lead, pos + lead + len(body)))
        pos += len(line)
    return spans


def _is_disclaimer(line: str) -> bool:
    if not line.isascii() and any(letter in line for letter in _FOLDED_OTHERWISE):   # (isascii: no scan)
        opening, phrase = _DISCLAIMER_ANY_CASE
    else:
        (opening, phrase), line = _DISCLAIMER_LOWER, line.lower()
    return bool(opening.match(line) or phrase.search(line))


def _is_sentence_like(line: str) -> bool:
    if ")" in line:   # (a credit ends with one; the regex tries every position)
        line = _CREDIT.sub("", line)
    return bool(_TERMINAL.search(line)) and len(line.split()) >= 6


def _is_headline_like(line: str) -> bool:
    return not _TERMINAL.search(line) or bool(_GLUED.match(line))


def find_body(text: str) -> PageParts:
    """Split a page into the article body (character spans), its title and byline facts."""
    parts = PageParts()
    lines = [(s, e, text[s:e]) for s, e in _lines(text)]
    seen_body = False
    in_related = False
    kept: list[tuple[int, int]] = []
    for i, (start, end, line) in enumerate(lines):
        if _is_disclaimer(line):
            continue
        if _RELATED_HEADING.match(line) and len(line.split()) <= 5 and not _TERMINAL.search(line):
            in_related = True
            continue
        byline = _BYLINE.match(line)
        stamp = _STAMP.search(line) if _DIGIT.search(line) else None   # (quicker than _STAMP alone)
        if (byline or stamp) and not _is_sentence_like(line):
            if byline:
                parts.byline = byline.group("source").strip()
            if stamp:
                parts.stamp_date = stamp.group("date")
            continue
        if in_related:
            if _GLUED.match(line) or not _is_sentence_like(line):
                continue
            in_related = False
        if line.endswith(("...", "…")) and _repeats_later(line, lines[i + 1:]):
            continue  # a lead summary the page repeats in full below
        if not _is_sentence_like(line):
            if not seen_body and parts.title is None and len(line.split()) >= 4:
                parts.title = line
            continue  # navigation words, cross-heads, captions
        credit = _CREDIT.search(line) if ")" in line else None
        if credit and _TERMINAL.search(line[: credit.start()]):
            parts.credit_source = credit.group("source").strip()
            end = start + credit.start()
        if not seen_body:
            start += _read_dateline(line, parts)
        seen_body = True
        kept.append((start, end))
    parts.body = kept
    return parts


def _read_dateline(line: str, parts: PageParts) -> int:
    """The length of the dateline opening ``line`` (0 if none), its facts kept in ``parts``."""
    m = _DATELINE.match(line)
    # each part's length is checked below: a city and a country of three words each, a date with
    # its year and an agency of three ("RIO DE JANEIRO, Brazil, Nov 18, 2024 (Thomson Reuters
    # Foundation) -") make a long dateline that is still one
    if not m or len(m.group(0).split()) > 14:
        return 0
    words = m.group("place").split()
    country = (m.group("country") or "").split()
    if not all(w[0].isupper() for w in words + country) or len(words) > 3 or len(country) > 3:
        return 0   # "Officials said: ..." is a sentence, not a place
    parts.dateline_place = m.group("place").strip()
    parts.dateline_date = m.group("date")
    parts.dateline_agency = (m.group("agency") or "").strip() or None
    return m.end()


def dateline_of(text: str, body: list[tuple[int, int]]) -> list[str]:
    """The place words of the dateline the body's first line opens with ("PORT-AU-PRINCE, Haiti,
    May 2 (Reuters) -" -> ["PORT-AU-PRINCE", "Haiti"]), none if it has none. ``find_body`` left
    the dateline out of the body: it is the text between the line's start and the body's."""
    found = _body_dateline(text, body)
    if found is None:
        return []
    parts, m = found
    return [w.strip() for w in (parts.dateline_place, m.group("country")) if w and w.strip()]


def dateline_day_of(text: str, body: list[tuple[int, int]]) -> str | None:
    """The day the dateline the body's first line opens with gives, as written ("Nov 14"), if any."""
    found = _body_dateline(text, body)
    return found[0].dateline_date if found is not None else None


def _body_dateline(text: str, body: list[tuple[int, int]]) -> tuple[PageParts, re.Match] | None:
    if not body:
        return None
    start = body[0][0]
    line_start = text.rfind("\n", 0, start) + 1
    parts = PageParts()
    if not text[line_start:start].strip() or _read_dateline(text[line_start:], parts) != start - line_start:
        return None
    return parts, _DATELINE.match(text[line_start:])


def _repeats_later(line: str, rest: list[tuple[int, int, str]]) -> bool:
    prefix = line.rstrip(".… ").strip()
    return len(prefix) > 20 and any(other.startswith(prefix) for _, _, other in rest)


def blank_outside(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with everything outside ``spans`` turned to spaces (newlines kept), so that
    offsets into the result are offsets into the original."""
    pieces, kept_to = [], 0
    for start, end in sorted(spans):
        start = max(start, kept_to)
        if end <= start:
            continue   # inside a span kept already
        pieces += [_blank(text[kept_to:start]), text[start:end]]
        kept_to = end
    pieces.append(_blank(text[kept_to:]))
    return "".join(pieces)


def _blank(text: str) -> str:
    return _NOT_LINE_BREAKS.sub(lambda run: " " * len(run.group()), text)
