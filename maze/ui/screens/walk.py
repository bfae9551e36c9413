"""What discovery and execution share: the maze, the walker, and everything a player or facilitator presses
(discovery.py and execution.py add each phase's own keys and panel).

The screen turns moves and clicks into Step commands; the rules core decides what they mean.
Off the maze, the walker stands on the START band; sideways moves choose where to step on.
"""

from __future__ import annotations

from typing import Any

from maze.core.commands import Step
from maze.core.events import Event, EventType
from maze.core.grid import Pos
from maze.core.level import MemoryAid
from maze.core.limits import EXTEND_STEP_MINUTES
from maze.ui.actions import Act, Action
from maze.ui.board import BoardView
from maze.ui.context import Context
from maze.ui.painter import Layer, Painter
from maze.ui.screens.base import Transition
from maze.ui.screens.phases import PhaseScreen, clock_text
from maze.ui.widgets import footer, inset, panel, stat_lines

FLASH_SECONDS = 0.9
RETRACE_SECONDS_PER_SQUARE = 0.16
EXTEND_MINUTES = EXTEND_STEP_MINUTES


class WalkScreen(PhaseScreen):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.board = BoardView(ctx, self.run.level)
        self.ghost = self.start_place()
        self.flash_until = 0.0
        self.flash_square: Pos | None = None
        self.flash_text = ""
        self.retrace: list[Pos] = []
        self.retrace_start = 0.0
        self.retrace_name = ""  # who walks back
        self.notice_area: tuple[int, int, int, int] | None = None
        self.hints: str | None = None  # the footer's words, when a screen wrapping this one has its own
        self._backgrounds: dict[bool, Layer] = {}
        self._background_key: tuple | None = None

    def adopt(self, ctx: Context) -> None:
        super().adopt(ctx)
        self.board.ctx = self.ctx  # the board draws with the screen's context

    def start_place(self) -> Pos:
        """Where each new walker stands: the middle of the START band."""
        grid, entry = self.run.level.grid, self.run.level.rules.entry
        edge = grid.edge(entry)
        return grid.beyond(edge[len(edge) // 2], entry)

    # -- input ---------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self.retrace) and self.ctx.now < self.retrace_end

    @property
    def animating(self) -> bool:
        """A beep is flashing or a walker is going back: the room is still watching the last move."""
        return self.busy or self.ctx.now < self.flash_until

    @property
    def retrace_end(self) -> float:
        return self.retrace_start + RETRACE_SECONDS_PER_SQUARE * len(self.retrace)

    @property
    def finished(self) -> bool:
        raise NotImplementedError

    def handle(self, action: Action) -> Transition | None:
        if action.act is Act.MOVE:
            self.move(action.direction)
            return None
        if action.act is Act.CLICK:
            self.click(action.pos)
            return None
        if action.act in (Act.CONFIRM, Act.NEXT) and self.run.budget_spent:
            return self.proceed()
        if action.act in (Act.CONFIRM, Act.NEXT) and not self.finished:
            self.ctx.notify("The team is still walking; N ends this phase")
            return None
        return super().handle(action)

    def move(self, direction: tuple[int, int]) -> None:
        run = self.run
        if self.finished or self.busy:
            return
        if run.paused:
            self.ctx.notify("Paused: Space resumes")
            return
        grid, entry = run.level.grid, run.level.rules.entry
        here = run.position or self.ghost
        target = Pos(here.row + direction[0], here.col + direction[1])
        if run.position is None and grid.is_beyond(target, entry):
            self.ghost = target  # moving along the START band is not a step: nothing for the rules
            self._shown = None
            return
        self.step(target)

    def click(self, pixel: tuple[int, int]) -> None:
        place = self.board.place_at(pixel)
        if place is None or self.finished or self.busy:
            return
        run = self.run
        entry = run.level.rules.entry
        if run.position is None and run.level.grid.is_beyond(place, entry):
            self.ghost = place
            self._shown = None
            return
        if run.paused:
            self.ctx.notify("Paused: Space resumes")
            return
        self.step(place)

    def step(self, target: Pos) -> None:
        if self.run.position is None and self.run.level.grid.on_edge(target, self.run.level.rules.entry):
            self.ghost = self.run.level.grid.beyond(target, self.run.level.rules.entry)
        self.ctx.issue(Step(self.ctx.now, target))

    def on_events(self, events: list[Event]) -> None:
        now = self.ctx.now
        for e in events:
            if e["type"] == EventType.BEEP:
                self.flash_until = now + FLASH_SECONDS
                self.flash_square = Pos(e["row"], e["col"])
                self.flash_text = self.beep_words(e)
            elif e["type"] in (EventType.RETRACE, EventType.SENT_BACK):
                beep = self.flash_square
                self.retrace = ([beep] if beep else []) + [Pos(r, c) for r, c in e["route"]]
                self.retrace_start = now + FLASH_SECONDS * 0.5
                self.retrace_name = self.run.players[e["player"]]
            elif e["type"] in (EventType.TURN_PASSED, EventType.PLAYER_FINISHED):
                self.ghost = self.start_place()
            elif e["type"] == EventType.UNDONE:
                self.flash_until, self.retrace = 0.0, []
        self._shown = None

    def beep_words(self, event: Event) -> str:
        raise NotImplementedError

    # -- drawing -------------------------------------------------------------------------------

    def shown_state(self, now: float) -> Any:
        run = self.run
        animating = self.busy or now < self.flash_until
        return (
            run.paused,
            run.time_up,
            run.budget_spent,
            clock_text(self.clock_seconds(now)),
            len(run.path),
            run.player,
            animating and round(now * 30),
            self.ghost,
        )

    def clock_seconds(self, now: float) -> float:
        return self.run.clock.elapsed(now)

    def hint_places(self) -> list[Pos]:
        """The squares the core says are legal now (none while the last move is still being shown)."""
        if self.finished or self.busy or self.ctx.workshop is None:
            return []
        return self.ctx.workshop.legal_squares()

    def board_area(self) -> tuple[int, int, int, int]:
        lay = self.ctx.layout
        area, _ = lay.split(
            (lay.margin, lay.header[1], lay.width - 2 * lay.margin, lay.footer[1] - lay.header[1]), 0.62
        )
        return area

    def draw_board(self, p: Painter) -> None:
        """The board's marks, hints and walker over the cached background."""
        run, now = self.run, self.ctx.now
        if run.level.rules.memory_aid is MemoryAid.BEEPS:
            self.board.beeped(p, run.beeps)
        walk = run.path[:-1] if run.retrace_route is not None else run.path
        self.board.safe(p, walk)
        self.board.hints(p, self.hint_places())
        if now < self.flash_until and self.flash_square is not None:
            self.board.beeped(p, [self.flash_square])
        if self.busy:
            walker: tuple[tuple[float, float] | Pos, str] | None = (self.retrace_point(now), self.retrace_label())
        elif run.position is not None:
            walker = (run.position, run.player_name)
        elif not self.finished:
            walker = (self.ghost, run.player_name)
        else:
            walker = None
        self.board.band_words(p, keep_clear=self.board.token_rect(walker[0]) if walker else None)
        if walker is not None:
            self.board.token(p, walker[0], walker[1], run.players)

    def side_area(self) -> tuple[int, int, int, int]:
        lay = self.ctx.layout
        _, side = lay.split(
            (lay.margin, lay.header[1], lay.width - 2 * lay.margin, lay.footer[1] - lay.header[1]), 0.62
        )
        return side

    def draw_background(self, p: Painter, hints: str) -> None:
        """What does not change from frame to frame, drawn once per size (and per footer) and reused.

        The beep's flash (the border and the box in the panel) is a second version of the same picture.
        """
        ctx = self.ctx
        flashing = ctx.now < self.flash_until
        key = (ctx.layout.size, ctx.theme.name, hints)
        if self._background_key != key:
            self._backgrounds = {
                flash: Layer.draw(ctx.layout.size, lambda painter, f=flash: self._paint_background(painter, hints, f))
                for flash in (False, True)
            }
            self._background_key = key
        self._backgrounds[flashing].put(p)

    def _paint_background(self, p: Painter, hints: str, flashing: bool) -> None:
        ctx, th, lay = self.ctx, self.ctx.theme, self.ctx.layout
        p.fill(th.background)
        self.board.place(self.board_area())
        self.board.draw_static(p, words=False)  # the band words go with the walker: draw_board
        panel(p, ctx, self.side_area())
        footer(p, ctx, hints)
        if flashing:
            p.box((0, 0, lay.width, lay.height), th.beep, width=max(6, lay.margin))
            p.box(self.beep_box(), th.beep, radius=lay.margin // 2)

    def beep_box(self) -> tuple[int, int, int, int]:
        inner = inset(self.ctx, self.side_area(), 0.8)
        top, _ = self.ctx.layout.cut_top(inner, int(inner[3] * 0.42))
        return top

    def on_resize(self) -> None:
        self._background_key = None

    def draw_panel(
        self, p: Painter, heading: str, who: str, under: str, clock: str, figures: list[tuple[str, str]]
    ) -> None:
        """The side panel: phase, whose turn (or the beep, while it flashes), the clock and counters."""
        ctx, th, lay = self.ctx, self.ctx.theme, self.ctx.layout
        side = self.side_area()
        inner = inset(ctx, side, 0.8)
        top, rest = lay.cut_top(inner, int(inner[3] * 0.42))
        if ctx.now < self.flash_until:  # the orange box itself is in the background's flash version
            word, meaning = lay.cut_top(inset(ctx, top, 0.4), int(top[3] * 0.55))
            p.text("BEEP!", word, lay.title_size, (255, 255, 255), align="center", bold=True)
            p.paragraph(self.flash_text, meaning, lay.small_size, (255, 255, 255))
        else:
            rows = lay.rows(top, 4)
            p.text(heading, rows[0], lay.small_size, th.muted)
            p.text(who, (rows[1][0], rows[1][1], rows[1][2], rows[1][3] * 2), lay.title_size, th.text, bold=True)
            p.text(under, rows[3], lay.small_size, th.muted)
        clock_row, rest = lay.cut_top(rest, int(lay.heading_size * 1.5))
        p.text(clock, clock_row, lay.heading_size, th.text, bold=True)
        figures_area, self.notice_area = lay.cut_top(rest, int(lay.small_size * 1.5) * len(figures))
        stat_lines(p, ctx, figures_area, figures, size=lay.small_size)

    def retrace_label(self) -> str:
        """The walker going back (in discovery, the player before the one now on turn)."""
        run = self.run
        return self.retrace_name or run.players[run.before(run.player)]

    def retrace_point(self, now: float) -> tuple[float, float]:
        steps = max(0.0, (now - self.retrace_start) / RETRACE_SECONDS_PER_SQUARE)
        i = min(int(steps), len(self.retrace) - 1)
        a = self.retrace[i]
        b = self.retrace[i + 1] if i + 1 < len(self.retrace) else self._off_point(a)
        frac = min(1.0, steps - i)
        return (a.row + (b.row - a.row) * frac, a.col + (b.col - a.col) * frac)

    def _off_point(self, pos: Pos) -> Pos:
        return (
            self.run.level.grid.beyond(pos, self.run.level.rules.entry)
            if self.run.level.grid.on_edge(pos, self.run.level.rules.entry)
            else pos
        )

    def draw_banner(self, p: Painter, title: str, detail: str) -> None:
        """A box across the middle of the screen: time is up, the budget is spent."""
        lay, th = self.ctx.layout, self.ctx.theme
        w, h = int(lay.width * 0.7), int(lay.heading_size * 4.2)
        box = ((lay.width - w) // 2, (lay.height - h) // 2, w, h)
        p.box(box, th.warn, radius=lay.margin)
        top, bottom = lay.cut_top(inset(self.ctx, box, 0.5), int(h * 0.5))
        p.text(title, top, lay.heading_size, th.background, align="center", bold=True)
        p.text(detail, bottom, lay.body_size, th.background, align="center")

    def draw_budget_spent(self, p: Painter) -> None:
        rules = self.run.level.rules
        self.draw_banner(
            p,
            f"{self.run.name}: the budget is spent",
            f"{self.run.penalty_seconds:g} s of penalties, over the {rules.budget_seconds:g} s budget.  "
            "Enter: the team debrief",
        )

    def update(self, now: float) -> bool:
        if self.retrace and now >= self.retrace_end:
            self.retrace = []
            self._shown = None
        return super().update(now)
