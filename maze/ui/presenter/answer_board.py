"""The answer key on the facilitator's window: the route, what the team knows, the walk and where it may go."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from maze.ui.context import Context
from maze.ui.layout import Rect
from maze.ui.painter import Painter

if TYPE_CHECKING:
    from maze.core.answer_key import AnswerKey
    from maze.core.level import Level
    from maze.ui.board import BoardView

ROUTE_ALPHA = 150
OTHER_SAFE_ALPHA = 70
LEGEND = "green: the route    blue ✓: known safe    ✗: beeped    line: this walk    outline: may step"


class AnswerBoard:
    """One board per level, kept between frames (its squares are drawn once per size)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._view: BoardView | None = None
        self._level: Level | None = None

    def adopt(self, ctx: Context) -> None:
        """Draw with `ctx` from now on (the board's squares are drawn again at its size and theme)."""
        self.ctx = ctx
        if self._view is not None:
            self._view.ctx = ctx

    def view(self, level: Level) -> BoardView:
        if self._view is None or self._level is not level:
            from maze.ui.board import BoardView  # with a walk to show: the title's first frame needs no board

            self._view, self._level = BoardView(self.ctx, level), level
        return self._view

    def draw(self, p: Painter, area: Rect, level: Level, key: AnswerKey, walker: str) -> None:
        th, lay = self.ctx.theme, self.ctx.layout
        board_area, legend = lay.cut_top(area, area[3] - int(lay.hint_size * 1.6))
        view = self.view(level)
        view.place(board_area)
        view.draw_static(p)
        for pos in key.other_safe:
            view.fill_square(p, pos, th.good, alpha=OTHER_SAFE_ALPHA)
        for pos in key.route:
            view.fill_square(p, pos, th.good, alpha=ROUTE_ALPHA)
        view.safe(p, sorted(key.known_safe))
        view.beeped(p, sorted(key.known_beeps))
        self._walk_line(p, view, key)
        view.hints(p, key.legal_next)
        if key.walk:
            view.token(p, key.walk[-1], walker)
        p.text(LEGEND, legend, lay.hint_size, th.muted, align="center", min_size=max(7, lay.hint_size // 2))

    def _walk_line(self, p: Painter, view: BoardView, key: AnswerKey) -> None:
        if len(key.walk) < 2 or view.geometry is None:
            return
        points = []
        for pos in key.walk:
            x, y, w, h = view.place_rect(pos)
            points.append((x + w // 2, y + h // 2))
        pygame.draw.lines(p.surface, self.ctx.theme.token, False, points, max(2, view.geometry.cell // 10))
