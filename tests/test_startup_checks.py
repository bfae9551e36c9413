"""Before anything opens: a clobbered pygame-ce and a missing screen are one line each and exit status 2."""

from __future__ import annotations

import os
import subprocess
import sys

import pygame
import pytest

from maze.cli import main
from maze.startup_checks import REPAIR_PYGAME, problems_before


def test_plain_pygame_in_place_of_pygame_ce_says_how_to_repair(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.setattr(pygame, "IS_CE", False, raising=False)
    assert main(["demo", "--headless", "--results-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert REPAIR_PYGAME in err and len(err.strip().splitlines()) == 1
    assert not list(tmp_path.iterdir())  # nothing was started


def test_file_commands_need_no_pygame_check(monkeypatch) -> None:
    monkeypatch.setattr(pygame, "IS_CE", False, raising=False)
    assert problems_before("validate", headless=False) == ""
    assert problems_before("new", headless=False) == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux desktops can be missing")
def test_no_screen_is_one_line_and_exit_2(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER")}
    env["ELECTRIC_MAZE_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "maze", "--windowed"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()] and "no screen" in done.stderr
