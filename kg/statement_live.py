"""Live blogs: a page of timestamped entries ("16:40 GMT – Poland scrambles jets ..."), each one
news of the day the blog is for. The reader (kg.boilerplate) leaves the entry lines out as page
furniture; their places are kept here, so that a statement inside an entry with no day of its own
is dated by the blog's day: the last day heading above it ("Tuesday, October 27"), else the
publication date.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from kg.dates import resolve_day
from kg.schema import Statement

# "16:40 GMT – ...", "9.15am BST - ...", "11:30 (local time) — ...": a clock time opening a line;
# or a line of its own above the entry ("14:52", "6:05 p.m.")
_STAMP = re.compile(r"^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?[ \t]*)?(?:[A-Z]{2,4}[ \t]*)?(?:\([^)\n]*\)[ \t]*)?"
                    r"(?:[–—-][ \t]*\S|$)", re.MULTILINE)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a line that is a day and nothing else: "Tuesday, October 27", "27 October 2026"
_DAY_HEADING = re.compile(rf"^[ \t]*(?:{_WEEKDAY},?[ \t]+)?(?:{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH})"
                          rf"(?:,?[ \t]+\d{{4}})?[ \t]*$", re.MULTILINE)
_ENTRIES_OF_A_BLOG = 2   # one timestamped line may be a byline's time


def live_entries(text: str, published: str | None) -> list[tuple[int, str]]:
    """Where each entry of a live blog starts in the text, and its day; none for a page that is
    no live blog (fewer than two timestamped lines) or has no publication date."""
    stamps = [m.start() for m in _STAMP.finditer(text)]
    if len(stamps) < _ENTRIES_OF_A_BLOG or not published:
        return []
    day_of_paper = date.fromisoformat(published)
    headings = [(m.start(), day) for m in _DAY_HEADING.finditer(text)
                for day in [resolve_day(m.group(0), day_of_paper)] if day]
    entries = []
    for start in stamps:
        above = [day for at, day in headings if at < start]
        entries.append((start, above[-1] if above else published))
    return entries


def date_live_entries(statements: list[Statement], entries: list[tuple[int, str]]) -> None:
    """A statement inside a live blog's entry with no day of its own was made on the entry's day."""
    if not entries:
        return
    starts = [start for start, _ in entries]
    for st in statements:
        if st.date is None and st.date_text is None:
            at = bisect_right(starts, st.start) - 1
            if at >= 0:
                st.date = entries[at][1]
