"""The context is a value: variants are new values; only the session (recorder, notices, listeners) is shared."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import pygame
import pytest

from maze.core.grid import Pos
from maze.ui.context import Context, Settings
from maze.ui.game_clock import GameClock
from maze.ui.sound import Sounds
from maze.ui.theme import THEMES
from tests.ui.test_editor import column
from tests.ui.test_settings_screen import open_settings

K = pygame


def a_context() -> Context:
    return Context((1024, 768), THEMES["dark"], Sounds(open_device=False), GameClock(), Settings(Path("/r")))


def test_a_context_and_its_settings_cannot_be_changed_in_place() -> None:
    ctx = a_context()
    with pytest.raises(FrozenInstanceError):
        ctx.theme = THEMES["light"]  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        ctx.settings.results_dir = None  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        ctx.layout = ctx.resized((800, 600)).layout  # type: ignore[misc]


def test_a_variant_is_a_new_value_sharing_only_the_session() -> None:
    ctx = a_context()
    light = replace(ctx, theme=THEMES["light"])
    small = ctx.resized((800, 600))
    assert ctx.theme == THEMES["dark"] and light.theme == THEMES["light"]
    assert ctx.layout.size == (1024, 768) and small.layout.size == (800, 600) and light.layout.size == (1024, 768)
    assert ctx.resized((1024, 768)) is ctx
    small.notify("said on the small one")
    assert [n.text for n in ctx.notices] == ["said on the small one"], "the notices are the session's, shared"
    assert small.session is ctx.session and small.settings is ctx.settings


def test_the_test_walk_has_its_own_recorder_and_shares_the_notices(make_game, tmp_path: Path) -> None:
    game = make_game("edit", str(tmp_path / "t.yaml"))
    editor = game.screen
    game.drag(column(game, 0, range(8, -1, -1)))
    game.press(K.K_F5)
    walk = game.screen
    assert type(walk).__name__ == "TestWalk"
    assert game.ctx.recorder is None and walk.walk_ctx.recorder is not None, "the walk records nothing of the game"
    assert walk.walk_ctx.settings is game.ctx.settings and walk.walk_ctx.theme is game.ctx.theme
    game.wait(5)  # the notices of the start have expired: the game's list was filtered meanwhile
    walk.walk_ctx.notify("said in the walk")
    assert "said in the walk" in game.texts(), "a notice of the walk shows on screen"
    game.press(K.K_ESCAPE)
    assert game.screen is editor and game.ctx.workshop is None


def test_the_test_walk_follows_the_window_when_it_changes_size(make_game, tmp_path: Path) -> None:
    game = make_game("edit", str(tmp_path / "t.yaml"))
    game.drag(column(game, 0, range(8, -1, -1)))
    game.press(K.K_F5)
    walk = game.screen
    game.resize((800, 600))
    assert game.ctx.layout.size == (800, 600)
    assert walk.ctx.layout.size == (800, 600) and walk.walk_ctx.layout.size == (800, 600)
    assert walk.inner.board.ctx is walk.walk_ctx, "the walk's board draws at the new size"
    game.click(game.square_centre(Pos(8, 0)))  # a click lands on the square where the new board draws it
    assert walk.inner.run.position == Pos(8, 0)
    game.press(K.K_ESCAPE)
    assert game.screen.ctx.layout.size == (800, 600), "the editor below followed the window too"


def test_a_theme_change_reaches_every_screen_on_the_stack(make_game) -> None:
    game = make_game()
    title = game.app.stack[0]
    open_settings(game)
    settings = game.screen
    game.press(K.K_RETURN)  # Colours: dark -> light
    assert game.ctx.theme == THEMES["light"]
    assert settings.ctx is game.ctx and title.ctx is game.ctx, "the screens below restyled at once"
    game.press(K.K_ESCAPE)
    assert game.screen is title and title.ctx.theme == THEMES["light"]
