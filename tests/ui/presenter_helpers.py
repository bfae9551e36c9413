"""Posting events as if they came from one window or the other, and reading what each window drew."""

from __future__ import annotations

import pygame

from maze.ui.driver import Game
from maze.ui.presenter.windows import room_window


def facilitator(game: Game) -> pygame.Window:
    windows = game.app.windows
    assert windows is not None and windows.facilitator is not None
    return windows.facilitator


def room(game: Game) -> pygame.Window:
    window = room_window()
    assert window is not None
    return window


def press(game: Game, key: int, window: pygame.Window, mod: int = 0) -> None:
    for kind in (pygame.KEYDOWN, pygame.KEYUP):
        pygame.event.post(pygame.event.Event(kind, key=key, mod=mod, unicode="", scancode=0, window=window))
    game.frames(1)


def click(game: Game, pos: tuple[int, int], window: pygame.Window) -> None:
    for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        pygame.event.post(pygame.event.Event(kind, button=1, pos=pos, window=window))
    game.frames(1)


def window_event(game: Game, kind: int, window: pygame.Window) -> None:
    pygame.event.post(pygame.event.Event(kind, window=window))
    game.frames(1)


def desk_texts(game: Game) -> list[str]:
    game.app.draw()
    return [box.text for box in game.app.desk_painter.boxes]


def room_texts(game: Game) -> list[str]:
    return game.texts()
