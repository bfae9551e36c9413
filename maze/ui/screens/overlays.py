"""Modal screens drawn over another: the help overlay, a yes/no question and the results folder prompt."""

from __future__ import annotations

from pathlib import Path

import pygame

from maze.ui.actions import KEY_TABLE, Act, Action
from maze.ui.context import Context
from maze.ui.painter import Painter, wrap
from maze.ui.screens.base import Pop, Push, Quit, Screen, Transition
from maze.ui.widgets import inset, panel


def dim(p: Painter, ctx: Context) -> None:
    layer = pygame.Surface(ctx.layout.size, pygame.SRCALPHA)
    layer.fill(ctx.theme.overlay)
    p.surface.blit(layer, (0, 0))


class HelpOverlay(Screen):
    """The list of keys, in pages that each fit the window at a size readable from the back of the room."""

    modal = True
    holds_play = True
    facilitator_only = True

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.page = 0
        self.pages = 1

    def handle(self, action: Action) -> Transition | None:
        forward = action.act is Act.NEXT or (
            action.act is Act.MOVE and (action.direction[0] > 0 or action.direction[1] > 0)
        )
        back = action.act is Act.PREV or (
            action.act is Act.MOVE and (action.direction[0] < 0 or action.direction[1] < 0)
        )
        if forward and self.page + 1 < self.pages:
            self.page += 1
            return None
        if back and self.page > 0:
            self.page -= 1
            return None
        if action.act in (Act.BACK, Act.CONFIRM, Act.HELP, Act.CLICK, Act.NEXT, Act.PREV):
            return Pop()
        return None

    def draw(self, p: Painter) -> None:
        lay, th = self.ctx.layout, self.ctx.theme
        dim(p, self.ctx)
        m = lay.margin
        box = (m * 2, m, lay.width - 4 * m, lay.footer[1] - m)  # the footer band stays free for notices
        panel(p, self.ctx, box)
        inner = inset(self.ctx, box, 1.0)
        title, body = lay.cut_top(inner, int(lay.heading_size * 1.5))
        body, foot = lay.cut_top(body, body[3] - int(lay.hint_size * 1.6))
        size = lay.small_size
        per_page = max(1, body[3] // int(size * 1.35))
        self.pages = -(-len(KEY_TABLE) // per_page)
        self.page = min(self.page, self.pages - 1)
        shown = KEY_TABLE[self.page * per_page : (self.page + 1) * per_page]
        heading = "Keys" if self.pages == 1 else f"Keys ({self.page + 1} of {self.pages})"
        p.text(heading, title, lay.heading_size, th.text, bold=True)
        for row, (keys, meaning) in zip(lay.rows(body, per_page), shown, strict=False):
            left, right = lay.split(row, 0.36, gap=m)
            p.text(keys, left, size, th.accent, bold=True, min_size=lay.hint_size)
            p.text(meaning, right, size, th.text, min_size=lay.hint_size)
        more = "Down or PageDown: more keys    " if self.page + 1 < self.pages else ""
        p.text(f"{more}Escape closes this help", foot, lay.hint_size, th.muted, align="center")


class ConfirmDialog(Screen):
    """Asks a yes/no question. Yes closes it with `yes`, the Pop its asker chose (a result for the screen
    below, or a transition to apply after it); No closes it with nothing."""

    modal = True
    holds_play = True
    facilitator_only = True

    def __init__(
        self,
        ctx: Context,
        question: str,
        detail: str = "",
        yes: Pop | None = None,
        default_yes: bool = False,
        forward_says_yes: bool = False,
        phase_bound: bool = False,
    ) -> None:
        super().__init__(ctx)
        self.question = question
        self.detail = detail
        self.yes = yes if yes is not None else Pop()
        # Every question asked today ends something (quit, skip, reveal, leave): Enter alone must not say yes.
        self.yes_focused = default_yes
        self.forward_says_yes = forward_says_yes  # a presenter clicker's forward, pressed again, goes on
        self.phase_bound = phase_bound
        self.yes_rect: pygame.Rect | None = None
        self.no_rect: pygame.Rect | None = None

    @property
    def asks_to_quit(self) -> bool:
        return isinstance(self.yes.then, Quit)

    def answer(self, yes: bool) -> Pop:
        return self.yes if yes else Pop()

    def handle(self, action: Action) -> Transition | None:
        if action.act is Act.CONFIRM:
            return self.answer(self.yes_focused)
        if action.act is Act.NEXT and self.forward_says_yes:
            return self.answer(True)
        if action.act in (Act.BACK, Act.PREV):
            return self.answer(False)
        if action.act is Act.MOVE and action.direction[1]:
            self.yes_focused = action.direction[1] < 0  # Yes is on the left
            return None
        if action.act is Act.LENS:  # Tab moves between the two buttons
            self.yes_focused = not self.yes_focused
            return None
        if action.act is Act.CLICK:
            if self.yes_rect is not None and self.yes_rect.collidepoint(action.pos):
                return self.answer(True)
            if self.no_rect is not None and self.no_rect.collidepoint(action.pos):
                return self.answer(False)
        return None

    def draw(self, p: Painter) -> None:
        lay, th = self.ctx.layout, self.ctx.theme
        dim(p, self.ctx)
        hint_h = int(lay.hint_size * 1.6)
        for share in (0.55, 0.65, 0.75, 0.85, 0.95):  # a long detail makes the box taller, never cut
            w, h = int(lay.width * 0.8), int(lay.height * share)
            box = ((lay.width - w) // 2, (lay.height - h) // 2, w, h)
            inner = inset(self.ctx, box, 1.0)
            q, rest = lay.cut_top(inner, int(lay.heading_size * 1.6))
            detail, buttons = lay.cut_top(rest, rest[3] - int(lay.body_size * 2.4) - hint_h)
            lines = wrap(self.detail, lay.small_size, detail[2]) if self.detail else []
            if len(lines) * int(lay.small_size * 1.25) <= detail[3]:
                break
        panel(p, self.ctx, box)
        p.text(self.question, q, lay.heading_size, th.text, bold=True, align="center")
        if self.detail:
            p.paragraph(self.detail, detail, lay.body_size, th.muted, min_size=lay.small_size)
        buttons, hint = lay.cut_top(buttons, buttons[3] - hint_h)
        yes, no = lay.columns(buttons, 2)
        self.yes_rect, self.no_rect = pygame.Rect(yes), pygame.Rect(no)
        for rect, label, focused in ((yes, "Yes", self.yes_focused), (no, "No", not self.yes_focused)):
            p.box(rect, th.accent if focused else th.square, radius=lay.margin // 2)
            ink = th.background if focused else th.text
            p.text(label, inset(self.ctx, rect, 0.3), lay.body_size, ink, align="center", bold=True)
        p.text(
            "Left / Right: choose    Enter: answer    Escape: No",
            hint,
            lay.hint_size,
            th.muted,
            align="center",
            min_size=lay.hint_size,
        )


def toggle_help(ctx: Context, top: Screen) -> Transition:
    """F1: the help over the screen on top, or away again if it is the help."""
    return Pop() if isinstance(top, HelpOverlay) else Push(HelpOverlay(ctx))


def quit_question(ctx: Context, question: str = "Quit Electric Maze?", detail: str | None = None) -> Push:
    """Ask before quitting; yes quits. The detail says what is saved (by default, the recorder's words)."""
    return Push(ConfirmDialog(ctx, question, ctx.quit_detail() if detail is None else detail, yes=Pop(then=Quit())))


def choose_results_folder(ctx: Context) -> Push | None:
    """Offer to move the running workshop's results (a notice when no workshop runs)."""
    if ctx.recorder is None:
        ctx.notify("No workshop is running: the results folder is chosen when one starts")
        return None
    from maze.io.results_folder import suggested_move

    return Push(FolderPrompt(ctx, str(suggested_move(ctx.recorder.folder))))


class FolderPrompt(Screen):
    """Type a folder to save the results in; the recorder moves everything there."""

    modal = True
    holds_play = True
    typing = True
    facilitator_only = True

    def __init__(self, ctx: Context, suggestion: str) -> None:
        super().__init__(ctx)
        self.text = suggestion

    def handle(self, action: Action) -> Transition | None:
        if action.act is Act.TEXT:
            self.text = (self.text + action.text)[:400]
        elif action.act is Act.ERASE:
            self.text = self.text[:-1]
        elif action.act is Act.BACK:
            return Pop()
        elif action.act is Act.CONFIRM and self.text.strip():
            self.move_results(Path(self.text.strip()).expanduser())
            return Pop()
        return None

    def move_results(self, folder: Path) -> None:
        recorder = self.ctx.recorder
        if recorder is None:
            return
        if recorder.move_to(folder):
            self.ctx.notify(f"Results now go to {recorder.folder}", seconds=8)
        else:
            self.ctx.notify(recorder.problem, warning=True, seconds=8)

    def draw(self, p: Painter) -> None:
        lay, th = self.ctx.layout, self.ctx.theme
        dim(p, self.ctx)
        w, h = int(lay.width * 0.9), int(lay.height * 0.5)
        box = ((lay.width - w) // 2, (lay.height - h) // 2, w, h)
        panel(p, self.ctx, box)
        rows = lay.rows(inset(self.ctx, box, 1.0), 4)
        p.text("Save the results in another folder", rows[0], lay.heading_size, th.text, bold=True)
        problem = self.ctx.recorder.problem if self.ctx.recorder else ""
        p.text(
            problem or "Everything so far is copied there.",
            rows[1],
            lay.hint_size,
            th.warn,
            min_size=lay.hint_size * 2 // 3,
        )
        p.box(rows[2], th.background, radius=lay.margin // 3)
        p.text(self.text + "▏", inset(self.ctx, rows[2], 0.3), lay.small_size, th.text, min_size=lay.hint_size)
        p.text(
            "Enter: save there    Escape: not now",
            rows[3],
            lay.hint_size,
            th.muted,
            align="center",
            min_size=lay.hint_size,
        )
