"""The talking phases around the maze: the rules briefing, strategy time, and the discovery result."""

from __future__ import annotations

from typing import Any

from maze.core.commands import Advance, SetOrder
from maze.core.events import EventType
from maze.core.rotation import moved, swapped
from maze.core.stats import team_stats
from maze.core.team import TeamRun
from maze.core.words import count, duration, figure
from maze.ui.actions import Act, Action
from maze.ui.app import phase_key
from maze.ui.board import BoardView
from maze.ui.context import Context
from maze.ui.painter import Painter
from maze.ui.screens.base import ModalResult, Screen, Transition
from maze.ui.screens.facilitator import HANDLED, facilitator_action, on_skip_result
from maze.ui.widgets import footer, header, inset, panel, stat_lines


def clock_text(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.999)) if seconds > 0 else 0
    return f"{seconds // 60}:{seconds % 60:02d}"


class PhaseScreen(Screen):
    """A screen for one phase of the current team; the loop swaps it when the phase changes."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.phase_key = phase_key(ctx)
        self._shown: Any = None

    @property
    def run(self) -> TeamRun:
        return self.ctx.current_run()

    def handle(self, action: Action) -> Transition | None:
        if action.act in (Act.CONFIRM, Act.NEXT):
            return self.proceed()
        result = facilitator_action(self.ctx, self.run, action)
        return None if result is HANDLED else result

    def proceed(self) -> Transition | None:
        self.ctx.issue(Advance(self.ctx.now))
        return None

    def on_result(self, result: ModalResult) -> Transition | None:
        on_skip_result(self.ctx, result)
        return None

    def update(self, now: float) -> bool:
        shown = self.shown_state(now)
        changed = shown != self._shown
        self._shown = shown
        return changed

    def shown_state(self, now: float) -> Any:
        """What the picture depends on; a redraw happens only when it changes."""
        return (self.run.paused,)

    def draw_paused(self, p: Painter, area: tuple[int, int, int, int]) -> None:
        """A banner across the middle of `area` while the team's clock is paused."""
        if not self.run.paused:
            return
        lay, th = self.ctx.layout, self.ctx.theme
        x, y, w, h = area
        height = int(lay.heading_size * 2.2)
        box = (x, y + (h - height) // 2, w, height)
        p.box(box, th.warn, radius=lay.margin)
        p.text(
            "PAUSED" if self.ctx.players_only else "PAUSED  (Space resumes)",  # presenter: keys on the laptop
            inset(self.ctx, box, 0.5),
            lay.heading_size,
            th.background,
            align="center",
            bold=True,
        )


def player_order(run: TeamRun) -> str:
    return "  →  ".join(run.players[i] for i in run.walking_order)


class BriefingScreen(PhaseScreen):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        later = ctx.workshop.later_teams_on_this_maze() if ctx.workshop is not None else []
        if later:  # said before this team walks: the later teams must not watch its route
            names = ", ".join(later[:3]) + (" and more" if len(later) > 3 else "")
            ctx.notify(f"{names} will play this same maze: they wait outside until this team's debrief", seconds=12)

    def draw(self, p: Painter) -> None:
        ctx, run = self.ctx, self.run
        lay, th = ctx.layout, ctx.theme
        p.fill(th.background)
        rules = run.level.rules
        header(p, ctx, f"{run.name}: the rules", f"{run.level.name}", right="Briefing")
        diagonal = "Steps may go diagonally." if rules.diagonal else "Steps go straight only: no diagonals."
        limit = (
            f"You have {rules.discovery_minutes:g} minutes to find the route."
            if rules.discovery_minutes
            else "There is no time limit to find the route."
        )
        meeting = f" except in meetings ({rules.meeting_minutes:g} minutes in all)" if rules.meeting_minutes else ""
        rounds = "again" if rules.execution_rounds == 1 else f"{rules.execution_rounds} times"
        together = "all together, in order" if rules.execution_walkers == "snake" else "everyone in turn"
        text = (
            f"1. Get every member of the team from START to EXIT, one at a time, in this order: "
            f"{player_order(run)}.\n"
            f"2. Somewhere there is a safe route. Every other square beeps. {diagonal}\n"
            f"3. Once discovery starts: no talking{meeting}. Gestures are allowed.\n"
            f"4. On a beep, walk back the way you came; then the next person goes.\n"
            f"5. {limit} Then walk it {rounds}, as fast as you can, {together}."
        )
        panel(p, ctx, lay.body)
        p.paragraph(text, inset(ctx, lay.body, 1.0), lay.body_size, th.text, min_size=int(lay.height / 25))
        footer(p, ctx, "Enter: strategy time    N: skip    F1: keys")


class StrategyScreen(PhaseScreen):
    """Planning time: the clock, and the walking order the team sets (Up/Down choose, Left/Right move, or
    click one name and then another to swap them)."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._cued = False
        self.chosen = 0  # the place in the walking order the keys move
        self.clicked: int | None = None  # a place clicked, waiting for a second click to swap with
        self.order_rects: list[tuple[int, int, int, int]] = []

    def remaining(self, now: float) -> float:
        workshop = self.ctx.running_workshop()
        return workshop.strategy_time_left(now) or 0.0

    def handle(self, action: Action) -> Transition | None:
        if action.act is Act.NEXT and self.remaining(self.ctx.now) > 0:
            asked = facilitator_action(self.ctx, self.run, Action(Act.SKIP))  # a clicker asks before ending it
            return None if asked is HANDLED else asked
        if action.act is Act.MOVE:
            self.reorder(action.direction)
            return None
        if action.act is Act.CLICK:
            self.click(action.pos)
            return None
        return super().handle(action)

    def reorder(self, direction: tuple[int, int]) -> None:
        order = self.run.walking_order
        rows, cols = direction
        if rows:
            self.chosen = (self.chosen + rows) % len(order)
        elif cols:
            new = moved(order, self.chosen, cols)
            if self.ctx.issue(SetOrder(self.ctx.now, new)):
                self.chosen = new.index(order[self.chosen])
        self._shown = None

    def click(self, pixel: tuple[int, int]) -> None:
        place = next((i for i, r in enumerate(self.order_rects) if _inside(pixel, r)), None)
        if place is None:
            return
        if self.clicked is None or self.clicked == place:
            self.clicked = None if self.clicked == place else place
            self.chosen = place
        else:
            self.ctx.issue(SetOrder(self.ctx.now, swapped(self.run.walking_order, self.clicked, place)))
            self.chosen, self.clicked = place, None
        self._shown = None

    def shown_state(self, now: float) -> Any:
        left = self.remaining(now)
        if left <= 0 and not self._cued:
            self._cued = True
            self.ctx.sounds.play("time_up")
        return (self.run.paused, clock_text(left), self.run.walking_order, self.chosen, self.clicked)

    def draw(self, p: Painter) -> None:
        ctx, run = self.ctx, self.run
        lay, th = ctx.layout, ctx.theme
        p.fill(th.background)
        header(p, ctx, f"{run.name}: plan together", "Talking is allowed now. Discovery is silent.", right="Strategy")
        left = self.remaining(ctx.now)
        top, bottom = lay.cut_top(lay.body, int(lay.body[3] * 0.42))
        colour = th.warn if left <= 0 else th.text
        if run.paused:
            self.draw_paused(p, top)
        else:
            p.text(
                clock_text(left) if left > 0 else "Time's up",
                top,
                lay.title_size * 2,
                colour,
                align="center",
                bold=True,
            )
        words, order_area = lay.split(bottom, 0.55)
        p.paragraph(
            "Set your walking order: discovery and execution keep it. "
            "How will you share what each beep teaches, without words?",
            inset(ctx, words, 1.0),
            lay.body_size,
            th.muted,
            min_size=int(lay.height / 25),
        )
        self.draw_order(p, order_area)
        footer(
            p,
            ctx,
            "Enter: start discovery (silence)    Arrows or click: walking order    Space: pause    F1: keys",
        )

    def draw_order(self, p: Painter, area: tuple[int, int, int, int]) -> None:
        """The walking order, numbered; the chosen walker highlighted."""
        ctx, run = self.ctx, self.run
        lay, th = ctx.layout, ctx.theme
        panel(p, ctx, area)
        order = run.walking_order
        rows = lay.rows(inset(ctx, area, 0.6), len(order) + 1)
        size = max(lay.small_size // 2, min(lay.body_size, int(rows[0][3] * 0.75)))
        p.text("Walking order", rows[0], size, th.muted, bold=True, min_size=8)
        self.order_rects = list(rows[1:])
        for place, (row, player) in enumerate(zip(rows[1:], order, strict=True)):
            if place == self.chosen:
                p.box(row, th.accent if self.clicked is None else th.warn, radius=lay.margin // 3)
            ink = th.background if place == self.chosen else th.text
            p.text(f"{place + 1}. {run.players[player]}", inset(ctx, row, 0.2), size, ink, min_size=8)


class DiscoveryResultScreen(PhaseScreen):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.board = BoardView(ctx, self.run.level)
        workshop = ctx.running_workshop()
        self.stats = team_stats(workshop.team_log).discovery
        later = workshop.later_teams_on_this_maze()
        if later:
            names = ", ".join(later[:3]) + (" and more" if len(later) > 3 else "")
            ctx.notify(f"{names} will play this same maze: they should not see this route", warning=True, seconds=12)

    def adopt(self, ctx: Context) -> None:
        super().adopt(ctx)
        self.board.ctx = self.ctx  # the board draws with the screen's context

    def draw(self, p: Painter) -> None:
        ctx, run, s = self.ctx, self.run, self.stats
        lay, th = ctx.layout, ctx.theme
        p.fill(th.background)
        if run.found:
            title = f"{run.name}: route found!"
            finder = next(
                (e for e in reversed(ctx.running_workshop().team_log) if e["type"] == EventType.ROUTE_FOUND), None
            )
            who = run.players[finder["player"]] if finder else ""
            sub = f"{who} crossed after {count(s.turns, 'attempt')} in {duration(s.seconds)}"
        else:
            title = f"{run.name}: route revealed"
            sub = f"Ended after {count(s.turns, 'attempt')} and {duration(s.seconds)}; here is the route"
        header(p, ctx, title, sub)
        left, right = lay.split(lay.body, 0.5)
        self.board.place(left)
        self.board.draw_static(p)
        route = run.level.grid.safe_route(run.level.rules.entry, run.level.rules.diagonal) or []
        self.board.safe(p, route)
        panel(p, ctx, right)
        stat_lines(
            p,
            ctx,
            inset(ctx, right, 1.0),
            [
                figure(s.turns, "attempt"),
                figure(s.beeps, "beep"),
                figure(s.new_beeps, "new beep"),
                figure(s.repeat_beeps, "repeat beep"),
                ("time", duration(s.seconds)),
            ],
        )
        footer(p, ctx, "Enter: on to execution    Backspace: undo the last step    F1: keys")


def _inside(pixel: tuple[int, int], rect: tuple[int, int, int, int]) -> bool:
    x, y, w, h = rect
    return x <= pixel[0] < x + w and y <= pixel[1] < y + h
