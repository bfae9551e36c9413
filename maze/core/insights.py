"""What a team's own moves say about learning and performing: pure functions of its events.

Every figure here is derived from the team's events (undone commands left out) each time it is asked
for; nothing is stored beside the journal. The figures are prompts for the debrief's discussion, not
diagnoses: each has a caption a facilitator can read out (see `maze.core.captions`).

Definitions used throughout:

- **active time**: session time `t` with the time the workshop was paused (P / Space) and the time
  discovery stood at "time is up" taken out, so a coffee break never counts as hesitation.
- **attempt**: one walker's turn in discovery that put at least one foot on the maze.
- **untried square**: a square no one in the team had stepped on in discovery before this step.
  **known safe square**: one a team member had stepped on before without a beep. Squares known to beep
  are neither (stepping there again is a repeat beep).
- **pause** before a step: the active time from the previous event of the walker's own turn (the turn's
  start, i.e. the start of discovery or the turn passing to this walker, or the walker's previous step,
  step back or rule break) to this step. Only steps onto squares of the grid count (not the step off
  the exit edge, nor steps back along the way after a beep).
- **depth** of an attempt: how many rows (columns, for a left or right entry) from the entry edge the
  walker reached, 1 = the entry row; an attempt that crossed the exit edge reached the full depth.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from statistics import median
from typing import TypedDict

from maze.core.commands import PenaltyKind
from maze.core.events import BeepKind, Event, EventType, Phase, effective_events
from maze.core.grid import Side
from maze.core.level import Level
from maze.core.records import record


@record(frozen=True)
class Attempt:
    number: int  # 1 = the team's first attempt
    player: int
    depth: int
    new_info: bool  # a new beep, a first step onto a safe square, or the route found
    beeped: bool


@record(frozen=True)
class PenaltyLine:
    phase: str
    kind: str  # talking, rule break, repeat beep, execution error
    count: int
    seconds: float


@record(frozen=True)
class ExecutionRound:
    predicted: float | None
    actual: float
    completed: bool

    @property
    def difference(self) -> float | None:
        """Actual minus predicted seconds (positive: slower than the team said); None without a prediction, or
        when the round was stopped before everyone crossed (its time is not the time the team predicted)."""
        return None if self.predicted is None or not self.completed else self.actual - self.predicted


@record(frozen=True)
class SwitchMoment:
    route_known_at: float | None  # discovery clock seconds when the whole route was first known
    route_revealed: bool  # known because the facilitator revealed it, not because the team crossed
    route_known_session: float | None  # active seconds since the team started, when the route was known
    execution_started_session: float | None  # active seconds since the team started, at execution's first step

    @property
    def gap_seconds(self) -> float | None:
        """Active seconds from knowing the whole route to the first step of execution."""
        if self.route_known_session is None or self.execution_started_session is None:
            return None
        return round(self.execution_started_session - self.route_known_session, 4)


@record(frozen=True)
class TeamInsights:
    failures_on_record: int
    discovery_beeps: int
    execution_errors: int
    discovery_seconds: float
    minutes_to_route: float | None  # None when the team never crossed (revealed, skipped, stopped)
    new_beeps: int
    new_beeps_per_minute: float
    attempts: tuple[Attempt, ...]
    pauses_untried: tuple[float, ...]
    pauses_known: tuple[float, ...]
    own_repeat_beeps: int
    others_repeat_beeps: int
    switch: SwitchMoment
    penalties: tuple[PenaltyLine, ...]
    rounds: tuple[ExecutionRound, ...]

    @property
    def attempts_without_new_info(self) -> int:
        return sum(1 for a in self.attempts if not a.new_info)

    @property
    def depth_per_attempt(self) -> tuple[int, ...]:
        return tuple(a.depth for a in self.attempts)

    @property
    def median_pause_untried(self) -> float | None:
        return median(self.pauses_untried) if self.pauses_untried else None

    @property
    def median_pause_known(self) -> float | None:
        return median(self.pauses_known) if self.pauses_known else None

    @property
    def share_failed_attempts(self) -> float | None:
        """The share of attempts that ended in a beep (the chapter's "how many is the right number?")."""
        return sum(a.beeped for a in self.attempts) / len(self.attempts) if self.attempts else None


class _ActiveClock:
    """Session time with pauses (and "time is up" waits) taken out."""

    def __init__(self) -> None:
        self.stopped_total = 0.0
        self.stopped_since: float | None = None

    def stop(self, t: float) -> None:
        if self.stopped_since is None:
            self.stopped_since = t

    def start(self, t: float) -> None:
        if self.stopped_since is not None:
            self.stopped_total += max(0.0, t - self.stopped_since)
            self.stopped_since = None

    def at(self, t: float) -> float:
        stopped = self.stopped_total + (max(0.0, t - self.stopped_since) if self.stopped_since is not None else 0.0)
        return t - stopped


def _first_row(row: int, col: int) -> int:
    return 1


class _Walking(TypedDict):
    """The attempt being walked, while it is walked."""

    player: int
    depth: int  # deepest row reached, counted from the entry edge
    new: bool  # it stepped where nobody had
    beeped: bool


def _depth_of(level: Level) -> tuple[Callable[[int, int], int], int]:
    """How many rows from the entry edge a square is (1 = the entry row), and the full depth."""
    grid, entry = level.grid, level.rules.entry
    height, width = grid.height, grid.width
    if entry is Side.BOTTOM:
        return (lambda row, col: height - row), height
    if entry is Side.TOP:
        return (lambda row, col: row + 1), height
    if entry is Side.LEFT:
        return (lambda row, col: col + 1), width
    return (lambda row, col: width - col), width


# the members' plain strings: the loop below runs for every event when a long journal is rebuilt
STEP, BEEP, TURN_PASSED = EventType.STEP.value, EventType.BEEP.value, EventType.TURN_PASSED.value
RETRACE_STEP, RULE_BREAK = EventType.RETRACE_STEP.value, EventType.RULE_BREAK.value
NEW, EXECUTION = BeepKind.NEW.value, Phase.EXECUTION.value

_PENALTY_WORDS: dict[str, str] = {PenaltyKind.TALK: "talking", PenaltyKind.RULE: "rule break"}


def team_insights(events: Iterable[Event], already_effective: bool = False) -> TeamInsights:
    """Every insight for one team, from its events, in one pass (see the module's definitions)."""
    events = events if already_effective else list(effective_events(events))
    clock = _ActiveClock()
    depth_of: Callable[[int, int], int] = _first_row
    full_depth = 1
    phase = ""
    touched: set[tuple[int, int]] = set()  # squares anyone stepped on in discovery (safe or beeping)
    safe_seen: set[tuple[int, int]] = set()
    beeped_by: dict[tuple[int, int], set[int]] = {}
    attempts: list[Attempt] = []
    current: _Walking | None = None  # the attempt being walked
    last_mark: float | None = None  # active time of the previous event of the walker's turn
    pauses_untried: list[float] = []
    pauses_known: list[float] = []
    own = others = d_beeps = e_errors = new = 0
    d_seconds = 0.0
    route_elapsed: float | None = None
    route_known_active: float | None = None
    revealed = False
    exec_start_active: float | None = None
    penalty_totals: dict[tuple[str, str], tuple[int, float]] = {}
    rounds: list[ExecutionRound] = []
    predicted: float | None = None
    team_start = 0.0

    def close_attempt() -> None:
        nonlocal current
        if current is not None:
            number = len(attempts) + 1
            attempts.append(Attempt(number, current["player"], current["depth"], current["new"], current["beeped"]))
            current = None

    def add_penalty(kind: str, seconds: float, at_phase: str) -> None:
        count, total = penalty_totals.get((at_phase, kind), (0, 0.0))
        penalty_totals[(at_phase, kind)] = (count + 1, total + seconds)

    for e in events:
        kind = e["type"]
        t = e["t"]
        if kind == STEP or kind == BEEP:
            if e.get("phase", phase) == EXECUTION:
                if exec_start_active is None:
                    exec_start_active = clock.at(t)
                if kind == BEEP:
                    e_errors += 1
                    add_penalty("execution error", e.get("seconds", 0), "execution")
                continue
            square = (e["row"], e["col"])
            now = t - clock.stopped_total if clock.stopped_since is None else clock.at(t)
            if last_mark is not None:
                if square not in touched:
                    pauses_untried.append(round(now - last_mark, 4))
                elif square in safe_seen:
                    pauses_known.append(round(now - last_mark, 4))
            last_mark = now
            if current is None:
                current = {"player": e["player"], "depth": 0, "new": False, "beeped": False}
            depth = depth_of(e["row"], e["col"])
            if depth > current["depth"]:
                current["depth"] = depth
            if kind == BEEP:
                d_beeps += 1
                current["beeped"] = True
                if e["kind"] == NEW:
                    new += 1
                    current["new"] = True
                else:
                    if e["player"] in beeped_by.get(square, ()):
                        own += 1
                    else:
                        others += 1
                    if e.get("seconds", 0) > 0:
                        add_penalty("repeat beep", e["seconds"], "discovery")
                beeped_by.setdefault(square, set()).add(e["player"])
            elif square not in safe_seen:
                safe_seen.add(square)
                current["new"] = current["new"] or square not in touched
            touched.add(square)
        elif kind == TURN_PASSED:
            close_attempt()
            last_mark = clock.at(t)
        elif kind == RETRACE_STEP or kind == RULE_BREAK:
            last_mark = clock.at(t)
            if kind == RULE_BREAK:
                add_penalty("rule break", e.get("seconds", 0), "discovery")
        elif kind == EventType.TEAM_STARTED:
            team_start = t
            depth_of, full_depth = _depth_of(Level.from_dict(e["level"]))
        elif kind == EventType.PAUSED or kind == EventType.TIME_UP:
            clock.stop(t)
        elif kind == EventType.RESUMED or kind == EventType.TIME_EXTENDED:
            clock.start(t)
        elif kind == EventType.PHASE_CHANGED:
            close_attempt()
            phase = e["phase"]
            last_mark = clock.at(t) if phase == Phase.DISCOVERY else None
        elif kind == EventType.PENALTY:
            add_penalty(_PENALTY_WORDS.get(e.get("kind", ""), str(e.get("kind"))), e["seconds"], e.get("phase", phase))
        elif kind == EventType.ROUTE_FOUND:
            route_elapsed = e["elapsed"]
            route_known_active = clock.at(t)
            if current is None:
                current = {"player": e["player"], "depth": 0, "new": False, "beeped": False}
            current["depth"], current["new"] = full_depth, True
        elif kind == EventType.DISCOVERY_ENDED:
            close_attempt()
            d_seconds = e["elapsed"]
            if e["revealed"] and route_known_active is None:
                revealed = True
                route_known_active = clock.at(t)
        elif kind == EventType.PREDICTION:
            predicted = e["seconds"]
        elif kind == EventType.EXECUTION_FINISHED:
            rounds.append(ExecutionRound(predicted, e["elapsed"], e["completed"]))
            predicted = None
    close_attempt()
    switch = SwitchMoment(
        route_known_at=d_seconds if revealed else route_elapsed,
        route_revealed=revealed,
        route_known_session=None if route_known_active is None else round(route_known_active - team_start, 4),
        execution_started_session=None if exec_start_active is None else round(exec_start_active - team_start, 4),
    )
    return TeamInsights(
        failures_on_record=d_beeps + e_errors,
        discovery_beeps=d_beeps,
        execution_errors=e_errors,
        discovery_seconds=d_seconds,
        minutes_to_route=None if route_elapsed is None else route_elapsed / 60,
        new_beeps=new,
        new_beeps_per_minute=new / (d_seconds / 60) if d_seconds > 0 else 0.0,
        attempts=tuple(attempts),
        pauses_untried=tuple(pauses_untried),
        pauses_known=tuple(pauses_known),
        own_repeat_beeps=own,
        others_repeat_beeps=others,
        switch=switch,
        penalties=tuple(PenaltyLine(p, k, c, s) for (p, k), (c, s) in penalty_totals.items()),
        rounds=tuple(rounds),
    )
