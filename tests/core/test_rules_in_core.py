"""Rules the screens used to decide, now asked of the core: time left, extending, legal squares, names."""

from __future__ import annotations

import pytest

from maze.core.commands import Advance, ExtendTime, IllegalCommand, PenaltyKind, StartWorkshop, TeamPlan, TeamSpec, Tick
from maze.core.grid import Pos
from maze.core.roster import duplicate_team_name, teams_problem
from maze.core.workshop import Workshop
from tests.builders import Driver, level, types


def test_strategy_time_left_counts_down_and_stops_at_zero() -> None:
    d = Driver()
    assert d.ws.strategy_time_left(d.now) is None  # briefing
    d.advance()  # strategy starts at t=1 with 180 s
    assert d.ws.strategy_time_left(d.now + 30) == pytest.approx(150)
    assert d.ws.strategy_time_left(d.now + 500) == 0
    d.advance()
    assert d.ws.strategy_time_left(d.now) is None


def test_time_can_be_extended_only_once_it_is_up() -> None:
    d = Driver(level(discovery_minutes=1))
    d.to_discovery()
    assert not d.ws.can_extend
    with pytest.raises(IllegalCommand, match="once it is up"):
        d.do(ExtendTime(d.at(1), 5))
    d.do(Tick(d.at(70)))
    assert d.ws.can_extend
    assert types(d.do(ExtendTime(d.at(1), 5))) == ["time_extended"]
    assert not d.ws.can_extend


def test_legal_squares_follow_the_walker() -> None:
    d = Driver()
    assert d.ws.legal_squares() == []  # briefing: nobody walks
    d.to_discovery()
    assert sorted(d.ws.legal_squares()) == [Pos(2, 0), Pos(2, 1), Pos(2, 2)]  # the entry edge
    d.step(2, 0)
    assert set(d.ws.legal_squares()) == {Pos(1, 0), Pos(1, 1), Pos(2, 1)}
    d.step(1, 1)
    d.step(0, 1)
    assert {Pos(-1, 0), Pos(-1, 1), Pos(-1, 2)} <= set(d.ws.legal_squares())  # off the exit edge


def test_legal_squares_on_a_manual_way_back_are_the_way_back_only() -> None:
    d = Driver(level(retrace="manual"))
    d.to_discovery()
    d.step(2, 0)
    d.step(1, 0)  # beeps
    assert d.ws.legal_squares() == [Pos(2, 0)]


def test_nobody_may_step_while_paused_or_when_time_is_up() -> None:
    d = Driver(level(discovery_minutes=1))
    d.to_discovery()
    d.do(Tick(d.at(61)))
    assert d.ws.legal_squares() == []


def test_team_names_must_differ_ignoring_case_and_spaces() -> None:
    assert duplicate_team_name(["Red", "Blue", " red "]) == (2, "red")
    assert duplicate_team_name(["Red", "Blue"]) is None
    teams = (TeamSpec("Red", ("a",)), TeamSpec("RED", ("b",)))
    assert "two teams are called RED" in teams_problem(teams)
    with pytest.raises(IllegalCommand, match="two teams"):
        Workshop().handle(StartWorkshop(0, teams, (TeamPlan(level()), TeamPlan(level()))))


def test_talking_is_free_in_strategy_and_costs_in_discovery() -> None:
    d = Driver()
    d.advance()
    assert d.ws.can_talk
    with pytest.raises(IllegalCommand, match="talking is allowed"):
        d.penalty(PenaltyKind.TALK)
    assert types(d.penalty(PenaltyKind.RULE)) == ["penalty"]
    d.advance()
    assert not d.ws.can_talk and types(d.penalty(PenaltyKind.TALK)) == ["penalty"]


def test_undo_never_reaches_behind_a_revealed_route() -> None:
    d = Driver()
    d.to_discovery()
    d.step(2, 1)  # beep
    d.penalty()
    d.do(Advance(d.at(1)))  # reveal
    assert not d.ws.can_undo
    with pytest.raises(IllegalCommand, match="nothing to undo"):
        d.undo()


def test_undo_takes_back_the_step_that_found_the_route() -> None:
    d = Driver()
    d.to_discovery()
    d.walk((2, 0), (1, 1), (0, 1), (-1, 1))
    assert d.run.found and d.ws.can_undo
    d.undo()
    assert not d.run.discovery_over and d.run.position == Pos(0, 1)


def test_a_prediction_is_asked_before_each_round_only() -> None:
    from maze.core.commands import Predict
    from tests.builders import WINNING_WALK

    d = Driver(level(execution_rounds=2), teams={"Red": ["Ana"]})
    d.to_discovery()
    assert not d.ws.can_predict
    d.walk(*WINNING_WALK)
    d.advance()
    assert d.ws.can_predict
    d.do(Predict(d.at(1), 5))
    d.step(2, 0)
    assert not d.ws.can_predict
    d.walk((1, 1), (0, 1), (-1, 1))
    assert not d.ws.can_predict
    assert d.ws.next_round == 2
    d.advance()  # round 2
    assert d.ws.can_predict and d.ws.next_round is None
