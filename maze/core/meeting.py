"""Meeting time: minutes a team may talk during discovery, in meetings the facilitator opens and closes.

The meeting clock is the discovery clock: a pause stops both. When the minutes run out, the meeting
closes by itself; talking outside a meeting costs the talking price.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from maze.core import event_makers as make
from maze.core.commands import IllegalCommand, Meeting
from maze.core.events import Event, MeetingEnd
from maze.core.team import Phase, TeamRun

if TYPE_CHECKING:
    from maze.core.workshop import Workshop


def meeting_seconds_left(run: TeamRun, now: float) -> float | None:
    """Meeting seconds the team has left (0 when used up); None when its rules give no meeting time."""
    allowed = run.level.rules.meeting_minutes * 60.0
    if allowed <= 0 or run.phase is not Phase.DISCOVERY:
        return None
    used = run.meeting_used
    if run.meeting_from is not None:
        used += max(0.0, run.clock.elapsed(now) - run.meeting_from)
    return max(0.0, allowed - used)


def meeting(ws: Workshop, cmd: Meeting, t: float) -> list[Event]:
    run = ws._run()
    left = meeting_seconds_left(run, t)
    if left is None:
        raise IllegalCommand("these rules give no meeting time (meeting_minutes)")
    if not cmd.open:
        if run.meeting_from is None:
            raise IllegalCommand("no meeting is open")
        return [_closed(ws, run, t, left, MeetingEnd.KEY)]
    if run.meeting_from is not None:
        raise IllegalCommand("a meeting is already open")
    if run.discovery_over or run.time_up or run.paused:
        raise IllegalCommand("a meeting opens while discovery runs")
    if run.on_maze:
        raise IllegalCommand("a meeting opens between turns, with nobody on the maze")
    if left <= 0:
        raise IllegalCommand("the meeting time is used up")
    return [make.meeting_opened(ws.stamp(t), left=round(left, 4))]


def meeting_time_out(ws: Workshop, run: TeamRun, t: float) -> list[Event]:
    """The open meeting's minutes ran out: it closes by itself."""
    if run.meeting_from is None:
        return []
    left = meeting_seconds_left(run, t)
    if left is None or left > 0:
        return []
    return [_closed(ws, run, t, 0.0, MeetingEnd.TIME)]


def _closed(ws: Workshop, run: TeamRun, t: float, left: float, reason: MeetingEnd) -> Event:
    used = run.level.rules.meeting_minutes * 60.0 - left
    return make.meeting_closed(ws.stamp(t), used=round(used, 4), reason=reason)
