"""Which screen shows the workshop's current phase, and how a workshop starts."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from maze.core.commands import StartWorkshop
from maze.core.team import Phase
from maze.core.workshop import Workshop
from maze.io.recorder import Recorder
from maze.io.results_folder import new_workshop_folder
from maze.resources import default_results_dir
from maze.ui.context import Context
from maze.ui.picture_book import picture_hook
from maze.ui.screens.base import Reset, Screen, Transition
from maze.ui.screens.debrief import TeamDebriefScreen, WorkshopDebriefScreen
from maze.ui.screens.discovery import DiscoveryScreen
from maze.ui.screens.execution import ExecutionScreen
from maze.ui.screens.phases import BriefingScreen, DiscoveryResultScreen, StrategyScreen

if TYPE_CHECKING:
    from maze.ui.screens.setup import SetupResult

PHASE_SCREENS = {
    Phase.BRIEFING: BriefingScreen,
    Phase.STRATEGY: StrategyScreen,
    Phase.EXECUTION: ExecutionScreen,
    Phase.DEBRIEF: TeamDebriefScreen,
}


def screen_for_phase(ctx: Context) -> Screen:
    workshop = ctx.workshop
    if workshop is None:
        raise ValueError("no workshop is running: there is no phase to show")
    if workshop.finished or workshop.current is None:
        return WorkshopDebriefScreen(ctx)
    run = workshop.current
    if run.phase is Phase.DISCOVERY:
        return DiscoveryResultScreen(ctx) if run.discovery_over else DiscoveryScreen(ctx)
    return PHASE_SCREENS[run.phase](ctx)


def attach_recorder(ctx: Context, recorder: Recorder) -> None:
    recorder.on_team_end.append(picture_hook(ctx))  # only missing or stale pictures are drawn
    recorder.in_frames = True  # a resume's rebuild waits for the first frame (App.frame calls catch_up)
    ctx.session.recorder = recorder


def start_recording(ctx: Context, label: str) -> Path:
    """A new results folder and the recorder that writes into it."""
    results_dir = ctx.settings.results_dir or default_results_dir()
    folder = new_workshop_folder(Path(results_dir), label)
    attach_recorder(ctx, Recorder(Workshop(), folder, durable=True, history=[]))
    print(f"electric-maze: results go to {folder}", file=sys.stderr)
    ctx.notify(f"Results go to {folder}", seconds=6)
    return folder


def start_workshop(ctx: Context, setup: SetupResult) -> Transition:
    start_recording(ctx, setup.workshop_name or setup.level.name)
    about = {"workshop": setup.workshop_name} if setup.workshop_name else None
    ctx.issue(StartWorkshop(ctx.now, setup.teams, setup.plans, setup.strategy_seconds, about=about))
    return Reset(screen_for_phase(ctx))
