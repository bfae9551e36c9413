"""Small charts drawn with the painter: a step line (learning curve) and labelled horizontal bars."""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from maze.ui.context import Context
from maze.ui.layout import Rect
from maze.ui.painter import Painter
from maze.ui.theme import Colour


def step_line(p: Painter, ctx: Context, rect: Rect, points: Sequence[tuple[float, int]], title: str,
              x_label: str = "min") -> None:
    """A rising step line of (seconds, count), with its title and the final count."""
    lay, th = ctx.layout, ctx.theme
    title_rect, plot = lay.cut_top(rect, int(lay.small_size * 1.5))
    p.text(title, title_rect, lay.small_size, th.muted, min_size=lay.hint_size)
    x, y, w, h = plot
    axis_h = int(lay.small_size * 1.4)
    area = pygame.Rect(x, y, w, max(1, h - axis_h))
    pygame.draw.line(p.surface, th.muted, area.bottomleft, area.bottomright, 2)
    pygame.draw.line(p.surface, th.muted, area.bottomleft, area.topleft, 2)
    if len(points) < 2:
        p.text("no data yet", area, lay.small_size, th.muted, align="center")
        return
    t_max = max(points[-1][0], 1.0)
    n_max = max(n for _, n in points) or 1
    coords = []
    for i, (t, n) in enumerate(points):
        px = area.left + int(area.width * t / t_max)
        py = area.bottom - int(area.height * n / n_max)
        if i:
            coords.append((px, coords[-1][1]))
        coords.append((px, py))
    pygame.draw.lines(p.surface, th.accent, False, coords, max(2, lay.margin // 5))
    p.text(f"{t_max / 60:.1f} {x_label}, {n_max}", (x, area.bottom + 2, w, axis_h), lay.small_size,
           th.muted, align="right", min_size=lay.hint_size)


def bars(p: Painter, ctx: Context, rect: Rect, rows: Sequence[tuple[str, float, str]], colour: Colour,
         title: str = "") -> None:
    """Horizontal bars: (label, value, value text) per row, longest = widest."""
    lay, th = ctx.layout, ctx.theme
    if title:
        title_rect, rect = lay.cut_top(rect, int(lay.small_size * 1.5))
        p.text(title, title_rect, lay.small_size, th.muted)
    if not rows:
        p.text("no data", rect, lay.small_size, th.muted, align="center")
        return
    top = max(v for _, v, _ in rows) or 1.0
    row_h = min(rect[3] // len(rows), int(lay.body_size * 1.6))
    size = max(lay.hint_size, min(lay.small_size, int(row_h * 0.8)))
    row_h = max(row_h, int(size * 1.15))
    rows = rows[: max(1, rect[3] // row_h)]  # as many as fit at a readable size
    for i, (label, value, text) in enumerate(rows):
        row = (rect[0], rect[1] + i * row_h, rect[2], row_h)
        name, bar_area = lay.split(row, 0.3, gap=lay.margin // 3)
        bar_area, value_area = lay.split(bar_area, 0.78, gap=lay.margin // 3)
        p.text(label, name, size, th.text, align="right", min_size=size)
        width = int(bar_area[2] * value / top)
        if width > 0:
            p.box((bar_area[0], bar_area[1] + row_h // 6, width, row_h * 2 // 3), colour, radius=2)
        p.text(text, value_area, size, th.text, min_size=size)
