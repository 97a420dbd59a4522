"""Article records: JSON Lines and CSV files with one article a line, as crawlers and news APIs
export them (id, title, text, published, source, url, author).

Each field is also found under the names those tools commonly give it (``content``,
``publishedAt``, ``source: {"name": ...}``...). A line that cannot be read is reported on its
own and the others are read.

A records file can be read in pieces, as Dask's workers read it. A JSON Lines file is cut into
byte ranges moved to line boundaries; each piece's lines are decoded on their own and numbered
from the piece's first line. A CSV file is cut at the ends of rows, which only reading it finds
(a quoted field may hold a line's end): ``csv_layout`` reads it once and tells where its pieces
lie. Either way, the pieces of a file, read anywhere, give what the whole file read at once gives.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
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


def lines_of(handle: IO[bytes], keepends: bool = False) -> Iterator[bytes]:
    """The lines of a binary file, ended by \n, \r\n or \r (as a text file's are)."""
    for line in handle:
        yield from line.splitlines(keepends)


def decoded(lines: Iterable[bytes], file_start: bool = True) -> Iterator[str]:
    """Lines decoded one by one as UTF-8, a BOM dropped from the file's first: a line that is not
    UTF-8 raises UnicodeDecodeError when it is reached."""
    for raw in lines:
        if file_start:
            raw, file_start = raw.removeprefix(_BOM), False
        yield raw.decode("utf-8")


def lines_of_piece(handle: IO[bytes], start: int, end: int) -> list[bytes]:
    """The lines that begin in the piece from byte ``start`` to ``end`` of a binary file: a line
    that crosses ``start`` belongs to the piece before, one that crosses ``end`` to this one."""
    return read_block(handle, start, end - start, delimiter=b"\n").splitlines()


def piece_ranges(size: int, piece_bytes: int) -> list[tuple[int, int]]:
    """A file of ``size`` bytes cut into byte ranges of ``piece_bytes`` (see ``lines_of_piece``)."""
    return [(start, min(start + piece_bytes, size)) for start in range(0, size, piece_bytes)]


# A whole article fits in one CSV field; the csv module's default limit is 128 KiB.
_CSV_FIELD_LIMIT = 16 * 1024 * 1024


NOT_UTF8 = "not UTF-8 text: the rest of the file is skipped"


def read_csv(lines: Iterable[str], file: str, fieldnames: Sequence[str] | None = None,
             lines_before: int = 0) -> Iterator[Record | BadRecord]:
    """The records of a CSV file's lines (ends kept); for a piece of one, its header's
    ``fieldnames`` and the number of lines before it."""
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    reader = csv.DictReader(lines, fieldnames=fieldnames)
    try:
        if fieldnames is None and not _has_text_column(reader.fieldnames):
            yield BadRecord(file, _NO_TEXT_COLUMN)
            return
        for row in reader:
            yield to_record(row, file, lines_before + reader.line_num)
    except csv.Error as exc:
        yield _unreadable_csv(file, lines_before + reader.line_num, exc)


_NO_TEXT_COLUMN = f"no text column (looked for {', '.join(FIELDS['text'])})"


def _has_text_column(fieldnames: Sequence[str] | None) -> bool:
    return bool(fieldnames) and bool(set(FIELDS["text"]) & set(fieldnames))


def _unreadable_csv(file: str, line: int, exc: csv.Error) -> BadRecord:
    return BadRecord(f"{file}:{line}", f"not readable as CSV ({exc}); the rest of the file is skipped")


@dataclass
class CsvLayout:
    """Where the rows of a CSV file lie: its header, its pieces of whole rows (start byte, end
    byte, lines before the piece), and what ends the file early (the rest is skipped)."""
    fieldnames: list[str] | None
    pieces: list[tuple[int, int, int]] = field(default_factory=list)
    stop: BadRecord | None = None


def csv_layout(handle: IO[bytes], file: str, piece_bytes: int) -> CsvLayout:
    """The layout of a CSV file, read as ``read_csv`` reads it (a row it cannot read, or a line
    that is not UTF-8, ends the file there), in pieces of about ``piece_bytes``."""
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    position = lines = 0      # how far the csv reader has read

    def counted() -> Iterator[str]:
        nonlocal position, lines
        for raw in lines_of(handle, keepends=True):
            text = (raw.removeprefix(_BOM) if lines == 0 else raw).decode("utf-8")
            position, lines = position + len(raw), lines + 1
            yield text

    reader = csv.DictReader(counted())
    layout = CsvLayout(fieldnames=None)
    start = start_lines = row_end = 0
    try:
        layout.fieldnames = reader.fieldnames
        if not _has_text_column(layout.fieldnames):
            layout.stop = BadRecord(file, _NO_TEXT_COLUMN)
            return layout
        start, start_lines, row_end = position, lines, position
        for _row in reader:
            row_end = position   # the reader stops at the end of a row: a piece may end here
            if row_end - start >= piece_bytes:
                layout.pieces.append((start, row_end, start_lines))
                start, start_lines = row_end, lines
    except csv.Error as exc:
        layout.stop = _unreadable_csv(file, reader.line_num, exc)
    except UnicodeDecodeError:
        layout.stop = BadRecord(file, NOT_UTF8)
    if row_end > start:
        layout.pieces.append((start, row_end, start_lines))
    return layout
