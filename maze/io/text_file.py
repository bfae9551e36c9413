"""Reading a small text file that a person wrote, with a clear one-line fault for every way it can be wrong.

Only a regular file of bounded size is ever read: a device (/dev/zero), a FIFO, a socket or a folder is
refused before a byte is read, and so is a file over the limit, so no input can hang the game or fill memory.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

MAX_TEXT_BYTES = 1_000_000  # a level or workshop file people write is a few kilobytes


class FileProblems(Exception):
    """A file that cannot be used; `problems` holds one line per fault, `FILE line N: ...`."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class FileFault(Exception):
    """One line saying what is wrong with a file and how to fix it, e.g. `maze.yaml line 3: ...`."""


def where(path: Path | str, line: int | None) -> str:
    return f"{path} line {line}" if line else f"{path}"


def open_regular(path: Path, max_bytes: int, what: str = "file") -> BinaryIO:
    """Open `path` for reading in binary, only if it is a regular file of at most `max_bytes`.

    O_NONBLOCK keeps the open itself from waiting on a FIFO with no writer; the checks are made on the
    open descriptor (fstat), so the file cannot be swapped between the check and the read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise FileFault(f"{path}: no such file; check the name and folder") from None
    except IsADirectoryError:
        raise FileFault(f"{path}: is a folder, not a {what}; name a file inside it") from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket or a FIFO-like special file
            raise FileFault(f"{path}: is not a regular file; name a {what}") from None
        raise FileFault(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileFault(f"{path}: is a folder, not a {what}; name a file inside it")
        if not stat.S_ISREG(info.st_mode):
            raise FileFault(f"{path}: is a device or pipe, not a regular file; name a {what}")
        if info.st_size > max_bytes:
            raise FileFault(f"{path}: is {info.st_size:,} bytes; a {what} may be at most {max_bytes:,} bytes")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(path: Path, max_bytes: int, what: str = "file") -> bytes:
    """The whole of a regular file of at most `max_bytes` (a file that grew while being read is refused)."""
    with open_regular(path, max_bytes, what) as handle:
        try:
            raw = handle.read(max_bytes + 1)
        except OSError as exc:
            raise FileFault(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(raw) > max_bytes:
        raise FileFault(f"{path}: is over {max_bytes:,} bytes; a {what} may be at most {max_bytes:,} bytes")
    return raw


UTF8_BOM = b"\xef\xbb\xbf"


def read_text(path: Path, max_bytes: int, what: str = "file") -> str:
    raw = read_bounded(Path(path), max_bytes, what)
    if not raw.strip():
        raise FileFault(f"{path}: is empty; see levels/classic.yaml for an example")
    if b"\x00" in raw:
        raise FileFault(f"{path}: is binary, not a text {what}")
    body = raw.removeprefix(UTF8_BOM)  # the mark some Windows editors start a file with (no codec to load)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        raise FileFault(f"{path} line {line}: is not UTF-8 text; save the file as UTF-8") from None
