"""Modal screens drawn over another: the help overlay and a yes/no question."""

from __future__ import annotations

from maze.ui.actions import KEY_TABLE, Act, Action
from maze.ui.context import Context
from maze.ui.painter import Painter
from maze.ui.screens.base import Pop, Screen, Transition
from maze.ui.widgets import inset, panel


def dim(p: Painter, ctx: Context) -> None:
    import pygame

    layer = pygame.Surface(ctx.layout.size, pygame.SRCALPHA)
    layer.fill(ctx.theme.overlay)
    p.surface.blit(layer, (0, 0))


class HelpOverlay(Screen):
    modal = True

    def handle(self, action: Action) -> Transition | None:
        if action.act in (Act.BACK, Act.CONFIRM, Act.HELP, Act.CLICK, Act.NEXT, Act.PREV):
            return Pop()
        return None

    def draw(self, p: Painter) -> None:
        lay, th = self.ctx.layout, self.ctx.theme
        dim(p, self.ctx)
        m = lay.margin
        box = (m * 2, m, lay.width - 4 * m, lay.height - 2 * m)
        panel(p, self.ctx, box)
        inner = inset(self.ctx, box, 1.0)
        title, body = lay.cut_top(inner, int(lay.heading_size * 1.5))
        p.text("Keys", title, lay.heading_size, th.text, bold=True)
        rows = lay.rows(body, len(KEY_TABLE) + 1)
        size = max(lay.small_size, min(lay.body_size, int(rows[0][3] / 1.25)))
        for row, (keys, meaning) in zip(rows, KEY_TABLE, strict=False):
            left, right = lay.split(row, 0.36, gap=m)
            p.text(keys, left, size, th.accent, bold=True, min_size=max(8, size * 2 // 3))
            p.text(meaning, right, size, th.text, min_size=max(8, size * 2 // 3))
        p.text("Enter or Escape closes this help", rows[-1], lay.small_size, th.muted, align="center")


class ConfirmDialog(Screen):
    """Asks a yes/no question; answers Pop(True) or Pop(False) to the screen that pushed it."""

    modal = True

    def __init__(self, ctx: Context, question: str, detail: str = "", tag: str = "") -> None:
        super().__init__(ctx)
        self.question = question
        self.detail = detail
        self.tag = tag
        self.yes_rect = self.no_rect = None

    def handle(self, action: Action) -> Transition | None:
        if action.act is Act.CONFIRM or (action.act is Act.NEXT and self.tag == "skip"):
            return Pop(True)  # a presenter clicker's forward answers yes to going on, never to quitting
        if action.act in (Act.BACK, Act.PREV):
            return Pop(False)
        if action.act is Act.CLICK:
            if self.yes_rect is not None and self.yes_rect.collidepoint(action.pos):
                return Pop(True)
            if self.no_rect is not None and self.no_rect.collidepoint(action.pos):
                return Pop(False)
        return None

    def draw(self, p: Painter) -> None:
        import pygame

        lay, th = self.ctx.layout, self.ctx.theme
        dim(p, self.ctx)
        w, h = int(lay.width * 0.8), int(lay.height * 0.55)
        box = ((lay.width - w) // 2, (lay.height - h) // 2, w, h)
        panel(p, self.ctx, box)
        inner = inset(self.ctx, box, 1.0)
        q, rest = lay.cut_top(inner, int(lay.heading_size * 1.6))
        p.text(self.question, q, lay.heading_size, th.text, bold=True, align="center")
        detail, buttons = lay.cut_top(rest, rest[3] - int(lay.body_size * 2.4))
        if self.detail:
            p.paragraph(self.detail, detail, lay.body_size, th.muted, min_size=lay.small_size)
        yes, no = lay.columns(buttons, 2)
        self.yes_rect, self.no_rect = pygame.Rect(yes), pygame.Rect(no)
        p.box(yes, th.accent, radius=lay.margin // 2)
        p.box(no, th.square, radius=lay.margin // 2)
        p.text("Yes  (Enter)", inset(self.ctx, yes, 0.3), lay.body_size, th.background, align="center", bold=True)
        p.text("No  (Escape)", inset(self.ctx, no, 0.3), lay.body_size, th.text, align="center", bold=True)


class FolderPrompt(Screen):
    """Type a folder to save the results in; the recorder moves everything there."""

    modal = True
    typing = True

    def __init__(self, ctx: Context, suggestion: str) -> None:
        super().__init__(ctx)
        self.text = suggestion

    def handle(self, action: Action) -> Transition | None:
        if action.act is Act.TEXT:
            self.text = (self.text + action.text)[:400]
        elif action.act is Act.ERASE:
            self.text = self.text[:-1]
        elif action.act is Act.BACK:
            return Pop(None)
        elif action.act is Act.CONFIRM and self.text.strip():
            return Pop(self.text.strip())
        return None

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
