"""Finding the inputs: the files under the paths and URLs given, in a stable order, the problems
met on the way, and the manifests that give their publication dates and outlets.

An input is a local path, ``-`` (standard input), or a URL fsspec reads (see kg.locations): a
file, a folder or a glob (``file:///data/news/*.txt``). A folder's files are read when kg knows
their kind; the others are reported ("not read"), and so is a hidden folder.
"""
from __future__ import annotations

import csv
import io
import os
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg.errors import KgError
from kg.locations import RemoteFile, filesystem, glob_folder, has_glob, is_url, open_binary, url_of, walk

MANIFEST_NAME = "manifest.csv"
STDIN = "-"
KINDS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "records",
         ".ndjson": "records", ".csv": "records"}
READABLE = ".txt, .html/.htm, .jsonl and .csv"


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


InputFile = Path | RemoteFile


def kind_of(path: InputFile) -> str | None:
    return KINDS.get(path.suffix.lower())


def discover(paths: Iterable[str | os.PathLike]) -> tuple[list[InputFile], list[InputProblem]]:
    """The inputs under the given files, folders and URLs, in a stable order, and the problems found.

    A folder's files are read when kg knows their kind (its manifest.csv is its manifest); the
    others are reported, as are symbolic links that lead out of the folder or round in a loop.
    A file named directly is read whatever its name (as text unless its kind says otherwise);
    the files a glob URL matches are read as a folder's are. A URL whose protocol kg cannot
    use raises a LocationError.
    """
    files: list[InputFile] = []
    problems: list[InputProblem] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            files.append(Path(STDIN))
        elif is_url(str(raw)):
            found, trouble = _find_url(str(raw))
            files += found
            problems += trouble
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


def _find_url(url: str) -> tuple[list[RemoteFile], list[InputProblem]]:
    """The files a URL names: itself, those of its folder, or those its glob matches."""
    try:
        fs, path = filesystem(url)   # an archive's filesystem opens the archive: it may be missing
        if has_glob(path):
            matches = sorted(fs.glob(path))
            if not matches:
                return [], [InputProblem(url, "no file matches")]
            return _in_folders(fs, url, matches, matched=True)
        if fs.isdir(path):
            return _in_folders(fs, url, [path], matched=False)
        if fs.isfile(path):
            return [RemoteFile(url)], []
        return [], [InputProblem(url, "no such file or folder")]
    except FileNotFoundError:
        return [], [InputProblem(url, "no such file or folder")]
    except OSError as exc:
        return [], [InputProblem(url, f"cannot read: {exc.strerror or exc}")]


def _in_folders(fs, given: str, paths: list[str], matched: bool) -> tuple[list[RemoteFile], list[InputProblem]]:
    """The readable files among ``paths`` and in the folders among them, as ``_walk`` finds them
    (a hidden folder a glob ``matched`` is not read, as a folder's hidden folder is not)."""
    files: list[RemoteFile] = []
    problems: list[InputProblem] = []

    def take(file_path: str) -> None:
        name = url_of(fs, file_path, given)
        if posixpath.basename(file_path) == MANIFEST_NAME:
            return
        if kind_of(RemoteFile(name)) is None:
            problems.append(InputProblem(name, f"not read: kg reads {READABLE} files"))
        else:
            files.append(RemoteFile(name))

    for path in paths:
        if not fs.isdir(path):
            take(path)
            continue
        if matched and posixpath.basename(path.rstrip("/")).startswith("."):
            problems.append(InputProblem(url_of(fs, path, given), "hidden folder not read"))
            continue
        for folder, subfolders, names in walk(fs, path):
            for hidden in (d for d in subfolders if d.startswith(".")):
                problems.append(InputProblem(url_of(fs, posixpath.join(folder, hidden), given),
                                             "hidden folder not read"))
            subfolders[:] = [d for d in subfolders if not d.startswith(".")]
            for name in names:
                take(posixpath.join(folder, name))
    return files, problems


def read_manifest(path: str | os.PathLike) -> dict[str, ManifestRow]:
    """``file,published,source,url`` rows keyed by file name (``path`` may be a URL)."""
    rows: dict[str, ManifestRow] = {}
    source = RemoteFile(str(path)) if is_url(str(path)) else Path(path)
    try:
        with open_binary(source) as raw, io.TextIOWrapper(raw, newline="", encoding="utf-8-sig") as handle:
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
    """The manifest.csv of every folder given (for a glob URL, of the folder it starts from), merged."""
    merged: dict[str, ManifestRow] = {}
    for raw in paths:
        if is_url(str(raw)):
            manifest = _url_manifest(str(raw))
            if manifest:
                merged.update(read_manifest(manifest))
            continue
        candidate = Path(raw) / MANIFEST_NAME
        if Path(raw).is_dir() and candidate.is_file():
            merged.update(read_manifest(candidate))
    return merged


def _url_manifest(url: str) -> str | None:
    try:
        fs, path = filesystem(url)
        folder = glob_folder(path) if has_glob(path) else path
        candidate = posixpath.join(folder, MANIFEST_NAME) if folder else MANIFEST_NAME
        if (has_glob(path) or fs.isdir(path)) and fs.isfile(candidate):
            return url_of(fs, candidate, url)
    except OSError:
        pass   # the folder itself is reported unreadable by discover
    return None
