"""The editor's test walk: the maze being drawn, walked as a player would walk it, with nothing recorded."""

from __future__ import annotations

from dataclasses import replace

from maze.core.commands import Advance, StartWorkshop, TeamPlan, TeamSpec, Undo
from maze.core.events import Event
from maze.core.level import Level
from maze.core.workshop import Workshop
from maze.io.recorder import Recorder
from maze.ui.actions import Act, Action
from maze.ui.board import BoardView
from maze.ui.context import Context, Session
from maze.ui.painter import Painter
from maze.ui.screens.base import Pop, Screen, Transition
from maze.ui.screens.discovery import DiscoveryScreen


class TestWalk(Screen):
    """Walk the maze being drawn, as a player would; nothing is recorded. Escape returns to the editor.

    The walk has a session of its own (its own unrecorded workshop, no listeners of the editor's), sharing
    only the notices with the game, so what it says shows on screen. Its walk screen's context is the
    editor's with that session: a new value, made again whenever the editor's context changes."""

    modal = False

    def __init__(self, ctx: Context, level: Level) -> None:
        super().__init__(ctx)
        self.session = Session(recorder=Recorder(Workshop(), folder=None), notices=ctx.session.notices)
        walk_ctx = self.walk_context(ctx)
        walk_ctx.issue(StartWorkshop(ctx.now, (TeamSpec("Test", ("Tester",)),), (TeamPlan(level),), 0))
        walk_ctx.issue(Advance(ctx.now))
        walk_ctx.issue(Advance(ctx.now))
        self.inner = DiscoveryScreen(walk_ctx)
        self.session.listeners.append(self.inner.on_events)

    def walk_context(self, ctx: Context) -> Context:
        return replace(ctx, session=self.session)

    @property
    def walk_ctx(self) -> Context:
        return self.inner.ctx

    @property
    def board(self) -> BoardView:
        """The maze on screen: the walk's."""
        return self.inner.board

    def adopt(self, ctx: Context) -> None:
        if ctx is not self.ctx:
            super().adopt(ctx)
            self.inner.adopt(self.walk_context(ctx))

    def on_resize(self) -> None:
        self.inner.on_resize()

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
        self.notice_area = self.inner.notice_area  # notices in the side panel, clear of the START band

    def on_events(self, events: list[Event]) -> None:
        """The editor's workshop (there is none) changed: nothing of the walk's."""
