"""The editor's test walk: the maze being drawn, walked as a player would walk it, with nothing recorded."""

from __future__ import annotations

import copy

from maze.core.commands import Advance, StartWorkshop, TeamPlan, TeamSpec, Undo
from maze.core.level import Level
from maze.core.workshop import Workshop
from maze.io.recorder import Recorder
from maze.ui.actions import Act, Action
from maze.ui.context import Context
from maze.ui.painter import Painter
from maze.ui.screens.base import Pop, Screen, Transition
from maze.ui.screens.walk import DiscoveryScreen


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
