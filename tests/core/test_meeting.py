"""Meeting time: the team may talk during discovery while a meeting the facilitator opened lasts."""

from __future__ import annotations

import pytest

from maze.core.commands import IllegalCommand, Meeting, Pause, PenaltyKind, Resume, Tick
from maze.core.workshop import Workshop
from tests.builders import Driver, level, types


def test_talking_is_free_in_a_meeting_and_costs_outside_it() -> None:
    d = Driver(level(meeting_minutes=2))
    d.to_discovery()
    assert d.ws.meeting_time_left(d.now) == 120
    assert types(d.do(Meeting(d.at(1), open=True))) == ["meeting_opened"]
    opened = d.now
    assert d.ws.can_talk
    with pytest.raises(IllegalCommand, match="talking is allowed"):
        d.penalty(PenaltyKind.TALK)
    with pytest.raises(IllegalCommand, match="meeting"):
        d.step(2, 0)  # nobody walks while the team meets
    d.at(30)
    closed = d.do(Meeting(d.at(0), open=False))
    assert types(closed) == ["meeting_closed"] and closed[0]["used"] == pytest.approx(d.now - opened)
    assert d.ws.meeting_time_left(d.now) == pytest.approx(120 - (d.now - opened))
    assert not d.ws.can_talk and d.penalty(PenaltyKind.TALK)[0]["seconds"] == 30


def test_a_meeting_closes_by_itself_when_its_minutes_run_out() -> None:
    d = Driver(level(meeting_minutes=1))
    d.to_discovery()
    d.do(Meeting(d.at(1), open=True))
    assert d.do(Tick(d.at(30))) == []
    closed = d.do(Tick(d.at(40)))
    assert types(closed) == ["meeting_closed"] and closed[0]["reason"] == "time" and closed[0]["used"] == 60
    assert d.ws.meeting_time_left(d.now) == 0
    with pytest.raises(IllegalCommand, match="used up"):
        d.do(Meeting(d.at(1), open=True))
    assert Workshop.replay(d.events).state() == d.ws.state()


def test_a_pause_stops_the_meeting_clock() -> None:
    d = Driver(level(meeting_minutes=1))
    d.to_discovery()
    d.do(Meeting(d.at(1), open=True))
    d.do(Pause(d.at(10)))
    d.do(Resume(d.at(500)))
    assert d.ws.meeting_time_left(d.now) == pytest.approx(50)


def test_no_meeting_without_meeting_minutes_or_on_the_maze() -> None:
    d = Driver()
    d.to_discovery()
    with pytest.raises(IllegalCommand, match="no meeting time"):
        d.do(Meeting(d.at(1), open=True))
    d = Driver(level(meeting_minutes=1))
    d.to_discovery()
    d.step(2, 0)
    with pytest.raises(IllegalCommand, match="between turns"):
        d.do(Meeting(d.at(1), open=True))
