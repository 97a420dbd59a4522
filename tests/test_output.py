import os
import stat

import pytest

from kg.errors import KgError
from kg.output import atomic_path, binary_output, text_output


def test_new_file_gets_the_umask_mode(tmp_path):
    old = os.umask(0o027)
    try:
        with text_output(str(tmp_path / "out.txt")) as handle:
            handle.write("x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.txt").stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_failure_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with text_output(str(target)) as handle:
            handle.write("half")
            raise RuntimeError("failed")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_dash_is_standard_output(capfdbinary):
    with binary_output("-") as handle:
        handle.write(b"data")
    assert capfdbinary.readouterr().out == b"data"


def test_a_device_or_pipe_is_written_in_place(tmp_path):
    """/dev/stdout cannot be replaced by a rename (a device, maybe on another file system)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        with binary_output(str(fifo)) as handle:
            handle.write(b"through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    with atomic_path("/dev/null") as path:
        assert path == "/dev/null"


def test_missing_folder_is_one_line(tmp_path):
    with pytest.raises(KgError, match="does not exist"):
        with text_output(str(tmp_path / "nope" / "out.txt")):
            pass
