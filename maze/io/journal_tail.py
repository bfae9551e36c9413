"""A journal read from a known point: the lines after a prefix already folded (a resume checkpoint's).

`JournalBase` is what reading a journal's first `offset` bytes left behind: their hash, lines, events and the
counts the reader keeps. `TailReader` first hashes those bytes again, and refuses (CheckpointMismatch) when
they are not the ones the base describes; then it yields the events after them, checked by the same
`maze.io.journal.LineChecker` as `JournalReader`, going on from the base's counts. At the end `base()`
describes the whole file read.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import field
from pathlib import Path
from typing import BinaryIO

from maze.core.events import Event
from maze.core.records import record
from maze.io.journal import JOURNAL_NAME, MAX_JOURNAL_BYTES, CountedLines, JournalError, LineChecker, raw_lines
from maze.io.text_file import FileFault, open_regular

_CHUNK = 1024 * 1024


class CheckpointMismatch(Exception):
    """The journal's first bytes are not those a checkpoint folded (edited, restored, another journal)."""


@record(frozen=True)
class JournalBase:
    """What reading a journal's first `offset` bytes found. `sha256` is the hash object after those bytes
    (kept, so the next checkpoint hashes only what came after)."""

    offset: int = 0
    lines: int = 0
    events: int = 0
    last_seq: int = 0
    skipped: int = 0
    heartbeat: float | None = None
    sha256: hashlib._Hash = field(default_factory=hashlib.sha256, compare=False, repr=False)

    @property
    def digest(self) -> str:
        return self.sha256.hexdigest()


class TailReader(CountedLines):
    """The events after `base` (whose bytes must still be the journal's first), as JournalReader gives them.
    Raises CheckpointMismatch before the first event when the first bytes differ, JournalError as the
    journal reader does. `skipped`, `torn` and `heartbeat` count the whole journal, the base's included."""

    def __init__(self, path: Path, base: JournalBase, digest: str | None = None) -> None:
        """`digest`: the SHA-256 the journal's first `base.offset` bytes must have (a checkpoint's), checked by
        hashing them again; None: the base was read by this program moments ago, and hashing goes on from
        `base.sha256` after a seek."""
        self.path = Path(path)
        self.start = base
        self.digest = digest
        self.lines = LineChecker(
            self.path,
            lines=base.lines,
            events=base.events,
            last_seq=base.last_seq,
            skipped=base.skipped,
            heartbeat=base.heartbeat,
        )
        self._offset = base.offset
        self._hash = base.sha256.copy()

    def base(self) -> JournalBase:
        """Everything read so far, as the base of a later read (meaningful once the reading is done)."""
        lines = self.lines
        return JournalBase(
            self._offset, lines.number, lines.events, lines.last_seq, lines.skipped, lines.heartbeat, self._hash.copy()
        )

    def __iter__(self) -> Iterator[Event]:
        try:
            handle = open_regular(self.path, MAX_JOURNAL_BYTES, "journal")
        except FileFault as exc:
            raise JournalError(str(exc).replace("name a file inside it", f"name its {JOURNAL_NAME}")) from None
        with handle:
            yield from self._read(handle)

    def _check_prefix(self, handle: BinaryIO) -> None:
        start = self.start
        if self.digest is None:
            if handle.seek(start.offset) != start.offset or (start.offset and handle.seek(0, 2) < start.offset):
                raise CheckpointMismatch(f"{self.path} is shorter than it was")
            handle.seek(start.offset)
            return
        hasher = hashlib.sha256()
        left = start.offset
        while left > 0:
            chunk = handle.read(min(_CHUNK, left))
            if not chunk:
                raise CheckpointMismatch(f"{self.path} is shorter than the checkpoint")
            hasher.update(chunk)
            left -= len(chunk)
        if hasher.hexdigest() != self.digest:
            raise CheckpointMismatch(f"{self.path} begins otherwise than the checkpoint")
        self._hash = hasher

    def _read(self, handle: BinaryIO) -> Iterator[Event]:
        try:
            self._check_prefix(handle)
        except OSError as exc:
            raise JournalError(f"{self.path}: cannot be read ({exc.strerror or exc})") from None
        for raw in raw_lines(handle, self.path):
            self._offset += len(raw)
            self._hash.update(raw)
            event = self.lines.check(raw)
            if event is not None:
                yield event


def file_identity(path: Path) -> tuple[int, int, int, int] | None:
    """Which file, how long, and when last changed: equal before and after a read, it was not written meanwhile."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def whole_file_base(
    path: Path,
    seen: tuple[int, int, int, int] | None,
    events: int,
    last_seq: int,
    skipped: int,
    heartbeat: float | None,
) -> JournalBase | None:
    """The whole journal, read by JournalReader while its identity was `seen`, as the base of the next checkpoint
    (the counts are the reader's); None when the file changed since, or cannot be read."""
    hasher = hashlib.sha256()
    lines = 0
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                hasher.update(chunk)
                lines += chunk.count(b"\n")
    except OSError:
        return None
    if seen is None or file_identity(path) != seen:
        return None
    return JournalBase(seen[2], lines, events, last_seq, skipped, heartbeat, hasher)
