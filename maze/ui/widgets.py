"""Pieces many screens draw: the header, the footer's key hints, menus, notices and big figures."""

from __future__ import annotations

import pygame

from maze.core.records import record
from maze.ui.context import Context
from maze.ui.layout import Rect
from maze.ui.painter import Area, Painter, font, wrap


def header(p: Painter, ctx: Context, title: str, subtitle: str = "", right: str = "") -> None:
    """The title across the whole width; under it the subtitle, with a short label (the phase) on the right."""
    lay, th = ctx.layout, ctx.theme
    x, y, w, h = lay.header
    title_rect, sub_rect = lay.cut_top(lay.header, int(h * 0.62))
    p.text(title, title_rect, lay.title_size, th.text, bold=True)
    if right:
        sub_rect, right_rect = lay.split(sub_rect, 0.7)
        p.text(right, right_rect, lay.body_size, th.accent, align="right", bold=True)
    if subtitle:
        p.text(subtitle, sub_rect, lay.body_size, th.muted)


def footer(p: Painter, ctx: Context, hints: str, min_size: int | None = None) -> None:
    """Key hints for the facilitator, along the bottom (`min_size`: never smaller than this)."""
    lay, th = ctx.layout, ctx.theme
    if ctx.players_only:  # presenter view: the facilitator reads the keys on their own window
        from maze.ui.presenter.desk_text import players_hints

        hints = players_hints(hints)
    floor = max(min_size or 0, lay.min_text)  # the one rule for the smallest projected text
    size = max(lay.hint_size, floor)
    if p.measure(hints, size)[0] <= lay.footer[2] or p.measure(hints, floor)[0] <= lay.footer[2]:
        p.text(hints, lay.footer, size, th.muted, align="center", min_size=floor)
        return
    parts = hints.split("    ")  # too long for one line: the hints on two lines, split between two of them
    half = max(1, len(parts) // 2)
    top, bottom = lay.rows(lay.footer, 2)
    for row, line in ((top, "    ".join(parts[:half])), (bottom, "    ".join(parts[half:]))):
        p.text(line, row, size, th.muted, align="center", min_size=min(floor, max(6, int(row[3] / 1.2))))


def big_figure(p: Painter, ctx: Context, rect: Rect, value: str, label: str, colour=None) -> None:
    lay = ctx.layout
    top, bottom = lay.cut_top(rect, int(rect[3] * 0.6))
    p.text(value, top, lay.heading_size * 2, colour or ctx.theme.text, align="center", bold=True)
    p.text(label, bottom, lay.body_size, ctx.theme.muted, align="center")


def stat_lines(
    p: Painter,
    ctx: Context,
    rect: Rect,
    lines: list[tuple[str, str]],
    size: int | None = None,
    value_share: float | None = None,
) -> None:
    """The figure first, then what it means, one row each: "3  new beeps". `value_share` of each row goes to
    the figures; by default as much as the widest figure needs beside the widest label."""
    lay, th = ctx.layout, ctx.theme
    size = size or lay.body_size
    if value_share is None:
        value_share = figures_share(lines, size)
    for row, (label, value) in zip(lay.rows(rect, max(len(lines), 1)), lines, strict=False):
        left, right = lay.split(row, value_share, gap=lay.margin // 2)
        p.text(value, left, size, th.accent, align="right", bold=True)
        p.text(label, right, size, th.text)


def figures_share(lines: list[tuple[str, str]], size: int) -> float:
    if not lines:
        return 0.34
    figures = max(font(size, bold=True).size(value)[0] for _, value in lines)
    labels = max(font(size).size(label)[0] for label, _ in lines)
    return min(0.6, max(0.25, figures / max(1, figures + labels)))


def panel(p: Painter, ctx: Context, rect: Rect) -> None:
    p.box(rect, ctx.theme.panel, radius=max(4, ctx.layout.margin // 2))


def inset(ctx: Context, rect: Area, share: float = 0.5) -> Rect:
    m = int(ctx.layout.margin * share)
    x, y, w, h = rect
    return (x + m, y + m, max(0, w - 2 * m), max(0, h - 2 * m))


@record
class Menu:
    """A vertical list of choices: arrows or clicks choose, Enter picks."""

    items: list[str]
    focus: int = 0
    rects: list[pygame.Rect] | None = None

    def move(self, delta: int) -> None:
        self.focus = (self.focus + delta) % len(self.items)

    def at(self, pos: tuple[int, int]) -> int | None:
        for i, rect in enumerate(self.rects or []):
            if rect.collidepoint(pos):
                return i
        return None

    def draw(self, p: Painter, ctx: Context, area: Rect) -> None:
        lay, th = ctx.layout, ctx.theme
        row_h = min(int(lay.body_size * 2.2), area[3] // max(len(self.items), 1))
        width = min(area[2], int(lay.width * 0.5))
        x = area[0] + (area[2] - width) // 2
        self.rects = []
        for i, item in enumerate(self.items):
            rect = pygame.Rect(x, area[1] + i * row_h, width, row_h - lay.margin // 3)
            self.rects.append(rect)
            focused = i == self.focus
            p.box(rect, th.accent if focused else th.panel, radius=lay.margin // 2)
            label = f"▶  {item}" if focused else item
            p.text(
                label,
                inset(ctx, rect),
                lay.body_size,
                th.background if focused else th.text,
                align="center",
                bold=focused,
            )


def draw_notices(p: Painter, ctx: Context, area: Rect | None = None) -> None:
    """Passing notices and lasting problems, newest last, in a place kept for them.

    `area` is a screen's own place for them (the walk screens' side panel). Elsewhere they take the
    footer band, over the key hints for as long as they last: the footer is the one band every screen
    keeps clear of its board, its START and EXIT bands and its dialogs.
    """
    if ctx.players_only:  # presenter view: notices are the facilitator's, on the facilitator's window
        return
    import pygame

    lay, th = ctx.layout, ctx.theme
    problems = []
    if ctx.recorder is not None and ctx.recorder.problem and ctx.recorder.unsaved:
        problems.append(f"Not saved: {ctx.recorder.unsaved} events wait in memory. F2: save in another folder")
    texts = [(n.text, n.warning) for n in ctx.notices] + [
        (t, True) for t in problems if t not in {n.text for n in ctx.notices}
    ]
    if not texts:
        return
    x, top, w, h = area or lay.footer
    pad = lay.margin // 2
    line_h = int(lay.hint_size * 1.25)
    # newest last; each notice wrapped to the width (a side panel is narrow), as many as the place holds
    shown: list[tuple[list[str], bool]] = []
    used = 0
    for text, warning in reversed(texts):
        lines = wrap(text, lay.hint_size, w - 2 * pad)
        need = line_h * len(lines) + pad // 2
        if shown and used + need > h:
            break
        if not shown and need > h:  # not even the newest fits whole: as many of its lines as fit
            lines = lines[: max(1, h // line_h)]
            need = line_h * len(lines)
        shown.insert(0, (lines, warning))
        used += need
    band = pygame.Rect(x, top + h - used, w, used)
    if area is None:  # in the footer the notices hide the key hints whole, not their lower half
        band = band.union(pygame.Rect(lay.footer))
        p.box(band, th.background)
    p.boxes[:] = [b for b in p.boxes if not band.colliderect(b.rect)]  # what the notices cover is not seen
    y = band.y
    for lines, warning in shown:
        need = line_h * len(lines) + pad // 2
        p.box((x, y, w, need - 2), th.warn if warning else th.accent, radius=lay.margin // 3)
        for i, line in enumerate(lines):
            row = (x + pad, y + pad // 4 + i * line_h, w - 2 * pad, line_h)
            p.text(line, row, lay.hint_size, th.background, align="center", min_size=lay.hint_size)
        y += need


def table(
    p: Painter,
    ctx: Context,
    rect: Rect,
    headings: list[str],
    rows: list[list[str]],
    flexible: int,
    highlight: frozenset[str] = frozenset(),
) -> None:
    """Columns as wide as their widest cell; column `flexible` (names) takes the width left over."""
    lay, th = ctx.layout, ctx.theme
    size = lay.small_size
    row_h = int(size * 1.25)
    gap = max(4, lay.margin // 2)
    needed = [
        max(font(size, True).size(text)[0] for text in [heading] + [r[i] for r in rows]) + gap
        for i, heading in enumerate(headings)
    ]
    fixed = sum(w for i, w in enumerate(needed) if i != flexible)
    widths = list(needed)
    widths[flexible] = max(rect[2] - fixed, needed[flexible] if fixed + needed[flexible] <= rect[2] else 0)
    for r, values in enumerate([headings] + rows):
        x = rect[0]
        y = rect[1] + r * row_h
        for i, (value, width) in enumerate(zip(values, widths, strict=False)):
            marked = headings[i] in highlight
            colour = th.accent if r == 0 or marked else th.text
            p.text(
                value,
                (x, y, max(1, width - gap), row_h),
                size,
                colour,
                bold=r == 0 or marked,
                align="left" if i == flexible else "right",
            )
            x += width
