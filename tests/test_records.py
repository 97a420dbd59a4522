"""Records files: a JSON Lines file read in pieces gives what the whole file read at once gives."""
import io
import json

import pytest

from kg.records import lines_of, lines_of_piece, piece_ranges, read_jsonl, read_jsonl_lines

LINES = [json.dumps({"id": "a1", "text": "The minister said on Monday that talks would go on."}),
         "",
         json.dumps({"text": "A record without an id is named by its line, \u00e9t\u00e9 and \u2028 included."}),
         "not json",
         json.dumps({"title": "no text"}),
         json.dumps({"text": "A long line. " * 40})]
# A BOM, Windows and old Mac line ends, a line that is not UTF-8, no end after the last line.
CONTENT = (b"\xef\xbb\xbf" + "\r\n".join(LINES[:3]).encode() + b"\r" + LINES[3].encode() + b"\n"
           + b"\xff\xfe broken\n" + "\n".join(LINES[4:]).encode())


def _whole() -> list:
    return list(read_jsonl_lines(lines_of(io.BytesIO(CONTENT)), "news.jsonl"))


def test_lines_are_numbered_as_a_text_file_numbers_them():
    records = _whole()
    as_text = list(read_jsonl(io.TextIOWrapper(io.BytesIO(CONTENT.replace(b"\xff\xfe", b"xx")),
                                               encoding="utf-8-sig", newline=""), "news.jsonl"))
    assert [r.where for r in records] == ["news.jsonl#a1", "news.jsonl:3", "news.jsonl:4", "news.jsonl:5",
                                          "news.jsonl:6", "news.jsonl:7"]
    assert [r.where for r in as_text] == [r.where for r in records]
    assert [getattr(r, "reason", "")[:14] for r in records][2:5] == ["not valid JSON", "not UTF-8 text",
                                                                     "no text (looke"]
    assert "\u2028" in records[1].text   # a line separator inside a JSON string does not end a line


@pytest.mark.parametrize("piece_bytes", [1, 5, 40, 333, len(CONTENT) + 10])
def test_pieces_read_anywhere_give_the_whole_file(piece_bytes):
    handle = io.BytesIO(CONTENT)
    first_line, records = 1, []
    for start, end in piece_ranges(len(CONTENT), piece_bytes):
        lines = lines_of_piece(handle, start, end)
        records += read_jsonl_lines(lines, "news.jsonl", first_line)
        first_line += len(lines)
    assert records == _whole()


HEADER = b"id,title,text\r\n"
ROWS = [b'r1,"A title, with a comma","The minister said on Monday\r\nthat ""talks"" would go on."\r\n',
        b"\r\n",
        b',,A row without an id is named by its line.\r\n',
        b'r3,Short,"A quoted field\nover\nthree lines."\r\n',
        b'r4,Long,"' + b"A long field. " * 50 + b'"\r\n']


def _csv(content: bytes) -> list:
    from kg.records import decoded, read_csv
    return list(read_csv(decoded(lines_of(io.BytesIO(content), keepends=True)), "news.csv"))


def _csv_in_pieces(content: bytes, piece_bytes: int) -> list:
    from kg.records import csv_layout, decoded, read_csv
    layout = csv_layout(io.BytesIO(content), "news.csv", piece_bytes)
    records = []
    for start, end, lines_before in layout.pieces:
        lines = lines_of(io.BytesIO(content[start:end]), keepends=True)
        records += read_csv(decoded(lines, file_start=False), "news.csv", layout.fieldnames, lines_before)
    return records + ([layout.stop] if layout.stop else [])


def test_csv_rows_are_named_as_a_text_file_reads_them():
    content = b"\xef\xbb\xbf" + HEADER + b"".join(ROWS)
    as_text = list(__import__("kg.records", fromlist=["read_csv"]).read_csv(
        io.TextIOWrapper(io.BytesIO(content), encoding="utf-8-sig", newline=""), "news.csv"))
    assert _csv(content) == as_text
    assert [r.where for r in as_text] == ["news.csv#r1", "news.csv:5", "news.csv#r3", "news.csv#r4"]
    assert as_text[0].text == 'The minister said on Monday\r\nthat "talks" would go on.'


@pytest.mark.parametrize("ending", [b"", b'r5,Bad,"unclosed\x00field\r\n', b"r5,Bad,\xff\xfe\r\n", b"\r\n\r\n"])
@pytest.mark.parametrize("piece_bytes", [1, 60, 200, 10_000])
def test_csv_pieces_read_anywhere_give_the_whole_file(piece_bytes, ending):
    content = b"\xef\xbb\xbf" + HEADER + b"".join(ROWS) + ending + (b"r6,After,The rows after an error.\r\n"
                                                                    if ending.startswith(b"r5") else b"")
    whole = []
    try:
        whole = _csv(content)
    except UnicodeDecodeError:   # ingest reports the file then: the rows before are read
        whole = _csv(content.split(b"r5,Bad")[0]) + ["not UTF-8"]
    pieces = _csv_in_pieces(content, piece_bytes)
    if whole and whole[-1] == "not UTF-8":
        assert pieces[-1].reason == "not UTF-8 text: the rest of the file is skipped"
        pieces[-1] = "not UTF-8"
    assert pieces == whole


def test_a_csv_without_a_text_column():
    from kg.records import csv_layout
    layout = csv_layout(io.BytesIO(b"id,title\r\n1,x\r\n"), "news.csv", 100)
    assert layout.pieces == [] and layout.stop.reason.startswith("no text column")
    assert [r.reason for r in _csv(b"id,title\r\n1,x\r\n")] == [layout.stop.reason]


@pytest.mark.parametrize("piece_bytes", [1, 60, 10_000])
def test_a_csv_row_that_cannot_be_read_ends_the_file_in_pieces_too(monkeypatch, piece_bytes):
    import csv
    before = csv.field_size_limit()
    monkeypatch.setattr("kg.records._CSV_FIELD_LIMIT", 100)
    try:
        csv.field_size_limit(100)   # the long field of r4 is longer
        content = HEADER + b"".join(ROWS) + b"r6,After,The rows after an error.\r\n"
        whole = _csv(content)
        assert [r.where for r in whole] == ["news.csv#r1", "news.csv:5", "news.csv#r3", "news.csv:8"]
        assert whole[-1].reason == ("not readable as CSV (field larger than field limit (100)); "
                                    "the rest of the file is skipped")
        assert _csv_in_pieces(content, piece_bytes) == whole
    finally:
        csv.field_size_limit(before)
