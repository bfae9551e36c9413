"""Small charts drawn with the painter: a line per attempt and horizontal bars.

Every chart names its axes and their units in words, at no less than the layout's smallest text."""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from maze.ui.context import Context
from maze.ui.layout import Rect
from maze.ui.painter import Painter, font
from maze.ui.theme import Colour


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


def value_text(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def attempt_line(
    p: Painter, ctx: Context, rect: Rect, values: Sequence[int], title: str, y_label: str, y_max: int, x_label: str
) -> None:
    """One point per attempt, joined: a curve that can dip. Axes: attempt number across, `y_label` up."""
    lay, th = ctx.layout, ctx.theme
    size = lay.min_text
    line = int(size * 1.3)
    title_rect, rest = lay.cut_top(rect, line)
    p.text(title, title_rect, size, th.muted, min_size=size)
    label_rect, rest = lay.cut_top(rest, line)
    p.text(y_label, label_rect, size, th.muted, min_size=size)
    x, y, w, h = rest
    gutter = font(size).size(str(y_max))[0] + max(4, lay.margin // 3)
    top_gap = int(size * 0.75)  # room for the top tick's label under the axis label
    area = pygame.Rect(x + gutter, y + top_gap, max(1, w - gutter), max(1, h - line - top_gap))
    pygame.draw.line(p.surface, th.muted, area.bottomleft, area.bottomright, 2)
    pygame.draw.line(p.surface, th.muted, area.bottomleft, area.topleft, 2)
    for tick in (1, y_max):
        ty = area.bottom - int(area.height * tick / max(y_max, 1))
        tall = int(size * 1.25) + 2
        p.text(str(tick), (x, ty - tall // 2, gutter - 4, tall), size, th.muted, align="right", min_size=size)
    axis = (area.left, area.bottom + 2, area.width, line)
    count = len(values)
    ends = font(size).size(str(max(count, 1)))[0] + 4
    p.text("1", (axis[0], axis[1], ends, line), size, th.muted, min_size=size)
    p.text(x_label, (axis[0] + ends, axis[1], axis[2] - 2 * ends, line), size, th.muted, align="center", min_size=size)
    if count > 1:
        p.text(
            str(count), (axis[0] + axis[2] - ends, axis[1], ends, line), size, th.muted, align="right", min_size=size
        )
    if not values:
        p.text("no attempts", area, size, th.muted, align="center", min_size=size)
        return
    step = area.width / max(count - 1, 1)
    coords = [
        (area.left + int(step * i), area.bottom - int(area.height * v / max(y_max, 1))) for i, v in enumerate(values)
    ]
    if len(coords) > 1:
        pygame.draw.lines(p.surface, th.accent, False, coords, max(2, lay.margin // 6))
    radius = max(3, lay.margin // 5)
    for point in coords:
        pygame.draw.circle(p.surface, th.accent, point, radius)


def labelled_bars(
    p: Painter,
    ctx: Context,
    rect: Rect,
    rows: Sequence[tuple[str, float | None, str]],
    colour: Colour,
    title: str,
    x_label: str,
) -> None:
    """Horizontal bars for every row given (none is dropped: rows shrink to the smallest text, and the caller
    pages), a value axis from 0 with its label and unit underneath. A row whose value is None has no bar."""
    lay, th = ctx.layout, ctx.theme
    line = int(lay.min_text * 1.3)
    title_rect, rest = lay.cut_top(rect, line)
    p.text(title, title_rect, lay.min_text, th.muted, min_size=lay.min_text)
    x, y, w, h = rest
    axis_h = line
    row_h = max(line, min(int(lay.small_size * 1.4), (h - axis_h) // max(len(rows), 1)))
    size = max(lay.min_text, min(lay.small_size, int(row_h / 1.3)))  # the names and values: as big as rows allow
    gap = max(4, lay.margin // 3)
    name_w = min(int(w * 0.4), max((font(size).size(label)[0] for label, _, _ in rows), default=0) + gap)
    value_w = max((font(size).size(text)[0] for _, _, text in rows), default=0) + gap
    bar_x = x + name_w
    room = max(1, x + w - value_w - bar_x)
    top = max((v for _, v, _ in rows if v is not None), default=0.0) or 1.0
    for i, (label, value, text) in enumerate(rows):
        row_y = y + i * row_h
        p.text(label, (x, row_y, name_w - gap, row_h), size, th.text, align="right", min_size=lay.min_text)
        width = 0 if value is None else int(room * value / top)
        if width > 0:
            p.box((bar_x, row_y + row_h // 6, width, row_h * 2 // 3), colour, radius=2)
        p.text(text, (bar_x + width + gap // 2, row_y, value_w, row_h), size, th.text, min_size=lay.min_text)
    axis_y = y + len(rows) * row_h + 2
    pygame.draw.line(p.surface, th.muted, (bar_x, y), (bar_x, axis_y), 2)
    pygame.draw.line(p.surface, th.muted, (bar_x, axis_y), (bar_x + room, axis_y), 2)
    top_text = value_text(top)
    m = lay.min_text
    zero_w, top_w = font(m).size("0")[0] + 4, font(m).size(top_text)[0] + 4
    p.text("0", (bar_x, axis_y + 2, zero_w, axis_h), m, th.muted, min_size=m)
    p.text(top_text, (bar_x + room - top_w, axis_y + 2, top_w, axis_h), m, th.muted, align="right", min_size=m)
    middle = (bar_x + zero_w + 4, axis_y + 2, max(1, room - zero_w - top_w - 8), axis_h)
    p.text(x_label, middle, m, th.muted, align="center", min_size=m)
