"""Mistakes in reading a person's text file that the first tests let through (found by mutation testing,
docs/mutation.md): the size limit to the byte, a file that grows while it is read, a read that fails, the line
of a non-UTF-8 byte, and the words each fault uses."""

from __future__ import annotations

import errno
import os
import socket
import tempfile
from pathlib import Path

import pytest

from maze.io import text_file
from maze.io.level_file import LevelError
from maze.io.text_file import FileFault, read_bounded, read_text, where


def test_a_file_of_exactly_the_limit_is_read_whole_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "maze.yaml"
    path.write_bytes(b"x" * 99 + b"\n")
    assert read_text(path, 100) == "x" * 99 + "\n"
    path.write_bytes(b"x" * 100 + b"\n")
    with pytest.raises(FileFault, match=r"is 101 bytes; a file may be at most 100 bytes$"):
        read_text(path, 100)


def test_a_file_that_grows_while_it_is_read_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "maze.yaml"
    path.write_bytes(b"x" * 100)
    real_open = text_file.open_regular

    def open_then_grow(*args: object):  # noqa: ANN202 - the file handle
        handle = real_open(*args)
        with path.open("ab") as more:
            more.write(b"y" * 50)  # another program appends after the size was checked
        return handle

    monkeypatch.setattr(text_file, "open_regular", open_then_grow)
    with pytest.raises(FileFault) as fault:
        read_bounded(path, 120, "level file")
    assert str(fault.value) == f"{path}: is over 120 bytes; a level file may be at most 120 bytes"


def test_a_read_that_fails_says_why_in_the_systems_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "maze.yaml"
    path.write_text("name: x\n", encoding="utf-8")
    real_open = text_file.open_regular

    class FailingHandle:
        def __init__(self, handle) -> None:  # noqa: ANN001
            self.handle = handle

        def __enter__(self) -> FailingHandle:
            return self

        def __exit__(self, *_: object) -> None:
            self.handle.close()

        def read(self, _size: int) -> bytes:
            raise OSError(errno.EIO, "Input/output error")  # a USB stick pulled out

    monkeypatch.setattr(text_file, "open_regular", lambda *args: FailingHandle(real_open(*args)))
    with pytest.raises(FileFault) as fault:
        read_text(path, 1000)
    assert str(fault.value) == f"{path}: cannot be read (Input/output error)"


def test_the_kind_of_file_is_named_in_each_fault(tmp_path: Path) -> None:
    with pytest.raises(FileFault) as folder:
        read_text(tmp_path, 100)
    assert str(folder.value) == f"{tmp_path}: is a folder, not a file; name a file inside it"
    big = tmp_path / "tuesday.yaml"
    big.write_bytes(b"x" * 200)
    with pytest.raises(FileFault) as named:
        read_text(big, 100, "workshop file")
    assert str(named.value) == f"{big}: is 200 bytes; a workshop file may be at most 100 bytes"


def test_a_byte_that_is_not_utf8_is_found_on_its_line(tmp_path: Path) -> None:
    path = tmp_path / "maze.yaml"
    path.write_bytes(b"name: x\ngrid: |\n  . \xe9 .\n")
    with pytest.raises(FileFault) as fault:
        read_text(path, 1000)
    assert str(fault.value) == f"{path} line 3: is not UTF-8 text; save the file as UTF-8"


def test_a_byte_order_mark_is_dropped_and_lines_still_count_from_the_top(tmp_path: Path) -> None:
    """Notepad on Windows starts a UTF-8 file with a byte-order mark: the text starts after it."""
    path = tmp_path / "maze.yaml"
    path.write_bytes(b"\xef\xbb\xbfname: x\ngrid: |\n  # .\n")
    assert read_text(path, 1000) == "name: x\ngrid: |\n  # .\n"
    path.write_bytes(b"\xef\xbb\xbfname: x\ngrid: |\n  . \xe9 .\n")
    with pytest.raises(FileFault) as fault:
        read_text(path, 1000)
    assert str(fault.value) == f"{path} line 3: is not UTF-8 text; save the file as UTF-8"
    path.write_bytes("name: \ufeffx\n".encode())  # a mark inside the text is text
    assert read_text(path, 1000) == "name: \ufeffx\n"


def test_a_place_is_a_file_and_a_line_or_just_the_file() -> None:
    assert where("maze.yaml", 3) == "maze.yaml line 3"
    assert where("maze.yaml", None) == "maze.yaml" and where(Path("maze.yaml"), 0) == "maze.yaml"


def test_several_problems_read_one_per_line() -> None:
    error = LevelError(["maze.yaml line 2: 'gird' is not a key", "maze.yaml line 5: no route"])
    assert str(error).splitlines() == error.problems


@pytest.mark.timeout(20)  # a blocking open of a FIFO with no writer would hang here
def test_a_fifo_a_socket_and_a_device_are_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(FileFault) as pipe:
        read_text(fifo, 100, "level file")
    assert str(pipe.value) == f"{fifo}: is a device or pipe, not a regular file; name a level file"
    with pytest.raises(FileFault) as device:
        read_text(Path("/dev/null"), 100)
    assert str(device.value) == "/dev/null: is a device or pipe, not a regular file; name a file"
    with tempfile.TemporaryDirectory() as short, socket.socket(socket.AF_UNIX) as server:  # a socket's path is short
        sock = Path(short) / "s"
        server.bind(str(sock))
        with pytest.raises(FileFault) as unix_socket:
            read_text(sock, 100, "workshop file")
    assert str(unix_socket.value) == f"{sock}: is not a regular file; name a workshop file"


def test_a_path_through_a_file_cannot_be_read_and_says_why(tmp_path: Path) -> None:
    (tmp_path / "levels").write_text("not a folder", encoding="utf-8")
    path = tmp_path / "levels" / "maze.yaml"
    with pytest.raises(FileFault) as fault:
        read_text(path, 100)
    assert str(fault.value) == f"{path}: cannot be read (Not a directory)"
