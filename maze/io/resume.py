"""Carrying on a stopped workshop: its journal read, checked and folded in one streaming pass.

Nothing holds the journal's events: the workshop is folded as each line is read, the exports are built from
the folded workshop (results) and from each team's events as it finishes (beeps), and the history a move to
another folder needs is read again from the journal only when that happens. Memory grows with the teams
and the squares, not with the events.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from maze.core.events import Event, EventType
from maze.core.workshop import Workshop
from maze.io.atomic import write_text_atomic
from maze.io.exports import BEEP_COLUMNS, BEEPS_CSV, beep_rows, csv_text, write_results
from maze.io.journal import JournalError, JournalReader

# What a journal whose lines parse but do not make a workshop raises while it is folded.
FOLD_ERRORS = (KeyError, ValueError, TypeError, IndexError, AttributeError, AssertionError)


class ResumeError(Exception):
    """The journal cannot be resumed; the message is one line for the facilitator."""


class JournalHistory:
    """Every event of a resumed workshop: the journal's first `count` events, read again from the file only
    when needed (a move to another folder), then the events recorded since the resume, kept in memory."""

    def __init__(self, path: Path, count: int) -> None:
        self.path = Path(path)
        self.count = count
        self.since: list[Event] = []

    def extend(self, events: list[Event]) -> None:
        self.since.extend(events)

    def __len__(self) -> int:
        return self.count + len(self.since)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[Event]:
        try:
            yield from islice(JournalReader(self.path), self.count)
        except JournalError as exc:
            raise OSError(f"the events from before the resume are gone with {self.path} ({exc})") from None
        yield from self.since

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JournalHistory | list):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list


@dataclass
class Resumed:
    workshop: Workshop
    path: Path
    last_t: float
    skipped: int  # damaged lines passed over
    history: JournalHistory
    beeps_csv: list[str] = field(default_factory=list)  # finished teams' beep rows, as CSV text without header

    @property
    def notice(self) -> str:
        if not self.skipped:
            return ""
        return f"{self.skipped} damaged journal line{'s' if self.skipped != 1 else ''} skipped"

    def write_exports(self) -> None:
        """results.csv from the folded workshop; beeps.csv from every finished team's beeps (the team still
        playing adds its own when it finishes, as in a workshop that never stopped). Raises OSError."""
        folder = self.path.parent
        write_results(folder, self.workshop.summaries)
        header = csv_text(BEEP_COLUMNS, [])
        write_text_atomic(folder / BEEPS_CSV, header + "".join(self.beeps_csv))


def fold_journal(path: Path) -> Resumed:
    """Read, check and fold the journal at `path` in one pass. Raises ResumeError with a one-line message."""
    reader = JournalReader(path)
    try:
        workshop = _Folding.replay(reader)
    except JournalError as exc:
        raise ResumeError(str(exc)) from None
    except FOLD_ERRORS as exc:
        raise ResumeError(
            f"{path}: the journal is damaged and cannot be resumed ({type(exc).__name__}: {exc})"
        ) from None
    if not isinstance(workshop, _Folding):
        raise TypeError("Workshop.replay must build the class it is called on")
    beeps, count = workshop.beeps, workshop.count
    workshop.folding = False  # from here on it is the live workshop: nothing more to gather
    return Resumed(workshop, Path(path), workshop.last_t, reader.skipped, JournalHistory(path, count), beeps)


class _Folding(Workshop):
    """A workshop that, while the journal is folded into it, also counts the events and keeps each finished
    team's beep rows (taken from the team's events as it finishes, which the workshop drops after)."""

    def __init__(self) -> None:
        super().__init__()
        self.folding = True
        self.count = 0
        self.beeps: list[str] = []

    def apply(self, event: Event) -> None:
        super().apply(event)
        if self.folding:
            self.count += 1
            if event["type"] == EventType.TEAM_FINISHED:
                rows = beep_rows(self.finished_team_log)
                self.beeps.append(csv_text(BEEP_COLUMNS, rows).split("\n", 1)[1])
