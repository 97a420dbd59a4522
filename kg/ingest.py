"""Read inputs into ``Article`` records: text files, saved web pages, record files, standard input.

Each input is read by its kind: ``.txt`` as text, ``.html``/``.htm`` as a web page (main text
and metadata by trafilatura, see kg.pages), ``.jsonl``/``.csv`` as article records (see
kg.records); ``-`` is a stream the caller gives (standard input), its kind told by its start.

Nothing is silent: every input either becomes an Article, a ``Duplicate`` (the same text as an
article already read, which is parsed once) or an ``InputProblem`` naming the input and the
reason, and the run goes on. A folder's files of other kinds are problems too ("not read").

Where an article's publication date and outlet come from, first found first: the manifest; the
record or the page's metadata; the text's "Updated: ..." stamp; its dateline ("ANKARA, Feb 7
(AFP) -": a day only when the dateline gives its year); its closing agency credit "(PTI)", or
a byline naming a news outlet. Nothing is guessed: without these, the article stays undated.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from pathlib import Path
from typing import TextIO

from dateutil import parser as dateparser

from kg.boilerplate import PageParts, find_body
from kg.errors import KgError
from kg.pages import looks_like_html, read_page
from kg.records import BadRecord, Record, read_csv, read_jsonl
from kg.schema import Article

MANIFEST_NAME = "manifest.csv"
STDIN = "-"
MAX_BYTES = 50 * 1024 * 1024
# spaCy's default limit; a "news article" longer than this is a dump of something else.
MAX_BODY_CHARS = 1_000_000
KINDS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "records",
         ".ndjson": "records", ".csv": "records"}
READABLE = ".txt, .html/.htm, .jsonl and .csv"
_YEAR = re.compile(r"\b\d{4}\b")
_TIME = re.compile(r"\b\d{1,2}:\d{2}")


class InputError(KgError):
    """A problem with the user's input that deserves a one-line message, not a traceback."""


@dataclass
class InputProblem:
    file: str
    reason: str


@dataclass
class Duplicate(InputProblem):
    """An input whose text is the same as an article read before it: not parsed again."""
    same_as: str = ""

    @classmethod
    def of(cls, file: str, same_as: str) -> Duplicate:
        return cls(file, f"the same text as {same_as}: read once", same_as)


@dataclass
class ManifestRow:
    published: str | None
    source: str | None
    url: str | None


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


def kind_of(path: Path) -> str | None:
    return KINDS.get(path.suffix.lower())


def discover(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[InputProblem]]:
    """The inputs under the given files and folders, in a stable order, and the problems found.

    A folder's files are read when kg knows their kind (its manifest.csv is its manifest); the
    others are reported, as are symbolic links that lead out of the folder or round in a loop.
    A file named directly is read whatever its name (as text unless its kind says otherwise).
    """
    files: list[Path] = []
    problems: list[InputProblem] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            files.append(Path(STDIN))
        elif path.is_dir():
            found, trouble = _walk(path)
            files += found
            problems += trouble
        elif path.exists():
            files.append(path)
        else:
            problems.append(InputProblem(str(path), "no such file or folder"))
    return files, problems


def _walk(folder: Path) -> tuple[list[Path], list[InputProblem]]:
    files: list[Path] = []
    problems: list[InputProblem] = []
    root = folder.resolve()
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in sorted(dirnames):
            sub = Path(dirpath) / name
            if sub.is_symlink():
                problems.append(InputProblem(str(sub), "symbolic link to a folder not followed"))
            elif name.startswith("."):   # .git and the like: one line, not one per file inside
                problems.append(InputProblem(str(sub), "hidden folder not read"))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            file = Path(dirpath) / name
            if name == MANIFEST_NAME:
                continue
            if kind_of(file) is None:
                problems.append(InputProblem(str(file), f"not read: kg reads {READABLE} files"))
            elif file.is_symlink() and not file.resolve().is_relative_to(root):
                problems.append(InputProblem(str(file), f"symbolic link out of {folder} not followed"))
            else:
                files.append(file)
    return files, problems


def read_manifest(path: str | os.PathLike) -> dict[str, ManifestRow]:
    """``file,published,source,url`` rows keyed by file name."""
    rows: dict[str, ManifestRow] = {}
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "file" not in reader.fieldnames:
                raise InputError(f"{path}: a manifest needs a 'file' column (file,published,source,url)")
            for line_no, row in enumerate(reader, start=2):
                published = (row.get("published") or "").strip() or None
                if published:
                    try:
                        published = date.fromisoformat(published).isoformat()
                    except ValueError:
                        raise InputError(f"{path}:{line_no}: published {published!r} is not a YYYY-MM-DD date") from None
                rows[Path(row["file"].strip()).name] = ManifestRow(
                    published=published,
                    source=(row.get("source") or "").strip() or None,
                    url=(row.get("url") or "").strip() or None,
                )
    except OSError as exc:
        raise InputError(f"{path}: cannot read manifest: {exc.strerror}") from None
    return rows


def manifests_for(paths: Iterable[str | os.PathLike]) -> dict[str, ManifestRow]:
    """The manifest.csv of every folder given, merged."""
    merged: dict[str, ManifestRow] = {}
    for raw in paths:
        candidate = Path(raw) / MANIFEST_NAME
        if Path(raw).is_dir() and candidate.is_file():
            merged.update(read_manifest(candidate))
    return merged


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 or UTF-16 by BOM, else UTF-8, else Windows-1252/Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
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


def read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
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


def _records(handle: TextIO, where: str, csv_file: bool) -> Iterator[Article | InputProblem]:
    for record in (read_csv if csv_file else read_jsonl)(handle, where):
        yield _from_record(record)


def _read_stream(stream: TextIO) -> Iterator[Article | InputProblem]:
    text = stream.read(MAX_BYTES + 1)
    if len(text) > MAX_BYTES:
        yield InputProblem(STDIN, f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    elif not text.strip():
        yield InputProblem(STDIN, "empty input")
    elif text.lstrip().startswith("{"):
        yield from _records(io.StringIO(text), STDIN, csv_file=False)
    elif looks_like_html(text):
        yield _from_page(STDIN, text, None)
    else:
        yield make_article(STDIN, text, None)


def _read_records_file(path: Path) -> Iterator[Article | InputProblem]:
    """A records file is read as a stream: it may hold a whole corpus."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            yield from _records(handle, str(path), csv_file=path.suffix.lower() == ".csv")
    except OSError as exc:
        yield InputProblem(str(path), f"cannot read: {exc.strerror or exc}")
    except UnicodeDecodeError:
        yield InputProblem(str(path), "not UTF-8 text: the rest of the file is skipped")


def _read_file(path: Path, meta: ManifestRow | None) -> Iterator[Article | InputProblem]:
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


def _checked(article: Article) -> Article | InputProblem:
    if not article.body:
        return InputProblem(article.file, "no article text found (only page furniture)")
    body_chars = sum(end - start for start, end in article.body)
    if body_chars > MAX_BODY_CHARS:
        return InputProblem(article.file, f"{body_chars:,} characters of text: too long for one article "
                                          f"(limit {MAX_BODY_CHARS:,}); split it into articles")
    return article


def read_articles(files: Iterable[Path], manifest: dict[str, ManifestRow],
                  stdin: TextIO | None = None) -> Iterator[Article | InputProblem | Duplicate]:
    """Every input read: Articles, Duplicates of texts read before, and InputProblems.
    ``stdin`` is the stream a ``-`` input reads."""
    seen: dict[str, str] = {}   # the same words, whatever the spacing: one article
    for path in files:
        if str(path) == STDIN:
            items = _read_stream(stdin) if stdin is not None else iter([InputProblem(STDIN, "no standard input")])
        else:
            items = _read_file(path, manifest.get(path.name))
        for item in items:
            if isinstance(item, Article):
                key = hashlib.sha256(" ".join(item.text.split()).encode("utf-8")).hexdigest()
                if key in seen:
                    yield Duplicate.of(item.file, seen[key])
                    continue
                seen[key] = item.file
                item = _checked(item)
            yield item


def nothing_read(paths: Iterable[str]) -> str:
    """The one-line error of a run that found not one article."""
    return (f"no article read from {', '.join(map(str, paths))} "
            f"(kg reads {READABLE} files, and '-' for standard input)")
