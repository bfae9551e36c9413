"""Rotation: the walking order set during strategy is kept in discovery and execution."""

from __future__ import annotations

import pytest

from maze.core.commands import IllegalCommand, SetOrder
from maze.core.grid import Pos
from maze.core.moves import snake_walkers
from maze.core.rotation import moved, swapped
from maze.core.workshop import Workshop
from tests.builders import WINNING_WALK, Driver, level, types

TEAM = {"Red": ["Ana", "Ben", "Cy"]}


def test_the_order_set_in_strategy_is_kept_in_discovery_and_execution() -> None:
    d = Driver(teams=TEAM)
    d.advance()  # strategy
    assert types(d.do(SetOrder(d.at(1), (2, 0, 1)))) == ["order_set"]
    assert d.run.player == 2 and d.run.next_player_name == "Ana"
    d.advance()  # discovery: Cy walks first
    assert d.run.player_name == "Cy"
    passed = d.step(2, 1)  # a beep: the turn passes to Ana, then Ben
    assert passed[-1]["type"] == "turn_passed" and passed[-1]["player"] == 0
    d.step(2, 1)
    assert d.run.player_name == "Ben"
    d.walk(*WINNING_WALK)
    d.advance()  # execution: Cy first again
    assert d.run.player_name == "Cy"
    finished = d.walk(*WINNING_WALK)
    assert finished[-1]["type"] == "player_finished" and finished[-1]["next_player"] == 0
    d.walk(*WINNING_WALK)
    assert types(d.walk(*WINNING_WALK))[-1] == "execution_finished"  # Ben, last in the order, ends it
    assert Workshop.replay(d.events).state() == d.ws.state()


def test_a_snake_follows_the_order() -> None:
    d = Driver(level(execution_walkers="snake"), teams=TEAM)
    d.advance()
    d.do(SetOrder(d.at(1), (1, 2, 0)))
    d.advance()
    d.walk(*WINNING_WALK)
    d.advance()
    d.walk((2, 0), (1, 1), (0, 1))
    assert snake_walkers(d.run) == [(1, Pos(0, 1)), (2, Pos(2, 0))]


def test_the_order_is_kept_once_discovery_starts() -> None:
    d = Driver(teams=TEAM)
    d.to_discovery()
    with pytest.raises(IllegalCommand, match="before discovery"):
        d.do(SetOrder(d.at(1), (1, 0, 2)))


@pytest.mark.parametrize("order", [(0, 1), (0, 1, 1), (0, 1, 3)])
def test_an_order_names_every_player_once(order: tuple[int, ...]) -> None:
    d = Driver(teams=TEAM)
    d.advance()
    with pytest.raises(IllegalCommand, match="every player once"):
        d.do(SetOrder(d.at(1), order))


def test_moving_and_swapping_walkers() -> None:
    assert moved((0, 1, 2), 2, -1) == (0, 2, 1)
    assert moved((0, 1, 2), 0, -1) == (0, 1, 2)
    assert moved((0, 1, 2), 0, 5) == (1, 2, 0)
    assert swapped((0, 1, 2), 0, 2) == (2, 1, 0)
