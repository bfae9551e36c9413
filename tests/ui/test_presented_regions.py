"""Only what changed is painted and presented, and the window still shows exactly the whole picture.

Every check compares the window, kept up by partial repaints, with the same frame painted whole on a
fresh surface: a region forgotten by the change tracking would leave stale pixels and fail here.
"""

from __future__ import annotations

import pygame

from maze.ui.display_list import Op, changed_boxes, merge, paint_all
from maze.ui.driver import Game
from maze.ui.painter import Painter
from tests.ui.test_game_flow import TINY, to_discovery

K = pygame
CLASSIC = "levels/classic.yaml"


def whole_frame(game: Game) -> bytes:
    """The current frame painted from scratch, on a surface of its own."""
    window = pygame.display.get_surface()
    fresh = window.copy()
    fresh.fill((255, 0, 255))
    painter = Painter(fresh)
    painter.record(fresh)
    app = game.app
    base = max(i for i, s in enumerate(app.stack) if not s.modal or i == 0)
    for screen in app.stack[base:]:
        screen.draw(painter)
    from maze.ui.widgets import draw_notices

    draw_notices(painter, game.ctx, app.top.notice_area)
    ops = painter.finish()
    if ops is not None:
        paint_all(fresh, ops)
    return pygame.image.tobytes(fresh, "RGB")


def shown(game: Game) -> bytes:
    return pygame.image.tobytes(pygame.display.get_surface(), "RGB")


def presented_in(game: Game, action) -> int:  # noqa: ANN001 - action() -> None
    before = game.app.display.presented_pixels
    action()
    return game.app.display.presented_pixels - before


def window_pixels() -> int:
    w, h = pygame.display.get_surface().get_size()
    return w * h


def discovery(make_game, size: tuple[int, int] = (1280, 720), level: str = CLASSIC) -> Game:  # noqa: ANN001
    game = make_game("--level", level, "--team", "Red: Ana, Ben, Cy", size=size)
    game.press(K.K_RETURN)
    to_discovery(game)
    game.wait(1.0)  # the first second: the discovery screen's whole first frame is behind us
    return game


def test_an_idle_second_presents_only_the_clock(make_game) -> None:
    game = discovery(make_game, size=(1920, 1080))
    presented = presented_in(game, lambda: game.wait(5.0))
    assert 0 < presented < 0.05 * 5 * window_pixels(), presented
    assert shown(game) == whole_frame(game)


def test_a_step_and_a_beep_present_less_than_the_window_and_show_the_whole_picture(make_game) -> None:
    game = discovery(make_game, level=TINY)
    for key in (K.K_LEFT, K.K_UP):  # along the START band, then onto the route
        presented = presented_in(game, lambda key=key: game.press(key))
        assert 0 < presented < window_pixels(), presented
        assert shown(game) == whole_frame(game)
    game.press(K.K_e)  # a beep: the flash borders the whole window
    for _ in range(40):  # the flash and the walk back, frame by frame
        game.frames(1)
        assert shown(game) == whole_frame(game)
    game.press(K.K_BACKSPACE)  # undo
    assert shown(game) == whole_frame(game)


def test_resize_screen_change_and_theme_change_present_the_whole_window(make_game) -> None:
    game = discovery(make_game, level=TINY)
    assert presented_in(game, lambda: game.resize((1024, 768))) >= window_pixels()
    assert shown(game) == whole_frame(game)
    assert presented_in(game, lambda: game.press(K.K_F1)) >= window_pixels()  # the keys overlay
    assert presented_in(game, lambda: game.press(K.K_ESCAPE)) >= window_pixels()
    assert shown(game) == whole_frame(game)


def test_nothing_changed_presents_nothing(make_game) -> None:
    game = discovery(make_game, level=TINY)
    game.press(K.K_SPACE)  # paused: the clock stands still
    assert presented_in(game, lambda: (game.app.draw(), game.app.draw())) == 0


def test_changed_boxes_cover_every_changed_operation_and_nothing_else() -> None:
    def op(key: str, box: tuple[int, int, int, int]) -> Op:
        return Op(key, box, lambda s: None)

    before = [op("bg", (0, 0, 100, 100)), op("clock 1:00", (10, 10, 20, 10)), op("name", (10, 50, 30, 10))]
    after = [op("bg", (0, 0, 100, 100)), op("clock 0:59", (10, 10, 22, 10)), op("name", (10, 50, 30, 10))]
    assert merge(changed_boxes(before, after)) == [(10, 10, 22, 10)]
    assert changed_boxes(before, before) == []
    swapped = [before[0], before[2], before[1]]  # same operations in another order can change pixels
    assert changed_boxes(before, swapped)
    assert merge([(0, 0, 10, 10), (5, 5, 10, 10), (200, 200, 5, 5)]) == [(0, 0, 15, 15), (200, 200, 5, 5)]


def test_dragging_in_the_editor_presents_only_the_squares_it_reaches(make_game, tmp_path) -> None:  # noqa: ANN001
    from maze.core.grid import Pos

    game = make_game("edit", str(tmp_path / "new.yaml"), size=(1280, 720))
    editor = game.screen
    game.wait(10.0)  # the start-up notices have gone
    start = game.square_centre(Pos(8, 1))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=start))
    game.frames(1)
    for row in (7, 6, 5):
        point = game.square_centre(Pos(row, 1))
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=point, rel=(0, -1), buttons=(1, 0, 0)))
        presented = presented_in(game, lambda: game.frames(1))
        assert 0 < presented < 0.05 * window_pixels(), presented
        assert shown(game) == whole_frame(game)
    assert presented_in(game, lambda: game.frames(5)) == 0, "a drag that reaches no new square draws nothing"
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, button=1, pos=game.square_centre(Pos(5, 1))))
    game.frames(1)
    assert {Pos(r, 1) for r in (5, 6, 7, 8)} <= editor.draft.level.grid.safe
    assert shown(game) == whole_frame(game)
