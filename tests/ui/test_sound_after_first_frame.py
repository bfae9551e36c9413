"""The first frame waits for nothing it does not show: the mixer, the cues and game pads come up just after it."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from maze.cli import parse_args
from maze.ui.sound import BUFFER_SAMPLES, SAMPLE_RATE
from maze.ui.start.play import build_play_app


def test_the_sound_comes_up_after_the_first_frame(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ELECTRIC_MAZE_HOME", str(tmp_path / "home"))
    args = parse_args(["--results-dir", str(tmp_path / "results"), "--size", "800x600", "--team", "Red: 2"])
    app = build_play_app(args, time_source=lambda: 0.0)
    try:
        sounds = app.ctx.sounds
        assert pygame.display.get_init() and pygame.font.get_init()
        assert not pygame.mixer.get_init() and not sounds.available and not pygame.joystick.get_init()
        app.frame()
        assert app.frames_drawn == 1
        assert not pygame.mixer.get_init() and not sounds.available, "the first frame waited for the sound"
        app.frame()
        assert sounds.available and pygame.joystick.get_init()  # pads (clickers) are heard from now on
        assert pygame.mixer.get_init() == (SAMPLE_RATE, -16, 1), "pre_init came too late for the mixer's init"
        assert sounds.buffer_samples == BUFFER_SAMPLES
        sounds.play("beep")
        assert sounds.played == ["beep"]
        assert app.after_first_frame == []
    finally:
        pygame.quit()
