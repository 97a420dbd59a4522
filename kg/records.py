"""Article records: JSON Lines and CSV files with one article a line, as crawlers and news APIs
export them (id, title, text, published, source, url, author).

Each field is also found under the names those tools commonly give it (``content``,
``publishedAt``, ``source: {"name": ...}``...). A line that cannot be read is reported on its
own and the others are read.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

# kg's field, then the other names it goes by, in order of preference.
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "maintext", "article", "full_text"),
    "title": ("title", "headline"),
    "published": ("published", "publishedAt", "published_at", "date_publish", "datePublished",
                  "pubDate", "date"),
    "source": ("source", "outlet", "source_name", "sitename", "site_name", "publisher", "domain"),
    "url": ("url", "link", "source_url"),
    "id": ("id", "uuid", "article_id", "guid"),
    "author": ("author", "authors", "byline", "creator"),
}


@dataclass
class Record:
    where: str            # "news.jsonl#id" or "news.jsonl:3"
    text: str
    title: str | None = None
    published: str | None = None   # as written: the caller parses it
    source: str | None = None
    url: str | None = None
    author: str | None = None


@dataclass
class BadRecord:
    where: str
    reason: str


def _plain(value: Any) -> str | None:
    """A field's value as text: a name inside an object ({"name": "Reuters"}), lists joined."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or value.get("id")
    if isinstance(value, list):
        value = ", ".join(filter(None, (_plain(v) for v in value)))
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _field(row: dict[str, Any], name: str) -> str | None:
    for key in FIELDS[name]:
        value = _plain(row.get(key))
        if value:
            return value
    return None


def to_record(row: dict[str, Any], file: str, line: int) -> Record | BadRecord:
    ident = _field(row, "id")
    where = f"{file}#{ident}" if ident else f"{file}:{line}"
    text = _field(row, "text")
    if not text:
        return BadRecord(where, f"no text (looked for {', '.join(FIELDS['text'])})")
    return Record(where=where, text=text, title=_field(row, "title"), published=_field(row, "published"),
                  source=_field(row, "source"), url=_field(row, "url"), author=_field(row, "author"))


def read_jsonl(handle: TextIO, file: str) -> Iterator[Record | BadRecord]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRecord(f"{file}:{number}", f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            yield BadRecord(f"{file}:{number}", "not a JSON object")
            continue
        yield to_record(row, file, number)


# A whole article fits in one CSV field; the csv module's default limit is 128 KiB.
_CSV_FIELD_LIMIT = 16 * 1024 * 1024


def read_csv(handle: TextIO, file: str) -> Iterator[Record | BadRecord]:
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    reader = csv.DictReader(handle)
    try:
        if not reader.fieldnames or not set(FIELDS["text"]) & set(reader.fieldnames):
            yield BadRecord(file, f"no text column (looked for {', '.join(FIELDS['text'])})")
            return
        for row in reader:
            yield to_record(row, file, reader.line_num)
    except csv.Error as exc:
        yield BadRecord(f"{file}:{reader.line_num}", f"not readable as CSV ({exc}); the rest of the file is skipped")
