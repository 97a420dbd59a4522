"""Where kg writes its output: a file replaced atomically, a device or pipe, or a given stream.

A regular file is written beside its target and moved into place only when the block succeeds,
so a failed run leaves an existing file as it was; it gets the mode a newly created file gets
under the umask (or keeps the mode of the file it replaces), not the 0600 of a temporary file.
A target that is not a regular file (``/dev/stdout``, a named pipe) cannot be replaced by a
rename, so it is written in place. ``-`` writes to the stream the caller gives (stdout).
"""
from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

STDOUT = "-"


class OutputError(Exception):
    """The output cannot be written where it was asked for (one line for the user)."""


def _creation_mode() -> int:
    mask = os.umask(0)   # the only way to read the umask is to set it; put it straight back
    os.umask(mask)
    return 0o666 & ~mask


def _is_special(target: Path) -> bool:
    try:
        return not stat.S_ISREG(target.stat().st_mode)
    except FileNotFoundError:
        return False


@contextmanager
def atomic_path(output: str | os.PathLike) -> Iterator[str]:
    """A path to write to that becomes ``output`` only if the block succeeds."""
    target = Path(output)
    folder = target.resolve().parent
    if not folder.is_dir():
        raise OutputError(f"{output}: folder does not exist")
    if target.is_dir():
        raise OutputError(f"{output}: is a folder")
    if _is_special(target):
        yield str(target)
        return
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _creation_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextmanager
def open_output(output: str | os.PathLike, stdout: IO | None = None, binary: bool = False) -> Iterator[IO]:
    """An open handle on ``output``: ``-`` is ``stdout`` (left open), anything else a file
    written atomically (text in UTF-8 unless ``binary``)."""
    if str(output) == STDOUT:
        if stdout is None:
            raise OutputError("'-' (standard output) needs a stream to write to")
        yield stdout
        stdout.flush()
        return
    with atomic_path(output) as path:
        with open(path, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as handle:
            yield handle
