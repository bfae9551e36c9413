"""Discovery: stepping, beeping, going back along the route, turns passing, and the time limit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from maze.core import event_makers as make
from maze.core.commands import IllegalCommand
from maze.core.events import BeepKind, BreakReason, Event
from maze.core.grid import Pos, is_neighbour
from maze.core.level import Retrace
from maze.core.moves import Target, step_fields, walk_target
from maze.core.prices import beep_seconds
from maze.core.team import Phase, TeamRun

if TYPE_CHECKING:
    from maze.core.workshop import Workshop


def discovery_ended(ws: Workshop, run: TeamRun, t: float, found: bool) -> Event:
    return make.discovery_ended(ws.stamp(t), found=found, revealed=not found, elapsed=round(run.clock.elapsed(t), 4))


def discovery_step(ws: Workshop, run: TeamRun, target: Pos, t: float) -> list[Event]:
    if run.discovery_over:
        raise IllegalCommand("discovery is over")
    if run.time_up:
        raise IllegalCommand("time is up: extend the time or end discovery")
    limit_hit = time_up_events(ws, run, t)
    if limit_hit:
        return limit_hit
    if run.retrace_route is not None:
        return retrace_step(ws, run, target, t)
    kind = walk_target(run, target)
    elapsed = round(run.clock.elapsed(t), 4)
    walk = step_fields(run, target, elapsed)
    if kind is Target.EXIT:
        found = make.route_found(ws.stamp(t), player=run.player, elapsed=elapsed)
        return [found, discovery_ended(ws, run, t, found=True)]
    if run.level.grid.is_safe(target):
        return [make.step(ws.stamp(t), walk)]
    beep_kind = BeepKind.REPEAT if run.beeps.get(target, 0) > 0 else BeepKind.NEW
    seconds = beep_seconds(run.level.rules, beep_kind)
    beep = make.beep(ws.stamp(t), walk, kind=beep_kind, seconds=seconds)
    if run.level.rules.retrace is Retrace.MANUAL:
        return [beep]
    route = [[p.row, p.col] for p in reversed(run.path)]
    return [beep, make.retrace(ws.stamp(t), player=run.player, route=route), turn_passed(ws, run, t)]


def retrace_step(ws: Workshop, run: TeamRun, target: Pos, t: float) -> list[Event]:
    if run.retrace_route is None or run.position is None:
        raise IllegalCommand("nobody is walking back along the route")
    rules = run.level.rules
    if run.retrace_route:
        if target == run.retrace_route[0]:
            return [make.retrace_step(ws.stamp(t), player=run.player, row=target.row, col=target.col)]
    elif run.level.grid.is_beyond(target, rules.entry) and is_neighbour(run.position, target, rules.diagonal):
        return [turn_passed(ws, run, t)]
    return [
        make.rule_break(
            ws.stamp(t),
            player=run.player,
            reason=BreakReason.LEFT_ROUTE_BACK,
            seconds=rules.rule_break_seconds,
            phase=run.phase,
            row=target.row,
            col=target.col,
            elapsed=round(run.clock.elapsed(t), 4),
        )
    ]


def turn_passed(ws: Workshop, run: TeamRun, t: float) -> Event:
    return make.turn_passed(ws.stamp(t), player=run.after(run.player), turn=run.turn + 1)


def time_up_events(ws: Workshop, run: TeamRun, t: float) -> list[Event]:
    if run.phase is not Phase.DISCOVERY or run.discovery_over or run.time_up or run.time_limit <= 0:
        return []
    if run.paused or run.clock.elapsed(t) < run.time_limit:
        return []
    return [make.time_up(ws.stamp(t), elapsed=run.time_limit)]
