"""Where the program's own files live: bundled levels, their schema, and assets."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEVELS_DIR = ROOT / "levels"
SCHEMA_DIR = LEVELS_DIR / "schema"
ASSETS_DIR = ROOT / "assets"


def missing_files() -> str:
    """Empty when the program's own files are where it looks for them; otherwise what to do, in one line."""
    for folder in (SCHEMA_DIR,):  # without fonts or sounds the game plays on (a plain font, silent beeps)
        if not folder.is_dir():
            return (
                f"electric-maze: its own files are missing ({folder} not found); install it from its "
                f"source folder with: pip install -e ."
            )
    return ""


_SAID: list[str] = []  # the missing home is said once


def user_data_dir() -> Path:
    """The user's own Electric Maze folder (levels, results): $ELECTRIC_MAZE_HOME or the XDG data dir."""
    if home := os.environ.get("ELECTRIC_MAZE_HOME"):
        return Path(home)
    base = os.environ.get("XDG_DATA_HOME")
    if not base:
        try:
            base = str(Path.home() / ".local" / "share")
        except RuntimeError:  # HOME unset and no password entry: a folder of our own in the temporary folder
            base = str(Path(tempfile.gettempdir()) / f"electric-maze-{getattr(os, 'getuid', lambda: 0)()}")
            if not _SAID:
                _SAID.append(base)
                print(f"electric-maze: no home folder (HOME is not set); your files go to {base}", file=sys.stderr)
    return Path(base) / "electric-maze"


def user_levels_dir() -> Path:
    return user_data_dir() / "levels"


def default_results_dir() -> Path:
    return user_data_dir() / "results"
