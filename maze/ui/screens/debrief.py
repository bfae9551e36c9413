"""The debriefs: one team's two columns (did we learn? did we do it right?) and the workshop's two lenses."""

from __future__ import annotations

from collections.abc import Sequence

from maze.core.captions import LENS_TEXT
from maze.core.level import Level
from maze.core.stats import Lens, TeamStats, ranked, team_stats
from maze.ui.actions import Act, Action
from maze.ui.board import BoardView
from maze.ui.charts import bars, step_line
from maze.ui.context import Context
from maze.ui.painter import Painter
from maze.ui.screens.base import Push, Screen, Transition
from maze.ui.screens.overlays import ConfirmDialog
from maze.ui.screens.phases import PhaseScreen, clock_text
from maze.ui.widgets import footer, header, inset, panel, stat_lines, table


def seconds_text(seconds: float) -> str:
    return f"{seconds:.1f} s" if seconds < 60 else f"{int(seconds // 60)}:{seconds % 60:04.1f}"


def draw_team_debrief(p: Painter, ctx: Context, stats: TeamStats, level: Level) -> None:
    lay, th = ctx.layout, ctx.theme
    d, e = stats.discovery, stats.execution
    p.fill(th.background)
    variant = "" if stats.variant == "same" else f", {stats.variant}"
    header(p, ctx, f"Team {stats.team}: debrief", f"{stats.level}{variant}", right="Debrief")
    learn, execute = lay.columns(lay.body, 2)
    route = "revealed" if d.revealed else clock_text(d.time_to_route or d.seconds)
    learn_charts = _column(
        p,
        ctx,
        learn,
        "Organizing to learn",
        "Did we learn?",
        [
            ("new beeps", str(d.new_beeps)),
            ("repeat beeps", str(d.repeat_beeps)),
            ("of beeps were new", f"{d.share_new:.0%}" if d.beeps else "-"),
            ("attempts", str(d.turns)),
            ("to the route", route),
        ],
    )
    heat_area, curve_area = lay.columns(learn_charts, 2, gap=lay.margin // 2)
    board = BoardView(ctx, level)
    board.place(heat_area)
    board.draw_static(p)
    board.heat(p, d.beeps_per_square)
    step_line(p, ctx, curve_area, d.learning_curve, "Squares known")
    predicted = "-" if e.predicted is None else seconds_text(e.predicted)
    chart = _column(
        p,
        ctx,
        execute,
        "Organizing to execute",
        "Did we do it right?",
        [
            ("execution time" + ("" if e.completed else " (stopped)"), seconds_text(e.seconds)),
            (f"errors (+{e.error_seconds:g} s)", str(e.errors)),
            ("predicted", predicted),
            ("score, all in", seconds_text(stats.score_seconds)),
        ],
    )
    bars(
        p, ctx, chart, [(name, sec, f"{sec:.1f} s") for name, sec in e.player_seconds], th.safe, title="Time per player"
    )


def _column(
    p: Painter, ctx: Context, rect: tuple[int, int, int, int], title: str, question: str, figures: list[tuple[str, str]]
) -> tuple[int, int, int, int]:
    """A debrief column: its title and question, its figures; returns the room left for a chart."""
    lay, th = ctx.layout, ctx.theme
    panel(p, ctx, rect)
    inner = inset(ctx, rect, 0.6)
    head, rest = lay.cut_top(inner, int(lay.body_size * 1.25))
    p.text(title, head, lay.body_size, th.accent, bold=True)
    ask, rest = lay.cut_top(rest, int(lay.small_size * 1.3))
    p.text(question, ask, lay.small_size, th.text, bold=True)
    figures_area, chart = lay.cut_top(rest, int(lay.small_size * 1.4) * len(figures), lay.margin // 2)
    stat_lines(p, ctx, figures_area, figures, size=lay.small_size, value_share=0.24)
    return chart


class TeamDebriefScreen(PhaseScreen):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        assert ctx.workshop is not None
        self.stats = team_stats(ctx.workshop.team_log)
        self.level = self.run.level

    def draw(self, p: Painter) -> None:
        draw_team_debrief(p, self.ctx, self.stats, self.level)
        last = self.ctx.workshop is not None and self.run.index + 1 >= len(self.ctx.workshop.teams)
        footer(
            p,
            self.ctx,
            f"Enter: {'the workshop debrief' if last else 'next team'}    "
            f"Results folder: {self.ctx.recorder.folder.name if self.ctx.recorder else '-'}",
        )


TABLE_HEADINGS = ["#", "Team", "New", "Repeat", "% new", "Errors", "Score"]
LENS_COLUMNS = {
    Lens.FAILURES: frozenset({"New", "Repeat", "Errors"}),
    Lens.LEARNING: frozenset({"New", "Repeat", "% new"}),
    Lens.EXECUTION: frozenset({"Errors", "Score"}),
}


def draw_workshop_debrief(p: Painter, ctx: Context, summaries: Sequence[TeamStats], lens: Lens, page: int = 0) -> int:
    """Draws one page of the comparison; returns how many pages there are."""
    lay, th = ctx.layout, ctx.theme
    p.fill(th.background)
    text = LENS_TEXT[lens]
    header(p, ctx, f"Workshop debrief: {text.title}", text.caption)
    table_area, chart = lay.cut_top(lay.body, int(lay.body[3] * 0.56), lay.margin // 2)
    panel(p, ctx, table_area)
    inner = inset(ctx, table_area, 0.5)
    per_page = max(1, inner[3] // int(lay.small_size * 1.25) - 1)
    order = ranked(summaries, lens)
    pages = max(1, -(-len(order) // per_page))
    page = min(page, pages - 1)
    shown = order[page * per_page : (page + 1) * per_page]
    rows = [
        [
            str(page * per_page + i + 1),
            s.team,
            str(s.discovery.new_beeps),
            str(s.discovery.repeat_beeps),
            f"{s.discovery.share_new:.0%}" if s.discovery.beeps else "-",
            str(s.execution.errors),
            seconds_text(s.score_seconds),
        ]
        for i, s in enumerate(shown)
    ]
    table(p, ctx, inner, TABLE_HEADINGS, rows, flexible=1, highlight=LENS_COLUMNS[lens])
    if lens is not Lens.LEARNING:
        panel(p, ctx, chart)
        bars(
            p,
            ctx,
            inset(ctx, chart, 0.5),
            [(s.team, s.execution.errors, str(s.execution.errors)) for s in shown],
            th.warn,
            title="Execution errors",
        )
    else:
        new_area, repeat_area = lay.columns(chart, 2, gap=lay.margin // 2)
        for area, values, colour, label in (
            (
                new_area,
                [(s.team, s.discovery.new_beeps, str(s.discovery.new_beeps)) for s in shown],
                th.safe,
                "New beeps: information",
            ),
            (
                repeat_area,
                [(s.team, s.discovery.repeat_beeps, str(s.discovery.repeat_beeps)) for s in shown],
                th.beep,
                "Repeat beeps: unshared",
            ),
        ):
            panel(p, ctx, area)
            bars(p, ctx, inset(ctx, area, 0.5), values, colour, title=label)
    return pages


def next_lens(lens: Lens) -> Lens:
    order = list(Lens)
    return order[(order.index(lens) + 1) % len(order)]


class WorkshopDebriefScreen(Screen):
    phase_key = ("workshop-finished",)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        assert ctx.workshop is not None
        self.summaries = list(ctx.workshop.summaries)
        self.lens = Lens.FAILURES
        self.page = 0
        self.pages = 1

    def handle(self, action: Action) -> Transition | None:
        if action.act in (Act.LENS, Act.MOVE) and (action.act is Act.LENS or action.direction[1]):
            self.lens = next_lens(self.lens)
        elif action.act is Act.NEXT:
            if self.page + 1 < self.pages:
                self.page += 1
            else:
                self.lens = next_lens(self.lens)
        elif action.act is Act.PREV:
            self.page = max(0, self.page - 1)
        elif action.act in (Act.BACK, Act.CONFIRM):
            return Push(
                ConfirmDialog(
                    self.ctx,
                    "Finish the workshop?",
                    f"The results are saved in {self.ctx.recorder.folder if self.ctx.recorder else '-'}",
                    tag="quit",
                ),
                tag="quit",
            )
        return None

    def draw(self, p: Painter) -> None:
        self.pages = draw_workshop_debrief(p, self.ctx, self.summaries, self.lens, self.page)
        folder = self.ctx.recorder.folder.name if self.ctx.recorder else "-"
        footer(p, self.ctx, f"L or Tab: switch lens    Enter: finish    Results folder: {folder}")
