"""Rooms that are not as they should be: no sound card, odd screens, folders and files that go away,
and a laptop that sleeps mid-discovery."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame

from maze.core.team import Phase
from maze.core.workshop import Workshop
from maze.io.journal import read_journal
from maze.ui.driver import Game
from tests.ui.test_game_flow import TINY, to_discovery, walk_route
from tests.ui.test_layout_sizes import check

K = pygame


def start(game: Game) -> None:
    game.press(K.K_RETURN)
    to_discovery(game)


def test_no_audio_device_runs_silent_and_says_so(make_game, monkeypatch) -> None:
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-driver")
    game = make_game("--level", TINY, "--team", "Red: Ana")
    assert not game.ctx.sounds.available
    assert "Sound off: no audio device. Beeps show as flashes only" in game.text()
    start(game)
    game.press(K.K_UP)  # a beep: no sound, but the flash carries it
    assert game.ctx.sounds.played[-1] == "beep" and "BEEP!" in game.text()


def test_started_muted_without_a_device_it_says_so_when_the_sound_is_turned_on(make_game, monkeypatch) -> None:
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-driver")
    game = make_game("--level", TINY, "--team", "Red: Ana", "--mute")
    assert not game.ctx.sounds.available and game.ctx.sounds.muted
    assert "no audio device" not in game.text()  # silence was chosen: nothing to warn about yet
    start(game)
    game.press(K.K_m)  # sound on
    assert not game.ctx.sounds.muted
    assert "Sound off: no audio device. Beeps show as flashes only" in game.text()
    game.press(K.K_m)
    assert game.ctx.sounds.muted and game.ctx.notices[-1].text == "Sound off"


def test_resize_and_fullscreen_mid_discovery_keep_the_game(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana, Ben")
    start(game)
    game.press(K.K_LEFT)
    game.press(K.K_UP)
    before = (game.run.position, game.run.player, game.run.clock.elapsed(game.ctx.now))
    for size in ((800, 600), (3840, 2160), (1024, 768)):
        game.resize(size)
        assert game.ctx.layout.size == size
        check(game, f"discovery resized to {size}")
    game.press(K.K_F11)  # fullscreen on (or a notice where the driver cannot)
    game.press(K.K_F11)  # and off again
    assert (game.run.position, game.run.player) == before[:2]
    assert game.run.clock.elapsed(game.ctx.now) >= before[2]
    for key in (K.K_e, K.K_UP, K.K_UP):
        game.press(key)
    assert game.run.found


def test_results_folder_vanishes_mid_workshop(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    start(game)
    game.press(K.K_UP)
    folder = game.ctx.recorder.folder
    shutil.rmtree(folder)
    game.wait(1.5)
    game.press(K.K_LEFT)
    game.press(K.K_UP)
    assert "had gone" in game.text()
    events = read_journal(folder / "journal.jsonl").events
    assert Workshop.replay(events).state() == game.ctx.workshop.state()


def test_level_file_deleted_after_it_was_loaded(make_game, tmp_path: Path) -> None:
    level = tmp_path / "borrowed.yaml"
    shutil.copy(TINY, level)
    game = make_game("--level", str(level), "--team", "Red: Ana")
    level.unlink()
    start(game)
    walk_route(game)
    assert game.run.found
    journal = game.ctx.recorder.journal_path
    game.close()
    resumed = Game.start(["--resume", str(journal), "--size", "1024x768"])
    try:
        assert resumed.run.found and resumed.run.level.name == "Tiny"
    finally:
        resumed.close()


def test_a_clock_that_jumps_does_not_count_against_the_team(make_game) -> None:
    game = make_game("--level", TINY, "--team", "Red: Ana")
    start(game)
    game.wait(10)
    before = game.run.clock.elapsed(game.ctx.now)
    game.frames(1, dt=3600)  # the laptop slept for an hour with the lid shut
    after = game.run.clock.elapsed(game.ctx.now)
    assert 0 < after - before <= game.ctx.clock.max_step
    assert game.run.phase is Phase.DISCOVERY and not game.run.time_up
