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


def test_a_long_text_field_shows_its_start_until_it_is_being_typed_in(make_game) -> None:
    """A player list too long for its line is read from its start by the room (the first players walk first);
    only while the facilitator types in it does it show its end, where the caret is."""
    names = "Anastasia, Bartholomew, Cyprian, Dorothea, Evangeline, Fitzgerald"
    game = make_game("--team", f"Red: {names}", size=(1024, 768))
    form = game.screen.form
    players = next(i for i, field in enumerate(form.fields()) if getattr(field, "text", "") == names)
    form.focus = players - 1  # the team's name: its players are the next line, in view and not being typed in
    game.frames(1)
    shown = [box for box in game.app.painter.boxes if box.text.startswith(("Anastasia", "…"))]
    assert len(shown) == 1 and shown[0].text == names and shown[0].cut, shown  # cut at its end, as all text is
    form.focus = players
    game.frames(1)
    typing = [box.text for box in game.app.painter.boxes if "Fitzgerald" in box.text]
    assert len(typing) == 1 and typing[0].startswith("…"), typing
