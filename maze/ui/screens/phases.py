"""The talking phases around the maze: the rules briefing, strategy time, and the discovery result."""

from __future__ import annotations

from typing import Any

from maze.core.commands import Advance
from maze.core.stats import team_stats
from maze.core.team import TeamRun
from maze.ui.actions import Act, Action
from maze.ui.app import phase_key
from maze.ui.board import BoardView
from maze.ui.context import Context
from maze.ui.painter import Painter
from maze.ui.screens.base import Screen, Transition
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
        assert self.ctx.workshop is not None and self.ctx.workshop.current is not None
        return self.ctx.workshop.current

    def handle(self, action: Action) -> Transition | None:
        if action.act in (Act.CONFIRM, Act.NEXT):
            return self.proceed()
        result = facilitator_action(self.ctx, self.run, action)
        return None if result is HANDLED else result  # type: ignore[return-value]

    def proceed(self) -> Transition | None:
        self.ctx.issue(Advance(self.ctx.now))
        return None

    def on_result(self, tag: str, result: Any) -> Transition | None:
        on_skip_result(self.ctx, tag, result)
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
    return "  →  ".join(run.players)


class BriefingScreen(PhaseScreen):
    def draw(self, p: Painter) -> None:
        ctx, run = self.ctx, self.run
        lay, th = ctx.layout, ctx.theme
        p.fill(th.background)
        rules = run.level.rules
        header(p, ctx, f"Team {run.name}: the rules", f"{run.level.name}", right="Briefing")
        diagonal = "Steps may go diagonally." if rules.diagonal else "Steps go straight only: no diagonals."
        limit = (
            f"You have {rules.discovery_minutes:g} minutes to find the route."
            if rules.discovery_minutes
            else "There is no time limit to find the route."
        )
        text = (
            f"1. Get every member of the team from START to EXIT, one at a time, in this order: "
            f"{player_order(run)}.\n"
            f"2. Somewhere there is a safe route. Every other square beeps. {diagonal}\n"
            f"3. Once discovery starts: no talking. Gestures are allowed.\n"
            f"4. On a beep, walk back the way you came; then the next person goes.\n"
            f"5. {limit} Then, walk it again, as fast as you can, everyone in turn."
        )
        panel(p, ctx, lay.body)
        p.paragraph(text, inset(ctx, lay.body, 1.0), lay.body_size, th.text, min_size=int(lay.height / 25))
        footer(p, ctx, "Enter: strategy time    N: skip    F1: keys")


class StrategyScreen(PhaseScreen):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._cued = False

    def remaining(self, now: float) -> float:
        assert self.ctx.workshop is not None
        return self.ctx.workshop.strategy_seconds - self.run.clock.elapsed(now)

    def shown_state(self, now: float) -> Any:
        left = self.remaining(now)
        if left <= 0 and not self._cued:
            self._cued = True
            self.ctx.sounds.play("time_up")
        return (self.run.paused, clock_text(left))

    def draw(self, p: Painter) -> None:
        ctx, run = self.ctx, self.run
        lay, th = ctx.layout, ctx.theme
        p.fill(th.background)
        header(
            p, ctx, f"Team {run.name}: plan together", "Talking is allowed now. Discovery is silent.", right="Strategy"
        )
        left = self.remaining(ctx.now)
        top, bottom = lay.cut_top(lay.body, int(lay.body[3] * 0.55))
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
        p.paragraph(
            f"Turn order: {player_order(run)}.  How will you share what each beep teaches you, without words?",
            inset(ctx, bottom, 1.0),
            lay.body_size,
            th.muted,
            min_size=int(lay.height / 25),
        )
        footer(p, ctx, "Enter: start discovery (silence)    T: talking penalty    Space: pause    F1: keys")


class DiscoveryResultScreen(PhaseScreen):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.board = BoardView(ctx, self.run.level)
        assert ctx.workshop is not None
        self.stats = team_stats(ctx.workshop.team_log).discovery

    def draw(self, p: Painter) -> None:
        ctx, run, s = self.ctx, self.run, self.stats
        lay, th = ctx.layout, ctx.theme
        p.fill(th.background)
        if run.found:
            title = f"{run.name}: route found!"
            finder = next((e for e in reversed(ctx.workshop.team_log) if e["type"] == "route_found"), None)
            who = run.players[finder["player"]] if finder else ""
            sub = f"{who} crossed after {s.turns} attempts in {clock_text(s.seconds)}"
        else:
            title = f"{run.name}: route revealed"
            sub = f"Ended after {s.turns} attempts and {clock_text(s.seconds)}; here is the route"
        header(p, ctx, title, sub)
        left, right = lay.split(lay.body, 0.5)
        self.board.place(left)
        self.board.draw_static(p)
        route = ctx.workshop.current.level.grid.safe_route(run.level.rules.entry, run.level.rules.diagonal) or []
        self.board.safe(p, route)
        panel(p, ctx, right)
        stat_lines(
            p,
            ctx,
            inset(ctx, right, 1.0),
            [
                ("attempts", str(s.turns)),
                ("beeps", str(s.beeps)),
                ("new beeps", str(s.new_beeps)),
                ("repeat beeps", str(s.repeat_beeps)),
                ("time", clock_text(s.seconds)),
            ],
            value_share=0.3,
        )
        footer(p, ctx, "Enter: on to execution    Backspace: undo the last step    F1: keys")
