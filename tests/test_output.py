import io
import os
import stat

import pytest

from kg.output import OutputError, atomic_path, open_output


def test_new_file_gets_the_umask_mode(tmp_path):
    old = os.umask(0o027)
    try:
        with open_output(tmp_path / "out.txt") as handle:
            handle.write("x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.txt").stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_replaced_file_keeps_its_mode_and_a_failure_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    target.chmod(0o604)
    with pytest.raises(RuntimeError):
        with open_output(target) as handle:
            handle.write("half")
            raise RuntimeError("failed")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    with open_output(target) as handle:
        handle.write("new")
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o604


def test_dash_is_the_given_stream():
    stream = io.BytesIO()
    with open_output("-", stdout=stream, binary=True) as handle:
        handle.write(b"data")
    assert stream.getvalue() == b"data" and not stream.closed


def test_a_device_or_pipe_is_written_in_place(tmp_path):
    """/dev/stdout cannot be replaced by a rename (a device, maybe on another file system)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        with open_output(fifo, binary=True) as handle:
            handle.write(b"through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    with atomic_path("/dev/null") as path:
        assert path == "/dev/null"


def test_missing_folder_is_one_line(tmp_path):
    with pytest.raises(OutputError, match="folder does not exist"):
        with open_output(tmp_path / "nope" / "out.txt"):
            pass
