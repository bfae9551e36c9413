"""The garbage collector during start-up: off from the entry point until a window's first frame (what start-up
builds lives as long as the game), on at once for a command without a window, and on again however main ends."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from maze import entry
from maze.resources import LEVELS_DIR


@pytest.fixture(autouse=True)
def collection_restored() -> Iterator[None]:
    yield
    gc.unfreeze()
    gc.enable()


def test_a_command_without_a_window_collects_from_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    import maze.file_commands

    seen: list[bool] = []
    real = maze.file_commands.validate
    monkeypatch.setattr(maze.file_commands, "validate", lambda args: seen.append(gc.isenabled()) or real(args))
    assert entry.main(["validate", str(LEVELS_DIR / "classic.yaml")]) == 0
    assert seen == [True] and gc.isenabled()


def test_the_game_starts_without_collecting_and_collects_after(monkeypatch: pytest.MonkeyPatch) -> None:
    import pygame

    import maze.ui.start.play

    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")  # a screen for the start's checks; the window itself is not opened
    seen: list[bool] = []
    monkeypatch.setattr(maze.ui.start.play, "play", lambda args: seen.append(gc.isenabled()) or 0)
    assert entry.main(["--mute"]) == 0
    assert seen == [False], "the window's start ran with the collector on"
    assert gc.isenabled(), "main left the collector off"
    pygame.quit()  # the start's checks opened the display


def test_a_failed_start_turns_collection_back_on() -> None:
    with pytest.raises(SystemExit):
        entry.main(["--no-such-option"])
    assert gc.isenabled()


def test_after_the_first_frame_start_up_is_frozen_out_and_collection_begins() -> None:
    from maze.ui.start.window import _collect_from_now_on

    kept = [object() for _ in range(10)]
    gc.disable()
    _collect_from_now_on()
    assert gc.isenabled() and gc.get_freeze_count() >= len(kept)
    gc.unfreeze()
    _collect_from_now_on()  # collection already on (tests, a second app): nothing is frozen
    assert gc.get_freeze_count() == 0
