"""The journal: every event of a workshop, one JSON object per line, flushed as it happens.

It is the single source of truth: resuming, replaying, exports and reports all read it.
A line that reached the file survives a crash or `kill -9`; a torn last line is skipped on reading.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from maze.core.bulk import no_cycle_collection
from maze.core.events import JOURNAL_VERSION, Event, EventType

JOURNAL_NAME = "journal.jsonl"
_DECODER = json.JSONDecoder()


class JournalError(Exception):
    """A journal that cannot be used; the message is one line."""


class JournalWriteError(Exception):
    """Appending failed (read-only folder, full disk, folder gone); the message is one line."""


@dataclass(frozen=True)
class JournalRead:
    events: list[Event]
    skipped: int  # torn or corrupt lines left out

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
        if self._file is not None and not self._still_ours():
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

    def _still_ours(self) -> bool:
        """Does the path still name the file we hold open?"""
        assert self._file is not None
        try:
            here, ours = os.stat(self.path), os.fstat(self._file.fileno())
        except OSError:
            return False
        return (here.st_dev, here.st_ino) == (ours.st_dev, ours.st_ino)

    def append(self, events: list[Event]) -> None:
        if not events:
            return
        text = "".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in events)
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
    program, or one that is not a journal at all, is refused whole."""
    reader = JournalReader(path)
    with no_cycle_collection():
        events = list(reader)
    return JournalRead(events, reader.skipped)


class JournalReader:
    """The journal's events one at a time, so a long journal can be folded without holding it all.

    `skipped` counts the damaged lines passed over so far. Raises JournalError as `read_journal` does.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.skipped = 0

    def __iter__(self) -> Iterator[Event]:
        path = self.path
        self._last_seq = 0
        self._seen = 0
        done = 0  # lines already dealt with
        decode = _DECODER.raw_decode  # json.loads without its per-call wrappers: this loop reads 100,000 lines
        try:
            with open(path, encoding="utf-8") as handle:  # decoded in large blocks, as fast as reading gets
                for line in handle:
                    done += 1
                    try:  # the common case inline; anything unusual goes to _event
                        event, end = decode(line)
                        if end < len(line) and line[end:].strip():
                            raise ValueError("more than one value on the line")
                        kind, seq = event["type"], event["seq"]
                    except (ValueError, TypeError, KeyError):
                        event = self._event(line, done)
                        if event is not None:
                            yield event
                        continue
                    if (
                        self._seen
                        and type(kind) is str
                        and type(seq) is int
                        and seq > self._last_seq
                        and isinstance(event["t"], (int, float))
                    ):
                        self._last_seq = seq
                        self._seen += 1
                        yield event
                        continue
                    event = self._event(line, done, event)
                    if event is not None:
                        yield event
        except UnicodeDecodeError:  # bytes that are not UTF-8: from here on, line by line
            yield from self._bytes_from(done)
        except FileNotFoundError:
            raise JournalError(f"{path}: no such journal") from None
        except IsADirectoryError:
            raise JournalError(f"{path}: is a folder; name its {JOURNAL_NAME}") from None
        except OSError as exc:
            raise JournalError(f"{path}: cannot be read ({exc.strerror})") from None
        if not self._seen:
            raise JournalError(f"{path}: holds no workshop (no readable events)")

    def _bytes_from(self, done: int) -> Iterator[Event]:
        with open(self.path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if number <= done:
                    continue
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    self.skipped += 1
                    continue
                event = self._event(line, number)
                if event is not None:
                    yield event

    def _event(self, line: str, number: int, parsed: Event | None = None) -> Event | None:
        """The event on one line; None for a damaged line (counted) or one written twice."""
        try:
            event = json.loads(line) if parsed is None else parsed
            if type(event["type"]) is not str or not isinstance(event["t"], (int, float)):
                raise ValueError("not an event")
        except (ValueError, TypeError, KeyError):
            self.skipped += bool(line.strip())  # a line of only spaces is not damage
            return None
        if not self._seen:
            _check_header(self.path, event, number)
        seq = event.get("seq", self._last_seq + 1)
        if isinstance(seq, int):
            if seq <= self._last_seq:
                return None  # written twice after a failed write was retried
            self._last_seq = seq
        self._seen += 1
        return event


def _check_header(path: Path, event: Event, line: int) -> None:
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
