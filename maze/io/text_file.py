"""Reading a small text file that a person wrote, with a clear one-line fault for every way it can be wrong."""

from __future__ import annotations

from pathlib import Path


class FileProblems(Exception):
    """A file that cannot be used; `problems` holds one line per fault, `FILE line N: ...`."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class FileFault(Exception):
    """One line saying what is wrong with a file and how to fix it, e.g. `maze.yaml line 3: ...`."""


def where(path: Path | str, line: int | None) -> str:
    return f"{path} line {line}" if line else f"{path}"


def read_text(path: Path, max_bytes: int, what: str = "file") -> str:
    try:
        if path.is_dir():
            raise FileFault(f"{path}: is a folder, not a {what}; name a .yaml file inside it")
        size = path.stat().st_size
    except FileNotFoundError:
        raise FileFault(f"{path}: no such file; check the name and folder") from None
    except OSError as exc:
        raise FileFault(f"{path}: cannot be read ({exc.strerror})") from None
    if size > max_bytes:
        raise FileFault(f"{path}: is {size:,} bytes; a {what} may be at most {max_bytes:,} bytes")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FileFault(f"{path}: cannot be read ({exc.strerror})") from None
    if not raw.strip():
        raise FileFault(f"{path}: is empty; see levels/classic.yaml for an example")
    if b"\x00" in raw:
        raise FileFault(f"{path}: is binary, not a text {what}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FileFault(f"{path} line {line}: is not UTF-8 text; save the file as UTF-8") from None
