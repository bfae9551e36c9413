"""Writing files so that a reader never sees half of one: a temporary file, then os.replace."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class AtomicWriteError(Exception):
    """A file could not be written; the message says which and why, in one line."""


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; it is put straight back
    os.umask(mask)
    return mask


def shareable_mode() -> int:
    """The mode an ordinary new file gets under the user's umask (mkstemp's own 0600 would hide exports
    from a colleague or a shared drive)."""
    return 0o666 & ~_umask()


def write_bytes_atomic(path: Path, data: bytes) -> None:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise AtomicWriteError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        if hasattr(os, "fchmod"):  # not on Windows, where files carry no such mode
            os.fchmod(fd, shareable_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise AtomicWriteError(f"cannot write {path}: {exc.strerror or exc}") from None


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


PNG_END = b"IEND\xaeB`\x82"  # the last chunk of every whole PNG file


def write_file_atomic(path: Path, write: Callable[[str], None], whole: Callable[[bytes], bool]) -> None:
    """For files another library writes (a PNG from pygame): `write(temp_name)` writes a temporary file
    beside `path`; it replaces `path` only when `whole(its last bytes)` says it is complete, so a full disk
    that leaves a short or empty file keeps the previous file whole. Raises AtomicWriteError."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise AtomicWriteError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - 64))
            if size == 0 or not whole(handle.read()):
                raise AtomicWriteError(f"cannot write {path}: it came out incomplete (is the disk full?)")
            os.fsync(handle.fileno())
        os.chmod(tmp, shareable_mode())  # mkstemp made it private: exports follow the umask like any file
        os.replace(tmp, path)
    except (OSError, AtomicWriteError, Exception) as exc:  # pygame.error too: whatever the writer raises
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, AtomicWriteError):
            raise
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise AtomicWriteError(f"cannot write {path}: {reason}") from None


def png_is_whole(tail: bytes) -> bool:
    return tail.endswith(PNG_END)
