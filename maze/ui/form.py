"""A form of lines: choices (Left/Right), text fields (typing) and buttons (Enter), scrolled to fit.

Used by workshop setup and the maze editor. Up/Down moves between lines; a click picks a line,
and on a choice the click's side changes it.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from maze.core.records import record
from maze.ui.actions import Act, Action
from maze.ui.context import Context
from maze.ui.layout import Rect
from maze.ui.painter import Painter, font
from maze.ui.widgets import inset


@record
class Choice:
    label: str
    options: list[str]
    index: int = 0

    def shift(self, delta: int) -> None:
        self.index = (self.index + delta) % len(self.options)

    @property
    def value(self) -> str:
        return self.options[self.index]

    def select(self, value: str) -> None:
        if value in self.options:
            self.index = self.options.index(value)


@record
class TextField:
    label: str
    text: str = ""
    limit: int = 120


@record
class Button:
    label: str


Field = Choice | TextField | Button


@record(frozen=True)
class FormEvent:
    kind: str  # "changed" (a choice or a text) or "pressed" (a button)
    field: Field


class Form:
    def __init__(self, fields: Callable[[], list[Field]], focus: int = 0) -> None:
        self.fields = fields
        self.focus = focus
        self.scroll = 0
        self.rects: list[tuple[Field, pygame.Rect]] = []  # each line as last drawn
        self.caret_on = True
        # A text field that gets the focus has its text selected, as in any form: typing replaces it.
        self.selected: Field | None = None
        self.errors: dict[int, str] = {}  # what is wrong with a field (by its id), shown beside it
        self._more_below = False
        self._select_if_text()

    def refuse(self, field: Field, message: str) -> None:
        """Show `message` beside `field` and give it the focus (its text selected, to type again)."""
        self.errors[id(field)] = message
        self.focus_on(field)

    def _select_if_text(self) -> None:
        fields = self.fields()
        field = fields[min(self.focus, len(fields) - 1)] if fields else None
        self.selected = field if isinstance(field, TextField) and field.text else None

    @property
    def focused(self) -> Field:
        fields = self.fields()
        self.focus = min(self.focus, len(fields) - 1)
        return fields[self.focus]

    @property
    def typing(self) -> bool:
        return isinstance(self.focused, TextField)

    def focus_on(self, field: Field) -> None:
        self.focus = self.fields().index(field)
        self._select_if_text()

    def handle(self, action: Action) -> FormEvent | None:
        before = self.focus
        event = self._handle(action)
        if event is not None and event.kind == "changed":
            self.errors.pop(id(event.field), None)
        if self.focus != before or (action.act is Act.CLICK and self.typing):
            self._select_if_text()
        return event

    def _handle(self, action: Action) -> FormEvent | None:
        field = self.focused
        selected = self.selected is field
        if action.act in (Act.TEXT, Act.ERASE):
            self.selected = None
        if action.act is Act.MOVE:
            row, col = action.direction
            if row:
                self.focus = (self.focus + row) % len(self.fields())
            elif col and isinstance(field, Choice):
                field.shift(col)
                return FormEvent("changed", field)
        elif action.act is Act.TEXT and isinstance(field, TextField):
            field.text = ("" if selected else field.text) + action.text
            field.text = field.text[: field.limit]
            return FormEvent("changed", field)
        elif action.act is Act.ERASE and isinstance(field, TextField):
            field.text = "" if selected else field.text[:-1]
            return FormEvent("changed", field)
        elif action.act is Act.LENS:  # Tab on a choice or a button: the next line, as Tab does in forms
            self.focus = (self.focus + 1) % len(self.fields())
        elif action.act in (Act.CONFIRM, Act.NEXT):
            if isinstance(field, Button):
                return FormEvent("pressed", field)
            self.focus = min(self.focus + 1, len(self.fields()) - 1)
        elif action.act is Act.CLICK:
            return self.click(action.pos)
        return None

    def click(self, pos: tuple[int, int]) -> FormEvent | None:
        """Act on the line drawn under the pointer (the lines may have changed since it was drawn)."""
        fields = self.fields()
        for field, rect in self.rects:
            if rect.collidepoint(pos):
                if field not in fields:  # gone since the last drawing (fewer teams): nothing there now
                    return None
                self.focus = fields.index(field)
                if isinstance(field, Button):
                    return FormEvent("pressed", field)
                if isinstance(field, Choice):
                    field.shift(1 if pos[0] > rect.centerx else -1)
                    return FormEvent("changed", field)
                return None
        return None

    def update(self, now: float) -> bool:
        """The text caret blinks twice a second while a text field has focus."""
        caret_on = not self.typing or int(now * 2) % 2 == 0
        changed = caret_on != self.caret_on
        self.caret_on = caret_on
        return changed

    def draw(
        self,
        p: Painter,
        ctx: Context,
        area: Rect,
        label_share: float = 0.42,
        size: int | None = None,
        min_size: int | None = None,
    ) -> bool:
        """Draw the lines that fit around the focus; returns True when some lines are scrolled away."""
        lay, th = ctx.layout, ctx.theme
        size = size or lay.body_size
        fields = self.fields()
        row_h = int(size * 1.55)
        visible = max(1, area[3] // row_h)
        # each field is a line, and a field with a problem has a second line under it saying what is wrong
        lines = [(i, False) for i in range(len(fields))]
        lines = [
            entry
            for i, _ in lines
            for entry in ([(i, False), (i, True)] if id(fields[i]) in self.errors else [(i, False)])
        ]
        focus_line = lines.index((min(self.focus, len(fields) - 1), False))
        last_focus_line = focus_line + (1 if id(fields[self.focus]) in self.errors else 0)
        if focus_line < self.scroll:
            self.scroll = focus_line
        elif last_focus_line >= self.scroll + visible:
            self.scroll = last_focus_line - visible + 1
        self.scroll = max(0, min(self.scroll, max(0, len(lines) - visible)))
        self.rects = []
        x, y, w, _ = area
        for offset, (index, is_error) in enumerate(lines[self.scroll : self.scroll + visible]):
            field = fields[index]
            rect = pygame.Rect(x, y + offset * row_h, w, row_h - max(2, lay.margin // 4))
            if is_error:  # what is wrong, right under the field, until the field changes
                p.text(
                    "▲ " + self.errors[id(field)], inset(ctx, rect, 0.3), size, th.warn, bold=True, min_size=min_size
                )
                continue
            self.rects.append((field, rect))
            focused = index == self.focus
            p.box(rect, th.accent if focused else th.panel, radius=lay.margin // 3)
            if id(field) in self.errors:
                p.box(rect, th.warn, radius=lay.margin // 3, width=max(2, lay.margin // 5))
            ink = th.background if focused else th.text
            inner = inset(ctx, rect, 0.3)
            if isinstance(field, Button):
                p.text(field.label, inner, size, ink, align="center", bold=True, min_size=min_size)
                continue
            label, value = lay.split(inner, label_share, gap=lay.margin // 2)
            p.text(field.label, label, size, ink, min_size=min_size)
            if isinstance(field, Choice):
                p.text(
                    f"◀  {field.value}  ▶" if focused else field.value,
                    value,
                    size,
                    ink,
                    bold=focused,
                    min_size=min_size,
                )
            else:
                smallest = min(size, min_size or p.readable_size)
                if focused and self.selected is field:  # selected text: shown inverted, no caret
                    drawn = min(size, max(6, int(value[3] / 1.2)))  # the size p.text draws at in this row
                    if font(drawn).size(field.text)[0] > value[2] - lay.margin // 2:
                        drawn = smallest
                    shown = tail_that_fits(field.text, "", value[2] - lay.margin // 2, drawn)
                    width = min(value[2], font(drawn).size(shown)[0] + lay.margin // 2)
                    p.box((value[0], value[1], width, value[3]), th.background, radius=lay.margin // 4)
                    p.text(shown, value, drawn, th.accent, min_size=drawn)
                    continue
                if focused:  # typing: the end of the text, where the caret is
                    caret = "▏" if self.caret_on else " "
                    p.text(tail_that_fits(field.text, caret, value[2], smallest), value, size, ink, min_size=min_size)
                else:  # read from across the room: from its start, cut with an ellipsis if it must be
                    p.text(field.text, value, size, ink, min_size=min_size)
        self._more_below = self.scroll + visible < len(lines)
        return self.scroll > 0 or self._more_below

    def more_hint(self, visible_all: bool) -> list[str]:
        if visible_all:
            return []
        return (["▲ more above"] if self.scroll else []) + (["▼ more below"] if self._more_below else [])


def tail_that_fits(text: str, caret: str, width: int, size: int) -> str:
    """A text field too narrow for its text shows the end, where typing happens, as text inputs do."""
    f = font(size)
    shown = text + caret
    while len(shown) > 1 and f.size(shown)[0] > width:
        text = text[1:]
        shown = "…" + text + caret
    return shown
