"""The facilitator's desk in words: read from the workshop's state, and the room's hints without the keys."""

from __future__ import annotations

from maze.core.commands import Pause, PenaltyKind
from maze.ui.presenter.desk_text import clocks, ledger, next_keys, phase_title, players_hints, turn_line
from tests.builders import Driver, level


def test_the_rooms_hints_keep_the_players_keys_only() -> None:
    hints = "Arrows/WASD/QEZC or click: step    Space: pause    Backspace: undo    T/R: penalty    F1: keys"
    assert players_hints(hints) == "Arrows/WASD/QEZC or click: step"
    assert players_hints("Enter: start discovery (silence)    T: talking penalty") == "Enter: start discovery (silence)"


def test_keys_and_clocks_follow_the_phase() -> None:
    d = Driver(level(discovery_minutes=10))
    assert phase_title(d.ws) == "Red (team 1 of 1): briefing"
    assert next_keys(d.ws)[0] == ("Enter", "start strategy time")
    d.to_discovery()
    keys = dict(next_keys(d.ws))
    assert "Ctrl+Shift+K" in keys and keys["Space"] == "pause the clocks"
    d.do(Pause(d.at(30)))
    assert dict(next_keys(d.ws))["Space"] == "resume the clocks"
    assert dict(clocks(d.ws, d.now)) == {"phase clock": "0:30  paused", "discovery left": "9:30"}
    assert turn_line(d.run) == "Attempt 1: Ana walks; next Ben"


def test_the_ledger_lists_penalties_newest_first_with_the_total() -> None:
    d = Driver()
    d.to_discovery()
    d.penalty(PenaltyKind.TALK)
    d.penalty(PenaltyKind.RULE)
    rows, total = ledger(d.ws)
    assert len(rows) == 2 and "rule break" in rows[0] and "talking" in rows[1]
    assert total == f"{d.run.penalty_seconds:g} s in penalties"
