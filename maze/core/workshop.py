"""A workshop: teams taking their turns at the maze. Commands in, events out.

`Workshop.handle(command)` checks the command against the rules and returns the events it
causes, already applied. `Workshop.replay(events)` rebuilds the same state from a journal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from maze.core.bulk import no_cycle_collection
from maze.core.commands import (
    Command,
    IllegalCommand,
    TeamPlan,
    TeamSpec,
)
from maze.core.deciders import DECIDERS
from maze.core.event_makers import Stamp
from maze.core.events import JOURNAL_VERSION, UNDOABLE, Event, EventType, PlanRecord, Symmetry
from maze.core.grid import Pos
from maze.core.level import Level
from maze.core.meeting import meeting_seconds_left
from maze.core.moves import legal_squares
from maze.core.stats import TeamStats, team_stats
from maze.core.team import TEAM_HANDLERS, Phase, TeamRun

# Events that close off what came before: an undo never reaches behind them, unless the command
# that caused them also made an undoable event (the exit step that found the route).
UNDO_BARRIERS = frozenset({EventType.DISCOVERY_ENDED, EventType.EXECUTION_FINISHED, EventType.ROUND_STARTED})


class Workshop:
    def __init__(self) -> None:
        self.teams: tuple[TeamSpec, ...] = ()
        self._plan_records: list[PlanRecord] = []
        self._levels: dict[tuple[object, ...], Level] = {}  # levels already read from records, by content
        self.strategy_seconds: float = 180
        self.about: dict[str, Any] = {}
        self.current: TeamRun | None = None
        self.finished = False
        self.started_at = self.finished_at = ""
        self.summaries: list[TeamStats] = []  # one per finished team, derived from its events
        self.team_log: list[Event] = []  # the current team's events that still count
        self.finished_team_log: list[Event] = []  # the last finished team's, kept for its exports
        self.last_t = 0.0
        self.seq = 0  # number of the last event applied; every event carries its own `seq`
        self._cmd = 0
        self._phase_start: TeamRun | None = None  # the team as it was when its current phase began
        self._phase_from = 0  # where the current phase's events begin in team_log
        self._next_seq = 0

    # -- public --------------------------------------------------------------------------------

    @property
    def plans(self) -> tuple[TeamPlan, ...]:
        """Each team's maze, read from the journal's record when first asked for (a replay never asks)."""
        return tuple(self.plan(index) for index in range(len(self._plan_records)))

    def plan(self, index: int) -> TeamPlan:
        record = self._plan_records[index]
        return TeamPlan(self._level(record["level"]), record["variant"])

    def _level(self, record: dict[str, Any]) -> Level:
        key = (
            record["name"],
            tuple(record["grid"]),
            tuple(sorted(record.get("rules", {}).items())),
            record.get("description", ""),
            record.get("author", ""),
        )
        level = self._levels.get(key)
        if level is None:
            level = self._levels[key] = Level.from_dict(record)
        return level

    def later_teams_on_this_maze(self) -> list[str]:
        """The teams still to play that will walk the current team's maze as it is (same squares, same
        entry): they must not see its route now."""
        run = self.current
        if run is None:
            return []
        later = range(run.index + 1, len(self.teams))
        return [
            self.teams[i].name
            for i in later
            if self.plan(i).level.grid == run.level.grid and self.plan(i).level.rules.entry == run.level.rules.entry
        ]

    @property
    def name(self) -> str:
        """The workshop's own name (a workshop file's `name:`), or "" when it has none."""
        name = self.about.get("workshop", "") if isinstance(self.about, dict) else ""
        return name if isinstance(name, str) else ""

    @property
    def started(self) -> bool:
        return bool(self.teams)

    @property
    def can_undo(self) -> bool:
        return self._undo_target() is not None

    def _undo_target(self) -> int | None:
        """The command behind the latest undoable event of the current phase (undone ones are gone)."""
        log = self.team_log
        for index in range(len(log) - 1, self._phase_from - 1, -1):
            kind = log[index]["type"]
            if kind in UNDOABLE:
                return log[index]["cmd"]
            if kind in UNDO_BARRIERS:
                cmd = log[index].get("cmd")
                same = any(e["type"] in UNDOABLE and e.get("cmd") == cmd for e in log[self._phase_from : index])
                return cmd if same else None
        return None

    def handle(self, command: Command) -> list[Event]:
        t = max(float(command.t), self.last_t)  # clocks never run backwards
        decide = DECIDERS[type(command)]
        self._cmd += 1
        self._next_seq = self.seq
        events = decide(self, command, t)
        for event in events:
            self.apply(event)
        if events:
            self._note_counters(events[-1])
        else:
            self._cmd -= 1
        return events

    def _note_counters(self, last: Event) -> None:
        """After a batch of events (in order): the newest event number, command and time."""
        self.seq = max(self.seq, last.get("seq", 0))
        self._cmd = max(self._cmd, last.get("cmd", 0))
        self.last_t = max(self.last_t, last["t"])

    def apply(self, event: Event) -> None:
        """Fold one event into the state: the single path for live play and replay (kept lean: a journal
        of 100,000 events is rebuilt through here)."""
        kind = event["type"]
        special = _WORKSHOP_EVENTS.get(kind)
        if special is not None:
            special(self, event)
            return
        run = self.current
        if run is None:
            raise ValueError(f"event {kind} before any team started")
        fold = TEAM_HANDLERS.get(kind)
        if fold is not None:
            fold(run, event)
        self.team_log.append(event)
        if kind == "phase_changed":
            self._phase_start, self._phase_from = run.copy(), len(self.team_log)
        elif kind == "round_started":  # a new execution round: undo stays inside it, as in a phase
            self._phase_start, self._phase_from = run.copy(), len(self.team_log)
        elif kind == "team_finished":
            self.summaries.append(team_stats(self.team_log, already_effective=True))
            self.finished_team_log = self.team_log

    @classmethod
    def replay(cls, events: Iterable[Event]) -> Workshop:
        workshop = cls()
        event = None
        with no_cycle_collection():
            for event in events:
                workshop.apply(event)
        if event is not None:
            workshop._note_counters(event)
        return workshop

    def state(self) -> dict[str, Any]:
        """Everything that makes up the workshop's state, for comparing two workshops."""
        return {
            "teams": self.teams,
            "current": self.current,
            "finished": self.finished,
            "summaries": self.summaries,
            "team_log": self.team_log,
        }

    def elapsed(self, now: float) -> float:
        return self.current.clock.elapsed(now) if self.current else 0.0

    def strategy_time_left(self, now: float) -> float | None:
        """Seconds of strategy time left (0 once it is up); None outside strategy."""
        run = self.current
        if run is None or run.phase is not Phase.STRATEGY:
            return None
        return max(0.0, self.strategy_seconds - run.clock.elapsed(now))

    @property
    def can_extend(self) -> bool:
        """Discovery time may be extended once it is up (and only then)."""
        run = self.current
        return (
            run is not None
            and run.phase is Phase.DISCOVERY
            and not run.discovery_over
            and run.time_up
            and run.time_limit > 0
            and not run.budget_spent
        )

    @property
    def can_predict(self) -> bool:
        """The team may record its predicted time: in execution, before the first step of a round."""
        run = self.current
        return (
            run is not None
            and run.phase is Phase.EXECUTION
            and not (run.execution_started or run.execution_done or run.budget_spent)
        )

    @property
    def next_round(self) -> int | None:
        """The execution round Enter starts now (a round is over and another is due); None otherwise."""
        run = self.current
        if run is None or run.phase is not Phase.EXECUTION or not run.execution_done or run.budget_spent:
            return None
        return run.round + 1 if run.round < run.level.rules.execution_rounds else None

    def legal_squares(self) -> list[Pos]:
        """Where the walker on turn may step now; empty when nobody may walk."""
        return [] if self.current is None or self.finished else legal_squares(self.current)

    @property
    def can_talk(self) -> bool:
        """Talking is allowed now (strategy, briefing, the debriefs); a talking penalty is refused then."""
        run = self.current
        return run is None or run.phase not in (Phase.DISCOVERY, Phase.EXECUTION) or run.meeting_from is not None

    def meeting_time_left(self, now: float) -> float | None:
        """Meeting seconds the team has left in discovery; None when its rules give none."""
        return None if self.current is None else meeting_seconds_left(self.current, now)

    def time_left(self, now: float) -> float | None:
        run = self.current
        if run is None or run.phase is not Phase.DISCOVERY or run.time_limit <= 0:
            return None
        return max(0.0, run.time_limit - run.clock.elapsed(now))

    # -- folding -------------------------------------------------------------------------------

    def _finish(self, e: Event) -> None:
        self.finished = True
        self.finished_at = e.get("finished_at", "")

    def _start(self, e: Event) -> None:
        if e.get("version", 0) > JOURNAL_VERSION:
            raise ValueError(f"journal version {e['version']} is newer than this program ({JOURNAL_VERSION})")
        self.teams = tuple(TeamSpec(t["name"], tuple(t["players"])) for t in e["teams"])
        self.strategy_seconds = e.get("strategy_seconds", 180)
        self.about = e.get("about", {})
        self.started_at = e.get("started_at", "")  # wall-clock times, ISO 8601 (absent in old journals)
        self._plan_records = e["plans"]

    def _begin_team(self, e: Event) -> None:
        index = e["team"]
        spec = self.teams[index]
        self.current = TeamRun(index, spec.name, spec.players, self._level(e["level"]), e.get("variant", Symmetry.SAME))
        self.current.clock.start(e["t"])
        self.team_log = [e]
        self._phase_start, self._phase_from = self.current.copy(), len(self.team_log)

    def _undo(self, target: int) -> None:
        """Take a command's events out of the phase and fold the phase again from its start."""
        if self._phase_start is None:
            raise ValueError("an undo before any team started")
        before, phase = self.team_log[: self._phase_from], self.team_log[self._phase_from :]
        self.team_log = before + [e for e in phase if e.get("cmd") != target]
        run = self._phase_start.copy()
        for event in self.team_log[self._phase_from :]:
            run.apply(event)
        self.current = run

    # -- deciding ------------------------------------------------------------------------------

    def stamp(self, t: float) -> Stamp:
        """What the next event the current command causes carries: its time, command, number and team."""
        self._next_seq += 1
        team = None if self.current is None else self.current.index
        return Stamp(round(t, 4), self._cmd, self._next_seq, team)

    def _run(self) -> TeamRun:
        if self.current is None or self.finished:
            raise IllegalCommand("no team is playing")
        return self.current


_WORKSHOP_EVENTS: dict[str, Callable[[Workshop, Event], None]] = {
    EventType.WORKSHOP_STARTED: Workshop._start,
    EventType.WORKSHOP_FINISHED: Workshop._finish,
    EventType.TEAM_STARTED: Workshop._begin_team,
    EventType.UNDONE: lambda ws, e: ws._undo(e["target"]),
}
