"""Checks before anything opens: the right pygame, and a screen to show a window on. Each fault is one line."""

from __future__ import annotations

import os
import sys

REPAIR_PYGAME = "pip uninstall -y pygame pygame-ce && pip install pygame-ce"
NO_SCREEN_DRIVERS = ("offscreen", "dummy")  # SDL falls back to these when there is no screen
DESKTOP_TRIES = 3  # a named desktop that does not answer is asked this many times
DESKTOP_RETRY_SECONDS = 0.3


def pygame_problem() -> str:
    """Empty when pygame-ce is what `import pygame` gives; otherwise how to repair it."""
    try:
        import pygame
    except ImportError as exc:
        return f"electric-maze: pygame-ce is missing ({exc}); repair it with: {REPAIR_PYGAME}"
    if not getattr(pygame, "IS_CE", False):
        return (
            "electric-maze: the `pygame` package has replaced `pygame-ce`, which this game needs; "
            f"repair it with: {REPAIR_PYGAME}  (installed with pipx: pipx reinstall electric-maze)"
        )
    return ""


def display_problem() -> str:
    """Empty when a window can be seen; otherwise one line saying there is no screen (SDL would draw unseen).

    A desktop that is named (DISPLAY or WAYLAND_DISPLAY) but does not answer at once is asked again, twice, a
    moment apart: a session still starting, or a display server just launched, is not yet "no screen"."""
    import time

    import pygame

    from maze.ui.sound import quiet_stderr

    wanted = os.environ.get("SDL_VIDEODRIVER", "").lower()
    desktop = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or ""
    for attempt in range(DESKTOP_TRIES if desktop else 1):
        if attempt:
            pygame.display.quit()
            time.sleep(DESKTOP_RETRY_SECONDS)
        try:
            with quiet_stderr():  # SDL prints its own noise while it looks for a screen
                pygame.display.init()
            driver = pygame.display.get_driver()
        except pygame.error as exc:
            return f"electric-maze: no screen to open the window on ({exc}); start it from a desktop session"
        if driver not in NO_SCREEN_DRIVERS or wanted == driver:
            return ""
    if desktop:
        return (
            f"electric-maze: no screen to open the window on (the desktop {desktop} does not answer); start it "
            "from a desktop, or use `electric-maze demo --headless` for a run without a window"
        )
    return (
        "electric-maze: no screen to open the window on (no desktop session: DISPLAY is not set); "
        "start it from a desktop, or use `electric-maze demo --headless` for a run without a window"
    )


def problems_before(command: str, headless: bool) -> str:
    """The first thing that stops `command` from working here, in one line; empty when nothing does."""
    if command in ("validate", "new"):
        return ""
    if problem := pygame_problem():
        return problem
    if command == "report" or (command == "demo" and headless):
        return ""
    return display_problem()


def find_a_place_for_messages() -> None:
    """Started without a console (Windows, the app): messages go to the terminal it came from, else the log."""
    from typing import TextIO

    stream: TextIO | None = None
    if sys.platform == "win32":
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # type: ignore[attr-defined]  # started from a terminal
            stream = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115 - for the process
    if stream is None:
        from maze.io.user_dirs import log_file

        try:
            log_file().parent.mkdir(parents=True, exist_ok=True)
            stream = open(log_file(), "a", encoding="utf-8", errors="replace")  # noqa: SIM115 - for the process
        except OSError:
            import io

            stream = io.StringIO()
    sys.stdout = sys.stdout or stream
    sys.stderr = sys.stderr or stream
