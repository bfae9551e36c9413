"""Commands: what a facilitator or player asks the workshop to do. Each carries its time `t`.

`t` is session time in seconds, supplied by the caller; the core never reads a clock.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from maze.core.grid import Pos
from maze.core.level import Level
from maze.core.records import record
from maze.core.team_spec import TeamSpec as TeamSpec  # named here too, with the commands that carry it


class PenaltyKind(StrEnum):
    TALK = "talk"
    RULE = "rule"


@record(frozen=True)
class TeamPlan:
    """The maze one team plays: the layout and the name of the variant (for fair mazes)."""

    level: Level
    variant: str = "same"  # a Symmetry's value, or "generated N" (maze.core.variants)


@record(frozen=True)
class StartWorkshop:
    t: float
    teams: tuple[TeamSpec, ...]
    plans: tuple[TeamPlan, ...]
    strategy_seconds: float = 180
    about: dict[str, Any] | None = None  # extra JSON-ready facts kept in the journal (a demo's seed and memories)
    wall_clock: str = ""  # when it starts, ISO 8601 with time zone, from the caller (the core reads no clock)


@record(frozen=True)
class Advance:
    """Move the current team on: briefing -> strategy -> discovery -> execution -> debrief -> next team.

    In discovery that is not over it ends discovery with the route revealed; in execution that is
    not over it ends execution where it stands.
    """

    t: float
    wall_clock: str = ""  # ISO 8601 with time zone, from the caller: kept when this ends the workshop


@record(frozen=True)
class Step:
    """The player on turn steps to `pos`; a place just off the grid means stepping off it."""

    t: float
    pos: Pos


@record(frozen=True)
class Penalty:
    t: float
    kind: PenaltyKind


@record(frozen=True)
class Pause:
    t: float


@record(frozen=True)
class Resume:
    t: float


@record(frozen=True)
class Undo:
    """Take back the last step or penalty of the current phase."""

    t: float


@record(frozen=True)
class ExtendTime:
    t: float
    minutes: float


@record(frozen=True)
class Predict:
    t: float
    seconds: float


@record(frozen=True)
class Meeting:
    """The facilitator opens (`open=True`) or closes a meeting: time the team may talk during discovery."""

    t: float
    open: bool


@record(frozen=True)
class SetOrder:
    """The team's walking order (player indices, first walker first), set before discovery starts."""

    t: float
    order: tuple[int, ...]


@record(frozen=True)
class Tick:
    """Time passes: lets the core notice that the discovery time limit ran out."""

    t: float


Command = (
    StartWorkshop | Advance | Step | Penalty | Pause | Resume | Undo | ExtendTime | Predict | SetOrder | Meeting | Tick
)


class IllegalCommand(Exception):
    """The command does not fit the current state (a step while paused, a jump, ...).

    The message is one line a player or facilitator can read.
    """
