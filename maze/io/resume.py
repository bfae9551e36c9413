"""A journal made into a workshop again, safely: every event checked against the workshop so far.

`load_workshop` is the one way resume, demo --resume, replay and report turn a journal into a Workshop.
Any journal gives either a consistent workshop or one JournalError line, never a traceback:
- an event that contradicts the workshop (a team that never started, a player who is not in the team)
  refuses the journal, naming the line kind and what to do;
- a crash in the middle of one command's events (the journal cut after `team_finished` but before the
  next `team_started`, or after a beep but before its walk back) leaves that command out: the workshop
  is as it was just before it, and `cut_command` says so, so the resumed game can give it again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import field
from pathlib import Path

from maze.core.bulk import no_cycle_collection
from maze.core.commands import IllegalCommand, StartWorkshop
from maze.core.events import Event, EventType, Phase
from maze.core.level import Retrace
from maze.core.records import record
from maze.core.workshop import Workshop
from maze.io.checkpoint import Checkpoint, read_checkpoint
from maze.io.exports import beep_rows
from maze.io.journal import JournalError, JournalRead, JournalReader
from maze.io.journal_history import JournalHistory
from maze.io.journal_tail import CheckpointMismatch, JournalBase, TailReader, file_identity, whole_file_base
from maze.io.rounds_csv import round_rows

_REPLAY_FAULTS = (KeyError, ValueError, TypeError, IndexError, AttributeError, AssertionError, ZeroDivisionError)
_PLAYER_FIELDS = ("player", "next_player")
HELD_EVENTS = 20_000  # a journal up to this long keeps its events in memory (~30 MB); a longer one is read again


@record(frozen=True)
class Loaded:
    workshop: Workshop
    events: JournalHistory  # the events the workshop holds (a command cut by a crash left out), read lazily
    to_append: list[Event]  # events the journal still needs (the start of a workshop cut by a crash)
    read: JournalRead  # what the reader saw (its `events` stay empty: they are `events` here, read lazily)
    cut_command: int  # events of a command cut in the middle by a crash, left out (0: none)
    beep_rows: list[dict[str, object]] = field(default_factory=list)  # every finished team's, for beeps.csv
    round_rows: list[dict[str, object]] = field(default_factory=list)  # the same for rounds.csv
    last_kept: Event | None = None  # the journal's last event the workshop holds (the file is cut after it)
    retrace: str = str(Retrace.AUTO)  # the retrace rule of the latest team_started (a cut command's test)
    journal_base: Callable[[], JournalBase | None] = lambda: None  # the whole file as read, when unchanged
    from_checkpoint: bool = False  # folded from a checkpoint and the journal after it

    @property
    def notices(self) -> list[str]:
        said = [self.read.notice] if self.read.notice else []
        if self.cut_command:
            said.append("the last command was cut by a crash and is left out; give it again")
        return said

    @property
    def last_t(self) -> float:
        """The latest time the journal knows: the last event's, or a later heartbeat's."""
        return max(self.workshop.last_t, self.read.heartbeat or 0.0)

    @property
    def in_file(self) -> int:
        """How many of `events` the journal file holds (the rest are `to_append`)."""
        return len(self.events) - len(self.to_append)


def load_workshop(path: Path) -> Loaded:
    """Read, check and replay a journal in one streaming pass. Raises JournalError (one line).

    Each event is checked against the workshop so far and folded in as it is read; only the latest
    command's events are held back until the next command starts, so that a command cut by a crash can
    still be left out at the end. Memory grows with the teams and squares, not with the events.
    A checkpoint (maze.io.checkpoint) that this program wrote for the journal's first bytes, when they are
    still the same, stands for folding them: only the journal after it is read and folded. Anything amiss
    with it (or any fault in the journal after it) folds the whole journal instead, which says what is wrong.
    """
    checkpoint = read_checkpoint(Path(path))
    if checkpoint is not None:
        try:
            return _load(Path(path), checkpoint)
        except (CheckpointMismatch, JournalError):
            pass
    return _load(Path(path), None)


def _load(path: Path, checkpoint: Checkpoint | None) -> Loaded:
    if checkpoint is None:
        reader: JournalReader | TailReader = JournalReader(path)
        fold = _Fold(path)
        seen = file_identity(path)
    else:
        reader = TailReader(path, checkpoint.base, checkpoint.digest)
        fold = _Fold.after(path, checkpoint)
    with no_cycle_collection():
        for event in reader:
            fold.take(event)
    read = JournalRead([], reader.skipped, reader.torn, reader.heartbeat)
    pending = fold.pending
    cut = len(pending) if pending and needs_a_follower(pending[-1], fold.retrace) else 0
    if cut and not fold.applied:  # cut inside the first team's start: start the same workshop again
        workshop, events, to_append = _start_again(path, pending[0])
        history = JournalHistory(path, 1, events[:1])
        history.extend(events[1:])
        return Loaded(workshop, history, to_append, read, cut, last_kept=pending[0])
    if not cut:
        fold.apply_pending()
    fold.finish()
    history = JournalHistory(path, fold.applied, fold.held)
    base: Callable[[], JournalBase | None] = lambda: None  # noqa: E731
    if not cut and not reader.torn:
        if isinstance(reader, TailReader):
            whole = reader.base()
            base = lambda: whole  # noqa: E731
        else:
            base = lambda: whole_file_base(path, seen, fold.applied, fold.last_seq, read.skipped, read.heartbeat)  # noqa: E731
    return Loaded(
        fold.workshop, history, [], read, cut, fold.beeps, fold.rounds, fold.last, fold.retrace, base, bool(checkpoint)
    )


class _Fold:
    """The workshop folded event by event, holding back only the latest command's events."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.workshop = Workshop()
        self.pending: list[Event] = []  # the latest command's events, not yet folded in
        self.applied = 0
        self.last: Event | None = None  # the last event folded in
        self.retrace = str(Retrace.AUTO)  # the retrace rule of the latest team_started seen
        self.beeps: list[dict[str, object]] = []  # every finished team's beep rows
        self.rounds: list[dict[str, object]] = []  # and round rows
        self.held: list[Event] | None = []  # the events folded in, while the journal is short (HELD_EVENTS)
        self.last_seq = 0  # the latest event number read

    @classmethod
    def after(cls, path: Path, checkpoint: Checkpoint) -> _Fold:
        """The fold as it stood at the end of a checkpoint's bytes (their last command folded in)."""
        fold = cls(path)
        fold.workshop, fold.applied, fold.last = checkpoint.workshop, checkpoint.events, checkpoint.last
        fold.retrace, fold.last_seq = checkpoint.retrace, checkpoint.last_seq
        fold.beeps, fold.rounds = list(checkpoint.beep_rows), list(checkpoint.round_rows)
        fold.held = None  # the events before the checkpoint are read again from the file when needed
        return fold

    def take(self, event: Event) -> None:
        seq = event.get("seq")
        if seq is not None:
            self.last_seq = seq
        if self.pending:
            cmd = event.get("cmd")
            if cmd is None or cmd != self.pending[-1].get("cmd"):
                self.apply_pending()
        self.pending.append(event)
        if event["type"] == EventType.TEAM_STARTED:
            self.retrace = level_retrace(event)

    def apply_pending(self) -> None:
        workshop = self.workshop
        for event in self.pending:
            fault = _context_fault(workshop, event)
            if fault:
                raise _damaged(self.path, event, fault)
            try:
                workshop.apply(event)
            except _REPLAY_FAULTS as exc:
                raise _damaged(self.path, event, f"{type(exc).__name__}: {exc}"[:120]) from None
            except RecursionError:
                raise _damaged(self.path, event, "nested too deeply") from None
            if event["type"] == EventType.TEAM_FINISHED:
                self.beeps.extend(beep_rows(workshop.finished_team_log))
                self.rounds.extend(round_rows(workshop.finished_team_log))
        self.applied += len(self.pending)
        if self.held is not None:
            self.held.extend(self.pending)
            if len(self.held) > HELD_EVENTS:
                self.held = None  # a long journal: its history is read again from the file when needed
        if self.pending:
            self.last = self.pending[-1]
        self.pending = []

    def finish(self) -> None:
        if self.last is not None:
            self.workshop._note_counters(self.last)


def _start_again(path: Path, started: Event) -> tuple[Workshop, list[Event], list[Event]]:
    """The workshop a lone `workshop_started` describes, with its first team started as the rules do."""
    planned = Workshop()
    try:
        planned.apply(started)
        again = Workshop()
        command = StartWorkshop(started["t"], planned.teams, planned.plans, planned.strategy_seconds, planned.about)
        events = again.handle(command)
    except (*_REPLAY_FAULTS, IllegalCommand) as exc:
        raise _damaged(path, started, f"{type(exc).__name__}: {exc}"[:120]) from None
    return again, events, events[1:]


def replay_checked(path: Path, events: Iterable[Event]) -> Workshop:
    """Workshop.replay, with each event checked against the workshop so far."""
    fold = _Fold(Path(path))
    fold.pending = list(events)
    with no_cycle_collection():
        fold.apply_pending()
    fold.finish()
    return fold.workshop


def _damaged(path: Path, event: Event, why: str) -> JournalError:
    return JournalError(
        f"{path}: the journal is damaged and cannot be resumed (event {event.get('seq', '?')}, "
        f"{event['type']}: {why}); restore a copy of it, or start the workshop again"
    )


def _context_fault(ws: Workshop, e: Event) -> str:
    kind = e["type"]
    if kind == EventType.WORKSHOP_STARTED:
        return "a second workshop" if ws.started else ""
    if not ws.started:
        return "before the workshop started"
    if ws.finished:
        return "after the workshop finished"
    if kind == EventType.WORKSHOP_FINISHED:
        return ""
    run = ws.current
    if kind == EventType.TEAM_STARTED:
        expected = 0 if run is None else run.index + 1
        if e["team"] != expected or expected >= len(ws.teams):
            return f"team {e['team'] + 1} starts out of turn"
        return ""
    if run is None:
        return "no team has started (its team_started line is missing)"
    if e.get("team", run.index) != run.index:
        return f"for team {e['team'] + 1} while team {run.index + 1} plays"
    fields: Mapping[str, object] = e  # looked up by name
    for name in _PLAYER_FIELDS:
        value = fields.get(name, 0)
        if type(value) is not int or not 0 <= value < len(run.players):
            return f"{name} {value!r} is not in the team"[:80]
    if "row" in e or "col" in e:
        row, col = e.get("row"), e.get("col")
        grid = run.level.grid
        edge = 1 if kind == EventType.RULE_BREAK else 0  # a wrong step back may land just off the maze
        if type(row) is not int or type(col) is not int:
            return "a square off the maze"
        if not (-edge <= row < grid.height + edge and -edge <= col < grid.width + edge):
            return "a square off the maze"
    return ""


def needs_a_follower(last: Event, retrace: str) -> bool:
    """Was the last command cut by a crash? One command's events are written in one go, so only the last
    command can be cut; it was cut when its last event is one that the rules always follow with another in
    the same command. `retrace` is the rule of the level the latest team_started brought."""
    kind = last["type"]
    if kind in (EventType.WORKSHOP_STARTED, EventType.TEAM_FINISHED, EventType.ROUTE_FOUND, EventType.RETRACE):
        return True
    if kind == EventType.PLAYER_FINISHED:
        return bool(last["next_player"] == 0)  # the last player out: execution_finished comes with it
    if kind == EventType.BEEP and last.get("phase") == Phase.DISCOVERY:
        return retrace == Retrace.AUTO  # the walk back and the turn pass come with it
    return False


def level_retrace(started: Event) -> str:
    level = started.get("level")
    rules = level.get("rules") if isinstance(level, dict) else None
    return rules.get("retrace", Retrace.AUTO) if isinstance(rules, dict) else Retrace.AUTO


def cut_journal_after(path: Path, last: Event) -> None:
    """Make the journal file hold no line after `last`, the last kept event (a command cut by a crash).

    Only the end of the file is touched: it is cut at the end of the last kept event's line. Raises
    OSError when the file cannot be changed.
    """
    size = os.path.getsize(path)
    with open(path, "r+b") as handle:
        start = max(0, size - 4 * 1024 * 1024)
        handle.seek(start)
        tail = handle.read()
        offset = start
        for line in tail.splitlines(keepends=True):
            offset += len(line)
            try:
                if json.loads(line) == last:
                    cut_at = offset
                    break
            except (ValueError, RecursionError):
                continue
        else:
            return
        # the last kept event may have been written twice (a retried write): cut after its last copy
        rest = tail[cut_at - start :]
        for line in rest.splitlines(keepends=True):
            try:
                if json.loads(line) == last:
                    cut_at += len(line)
                    continue
            except (ValueError, RecursionError):
                pass
            break
        handle.truncate(cut_at)
