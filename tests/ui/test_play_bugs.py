"""Bugs found in play, each played through the real screens with posted keys."""

from __future__ import annotations

import pygame

from maze.core.grid import Pos
from maze.core.team import Phase
from tests.ui.test_game_flow import TINY, to_discovery

K = pygame


def test_backspace_on_the_route_revealed_screen_keeps_the_earlier_beep(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana, Ben")
    game.press(K.K_RETURN)
    to_discovery(game)
    game.press(K.K_UP)  # Ana beeps on (2, 1)
    game.wait(1.5)
    game.press(K.K_t)  # a talking penalty
    assert game.run.beeps == {Pos(2, 1): 1} and game.run.penalty_seconds == 30
    game.press(K.K_n)  # end discovery ...
    game.press(K.K_LEFT)
    game.press(K.K_RETURN)  # ... yes: the route is revealed
    assert game.screen_name == "DiscoveryResultScreen" and game.run.revealed
    game.press(K.K_BACKSPACE)
    game.press(K.K_BACKSPACE)
    assert game.run.beeps == {Pos(2, 1): 1} and game.run.penalty_seconds == 30
    assert game.ctx.workshop.can_undo is False


def test_pagedown_twice_does_not_skip_strategy(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    game.press(K.K_RETURN)  # setup -> briefing
    game.press(K.K_PAGEDOWN)  # briefing -> strategy
    game.press(K.K_PAGEDOWN)  # a second click: strategy time is still running
    assert game.run.phase is Phase.STRATEGY
    game.press(K.K_PAGEUP)  # no: stay in strategy
    assert game.screen_name == "StrategyScreen" and game.run.phase is Phase.STRATEGY


def test_t_on_the_strategy_screen_records_no_talking_penalty(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)  # briefing -> strategy
    game.press(K.K_t)
    assert game.run.penalty_seconds == 0
    assert not any(e["type"] == "penalty" for e in game.ctx.workshop.team_log)


def test_pageup_on_a_clicker_takes_back_the_last_step(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    game.press(K.K_RETURN)
    to_discovery(game)
    game.press(K.K_LEFT)
    game.press(K.K_UP)  # Ana onto (2, 0): safe
    assert game.run.position == Pos(2, 0)
    game.press(K.K_PAGEUP)
    assert game.run.position is None and game.run.phase is Phase.DISCOVERY


def test_a_thirteen_team_workshop_file_sets_up_and_plays(make_game, tmp_path) -> None:
    from tests.io.test_workshop_limits import workshop_file

    game = make_game("--workshop", str(workshop_file(tmp_path, 13)))
    setup = game.screen
    assert type(setup).__name__ == "SetupScreen" and setup.teams_wanted == 13
    game.press(K.K_RETURN)  # Start
    assert game.screen_name == "BriefingScreen"
    assert len(game.ctx.workshop.teams) == 13
