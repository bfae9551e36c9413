"""Small charts drawn with the painter: a step line (learning curve) and labelled horizontal bars."""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from maze.ui.context import Context
from maze.ui.layout import Rect
from maze.ui.painter import Painter, font
from maze.ui.theme import Colour


def step_line(
    p: Painter, ctx: Context, rect: Rect, points: Sequence[tuple[float, int]], title: str, x_label: str = "min"
) -> None:
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
    p.text(
        f"{t_max / 60:.1f} {x_label}, {n_max}",
        (x, area.bottom + 2, w, axis_h),
        lay.small_size,
        th.muted,
        align="right",
        min_size=lay.hint_size,
    )


def bars(
    p: Painter, ctx: Context, rect: Rect, rows: Sequence[tuple[str, float, str]], colour: Colour, title: str = ""
) -> None:
    """Horizontal bars: (label, value, value text) per row, longest = widest.

    Names sit left of their bars when they fit in under half the width, otherwise on a line above.
    """
    lay, th = ctx.layout, ctx.theme
    if title:
        title_rect, rect = lay.cut_top(rect, int(lay.small_size * 1.5))
        p.text(title, title_rect, lay.small_size, th.muted, min_size=lay.hint_size)
    if not rows:
        p.text("no data", rect, lay.small_size, th.muted, align="center")
        return
    x, y, w, h = rect
    size = lay.small_size
    gap = max(4, lay.margin // 3)
    line = int(size * 1.25)
    name_w = max(font(size).size(label)[0] for label, _, _ in rows) + gap
    value_w = max(font(size).size(text)[0] for _, _, text in rows) + gap
    stacked = name_w > w * 0.45
    row_h = line * 2 if stacked else line
    rows = rows[: max(1, h // row_h)]  # as many as fit at a readable size
    top = max(v for _, v, _ in rows) or 1.0
    for i, (label, value, text) in enumerate(rows):
        row_y = y + i * row_h
        if stacked:
            p.text(label, (x, row_y, w, line), size, th.text)
            bar_x, bar_y = x, row_y + line
        else:
            p.text(label, (x, row_y, name_w - gap, line), size, th.text, align="right")
            bar_x, bar_y = x + name_w, row_y
        bar_room = max(1, x + w - value_w - bar_x)
        width = int(bar_room * value / top)
        if width > 0:
            p.box((bar_x, bar_y + line // 6, width, line * 2 // 3), colour, radius=2)
        p.text(text, (bar_x + max(width, 0) + gap, bar_y, value_w, line), size, th.text)
