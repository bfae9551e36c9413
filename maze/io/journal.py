"""The journal: every event of a workshop, one JSON object per line, flushed as it happens.

It is the single source of truth: resuming, replaying, exports and reports all read it.
A line that reached the file survives a crash or `kill -9`; a torn last line is skipped on reading.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, BinaryIO

from maze.core.bulk import no_cycle_collection
from maze.core.events import JOURNAL_VERSION, Event, EventType
from maze.core.records import record
from maze.io.event_check import HEARTBEAT, event_fault, heartbeat_time
from maze.io.text_file import FileFault, open_regular

JOURNAL_NAME = "journal.jsonl"
MAX_JOURNAL_BYTES = 64 * 1024 * 1024  # a real workshop writes well under 1 MB; 64 MB is ~400,000 events
MAX_LINE_BYTES = 1024 * 1024  # the longest real line (a workshop of 12 mazes of 50 x 50) is ~40 KB
_DECODER = json.JSONDecoder()
_BOM = b"\xef\xbb\xbf"
_RECENT = 4096  # how far back a line written twice by a retried write is recognised


class JournalError(Exception):
    """A journal that cannot be used; the message is one line."""


class JournalWriteError(Exception):
    """Appending failed (read-only folder, full disk, folder gone); the message is one line."""


@record(frozen=True)
class JournalRead:
    events: list[Event]
    skipped: int  # damaged lines left out (a cut final line is not counted: see `torn`)
    torn: bool = False  # the last line was cut by a crash in the middle of writing it
    heartbeat: float | None = None  # the latest time the journal saw a clock still running

    @property
    def last_t(self) -> float:
        """The latest time the journal knows of: its last event, or a later heartbeat."""
        last = max((e["t"] for e in self.events[-50:]), default=0.0)
        return max(last, self.heartbeat or 0.0)

    @property
    def notice(self) -> str:
        if not self.skipped:
            return ""
        return f"{self.skipped} damaged journal line{'s' if self.skipped != 1 else ''} skipped"


class JournalWriter:
    """Appends events to a file. `durable` also fsyncs each batch (interactive play), so a power cut
    loses nothing that was on screen; headless runs only flush, which already survives kill -9."""

    def __init__(self, path: Path, durable: bool = True) -> None:
        self.path = Path(path)
        self.durable = durable
        self._file: IO[str] | None = None

    def _open(self) -> IO[str]:
        if self._file is not None and not self._still_ours(self._file):
            self.close()  # the file was removed or replaced under us: writing on would go nowhere
        if self._file is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._file = open(self.path, "a", encoding="utf-8")
                if self._file.tell() > 0 and not _ends_with_newline(self.path):
                    self._file.write("\n")  # a torn last line stays (and is skipped); new lines start clean
            except OSError as exc:
                raise JournalWriteError(f"cannot write the journal {self.path}: {exc.strerror or exc}") from None
        return self._file

    def _still_ours(self, handle: IO[str]) -> bool:
        """Does the path still name the file we hold open?"""
        try:
            here, ours = os.stat(self.path), os.fstat(handle.fileno())
        except OSError:
            return False
        return (here.st_dev, here.st_ino) == (ours.st_dev, ours.st_ino)

    def append(self, events: Sequence[Event]) -> None:
        self._write(events)

    def append_line(self, record: Mapping[str, object]) -> None:
        """One record that is not an event (a heartbeat); raises JournalWriteError as `append` does."""
        self._write([record])

    def _write(self, records: Sequence[Mapping[str, object]]) -> None:
        if not records:
            return
        text = "".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in records)
        try:
            handle = self._open()
            handle.write(text)
            handle.flush()
            if self.durable:
                os.fsync(handle.fileno())
        except OSError as exc:
            self.close()
            raise JournalWriteError(f"cannot write the journal {self.path}: {exc.strerror or exc}") from None

    def close(self) -> None:
        if self._file is not None:
            try:
                self._file.close()
            except OSError:
                pass
            self._file = None


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


def read_journal(path: Path) -> JournalRead:
    """Read every whole event. Damaged lines are skipped and counted; a journal from a newer
    program, one whose lines are out of order, or one that is not a journal at all, is refused whole."""
    reader = JournalReader(path)
    with no_cycle_collection():
        events = list(reader)
    return JournalRead(events, reader.skipped, reader.torn, reader.heartbeat)


class CountedLines:
    """What a reader's line checker has counted so far, as the reader's own: `skipped` damaged lines, a `torn`
    last line, and the latest `heartbeat` (None when the journal has none)."""

    lines: LineChecker

    @property
    def skipped(self) -> int:
        return self.lines.skipped

    @property
    def torn(self) -> bool:
        return self.lines.torn

    @property
    def heartbeat(self) -> float | None:
        return self.lines.heartbeat


class JournalReader(CountedLines):
    """The journal's events one at a time, so a long journal can be folded without holding it all.

    Every line is checked against the event's required fields (maze.io.event_check) before it is
    yielded. `skipped` counts the damaged lines passed over so far; a cut final line (a crash in the
    middle of a write) is normal and only sets `torn`. Raises JournalError as `read_journal` does.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lines = LineChecker(self.path)

    def __iter__(self) -> Iterator[Event]:
        try:
            handle = open_regular(self.path, MAX_JOURNAL_BYTES, "journal")
        except FileFault as exc:
            message = str(exc).replace("name a file inside it", f"name its {JOURNAL_NAME}")
            raise JournalError(message.replace("no such file", "no such journal")) from None
        with handle:
            for raw in raw_lines(handle, self.path):
                event = self.lines.check(raw)
                if event is not None:
                    yield event
        if not self.lines.events:
            raise JournalError(f"{self.path}: holds no workshop (no readable events)")


def raw_lines(handle: BinaryIO, path: Path) -> Iterator[bytes]:
    """The file's lines as bytes; a read that fails is a JournalError. The file is at most MAX_JOURNAL_BYTES,
    so even its longest line fits."""
    lines = iter(handle)
    while True:
        try:
            raw = next(lines, b"")
        except OSError as exc:
            raise JournalError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        if not raw:
            return
        yield raw


class LineChecker:
    """The checks every journal line gets, in order, and what they have counted so far: the one place that says
    which line is an event, which is damage, which a heartbeat or a cut last line, and which journal is refused.
    JournalReader checks a journal from its first line; a resume from a checkpoint (journal_tail.TailReader)
    goes on from the counts the checkpoint kept."""

    def __init__(
        self,
        path: Path,
        *,
        lines: int = 0,
        events: int = 0,
        last_seq: int = 0,
        skipped: int = 0,
        heartbeat: float | None = None,
    ) -> None:
        self.path = path
        self.number = lines  # lines read
        self.events = events  # events yielded
        self.last_seq = last_seq
        self.skipped = skipped
        self.torn = False
        self.heartbeat = heartbeat
        self._recent: list[Event | None] = [None] * _RECENT  # the latest events by number: a retried write

    def check(self, raw: bytes) -> Event | None:
        """The event on this line, or None for a line that holds none (counted); raises JournalError for a
        journal that must be refused whole."""
        path = self.path
        self.number += 1
        number = self.number
        if len(raw) > MAX_LINE_BYTES:
            self.skipped += 1
            return None
        if number == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        try:
            text = raw.decode("utf-8")
            try:
                event, end = _DECODER.raw_decode(text)  # the usual line: an object from its first character
            except ValueError:
                event, end = _DECODER.decode(text), len(text)  # leading spaces, or not JSON at all
            if end < len(text) and not text[end:].isspace():
                raise ValueError("more than one value on the line")
            fault = event_fault(event)
        except (ValueError, RecursionError):
            event, fault = None, "not JSON"
        if fault:
            if not self.events and type(event) is dict and type(event.get("type")) is str:
                if event["type"] != HEARTBEAT:
                    _check_header(path, event, number)  # say why a journal that starts wrong is not one
            beat = heartbeat_time(event)
            if beat is not None:
                self.heartbeat = beat if self.heartbeat is None else max(self.heartbeat, beat)
            elif not raw.endswith(b"\n"):
                self.torn = True  # cut by a crash in the middle of writing: normal
            else:
                self.skipped += bool(raw.strip())  # a line of only spaces is not damage
            return None
        if not self.events:
            _check_header(path, event, number)
        elif event["type"] == EventType.WORKSHOP_STARTED:
            raise JournalError(
                f"{path} line {number}: a second workshop starts here; nothing was changed. Move this "
                f"line and the lines after it into a {JOURNAL_NAME} in a folder of their own"
            )
        seq = event.get("seq")
        if seq is not None:
            if seq <= self.last_seq:
                if self._recent[seq % _RECENT] == event:
                    return None  # written twice after a failed write was retried
                raise JournalError(
                    f"{path} line {number}: event number {seq} comes after number {self.last_seq}, so lines are "
                    "out of order or repeated; nothing was changed. Put the lines back in order of their "
                    '"seq" (or restore a copy of the journal), then try again'
                )
            self.last_seq = seq
            self._recent[seq % _RECENT] = event
        self.events += 1
        checked: Event = event  # event_fault found every field its type needs
        return checked


def _check_header(path: Path, event: Mapping[str, Any], line: int) -> None:
    if event["type"] != EventType.WORKSHOP_STARTED:
        raise JournalError(f"{path} line {line}: does not start with a workshop; it is not an Electric Maze journal")
    version = event.get("version")
    if not isinstance(version, int):
        raise JournalError(f"{path} line {line}: has no journal version; it is not an Electric Maze journal")
    if version > JOURNAL_VERSION:
        raise JournalError(
            f"{path}: was written by a newer Electric Maze (journal version {version}, this "
            f"program reads up to {JOURNAL_VERSION}); update the program to open it"
        )
