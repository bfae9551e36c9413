"""Execution as in the room: rounds (predict, walk, compare with the best), one walker or a snake,
and what an error does (seconds added, or the walkers sent back to the start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from maze.core.commands import IllegalCommand, Predict
from maze.core.events import BeepKind, Event, EventType
from maze.core.grid import Pos
from maze.core.level import ErrorRule
from maze.core.limits import PREDICTED_SECONDS
from maze.core.moves import step_fields, walk_target
from maze.core.prices import beep_seconds
from maze.core.team import Phase, TeamRun

if TYPE_CHECKING:
    from maze.core.workshop import Workshop


def execution_step(ws: Workshop, run: TeamRun, target: Pos, t: float) -> list[Event]:
    if run.execution_done:
        raise IllegalCommand("this round is over: Enter goes on")
    rules = run.level.rules
    kind = walk_target(run, target)
    elapsed = round(run.clock.elapsed(t), 4)
    if kind == "exit":
        nxt = run.place_of(run.player) + 1
        done = ws._event(
            EventType.PLAYER_FINISHED,
            t,
            player=run.player,
            next_player=run.after(run.player),
            elapsed=elapsed,
            round=run.round,
        )
        if nxt < len(run.players):
            return [done]
        return [done, ws._event(EventType.EXECUTION_FINISHED, t, elapsed=elapsed, completed=True, round=run.round)]
    where = {**step_fields(run, target, elapsed), "round": run.round}
    if run.level.grid.is_safe(target):
        return [ws._event(EventType.STEP, t, **where)]
    beep = ws._event(EventType.BEEP, t, kind=str(BeepKind.ERROR), seconds=beep_seconds(rules, BeepKind.ERROR), **where)
    if rules.execution_error is not ErrorRule.BACK_TO_START or not run.path:
        return [beep]
    route = [[p.row, p.col] for p in reversed(run.path)]
    return [beep, ws._event(EventType.SENT_BACK, t, player=run.player, route=route, round=run.round)]


def advance_execution(ws: Workshop, run: TeamRun, t: float) -> list[Event]:
    """Enter in execution: end the round where it stands, or start the next round, or go to the debrief."""
    if not run.execution_done:
        return [
            ws._event(EventType.EXECUTION_FINISHED, t, elapsed=run.clock.elapsed(t), completed=False, round=run.round)
        ]
    if run.round < run.level.rules.execution_rounds:
        return [ws._event(EventType.ROUND_STARTED, t, round=run.round + 1)]
    return [ws._event(EventType.PHASE_CHANGED, t, phase=str(Phase.DEBRIEF))]


def predict(ws: Workshop, cmd: Predict, t: float) -> list[Event]:
    run = ws._run()
    if run.phase is not Phase.EXECUTION or run.execution_started or run.execution_done:
        raise IllegalCommand("predict the time before the first step of a round")
    if not PREDICTED_SECONDS.allows(cmd.seconds):
        raise IllegalCommand(PREDICTED_SECONDS.fault(cmd.seconds))
    return [ws._event(EventType.PREDICTION, t, seconds=cmd.seconds, round=run.round)]
