"""The maze editor: draw the route, set the rules, see live validation, generate, test-walk, save.

The maze lives in a Draft (maze.core.draft) with undo and redo; the file it saves is the level
format `validate` reads, and it is read back before it counts as saved.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from maze.core.commands import Advance, StartWorkshop, TeamPlan, TeamSpec, Undo
from maze.core.draft import Draft
from maze.core.grid import Pos, Side
from maze.core.level import Difficulty, Level, MemoryAid, Retrace, analyse
from maze.core.workshop import Workshop
from maze.io.atomic import AtomicWriteError, write_text_atomic
from maze.io.level_file import LevelError, level_yaml, parse_level, summary
from maze.io.recorder import Recorder
from maze.io.results_folder import slug
from maze.io.schema_beside import write_schema_beside
from maze.resources import user_levels_dir
from maze.ui.actions import Act, Action
from maze.ui.board import BoardView
from maze.ui.context import Context
from maze.ui.form import Button, Choice, Form, TextField
from maze.ui.painter import Painter
from maze.ui.screens.base import Pop, Push, Screen, Transition
from maze.ui.screens.overlays import ConfirmDialog
from maze.ui.screens.walk import DiscoveryScreen
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

    def _show_level(self) -> None:
        level = self.draft.level
        self.board = BoardView(self.ctx, level)
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
        self.board = BoardView(self.ctx, d.level)

    # -- input ---------------------------------------------------------------------------------

    @property
    def typing(self) -> bool:  # type: ignore[override]
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
                        tag="leave",
                    ),
                    tag="leave",
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
        on_square = place is not None and self.draft.level.grid.contains(place)
        if action.act is Act.CLICK:
            self.commit_stroke()
            if on_square:
                self.on_grid = True
                self.cursor = place
                self.painting = place not in self.draft.level.grid.safe
                self.stroke = [place]
                return None
            self.on_grid = False
            event = self.form.click(action.pos)
            return self.form_event(event)
        if self.painting is not None and on_square and place not in self.stroke:
            self.stroke.append(place)
        return None

    def commit_stroke(self) -> None:
        """A click (and the drag after it) is one change, so one undo takes it back."""
        if self.painting is not None and self.stroke:
            self.draft.paint(self.stroke, self.painting)
            self.board = BoardView(self.ctx, self.draft.level)
        self.painting, self.stroke = None, []

    def update(self, now: float) -> bool:
        return self.form.update(now) or bool(self.stroke)

    def grid_key(self, action: Action) -> Transition | None:
        grid = self.draft.level.grid
        if action.act is Act.MOVE:
            dr, dc = action.direction
            self.cursor = Pos(
                min(max(self.cursor.row + dr, 0), grid.height - 1), min(max(self.cursor.col + dc, 0), grid.width - 1)
            )
        elif action.act in (Act.CONFIRM, Act.PAUSE):
            self.draft.set_square(self.cursor, self.cursor not in grid.safe)
            self.board = BoardView(self.ctx, self.draft.level)
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

    def on_result(self, tag: str, result: Any) -> Transition | None:
        if tag == "leave" and result:
            return Pop()
        return None

    # -- actions -------------------------------------------------------------------------------

    def generate(self) -> None:
        self.commit_stroke()
        self.draft.generate(Difficulty(self.difficulty.value), self.seed)
        self.ctx.notify(f"Generated a {self.difficulty.value} maze (seed {self.seed}); G again for another")
        self.seed += 1
        self.board = BoardView(self.ctx, self.draft.level)

    def check(self) -> tuple[str, bool]:
        """The live validation line, worded as `validate` words it; and whether the maze is playable."""
        try:
            loaded = parse_level(level_yaml(self.draft.level), "this maze")
        except LevelError as exc:
            return exc.problems[0].replace("this maze line ", "line ").split(": ", 1)[-1], False
        text = summary(loaded)
        if loaded.warnings:
            text += "; " + loaded.warnings[0].split("warning: ", 1)[-1]
        return text, True

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
        message, ok = self.check()
        star = " *" if self.draft.dirty else ""
        analysis = analyse(level.grid, level.rules)
        status = (
            f"route of {analysis.route_length} squares, {analysis.turns} turns, {analysis.difficulty}"
            if ok
            else "not playable yet"
        )
        header(p, ctx, f"Maze editor: {level.name}{star}", status)
        board_area, form_area = lay.split(lay.body, 0.5)
        self.board.place(board_area)
        self.board.draw_static(p)
        pending = set(self.stroke)
        safe = (level.grid.safe | pending) if self.painting else (level.grid.safe - pending)
        self.board.safe(p, safe)
        if self.on_grid:
            self.board.hints(p, [self.cursor])
        panel(p, ctx, form_area)
        checked, fields = lay.cut_top(inset(ctx, form_area, 0.4), int(lay.hint_size * 1.3 * 3), lay.margin // 3)
        p.box(checked, th.background if ok else th.warn, radius=lay.margin // 3)
        p.paragraph(
            ("Check: " if ok else "Problem: ") + message,
            inset(ctx, checked, 0.3),
            lay.hint_size,
            th.text if ok else th.background,
            line_gap=1.2,
            min_size=lay.hint_size * 2 // 3,
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


class TestWalk(Screen):
    """Walk the maze being drawn, as a player would; nothing is recorded. Escape returns to the editor."""

    modal = False

    def __init__(self, ctx: Context, level: Level) -> None:
        super().__init__(ctx)
        walk_ctx = copy.copy(ctx)
        workshop = Workshop()
        walk_ctx.recorder = Recorder(workshop, folder=None)
        walk_ctx.issue(StartWorkshop(ctx.now, (TeamSpec("Test", ("Tester",)),), (TeamPlan(level),), 0))
        walk_ctx.issue(Advance(ctx.now))
        walk_ctx.issue(Advance(ctx.now))
        self.walk_ctx = walk_ctx
        self.inner = DiscoveryScreen(walk_ctx)
        self.phase_key = None

    @property
    def notice_area(self) -> tuple[int, int, int, int] | None:
        return self.inner.notice_area  # notices in the side panel, clear of the START band

    def on_events(self, events: list) -> None:
        self.inner.on_events(events)

    def handle(self, action: Action) -> Transition | None:
        if action.act in (Act.BACK, Act.TEST):
            return Pop()
        if action.act is Act.UNDO:
            self.walk_ctx.issue(Undo(self.ctx.now))
        elif action.act in (Act.MOVE, Act.CLICK):
            return self.inner.handle(action)
        return None

    def update(self, now: float) -> bool:
        return self.inner.update(now)

    def draw(self, p: Painter) -> None:
        found = self.inner.run.discovery_over
        self.inner.hints = (
            "Route found!  Escape goes back to the editor"
            if found
            else "Test walk: nothing is recorded    Backspace: undo    Escape: back to the editor"
        )
        self.inner.draw(p)
