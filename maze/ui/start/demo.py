"""`electric-maze demo`: simulated teams play a workshop in the window while the room watches (keys work as
usual), or headless on a simulated clock. The simulated players' commands go into the app the way a person's
keys do: through the context, when their time comes, never while paused."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from maze.demo import DemoError, DemoStart, demo_headless, prepare_demo, start_events, style_names
from maze.ui.start.window import open_app, run

if TYPE_CHECKING:
    from maze.core.commands import Command
    from maze.core.simulate import Simulator
    from maze.io.recorder import TeamEndHook
    from maze.ui.context import Context
    from maze.ui.screens.base import Screen


def demo(args: argparse.Namespace) -> int:
    if args.headless:
        return demo_headless(args, None if args.no_pictures else _picture_saver(args.theme))
    try:
        start = prepare_demo(args)
    except DemoError as exc:
        print(exc, file=sys.stderr)
        return 2
    return play_demo(args, start)


def _picture_saver(theme: str) -> TeamEndHook:
    """Debrief pictures without a window: pygame draws on a surface in memory."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    from maze.ui.picture_book import picture_saver

    saver: TeamEndHook = picture_saver(theme)
    return saver


def play_demo(args: argparse.Namespace, start: DemoStart) -> int:
    """Demo mode in the window: a new workshop of simulated teams, recorded like any other."""
    simulator = start.simulator

    def first_screens(ctx: Context) -> list[Screen]:
        from maze.ui.flow import screen_for_phase, start_recording

        start_recording(ctx, f"demo-{start.level.name}")
        ctx.listeners.append(simulator.observe)
        begin = start_events(
            start.level, args.teams, args.players, simulator.seed, simulator.memories, styles=style_names(simulator)
        )
        simulator.observe(ctx.issue(replace(begin, t=ctx.now)))
        return [screen_for_phase(ctx)]

    app = open_app(args, first_screens)
    watching = lambda: app.stack[0].animating  # noqa: E731 - the screen shows a move
    app.autopilot = DemoPilot(app.ctx, simulator, args.speed, watching)
    return run(app)


class DemoPilot:
    """Gives the simulated team's next command when its time comes (never while paused), through the context
    as a key would."""

    def __init__(
        self, ctx: Context, simulator: Simulator, speed: float, watching: Callable[[], bool] = lambda: False
    ) -> None:
        self.ctx = ctx
        self.simulator = simulator
        self.speed = max(speed, 0.1)
        self.watching = watching  # True while the screen still shows the last move (a flash, a walk back)
        self.due: float | None = None
        self.command: Command | None = None

    def __call__(self) -> None:
        workshop = self.ctx.workshop
        run = workshop.current if workshop is not None else None
        if workshop is None or run is None or run.paused or self.watching():
            self.due = None
            return
        if self.due is None:
            delay, self.command = self.simulator.decide(workshop)
            self.due = self.ctx.now + delay / self.speed
        if self.ctx.now >= self.due and self.command is not None:
            self.ctx.issue(replace(self.command, t=self.ctx.now))
            self.due = None
