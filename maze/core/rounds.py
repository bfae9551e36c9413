"""Execution rounds, from a team's events: each round's prediction, time, errors, and the best round.

As on the flip chart: rounds after the first are chances to improve; the best round is the team's result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field, replace
from typing import Any, TypeVar

from maze.core.events import Event, EventType, Phase, effective_events
from maze.core.records import record

Stats = TypeVar("Stats")


@record(frozen=True)
class RoundResult:
    round: int
    predicted: float | None
    seconds: float
    errors: int
    error_seconds: float
    penalties: int
    penalty_seconds: float
    completed: bool
    walkers: str
    error_rule: str
    player_seconds: tuple[tuple[str, float], ...] = field(default=())

    @property
    def score_seconds(self) -> float:
        return self.seconds + self.error_seconds + self.penalty_seconds


@record
class _Tally:
    round: int
    predicted: float | None = None
    seconds: float = 0.0
    errors: int = 0
    error_seconds: float = 0.0
    penalties: int = 0
    penalty_seconds: float = 0.0
    completed: bool = False
    over: bool = False  # its execution_finished has come
    finishes: list[tuple[int, float]] = field(default_factory=list)


def round_results(events: Iterable[Event], already_effective: bool = False) -> list[RoundResult]:
    """One result per execution round the team has begun (none before execution)."""
    events = events if already_effective else list(effective_events(events))
    players: list[str] = []
    rules: dict[str, Any] = {}
    tallies: list[_Tally] = []
    for e in events:
        kind = e["type"]
        if kind == EventType.TEAM_STARTED:
            players, rules = list(e["players"]), e["level"].get("rules", {})
        elif kind == EventType.PHASE_CHANGED:
            if e["phase"] == Phase.EXECUTION:
                tallies = [_Tally(1)]
        elif kind == EventType.ROUND_STARTED:
            tallies.append(_Tally(e["round"]))
        elif not tallies or tallies[-1].over:
            continue
        elif kind == EventType.PREDICTION:
            tallies[-1].predicted = e["seconds"]
        elif kind == EventType.BEEP and e.get("phase") == Phase.EXECUTION:
            tallies[-1].errors += 1
            tallies[-1].error_seconds += e["seconds"]
        elif kind in (EventType.PENALTY, EventType.RULE_BREAK) and e.get("phase") == Phase.EXECUTION:
            tallies[-1].penalties += 1
            tallies[-1].penalty_seconds += e["seconds"]
        elif kind == EventType.PLAYER_FINISHED:
            tallies[-1].finishes.append((e["player"], e["elapsed"]))
        elif kind == EventType.EXECUTION_FINISHED:
            tallies[-1].seconds, tallies[-1].completed = e["elapsed"], e["completed"]
            tallies[-1].over = True
    return [_result(tally, players, rules) for tally in tallies]


def split_times(finishes: Iterable[tuple[int, float]], players: list[str]) -> tuple[tuple[str, float], ...]:
    """Each walker's own seconds, from the moments they finished (player index, seconds since the walk began)."""
    previous, per_player = 0.0, []
    for index, at in finishes:
        per_player.append((players[index], round(at - previous, 3)))
        previous = at
    return tuple(per_player)


def _result(tally: _Tally, players: list[str], rules: dict[str, Any]) -> RoundResult:
    return RoundResult(
        round=tally.round,
        predicted=tally.predicted,
        seconds=tally.seconds,
        errors=tally.errors,
        error_seconds=tally.error_seconds,
        penalties=tally.penalties,
        penalty_seconds=tally.penalty_seconds,
        completed=tally.completed,
        walkers=str(rules.get("execution_walkers", "one")),
        error_rule=str(rules.get("execution_error", "penalty")),
        player_seconds=split_times(tally.finishes, players),
    )


def best_round(results: list[RoundResult]) -> RoundResult | None:
    """The completed round with the lowest time (errors and penalties included); else the last round."""
    completed = [r for r in results if r.completed]
    if completed:
        return min(completed, key=lambda r: (r.score_seconds, r.round))
    return results[-1] if results else None


def best_round_execution(events: Iterable[Event], whole: Stats) -> Stats:
    """The execution figures of the best round, in place of every round's together (one round: unchanged)."""
    results = round_results(events, already_effective=True)
    best = best_round(results)
    if len(results) <= 1 or best is None:
        return whole
    return replace(  # type: ignore[type-var]
        whole,
        seconds=best.seconds,
        errors=best.errors,
        error_seconds=best.error_seconds,
        penalties=best.penalties,
        penalty_seconds=best.penalty_seconds,
        predicted=best.predicted,
        completed=best.completed,
        player_seconds=best.player_seconds,
        rounds=len(results),
    )
