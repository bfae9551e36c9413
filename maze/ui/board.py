"""Drawing the maze: squares, the entry and exit bands, the walker, hints, beep marks, a heat map.

The static part (squares and bands) is drawn once per size and reused; each frame blits it and
draws only what moves. Every mark has a shape as well as a colour: a cross for a beep, a tick for
a safe square, words on the entry and exit bands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import pygame

from maze.core.grid import Grid, Pos, Side
from maze.core.level import Level
from maze.ui.context import Context
from maze.ui.layout import BoardGeometry, Rect, fit_board
from maze.ui.painter import Painter


class BoardView:
    def __init__(self, ctx: Context, level: Level) -> None:
        self.ctx = ctx
        self.level = level
        self.geometry: BoardGeometry | None = None
        self._static: pygame.Surface | None = None
        self._static_key: tuple | None = None

    @property
    def grid(self) -> Grid:
        return self.level.grid

    def place(self, area: Rect) -> BoardGeometry:
        self.geometry = fit_board(area, self.grid.width, self.grid.height)
        return self.geometry

    # -- geometry ------------------------------------------------------------------------------

    def band_rect(self, side: Side) -> Rect:
        g = self.geometry
        assert g is not None
        x, y, w, h = g.rect
        c = g.cell
        return {
            Side.TOP: (x, y - c, w, c),
            Side.BOTTOM: (x, y + h, w, c),
            Side.LEFT: (x - c, y, c, h),
            Side.RIGHT: (x + w, y, c, h),
        }[side]

    def place_rect(self, pos: Pos) -> Rect:
        """The rectangle of a square, or of a place in the band just off the grid."""
        assert self.geometry is not None
        return self.geometry.square_rect(pos.row, pos.col)

    def place_at(self, pixel: tuple[int, int]) -> Pos | None:
        """The square or band place under a pixel, or None."""
        if self.geometry is None:
            return None
        row, col = self.geometry.square_at(*pixel)
        pos = Pos(row, col)
        if self.grid.contains(pos):
            return pos
        rules = self.level.rules
        if self.grid.is_beyond(pos, rules.entry) or self.grid.is_beyond(pos, rules.exit):
            return pos
        return None

    # -- drawing -------------------------------------------------------------------------------

    def draw_static(self, p: Painter, picture: pygame.Surface | None = None) -> None:
        """The squares and the bands (or `picture`, made by `static_with`), then the bands' words."""
        g = self.geometry
        assert g is not None
        x, y, w, h = g.rect
        p.blit(picture or self._static_picture(), (x - g.cell, y - g.cell))
        # the band words are drawn through the painter so they are checked like all text
        rules = self.level.rules
        th, lay = self.ctx.theme, self.ctx.layout
        for side, word in ((rules.entry, "START  (entry)"), (rules.exit, "EXIT")):
            bx, by, bw, bh = self.band_rect(side)
            if side in (Side.TOP, Side.BOTTOM):
                p.text(
                    word,
                    (bx, by, bw, bh),
                    min(lay.body_size, int(bh * 0.7)),
                    th.background,
                    align="center",
                    bold=True,
                    min_size=max(6, int(bh * 0.35)),
                )
            else:
                p.text(
                    word[0],
                    (bx, by, bw, bh),
                    min(lay.body_size, int(bw * 0.7)),
                    th.background,
                    align="center",
                    bold=True,
                )

    def _static_picture(self) -> pygame.Surface:
        """Drawn once per size, theme, grid size and entry side, and reused."""
        g = self._placed()
        key = (self.ctx.layout.size, g, self.ctx.theme.name, self.level.rules.entry)
        if self._static is None or self._static_key != key:
            self._static = self._render_static()
            self._static_key = key
        return self._static

    def static_with(self, safe: Iterable[Pos]) -> pygame.Surface:
        """The static picture with `safe` squares marked on it, for a screen whose marks change seldom (the
        editor): drawn once per change and blitted whole, instead of every mark on every redraw."""
        g = self._placed()
        picture = self._static_picture().copy()
        local = BoardView(self.ctx, self.level)
        local.geometry = replace(g, origin=(g.cell, g.cell))
        local.safe(Painter(picture), safe)
        return picture

    def plain(self, p: Painter, squares: Iterable[Pos]) -> None:
        """Squares drawn as on the static picture, unmarked (over a picture that marked them)."""
        g = self._placed()
        th, gap, radius = self.ctx.theme, max(1, g.cell // 16), max(2, g.cell // 10)
        for pos in squares:
            x, y, w, h = self.place_rect(pos)
            rect = (x + gap, y + gap, w - 2 * gap, h - 2 * gap)
            p.box(rect, th.square, radius=radius)
            p.box(rect, th.square_edge, radius=radius, width=max(1, g.cell // 30))

    def _placed(self) -> BoardGeometry:
        if self.geometry is None:
            raise RuntimeError("the board is drawn before it was placed")
        return self.geometry

    def _render_static(self) -> pygame.Surface:
        g = self.geometry
        assert g is not None
        th = self.ctx.theme
        surf = pygame.Surface(((g.cols + 2) * g.cell, (g.rows + 2) * g.cell))
        surf.fill(th.background)
        ox, oy = g.origin[0] - g.cell, g.origin[1] - g.cell
        rules = self.level.rules
        for side, colour in ((rules.entry, th.edge_entry), (rules.exit, th.edge_exit)):
            bx, by, bw, bh = self.band_rect(side)
            pygame.draw.rect(surf, colour, (bx - ox, by - oy, bw, bh), border_radius=max(2, g.cell // 8))
        gap = max(1, g.cell // 16)
        for pos in self.grid.squares():
            sx, sy, sw, sh = g.square_rect(pos.row, pos.col)
            rect = (sx - ox + gap, sy - oy + gap, sw - 2 * gap, sh - 2 * gap)
            pygame.draw.rect(surf, th.square, rect, border_radius=max(2, g.cell // 10))
            pygame.draw.rect(surf, th.square_edge, rect, max(1, g.cell // 30), border_radius=max(2, g.cell // 10))
        return surf

    def fill_square(self, p: Painter, pos: Pos, colour: tuple[int, int, int], alpha: int = 255) -> None:
        g = self.geometry
        assert g is not None
        gap = max(1, g.cell // 16)
        x, y, w, h = self.place_rect(pos)
        rect = pygame.Rect(x + gap, y + gap, w - 2 * gap, h - 2 * gap)
        if alpha >= 255:
            p.box(rect, colour, radius=max(2, g.cell // 10))
        else:
            layer = pygame.Surface(rect.size, pygame.SRCALPHA)
            pygame.draw.rect(layer, (*colour, alpha), layer.get_rect(), border_radius=max(2, g.cell // 10))
            p.blit(layer, rect.topleft)

    def cross(self, p: Painter, pos: Pos, colour: tuple[int, int, int]) -> None:
        x, y, w, h = self.place_rect(pos)
        m, width = w // 4, max(2, w // 12)
        p.line(colour, (x + m, y + m), (x + w - m, y + h - m), width)
        p.line(colour, (x + w - m, y + m), (x + m, y + h - m), width)

    def tick(self, p: Painter, pos: Pos, colour: tuple[int, int, int]) -> None:
        x, y, w, h = self.place_rect(pos)
        width = max(2, w // 12)
        points = [(x + w * 0.25, y + h * 0.52), (x + w * 0.43, y + h * 0.7), (x + w * 0.76, y + h * 0.32)]
        p.lines(colour, False, points, width)

    def beeped(self, p: Painter, squares: Iterable[Pos]) -> None:
        th = self.ctx.theme
        for pos in squares:
            self.fill_square(p, pos, th.beep)
            self.cross(p, pos, th.text if th.name == "dark" else th.background)

    def safe(self, p: Painter, squares: Iterable[Pos]) -> None:
        th = self.ctx.theme
        for pos in squares:
            self.fill_square(p, pos, th.safe)
            self.tick(p, pos, (255, 255, 255))

    def hints(self, p: Painter, places: Iterable[Pos]) -> None:
        g = self.geometry
        assert g is not None
        th = self.ctx.theme
        for pos in places:
            x, y, w, h = self.place_rect(pos)
            inset = max(2, g.cell // 10)
            p.box(
                (x + inset, y + inset, w - 2 * inset, h - 2 * inset),
                th.hint,
                radius=max(2, g.cell // 8),
                width=max(2, g.cell // 18),
            )

    def token(self, p: Painter, pos: Pos | tuple[float, float], label: str) -> None:
        g = self.geometry
        assert g is not None
        th = self.ctx.theme
        row, col = pos
        cx = g.origin[0] + (col + 0.5) * g.cell
        cy = g.origin[1] + (row + 0.5) * g.cell
        radius = int(g.cell * 0.34)
        p.circle(th.token, (int(cx), int(cy)), radius)
        p.circle(th.background, (int(cx), int(cy)), radius, max(2, g.cell // 20))
        initial = (label[:1] or "?").upper()
        surf = p.render(initial, max(8, int(radius * 1.1)), True, th.background)
        p.blit(surf, surf.get_rect(center=(int(cx), int(cy))).topleft)

    def heat(self, p: Painter, counts: dict[tuple[int, int], int]) -> None:
        """Squares shaded by how often they beeped, with the count written on them."""
        if not counts:
            return
        g = self.geometry
        assert g is not None
        th = self.ctx.theme
        top = max(counts.values())
        for (row, col), n in counts.items():
            pos = Pos(row, col)
            self.fill_square(p, pos, th.beep, alpha=int(80 + 175 * n / top))
            x, y, w, h = self.place_rect(pos)
            surf = p.render(str(n), max(8, int(g.cell * 0.42)), True, (255, 255, 255))
            p.blit(surf, surf.get_rect(center=(x + w // 2, y + h // 2)).topleft)
