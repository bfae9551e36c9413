"""Debrief statistics: pure functions of a team's events, never a second copy of the truth."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from maze.core.events import BeepKind, Event, EventType, effective_events


@dataclass(frozen=True)
class PlayerContribution:
    name: str
    turns: int = 0
    steps: int = 0
    beeps: int = 0
    new_beeps: int = 0


@dataclass(frozen=True)
class DiscoveryStats:
    seconds: float
    turns: int
    steps: int
    beeps: int
    new_beeps: int
    repeat_beeps: int
    found: bool
    revealed: bool
    time_to_route: float | None
    penalties: int
    penalty_seconds: float
    players: tuple[PlayerContribution, ...]
    learning_curve: tuple[tuple[float, int], ...]  # (seconds, squares known)
    beeps_per_square: dict[tuple[int, int], int] = field(hash=False)

    @property
    def share_new(self) -> float:
        return self.new_beeps / self.beeps if self.beeps else 0.0

    @property
    def new_beeps_per_minute(self) -> float:
        return self.new_beeps / (self.seconds / 60) if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class ExecutionStats:
    seconds: float
    errors: int
    error_seconds: float
    penalties: int
    penalty_seconds: float
    predicted: float | None
    completed: bool
    player_seconds: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class TeamStats:
    team: str
    players: tuple[str, ...]
    level: str
    variant: str
    discovery: DiscoveryStats
    execution: ExecutionStats

    @property
    def penalty_seconds(self) -> float:
        """Every second added to the team's time: repeat beeps, talking, rule breaks, execution errors."""
        return self.discovery.penalty_seconds + self.execution.penalty_seconds + self.execution.error_seconds

    @property
    def score_seconds(self) -> float:
        return self.execution.seconds + self.penalty_seconds


class _Tally:
    """Accumulates one phase's figures as the events go by."""

    def __init__(self, players: Sequence[str]) -> None:
        self.players = [dict(turns=0, steps=0, beeps=0, new_beeps=0) for _ in players]
        self.seconds = 0.0
        self.steps = self.beeps = self.new = self.repeat = 0
        self.penalties = 0
        self.penalty_seconds = 0.0
        self.error_seconds = 0.0
        self.known: set[tuple[int, int]] = set()
        self.curve: list[tuple[float, int]] = [(0.0, 0)]
        self.per_square: dict[tuple[int, int], int] = {}
        self.turn_open = False


def team_stats(events: Iterable[Event]) -> TeamStats:
    """Every debrief figure for one team, from its events (undone commands are left out)."""
    events = list(effective_events(events))
    start = next(e for e in events if e["type"] == EventType.TEAM_STARTED)
    players: list[str] = list(start["players"])
    disc, exe = _Tally(players), _Tally(players)
    found = revealed = False
    time_to_route: float | None = None
    predicted: float | None = None
    completed = False
    finishes: list[tuple[int, float]] = []
    for e in events:
        kind = e["type"]
        phase = e.get("phase")
        tally = exe if phase == "execution" else disc
        if kind == EventType.STEP or kind == EventType.BEEP:
            tally.steps += 1
            who = tally.players[e["player"]]
            who["steps"] += 1
            if e["step"] == 1:
                who["turns"] += 1
            square = (e["row"], e["col"])
            if kind == EventType.BEEP:
                tally.beeps += 1
                who["beeps"] += 1
                if phase == "execution":
                    tally.error_seconds += e["seconds"]
                else:
                    tally.penalty_seconds += e["seconds"]  # the level's repeat-beep penalty, if any
                    tally.per_square[square] = tally.per_square.get(square, 0) + 1
                    if e["kind"] == BeepKind.NEW:
                        tally.new += 1
                        who["new_beeps"] += 1
                    else:
                        tally.repeat += 1
            if phase != "execution" and square not in tally.known:
                tally.known.add(square)
                tally.curve.append((e["elapsed"], len(tally.known)))
        elif kind == EventType.PENALTY or kind == EventType.RULE_BREAK:
            target = exe if phase == "execution" else disc
            target.penalties += 1
            target.penalty_seconds += e["seconds"]
        elif kind == EventType.ROUTE_FOUND:
            time_to_route = e["elapsed"]
        elif kind == EventType.DISCOVERY_ENDED:
            found, revealed, disc.seconds = e["found"], e["revealed"], e["elapsed"]
        elif kind == EventType.PREDICTION:
            predicted = e["seconds"]
        elif kind == EventType.PLAYER_FINISHED:
            finishes.append((e["player"], e["elapsed"]))
        elif kind == EventType.EXECUTION_FINISHED:
            exe.seconds, completed = e["elapsed"], e["completed"]
    previous = 0.0
    player_seconds = []
    for index, at in finishes:
        player_seconds.append((players[index], round(at - previous, 3)))
        previous = at
    discovery = DiscoveryStats(
        seconds=disc.seconds, turns=sum(p["turns"] for p in disc.players), steps=disc.steps,
        beeps=disc.beeps, new_beeps=disc.new, repeat_beeps=disc.repeat, found=found, revealed=revealed,
        time_to_route=time_to_route, penalties=disc.penalties, penalty_seconds=disc.penalty_seconds,
        players=tuple(PlayerContribution(name, **c) for name, c in zip(players, disc.players)),
        learning_curve=tuple(disc.curve), beeps_per_square=disc.per_square,
    )
    execution = ExecutionStats(
        seconds=exe.seconds, errors=exe.beeps, error_seconds=exe.error_seconds,
        penalties=exe.penalties, penalty_seconds=exe.penalty_seconds, predicted=predicted,
        completed=completed, player_seconds=tuple(player_seconds),
    )
    return TeamStats(team=start["name"], players=tuple(players), level=start["level"]["name"],
                     variant=start.get("variant", "same"), discovery=discovery, execution=execution)
