"""What each command causes: one decider per command, which checks it against the rules and returns its events.

`Workshop.handle` finds the decider in DECIDERS and applies the events it returns; a decider changes nothing
itself. The phases' own deciders live beside their rules (discovery.py, execution.py, meeting.py, rotation.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from maze.core import event_makers as make
from maze.core.commands import (
    Advance,
    ExtendTime,
    IllegalCommand,
    Meeting,
    Pause,
    Penalty,
    PenaltyKind,
    Predict,
    Resume,
    SetOrder,
    StartWorkshop,
    Step,
    TeamPlan,
    TeamSpec,
    Tick,
    Undo,
)
from maze.core.discovery import discovery_ended, discovery_step, time_up_events
from maze.core.events import Event, PlanRecord, TeamRecord
from maze.core.execution import advance_execution, execution_step, predict
from maze.core.grid import Pos
from maze.core.level import route_problem
from maze.core.limits import EXTEND_MINUTES
from maze.core.meeting import meeting, meeting_time_out
from maze.core.prices import penalty_seconds, with_budget
from maze.core.roster import teams_problem
from maze.core.rotation import set_order
from maze.core.team import PHASE_ORDER, Phase

if TYPE_CHECKING:
    from maze.core.workshop import Workshop


def plans_problem(teams: tuple[TeamSpec, ...], plans: tuple[TeamPlan, ...]) -> str:
    """Why these mazes cannot be played ("" when they can): a team's maze with no route under its rules."""
    checked: dict[tuple[object, ...], str] = {}
    for team, plan in zip(teams, plans, strict=False):
        key = (plan.level.grid, plan.level.rules)
        if key not in checked:
            checked[key] = route_problem(plan.level)
        if checked[key]:
            return f"{team.name}: {checked[key]}; change the maze or its rules"
    return ""


def _start_workshop(ws: Workshop, cmd: StartWorkshop, t: float) -> list[Event]:
    if ws.started:
        raise IllegalCommand("the workshop has already started")
    problem = teams_problem(cmd.teams)
    if problem:
        raise IllegalCommand(problem)
    if len(cmd.plans) != len(cmd.teams):
        raise IllegalCommand("every team needs a maze")
    problem = plans_problem(cmd.teams, cmd.plans)
    if problem:
        raise IllegalCommand(problem)
    teams: list[TeamRecord] = [{"name": team.name, "players": list(team.players)} for team in cmd.teams]
    plans: list[PlanRecord] = [{"level": p.level.to_dict(), "variant": p.variant} for p in cmd.plans]
    started = make.workshop_started(
        ws.stamp(t),
        teams=teams,
        strategy_seconds=cmd.strategy_seconds,
        plans=plans,
        about=cmd.about,
        started_at=cmd.wall_clock,
    )
    return [started, _team_started(ws, 0, cmd.teams[0], cmd.plans[0], t)]


def _team_started(ws: Workshop, index: int, team: TeamSpec, plan: TeamPlan, t: float) -> Event:
    return make.team_started(
        ws.stamp(t),
        team=index,
        name=team.name,
        players=list(team.players),
        level=plan.level.to_dict(),
        variant=plan.variant,
    )


def _advance(ws: Workshop, cmd: Advance, t: float) -> list[Event]:
    run = ws._run()
    if run.budget_spent and run.phase in (Phase.DISCOVERY, Phase.EXECUTION):
        ended = [discovery_ended(ws, run, t, found=False)] if not run.discovery_over else []
        return [*ended, make.phase_changed(ws.stamp(t), phase=Phase.DEBRIEF)]
    if run.phase is Phase.DISCOVERY and not run.discovery_over:
        return [discovery_ended(ws, run, t, found=False)]
    if run.phase is Phase.EXECUTION:
        return advance_execution(ws, run, t)
    if run.phase is Phase.DEBRIEF:
        finished = make.team_finished(ws.stamp(t))
        if run.index + 1 < len(ws.teams):
            index = run.index + 1
            return [finished, _team_started(ws, index, ws.teams[index], ws.plan(index), t)]
        return [finished, make.workshop_finished(ws.stamp(t), finished_at=cmd.wall_clock)]
    next_phase = PHASE_ORDER[PHASE_ORDER.index(run.phase) + 1]
    return [make.phase_changed(ws.stamp(t), phase=next_phase)]


def _step(ws: Workshop, cmd: Step, t: float) -> list[Event]:
    run = ws._run()
    if run.paused:
        raise IllegalCommand("paused: press Space to resume")
    if run.budget_spent:
        raise IllegalCommand("the penalty budget is spent: Enter goes to the team debrief")
    if run.meeting_from is not None:
        raise IllegalCommand("the team is meeting: O closes the meeting")
    if run.phase is Phase.DISCOVERY:
        return with_budget(ws, run, discovery_step(ws, run, Pos(*cmd.pos), t), t)
    if run.phase is Phase.EXECUTION:
        return with_budget(ws, run, execution_step(ws, run, Pos(*cmd.pos), t), t)
    raise IllegalCommand(f"no walking during {run.phase}")


def _penalty(ws: Workshop, cmd: Penalty, t: float) -> list[Event]:
    run = ws._run()
    if run.phase not in (Phase.STRATEGY, Phase.DISCOVERY, Phase.EXECUTION):
        raise IllegalCommand(f"no penalties during {run.phase}")
    if cmd.kind is PenaltyKind.TALK and ws.can_talk:
        raise IllegalCommand(f"talking is allowed during {run.phase}: no talking penalty")
    if run.budget_spent:
        raise IllegalCommand("the penalty budget is already spent")
    penalty = make.penalty(
        ws.stamp(t),
        kind=cmd.kind,
        seconds=penalty_seconds(run.level.rules, cmd.kind),
        player=run.player,
        elapsed=round(run.clock.elapsed(t), 4),
        phase=run.phase,
    )
    return with_budget(ws, run, [penalty], t)


def _pause(ws: Workshop, cmd: Pause, t: float) -> list[Event]:
    run = ws._run()
    if run.paused:
        return []
    return [make.paused(ws.stamp(t))]


def _resume(ws: Workshop, cmd: Resume, t: float) -> list[Event]:
    run = ws._run()
    if not run.paused:
        return []
    return [make.resumed(ws.stamp(t))]


def _undo(ws: Workshop, cmd: Undo, t: float) -> list[Event]:
    ws._run()
    target = ws._undo_target()
    if target is None:
        raise IllegalCommand("nothing to undo in this phase")
    return [make.undone(ws.stamp(t), target=target)]


def _extend(ws: Workshop, cmd: ExtendTime, t: float) -> list[Event]:
    run = ws._run()
    if run.phase is not Phase.DISCOVERY or run.discovery_over:
        raise IllegalCommand("only a running discovery can be extended")
    if not EXTEND_MINUTES.allows(cmd.minutes):
        raise IllegalCommand(EXTEND_MINUTES.fault(cmd.minutes))
    if run.time_limit <= 0:
        raise IllegalCommand("this discovery has no time limit")
    if not ws.can_extend:
        raise IllegalCommand("time can be extended once it is up")
    return [make.time_extended(ws.stamp(t), minutes=cmd.minutes)]


def _tick(ws: Workshop, cmd: Tick, t: float) -> list[Event]:
    if ws.current is None or ws.finished:
        return []
    return meeting_time_out(ws, ws.current, t) + time_up_events(ws, ws.current, t)


DECIDERS: dict[type, Callable[[Workshop, Any, float], list[Event]]] = {  # what each command causes
    StartWorkshop: _start_workshop,
    Advance: _advance,
    Step: _step,
    Penalty: _penalty,
    Pause: _pause,
    Resume: _resume,
    Undo: _undo,
    ExtendTime: _extend,
    Predict: predict,
    SetOrder: set_order,
    Meeting: meeting,
    Tick: _tick,
}
