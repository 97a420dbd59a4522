"""Read inputs into ``Article`` records: text files, saved web pages, record files, standard input.

Each input is read by its kind: ``.txt`` as text, ``.html``/``.htm`` as a web page (main text
and metadata by trafilatura, see kg.pages), ``.jsonl``/``.csv`` as article records (see
kg.records); ``-`` is a stream the caller gives (standard input), its kind told by its start.

Nothing is silent: every input either becomes an Article, a ``Duplicate`` (the same text as an
article already read, which is parsed once) or an ``InputProblem`` naming the input and the
reason, and the run goes on. A folder's files of other kinds are problems too ("not read").

The inputs are found by kg.discovery (local paths, and URLs fsspec reads: see kg.locations);
the same kinds are read the same way from either.

Where an article's publication date and outlet come from, first found first: the manifest; the
record or the page's metadata; the text's "Updated: ..." stamp; its dateline ("ANKARA, Feb 7
(AFP) -": a day only when the dateline gives its year); its closing agency credit "(PTI)", or
a byline naming a news outlet. Nothing is guessed: without these, the article stays undated.
"""
from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from dateutil import parser as dateparser

from kg.boilerplate import PageParts, find_body
# Finding the inputs comes first; kg.ingest is where the callers take it from too.
from kg.discovery import (READABLE, STDIN, InputError, InputFile, InputProblem, ManifestRow, discover,  # noqa: F401
                          kind_of, manifests_for, read_manifest)
from kg.locations import RemoteFile, open_binary
from kg.pages import looks_like_html, read_page
from kg.records import (NOT_UTF8, BadRecord, Record, decoded, lines_of, lines_of_piece, read_csv, read_jsonl,
                        read_jsonl_lines)
from kg.schema import Article

MAX_BYTES = 50 * 1024 * 1024
# spaCy's default limit; a "news article" longer than this is a dump of something else.
MAX_BODY_CHARS = 1_000_000
_YEAR = re.compile(r"\b\d{4}\b")
_TIME = re.compile(r"\b\d{1,2}:\d{2}")


@dataclass
class Duplicate(InputProblem):
    """An input whose text is the same as an article read before it: not parsed again."""
    same_as: str = ""

    @classmethod
    def of(cls, file: str, same_as: str) -> Duplicate:
        return cls(file, f"the same text as {same_as}: read once", same_as)


@dataclass
class Given:
    """What an input says about itself apart from its text (a record's fields, a page's metadata)."""
    origin: str                       # "record" | "page"
    title: str | None = None
    published: str | None = None      # YYYY-MM-DD
    published_at: str | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 or UTF-16 by BOM, else UTF-8, else Windows-1252/Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("starts with a UTF-16 byte order mark but is not UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_text(path: InputFile) -> str:
    try:
        with open_binary(path) as handle:
            data = handle.read(MAX_BYTES + 1)   # a byte more than allowed says it is too large
        if len(data) > MAX_BYTES:
            raise InputError(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    text = decode(data)
    if not text.strip():
        raise InputError("empty file")
    return text


def parse_day(text: str | None) -> str | None:
    """The ISO day a written date names, only when it names its year."""
    if not text or not _YEAR.search(text):
        return None
    try:
        return dateparser.parse(text).date().isoformat()
    except (ValueError, OverflowError):
        return None


def parse_timestamp(text: str | None) -> tuple[str | None, str | None]:
    """(day, date and time) of a record's timestamp ("2024-10-30T08:15:00Z", "Wed, 30 Oct 2024")."""
    day = parse_day(text)
    if day is None or not _TIME.search(text):
        return day, None
    try:
        return day, dateparser.parse(text).isoformat()
    except (ValueError, OverflowError):
        return day, None


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    from kg.lexicon import NEWS_OUTLETS
    return frozenset(n.lower() for name, aliases in NEWS_OUTLETS.items() for n in (name, *aliases))


def names_outlet(name: str) -> bool:
    """A byline that names a news outlet or agency ("IANS", "Reuters"), not a writer: a known
    outlet, or an agency's acronym."""
    return name.lower() in _outlet_names() or bool(re.fullmatch(r"[A-Z]{2,6}", name))


def _dated(meta: ManifestRow | None, given: Given | None, parts: PageParts) -> tuple[str | None, str | None]:
    """The publication day and where it came from, first found first."""
    candidates = (
        (meta.published if meta else None, "manifest"),
        (given.published if given else None, given.origin if given else None),
        (parse_day(parts.stamp_date), "text"),
        (parse_day(parts.dateline_date), "dateline"),
    )
    return next(((day, origin) for day, origin in candidates if day), (None, None))


def make_article(path: Path | str, text: str, meta: ManifestRow | None, given: Given | None = None) -> Article:
    """An Article with its body spans, title, date and outlet (see the module's doc for the order)."""
    parts = find_body(text)
    published, published_from = _dated(meta, given, parts)
    byline = parts.byline
    outlet_byline = byline if byline and names_outlet(byline) else None
    source = ((meta.source if meta else None) or (given.source if given else None) or parts.dateline_agency
              or parts.credit_source or outlet_byline)
    same_day = given is not None and published == given.published
    return Article(
        id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        file=str(path),
        text=text,
        published=published,
        source=source,
        url=(meta.url if meta else None) or (given.url if given else None),
        title=(given.title if given else None) or parts.title,
        published_from=published_from,
        body=parts.body,
        author=(given.author if given else None) or (byline if byline and not outlet_byline else None),
        published_at=given.published_at if same_day else None,
    )


def _from_page(where: str, markup: str, meta: ManifestRow | None, given: Given | None = None) -> Article | InputProblem:
    page = read_page(markup, url=(meta.url if meta else None) or (given.url if given else None))
    if page is None:
        return InputProblem(where, "no article text found in the page")
    known = Given("page", title=page.title, published=page.published, published_at=page.published_at,
                  source=page.site, author=page.author, url=page.url)
    if given:   # a record's own fields come first, the page's metadata fills the gaps
        known = Given(given.origin, **{k: getattr(given, k) or getattr(known, k)
                                       for k in ("title", "published", "published_at", "source", "author", "url")})
    return make_article(where, page.text, meta, known)


def _from_record(record: Record | BadRecord) -> Article | InputProblem:
    if isinstance(record, BadRecord):
        return InputProblem(record.where, record.reason)
    published, published_at = parse_timestamp(record.published)
    given = Given("record", title=record.title, published=published, published_at=published_at,
                  source=record.source, author=record.author, url=record.url)
    if looks_like_html(record.text):
        return _from_page(record.where, record.text, None, given)
    return make_article(record.where, record.text, None, given)


def _read_stream(stream: TextIO) -> Iterator[Article | InputProblem]:
    text = stream.read(MAX_BYTES + 1)
    if len(text) > MAX_BYTES:
        yield InputProblem(STDIN, f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    elif not text.strip():
        yield InputProblem(STDIN, "empty input")
    elif text.lstrip().startswith("{"):
        yield from map(_from_record, read_jsonl(io.StringIO(text), STDIN))
    elif looks_like_html(text):
        yield _from_page(STDIN, text, None)
    else:
        yield make_article(STDIN, text, None)


def is_csv(path: InputFile) -> bool:
    return path.suffix.lower() == ".csv"


def _read_records_file(path: InputFile) -> Iterator[Article | InputProblem]:
    """A records file is read as a stream: it may hold a whole corpus. It is read line by line,
    as its pieces are (see ``RecordsPiece``), so that both give the same records."""
    try:
        with open_binary(path) as raw:
            if is_csv(path):
                records = read_csv(decoded(lines_of(raw, keepends=True)), str(path))
            else:
                records = read_jsonl_lines(lines_of(raw), str(path))
            yield from map(_from_record, records)
    except OSError as exc:
        yield InputProblem(str(path), f"cannot read: {exc.strerror or exc}")
    except UnicodeDecodeError:
        yield InputProblem(str(path), NOT_UTF8)


def _read_file(path: InputFile, meta: ManifestRow | None) -> Iterator[Article | InputProblem]:
    kind = kind_of(path)
    if kind == "records":
        yield from _read_records_file(path)
        return
    try:
        text = read_text(path)
    except InputError as exc:
        yield InputProblem(str(path), str(exc))
        return
    if kind == "html" or looks_like_html(text):
        yield _from_page(str(path), text, meta)
    else:
        yield make_article(path, text, meta)


def checked(article: Article) -> Article | InputProblem:
    """The article, or the problem that keeps it from being extracted (no text, too long)."""
    if not article.body:
        return InputProblem(article.file, "no article text found (only page furniture)")
    body_chars = sum(end - start for start, end in article.body)
    if body_chars > MAX_BODY_CHARS:
        return InputProblem(article.file, f"{body_chars:,} characters of text: too long for one article "
                                          f"(limit {MAX_BODY_CHARS:,}); split it into articles")
    return article


def read_input(path: InputFile, meta: ManifestRow | None,
               stdin: TextIO | None = None) -> Iterator[Article | InputProblem]:
    """The articles of one input (``-``: the stream ``stdin``) and the problems met, as read:
    neither checked nor compared with other inputs. ``meta``: the input's manifest row."""
    if str(path) == STDIN:
        yield from _read_stream(stdin) if stdin is not None else [InputProblem(STDIN, "no standard input")]
    else:
        yield from _read_file(path, meta)


@dataclass(frozen=True)
class Unread:
    """An input file to be read elsewhere (on a Dask worker), with its manifest row."""
    file: RemoteFile
    meta: ManifestRow | None = None

    def read(self) -> Iterator[Article | InputProblem]:
        return read_input(self.file, self.meta)


@dataclass(frozen=True)
class RecordsPiece:
    """A piece of a records file, to be read elsewhere: the lines of a JSON Lines file that begin
    between bytes ``start`` and ``end``, or the rows of a CSV file from ``start`` to ``end``
    (``fieldnames``: its header). ``first_line`` is the number of its first line, counted
    beforehand (see kg.records), so that records are named as when the whole file is read."""
    file: RemoteFile
    start: int
    end: int
    first_line: int
    fieldnames: tuple[str, ...] | None = None   # None: JSON Lines

    def read(self) -> Iterator[Article | InputProblem]:
        try:
            with open_binary(self.file) as handle:
                if self.fieldnames is None:
                    lines = lines_of_piece(handle, self.start, self.end)
                else:
                    handle.seek(self.start)
                    rows = io.BytesIO(handle.read(self.end - self.start))
        except OSError as exc:
            yield InputProblem(str(self.file), f"cannot read: {exc.strerror or exc}")
            return
        if self.fieldnames is None:
            records = read_jsonl_lines(lines, str(self.file), self.first_line)
        else:
            records = read_csv(decoded(lines_of(rows, keepends=True), file_start=False), str(self.file),
                               self.fieldnames, lines_before=self.first_line - 1)
        yield from map(_from_record, records)


def text_key(article: Article) -> str:
    """The same words, whatever the spacing: one article."""
    return hashlib.sha256(" ".join(article.text.split()).encode("utf-8")).hexdigest()


class Seen:
    """The texts read so far, in input order: which input gave each first."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}

    def duplicate(self, key: str, file: str) -> Duplicate | None:
        """A Duplicate when the text ``key`` was read before, else None (and it is noted)."""
        if key in self.first:
            return Duplicate.of(file, self.first[key])
        self.first[key] = file
        return None


def read_articles(files: Iterable[InputFile], manifest: dict[str, ManifestRow],
                  stdin: TextIO | None = None) -> Iterator[Article | InputProblem | Duplicate]:
    """Every input read: Articles, Duplicates of texts read before, and InputProblems.
    ``stdin`` is the stream a ``-`` input reads."""
    seen = Seen()
    for path in files:
        for item in read_input(path, manifest.get(path.name), stdin):
            if isinstance(item, Article):
                duplicate = seen.duplicate(text_key(item), item.file)
                if duplicate:
                    yield duplicate
                    continue
                item = checked(item)
            yield item


def nothing_read(paths: Iterable[str]) -> str:
    """The one-line error of a run that found not one article."""
    return (f"no article read from {', '.join(map(str, paths))} "
            f"(kg reads {READABLE} files, and '-' for standard input)")
