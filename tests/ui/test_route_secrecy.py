"""The room never sees the route before the team finds it or the facilitator reveals it.

A scripted discovery on the classic maze, with the presenter view: after every frame, each square of the
route is read off the room's window. A square may show the safe colour only once a walker has stood on it;
and no square of the room's window may look like the facilitator's answer key.
"""

from __future__ import annotations

import pygame

from maze.core.answer_key import known_safe
from maze.core.grid import Pos
from maze.ui.driver import Game
from tests.ui.presenter_helpers import facilitator, press

K = pygame
FILL_POINT = (0.82, 0.82)  # inside a square, clear of the tick, the walker and the hint outline


def square_colour(surface: pygame.Surface, rect: tuple[int, int, int, int]) -> tuple[int, int, int]:
    x, y, w, h = rect
    return tuple(surface.get_at((int(x + w * FILL_POINT[0]), int(y + h * FILL_POINT[1]))))[:3]


class RoomWatcher:
    def __init__(self, game: Game) -> None:
        self.game = game
        self.frames_checked = 0
        self.safe_seen: set[Pos] = set()

    def route(self) -> list[Pos]:
        level = self.game.run.level
        return level.grid.safe_route(level.rules.entry, level.rules.diagonal) or []

    def answer_key_colour(self, pos: Pos) -> tuple[int, int, int]:
        desk = self.game.app.desk.board.view(self.game.run.level)
        return square_colour(self.game.app.windows.facilitator_surface, desk.place_rect(pos))

    def check(self) -> None:
        game = self.game
        run = game.run
        if run.discovery_over:
            return
        room = pygame.display.get_surface()
        board = game.app.stack[0].board
        known = known_safe(game.ctx.workshop.team_log)
        safe = game.ctx.theme.safe
        for pos in self.route():
            colour = square_colour(room, board.place_rect(pos))
            if colour == safe:
                assert pos in known, f"route square {pos} drawn as safe on the room before anyone stood on it"
                self.safe_seen.add(pos)
            if pos not in known:
                assert colour != self.answer_key_colour(pos), f"route square {pos} shows the answer key's colour"
        self.frames_checked += 1

    def frames(self, count: int) -> None:
        for _ in range(count):
            self.game.frames(1)
            self.check()

    def step(self, pos: Pos) -> None:
        self.game.click(self.game.square_centre(pos))
        self.check()
        self.frames(2)
        for _ in range(600):  # a beep's flash and the walk back, frame by frame
            if not getattr(self.game.app.stack[0], "animating", False):
                break
            self.frames(1)


def test_the_room_never_sees_the_route_before_it_is_known(make_game) -> None:
    game = make_game("--team", "Red: Ana, Ben, Cy", "--presenter", size=(1280, 720))
    desk = facilitator(game)
    for _ in range(3):  # setup, briefing, strategy
        press(game, K.K_RETURN, desk)
    assert game.screen_name == "DiscoveryScreen"
    watcher = RoomWatcher(game)
    route = watcher.route()
    grid, diagonal = game.run.level.grid, game.run.level.rules.diagonal
    assert len(route) >= 5
    for depth in (1, 3, len(route) - 2):  # each walker gets further along the route, then beeps
        for pos in route[:depth]:
            watcher.step(pos)
        here = route[depth - 1]
        wrong = next(p for p in grid.neighbours(here, diagonal) if not grid.is_safe(p))
        turn = game.run.turn
        watcher.step(wrong)
        assert game.run.turn == turn + 1, "the wrong square beeped and the turn passed"
    for pos in route:
        watcher.step(pos)
    exit_place = grid.beyond(route[-1], game.run.level.rules.exit)
    game.click(game.square_centre(exit_place))
    assert game.run.found
    assert watcher.frames_checked > 200
    assert watcher.safe_seen == set(route), "every route square was drawn safe once it was walked"
