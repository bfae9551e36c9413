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
from dataclasses import dataclass
from pathlib import Path

from maze.core.bulk import no_cycle_collection
from maze.core.commands import IllegalCommand, StartWorkshop
from maze.core.events import Event, EventType
from maze.core.level import Retrace
from maze.core.workshop import Workshop
from maze.io.journal import JournalError, JournalRead, read_journal

_REPLAY_FAULTS = (KeyError, ValueError, TypeError, IndexError, AttributeError, AssertionError, ZeroDivisionError)
_PLAYER_FIELDS = ("player", "next_player")


@dataclass(frozen=True)
class Loaded:
    workshop: Workshop
    events: list[Event]  # the events the workshop holds (a command cut by a crash left out)
    to_append: list[Event]  # events the journal still needs (the start of a workshop cut by a crash)
    read: JournalRead
    cut_command: int  # events of a command cut in the middle by a crash, left out (0: none)

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


def load_workshop(path: Path) -> Loaded:
    """Read and replay a journal. Raises JournalError (one line)."""
    read = read_journal(path)
    events = read.events
    cut = _incomplete_tail(events)
    if cut == len(events):  # cut inside the first team's start: start the same workshop again
        return Loaded(*_start_again(path, events[0]), read=read, cut_command=cut)
    if cut:
        events = events[:-cut]
    workshop = replay_checked(path, events)
    return Loaded(workshop, events, [], read, cut)


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


def replay_checked(path: Path, events: list[Event]) -> Workshop:
    """Workshop.replay, with each event checked against the workshop so far."""
    workshop = Workshop()
    event: Event | None = None
    with no_cycle_collection():
        for event in events:
            fault = _context_fault(workshop, event)
            if fault:
                raise _damaged(path, event, fault)
            try:
                workshop.apply(event)
            except _REPLAY_FAULTS as exc:
                raise _damaged(path, event, f"{type(exc).__name__}: {exc}"[:120]) from None
            except RecursionError:
                raise _damaged(path, event, "nested too deeply") from None
    if event is not None:
        workshop._note_counters(event)
    return workshop


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
    for name in _PLAYER_FIELDS:
        if name in e and (type(e[name]) is not int or not 0 <= e[name] < len(run.players)):
            return f"{name} {e[name]!r} is not in the team"[:80]
    if "row" in e or "col" in e:
        row, col = e.get("row"), e.get("col")
        grid = run.level.grid
        edge = 1 if kind == EventType.RULE_BREAK else 0  # a wrong step back may land just off the maze
        if type(row) is not int or type(col) is not int:
            return "a square off the maze"
        if not (-edge <= row < grid.height + edge and -edge <= col < grid.width + edge):
            return "a square off the maze"
    return ""


def _incomplete_tail(events: list[Event]) -> int:
    """How many events at the end belong to a command a crash cut in the middle (0: it was whole).

    One command's events are written in one go, so only the last command can be cut; it was cut
    when its last event is one that the rules always follow with another in the same command.
    """
    if not events:
        return 0
    last = events[-1]
    if not _needs_a_follower(events, last):
        return 0
    cmd = last.get("cmd")
    count = 0
    for event in reversed(events):
        if event.get("cmd") != cmd or cmd is None and count:
            break
        count += 1
    return count if count < len(events) else len(events)


def _needs_a_follower(events: list[Event], last: Event) -> bool:
    kind = last["type"]
    if kind in (EventType.WORKSHOP_STARTED, EventType.TEAM_FINISHED, EventType.ROUTE_FOUND, EventType.RETRACE):
        return True
    if kind == EventType.PLAYER_FINISHED:
        return last["next_player"] == 0  # the last player out: execution_finished comes with it
    if kind == EventType.BEEP and last.get("phase") == "discovery":
        return _retrace_rule(events) == Retrace.AUTO  # the walk back and the turn pass come with it
    return False


def _retrace_rule(events: list[Event]) -> str:
    for event in reversed(events):
        if event["type"] == EventType.TEAM_STARTED:
            rules = event["level"].get("rules")
            return rules.get("retrace", Retrace.AUTO) if isinstance(rules, dict) else Retrace.AUTO
    return Retrace.AUTO


def cut_journal_after(path: Path, keep: list[Event]) -> None:
    """Make the journal file hold no line after the last kept event (a command cut by a crash).

    Only the end of the file is touched: it is cut at the end of the last kept event's line. Raises
    OSError when the file cannot be changed.
    """
    if not keep:
        return
    last = keep[-1]
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
