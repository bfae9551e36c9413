"""Events: plain JSON-ready records of what happened. The journal is a list of them.

Every event has `type`, `t` (session seconds) and `cmd` (the id of the command that caused it);
team events have `team` (index). Positions are stored as `row` and `col`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Any

Event = dict[str, Any]

JOURNAL_VERSION = 1


class EventType(StrEnum):
    WORKSHOP_STARTED = "workshop_started"
    TEAM_STARTED = "team_started"
    PHASE_CHANGED = "phase_changed"
    STEP = "step"
    BEEP = "beep"
    RETRACE = "retrace"
    RETRACE_STEP = "retrace_step"
    RULE_BREAK = "rule_break"
    TURN_PASSED = "turn_passed"
    ROUTE_FOUND = "route_found"
    TIME_UP = "time_up"
    TIME_EXTENDED = "time_extended"
    DISCOVERY_ENDED = "discovery_ended"
    PENALTY = "penalty"
    PAUSED = "paused"
    RESUMED = "resumed"
    UNDONE = "undone"
    PREDICTION = "prediction"
    PLAYER_FINISHED = "player_finished"
    EXECUTION_FINISHED = "execution_finished"
    TEAM_FINISHED = "team_finished"
    ROUND_STARTED = "round_started"  # execution: the team walks the route again (execution_rounds)
    SENT_BACK = "sent_back"  # execution_error back_to_start: the walkers leave the maze along `route`
    ORDER_SET = "order_set"  # the team set its walking order during strategy (`order`: player indices)
    MEETING_OPENED = "meeting_opened"  # discovery: the team may talk until it closes
    MEETING_CLOSED = "meeting_closed"  # `used`: meeting seconds used so far in all; `reason`: key or time
    BUDGET_SPENT = "budget_spent"  # the team's penalty seconds went over budget_seconds: its game ends
    WORKSHOP_FINISHED = "workshop_finished"


class BeepKind(StrEnum):
    NEW = "new"
    REPEAT = "repeat"
    ERROR = "error"


# Events that only a Step or a Penalty command causes: Undo takes back the command behind the
# latest of them, with everything else that command caused (a beep and its turn pass, an exit and
# the end of discovery). Phase changes, pauses and time extensions are not undone.
UNDOABLE = frozenset(
    {
        EventType.STEP,
        EventType.BEEP,
        EventType.RETRACE,
        EventType.RETRACE_STEP,
        EventType.RULE_BREAK,
        EventType.PENALTY,
        EventType.TURN_PASSED,
        EventType.ROUTE_FOUND,
        EventType.PLAYER_FINISHED,
    }
)


def finished_teams(events: Iterable[Event]) -> list[list[Event]]:
    """Each finished team's events (in team order), from a whole journal: what the per-team exports are made of."""
    by_team: dict[int, list[Event]] = {}
    finished: set[int] = set()
    for e in events:
        if "team" in e and e["type"] != EventType.WORKSHOP_STARTED:
            by_team.setdefault(e["team"], []).append(e)
            if e["type"] == EventType.TEAM_FINISHED:
                finished.add(e["team"])
    return [by_team[team] for team in sorted(finished)]


def effective_events(events: Iterable[Event]) -> Iterator[Event]:
    """The events that still count: drops `undone` records and everything their target command caused."""
    events = list(events)
    undone = {e["target"] for e in events if e["type"] == EventType.UNDONE}
    if not undone:
        yield from events
        return
    for event in events:
        if event["type"] != EventType.UNDONE and event.get("cmd") not in undone:
            yield event
