"""The words on the facilitator's desk: what each key does now, every clock, the penalty ledger.

Read from the core's state; nothing here decides a rule. No pygame: tested on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from maze.core.team import TeamRun
    from maze.core.workshop import Workshop

REVEAL_KEYS = "Ctrl+Shift+K"
ROOM_KEY = "F6"  # the room's window: open it again
PANEL_KEY = "F3"  # one screen: the facilitator's panel on or off

# Facilitator keys and hints the room never needs to read (the players' own: arrows, Enter, clicks).
FACILITATOR_HINT_KEYS = ("Space", "Backspace", "T", "R", "T/R", "X", "N", "F1", "F2", "L", "Tab", "M", REVEAL_KEYS)


def clock(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999)) if seconds > 0 else 0
    return f"{whole // 60}:{whole % 60:02d}"


def phase_title(workshop: Workshop | None) -> str:
    if workshop is None or not workshop.started:
        return "No workshop running yet"
    if workshop.finished or workshop.current is None:
        return "Workshop debrief"
    run = workshop.current
    phase = str(run.phase)
    if phase == "discovery" and run.discovery_over:
        phase = "discovery result"
    return f"{run.name} (team {run.index + 1} of {len(workshop.teams)}): {phase}"


def turn_line(run: TeamRun) -> str:
    phase = str(run.phase)
    if phase == "discovery" and not run.discovery_over:
        walking = "walks back" if run.retrace_route is not None else "walks"
        return f"Attempt {run.turn}: {run.player_name} {walking}; next {run.next_player_name}"
    if phase == "execution" and not run.execution_done:
        return f"{run.player_name} walks ({min(run.player, len(run.players) - 1) + 1} of {len(run.players)})"
    return "Players: " + ", ".join(run.players)


def next_keys(workshop: Workshop | None) -> list[tuple[str, str]]:
    """(key, what it does now), the most likely first."""
    if workshop is None or not workshop.started:
        return [("Enter", "choose"), ("F1", "all keys")]
    if workshop.finished or workshop.current is None:
        return [("L or Tab", "switch lens"), ("PageDown", "next page"), ("F2", "save results elsewhere")]
    run = workshop.current
    phase = str(run.phase)
    pause = ("Space", "resume the clocks" if run.paused else "pause the clocks")
    if phase == "briefing":
        return [("Enter", "start strategy time"), ("N", "skip the briefing"), pause]
    if phase == "strategy":
        return [("Enter", "start discovery (silence)"), ("T", "talking penalty"), pause]
    if phase == "discovery" and run.discovery_over:
        return [("Enter", "on to execution"), ("Backspace", "undo the last step")]
    if phase == "discovery":
        keys = [pause, ("Backspace", "undo the last step or penalty"), ("T / R", "talking / rule-break penalty")]
        if run.time_up:
            keys.insert(0, ("X", "5 more minutes"))
        return keys + [(REVEAL_KEYS, "reveal the route (asks)"), ("N", "end discovery (asks)")]
    if phase == "execution":
        if run.execution_done:
            return [("Enter", "the team debrief")]
        if run.predicted is None and not run.execution_started:  # the room may be asked for a prediction
            return [("0-9, Enter", "a prediction, if asked"), pause, ("N", "end (asks)")]
        return [pause, ("Backspace", "undo the last step or penalty"), ("T", "talking penalty"), ("N", "end (asks)")]
    return [("Enter", "next team"), ("N", "next team (asks)")]


def clocks(workshop: Workshop | None, now: float) -> list[tuple[str, str]]:
    """(what, time) for every clock that runs now."""
    if workshop is None or workshop.current is None or workshop.finished:
        return []
    run = workshop.current
    lines = [("phase clock", clock(run.clock.elapsed(now)) + ("  paused" if run.paused else ""))]
    left = workshop.time_left(now)
    if left is not None:
        lines.append(("discovery left", clock(left) if left > 0 else "time is up"))
    if str(run.phase) == "strategy":
        lines.append(("strategy left", clock(max(0.0, workshop.strategy_seconds - run.clock.elapsed(now)))))
    return lines


def ledger(workshop: Workshop | None) -> tuple[list[str], str]:
    """The penalty lines, newest first, and the total."""
    if workshop is None or workshop.current is None or workshop.finished:
        return [], ""
    run = workshop.current
    from maze.core.answer_key import penalty_ledger  # with a workshop: the title's first frame needs none

    lines = penalty_ledger(run, workshop.team_log)
    rows = [f"+{line.seconds:g} s  {line.what}, {line.player} ({line.phase} {clock(line.elapsed)})" for line in lines]
    return rows[::-1], f"{run.penalty_seconds:g} s in penalties"


def players_hints(hints: str) -> str:
    """A footer's hints without the facilitator's keys, for the room's window."""
    kept = [part for part in hints.split("    ") if not _facilitator_hint(part)]
    return "    ".join(kept)


def _facilitator_hint(part: str) -> bool:
    key = part.split(":", 1)[0].strip()
    return key in FACILITATOR_HINT_KEYS or any(key.startswith(k + " ") for k in ("F1", "F2"))


def notice_lines(history: Sequence[tuple[str, bool]]) -> list[tuple[str, bool]]:
    return list(history)[-6:][::-1]
