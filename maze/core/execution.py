"""Execution as in the room: rounds (predict, walk, compare with the best), one walker or a snake,
and what an error does (seconds added, or the walkers sent back to the start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from maze.core import event_makers as make
from maze.core.commands import IllegalCommand, Predict
from maze.core.events import BeepKind, Event, Phase
from maze.core.grid import Pos
from maze.core.level import ErrorRule
from maze.core.limits import PREDICTED_SECONDS
from maze.core.moves import Target, step_fields, walk_target
from maze.core.prices import beep_seconds
from maze.core.team import TeamRun

if TYPE_CHECKING:
    from maze.core.workshop import Workshop


def execution_step(ws: Workshop, run: TeamRun, target: Pos, t: float) -> list[Event]:
    if run.execution_done:
        raise IllegalCommand("this round is over: Enter goes on")
    rules = run.level.rules
    kind = walk_target(run, target)
    elapsed = round(run.clock.elapsed(t), 4)
    if kind is Target.EXIT:
        nxt = run.place_of(run.player) + 1
        done = make.player_finished(
            ws.stamp(t),
            player=run.player,
            next_player=run.after(run.player),
            elapsed=elapsed,
            round=run.round,
        )
        if nxt < len(run.players):
            return [done]
        return [done, make.execution_finished(ws.stamp(t), elapsed=elapsed, completed=True, round=run.round)]
    walk = step_fields(run, target, elapsed)
    if run.level.grid.is_safe(target):
        return [make.step(ws.stamp(t), walk, round=run.round)]
    seconds = beep_seconds(rules, BeepKind.ERROR)
    beep = make.beep(ws.stamp(t), walk, kind=BeepKind.ERROR, seconds=seconds, round=run.round)
    if rules.execution_error is not ErrorRule.BACK_TO_START or not run.path:
        return [beep]
    route = [[p.row, p.col] for p in reversed(run.path)]
    return [beep, make.sent_back(ws.stamp(t), player=run.player, route=route, round=run.round)]


def advance_execution(ws: Workshop, run: TeamRun, t: float) -> list[Event]:
    """Enter in execution: end the round where it stands, or start the next round, or go to the debrief."""
    if not run.execution_done:
        return [make.execution_finished(ws.stamp(t), elapsed=run.clock.elapsed(t), completed=False, round=run.round)]
    if run.round < run.level.rules.execution_rounds:
        return [make.round_started(ws.stamp(t), round=run.round + 1)]
    return [make.phase_changed(ws.stamp(t), phase=Phase.DEBRIEF)]


def predict(ws: Workshop, cmd: Predict, t: float) -> list[Event]:
    run = ws._run()
    if run.phase is not Phase.EXECUTION or run.execution_started or run.execution_done:
        raise IllegalCommand("predict the time before the first step of a round")
    if not PREDICTED_SECONDS.allows(cmd.seconds):
        raise IllegalCommand(PREDICTED_SECONDS.fault(cmd.seconds))
    return [make.prediction(ws.stamp(t), seconds=cmd.seconds, round=run.round)]
