"""Opening the results folder from a screen: success is silent, a failure is a one-line notice."""

from __future__ import annotations

from pathlib import Path

from maze.io.file_manager import open_folder
from maze.ui.context import Context


def results_folder(ctx: Context) -> Path:
    """The running workshop's folder, else the folder results go to."""
    if ctx.recorder is not None:
        return ctx.recorder.folder
    if ctx.settings.results_dir is not None:
        return Path(ctx.settings.results_dir)
    from maze.resources import default_results_dir

    return default_results_dir()


def open_results_folder(ctx: Context, folder: Path | None = None) -> None:
    folder = folder or results_folder(ctx)
    problem = open_folder(folder)
    ctx.notify(problem or f"Opened {folder}", warning=bool(problem), seconds=8 if problem else 4)
