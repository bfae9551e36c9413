"""Drawing the maze: squares, the entry and exit bands, the walker, hints, beep marks, a heat map.

The static part (squares and bands) is drawn once per size and reused; each frame blits it and
draws only what moves. Every mark has a shape as well as a colour: a cross for a beep, a tick for
a safe square, words on the entry and exit bands.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

import pygame

from maze.core.grid import Grid, Pos, Side
from maze.core.level import Level
from maze.core.words import player_marks
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
        g = self._placed()
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
        return self._placed().square_rect(pos.row, pos.col)

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

    def draw_static(
        self,
        p: Painter,
        picture: pygame.Surface | None = None,
        min_text: int | None = None,
        words: bool = True,
    ) -> None:
        """The squares and the bands (or `picture`, made by `static_with`), then the bands' words (unless
        `words` is False: a screen with a walker on a band draws them itself, with `band_words`)."""
        g = self._placed()
        x, y, w, h = g.rect
        p.blit(picture or self._static_picture(), (x - g.cell, y - g.cell))
        if words:
            self.band_words(p, min_text=min_text)

    def band_words(self, p: Painter, keep_clear: Rect | None = None, min_text: int | None = None) -> None:
        """START and EXIT on their bands, through the painter so they are checked like all text.

        `keep_clear` (a walker's token standing on a band) is never covered: the word moves to the larger
        part of the band beside it, or shortens, or waits until the token has gone. `min_text`: the words
        only at that size or more, for screens with a rule on the smallest text."""
        rules = self.level.rules
        for side, word in ((rules.entry, "START  (entry)"), (rules.exit, "EXIT")):
            band = self.band_rect(side)
            if min_text is not None:
                self._band_word(p, band, word, min_text)
                continue
            across = side in (Side.TOP, Side.BOTTOM)
            words = [word, word.split()[0]] if across else [word[0]]
            self._word_beside(p, band, words, across, keep_clear)

    def _word_beside(self, p: Painter, band: Rect, words: list[str], across: bool, keep_clear: Rect | None) -> None:
        th, lay = self.ctx.theme, self.ctx.layout
        bx, by, bw, bh = band
        size = min(lay.body_size, int((bh if across else bw) * 0.7))
        floor = max(6, int((bh if across else bw) * 0.35))
        places = [band]
        if keep_clear is not None and pygame.Rect(band).colliderect(keep_clear):
            kx, ky, kw, kh = keep_clear
            if across:
                places = [(bx, by, kx - bx, bh), (kx + kw, by, bx + bw - kx - kw, bh)]
            else:
                places = [(bx, by, bw, ky - by), (bx, ky + kh, bw, by + bh - ky - kh)]
            places = sorted((r for r in places if r[2] > 0 and r[3] > 0), key=lambda r: -(r[2] * r[3]))[:1]
        for place in places:
            for word in words:
                fits = p.measure(word, floor, bold=True)
                if fits[0] <= place[2] and fits[1] <= place[3]:
                    p.text(word, place, size, th.background, align="center", bold=True, min_size=floor)
                    return

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

    def _band_word(self, p: Painter, band: Rect, word: str, min_text: int) -> None:
        th = self.ctx.theme
        _, _, bw, bh = band
        size = int(bh / 1.2)
        if size < min_text:
            return
        for choice in (word, word.split()[0]):
            if p.measure(choice, min_text, bold=True)[0] <= bw:
                p.text(
                    choice,
                    band,
                    max(min_text, min(size, self.ctx.layout.body_size)),
                    th.background,
                    align="center",
                    bold=True,
                    min_size=min_text,
                )
                return

    def _placed(self) -> BoardGeometry:
        if self.geometry is None:
            raise RuntimeError("the board is drawn before it was placed")
        return self.geometry

    def _render_static(self) -> pygame.Surface:
        g = self._placed()
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
        g = self._placed()
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
        g = self._placed()
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

    def token_rect(self, pos: Pos | tuple[float, float]) -> Rect:
        """Where a token at `pos` is drawn (its circle's bounding box)."""
        g = self._placed()
        row, col = pos
        cx = g.origin[0] + (col + 0.5) * g.cell
        cy = g.origin[1] + (row + 0.5) * g.cell
        radius = int(g.cell * 0.34)
        return (int(cx) - radius, int(cy) - radius, 2 * radius, 2 * radius)

    def token(self, p: Painter, pos: Pos | tuple[float, float], name: str, team: Sequence[str] = ()) -> None:
        """The walker's token: a mark that tells the players of `team` apart (initials, or their numbers)."""
        g = self._placed()
        th = self.ctx.theme
        row, col = pos
        cx = g.origin[0] + (col + 0.5) * g.cell
        cy = g.origin[1] + (row + 0.5) * g.cell
        radius = int(g.cell * 0.34)
        p.circle(th.token, (int(cx), int(cy)), radius)
        p.circle(th.background, (int(cx), int(cy)), radius, max(2, g.cell // 20))
        marks = dict(zip(team, player_marks(team), strict=True))
        mark = marks.get(name) or (name[:1] or "?").upper()
        # a mark on the token, sized to the square like the board's other marks (not text laid out on the screen)
        surf = p.render(mark, max(8, int(radius * (1.1 if len(mark) == 1 else 0.8))), True, th.background)
        p.blit(surf, surf.get_rect(center=(int(cx), int(cy))).topleft)

    def heat(self, p: Painter, counts: dict[tuple[int, int], int]) -> None:
        """Squares shaded by how often they beeped, on one scale for every team (HEAT_TOP or more beeps is
        the brightest), with the count written on a square when the square is big enough to read it."""
        g = self._placed()
        th, lay = self.ctx.theme, self.ctx.layout
        size = max(lay.small_size, int(g.cell * 0.5))
        show_numbers = g.cell >= lay.small_size * 1.25  # a number is worth writing only if the room can read it
        for (row, col), n in counts.items():
            pos = Pos(row, col)
            self.fill_square(p, pos, th.beep, alpha=heat_alpha(n))
            if show_numbers:
                p.text(str(n), self.place_rect(pos), size, th.text, align="center", bold=True, min_size=size)


HEAT_TOP = 5  # the heat map's scale: 1, 2, 3, 4, 5 or more beeps on a square, the same for every team


def heat_alpha(count: int) -> int:
    return int(60 + 195 * min(count, HEAT_TOP) / HEAT_TOP)


def heat_legend(p: Painter, ctx: Context, rect: Rect) -> None:
    """The heat map's key: swatches 1 .. 5+ beeps on a square, brightest = most, centred in `rect`."""
    lay, th = ctx.layout, ctx.theme
    x, y, w, h = rect
    size = lay.min_text
    swatch = min(h, int(size * 1.5))
    wide = max(swatch, p.measure(f"{HEAT_TOP}+", size)[0] + 6)
    count = min(HEAT_TOP, max(1, w // (wide + 4)))
    left = x + (w - count * (wide + 4)) // 2
    for i in range(count):
        sx, sy = left + i * (wide + 4), y + (h - swatch) // 2
        p.box((sx, sy, wide, swatch), th.square, radius=3)
        layer = pygame.Surface((wide, swatch), pygame.SRCALPHA)
        layer.fill((*th.beep, heat_alpha(i + 1)))
        p.blit(layer, (sx, sy))
        label = f"{i + 1}+" if i + 1 == HEAT_TOP else str(i + 1)
        p.text(label, (sx, sy, wide, swatch), size, th.text, align="center", min_size=size)
