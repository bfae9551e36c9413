"""`electric-maze edit [FILE]`: the maze editor on a level file, or on a new maze saved to FILE."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING

from maze.ui.start.window import StartError, TimeSource, build_and_run, open_app

if TYPE_CHECKING:
    from maze.ui.app import App


def edit(args: argparse.Namespace) -> int:
    return build_and_run(lambda: build_editor_app(args))


def build_editor_app(args: argparse.Namespace, time_source: TimeSource = time.monotonic) -> App:
    from maze.core.draft import Draft
    from maze.io.level_file import LevelError, load_level
    from maze.ui.screens.editor import EditorScreen

    path = args.file
    if path is not None and path.exists():
        try:
            draft = Draft(load_level(path).level)
        except LevelError as exc:
            raise StartError("\n".join(exc.problems)) from None
    else:
        draft = Draft.blank(name=path.stem.replace("-", " ").capitalize() if path else "My maze")
    return open_app(args, lambda ctx: [EditorScreen(ctx, draft, path)], time_source)
