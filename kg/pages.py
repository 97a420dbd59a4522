"""Saved web pages: the main text and the page's metadata, read by trafilatura.

The text kg analyses is the text trafilatura extracts (comments left out); every offset of an
HTML article is an offset into that extracted text, which is kept with the article (and in the
extraction file) so that provenance can always be shown.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime

# A difficult page makes trafilatura and its helpers log warnings; with no handler of their own,
# Python would print them on stderr. kg reports what matters itself (no text found: a problem).
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# The original publication date, not the last update; a time too when the page gives one.
_DATE_PARAMS = {"original_date": True, "extensive_search": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b|<meta\b|<article\b)", re.IGNORECASE)


@dataclass
class Page:
    text: str
    title: str | None = None
    published: str | None = None      # YYYY-MM-DD
    published_at: str | None = None   # ISO date and time, when the page gives a time
    site: str | None = None           # the outlet: the site's name, never the byline
    author: str | None = None
    url: str | None = None


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text))


def _stamp(value: str | None) -> tuple[str | None, str | None]:
    """(day, date and time) of htmldate's answer; a bare midnight without a zone is a day only."""
    if not value:
        return None, None
    try:
        when = datetime.strptime(value, _DATE_PARAMS["outputformat"])
    except ValueError:
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            return None, None
    has_time = when.tzinfo is not None or (when.hour, when.minute, when.second) != (0, 0, 0)
    return when.date().isoformat(), when.isoformat() if has_time else None


def read_page(markup: str, url: str | None = None) -> Page | None:
    """The page's main text and metadata, or None when it holds no article text."""
    from trafilatura import bare_extraction   # imported on first use: it takes a while to load

    found = bare_extraction(markup, url=url, with_metadata=True, include_comments=False,
                            include_tables=False, date_extraction_params=dict(_DATE_PARAMS))
    if found is None or not (found.text or "").strip():
        return None
    published, published_at = _stamp(found.date)
    return Page(text=found.text.strip() + "\n", title=found.title or None, published=published,
                published_at=published_at, site=found.sitename or None, author=found.author or None,
                url=found.url or url or None)
