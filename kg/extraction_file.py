"""The extraction file: JSON Lines, one ``Document`` a line, between ``kg extract`` and ``kg load``.

Reading validates every line before anything is handed on, so a bad file is refused whole with
the line and the reason, never half loaded. Nothing here imports spaCy.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import IO

from kg.errors import KgError
from kg.schema import ENTITY_TYPES, MODALITIES, RELATION_NAME, STATEMENT_KINDS, Document

_RELATION_NAME = re.compile(RELATION_NAME)


class ExtractionFileError(KgError):
    """A line of an extraction file that is not a kg document record."""


def dumps(document: Document) -> str:
    return json.dumps(document.to_dict(), ensure_ascii=False)


def write(documents: Iterable[Document], handle: IO[str]) -> Iterator[Document]:
    """Write each document as one line, yielding it once written (so a caller can count)."""
    for document in documents:
        handle.write(dumps(document) + "\n")
        yield document


def parse_line(where: str, line: str) -> Document:
    """One validated document; ``where`` ("file:line") leads the error message."""
    try:
        doc = Document.from_dict(json.loads(line))
    except json.JSONDecodeError as exc:
        raise ExtractionFileError(f"{where}: not valid JSON ({exc.msg})") from None
    except (KeyError, TypeError, AttributeError) as exc:
        raise ExtractionFileError(f"{where}: not a kg document record ({exc})") from None
    for e in doc.entities:
        if e.type not in ENTITY_TYPES:
            raise ExtractionFileError(f"{where}: unknown entity type {e.type!r}")
    for s in doc.statements:
        if s.kind not in STATEMENT_KINDS:
            raise ExtractionFileError(f"{where}: unknown statement kind {s.kind!r}")
        if not isinstance(s.negated, bool):
            raise ExtractionFileError(f"{where}: statement 'negated' must be true or false")
    for r in doc.relations:
        if not isinstance(r.type, str) or not _RELATION_NAME.match(r.type):
            raise ExtractionFileError(f"{where}: relation type {r.type!r} is not an upper-case name")
        if r.modality not in MODALITIES:
            raise ExtractionFileError(f"{where}: unknown relation modality {r.modality!r}")
    return doc


def _lines(path: str) -> Iterator[tuple[int, str]]:
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, line
    except OSError as exc:
        raise ExtractionFileError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ExtractionFileError(f"{path}: not UTF-8 text") from None


def read(path: str) -> tuple[int, Iterator[Document]]:
    """How many documents the file holds, and the documents: the whole file is validated before
    this returns, then read again line by line, so memory holds one document at a time."""
    count = sum(1 for number, line in _lines(path) if parse_line(f"{path}:{number}", line))
    return count, (parse_line(f"{path}:{number}", line) for number, line in _lines(path))


def read_stream(stream: IO[str], name: str = "<stdin>") -> tuple[int, Iterator[Document]]:
    """The same for a stream that can be read only once (standard input): its lines are kept as
    text while they are validated."""
    lines = [(n, line) for n, line in enumerate(stream, start=1) if line.strip()]
    for number, line in lines:
        parse_line(f"{name}:{number}", line)
    return len(lines), (parse_line(f"{name}:{number}", line) for number, line in lines)
