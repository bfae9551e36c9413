"""Where a workshop's files go: one folder per workshop under a results directory."""

from __future__ import annotations

import datetime as _dt
import re
import tempfile
from pathlib import Path

from maze.io.journal import JOURNAL_NAME


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "workshop"


def new_workshop_folder(results_dir: Path, label: str, now: _dt.datetime | None = None) -> Path:
    """A fresh folder name such as `2026-11-22_0930-classic-carpet` (not created here)."""
    stamp = (now or _dt.datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    base = Path(results_dir) / f"{stamp}-{slug(label)}"
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def usable_results_dir(preferred: Path) -> tuple[Path, str]:
    """`preferred` when a workshop's files can be written there; otherwise a working fallback (a folder
    in the current folder, then in the temporary folder) and one line saying why and where results go."""
    why = _unwritable(Path(preferred))
    if not why:
        return Path(preferred), ""
    for fallback in (Path.cwd() / "electric-maze-results", Path(tempfile.gettempdir()) / "electric-maze-results"):
        if not _unwritable(fallback):
            return fallback, (f"electric-maze: {why}; results go to {fallback} instead (choose with --results-dir DIR)")
    return Path(preferred), f"electric-maze: {why}; press F2 to choose a folder for the results"


def _unwritable(folder: Path) -> str:
    """Why a workshop folder cannot be made in `folder` ("" when it can)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return f"cannot write results in {folder} ({exc.strerror or exc})"
    return ""


def latest_journal(results_dir: Path) -> Path | None:
    """The journal of the workshop played last under `results_dir` (by the workshop's own time)."""
    from maze.io.resume_choice import workshop_candidates

    candidates = workshop_candidates(results_dir)
    return candidates[0].path if candidates else None


def suggested_move(current: Path) -> Path:
    """The folder F2 offers for the workshop kept in `current`: the usual results folder (ELECTRIC_MAZE_HOME's,
    else Documents/Electric Maze), or, when the workshop is in it already (so it is that folder that fails), a
    folder beside it."""
    from maze.io.user_dirs import default_results_dir

    base = default_results_dir()
    if base in Path(current).parents:
        base = base.with_name(f"{base.name} (moved)")
    return base / Path(current).name


def folder_for_move(target: Path, current: Path) -> Path:
    """Where F2 puts a workshop: `target` itself, unless it already holds a workshop (its journal) or
    anything else; then a new folder inside it, named as the workshop's folder is."""
    target = Path(target)
    try:
        empty = not target.exists() or (target.is_dir() and not any(target.iterdir()))
    except OSError:
        empty = False
    if empty and not (target / JOURNAL_NAME).exists():
        return target
    candidate, n = target / current.name, 1
    while candidate.exists():
        n += 1
        candidate = target / f"{current.name}-{n}"
    return candidate
