"""`electric-maze --resume [JOURNAL]`: the workshop where it stopped, paused, on its phase's screen."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from maze.resources import default_results_dir
from maze.ui.start.window import StartError, TimeSource, open_app

if TYPE_CHECKING:
    from maze.io.resume import Loaded
    from maze.ui.app import App
    from maze.ui.context import Context
    from maze.ui.screens.base import Screen
    from maze.ui.start.play import Build


def prepare_resume(args: argparse.Namespace) -> Build:
    """Find and read the journal (StartError when it cannot be resumed); then how to open the window on it."""
    from maze.io.journal import JournalError
    from maze.io.resume import load_workshop
    from maze.io.resume_choice import choose_journal

    results_dir = Path(args.results_dir or default_results_dir())
    try:
        path = choose_journal(results_dir) if args.resume == "latest" else Path(args.resume)
    except JournalError as exc:
        raise StartError(str(exc)) from None
    if path is None:
        raise StartError(f"electric-maze: no workshop to resume in {results_dir}; name the journal: --resume FILE")
    if path.is_dir():
        path = path / "journal.jsonl"
    try:
        loaded = load_workshop(path)
    except JournalError as exc:
        raise StartError(str(exc)) from None
    notices = [f"{path}: {notice}" for notice in loaded.notices]

    def build(time_source: TimeSource) -> App:
        screens = lambda ctx: [resumed_screen(ctx, loaded, path)]  # noqa: E731
        return open_app(args, screens, time_source, clock_start=loaded.last_t, notices=notices)

    return build


def resumed_screen(ctx: Context, loaded: Loaded, path: Path) -> Screen:
    """The journal carries on being written; the results are made afresh; the workshop comes back paused."""
    from maze.core.commands import IllegalCommand, Pause
    from maze.io.resume_recorder import resume_recorder
    from maze.ui.flow import attach_recorder, screen_for_phase

    recorder = resume_recorder(loaded, path, durable=True, keep_history=True, write_exports=False)
    workshop = recorder.workshop
    attach_recorder(ctx, recorder)
    recorder.rebuild()  # results.csv, beeps.csv and pictures made afresh from what the resume folded
    if recorder.problem:
        ctx.notify(recorder.problem, warning=True)
    if not workshop.finished:
        try:
            ctx.issue(Pause(ctx.now))
        except IllegalCommand:
            pass
        run = workshop.current
        where = f"Team {run.name}, {run.phase}" if run else "the workshop"
        ctx.notify(f"Resumed {where}. Paused: press Space to carry on", seconds=10)
    print(f"electric-maze: resumed {path}", file=sys.stderr)
    return screen_for_phase(ctx)
