"""The full text of a shortened name, shown where the pointer rests on it (as a title attribute does)."""

from __future__ import annotations

from collections.abc import Sequence

from maze.ui.context import Context
from maze.ui.painter import Painter, TextBox, wrap


def shortened_under(boxes: Sequence[TextBox], pos: tuple[int, int] | None) -> TextBox | None:
    """The text box under `pos` whose text was shortened to fit, if any."""
    if pos is None:
        return None
    return next((box for box in reversed(boxes) if box.cut and box.rect.collidepoint(pos)), None)


def draw_tooltip(p: Painter, ctx: Context, box: TextBox, pos: tuple[int, int]) -> None:
    """The whole text in a box by the pointer, kept inside the window."""
    lay, th = ctx.layout, ctx.theme
    size = lay.small_size
    width = min(lay.width - 2 * lay.margin, int(lay.width * 0.6))
    lines = wrap(box.text, size, width - lay.margin)
    line_h = int(size * 1.25)
    w = min(width, max(p.measure(line, size)[0] for line in lines) + lay.margin)
    h = line_h * len(lines) + lay.margin // 2
    x = min(max(lay.margin, pos[0] - w // 2), lay.width - w - lay.margin)
    y = pos[1] + lay.margin if pos[1] + lay.margin + h < lay.height else max(0, pos[1] - lay.margin - h)
    p.box((x, y, w, h), th.panel, radius=lay.margin // 3)
    p.box((x, y, w, h), th.accent, radius=lay.margin // 3, width=2)
    for i, line in enumerate(lines):
        p.text(line, (x + lay.margin // 2, y + lay.margin // 4 + i * line_h, w - lay.margin, line_h), size, th.text)
