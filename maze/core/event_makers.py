"""One constructor per event type: the only way the core makes an event.

Each takes the `Stamp` every event carries (time, command, number, team; `Workshop.stamp` hands out
the next one) and the event's own fields as typed keyword arguments, and returns a JSON-ready `Event`.
Field names and types are checked by mypy against `maze.core.events.Event`.
"""

from __future__ import annotations

from typing import Any

from maze.core.commands import PenaltyKind
from maze.core.events import (
    JOURNAL_VERSION,
    BeepKind,
    BreakReason,
    Event,
    EventType,
    MeetingEnd,
    Phase,
    PlanRecord,
    TeamRecord,
)
from maze.core.records import record


@record(frozen=True)
class Stamp:
    """What every event carries besides its type: made by `Workshop.stamp` for each event in turn."""

    t: float
    cmd: int
    seq: int
    team: int | None  # None before the first team starts


def _event(at: Stamp, kind: EventType) -> Event:
    event: Event = {"type": kind, "t": at.t, "cmd": at.cmd, "seq": at.seq}
    if at.team is not None:
        event["team"] = at.team
    return event


@record(frozen=True)
class Walk:
    """What a step or a beep onto a square records: who, where, which step of the walk, when, in which phase."""

    player: int
    row: int
    col: int
    step: int
    elapsed: float
    phase: Phase


def _walked(event: Event, walk: Walk) -> Event:
    event.update(
        {
            "player": walk.player,
            "row": walk.row,
            "col": walk.col,
            "step": walk.step,
            "elapsed": walk.elapsed,
            "phase": walk.phase,
        }
    )
    return event


def workshop_started(
    at: Stamp,
    *,
    teams: list[TeamRecord],
    plans: list[PlanRecord],
    strategy_seconds: float,
    about: dict[str, Any] | None = None,
    started_at: str = "",
) -> Event:
    event = _event(at, EventType.WORKSHOP_STARTED)
    event.update({"version": JOURNAL_VERSION, "teams": teams, "strategy_seconds": strategy_seconds, "plans": plans})
    if about:
        event["about"] = about
    if started_at:
        event["started_at"] = started_at
    return event


def workshop_finished(at: Stamp, *, finished_at: str = "") -> Event:
    event = _event(at, EventType.WORKSHOP_FINISHED)
    if finished_at:
        event["finished_at"] = finished_at
    return event


def team_started(at: Stamp, *, team: int, name: str, players: list[str], level: dict[str, Any], variant: str) -> Event:
    event = _event(at, EventType.TEAM_STARTED)
    event.update({"name": name, "players": players, "level": level, "variant": variant, "team": team})
    return event


def team_finished(at: Stamp) -> Event:
    return _event(at, EventType.TEAM_FINISHED)


def phase_changed(at: Stamp, *, phase: Phase) -> Event:
    event = _event(at, EventType.PHASE_CHANGED)
    event.update({"phase": phase})
    return event


def step(at: Stamp, walk: Walk, *, round: int | None = None) -> Event:
    event = _walked(_event(at, EventType.STEP), walk)
    if round is not None:
        event["round"] = round
    return event


def beep(at: Stamp, walk: Walk, *, kind: BeepKind, seconds: float, round: int | None = None) -> Event:
    event = _event(at, EventType.BEEP)
    event.update({"kind": kind, "seconds": seconds})
    _walked(event, walk)
    if round is not None:
        event["round"] = round
    return event


def retrace(at: Stamp, *, player: int, route: list[list[int]]) -> Event:
    event = _event(at, EventType.RETRACE)
    event.update({"player": player, "route": route})
    return event


def retrace_step(at: Stamp, *, player: int, row: int, col: int) -> Event:
    event = _event(at, EventType.RETRACE_STEP)
    event.update({"player": player, "row": row, "col": col})
    return event


def rule_break(
    at: Stamp, *, player: int, reason: BreakReason, seconds: float, phase: Phase, row: int, col: int, elapsed: float
) -> Event:
    event = _event(at, EventType.RULE_BREAK)
    event.update(
        {
            "player": player,
            "reason": reason,
            "kind": PenaltyKind.RULE,
            "seconds": seconds,
            "phase": phase,
            "row": row,
            "col": col,
            "elapsed": elapsed,
        }
    )
    return event


def turn_passed(at: Stamp, *, player: int, turn: int) -> Event:
    event = _event(at, EventType.TURN_PASSED)
    event.update({"player": player, "turn": turn})
    return event


def route_found(at: Stamp, *, player: int, elapsed: float) -> Event:
    event = _event(at, EventType.ROUTE_FOUND)
    event.update({"player": player, "elapsed": elapsed})
    return event


def time_up(at: Stamp, *, elapsed: float) -> Event:
    event = _event(at, EventType.TIME_UP)
    event.update({"elapsed": elapsed})
    return event


def time_extended(at: Stamp, *, minutes: float) -> Event:
    event = _event(at, EventType.TIME_EXTENDED)
    event.update({"minutes": minutes})
    return event


def discovery_ended(at: Stamp, *, found: bool, revealed: bool, elapsed: float) -> Event:
    event = _event(at, EventType.DISCOVERY_ENDED)
    event.update({"found": found, "revealed": revealed, "elapsed": elapsed})
    return event


def penalty(at: Stamp, *, kind: PenaltyKind, seconds: float, player: int, elapsed: float, phase: Phase) -> Event:
    event = _event(at, EventType.PENALTY)
    event.update({"kind": kind, "seconds": seconds, "player": player, "elapsed": elapsed, "phase": phase})
    return event


def paused(at: Stamp) -> Event:
    return _event(at, EventType.PAUSED)


def resumed(at: Stamp) -> Event:
    return _event(at, EventType.RESUMED)


def undone(at: Stamp, *, target: int) -> Event:
    event = _event(at, EventType.UNDONE)
    event.update({"target": target})
    return event


def prediction(at: Stamp, *, seconds: float, round: int) -> Event:
    event = _event(at, EventType.PREDICTION)
    event.update({"seconds": seconds, "round": round})
    return event


def player_finished(at: Stamp, *, player: int, next_player: int, elapsed: float, round: int) -> Event:
    event = _event(at, EventType.PLAYER_FINISHED)
    event.update({"player": player, "next_player": next_player, "elapsed": elapsed, "round": round})
    return event


def execution_finished(at: Stamp, *, elapsed: float, completed: bool, round: int) -> Event:
    event = _event(at, EventType.EXECUTION_FINISHED)
    event.update({"elapsed": elapsed, "completed": completed, "round": round})
    return event


def round_started(at: Stamp, *, round: int) -> Event:
    event = _event(at, EventType.ROUND_STARTED)
    event.update({"round": round})
    return event


def sent_back(at: Stamp, *, player: int, route: list[list[int]], round: int) -> Event:
    event = _event(at, EventType.SENT_BACK)
    event.update({"player": player, "route": route, "round": round})
    return event


def order_set(at: Stamp, *, order: list[int]) -> Event:
    event = _event(at, EventType.ORDER_SET)
    event.update({"order": order})
    return event


def meeting_opened(at: Stamp, *, left: float) -> Event:
    event = _event(at, EventType.MEETING_OPENED)
    event.update({"left": left})
    return event


def meeting_closed(at: Stamp, *, used: float, reason: MeetingEnd) -> Event:
    event = _event(at, EventType.MEETING_CLOSED)
    event.update({"used": used, "reason": reason})
    return event


def budget_spent(at: Stamp, *, spent: float, budget: float, phase: Phase) -> Event:
    event = _event(at, EventType.BUDGET_SPENT)
    event.update({"spent": spent, "budget": budget, "phase": phase})
    return event
