"""What the facilitator may see and the room may not: the route, what the team knows, where a step may go.

Pure functions over a team's run and its events; the facilitator's window draws them and decides nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from maze.core.commands import PenaltyKind
from maze.core.events import Event, EventType
from maze.core.grid import Pos, is_neighbour
from maze.core.records import record
from maze.core.team import Phase, TeamRun

WALKING_PHASES = (Phase.DISCOVERY, Phase.EXECUTION)


@record(frozen=True)
class AnswerKey:
    route: tuple[Pos, ...]  # a shortest safe route, from the level's analysis
    other_safe: frozenset[Pos]  # safe squares off that route
    known_safe: frozenset[Pos]  # squares a walker of this team has stood on in discovery
    known_beeps: frozenset[Pos]  # squares that beeped for this team in discovery
    walk: tuple[Pos, ...]  # where the walker on turn has been this turn
    legal_next: tuple[Pos, ...]  # where the walker on turn may step now


@record(frozen=True)
class LedgerLine:
    what: str  # "talking", "rule break", "repeat beep", "execution error"
    player: str
    phase: str
    elapsed: float  # phase-clock seconds when it happened
    seconds: float


def answer_key(run: TeamRun, team_log: Sequence[Event]) -> AnswerKey:
    rules, grid = run.level.rules, run.level.grid
    route = tuple(grid.safe_route(rules.entry, rules.diagonal) or ())
    return AnswerKey(
        route=route,
        other_safe=frozenset(grid.safe) - frozenset(route),
        known_safe=known_safe(team_log),
        known_beeps=frozenset(run.beeps),
        walk=tuple(run.path),
        legal_next=tuple(legal_next(run)),
    )


def known_safe(team_log: Iterable[Event]) -> frozenset[Pos]:
    """Safe squares the team has seen in discovery: every square a walker stood on without a beep."""
    found: set[Pos] = set()
    for e in team_log:
        if e["type"] in (EventType.STEP, EventType.RETRACE_STEP) and e.get("phase", Phase.DISCOVERY) == Phase.DISCOVERY:
            found.add(Pos(e["row"], e["col"]))
    return frozenset(found)


def legal_next(run: TeamRun) -> list[Pos]:
    """The places the walker on turn may step to now (squares, or a place just off the grid)."""
    if run.phase not in WALKING_PHASES or run.paused:
        return []
    if run.phase is Phase.DISCOVERY and (run.discovery_over or run.time_up):
        return []
    if run.phase is Phase.EXECUTION and run.execution_done:
        return []
    grid, rules = run.level.grid, run.level.rules
    here = run.position
    if here is None:
        return grid.edge(rules.entry)
    around = [Pos(here.row + dr, here.col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]
    if run.retrace_route is not None:
        if run.retrace_route:
            return [run.retrace_route[0]]
        return [p for p in around if grid.is_beyond(p, rules.entry) and is_neighbour(here, p, rules.diagonal)]
    off = [p for p in around if grid.is_beyond(p, rules.exit) and is_neighbour(here, p, rules.diagonal)]
    return grid.neighbours(here, rules.diagonal) + off


PENALTY_WORDS: dict[str, str] = {PenaltyKind.TALK: "talking", PenaltyKind.RULE: "rule break"}


def penalty_ledger(run: TeamRun, team_log: Iterable[Event]) -> list[LedgerLine]:
    """Every second added to the team's score, and why, in the order it happened."""
    lines: list[LedgerLine] = []
    for e in team_log:
        seconds = float(e.get("seconds") or 0)
        if e["type"] == EventType.PENALTY:
            what = PENALTY_WORDS.get(str(e.get("kind")), str(e.get("kind")))
        elif e["type"] == EventType.BEEP and seconds > 0:
            what = "execution error" if e.get("phase") == Phase.EXECUTION else "repeat beep"
        else:
            continue
        player = e.get("player")
        name = run.players[player % len(run.players)] if isinstance(player, int) and run.players else ""
        lines.append(LedgerLine(what, name, str(e.get("phase", "")), float(e.get("elapsed") or 0), seconds))
    return lines
