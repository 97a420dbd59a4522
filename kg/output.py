"""Writing an output file so that a failed run leaves nothing half-written.

A regular file is written beside its target under a temporary name and moved into place only
when the whole write succeeded; it gets the mode any new file gets (0666 less the umask), not
the 0600 of a temporary file. ``-`` is standard output, and a target that is not a regular file
(``/dev/stdout``, a named pipe) is written directly, since it cannot be replaced.
"""
from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kg.errors import KgError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _replaceable(target: Path) -> bool:
    return not target.exists() or target.is_file()


@contextmanager
def atomic_path(output: str | os.PathLike) -> Iterator[str]:
    """A path to write instead of ``output``; moved onto it only if the block succeeds."""
    target = Path(output)
    if not _replaceable(target):
        yield str(target)
        return
    folder = target.resolve().parent
    if not folder.is_dir():
        raise KgError(f"{output}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextmanager
def text_output(output: str) -> Iterator[IO[str]]:
    """An open text handle for ``output`` (``-``: standard output), written atomically."""
    if output == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_path(output) as tmp, open(tmp, "w", encoding="utf-8") as handle:
        yield handle


@contextmanager
def binary_output(output: str) -> Iterator[IO[bytes]]:
    """An open binary handle for ``output`` (``-``: standard output), written atomically."""
    if output == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with atomic_path(output) as tmp, open(tmp, "wb") as handle:
        yield handle
