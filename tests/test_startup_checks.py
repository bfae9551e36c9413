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


def test_started_without_a_console_messages_go_to_the_log(monkeypatch, tmp_path) -> None:
    from maze.cli import gui_main
    from maze.io.user_dirs import log_file

    monkeypatch.setenv("ELECTRIC_MAZE_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "argv", ["electric-maze-gui", "validate", "classic", "nowhere.yaml"])
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    if sys.platform != "win32":
        assert gui_main() == 2
        sys.stdout.flush()
        logged = log_file().read_text(encoding="utf-8")
        assert "classic (bundled): ok:" in logged and "nowhere.yaml: no such file" in logged


def test_a_named_desktop_that_does_not_answer_is_named_in_the_line(tmp_path) -> None:
    """DISPLAY set to a desktop that is not there: the line says which (it used to say DISPLAY was not set)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SDL_", "DISPLAY", "WAYLAND"))}
    env.update(DISPLAY=":999", ELECTRIC_MAZE_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-m", "maze"], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        "electric-maze: no screen to open the window on (the desktop :999 does not answer); start it from a desktop, "
        "or use `electric-maze demo --headless` for a run without a window"
    ]


def test_a_desktop_that_answers_at_the_second_asking_opens(monkeypatch) -> None:
    """A display server just started (or a session still starting) may not answer at once: it is asked again."""
    import maze.startup_checks as checks

    monkeypatch.setenv("DISPLAY", ":5")
    monkeypatch.delenv("SDL_VIDEODRIVER", raising=False)
    monkeypatch.setattr(checks, "DESKTOP_RETRY_SECONDS", 0.0)
    answers = iter(["offscreen", "x11"])
    inits: list[int] = []
    monkeypatch.setattr(pygame.display, "init", lambda: inits.append(1))
    monkeypatch.setattr(pygame.display, "quit", lambda: None)
    monkeypatch.setattr(pygame.display, "get_driver", lambda: next(answers))
    assert checks.display_problem() == ""
    assert len(inits) == 2
