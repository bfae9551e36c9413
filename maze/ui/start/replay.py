"""`electric-maze replay JOURNAL [--team NAME]`: a team's discovery, played back in the window."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING

from maze.ui.start.window import StartError, TimeSource, build_and_run, open_app

if TYPE_CHECKING:
    from maze.ui.app import App


def replay(args: argparse.Namespace) -> int:
    return build_and_run(lambda: build_replay_app(args))


def build_replay_app(args: argparse.Namespace, time_source: TimeSource = time.monotonic) -> App:
    from maze.io.journal import JournalError
    from maze.io.resume import load_workshop
    from maze.ui.screens.replay import ReplayScreen, discovery_moments

    try:
        read = load_workshop(args.journal)  # every event checked against the workshop so far
        team, moments = discovery_moments(list(read.events), args.team)
    except JournalError as exc:
        raise StartError(str(exc)) from None
    except ValueError as exc:
        raise StartError(f"{args.journal}: {exc}") from None
    return open_app(args, lambda ctx: [ReplayScreen(ctx, team, moments, args.speed)], time_source)
