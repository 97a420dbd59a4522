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
