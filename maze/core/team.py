"""One team's run through the exercise: its state and how each event changes it.

`TeamRun.apply(event)` is the only way this state changes, both in live play and in replay,
which is why replaying a journal rebuilds exactly the live state.
"""

from __future__ import annotations

from dataclasses import field, replace

from maze.core.events import Event, EventType
from maze.core.events import Phase as Phase  # defined beside the events that carry it; screens import it here
from maze.core.grid import Pos
from maze.core.level import Level, Walkers
from maze.core.limits import SNAKE_GAP
from maze.core.records import record

PHASE_ORDER = (Phase.BRIEFING, Phase.STRATEGY, Phase.DISCOVERY, Phase.EXECUTION, Phase.DEBRIEF)


@record
class PhaseClock:
    """Seconds a phase has been running; stands still while stopped or paused."""

    accumulated: float = 0.0
    since: float | None = None  # set while ticking

    @property
    def ticking(self) -> bool:
        return self.since is not None

    def elapsed(self, now: float) -> float:
        if self.since is None:
            return self.accumulated
        return self.accumulated + max(0.0, now - self.since)

    def start(self, t: float) -> None:
        if self.since is None:
            self.since = t

    def stop(self, t: float) -> None:
        if self.since is not None:
            self.accumulated += max(0.0, t - self.since)
            self.since = None

    def set_to(self, seconds: float) -> None:
        self.accumulated, self.since = seconds, None


@record
class TeamRun:
    index: int
    name: str
    players: tuple[str, ...]
    level: Level
    variant: str
    phase: Phase = Phase.BRIEFING
    clock: PhaseClock = field(default_factory=PhaseClock)
    paused: bool = False
    player: int = 0  # whose turn it is (index into players)
    turn: int = 1  # discovery attempt number
    path: list[Pos] = field(default_factory=list)  # where the walking player has been this turn
    retrace_route: list[Pos] | None = None  # manual retrace: squares still to step back onto
    beeps: dict[Pos, int] = field(default_factory=dict)  # discovery beeps per square
    time_limit: float = 0.0  # discovery seconds; 0 = none
    time_up: bool = False
    discovery_over: bool = False
    found: bool = False
    revealed: bool = False
    predicted: float | None = None
    execution_started: bool = False
    execution_done: bool = False
    errors: int = 0  # execution errors in this round
    penalty_seconds: float = 0.0
    round: int = 1  # execution round
    meeting_from: float | None = None  # discovery clock seconds when the open meeting began
    meeting_used: float = 0.0  # meeting seconds used in earlier meetings
    order: tuple[int, ...] = ()  # the walking order the team set (player indices); () = as listed
    budget_spent: bool = False

    @property
    def attempts_made(self) -> int:
        """Discovery attempts so far, as the debrief counts them: every walker who has stepped onto the maze
        (the one on turn counts once on it)."""
        return self.turn - 1 + (1 if self.path else 0)

    @property
    def on_maze(self) -> bool:
        return bool(self.path)

    @property
    def position(self) -> Pos | None:
        return self.path[-1] if self.path else None

    @property
    def player_name(self) -> str:
        return self.players[self.player % len(self.players)]

    @property
    def next_player_name(self) -> str:
        return self.players[self.after(self.player)]

    @property
    def walking_order(self) -> tuple[int, ...]:
        """Player indices in the order they walk."""
        return self.order or tuple(range(len(self.players)))

    @property
    def first_player(self) -> int:
        return self.walking_order[0]

    def place_of(self, player: int) -> int:
        """0 for the first walker, 1 for the second, ..."""
        return self.walking_order.index(player)

    def after(self, player: int) -> int:
        order = self.walking_order
        return order[(order.index(player) + 1) % len(order)]

    def before(self, player: int) -> int:
        order = self.walking_order
        return order[(order.index(player) - 1) % len(order)]

    def copy(self) -> TeamRun:
        return replace(
            self,
            clock=replace(self.clock),
            path=list(self.path),
            retrace_route=None if self.retrace_route is None else list(self.retrace_route),
            beeps=dict(self.beeps),
        )

    # -- the reducer ---------------------------------------------------------------------------

    def apply(self, event: Event) -> None:
        handler = TEAM_HANDLERS.get(event["type"])
        if handler is not None:
            handler(self, event)


def _pos(e: Event) -> Pos:
    return tuple.__new__(Pos, (e["row"], e["col"]))  # Pos(row, col) without NamedTuple's slower __new__


def _phase_changed(run: TeamRun, e: Event) -> None:
    t = e["t"]
    run.clock.stop(t)
    run.phase = Phase(e["phase"])
    run.clock = PhaseClock()
    run.paused = False
    run.path = []
    run.retrace_route = None
    run.player = run.first_player
    if run.phase in (Phase.STRATEGY, Phase.DISCOVERY):
        run.clock.start(t)
    if run.phase is Phase.DISCOVERY:
        run.time_limit = run.level.rules.discovery_minutes * 60.0


def _start_execution_clock(run: TeamRun, t: float) -> None:
    """The execution clock runs from the first step onto the maze."""
    if not run.execution_started:
        run.execution_started = True
        run.clock.start(t)


def _step(run: TeamRun, e: Event) -> None:
    if run.phase is Phase.EXECUTION and not run.execution_started:
        _start_execution_clock(run, e["t"])
    run.path.append(tuple.__new__(Pos, (e["row"], e["col"])))  # Pos(row, col), quicker: a hot path


def _beep(run: TeamRun, e: Event) -> None:
    pos = _pos(e)
    run.penalty_seconds += e.get("seconds", 0)
    if run.phase is Phase.EXECUTION:
        _start_execution_clock(run, e["t"])
        run.errors += 1
        return
    run.beeps[pos] = run.beeps.get(pos, 0) + 1
    run.retrace_route = list(reversed(run.path))
    run.path.append(pos)


def _retrace_step(run: TeamRun, e: Event) -> None:
    if not run.retrace_route:
        raise ValueError("a retrace_step with no route back to walk")
    run.retrace_route.pop(0)
    run.path.pop()


def _penalty(run: TeamRun, e: Event) -> None:
    run.penalty_seconds += e["seconds"]


def _turn_passed(run: TeamRun, e: Event) -> None:
    run.player = e["player"]
    run.turn = e["turn"]
    run.path = []
    run.retrace_route = None


def _time_up(run: TeamRun, e: Event) -> None:
    run.time_up = True
    run.clock.set_to(e["elapsed"])


def _time_extended(run: TeamRun, e: Event) -> None:
    run.time_limit += e["minutes"] * 60.0
    run.time_up = False
    if not run.paused:
        run.clock.start(e["t"])


def _discovery_ended(run: TeamRun, e: Event) -> None:
    run.clock.stop(e["t"])
    run.discovery_over = True
    run.meeting_from = None
    run.found = e["found"]
    run.revealed = e["revealed"]
    run.path = []
    run.retrace_route = None


def _paused(run: TeamRun, e: Event) -> None:
    run.paused = True
    run.clock.stop(e["t"])


def _resumed(run: TeamRun, e: Event) -> None:
    run.paused = False
    if _clock_should_run(run):
        run.clock.start(e["t"])


def _clock_should_run(run: TeamRun) -> bool:
    if run.budget_spent:
        return False
    if run.phase is Phase.STRATEGY:
        return True
    if run.phase is Phase.DISCOVERY:
        return not (run.discovery_over or run.time_up)
    if run.phase is Phase.EXECUTION:
        return run.execution_started and not run.execution_done
    return False


def _prediction(run: TeamRun, e: Event) -> None:
    run.predicted = e["seconds"]


def _player_finished(run: TeamRun, e: Event) -> None:
    run.player = e["next_player"]
    if run.level.rules.execution_walkers is Walkers.SNAKE:
        run.path = run.path[: max(0, len(run.path) - SNAKE_GAP)]  # the next walker leads from where it stands
    else:
        run.path = []


def _round_started(run: TeamRun, e: Event) -> None:
    run.round = e["round"]
    run.clock = PhaseClock()
    run.execution_started = run.execution_done = False
    run.predicted = None
    run.player = run.first_player
    run.path = []
    run.errors = 0


def _meeting_opened(run: TeamRun, e: Event) -> None:
    run.meeting_from = run.clock.elapsed(e["t"])


def _meeting_closed(run: TeamRun, e: Event) -> None:
    run.meeting_from = None
    run.meeting_used = e["used"]


def _order_set(run: TeamRun, e: Event) -> None:
    run.order = tuple(e["order"])
    run.player = run.first_player


def _sent_back(run: TeamRun, e: Event) -> None:
    run.path = []


def _budget_spent(run: TeamRun, e: Event) -> None:
    run.budget_spent = True
    run.clock.stop(e["t"])
    run.path = []
    run.retrace_route = None


def _execution_finished(run: TeamRun, e: Event) -> None:
    run.clock.stop(e["t"])
    run.execution_done = True
    run.path = []


def _team_finished(run: TeamRun, e: Event) -> None:
    run.phase = Phase.FINISHED


TEAM_HANDLERS = {  # how each kind of event changes a team (kinds not listed change nothing)
    EventType.PHASE_CHANGED: _phase_changed,
    EventType.STEP: _step,
    EventType.BEEP: _beep,
    EventType.RETRACE_STEP: _retrace_step,
    EventType.RULE_BREAK: _penalty,
    EventType.PENALTY: _penalty,
    EventType.TURN_PASSED: _turn_passed,
    EventType.TIME_UP: _time_up,
    EventType.TIME_EXTENDED: _time_extended,
    EventType.DISCOVERY_ENDED: _discovery_ended,
    EventType.PAUSED: _paused,
    EventType.RESUMED: _resumed,
    EventType.PREDICTION: _prediction,
    EventType.PLAYER_FINISHED: _player_finished,
    EventType.EXECUTION_FINISHED: _execution_finished,
    EventType.TEAM_FINISHED: _team_finished,
    EventType.ROUND_STARTED: _round_started,
    EventType.SENT_BACK: _sent_back,
    EventType.ORDER_SET: _order_set,
    EventType.MEETING_OPENED: _meeting_opened,
    EventType.MEETING_CLOSED: _meeting_closed,
    EventType.BUDGET_SPENT: _budget_spent,
}
