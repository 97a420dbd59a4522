"""Input paths for a cluster run: local files and folders, or URLs that fsspec reads (s3://,
gcs://, http(s)://, file://...), named here and read by whichever worker gets them.

Reading goes through kg.ingest, as in a single-process run: a remote file is fetched into a
temporary folder under its own name and read from there, then named by its URL again.
"""
from __future__ import annotations

import dataclasses
import os
import tempfile
from pathlib import Path, PurePosixPath

import fsspec
from fsspec.core import url_to_fs

from kg.ingest import MANIFEST_NAME, MAX_BYTES, InputError, InputProblem, ManifestRow, discover, \
    manifests_for, read_articles, read_manifest
from kg.schema import Article

ARTICLE_SUFFIX = ".txt"


def is_url(source: str | os.PathLike) -> bool:
    return "://" in str(source)


def discover_sources(paths: list[str]) -> tuple[list[str], list[InputProblem]]:
    """The article files under ``paths`` in a stable order (local ones as kg.ingest finds them)."""
    sources: list[str] = []
    problems: list[InputProblem] = []
    for raw in paths:
        if is_url(raw):
            found, missing = _discover_url(raw)
            sources += found
            problems += missing
        else:
            files, missing = discover([raw])
            sources += [str(f) for f in files]
            problems += missing
    return sources, problems


def _discover_url(url: str) -> tuple[list[str], list[InputProblem]]:
    fs, root = url_to_fs(url)
    if fs.isdir(root):
        names = sorted(name for name in fs.find(root) if name.lower().endswith(ARTICLE_SUFFIX))
        return [fs.unstrip_protocol(name) for name in names], []
    if fs.exists(root):
        return [url], []
    return [], [InputProblem(url, "no such file or folder")]


def manifests_of(paths: list[str]) -> dict[str, ManifestRow]:
    """The manifest.csv of every folder given (local or URL), merged."""
    merged = manifests_for([p for p in paths if not is_url(p)])
    for url in filter(is_url, paths):
        fs, root = url_to_fs(url)
        candidate = f"{root.rstrip('/')}/{MANIFEST_NAME}"
        if fs.isdir(root) and fs.isfile(candidate):
            with tempfile.TemporaryDirectory() as folder:
                local = Path(folder) / MANIFEST_NAME
                fs.get(candidate, str(local))
                merged.update(read_manifest(local))
    return merged


def read_source(source: str | os.PathLike, meta: ManifestRow | None) -> Article | InputProblem:
    """One article file, local or URL, read as kg.ingest reads a local one."""
    if not is_url(source):
        path = Path(source)
        return next(read_articles([path], {path.name: meta} if meta else {}))
    url = str(source)
    try:
        with tempfile.TemporaryDirectory() as folder:
            local = Path(folder) / PurePosixPath(url_to_fs(url)[1]).name
            _fetch(url, local)
            item = next(read_articles([local], {local.name: meta} if meta else {}))
    except InputError as exc:
        return InputProblem(url, str(exc))
    return dataclasses.replace(item, file=url)


def _fetch(url: str, local: Path) -> None:
    try:
        with fsspec.open(url, "rb") as remote:
            data = remote.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    local.write_bytes(data)
