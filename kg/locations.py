"""Inputs named by URL: anything fsspec reads (``file://``, ``zip://...::file://``, ``s3://`` with
s3fs installed...), beside local paths.

A file found under a URL is named by its own URL (``file:///data/news/a.txt``,
``zip://a.txt::file:///tmp/news.zip``): that is the article's ``file``, and what a Dask worker
opens, so every worker must reach the same URL. Which protocols work is fsspec's registry's
business; one that is unknown, or whose package is not installed, is a one-line error.
"""
from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kg.errors import KgError

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
_GLOB = re.compile(r"[*?\[]")
CHAIN = "::"


class LocationError(KgError):
    """A URL kg cannot use at all: an unknown protocol, or one whose package is not installed."""


def is_url(text: str) -> bool:
    """Whether an input names an fsspec URL (``proto://...`` or a chain ``a::b``) rather than a path."""
    return bool(_URL.match(text)) or CHAIN in text


@dataclass(frozen=True)
class RemoteFile:
    """One file named by a URL. Behaves as the ``Path`` of a local input where kg needs it:
    ``name`` (for the manifest), ``suffix`` (for its kind) and ``str()`` (what the article's
    ``file`` says: the URL, or ``shown``)."""

    url: str
    shown: str | None = None   # a local file sent to a worker by URL: the path as it was given

    @classmethod
    def of_path(cls, path: Path) -> RemoteFile:
        """A local file by its absolute URL, for a worker whose working folder may differ,
        still shown as the path given."""
        return cls(f"file://{Path(path).absolute()}", shown=str(path))

    @property
    def _path(self) -> str:
        if self.shown is not None:
            return self.shown
        first = self.url.split(CHAIN, 1)[0]
        return first.split("://", 1)[-1]

    @property
    def name(self) -> str:
        return posixpath.basename(self._path.rstrip("/"))

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix

    def __str__(self) -> str:
        return self.url if self.shown is None else self.shown


def filesystem(url: str) -> tuple[Any, str]:
    """fsspec's filesystem for ``url`` and the path within it, or a one-line LocationError."""
    from fsspec.core import url_to_fs
    first, _, chain = url.partition(CHAIN)
    try:
        if chain and "://" in first:   # a file in an archive (zip://a.txt::file:///news.zip)
            archive_fs, archive_path = filesystem(chain)
            fs = _archive(first.split("://", 1)[0], chain, _version(archive_fs.info(archive_path)))
            return fs, type(fs)._strip_protocol(first)
        return url_to_fs(url)
    except ImportError as exc:   # fsspec knows the protocol; its implementation is not installed
        missing = getattr(exc.__cause__, "name", None)
        package = f"the {missing} package, which is not installed" if missing else "a package that is not installed"
        raise LocationError(f"{url}: reading this URL needs {package} ({exc})") from None
    except ValueError as exc:    # "Protocol not known: xyz", or a URL its filesystem refuses
        raise LocationError(f"{url}: not a URL kg can read ({exc})") from None


@lru_cache(maxsize=8)
def _archive(protocol: str, chain: str, version: tuple) -> Any:
    """An archive's filesystem, opened once for all its files (fsspec opens it anew, reading its
    whole index, for each URL otherwise) while the archive stays the same ``version``: a
    process that lives on (a Dask worker) reads an archive rewritten since as it is now."""
    from fsspec.core import url_to_fs
    return url_to_fs(f"{protocol}://{CHAIN}{chain}")[0]


def _version(info: dict) -> tuple:
    """What changes when a file is rewritten, as its filesystem tells it."""
    return tuple(info.get(key) for key in ("size", "mtime", "LastModified", "ETag", "created"))


def has_glob(path: str) -> bool:
    return bool(_GLOB.search(path))


def glob_folder(path: str) -> str:
    """The folder a glob pattern starts from (``news/*.txt`` -> ``news``)."""
    return posixpath.dirname(_GLOB.split(path, 1)[0])


def url_of(fs: Any, path: str, given: str) -> str:
    """The URL of ``path`` in ``fs``, the filesystem that the URL ``given`` opened (a chained
    URL keeps its chain: ``zip://a.txt::file:///tmp/news.zip``)."""
    chain = given.split(CHAIN, 1)
    return fs.unstrip_protocol(path) + (CHAIN + chain[1] if len(chain) > 1 else "")


def walk(fs: Any, root: str) -> Iterator[tuple[str, list[str], list[str]]]:
    """``os.walk`` for a filesystem: (folder, subfolders, files), sorted; a caller that prunes
    the subfolders' list in place keeps the walk out of them."""
    for folder, subfolders, files in fs.walk(root, topdown=True):
        subfolders.sort()
        yield folder, subfolders, sorted(files)


@contextmanager
def open_binary(file: Path | RemoteFile) -> Iterator[IO[bytes]]:
    """The file opened for reading bytes, for a ``with`` block."""
    if isinstance(file, RemoteFile):
        # The filesystem stays referenced while the handle is in use: an archive's (zip://)
        # closes the archive when it is collected, under the handle.
        fs, path = filesystem(file.url)
        with fs.open(path, "rb") as handle:
            yield handle
    else:
        with open(file, "rb") as handle:
            yield handle
