"""A journal read from a known point: the lines after a prefix already folded (a resume checkpoint's).

`JournalBase` is what reading a journal's first `offset` bytes left behind: their hash, lines, events and the
counts the reader keeps. `TailReader` first hashes those bytes again, and refuses (CheckpointMismatch) when
they are not the ones the base describes; then it yields the events after them, checked exactly as
`maze.io.journal.JournalReader` checks every line after the first (keep the two in step: the tests
compare them on damaged, repeated and cut journals). At the end `base()` describes the whole file read.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from maze.core.events import Event, EventType
from maze.io.event_check import HEARTBEAT, event_fault, heartbeat_time
from maze.io.journal import (
    _BOM,
    _DECODER,
    _RECENT,
    JOURNAL_NAME,
    MAX_JOURNAL_BYTES,
    MAX_LINE_BYTES,
    JournalError,
    _check_header,
)
from maze.io.text_file import FileFault, open_regular

_CHUNK = 1024 * 1024


class CheckpointMismatch(Exception):
    """The journal's first bytes are not those a checkpoint folded (edited, restored, another journal)."""


@dataclass(frozen=True)
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


class TailReader:
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
        self.skipped = base.skipped
        self.torn = False
        self.heartbeat = base.heartbeat
        self._end = base
        self._hash = base.sha256.copy()

    def base(self) -> JournalBase:
        """Everything read so far, as the base of a later read (meaningful once the reading is done)."""
        return replace(self._end, sha256=self._hash.copy(), skipped=self.skipped, heartbeat=self.heartbeat)

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
        start = self.start
        offset, number, events, last_seq = start.offset, start.lines, start.events, start.last_seq
        recent: list[Event | None] = [None] * _RECENT
        decode = _DECODER.raw_decode
        lines = iter(handle)
        while True:
            try:
                raw = next(lines, b"")
            except OSError as exc:
                raise JournalError(f"{self.path}: cannot be read ({exc.strerror or exc})") from None
            if not raw:
                break
            number += 1
            offset += len(raw)
            self._hash.update(raw)
            if len(raw) > MAX_LINE_BYTES:
                self.skipped += 1
                continue
            if number == 1 and raw.startswith(_BOM):
                raw = raw[len(_BOM) :]
            try:
                text = raw.decode("utf-8")
                try:
                    event, end = decode(text)
                except ValueError:
                    event, end = _DECODER.decode(text), len(text)
                if end < len(text) and not text[end:].isspace():
                    raise ValueError("more than one value on the line")
                fault = event_fault(event)
            except (ValueError, RecursionError):
                event, fault = None, "not JSON"
            if fault:
                if not events and type(event) is dict and type(event.get("type")) is str:
                    if event["type"] != HEARTBEAT:
                        _check_header(self.path, event, number)
                beat = heartbeat_time(event)
                if beat is not None:
                    self.heartbeat = beat if self.heartbeat is None else max(self.heartbeat, beat)
                elif not raw.endswith(b"\n"):
                    self.torn = True
                else:
                    self.skipped += bool(raw.strip())
                continue
            if not events:
                _check_header(self.path, event, number)
            elif event["type"] == EventType.WORKSHOP_STARTED:
                raise JournalError(
                    f"{self.path} line {number}: a second workshop starts here; nothing was changed. Move this "
                    f"line and the lines after it into a {JOURNAL_NAME} in a folder of their own"
                )
            seq = event.get("seq")
            if seq is not None:
                if seq <= last_seq:
                    if recent[seq % _RECENT] == event:
                        continue
                    raise JournalError(
                        f"{self.path} line {number}: event number {seq} comes after number {last_seq}, so lines "
                        "are out of order or repeated; nothing was changed. Put the lines back in order of their "
                        '"seq" (or restore a copy of the journal), then try again'
                    )
                last_seq = seq
                recent[seq % _RECENT] = event
            events += 1
            yield event
        self._end = JournalBase(offset, number, events, last_seq)


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
