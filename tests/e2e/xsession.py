"""A real X display (Xvfb) and real key presses (xdotool) for end-to-end tests."""

from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "xdotool")


def require_tools() -> None:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {' and '.join(missing)} (see .ci/run)")
        pytest.skip(f"needs {' and '.join(missing)}: apt-get install -y xvfb xdotool")


class XDisplay:
    def __init__(self, size: str = "1920x1080x24") -> None:
        require_tools()
        # Xvfb takes the first free display number itself and tells it through a pipe (-displayfd), so tests in
        # parallel workers, and other people's displays on a shared machine, never clash.
        read_end, write_end = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", size, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        try:
            self.number = self._read_display_number(read_end)
        finally:
            os.close(read_end)
        self.name = f":{self.number}"
        self._wait_until_it_answers()

    def _wait_until_it_answers(self) -> None:
        """Xvfb names its display before a client can always connect; on a loaded machine a game started at once
        found no screen (a CI run saw it once). Ask the server itself until it answers."""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            answer = subprocess.run(
                ["xdotool", "getdisplaygeometry"],
                env={**os.environ, "DISPLAY": self.name},
                capture_output=True,
                timeout=10,
            )
            if answer.returncode == 0:
                return
            time.sleep(0.05)
        self.close()
        raise RuntimeError(f"Xvfb {self.name} does not answer")

    def _read_display_number(self, read_end: int) -> int:
        told = b""
        deadline = time.monotonic() + 20
        while not told.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:  # the pipe closed (Xvfb exited) or the time ran out
                self.close()
                raise RuntimeError(f"Xvfb did not start: it told {told!r}")
            told += chunk
        return int(told)

    def env(self, home: Path) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SDL_")}
        env.update(DISPLAY=self.name, ELECTRIC_MAZE_HOME=str(home), PYTHONUNBUFFERED="1")
        return env

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        out = subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.name},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        return out.stdout.strip()

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Program:
    """The game started as a user starts it, in a real window on `display`."""

    def __init__(self, display: XDisplay, home: Path, *args: str) -> None:
        self.display = display
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "maze", *args],
            env=display.env(home),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.window = self._find_window()

    def _find_window(self) -> str:
        """The game's window, once the game has drawn into it (a window not yet drawn is black). SDL also makes
        windows of its own that are never drawn, so every window of the process is tried."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the game exited early: {self.proc.stderr.read()}")
            found = self.display.xdotool("search", "--pid", str(self.proc.pid))
            for window in found.splitlines():
                if self.pixel(2, 2, window) not in (None, (0, 0, 0)):
                    return window
            time.sleep(0.05)
        raise RuntimeError("no window of the game was drawn")

    def pixel(self, x: int, y: int, window: str | None = None) -> tuple[int, int, int] | None:
        """The colour of one pixel of the game's window, read from the X server (None if it cannot be read)."""
        try:  # a window being mapped can make `import` wait: give up on this look and poll again
            out = subprocess.run(
                ["import", "-display", self.display.name, "-window", window or self.window, "-crop", f"1x1+{x}+{y}"]
                + ["-depth", "8", "txt:-"],
                capture_output=True,
                text=True,
                timeout=5,
            )
        except subprocess.TimeoutExpired:
            return None
        match = re.search(r"\((\d+),(\d+),(\d+)", out.stdout.splitlines()[-1] if out.stdout else "")
        return (int(match[1]), int(match[2]), int(match[3])) if match else None

    def await_pixel(
        self, x: int, y: int, colour: tuple[int, int, int], timeout: float = 30, leave: bool = False
    ) -> None:
        """Poll the window until the pixel has `colour` (or, with `leave`, until it has any other colour)."""
        deadline = time.monotonic() + timeout
        while (self.pixel(x, y) == colour) if leave else (self.pixel(x, y) != colour):
            if time.monotonic() > deadline:
                raise AssertionError(f"pixel ({x}, {y}) never {'left' if leave else 'became'} {colour}")
            time.sleep(0.05)

    def keys(self, *names: str) -> None:
        """Press keys in order. The game handles queued keys one by one, each on the screen the previous one
        left showing, so no pause is needed between them; what takes time (a walk back) is polled for."""
        self.display.xdotool("windowfocus", "--sync", self.window)
        for name in names:
            self.display.xdotool("key", "--window", self.window, name)

    def wait(self, timeout: float = 30) -> int:
        return self.proc.wait(timeout)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(10)
