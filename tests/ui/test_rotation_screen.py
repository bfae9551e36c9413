"""The walking order is set on the strategy screen by keys or mouse, then kept."""

from __future__ import annotations

import pygame

from maze.core.team import Phase
from tests.ui.test_game_flow import TINY

K = pygame


def centre(rect: tuple[int, int, int, int]) -> tuple[int, int]:
    return rect[0] + rect[2] // 2, rect[1] + rect[3] // 2


def test_keys_and_clicks_set_the_walking_order_and_discovery_keeps_it(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana, Ben, Cy")
    game.press(K.K_RETURN)
    game.press(K.K_RETURN)  # briefing -> strategy
    assert game.screen_name == "StrategyScreen" and "1. Ana" in game.texts()
    game.press(K.K_DOWN)  # choose Ben
    game.press(K.K_LEFT)  # Ben walks first
    assert game.run.walking_order == (1, 0, 2) and "1. Ben" in game.texts()
    screen = game.screen
    game.click(centre(screen.order_rects[0]))  # Ben ...
    game.click(centre(screen.order_rects[2]))  # ... swaps with Cy
    assert game.run.walking_order == (2, 0, 1) and "1. Cy" in game.texts()
    game.press(K.K_RETURN)  # discovery
    assert game.run.phase is Phase.DISCOVERY and game.run.player_name == "Cy"
    assert "next: Ana" in game.texts()
