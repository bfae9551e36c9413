"""The maze editor: draw the route, set the rules, see live validation, generate, test-walk, save.

The maze lives in a Draft (maze.core.draft) with undo and redo; the file it saves is the level
format `validate` reads, and it is read back before it counts as saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pygame

from maze.core.draft import Draft
from maze.core.grid import Pos, Side
from maze.core.level import Difficulty, MemoryAid, Retrace
from maze.io.atomic import AtomicWriteError, write_text_atomic
from maze.io.level_file import LevelError, level_yaml, parse_level
from maze.io.results_folder import slug
from maze.io.schema_beside import write_schema_beside
from maze.resources import user_levels_dir
from maze.ui.actions import Act, Action
from maze.ui.board import BoardView
from maze.ui.context import Context
from maze.ui.form import Button, Choice, Form, TextField
from maze.ui.painter import Painter
from maze.ui.screens.base import Pop, Push, Screen, Transition
from maze.ui.screens.editor_walk import TestWalk
from maze.ui.screens.overlays import ConfirmDialog
from maze.ui.widgets import footer, header, inset, panel

SIDES = [s.value for s in Side]
SIZES = [str(n) for n in range(2, 51)]
MINUTES = ["0", "5", "10", "15", "20", "25", "30", "45", "60"]


class EditorScreen(Screen):
    def __init__(self, ctx: Context, draft: Draft, path: Path | None = None) -> None:
        super().__init__(ctx)
        self.draft = draft
        self.path = path
        self.cursor = Pos(draft.level.grid.height - 1, 0)
        self.on_grid = True  # keyboard focus: the grid, or the form (Tab switches)
        self.painting: bool | None = None  # while dragging: paint safe (True) or beeping (False)
        self.stroke: list[Pos] = []
        self._drawn_stroke = 0  # squares of the stroke at the last redraw
        self._marks: pygame.Surface | None = None  # the board with the maze's safe squares, drawn once per change
        self._marks_key: tuple[Any, ...] | None = None
        self.board = BoardView(ctx, draft.level)
        self.seed = 1
        self.name = TextField("Name", draft.level.name, 80)
        self.author = TextField("Author", draft.level.author, 80)
        self.width = Choice("Width", SIZES)
        self.height = Choice("Depth", SIZES)
        self.entry = Choice("Entry side", SIDES)
        self.diagonal = Choice("Diagonal steps", ["yes", "no"])
        self.retrace = Choice("Going back", [r.value for r in Retrace])
        self.minutes = Choice("Discovery minutes", MINUTES)
        self.memory = Choice("Board keeps beeps", ["no", "yes"])
        self.difficulty = Choice("Generate as", [d.value for d in Difficulty], 1)
        self.generate_button = Button("Generate (G)")
        self.test_button = Button("Test walk (F5)")
        self.save_button = Button("Save (Ctrl+S)")
        self.form = Form(
            lambda: [
                self.name,
                self.author,
                self.width,
                self.height,
                self.entry,
                self.diagonal,
                self.retrace,
                self.minutes,
                self.memory,
                self.difficulty,
                self.generate_button,
                self.test_button,
                self.save_button,
            ]
        )
        self._show_level()

    # -- keeping the form and the draft in step ------------------------------------------------

    def adopt(self, ctx: Context) -> None:
        super().adopt(ctx)
        self.board.ctx = self.ctx  # the board draws with the screen's context

    def _show_level(self) -> None:
        level = self.draft.level
        self.board.level = level
        self.name.text, self.author.text = level.name, level.author
        self.width.select(str(level.grid.width))
        self.height.select(str(level.grid.height))
        self.entry.select(level.rules.entry.value)
        self.diagonal.select("yes" if level.rules.diagonal else "no")
        self.retrace.select(level.rules.retrace.value)
        minutes = str(int(level.rules.discovery_minutes))
        if minutes not in self.minutes.options:
            self.minutes.options = sorted(set(self.minutes.options) | {minutes}, key=int)
        self.minutes.select(minutes)
        self.memory.select("yes" if level.rules.memory_aid is MemoryAid.BEEPS else "no")
        self.cursor = Pos(min(self.cursor.row, level.grid.height - 1), min(self.cursor.col, level.grid.width - 1))

    def _apply_field(self, field: Any) -> None:
        d = self.draft
        if field is self.name:
            d.set_text("name", self.name.text.strip() or "Untitled maze")
        elif field is self.author:
            d.set_text("author", self.author.text.strip())
        elif field in (self.width, self.height):
            d.resize(int(self.width.value), int(self.height.value))
        elif field is self.entry:
            d.set_rule("entry", self.entry.value)
        elif field is self.diagonal:
            d.set_rule("diagonal", self.diagonal.value == "yes")
        elif field is self.retrace:
            d.set_rule("retrace", self.retrace.value)
        elif field is self.minutes:
            d.set_rule("discovery_minutes", float(self.minutes.value))
        elif field is self.memory:
            d.set_rule("memory_aid", "beeps" if self.memory.value == "yes" else "none")
        self.board.level = d.level

    # -- input ---------------------------------------------------------------------------------

    @property
    def typing(self) -> bool:
        return not self.on_grid and self.form.typing

    def has_unsaved_work(self) -> bool:
        return self.draft.dirty

    def handle(self, action: Action) -> Transition | None:
        act = action.act
        if act is Act.BACK:
            if self.draft.dirty:
                return Push(
                    ConfirmDialog(
                        self.ctx,
                        "Leave without saving?",
                        "Your changes to this maze will be lost. Ctrl+S saves them.",
                        yes=Pop(then=Pop()),  # yes closes the question, then the editor
                    )
                )
            return Pop()
        if act in (Act.UNDO, Act.REDO):
            if self.draft.undo() if act is Act.UNDO else self.draft.redo():
                self._show_level()
            return None
        if act is Act.SAVE:
            self.save()
            return None
        if act is Act.GENERATE and not self.typing:
            self.generate()
            return None
        if act is Act.TEST:
            return self.test_walk()
        if act is Act.LENS:  # Tab: between the grid and the form
            self.on_grid = not self.on_grid
            return None
        if act in (Act.CLICK, Act.DRAG):
            return self.pointer(action)
        if act is Act.RELEASE:
            self.commit_stroke()
            return None
        if self.on_grid:
            return self.grid_key(action)
        return self.form_action(action)

    def pointer(self, action: Action) -> Transition | None:
        place = self.board.place_at(action.pos)
        if place is not None and not self.draft.level.grid.contains(place):
            place = None  # a band off the grid: nothing to draw there
        if action.act is Act.CLICK:
            self.commit_stroke()
            if place is not None:
                self.on_grid = True
                self.cursor = place
                self.painting = place not in self.draft.level.grid.safe
                self.stroke = [place]
                return None
            self.on_grid = False
            event = self.form.click(action.pos)
            return self.form_event(event)
        if self.painting is not None and place is not None and place not in self.stroke:
            self.stroke.append(place)
        return None

    def commit_stroke(self) -> None:
        """A click (and the drag after it) is one change, so one undo takes it back."""
        if self.painting is not None and self.stroke:
            self.draft.paint(self.stroke, self.painting)
            self.board.level = self.draft.level
        self.painting, self.stroke = None, []

    def update(self, now: float) -> bool:
        """Redraw when the form blinks, or a drag reached another square (not every frame of a drag)."""
        stroke = len(self.stroke)
        moved, self._drawn_stroke = stroke != self._drawn_stroke, stroke
        return self.form.update(now) or moved

    def grid_key(self, action: Action) -> Transition | None:
        grid = self.draft.level.grid
        if action.act is Act.MOVE:
            dr, dc = action.direction
            self.cursor = Pos(
                min(max(self.cursor.row + dr, 0), grid.height - 1), min(max(self.cursor.col + dc, 0), grid.width - 1)
            )
        elif action.act in (Act.CONFIRM, Act.PAUSE):
            self.draft.set_square(self.cursor, self.cursor not in grid.safe)
            self.board.level = self.draft.level
        return None

    def form_action(self, action: Action) -> Transition | None:
        return self.form_event(self.form.handle(action))

    def form_event(self, event: Any) -> Transition | None:
        if event is None:
            return None
        if event.kind == "changed":
            self._apply_field(event.field)
            return None
        if event.field is self.generate_button:
            self.generate()
        elif event.field is self.test_button:
            return self.test_walk()
        elif event.field is self.save_button:
            self.save()
        return None

    # -- actions -------------------------------------------------------------------------------

    def generate(self) -> None:
        self.commit_stroke()
        self.draft.generate(Difficulty(self.difficulty.value), self.seed)
        self.ctx.notify(f"Generated a {self.difficulty.value} maze (seed {self.seed}); G again for another")
        self.seed += 1
        self.board.level = self.draft.level

    def check(self) -> tuple[str, bool]:
        """The live validation line, worded as `validate` words it; and whether the maze is playable."""
        checked = self.draft.check()
        return checked.message, checked.ok

    def save(self) -> bool:
        self.commit_stroke()
        message, ok = self.check()
        if not ok:
            self.ctx.notify(f"Not saved: {message}", warning=True, seconds=8)
            return False
        path = self.path or unique_path(user_levels_dir(), self.draft.level.name)
        try:
            write_text_atomic(path, level_yaml(self.draft.level))
            write_schema_beside(path)  # so the file's $schema line resolves in an editor (best effort)
            reread = parse_level(path.read_text(encoding="utf-8"), path).level
        except (AtomicWriteError, OSError, LevelError) as exc:
            self.ctx.notify(f"Not saved: {exc}", warning=True, seconds=8)
            return False
        if reread != self.draft.level:
            self.ctx.notify(f"Not saved: {path} did not read back the same", warning=True, seconds=8)
            return False
        self.path = path
        self.draft.mark_saved()
        self.ctx.notify(f"Saved to {path}", seconds=6)
        return True

    def test_walk(self) -> Transition | None:
        self.commit_stroke()
        message, ok = self.check()
        if not ok:
            self.ctx.notify(f"Cannot walk it yet: {message}", warning=True, seconds=6)
            return None
        return Push(TestWalk(self.ctx, self.draft.level))

    # -- drawing -------------------------------------------------------------------------------

    def draw(self, p: Painter) -> None:
        ctx, level = self.ctx, self.draft.level
        lay, th = ctx.layout, ctx.theme
        p.fill(th.background)
        check = self.draft.check()
        message, ok, status = check.message, check.ok, check.status
        star = " *" if self.draft.dirty else ""
        header(p, ctx, f"Maze editor: {level.name}{star}", status)
        board_area, form_area = lay.split(lay.body, 0.5)
        self.board.place(board_area)
        marks_key = (level.grid, level.rules.entry, self.board.geometry, th.name)
        if marks_key != self._marks_key:  # the maze changed: its picture is drawn again, once
            self._marks, self._marks_key = self.board.static_with(level.grid.safe), marks_key
        self.board.draw_static(p, self._marks)
        if self.painting:  # a drag not yet let go: its squares over the picture
            self.board.safe(p, [q for q in self.stroke if q not in level.grid.safe])
        elif self.painting is False:
            self.board.plain(p, [q for q in self.stroke if q in level.grid.safe])
        if self.on_grid:
            self.board.hints(p, [self.cursor])
        panel(p, ctx, form_area)
        checked, fields = lay.cut_top(inset(ctx, form_area, 0.4), int(lay.hint_size * 1.3 * 4), lay.margin // 3)
        p.box(checked, th.background if ok else th.warn, radius=lay.margin // 3)
        p.paragraph(
            ("Check: " if ok else "Problem: ") + message,
            inset(ctx, checked, 0.3),
            lay.hint_size,
            th.text if ok else th.background,
            line_gap=1.2,
            min_size=lay.min_text,
        )
        self.form.draw(p, ctx, fields, label_share=0.5, size=lay.small_size, min_size=lay.hint_size)
        footer(
            p,
            ctx,
            "Click/drag: squares    Tab: grid/form    G: generate    F5: test walk    Ctrl+S: save"
            "    Ctrl+Z/Y: undo/redo    Esc: back",
        )


def unique_path(folder: Path, name: str) -> Path:
    base = slug(name) or "maze"
    path, n = folder / f"{base}.yaml", 1
    while path.exists():
        n += 1
        path = folder / f"{base}-{n}.yaml"
    return path
