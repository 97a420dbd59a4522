"""Read article files and their metadata into ``Article`` records.

Input problems are data, not crashes: every file either becomes an Article or an
``InputProblem`` naming the file and the reason, and the run goes on.
"""
from __future__ import annotations

import csv
import hashlib
import html
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from dateutil import parser as dateparser

from kg.boilerplate import find_body
from kg.errors import KgError
from kg.schema import Article

MANIFEST_NAME = "manifest.csv"
MAX_BYTES = 50 * 1024 * 1024
# spaCy's default limit; a "news article" longer than this is a dump of something else.
MAX_BODY_CHARS = 1_000_000


class InputError(KgError):
    """A problem with the user's input that deserves a one-line message, not a traceback."""


@dataclass
class InputProblem:
    file: str
    reason: str


@dataclass
class ManifestRow:
    published: str | None
    source: str | None
    url: str | None


def discover(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[InputProblem]]:
    """The .txt files under the given files and folders, in a stable order.

    Symbolic links that lead out of a given folder, or round in a loop, are not followed,
    and each one is reported.
    """
    files: list[Path] = []
    problems: list[InputProblem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            root = path.resolve()
            for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
                for name in sorted(dirnames):
                    sub = Path(dirpath) / name
                    if sub.is_symlink():
                        problems.append(InputProblem(str(sub), "symbolic link to a folder not followed"))
                dirnames.sort()
                for name in sorted(filenames):
                    if not name.lower().endswith(".txt"):
                        continue
                    file = Path(dirpath) / name
                    if file.is_symlink():
                        target = file.resolve()
                        if not target.is_relative_to(root):
                            problems.append(InputProblem(str(file), f"symbolic link out of {path} not followed"))
                            continue
                    files.append(file)
        elif path.exists():
            files.append(path)
        else:
            problems.append(InputProblem(str(path), "no such file or folder"))
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


class _TextOfHtml(HTMLParser):
    _SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript"}
    _BREAK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "article", "section"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BREAK:
            self.chunks.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self._BREAK:
            self.chunks.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.chunks.append(data)


_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b)", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    parser = _TextOfHtml()
    parser.feed(markup)
    text = html.unescape("".join(parser.chunks))
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text).strip() + "\n"


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
    if _HTML_START.match(text):
        text = html_to_text(text)
    if not text.strip():
        raise InputError("empty file")
    return text


def parse_day(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return dateparser.parse(text).date().isoformat()
    except (ValueError, OverflowError):
        return None


def make_article(path: Path, text: str, meta: ManifestRow | None) -> Article:
    """An Article with its body spans, title and date: manifest first, then the page's own stamp."""
    parts = find_body(text)
    published, published_from = None, None
    if meta and meta.published:
        published, published_from = meta.published, "manifest"
    elif parts.stamp_date:
        published = parse_day(parts.stamp_date)
        published_from = "text" if published else None
    source = (meta.source if meta else None) or parts.byline_source or parts.credit_source
    return Article(
        id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        file=str(path),
        text=text,
        published=published,
        source=source,
        url=meta.url if meta else None,
        title=parts.title,
        published_from=published_from,
        body=parts.body,
    )


def read_articles(files: Iterable[Path], manifest: dict[str, ManifestRow]) -> Iterator[Article | InputProblem]:
    for path in files:
        try:
            text = read_text(path)
        except InputError as exc:
            yield InputProblem(str(path), str(exc))
            continue
        article = make_article(path, text, manifest.get(path.name))
        if not article.body:
            yield InputProblem(str(path), "no article text found (only page furniture)")
            continue
        body_chars = sum(end - start for start, end in article.body)
        if body_chars > MAX_BODY_CHARS:
            yield InputProblem(str(path), f"{body_chars:,} characters of text: too long for one article "
                                          f"(limit {MAX_BODY_CHARS:,}); split it into articles")
            continue
        yield article
