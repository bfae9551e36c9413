"""The workshop debrief: the same teams ranked three ways, switched on the projector with L or Tab.

Each team's change of place since the lens shown before is written beside its rank (an arrow and how
many places), so the room sees the order flip. A bar beside every row shows the lens's main figure,
on an axis with its unit. Big workshops page (PageDown); nothing is ever left off.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from maze.core.captions import LENS_TEXT
from maze.core.records import record
from maze.core.stats import Lens, TeamStats, ranking
from maze.core.words import duration
from maze.ui.actions import Act, Action
from maze.ui.charts import value_text
from maze.ui.context import Context
from maze.ui.layout import Rect
from maze.ui.painter import Painter, font
from maze.ui.screens.base import Screen, Transition
from maze.ui.screens.overlays import quit_question
from maze.ui.widgets import footer, header, inset, panel


def debrief_footer(p: Painter, ctx: Context, keys: str) -> None:
    """The keys and the results folder along the bottom, never below the smallest text: on two lines when
    one line would not hold them (results folders have long names)."""
    lay, th = ctx.layout, ctx.theme
    folder = f"F: open the results folder {ctx.recorder.folder.name if ctx.recorder else '-'}"
    size = max(lay.hint_size, lay.min_text)
    one_line = f"{keys}    {folder}"
    if p.measure(one_line, lay.min_text)[0] <= lay.footer[2]:
        footer(p, ctx, one_line, min_size=lay.min_text)
        return
    top, bottom = lay.rows(lay.footer, 2)
    p.text(keys, top, size, th.muted, align="center", min_size=lay.min_text)
    p.text(folder, bottom, size, th.muted, align="center", min_size=lay.min_text)


def next_lens(lens: Lens) -> Lens:
    order = list(Lens)
    return order[(order.index(lens) + 1) % len(order)]


@record(frozen=True)
class LensView:
    figure: str  # the lens's main figure: the bars' heading
    bar_label: str  # the bar axis: what and in which unit
    more: tuple[str, ...]  # further figures, shown while there is room (left to right)


LENS_VIEWS = {
    Lens.FAILURES: LensView("Failures on record", "beeps + errors", ("Beeps", "Errors")),
    Lens.LEARNING: LensView("To the route", "minutes", ("New/min", "Repeats")),
    Lens.EXECUTION: LensView("Score, all in", "seconds", ("Predicted", "Actual")),
}


def short_time(seconds: float) -> str:
    """As every time is written (maze.core.words.duration): 41.2 s, 3:05, 14:13."""
    return duration(seconds)


def lens_cells(stats: TeamStats, lens: Lens) -> tuple[float | None, str, list[str]]:
    """The lens's main figure for one team (the bar's value and its text), then its further figures."""
    ins, d, e = stats.insights, stats.discovery, stats.execution
    if lens is Lens.FAILURES:
        return float(ins.failures_on_record), str(ins.failures_on_record), [str(d.beeps), str(e.errors)]
    if lens is Lens.LEARNING:
        minutes = ins.minutes_to_route
        text = "not found" if minutes is None else short_time(minutes * 60)
        return minutes, text, [f"{ins.new_beeps_per_minute:.1f}", str(d.repeat_beeps)]
    predicted = "-" if e.predicted is None else short_time(e.predicted)
    score = stats.score_seconds
    return score, short_time(score), [predicted, short_time(e.seconds)]


def moves(summaries: Sequence[TeamStats], lens: Lens, before: Lens | None) -> dict[int, int]:
    """Places each team moved up (positive) or down since the lens `before`, by id of its stats."""
    if before is None:
        return {}
    then = {id(r.stats): r.rank for r in ranking(summaries, before)}
    return {id(r.stats): then[id(r.stats)] - r.rank for r in ranking(summaries, lens)}


def move_text(moved: int | None) -> str:
    if moved is None:
        return ""
    return f"▲{moved}" if moved > 0 else (f"▼{-moved}" if moved < 0 else "=")


@record(frozen=True)
class Row:
    cells: list[str]  # rank, move, team, further figures..., outcome
    value: float | None
    value_text: str


def draw_workshop_debrief(
    p: Painter, ctx: Context, summaries: Sequence[TeamStats], lens: Lens, page: int = 0, before: Lens | None = None
) -> int:
    """Draws one page of the comparison under `lens` (moves shown against `before`); returns the page count."""
    lay, th = ctx.layout, ctx.theme
    p.fill(th.background)
    text = LENS_TEXT[lens]
    named = f"{ctx.workshop.name}: " if ctx.workshop is not None and ctx.workshop.name else "Workshop debrief: "
    header(p, ctx, f"{named}{text.title}", text.caption)
    question_h = int(lay.small_size * 1.4)
    table_area, question = lay.cut_top(lay.body, lay.body[3] - question_h, 0)
    p.text(f"Ask: {text.questions[0]}", question, lay.small_size, th.accent, align="center", min_size=lay.min_text)
    panel(p, ctx, table_area)
    inner = inset(ctx, table_area, 0.5)
    axis_h = int(lay.min_text * 1.4) + 4
    row_h = int(lay.small_size * 1.35)
    per_page = max(1, (inner[3] - axis_h) // row_h - 1)  # less the headings' row
    order = ranking(summaries, lens)
    pages = max(1, -(-len(order) // per_page))
    page = min(page, pages - 1)
    shown = order[page * per_page : (page + 1) * per_page]
    row_h = max(row_h, min(int(lay.small_size * 2), (inner[3] - axis_h) // (len(shown) + 1)))
    moved = moves(summaries, lens, before)
    all_ranks = [r.rank for r in order]
    rows = []
    for entry in shown:
        value, value_text_, more = lens_cells(entry.stats, lens)
        rank = f"{entry.rank}=" if all_ranks.count(entry.rank) > 1 else str(entry.rank)
        outcome = "" if entry.stats.outcome.finished else str(entry.stats.outcome)
        cells = [rank, move_text(moved.get(id(entry.stats))), entry.stats.team, *more, outcome]
        rows.append(Row(cells, value, value_text_))
    view = LENS_VIEWS[lens]
    unfinished = any(row.cells[-1] for row in rows)
    headings = ["#", "Move" if before else "", "Team", *view.more, "Not finished" if unfinished else ""]
    _table_with_bars(p, ctx, inner, headings, rows, view, row_h)
    if pages > 1:
        m = lay.min_text
        p.text(
            f"page {page + 1} of {pages}",
            (inner[0], inner[1] + inner[3] - axis_h, inner[2] // 3, axis_h),
            m,
            th.muted,
            min_size=m,
        )
    return pages


def _table_with_bars(
    p: Painter, ctx: Context, rect: Rect, headings: list[str], rows: list[Row], view: LensView, row_h: int
) -> None:
    """The figures at the readable size, further figures dropped (right to left) until the bars have a
    third of the width; the smallest text only as a last resort."""
    lay, th = ctx.layout, ctx.theme
    x, y, w, h = rect
    gap = max(8, int(lay.small_size * 0.8))  # a clear space between columns, read from afar
    keep = list(range(len(headings)))
    droppable = list(range(3, len(headings) - 1))
    size = lay.small_size

    def widths_at(size: int) -> list[int]:
        return [
            max([font(size, True).size(headings[i])[0]] + [font(size).size(r.cells[i])[0] for r in rows]) + gap
            for i in keep
        ]

    widths = widths_at(size)
    while sum(widths) > w * 0.66:
        if droppable:
            keep.remove(droppable.pop())
        elif size > lay.min_text:
            size = max(lay.min_text, int(size * 0.92))
        else:
            break
        widths = widths_at(size)
    bar_x = x + sum(widths) + gap
    value_w = max([font(size).size(r.value_text)[0] for r in rows] + [0]) + gap
    bar_room = max(1, x + w - bar_x - value_w)
    top = max((r.value for r in rows if r.value is not None), default=0.0) or 1.0
    p.text(view.figure, (bar_x, y, x + w - bar_x, row_h), size, th.accent, bold=True, min_size=lay.min_text)
    for r, values in enumerate([headings] + [row.cells for row in rows]):
        cx, cy = x, y + r * row_h
        for i, width in zip(keep, widths, strict=True):
            value = values[i]
            colour = th.accent if r == 0 else th.text
            if r and i == 1 and value.startswith("▲"):
                colour = th.good
            elif r and i == 1 and value.startswith("▼"):
                colour = th.warn
            if value:
                align = "left" if i in (2, len(values) - 1) else "right"
                cell = (cx, cy, width - gap, row_h)
                p.text(value, cell, size, colour, bold=r == 0 or i == 1, align=align, min_size=lay.min_text)
            cx += width
    for r, row in enumerate(rows, start=1):
        cy = y + r * row_h
        width = 0 if row.value is None else int(bar_room * row.value / top)
        if width:
            p.box((bar_x, cy + row_h // 6, width, row_h * 2 // 3), th.accent, radius=2)
        label_w = font(size).size(row.value_text)[0] + 4
        p.text(row.value_text, (bar_x + width + gap // 2, cy, label_w, row_h), size, th.text, min_size=lay.min_text)
    axis_y = y + (len(rows) + 1) * row_h + 2
    pygame.draw.line(p.surface, th.muted, (bar_x, y + row_h), (bar_x, axis_y), 2)
    pygame.draw.line(p.surface, th.muted, (bar_x, axis_y), (bar_x + bar_room, axis_y), 2)
    m = lay.min_text
    line = int(m * 1.4)
    top_text = value_text(round(top, 1))
    zero_w, top_w = font(m).size("0")[0] + 4, font(m).size(top_text)[0] + 4
    p.text("0", (bar_x, axis_y + 2, zero_w, line), m, th.muted, min_size=m)
    p.text(top_text, (bar_x + bar_room - top_w, axis_y + 2, top_w, line), m, th.muted, align="right", min_size=m)
    middle = (bar_x + zero_w + 4, axis_y + 2, max(1, bar_room - zero_w - top_w - 8), line)
    p.text(view.bar_label, middle, m, th.muted, align="center", min_size=m)


class WorkshopDebriefScreen(Screen):
    phase_key = ("workshop-finished",)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        workshop = ctx.running_workshop()
        self.summaries = list(workshop.summaries)
        self.lens = Lens.FAILURES
        self.before: Lens | None = None  # the lens shown before, for the arrows
        self.page = 0
        self.pages = 1

    def switch_lens(self) -> None:
        self.before, self.lens, self.page = self.lens, next_lens(self.lens), 0

    def handle(self, action: Action) -> Transition | None:
        if action.act in (Act.LENS, Act.MOVE) and (action.act is Act.LENS or action.direction[1]):
            self.switch_lens()
        elif action.act is Act.NEXT:
            if self.page + 1 < self.pages:
                self.page += 1
            else:
                self.switch_lens()
        elif action.act is Act.PREV:
            self.page = max(0, self.page - 1)
        elif action.act is Act.OPEN_FOLDER:
            open_folder_action(self.ctx)
        elif action.act in (Act.BACK, Act.CONFIRM):
            return quit_question(
                self.ctx,
                "Finish the workshop?",
                "Electric Maze closes. The results are saved in "
                f"{self.ctx.recorder.folder if self.ctx.recorder else '-'} (F opens that folder).",
            )
        return None

    def draw(self, p: Painter) -> None:
        self.pages = draw_workshop_debrief(p, self.ctx, self.summaries, self.lens, self.page, self.before)
        debrief_footer(p, self.ctx, "L or Tab: next lens    Enter: finish")


def open_folder_action(ctx: Context) -> None:
    """F on a debrief: the workshop's folder in the file manager (a notice if that cannot be done)."""
    from maze.ui.folders import open_results_folder

    open_results_folder(ctx)
