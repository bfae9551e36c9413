"""Figures measured inside one process, on SDL's dummy drivers: what is presented while idle, busy frames,
the editor's redraw against the walk screen's, and the beep's latency in frames."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

from maze.ui.driver import Game  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CLASSIC = ROOT / "levels" / "classic.yaml"
FRAME = 1 / 60


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def game_at(size: tuple[int, int], home: str, level: Path = CLASSIC, *extra: str) -> Game:
    os.environ["ELECTRIC_MAZE_HOME"] = home
    argv = ["--results-dir", str(Path(home) / "results"), "--size", f"{size[0]}x{size[1]}", "--mute", *extra]
    return Game.start([*argv, "--level", str(level), "--team", "Red: Ana, Ben, Cy"])


def discovery_game(size: tuple[int, int], home: str, level: Path = CLASSIC) -> Game:
    game = game_at(size, home, level)
    for key in (pygame.K_RETURN, pygame.K_RETURN, pygame.K_RETURN):
        game.press(key)
    if game.screen_name != "DiscoveryScreen":
        raise RuntimeError(f"expected the discovery screen, not {game.screen_name}")
    game.app.strict = True
    return game


def idle_presented_fraction(size: tuple[int, int], seconds: int) -> float:
    """Pixels presented per idle discovery second, over the window's pixels, at 60 frames a second."""
    with tempfile.TemporaryDirectory() as home:
        game = discovery_game(size, home)
        game.frames(12 * 60, FRAME)  # the start-up notices have gone: from here on nothing but the clock moves
        before = game.app.display.presented_pixels
        game.frames(seconds * 60, FRAME)
        presented = game.app.display.presented_pixels - before
        game.close()
    return presented / (seconds * size[0] * size[1])


def bare_frame_time(size: tuple[int, int], frames: int) -> float:
    """The baseline of frame_busy_ratio (as before): fill the window and present it."""
    surface = pygame.display.set_mode(size)

    def frame() -> None:
        pygame.event.pump()
        surface.fill((18, 20, 28))
        pygame.display.flip()

    return min(timed(frame) for _ in range(frames))


def busy_frame_ratio(frames: int) -> float:
    """Frames during a beep's flash and the walk back, over filling and presenting a 1920 x 1080 window."""
    with tempfile.TemporaryDirectory() as home:
        game = discovery_game((1920, 1080), home)
        for key in (pygame.K_LEFT, pygame.K_LEFT, pygame.K_LEFT, pygame.K_UP, pygame.K_e, pygame.K_e):
            game.press(key)  # a long way in, so the walk back lasts
        times = []
        for _ in range(frames):
            screen: Any = game.app.stack[0]  # the discovery screen
            if not screen.busy and game.ctx.now >= screen.flash_until:
                game.press(pygame.K_UP, frames=0)  # a beep: the flash, then the walk back
            times.append(timed(lambda: game.frames(1, FRAME)))
        game.close()
        base = bare_frame_time((1920, 1080), frames)
    return statistics.median(times) / base


def editor_redraw_ratios(repeats: int) -> tuple[float, float]:
    """Editor frames on a 50 x 50 maze over walk-screen frames (50 x 50) in which the walker moves one place:
    frames where the cursor moves (a redraw of an unchanged maze), and frames that draw a square (the maze
    changes: it is checked again and its picture redrawn)."""
    from maze.core.generator import generate
    from maze.core.grid import Pos
    from maze.core.level import Difficulty
    from maze.io.level_file import level_yaml

    def key(game: Game, code: int) -> float:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0))
        return timed(lambda: game.frames(1, FRAME))

    with tempfile.TemporaryDirectory() as home:
        path = Path(home) / "big.yaml"
        path.write_text(level_yaml(generate(50, 50, seed=5, difficulty=Difficulty.HARD)), encoding="utf-8")
        os.environ["ELECTRIC_MAZE_HOME"] = home
        editor = Game.start(["edit", str(path), "--size", "1920x1080"])
        cursor = [key(editor, pygame.K_UP if (i // 20) % 2 else pygame.K_DOWN) for i in range(repeats)]
        squares = [Pos(r, c) for r in range(10, 40, 3) for c in range(10, 40, 3)]
        drawn = []
        for i in range(repeats):
            centre = editor.square_centre(squares[i % len(squares)])
            pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=centre))
            pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, button=1, pos=centre))
            drawn.append(timed(lambda: editor.frames(1, FRAME)))
        editor.close()
        walk = discovery_game((1920, 1080), home, path)
        moves = [key(walk, pygame.K_LEFT if (i // 8) % 2 else pygame.K_RIGHT) for i in range(repeats)]
        walk.close()
    base = statistics.median(moves)
    return statistics.median(cursor) / base, statistics.median(drawn) / base


def beep_latency() -> tuple[int, int | None]:
    with tempfile.TemporaryDirectory() as home:
        game = discovery_game((1280, 720), home)
        frame_before = game.ctx.frame
        game.press(pygame.K_UP)  # onto a beeping square
        cue, frame = game.ctx.cue_frames[-1]
        if cue != "beep":
            raise RuntimeError(f"expected a beep, not {cue}")
        step_frame = frame_before + 1  # the frame in which the key press was handled
        buffer = game.ctx.sounds.buffer_samples
        game.close()
    return frame - step_frame, buffer
