"""Events: JSON-ready records of what happened. The journal is a list of them.

Every event has `type`, `t` (session seconds) and `cmd` (the id of the command that caused it);
team events have `team` (index). Positions are stored as `row` and `col`.

An event is a plain dict at run time (so the journal is JSON Lines and old journals read as they
always did), typed as the `Event` TypedDict below: a field name that is not declared here fails type
checking, both where an event is made and where it is read. Events are made only by the constructors
in `maze.core.event_makers`, one per event type; `REQUIRED_FIELDS` says which fields each type always
carries, and the journal's line check (`maze.io.event_check`) is derived from it and from `Event`.

Fields whose value is a choice are StrEnums. A member equals (and hashes as) its string, so an event
read back from a journal, which holds the plain string, compares equal to one made live; compare with
`==` or use them as dict keys, never `is`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Any, Required, TypedDict

from maze.core.commands import PenaltyKind

JOURNAL_VERSION = 1  # unchanged since the first journal: every field added since is optional on reading


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


class Phase(StrEnum):
    BRIEFING = "briefing"
    STRATEGY = "strategy"
    DISCOVERY = "discovery"
    EXECUTION = "execution"
    DEBRIEF = "debrief"
    FINISHED = "finished"


class BeepKind(StrEnum):
    NEW = "new"
    REPEAT = "repeat"
    ERROR = "error"


class MeetingEnd(StrEnum):
    """Why a meeting closed (`reason` of meeting_closed)."""

    KEY = "key"  # the facilitator closed it
    TIME = "time"  # its minutes ran out


class BreakReason(StrEnum):
    """What rule a rule_break broke (its `reason`)."""

    LEFT_ROUTE_BACK = "left the route back"


class Symmetry(StrEnum):
    """A layout's symmetry, and the name of the variant it makes (a team plan's `variant`;
    past these, a variant is "generated N": a new maze from seed N, see maze.core.variants)."""

    SAME = "same"
    MIRRORED = "mirrored"  # left and right swapped
    FLIPPED = "flipped"  # top and bottom swapped
    TURNED = "turned"  # turned half round


class TeamRecord(TypedDict):
    """A team as workshop_started records it."""

    name: str
    players: list[str]


class PlanRecord(TypedDict):
    """A team's maze as workshop_started records it: the level's dict (Level.to_dict) and its variant."""

    level: dict[str, Any]
    variant: str


class Event(TypedDict, total=False):
    """Every field any event may carry, with its type. Which types carry which: REQUIRED_FIELDS."""

    type: Required[EventType]
    t: Required[float]
    cmd: int
    seq: int  # the event's number in the journal, counting from 1
    team: int  # the team's index (every event but workshop_started)
    # workshop_started and workshop_finished
    version: int  # JOURNAL_VERSION when written
    teams: list[TeamRecord]
    plans: list[PlanRecord]
    strategy_seconds: float
    about: dict[str, Any]  # extra JSON-ready facts (a demo's seed and memories)
    started_at: str  # wall-clock times, ISO 8601 (absent in old journals)
    finished_at: str
    # team_started
    name: str
    players: list[str]
    level: dict[str, Any]
    variant: str  # "same", a symmetry ("mirrored", ...) or "generated N"
    # walking and its prices
    phase: Phase
    player: int
    row: int
    col: int
    step: int  # which step of the walker's walk (1 = onto the maze)
    elapsed: float  # seconds on the phase clock
    kind: BeepKind | PenaltyKind  # a beep's kind; a penalty's or a rule break's
    seconds: float  # what a priced event costs; a prediction's predicted seconds
    reason: BreakReason | MeetingEnd
    route: list[list[int]]  # [row, col] squares, in the order they are walked
    turn: int
    next_player: int
    round: int  # execution round, from 1
    order: list[int]  # player indices, first walker first
    found: bool
    revealed: bool
    completed: bool
    minutes: float
    target: int  # the command an `undone` takes back
    left: float
    used: float
    spent: float
    budget: float


_WALK = ("player", "row", "col", "step", "elapsed", "phase")

# The fields each event type always carries besides `type`, `t`, `cmd` and `seq` (and `team`, which all
# but workshop_started carry). The one list of them: the journal's line check is derived from it.
REQUIRED_FIELDS: dict[EventType, tuple[str, ...]] = {
    EventType.WORKSHOP_STARTED: ("version", "teams", "plans"),
    EventType.TEAM_STARTED: ("team", "name", "players", "level"),
    EventType.PHASE_CHANGED: ("phase",),
    EventType.STEP: _WALK,
    EventType.BEEP: (*_WALK, "kind", "seconds"),
    EventType.RETRACE: ("player", "route"),
    EventType.RETRACE_STEP: ("player", "row", "col"),
    EventType.RULE_BREAK: ("player", "row", "col", "seconds", "elapsed"),
    EventType.TURN_PASSED: ("player", "turn"),
    EventType.ROUTE_FOUND: ("player", "elapsed"),
    EventType.TIME_UP: ("elapsed",),
    EventType.TIME_EXTENDED: ("minutes",),
    EventType.DISCOVERY_ENDED: ("found", "revealed", "elapsed"),
    EventType.PENALTY: ("kind", "seconds", "player", "elapsed"),
    EventType.PAUSED: (),
    EventType.RESUMED: (),
    EventType.UNDONE: ("target",),
    EventType.PREDICTION: ("seconds",),
    EventType.PLAYER_FINISHED: ("player", "next_player", "elapsed"),
    EventType.EXECUTION_FINISHED: ("elapsed", "completed"),
    EventType.TEAM_FINISHED: (),
    EventType.ROUND_STARTED: ("round",),
    EventType.SENT_BACK: ("player", "route", "round"),
    EventType.ORDER_SET: ("order",),
    EventType.MEETING_OPENED: ("left",),
    EventType.MEETING_CLOSED: ("used", "reason"),
    EventType.BUDGET_SPENT: ("spent", "budget", "phase"),
    EventType.WORKSHOP_FINISHED: (),
}


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
