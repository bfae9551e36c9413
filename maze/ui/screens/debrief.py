"""One team's debrief: two columns (did we learn? did we do it right?), then what the team's own moves say.

L or Tab switches between the two pages; Enter moves on. The workshop's debrief is in workshop_debrief.py.
"""

from __future__ import annotations

from typing import Any

from maze.core.captions import Caption, seconds_words, team_captions
from maze.core.events import Symmetry
from maze.core.grid import Side
from maze.core.level import Level
from maze.core.stats import TeamStats, team_stats
from maze.core.words import duration, figure
from maze.ui.actions import Act, Action
from maze.ui.board import BoardView, heat_legend
from maze.ui.charts import attempt_line, labelled_bars
from maze.ui.context import Context
from maze.ui.layout import Rect
from maze.ui.painter import Painter, font, wrap
from maze.ui.screens.base import Transition
from maze.ui.screens.phases import PhaseScreen
from maze.ui.screens.workshop_debrief import (
    WorkshopDebriefScreen,
    debrief_footer,
    draw_workshop_debrief,
    open_folder_action,
)
from maze.ui.widgets import header, inset, panel, stat_lines

TEAM_PAGES = ("figures", "insights")

__all__ = ["TeamDebriefScreen", "WorkshopDebriefScreen", "draw_team_debrief", "draw_workshop_debrief"]


def seconds_text(seconds: float) -> str:
    return duration(seconds)


def draw_team_debrief(p: Painter, ctx: Context, stats: TeamStats, level: Level, page: str = "figures") -> None:
    p.fill(ctx.theme.background)
    variant = "" if stats.variant == Symmetry.SAME else f", {stats.variant}"
    header(p, ctx, f"{stats.team}: debrief", f"{stats.level}{variant}: {stats.outcome}", right="Debrief")
    if page == "insights":
        _draw_insights(p, ctx, stats)
    else:
        _draw_figures(p, ctx, stats, level)


def _draw_figures(p: Painter, ctx: Context, stats: TeamStats, level: Level) -> None:
    lay, th = ctx.layout, ctx.theme
    d, e, ins = stats.discovery, stats.execution, stats.insights
    learn, execute = lay.columns(lay.body, 2)
    route = seconds_words(d.time_to_route or d.seconds)
    learn_charts = _column(
        p,
        ctx,
        learn,
        "Organizing to learn",
        "Did we learn?",
        [
            figure(d.new_beeps, "new beep"),
            ("repeats own/others", f"{ins.own_repeat_beeps}/{ins.others_repeat_beeps}"),
            ("attempts/no news", f"{len(ins.attempts)}/{ins.attempts_without_new_info}"),
            ("to the route", route) if d.found else ("route found (shown)" if d.revealed else "route found", "no"),
        ],
    )
    heat_area, curve_area = lay.columns(learn_charts, 2, gap=lay.margin // 2)
    line = int(lay.min_text * 1.3)
    title, heat_area = lay.cut_top(heat_area, line)
    p.text("Beeps per square", title, lay.min_text, th.muted, min_size=lay.min_text)
    legend_h = int(lay.min_text * 1.6)
    board_area, legend = lay.cut_top(heat_area, heat_area[3] - legend_h)
    board = BoardView(ctx, level)
    board.place(board_area)
    board.draw_static(p, min_text=lay.min_text)
    board.heat(p, d.beeps_per_square)
    heat_legend(p, ctx, legend)
    depth = level.grid.height if level.rules.entry in (Side.TOP, Side.BOTTOM) else level.grid.width
    attempt_line(p, ctx, curve_area, ins.depth_per_attempt, "Depth per attempt", "rows from START", depth, "attempt")
    predicted = "-" if e.predicted is None else seconds_text(e.predicted)
    chart = _column(
        p,
        ctx,
        execute,
        "Organizing to execute",
        "Did we do it right?",
        [
            ("execution time" + ("" if e.completed else " (stopped)"), seconds_text(e.seconds)),
            (f"{figure(e.errors, 'error')[0]} (+{e.error_seconds:g} s)", str(e.errors)),
            ("predicted", predicted),
            ("score, all in", seconds_text(stats.score_seconds)),
        ],
    )
    if not e.player_seconds:  # nobody crossed in execution: say so rather than draw an empty chart
        p.text("Time per player: no one crossed", chart, lay.min_text, th.muted, align="center", min_size=lay.min_text)
        return
    labelled_bars(
        p,
        ctx,
        chart,
        [(name, sec, duration(sec)) for name, sec in e.player_seconds],
        th.safe,
        title="Time per player",
        x_label="seconds",
    )


def _column(p: Painter, ctx: Context, rect: Rect, title: str, question: str, figures: list[tuple[str, str]]) -> Rect:
    """A debrief column: its title and question, its figures; returns the room left for a chart."""
    lay, th = ctx.layout, ctx.theme
    panel(p, ctx, rect)
    inner = inset(ctx, rect, 0.6)
    head, rest = lay.cut_top(inner, int(lay.body_size * 1.25))
    p.text(title, head, lay.body_size, th.accent, bold=True)
    ask, rest = lay.cut_top(rest, int(lay.small_size * 1.3))
    p.text(question, ask, lay.small_size, th.text, bold=True)
    figures_area, chart = lay.cut_top(rest, int(lay.small_size * 1.35) * len(figures), lay.margin // 2)
    share = 0.3
    left, right = lay.split(figures_area, share, gap=lay.margin // 2)  # as stat_lines splits each row
    size = lay.small_size
    while size > lay.min_text and not all(
        font(size, True).size(value)[0] <= left[2] and font(size).size(label)[0] <= right[2] for label, value in figures
    ):
        size -= 1
    stat_lines(p, ctx, figures_area, figures, size=size, value_share=share)
    return chart


def _draw_insights(p: Painter, ctx: Context, stats: TeamStats) -> None:
    """What the team's own moves say: each figure with the sentence a facilitator can read out, every
    sentence at the same size (the largest at which all of them fit their cards)."""
    lay = ctx.layout
    captions = team_captions(stats.insights)
    columns = 3
    rows = -(-len(captions) // columns)
    gap = lay.margin // 2
    cards = [card for band in lay.rows(lay.body, rows, gap=gap) for card in lay.columns(band, columns, gap=gap)]
    areas = [_card_parts(ctx, card) for card in cards[: len(captions)]]
    size = min(
        _fitting_size(c.text, area[2], lay.small_size, lay.min_text) for c, area in zip(captions, areas, strict=True)
    )
    for card, area, caption in zip(cards, areas, captions, strict=False):
        _caption_card(p, ctx, card, area, caption, size)


def _card_parts(ctx: Context, rect: Rect) -> tuple[Rect, Rect, Rect]:
    """A card's value line, label line and the room for its sentence."""
    lay = ctx.layout
    inner = inset(ctx, rect, 0.4)
    value_rect, rest = lay.cut_top(inner, int(lay.small_size * 1.3))
    label_rect, rest = lay.cut_top(rest, int(lay.min_text * 1.3))
    return value_rect, label_rect, rest


def _fitting_size(text: str, rect: Rect, start: int, floor: int, line_gap: float = 1.25) -> int:
    size = start
    while size > floor and len(wrap(text, size, rect[2])) * int(size * line_gap) > rect[3]:
        size = max(floor, int(size * 0.92))
    return size


def _caption_card(
    p: Painter, ctx: Context, rect: Rect, parts: tuple[Rect, Rect, Rect], caption: Caption, size: int
) -> None:
    """A figure, what it is, and the sentence to read out."""
    lay, th = ctx.layout, ctx.theme
    panel(p, ctx, rect)
    value_rect, label_rect, rest = parts
    p.text(caption.value, value_rect, lay.small_size, th.accent, bold=True, min_size=lay.min_text)
    p.text(caption.label, label_rect, lay.min_text, th.text, bold=True, min_size=lay.min_text)
    p.paragraph(caption.text, rest, size, th.muted, line_gap=1.25, min_size=lay.min_text)


class TeamDebriefScreen(PhaseScreen):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        workshop = ctx.running_workshop()
        self.stats = team_stats(workshop.team_log)
        self.level = self.run.level
        self.page = TEAM_PAGES[0]

    def handle(self, action: Action) -> Transition | None:
        if action.act is Act.LENS:
            self.page = TEAM_PAGES[(TEAM_PAGES.index(self.page) + 1) % len(TEAM_PAGES)]
            return None
        if action.act is Act.OPEN_FOLDER:
            open_folder_action(self.ctx)
            return None
        return super().handle(action)

    def shown_state(self, now: float) -> Any:
        return (self.run.paused, self.page)

    def draw(self, p: Painter) -> None:
        draw_team_debrief(p, self.ctx, self.stats, self.level, self.page)
        last = self.ctx.workshop is not None and self.run.index + 1 >= len(self.ctx.workshop.teams)
        other = "what your moves say" if self.page == "figures" else "the figures"
        debrief_footer(p, self.ctx, f"L or Tab: {other}    Enter: {'the workshop debrief' if last else 'next team'}")
