"""The facilitator's desk: everything the room must not see, drawn for the facilitator's own window size.

Header: the team and phase. Left: the answer key (or, when the room's window is closed, the room's view,
large enough to play on). Right: a live copy of the room's view, every clock, what the keys do now,
the penalty ledger and the notices.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pygame

from maze.core.records import record
from maze.ui.context import Context
from maze.ui.layout import Layout, Rect
from maze.ui.painter import Painter, font, wrap
from maze.ui.presenter import desk_text
from maze.ui.presenter.answer_board import AnswerBoard
from maze.ui.screens.base import Screen
from maze.ui.widgets import inset, panel

HISTORY = 12  # notices kept on the desk after they left the screen


def fitting_size(texts: list[str], width: int, start: int, floor: int, bold: bool = False) -> int:
    """The largest size from `start` down to `floor` at which every one of `texts` fits in `width`."""
    size = start
    while size > floor and any(font(size, bold).size(text)[0] > width for text in texts):
        size = max(floor, int(size * 0.92))
    return size


@contextmanager
def drawn_with(screen: Screen, ctx: Context) -> Iterator[None]:
    """Draw `screen` with another window's context (a question shown on the facilitator's window), then give
    it back its own."""
    kept = screen.ctx
    screen.adopt(ctx)
    try:
        yield
    finally:
        screen.adopt(kept)


@record(frozen=True)
class DeskAreas:
    header: Rect
    board: Rect  # the answer key
    live: Rect  # the live copy of the room's view
    clocks: Rect
    keys: Rect
    ledger: Rect
    notices: Rect
    footer: Rect


def desk_areas(lay: Layout, room_big: bool) -> DeskAreas:
    """Where each part goes. The room's view takes the answer key's big place when its window is closed
    (the game goes on here) or when no team is walking (there is no answer key to show)."""
    gap = lay.margin // 2
    thin = lay.margin // 3
    if lay.width >= lay.height * 1.2 and room_big:  # the room's view left; a narrow column of the rest right
        live, side = lay.split(lay.body, 0.62)
        board, rest = lay.cut_top(side, int(side[3] * 0.3), gap=gap)
        keys, rest = lay.cut_top(rest, int(rest[3] * 0.36), gap=thin)
        row, notices = lay.cut_top(rest, int(rest[3] * 0.45), gap=thin)
        clocks, ledger = lay.split(row, 0.5, gap=thin)
        return DeskAreas(lay.header, board, live, clocks, keys, ledger, notices, lay.footer)
    if lay.width >= lay.height * 1.2:  # landscape: the answer key left, a column of small parts right
        big, side = lay.split(lay.body, 0.4)
        small, rest = lay.cut_top(side, int(side[3] * 0.42), gap=gap)
        left_col, right_col = lay.split(rest, 0.5, gap=gap)
    else:  # portrait or square: the two pictures side by side on top, the words under them
        top, rest = lay.cut_top(lay.body, int(lay.body[3] * 0.5), gap=gap)
        big, small = lay.split(top, 0.55, gap=gap)
        left_col, right_col = lay.split(rest, 0.5, gap=gap)
    clocks, keys = lay.cut_top(left_col, int(left_col[3] * 0.34), gap=thin)
    ledger, notices = lay.cut_top(right_col, int(right_col[3] * 0.45), gap=thin)
    board, live = (small, big) if room_big else (big, small)
    return DeskAreas(lay.header, board, live, clocks, keys, ledger, notices, lay.footer)


class FacilitatorDesk:
    """Its context is the app's, sized to the window the desk is drawn on (see `draw`)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.board = AnswerBoard(ctx)
        self.history: list[tuple[str, bool]] = []
        self.live_rect: pygame.Rect | None = None
        self.live_scale = 1.0

    def adopt(self, ctx: Context, size: tuple[int, int] | None = None) -> None:
        """The app's context changed (theme, presenter view): keep it, at the desk's own size (or `size`)."""
        self.ctx = ctx.resized(size or self.ctx.size)
        self.board.adopt(self.ctx)

    def note_notices(self) -> bool:
        """Keep every notice shown, so the desk can list them after they fade; True when one came."""
        came = False
        for notice in self.ctx.notices:
            entry = (notice.text, notice.warning)
            if not self.history or self.history[-1] != entry:
                if entry not in self.history[-3:]:
                    self.history = (self.history + [entry])[-HISTORY:]
                    came = True
        return came

    def shown_state(self, now: float, room_open: bool) -> tuple:
        ws = self.ctx.workshop
        return (ws.seq if ws else -1, int(now), room_open, len(self.history), self.ctx.theme.name)

    def to_room(self, pos: tuple[int, int]) -> tuple[int, int] | None:
        """A click on the live copy, as the same point of the room's window (None elsewhere)."""
        rect = self.live_rect
        if rect is None or not rect.collidepoint(pos) or self.live_scale <= 0:
            return None
        return int((pos[0] - rect.x) / self.live_scale), int((pos[1] - rect.y) / self.live_scale)

    # -- drawing -------------------------------------------------------------------------------

    def draw(self, p: Painter, room: pygame.Surface | None, room_open: bool, room_note: str = "") -> None:
        """Draw the desk on `p`, whose surface is the facilitator's window (or the one window)."""
        self.adopt(self.ctx, p.surface.get_size())
        ctx = self.ctx
        lay, th = ctx.layout, ctx.theme
        ws = ctx.workshop
        run = ws.current if ws is not None and not ws.finished else None
        walking = run is not None and str(run.phase) in ("discovery", "execution")
        areas = desk_areas(lay, room_big=not room_open or not walking)
        p.fill(th.background)
        self._header(p, areas.header, room_open, room_note)
        if walking and ws is not None and run is not None:
            from maze.core.answer_key import answer_key  # with a workshop: the first frame needs none

            key = answer_key(run, ws.team_log)
            self.board.draw(p, areas.board, run.level, key, run.player_name)
        else:
            self._words(p, areas.board, "Answer key", "It shows the route while a team walks.")
        self._live(p, areas.live, room, room_open)
        self._list(p, areas.clocks, "Clocks", desk_text.clocks(ws, ctx.now))
        self._list(p, areas.keys, "Keys now", desk_text.next_keys(ws))
        rows, total = desk_text.ledger(ws)
        self._lines(p, areas.ledger, f"Penalties: {total}" if total else "Penalties", rows, warn=False)
        self._notices(p, areas.notices, desk_text.notice_lines(self.history))
        p.text(
            f"F1: all keys    {desk_text.ROOM_KEY}: the room's window    F11: room fullscreen    Escape: quit",
            areas.footer,
            lay.hint_size,
            th.muted,
            align="center",
            min_size=max(7, lay.hint_size // 2),
        )

    def _header(self, p: Painter, rect: Rect, room_open: bool, room_note: str) -> None:
        lay, th, ws = self.ctx.layout, self.ctx.theme, self.ctx.workshop
        top, bottom = lay.cut_top(rect, int(rect[3] * 0.55))
        p.text(desk_text.phase_title(ws), top, lay.heading_size, th.text, bold=True, min_size=lay.hint_size)
        run = ws.current if ws is not None and not ws.finished else None
        under = desk_text.turn_line(run) if run is not None else ""
        left, right = lay.split(bottom, 0.55)
        p.text(under, left, lay.small_size, th.muted, min_size=lay.hint_size * 2 // 3)
        status = "Room's window: showing" if room_open else f"Room's window CLOSED: {desk_text.ROOM_KEY} opens it"
        p.text(
            room_note or status,
            right,
            lay.small_size,
            th.accent if room_open else th.warn,
            align="right",
            bold=not room_open,
            min_size=lay.hint_size * 2 // 3,
        )

    def _live(self, p: Painter, area: Rect, room: pygame.Surface | None, room_open: bool) -> None:
        lay, th = self.ctx.layout, self.ctx.theme
        label, frame = lay.cut_top(area, int(lay.hint_size * 1.5))
        words = "The room sees:" if room_open else "The room's view (its window is closed): play here"
        p.text(words, label, lay.hint_size, th.muted, min_size=max(7, lay.hint_size // 2))
        self.live_rect = None
        if room is None or frame[2] <= 0 or frame[3] <= 0:
            return
        rw, rh = room.get_size()
        scale = min(frame[2] / rw, frame[3] / rh)
        size = (max(1, int(rw * scale)), max(1, int(rh * scale)))
        at = (frame[0] + (frame[2] - size[0]) // 2, frame[1])
        shrink = pygame.transform.smoothscale if room.get_bitsize() >= 24 else pygame.transform.scale
        copy = shrink(room, size)
        p.surface.blit(copy, at)
        self.live_rect, self.live_scale = pygame.Rect(at, size), scale
        edge = max(2, lay.margin // 6)
        x, y, w, h = self.live_rect.inflate(2 * edge, 2 * edge)
        p.box((x, y, w, h), th.accent if room_open else th.warn, width=edge)

    def _words(self, p: Painter, area: Rect, title: str, text: str) -> None:
        lay, th = self.ctx.layout, self.ctx.theme
        panel(p, self.ctx, area)
        top, rest = lay.cut_top(inset(self.ctx, area, 0.6), int(lay.body_size * 1.6))
        p.text(title, top, lay.body_size, th.text, bold=True, min_size=lay.hint_size)
        p.paragraph(text, rest, lay.small_size, th.muted, min_size=lay.hint_size)

    def _list(self, p: Painter, area: Rect, title: str, rows: list[tuple[str, str]]) -> None:
        lay, th = self.ctx.layout, self.ctx.theme
        panel(p, self.ctx, area)
        inner = inset(self.ctx, area, 0.4)
        head, body = lay.cut_top(inner, int(lay.hint_size * 1.5))
        p.text(title, head, lay.hint_size, th.accent, bold=True, min_size=max(7, lay.hint_size // 2))
        if not rows:
            return
        row_h = min(int(lay.small_size * 1.4), body[3] // len(rows))
        left, right = lay.split((body[0], body[1], body[2], row_h), 0.38, gap=lay.margin // 3)
        floor = max(7, lay.hint_size // 2)
        size = min(  # one size for the whole list, so that it reads as a table
            fitting_size([k for k, _ in rows], left[2], lay.hint_size, floor, bold=True),
            fitting_size([m for _, m in rows], right[2], lay.hint_size, floor),
            int(row_h / 1.2),
        )
        for i, (key, meaning) in enumerate(rows):
            y = body[1] + i * row_h
            p.text(key, (left[0], y, left[2], row_h), size, th.text, bold=True, min_size=min(size, floor))
            p.text(meaning, (right[0], y, right[2], row_h), size, th.muted, min_size=min(size, floor))

    def _notices(self, p: Painter, area: Rect, notes: list[tuple[str, bool]]) -> None:
        """The newest first, each wrapped to the panel's width, as many as fit."""
        lay, th = self.ctx.layout, self.ctx.theme
        panel(p, self.ctx, area)
        inner = inset(self.ctx, area, 0.4)
        head, body = lay.cut_top(inner, int(lay.hint_size * 1.5))
        p.text("Notices", head, lay.hint_size, th.accent, bold=True, min_size=max(7, lay.hint_size // 2))
        x, y, w, h = body
        size = max(7, lay.hint_size * 4 // 5)
        step = int(size * 1.25)
        for text, warning in notes:
            lines = wrap(text, size, w)
            if y + len(lines) * step > body[1] + h:
                break
            for line in lines:
                p.text(line, (x, y, w, step), size, th.warn if warning else th.text, min_size=size)
                y += step
            y += step // 3

    def _lines(self, p: Painter, area: Rect, title: str, lines: list[str], warn: bool) -> None:
        lay, th = self.ctx.layout, self.ctx.theme
        panel(p, self.ctx, area)
        inner = inset(self.ctx, area, 0.4)
        head, body = lay.cut_top(inner, int(lay.hint_size * 1.5))
        p.text(title, head, lay.hint_size, th.accent, bold=True, min_size=max(7, lay.hint_size // 2))
        row_h = max(1, int(lay.hint_size * 1.3))
        for i, line in enumerate(lines[: max(0, body[3] // row_h)]):
            colour = th.warn if warn and i == 0 else th.text
            p.text(line, (body[0], body[1] + i * row_h, body[2], row_h), lay.hint_size, colour, min_size=7)
