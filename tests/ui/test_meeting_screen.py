"""Meeting time on the discovery screen: O opens and closes it, the time left is shown, talking is free in it."""

from __future__ import annotations

from pathlib import Path

import pygame

from tests.ui.test_game_flow import to_discovery

K = pygame


def test_o_opens_and_closes_a_meeting_and_talking_outside_it_costs(make_game, tmp_path: Path) -> None:
    lvl = tmp_path / "meet.yaml"
    lvl.write_text("name: Meet\nrules:\n  meeting_minutes: 1\ngrid: |\n  . # .\n  . # .\n  # . .\n", encoding="utf-8")
    game = make_game("--level", str(lvl), "--team", "Red: Ana, Ben")
    game.press(K.K_RETURN)
    to_discovery(game)
    assert "meeting left" in game.texts() and "1:00" in game.texts()
    game.press(K.K_o)
    assert game.run.meeting_from is not None
    assert any(t.startswith("Meeting: talk now") for t in game.texts())
    game.press(K.K_t)  # talking is allowed in a meeting
    assert game.run.penalty_seconds == 0
    game.wait(20)
    game.press(K.K_o)
    assert game.run.meeting_from is None and game.ctx.workshop.meeting_time_left(game.ctx.now) < 45
    game.press(K.K_t)
    assert game.run.penalty_seconds == 30
    game.press(K.K_o)
    game.wait(45)  # the minute runs out: the meeting closes by itself
    assert game.run.meeting_from is None and game.ctx.workshop.meeting_time_left(game.ctx.now) == 0
    assert "0:00" in game.texts()


def test_an_overspent_budget_ends_the_team_game_with_a_clear_screen(make_game, tmp_path: Path) -> None:
    lvl = tmp_path / "budget.yaml"
    lvl.write_text("name: Budget\nrules:\n  budget_seconds: 40\ngrid: |\n  . # .\n  . # .\n  # . .\n", encoding="utf-8")
    game = make_game("--level", str(lvl), "--team", "Red: Ana, Ben")
    game.press(K.K_RETURN)
    to_discovery(game)
    game.press(K.K_t)
    game.press(K.K_t)  # 60 s of penalties: over the 40 s budget
    assert game.run.budget_spent and "Red: the budget is spent" in game.texts()
    game.press(K.K_UP)  # nobody walks any more
    assert game.run.position is None
    game.press(K.K_RETURN)
    assert game.screen_name == "TeamDebriefScreen"
