"""Drive the real app by script: post real pygame events and run real frames on a clock the script moves.

Used by the screen tests, the screenshot script and the benchmarks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import pygame

from maze.cli import parse_args
from maze.core.grid import Pos
from maze.core.team import TeamRun
from maze.ui.app import App
from maze.ui.board import BoardView
from maze.ui.context import Context
from maze.ui.presenter.app import PresenterApp
from maze.ui.screens.base import Screen
from maze.ui.start.edit import build_editor_app
from maze.ui.start.play import build_play_app
from maze.ui.start.replay import build_replay_app

FRAME = 1 / 60


@runtime_checkable
class ShowsBoard(Protocol):
    """A screen with a maze on it (the walk, the route found, the editor, the replay)."""

    board: BoardView


def window() -> pygame.Surface:
    surface = pygame.display.get_surface()
    if surface is None:
        raise RuntimeError("the game has no window open")
    return surface


class Game:
    def __init__(self, app: App, clock: list[float]) -> None:
        self.app = app
        self._time = clock

    @classmethod
    def start(cls, argv: Sequence[str]) -> Game:
        args = parse_args(list(argv))
        clock = [0.0]
        if args.command == "replay":
            app = build_replay_app(args, time_source=lambda: clock[0])
        elif args.command == "edit":
            app = build_editor_app(args, time_source=lambda: clock[0])
        else:
            app = build_play_app(args, time_source=lambda: clock[0])
        app.strict = True  # a screen's exception stops the script instead of becoming a notice
        game = cls(app, clock)
        if args.size and window().get_size() != args.size:
            # SDL's dummy driver pretends the desktop is 1024 x 768 and the window is fitted to it;
            # a script asking for another size gets it, as a window resized by hand would.
            game.resize(args.size)
        game.frames(2)
        return game

    def close(self) -> None:
        if self.app.ctx.recorder is not None:
            self.app.ctx.recorder.close()
        self.app.close_windows()
        pygame.quit()

    # -- time and frames -----------------------------------------------------------------------

    def frames(self, count: int = 1, dt: float = FRAME) -> None:
        for _ in range(count):
            self._time[0] += dt
            self.app.frame()

    def wait(self, seconds: float) -> None:
        """Let time pass in frames of at most a tenth of a second (as a running game would)."""
        steps = max(1, int(seconds / 0.1))
        self.frames(steps, seconds / steps)

    # -- input ---------------------------------------------------------------------------------

    def press(self, key: int, mod: int = 0, frames: int = 1) -> None:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
        self.frames(frames)

    def type(self, text: str) -> None:
        """Type into a text field (as SDL sends it: one TEXTINPUT per character)."""
        for ch in text:
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=ch))
        self.frames(1)

    def digits(self, number: str) -> None:
        """Press the number keys, as a player entering a prediction would."""
        for ch in number:
            self.press(pygame.K_0 + int(ch), frames=0)
        self.frames(1)

    def erase(self, count: int) -> None:
        for _ in range(count):
            self.press(pygame.K_BACKSPACE, frames=0)
        self.frames(1)

    def click(self, pos: tuple[int, int]) -> None:
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=pos))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, button=1, pos=pos))
        self.frames(1)

    def drag(self, points: list[tuple[int, int]]) -> None:
        """Press the mouse at the first point, move through the others, release at the last."""
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=points[0]))
        for point in points[1:]:
            pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=point, rel=(0, 0), buttons=(1, 0, 0)))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, button=1, pos=points[-1]))
        self.frames(1)

    def resize(self, size: tuple[int, int]) -> None:
        pygame.display.set_mode(size, pygame.RESIZABLE)
        pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1]))
        self.frames(1)

    # -- looking -------------------------------------------------------------------------------

    @property
    def ctx(self) -> Context:
        return self.app.ctx

    @property
    def screen(self) -> Screen:
        return self.app.top

    @property
    def presenter(self) -> PresenterApp:
        """The app, as the presenter view's (every game the launcher builds is one)."""
        if not isinstance(self.app, PresenterApp):
            raise TypeError(f"this game runs a {type(self.app).__name__}, not the presenter view's app")
        return self.app

    @property
    def screen_name(self) -> str:
        return type(self.app.stack[0]).__name__

    @property
    def run(self) -> TeamRun:
        return self.ctx.current_run()

    def texts(self) -> list[str]:
        self.app.draw()
        return [box.text for box in self.app.painter.boxes]

    def text(self) -> str:
        """Everything the screen says, as one string (wrapped lines joined by spaces)."""
        return " ".join(self.texts())

    def screenshot(self, path: str) -> None:
        self.app.draw()
        pygame.image.save(window(), path)

    def square_centre(self, pos: Pos) -> tuple[int, int]:
        top, bottom = self.app.stack[-1], self.app.stack[0]
        shown = top if isinstance(top, ShowsBoard) else bottom
        if not isinstance(shown, ShowsBoard):
            raise TypeError(f"{type(shown).__name__} shows no maze")
        x, y, w, h = shown.board.place_rect(pos)
        return x + w // 2, y + h // 2
