"""Article records: JSON Lines and CSV files with one article a line, as crawlers and news APIs
export them (id, title, text, published, source, url, author).

Each field is also found under the names those tools commonly give it (``content``,
``publishedAt``, ``source: {"name": ...}``...). A line that cannot be read is reported on its
own and the others are read.

A JSON Lines file can be read in pieces (byte ranges moved to line boundaries, as Dask's workers
read it): each piece's lines are decoded on their own and numbered from the piece's first line,
so the pieces of a file, read anywhere, give what the whole file read at once gives.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, TextIO

from fsspec.utils import read_block

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


_BOM = b"\xef\xbb\xbf"


def read_jsonl(handle: TextIO, file: str) -> Iterator[Record | BadRecord]:
    for number, line in enumerate(handle, start=1):
        record = _jsonl_record(line, file, number)
        if record is not None:
            yield record


def read_jsonl_lines(lines: Iterable[bytes], file: str, first_line: int = 1) -> Iterator[Record | BadRecord]:
    """Records of lines as bytes, numbered from ``first_line``: each line is decoded on its own,
    so that one that is not UTF-8 is reported and the others are read."""
    for number, raw in enumerate(lines, start=first_line):
        try:
            line = (raw.removeprefix(_BOM) if number == 1 else raw).decode("utf-8")
        except UnicodeDecodeError:
            yield BadRecord(f"{file}:{number}", "not UTF-8 text")
            continue
        record = _jsonl_record(line, file, number)
        if record is not None:
            yield record


def _jsonl_record(line: str, file: str, number: int) -> Record | BadRecord | None:
    if not line.strip():
        return None
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return BadRecord(f"{file}:{number}", f"not valid JSON ({exc.msg})")
    if not isinstance(row, dict):
        return BadRecord(f"{file}:{number}", "not a JSON object")
    return to_record(row, file, number)


def lines_of(handle: IO[bytes]) -> Iterator[bytes]:
    """The lines of a binary file, ended by \n, \r\n or \r (as a text file's are), without their ends."""
    for line in handle:
        yield from line.splitlines()


def lines_of_piece(handle: IO[bytes], start: int, end: int) -> list[bytes]:
    """The lines that begin in the piece from byte ``start`` to ``end`` of a binary file: a line
    that crosses ``start`` belongs to the piece before, one that crosses ``end`` to this one."""
    return read_block(handle, start, end - start, delimiter=b"\n").splitlines()


def piece_ranges(size: int, piece_bytes: int) -> list[tuple[int, int]]:
    """A file of ``size`` bytes cut into byte ranges of ``piece_bytes`` (see ``lines_of_piece``)."""
    return [(start, min(start + piece_bytes, size)) for start in range(0, size, piece_bytes)]


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
