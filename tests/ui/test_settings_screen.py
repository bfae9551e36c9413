"""The title's Settings: changes are remembered in the settings file; F opens the results folder."""

from __future__ import annotations

import os
from pathlib import Path

import pygame

from maze.io.settings_file import UserSettings, load_settings
from maze.ui.theme import THEMES

K = pygame


def open_settings(game) -> None:  # noqa: ANN001
    labels = [label for label, _ in game.screen.entries]
    for _ in range(labels.index("Settings")):
        game.press(K.K_DOWN)
    game.press(K.K_RETURN)
    assert type(game.screen).__name__ == "SettingsScreen"


def test_settings_change_now_and_are_remembered(make_game) -> None:
    game = make_game()
    open_settings(game)
    game.press(K.K_RETURN)  # Colours: dark -> light, at once
    assert game.ctx.theme == THEMES["light"]
    game.press(K.K_DOWN)
    game.press(K.K_RETURN)  # Sound off
    assert game.ctx.sounds.muted
    game.press(K.K_DOWN)
    game.press(K.K_RETURN)  # fullscreen at the next start
    game.press(K.K_DOWN)
    game.press(K.K_DOWN)
    game.press(K.K_RETURN)  # the results folder: type one
    assert game.screen.typing
    game.type("~/Workshops")
    game.press(K.K_RETURN)
    saved = load_settings().settings
    folder = Path("~/Workshops").expanduser()
    assert saved == UserSettings(theme="light", fullscreen=True, mute=True, results_dir=folder)
    game.press(K.K_ESCAPE)
    assert type(game.screen).__name__ == "TitleScreen"


def test_the_next_start_uses_the_settings(make_game) -> None:
    game = make_game()
    open_settings(game)
    game.press(K.K_RETURN)  # light
    game.close()
    again = make_game()
    assert again.ctx.theme == THEMES["light"]
    dark = make_game("--theme", "dark")  # the command line wins
    assert dark.ctx.theme == THEMES["dark"]


def test_a_broken_settings_file_is_a_notice_not_a_crash(make_game) -> None:
    game = make_game()
    home = Path(os.environ["ELECTRIC_MAZE_HOME"])
    game.close()
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.toml").write_text("theme = [broken", encoding="utf-8")
    game = make_game()
    assert game.ctx.theme == THEMES["dark"]
    assert any("settings.toml" in notice.text for notice in game.ctx.notices)


def test_o_opens_the_results_folder_and_a_failure_is_a_notice(make_game, monkeypatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr("maze.ui.folders.open_folder", lambda folder: opened.append(folder) or "")
    game = make_game()
    game.press(K.K_f)
    assert opened and opened[-1].name == "results"
    monkeypatch.setattr("maze.ui.folders.open_folder", lambda folder: f"Cannot open the folder; it is {folder}")
    game.press(K.K_f)
    assert any("Cannot open the folder" in notice.text and notice.warning for notice in game.ctx.notices)


def test_o_on_the_workshop_debrief_opens_that_workshops_folder(make_game, monkeypatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr("maze.ui.folders.open_folder", lambda folder: opened.append(folder) or "")
    tiny = str(Path(__file__).parent.parent / "data" / "levels" / "good" / "tiny.yaml")
    game = make_game("--level", tiny, "--team", "Red: Ana")
    game.press(K.K_RETURN)  # start
    for _ in range(12):  # skip every phase (each skip asks first; the answer starts on No)
        if game.screen_name == "WorkshopDebriefScreen":
            break
        game.press(K.K_n)
        game.press(K.K_LEFT)
        game.press(K.K_RETURN)
    assert game.screen_name == "WorkshopDebriefScreen"
    game.press(K.K_f)
    assert opened == [game.ctx.recorder.folder]
