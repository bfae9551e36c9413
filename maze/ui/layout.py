"""Every size on screen, computed from the window size. Pixel numbers live here and in the theme only.

Sizes scale from the window height (`unit` = 1/100 of it), so text keeps its share of the screen
from 800 x 600 to 3840 x 2160. The smallest text a player needs is at least 1/25 of the height.
"""

from __future__ import annotations

import math

from maze.core.records import record

MIN_TEXT_SHARE = 0.025  # the smallest text on a projected debrief: 2.5% of the window height (27 px at 1080p)

Rect = tuple[int, int, int, int]  # x, y, width, height


@record(frozen=True)
class Layout:
    width: int
    height: int
    unit: float
    margin: int
    title_size: int
    heading_size: int
    body_size: int
    small_size: int  # the smallest text players need: 1/25 of the height
    hint_size: int  # facilitator hints along the bottom; players never need them
    min_text: int  # the smallest text on a projected debrief screen (MIN_TEXT_SHARE of the height), anywhere
    header: Rect
    body: Rect
    footer: Rect

    @property
    def size(self) -> tuple[int, int]:
        return self.width, self.height

    def columns(self, area: Rect, count: int, gap: int | None = None) -> list[Rect]:
        x, y, w, h = area
        gap = self.margin if gap is None else gap
        each = (w - gap * (count - 1)) // count
        return [(x + i * (each + gap), y, each, h) for i in range(count)]

    def rows(self, area: Rect, count: int, gap: int = 0) -> list[Rect]:
        x, y, w, h = area
        each = (h - gap * (count - 1)) // max(count, 1)
        return [(x, y + i * (each + gap), w, each) for i in range(count)]

    def split(self, area: Rect, fraction: float, gap: int | None = None) -> tuple[Rect, Rect]:
        """Cut `area` into a left part of `fraction` of its width and the rest."""
        x, y, w, h = area
        gap = self.margin if gap is None else gap
        left = int((w - gap) * fraction)
        return (x, y, left, h), (x + left + gap, y, w - left - gap, h)

    def cut_top(self, area: Rect, height: int, gap: int = 0) -> tuple[Rect, Rect]:
        x, y, w, h = area
        height = min(height, h)
        return (x, y, w, height), (x, y + height + gap, w, max(0, h - height - gap))


def compute_layout(width: int, height: int) -> Layout:
    width, height = max(width, 320), max(height, 240)
    unit = height / 100
    margin = max(6, round(min(width, height) * 0.025))
    body_size = max(12, round(height / 20))
    header_h = round(height * 0.13)
    footer_h = round(height * 0.07)
    header = (margin, margin // 2, width - 2 * margin, header_h)
    footer = (margin, height - footer_h - margin // 3, width - 2 * margin, footer_h)
    body_top = header[1] + header_h + margin // 2
    body = (margin, body_top, width - 2 * margin, footer[1] - body_top - margin // 2)
    return Layout(
        width=width,
        height=height,
        unit=unit,
        margin=margin,
        title_size=max(18, round(height / 10)),
        heading_size=max(15, round(height / 14)),
        body_size=body_size,
        small_size=max(10, round(height / 25)),
        hint_size=max(8, round(height / 36)),
        min_text=max(8, math.ceil(height * MIN_TEXT_SHARE)),
        header=header,
        body=body,
        footer=footer,
    )


@record(frozen=True)
class BoardGeometry:
    """Where a grid of squares sits in an area, with room for the entry and exit bands."""

    cols: int
    rows: int
    cell: int
    origin: tuple[int, int]  # top-left pixel of square (0, 0)

    def square_rect(self, row: int, col: int) -> Rect:
        x0, y0 = self.origin
        return (x0 + col * self.cell, y0 + row * self.cell, self.cell, self.cell)

    def square_at(self, x: int, y: int) -> tuple[int, int]:
        """The (row, col) under a pixel; may lie off the grid (for the bands around it)."""
        x0, y0 = self.origin
        return (y - y0) // self.cell, (x - x0) // self.cell

    @property
    def rect(self) -> Rect:
        return (self.origin[0], self.origin[1], self.cols * self.cell, self.rows * self.cell)


def fit_board(area: Rect, cols: int, rows: int) -> BoardGeometry:
    """The largest square cells that fit `cols x rows` plus a one-cell band on every side."""
    x, y, w, h = area
    cell = max(4, min(w // (cols + 2), h // (rows + 2)))
    board_w, board_h = cols * cell, rows * cell
    return BoardGeometry(cols, rows, cell, (x + (w - board_w) // 2, y + (h - board_h) // 2))
