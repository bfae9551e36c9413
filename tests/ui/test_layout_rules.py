"""The screens of the room's rules fit at every size: setup's prices, the walking order, rounds and a snake."""

from __future__ import annotations

import pygame
import pytest

from tests.ui.test_execution_rounds import FRONT_WALK, NEXT_WALK, RELAY, press_all
from tests.ui.test_layout_sizes import SIZES, check

K = pygame


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_rule_screens_fit(make_game, size) -> None:
    game = make_game("--level", RELAY, "--team", "Red: Ana, Ben, Cy", size=size)
    setup = game.screen
    for line in setup.rule_lines.fields():
        setup.form.focus_on(line)
        check(game, f"setup at {line.label}")
    setup.form.focus = len(setup.fields()) - 1
    game.press(K.K_RETURN)
    check(game, "briefing")
    game.press(K.K_RETURN)
    check(game, "strategy with a walking order")
    game.press(K.K_RETURN)
    press_all(game, (K.K_LEFT, K.K_LEFT, *FRONT_WALK))
    game.press(K.K_RETURN)
    check(game, "round 1 prediction")
    game.digits("20")
    game.press(K.K_RETURN)
    press_all(game, (K.K_LEFT, K.K_LEFT, *FRONT_WALK[:3]))
    check(game, "a snake on the route")
    press_all(game, (*FRONT_WALK[3:], *NEXT_WALK, *NEXT_WALK))
    assert game.run.execution_done
    check(game, "round 1 over")
