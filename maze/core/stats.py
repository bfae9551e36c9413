"""Debrief statistics: pure functions of a team's events, never a second copy of the truth."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import field
from enum import StrEnum

from maze.core.events import BeepKind, Event, EventType, Phase, Symmetry, effective_events
from maze.core.insights import TeamInsights, team_insights
from maze.core.records import record
from maze.core.rounds import best_round_execution, split_times


@record(frozen=True)
class PlayerContribution:
    name: str
    turns: int = 0
    steps: int = 0
    beeps: int = 0
    new_beeps: int = 0


@record(frozen=True)
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


@record(frozen=True)
class ExecutionStats:
    seconds: float
    errors: int
    error_seconds: float
    penalties: int
    penalty_seconds: float
    predicted: float | None
    completed: bool
    player_seconds: tuple[tuple[str, float], ...]
    rounds: int = 1  # execution rounds played; the figures above are the best round's


@record(frozen=True)
class TeamStats:
    team: str
    players: tuple[str, ...]
    level: str
    variant: str
    discovery: DiscoveryStats
    execution: ExecutionStats
    insights: TeamInsights

    @property
    def outcome(self) -> Outcome:
        return outcome_of(self)

    @property
    def penalty_seconds(self) -> float:
        """Every second added to the team's time: repeat beeps, talking, rule breaks, execution errors."""
        return self.discovery.penalty_seconds + self.execution.penalty_seconds + self.execution.error_seconds

    @property
    def score_seconds(self) -> float:
        return self.execution.seconds + self.penalty_seconds


# the members' plain strings: a hot loop
STEP, BEEP = EventType.STEP.value, EventType.BEEP.value
PENALTY, RULE_BREAK = EventType.PENALTY.value, EventType.RULE_BREAK.value
NEW, EXECUTION = BeepKind.NEW.value, Phase.EXECUTION.value


def team_stats(events: Iterable[Event], already_effective: bool = False) -> TeamStats:
    """Every debrief figure for one team, from its events. Undone commands are left out (the workshop's
    own team log has them out already: `already_effective` spares filtering it again).

    One pass with local counters: it runs for every team when a long journal is rebuilt.
    """
    events = events if already_effective else list(effective_events(events))
    start = next(e for e in events if e["type"] == EventType.TEAM_STARTED)
    players: list[str] = list(start["players"])
    count = len(players)
    # per player, discovery only: turns, steps, beeps, new beeps
    turns, steps, beeps, new_beeps = [0] * count, [0] * count, [0] * count, [0] * count
    d_steps = d_beeps = d_new = d_repeat = d_penalties = 0
    d_penalty_seconds = 0.0
    e_steps = e_beeps = e_penalties = 0
    e_penalty_seconds = e_error_seconds = 0.0
    known: set[tuple[int, int]] = set()
    curve: list[tuple[float, int]] = [(0.0, 0)]
    per_square: dict[tuple[int, int], int] = {}
    d_seconds = e_seconds = 0.0
    found = revealed = completed = False
    time_to_route: float | None = None
    predicted: float | None = None
    finishes: list[tuple[int, float]] = []
    for e in events:
        kind = e["type"]
        if kind == STEP or kind == BEEP:
            if e["phase"] == EXECUTION:
                e_steps += 1
                if kind == BEEP:
                    e_beeps += 1
                    e_error_seconds += e["seconds"]
                continue
            d_steps += 1
            who = e["player"]
            steps[who] += 1
            if e["step"] == 1:
                turns[who] += 1
            square = (e["row"], e["col"])
            if kind == BEEP:
                d_beeps += 1
                beeps[who] += 1
                d_penalty_seconds += e["seconds"]  # the level's repeat-beep penalty, if any
                per_square[square] = per_square.get(square, 0) + 1
                if e["kind"] == NEW:
                    d_new += 1
                    new_beeps[who] += 1
                else:
                    d_repeat += 1
            if square not in known:
                known.add(square)
                curve.append((e["elapsed"], len(known)))
        elif kind == PENALTY or kind == RULE_BREAK:
            if e.get("phase") == EXECUTION:
                e_penalties += 1
                e_penalty_seconds += e["seconds"]
            else:
                d_penalties += 1
                d_penalty_seconds += e["seconds"]
        elif kind == EventType.ROUTE_FOUND:
            time_to_route = e["elapsed"]
        elif kind == EventType.DISCOVERY_ENDED:
            found, revealed, d_seconds = e["found"], e["revealed"], e["elapsed"]
        elif kind == EventType.PREDICTION:
            predicted = e["seconds"]
        elif kind == EventType.PLAYER_FINISHED:
            finishes.append((e["player"], e["elapsed"]))
        elif kind == EventType.EXECUTION_FINISHED:
            e_seconds, completed = e["elapsed"], e["completed"]
    discovery = DiscoveryStats(
        seconds=d_seconds,
        turns=sum(turns),
        steps=d_steps,
        beeps=d_beeps,
        new_beeps=d_new,
        repeat_beeps=d_repeat,
        found=found,
        revealed=revealed,
        time_to_route=time_to_route,
        penalties=d_penalties,
        penalty_seconds=d_penalty_seconds,
        players=tuple(
            PlayerContribution(name, turns[i], steps[i], beeps[i], new_beeps[i]) for i, name in enumerate(players)
        ),
        learning_curve=tuple(curve),
        beeps_per_square=per_square,
    )
    execution = ExecutionStats(
        seconds=e_seconds,
        errors=e_beeps,
        error_seconds=e_error_seconds,
        penalties=e_penalties,
        penalty_seconds=e_penalty_seconds,
        predicted=predicted,
        completed=completed,
        player_seconds=split_times(finishes, players),
    )
    execution = best_round_execution(events, execution)  # several execution rounds: the best one counts
    return TeamStats(
        team=start["name"],
        players=tuple(players),
        level=start["level"]["name"],
        variant=start.get("variant", Symmetry.SAME),
        discovery=discovery,
        execution=execution,
        insights=team_insights(events, already_effective=True),
    )


class Outcome(StrEnum):
    """How a team's run ended, said plainly: only a team that found the route and got everyone across is
    "All across"; the others are never ranked above it in any lens."""

    ALL_ACROSS = "All across"
    NOT_ACROSS = "Not all across"
    REVEALED = "Route revealed"
    SKIPPED = "Skipped discovery"

    @property
    def finished(self) -> bool:
        return self is Outcome.ALL_ACROSS


def outcome_of(stats: TeamStats) -> Outcome:
    d, e = stats.discovery, stats.execution
    if not d.found:
        return Outcome.SKIPPED if d.steps == 0 else Outcome.REVEALED
    return Outcome.ALL_ACROSS if e.completed else Outcome.NOT_ACROSS


class Lens(StrEnum):
    """Three ways to rank the same teams (the workshop debrief's point: they disagree)."""

    FAILURES = "failures"  # what a manager counting beeps sees: fewest failures on record first
    LEARNING = "learning"  # how fast failures became knowledge: time to the route, new beeps a minute, repeats
    EXECUTION = "execution"  # the score with every penalty in, then how close the prediction was


def lens_key(stats: TeamStats, lens: Lens) -> tuple[float, ...]:
    """The sort key of a team under a lens; equal keys are a tie. Unfinished teams always sort last."""
    ins = stats.insights
    tier = 0.0 if stats.outcome.finished else 1.0
    if lens is Lens.FAILURES:
        return (tier, ins.failures_on_record)
    if lens is Lens.LEARNING:
        minutes = ins.minutes_to_route if ins.minutes_to_route is not None else float("inf")
        return (tier, round(minutes, 2), -round(ins.new_beeps_per_minute, 2), stats.discovery.repeat_beeps)
    rounds = [r for r in ins.rounds if r.difference is not None]
    miss = abs(rounds[-1].difference or 0.0) if rounds else float("inf")
    stopped = 0.0 if stats.execution.completed else 1.0  # a stopped execution's short time is no achievement
    return (tier, stopped, round(stats.score_seconds, 1), round(miss, 1))


@record(frozen=True)
class RankedTeam:
    rank: int  # 1 = first; tied teams share a rank (1, 1, 3)
    stats: TeamStats


def ranking(summaries: Sequence[TeamStats], lens: Lens) -> list[RankedTeam]:
    """The teams in the lens's order, each with its rank; ties share the better rank (1, 1, 3)."""
    order = sorted(summaries, key=lambda s: lens_key(s, lens))
    out: list[RankedTeam] = []
    for position, stats in enumerate(order):
        if out and lens_key(out[-1].stats, lens) == lens_key(stats, lens):
            out.append(RankedTeam(out[-1].rank, stats))
        else:
            out.append(RankedTeam(position + 1, stats))
    return out


def ranks(summaries: Sequence[TeamStats], lens: Lens) -> list[int]:
    """Each team's rank under a lens, in the order the teams were given."""
    by_id = {id(r.stats): r.rank for r in ranking(summaries, lens)}
    return [by_id[id(s)] for s in summaries]


def ranked(summaries: Sequence[TeamStats], lens: Lens) -> list[TeamStats]:
    return [r.stats for r in ranking(summaries, lens)]
