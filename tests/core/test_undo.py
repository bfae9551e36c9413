import copy

import pytest

from maze.core.commands import IllegalCommand, PenaltyKind
from maze.core.workshop import Workshop
from tests.builders import Driver


def test_undo_a_beep_restores_turn_and_beep_memory() -> None:
    d = Driver()
    d.to_discovery()
    d.step(2, 0)
    before = copy.deepcopy(d.ws.state())
    d.step(1, 0)  # beep, turn passes
    assert d.run.player == 1
    d.undo()
    assert d.ws.state() == before
    assert d.run.player == 0 and d.run.position == (2, 0) and d.run.beeps == {}


def test_undo_a_penalty_then_the_step_before_it() -> None:
    d = Driver()
    d.to_discovery()
    d.step(2, 0)
    d.penalty(PenaltyKind.RULE)
    assert d.run.penalty_seconds == 30
    d.undo()
    assert d.run.penalty_seconds == 0 and d.run.position == (2, 0)
    d.undo()
    assert not d.run.on_maze
    with pytest.raises(IllegalCommand, match="nothing to undo"):
        d.undo()


def test_undo_does_not_reach_into_an_earlier_phase() -> None:
    d = Driver()
    d.advance()
    d.penalty(PenaltyKind.RULE)  # a rule break during strategy (talking is allowed then)
    d.advance()
    with pytest.raises(IllegalCommand):
        d.undo()


def test_undo_survives_replay() -> None:
    d = Driver()
    d.to_discovery()
    d.walk((2, 0), (1, 0))
    d.undo()
    d.walk((1, 1))
    assert Workshop.replay(d.events).state() == d.ws.state()


def test_undo_a_manual_step_off_puts_the_player_back_on_the_maze() -> None:
    from tests.builders import level

    d = Driver(level(retrace="manual"))
    d.to_discovery()
    d.step(2, 1)  # beep on the entry square
    d.step(3, 1)  # step back off the maze: the turn passes
    assert d.run.player == 1
    d.undo()
    assert d.run.player == 0 and d.run.position == (2, 1) and d.run.retrace_route == []


def test_undo_the_winning_step_reopens_discovery() -> None:
    from tests.builders import WINNING_WALK

    d = Driver()
    d.to_discovery()
    d.walk(*WINNING_WALK)
    assert d.run.discovery_over
    d.undo()
    assert not d.run.discovery_over and d.run.position == (0, 1) and d.run.clock.ticking
